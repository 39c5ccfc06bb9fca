import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from 'react-aria-components';
import { PageTitle } from '../components';
import {
  digitsOf,
  focusId,
  refusalAt,
  signInWithPassword,
  startTotpEnrolment,
  verifyTotp,
  type MfaAnswer,
  type TotpEnrolment,
} from '../identity';
import { Link } from '../router';
import { SignInField } from './SignInField';

/** The 6-digit code of an authenticator app (sign-in, enrolment, the account page). */
export function TotpCodeField(props: { value: string; onChange: (v: string) => void; error: string | null }) {
  const { t } = useTranslation();
  return (
    <SignInField
      id="field-totp"
      label={t('totp.code')}
      hint={t('totp.codeHint')}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      autoComplete="one-time-code"
      inputMode="numeric"
      short
    />
  );
}

/** The secret in groups of four, easier to read out and type into an authenticator app. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** The enrolment's QR code as an image (data: URL: no markup inserted into the page) and its secret as text. */
export function TotpEnrolmentView({ enrolment }: { enrolment: TotpEnrolment }) {
  const { t } = useTranslation();
  return (
    <div className="totp-enrolment">
      <ol>
        <li>{t('totp.step1')}</li>
        <li>{t('totp.step2')}</li>
        <li>{t('totp.step3')}</li>
      </ol>
      <img
        className="qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
        alt={t('totp.qrAlt')}
        width={200}
        height={200}
      />
      <p>
        {t('totp.secretLabel')}{' '}
        <code translate="no" className="secret" data-testid="totp-secret">
          {groupedSecret(enrolment.secret)}
        </code>
      </p>
    </div>
  );
}

/**
 * Staff: phone or e-mail + password, then the second factor (a 6-digit code of an authenticator
 * app), or at the first sign-in of a role that must have one, its enrolment (QR code and the
 * secret as text). Password managers may fill both fields; codes may be pasted (WCAG 3.3.8).
 */
export function StaffSignInPage() {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [mfa, setMfa] = useState<MfaAnswer | null>(null);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // A field the API names (an empty login, a code that is not 6 digits) gets the words at itself.
  const fail = (field: string, e: unknown) => {
    const at = refusalAt(e, t('common.network'), field, { code: 'totp' });
    setError(at);
    focusId(`field-${at.field}`);
  };

  const submitPassword = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await signInWithPassword(login.trim(), password);
      if (!next) return;
      setMfa(next);
      setCode('');
      if (next.mfa === 'TOTP_ENROLMENT_REQUIRED') setEnrolment(await startTotpEnrolment(next.mfaToken));
      focusId('field-totp');
    } catch (e) {
      fail('password', e);
    } finally {
      setBusy(false);
    }
  };

  const submitCode = async () => {
    if (!mfa) return;
    setBusy(true);
    setError(null);
    try {
      await verifyTotp(digitsOf(code), mfa.mfaToken);
    } catch (e) {
      fail('totp', e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <PageTitle>{t('staffSignIn.title')}</PageTitle>
      {!mfa ? (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            void submitPassword();
          }}
          validationBehavior="aria"
        >
          <p>{t('staffSignIn.intro')}</p>
          <SignInField
            id="field-login"
            label={t('staffSignIn.login')}
            value={login}
            onChange={setLogin}
            error={error?.field === 'login' ? error.text : null}
            autoComplete="username"
          />
          <SignInField
            id="field-password"
            label={t('staffSignIn.password')}
            value={password}
            onChange={setPassword}
            error={error?.field === 'password' ? error.text : null}
            autoComplete="current-password"
            type="password"
          />
          <Button type="submit" className="btn btn-primary" isDisabled={busy}>
            {busy ? t('common.wait') : t('staffSignIn.submit')}
          </Button>
        </Form>
      ) : (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            void submitCode();
          }}
          validationBehavior="aria"
        >
          <h2>{t(enrolment ? 'totp.enrolTitle' : 'totp.title')}</h2>
          {enrolment ? <TotpEnrolmentView enrolment={enrolment} /> : <p>{t('totp.intro')}</p>}
          <TotpCodeField
            value={code}
            onChange={setCode}
            error={error?.field === 'totp' ? error.text : null}
          />
          <div className="button-row">
            <Button type="submit" className="btn btn-primary" isDisabled={busy}>
              {busy ? t('common.wait') : t(enrolment ? 'totp.confirm' : 'totp.verify')}
            </Button>
            <Button
              className="btn"
              onPress={() => {
                setMfa(null);
                setEnrolment(null);
                setError(null);
                setPassword('');
                focusId('field-login');
              }}
            >
              {t('common.back')}
            </Button>
          </div>
        </Form>
      )}
      <p>
        <Link to="/signin">{t('staffSignIn.riderLink')}</Link>
      </p>
    </section>
  );
}
