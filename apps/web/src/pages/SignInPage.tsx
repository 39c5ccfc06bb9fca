import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { InvalidCredential, signIn } from '../auth';
import { PageTitle } from '../components';

/**
 * Demo sign-in: paste a token printed by `npm run demo` (or `npm run token`), or open the link
 * the demo prints (/signin#token=...; the fragment never reaches a server). The state sign-in
 * replaces this page behind the same SignIn interface.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      await signIn.signIn(value);
    } catch (e) {
      const reason = e instanceof InvalidCredential ? e.message : 'unavailable';
      setError(t(`signIn.error.${reason}`, { defaultValue: t('signIn.error.unavailable') }));
      requestAnimationFrame(() => document.getElementById('field-token')?.focus());
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
    <section className="narrow">
      <PageTitle>{t('signIn.title')}</PageTitle>
      <p>{t('signIn.intro')}</p>
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
        <Button type="submit" className="btn btn-primary" isDisabled={busy}>
          {busy ? t('common.wait') : t('signIn.submit')}
        </Button>
      </Form>
      <h2>{t('signIn.stateTitle')}</h2>
      <p className="muted">{t('signIn.stateLater')}</p>
    </section>
  );
}
