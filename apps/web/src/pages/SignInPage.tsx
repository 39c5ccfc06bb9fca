import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { InvalidCredential, signIn } from '../auth';
import { PageTitle, useLoad } from '../components';
import { currentLanguage } from '../i18n';
import { digitsOf, focusId, refusalAt, sendPhoneCode, signInMethods, verifyPhoneCode } from '../identity';
import { SignInField } from './SignInField';
import { Link, navigate } from '../router';
import { ApiError } from '../api/client';

const EGOV_NOTICES = ['cancelled', 'failed', 'unavailable', 'tooMany', 'disabled'] as const;

/**
 * Riders and guardians: phone number + a one-time code by SMS, or "Sign in with eGov" (a
 * navigation to the API, which sends the browser to the identity provider and back). Staff
 * follow the link to their password sign-in. WCAG 3.3.8: the code may be pasted, the field says
 * autocomplete="one-time-code" (a phone offers the code from the SMS), there is no puzzle and no
 * time limit on the page (the code itself is valid 5 minutes, said in words).
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'phone' | 'code'>('phone');
  const [error, setError] = useState<{ field: 'phone' | 'code'; text: string } | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const egov = new URLSearchParams(location.search).get('egov');
  // Focus follows the step (after React rendered it): the code field once a code is sent.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusId(step === 'code' ? 'field-code' : 'field-phone');
  }, [step]);
  const egovNotice = EGOV_NOTICES.find((n) => n === egov);
  // The developer token box shows only where the server offers it (demo, tests; never production).
  const methods = useLoad((signal) => signInMethods(signal), []);

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await sendPhoneCode(phone);
      setStep('code');
      setCode('');
      setInfo(t('signIn.codeSent', { minutes: Math.round(r.expiresIn / 60), seconds: r.resendAfter }));
      if (step === 'code') focusId('field-code');
    } catch (e) {
      const at = refusalAt(e, t('common.network'), 'phone');
      setError({ field: 'phone', text: at.text });
      focusId('field-phone');
    } finally {
      setBusy(false);
    }
  };

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      await verifyPhoneCode(phone, digitsOf(code));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'NOT_REGISTERED') {
        navigate('/signin/not-registered?via=phone');
        return;
      }
      const at = refusalAt(e, t('common.network'), 'code');
      // A malformed phone can only be mended on the first step.
      if (at.field === 'phone') {
        setStep('phone');
        setError({ field: 'phone', text: at.text });
        return;
      }
      setError({ field: 'code', text: at.text });
      focusId('field-code');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <PageTitle>{t('signIn.title')}</PageTitle>
      {egovNotice && (
        <p
          className={`notice ${egovNotice === 'cancelled' ? 'notice-warning' : 'notice-error'}`}
          role="alert"
        >
          {t(`signIn.egov.${egovNotice}`)}
        </p>
      )}
      <h2>{t('signIn.riderTitle')}</h2>
      <p>{t('signIn.riderIntro')}</p>
      {step === 'phone' ? (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
          validationBehavior="aria"
        >
          <SignInField
            id="field-phone"
            label={t('signIn.phone')}
            hint={t('signIn.phoneHint')}
            value={phone}
            onChange={setPhone}
            error={error?.field === 'phone' ? error.text : null}
            autoComplete="tel"
            type="tel"
            inputMode="tel"
          />
          <Button type="submit" className="btn btn-primary" isDisabled={busy}>
            {busy ? t('common.wait') : t('signIn.sendCode')}
          </Button>
        </Form>
      ) : (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            void verify();
          }}
          validationBehavior="aria"
        >
          {info && (
            <p className="notice notice-ok" role="status">
              {info}
            </p>
          )}
          <SignInField
            id="field-code"
            label={t('signIn.code')}
            hint={t('signIn.codeHint')}
            value={code}
            onChange={setCode}
            error={error?.field === 'code' ? error.text : null}
            autoComplete="one-time-code"
            inputMode="numeric"
            short
          />
          <div className="button-row">
            <Button type="submit" className="btn btn-primary" isDisabled={busy}>
              {busy ? t('common.wait') : t('signIn.verify')}
            </Button>
            <Button className="btn" onPress={() => void send()} isDisabled={busy}>
              {t('signIn.resend')}
            </Button>
            <Button
              className="btn"
              onPress={() => {
                setStep('phone');
                setError(null);
              }}
            >
              {t('signIn.otherNumber')}
            </Button>
          </div>
        </Form>
      )}
      {/* The same line for every number: the page never says whether a number is a staff login
          (no enumeration, issue 19); staff who typed their phone here find their way at once. */}
      <p className="hint staff-hint">
        {t('signIn.staffHint')} <Link to="/signin/staff">{t('signIn.staffHintLink')}</Link>
      </p>
      <p>{t('signIn.or')}</p>
      <p>
        <a className="btn btn-large egov-button" href={`/auth/egov?lang=${currentLanguage()}`}>
          {t('signIn.egovButton')}
        </a>
      </p>
      <p className="hint">{t('signIn.egovHint')}</p>
      <h2>{t('signIn.staffTitle')}</h2>
      <p>
        <Link to="/signin/staff">{t('signIn.staffLink')}</Link>
      </p>
      {methods.data?.developerTokenSignIn && <TokenSignIn />}
    </section>
  );
}

/**
 * For scripts and tests: a token printed by `npm run token` (or /signin#token=...; the fragment
 * never reaches a server). Kept in memory only, like every access token. Shown only when the
 * server says AUTH_DEVELOPER_TOKEN_SIGNIN is on.
 */
function TokenSignIn() {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  const submit = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      await signIn.signInWithToken(value);
    } catch (e) {
      const reason = e instanceof InvalidCredential ? e.message : 'unavailable';
      setError(t(`signIn.error.${reason}`, { defaultValue: t('signIn.error.unavailable') }));
      if (details.current) details.current.open = true;
      focusId('field-token');
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const m = /token=([^&]+)/.exec(location.hash);
    if (m) {
      history.replaceState(null, '', '/signin');
      void submit(decodeURIComponent(m[1]));
    }
  }, []);

  return (
    <details ref={details} className="token-sign-in">
      <summary>{t('signIn.tokenTitle')}</summary>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(token);
        }}
        validationBehavior="aria"
      >
        <TextField
          className="field"
          value={token}
          onChange={setToken}
          isInvalid={!!error}
          isRequired
          validationBehavior="aria"
        >
          <Label>{t('signIn.token')}</Label>
          <Text slot="description" className="hint">
            {t('signIn.tokenHint')}
          </Text>
          <TextArea id="field-token" rows={4} spellCheck={false} autoComplete="off" />
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
        <Button type="submit" className="btn" isDisabled={busy}>
          {busy ? t('common.wait') : t('signIn.tokenSubmit')}
        </Button>
      </Form>
    </details>
  );
}

/** Told in plain words when the phone or the IIN matches nobody on the register. */
export function NotRegisteredPage() {
  const { t } = useTranslation();
  const via = new URLSearchParams(location.search).get('via') === 'egov' ? 'egov' : 'phone';
  return (
    <section className="narrow">
      <PageTitle>{t('notRegistered.title')}</PageTitle>
      <p>{t(`notRegistered.why.${via}`)}</p>
      <h2>{t('notRegistered.howTitle')}</h2>
      <ol>
        <li>{t('notRegistered.step1')}</li>
        <li>{t('notRegistered.step2')}</li>
        <li>{t('notRegistered.step3')}</li>
      </ol>
      <p>{t('notRegistered.guardian')}</p>
      <p>
        <Link to="/signin">{t('notRegistered.back')}</Link>
      </p>
    </section>
  );
}
