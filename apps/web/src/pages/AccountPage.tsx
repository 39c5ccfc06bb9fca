import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { call, client } from '../api/client';
import { CSRF_HEADER, signIn } from '../auth';
import { Announcer, LoadError, Loading, PageTitle, useLoad } from '../components';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import {
  digitsOf,
  messageOf,
  refusalAt,
  startTotpEnrolment,
  verifyTotp,
  type TotpEnrolment,
} from '../identity';
import { deviceOf, fmtDateTime } from '../format';
import { TotpCodeField, TotpEnrolmentView } from './StaffSignInPage';

const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/**
 * The account page: name and language, the sessions signed in (each can be signed out; "sign out
 * everywhere" ends them all) and, for roles where it is offered, turning on the second factor.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const account = useLoad((signal) => call(client.GET('/account', { signal })), []);
  const sessions = useLoad((signal) => call(client.GET('/account/sessions', { signal })), []);
  const [name, setName] = useState<string | null>(null);
  const [lang, setLang] = useState<Language | null>(null);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The page says where the person is even when their account cannot be read.
  if (account.error || !account.data)
    return (
      <section>
        <PageTitle>{t('account.title')}</PageTitle>
        {account.error ? <LoadError error={account.error} /> : <Loading />}
      </section>
    );
  const a = account.data;
  const shownName = name ?? a.displayName;
  const shownLang = lang ?? (a.language as Language);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(client.PATCH('/account', { body: { displayName: shownName.trim(), language: shownLang } }));
      await setLanguage(shownLang);
      setSaved(t('account.saved'));
      account.reload();
    } catch (e) {
      setError(refusalAt(e, t('common.network'), 'displayName').text);
      requestAnimationFrame(() => document.getElementById('field-displayName')?.focus());
    } finally {
      setBusy(false);
    }
  };

  /** "Chrome on Android": the browser and system of a session, never the raw user-agent line. */
  const deviceName = (userAgent: string | null): string => {
    const d = deviceOf(userAgent);
    if (!d.browser && !d.os) return t('account.unknownDevice');
    if (!d.os) return d.browser!;
    if (!d.browser) return t('account.deviceOs', { os: d.os });
    return t('account.device', { browser: d.browser, os: d.os });
  };

  const endSession = async (id: string, current: boolean) => {
    await call(client.DELETE('/account/sessions/{id}', { params: { path: { id } } }));
    if (current) await signIn.signOut();
    else {
      setSaved(t('account.sessionEnded'));
      sessions.reload();
    }
  };

  const everywhere = async () => {
    await call(client.POST('/auth/signout-everywhere', { headers: CSRF_HEADER }));
    await signIn.signOut();
  };

  return (
    <section>
      <PageTitle>{t('account.title')}</PageTitle>
      <Announcer text={saved} />
      <Form
        className="narrow"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        validationBehavior="aria"
      >
        <TextField
          className="field"
          value={shownName}
          onChange={setName}
          isInvalid={!!error}
          isRequired
          validationBehavior="aria"
        >
          <Label>{t('account.name')}</Label>
          <Input id="field-displayName" autoComplete="name" translate="no" />
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
        <RadioGroup className="field" value={shownLang} onChange={(v) => setLang(v as Language)}>
          <Label>{t('account.language')}</Label>
          {LANGUAGES.map((l) => (
            <Radio key={l} value={l} lang={l} className="radio">
              {LANGUAGE_NAMES[l]}
            </Radio>
          ))}
        </RadioGroup>
        {a.phoneMasked && (
          <p>
            {t('account.phone')}: <span translate="no">{a.phoneMasked}</span>
          </p>
        )}
        {a.email && (
          <p>
            {t('account.email')}: <span translate="no">{a.email}</span>
          </p>
        )}
        <Button type="submit" className="btn btn-primary" isDisabled={busy}>
          {busy ? t('common.wait') : t('account.save')}
        </Button>
      </Form>

      <h2>{t('account.sessionsTitle')}</h2>
      {sessions.error ? (
        <LoadError error={sessions.error} />
      ) : !sessions.data ? (
        <Loading />
      ) : (
        <ul className="session-list">
          {sessions.data.map((s) => (
            <li key={s.id} className="card" data-session={s.id}>
              <p>
                <strong>{deviceName(s.userAgent)}</strong>
                {s.current && (
                  <>
                    {' '}
                    <span className="badge">{t('account.thisDevice')}</span>
                  </>
                )}
              </p>
              <p className="muted">
                {t('account.signedInAt', { at: fmtDateTime(s.createdAt) })}
                {s.lastUsedAt ? ` · ${t('account.lastUsedAt', { at: fmtDateTime(s.lastUsedAt) })}` : ''}
                {` · ${t(`account.method.${s.method}`)}`}
              </p>
              <Button className="btn btn-small" onPress={() => void endSession(s.id, s.current)}>
                {t('account.endSession')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button className="btn btn-danger" onPress={() => void everywhere()}>
        {t('account.signOutEverywhere')}
      </Button>
      <TotpSection enabled={a.totpEnabled} required={a.totpRequired} onDone={account.reload} />
    </section>
  );
}

function TotpSection(props: { enabled: boolean; required: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (props.enabled)
    return (
      <>
        <h2>{t('totp.sectionTitle')}</h2>
        <p>{t(props.required ? 'totp.onRequired' : 'totp.on')}</p>
      </>
    );
  const start = async () => {
    setError(null);
    try {
      setEnrolment(await startTotpEnrolment());
      requestAnimationFrame(() => document.getElementById('field-totp')?.focus());
    } catch (e) {
      setError(messageOf(e, t('common.network')));
    }
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await verifyTotp(digitsOf(code));
      setEnrolment(null);
      props.onDone();
    } catch (e) {
      setError(refusalAt(e, t('common.network'), 'totp').text);
      requestAnimationFrame(() => document.getElementById('field-totp')?.focus());
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h2>{t('totp.sectionTitle')}</h2>
      <p>{t('totp.offer')}</p>
      {!enrolment ? (
        <>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <Button className="btn" onPress={() => void start()}>
            {t('totp.turnOn')}
          </Button>
        </>
      ) : (
        <Form
          className="narrow"
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
          validationBehavior="aria"
        >
          <TotpEnrolmentView enrolment={enrolment} />
          <TotpCodeField value={code} onChange={setCode} error={error} />
          <Button type="submit" className="btn btn-primary" isDisabled={busy}>
            {t('totp.confirm')}
          </Button>
        </Form>
      )}
    </>
  );
}
