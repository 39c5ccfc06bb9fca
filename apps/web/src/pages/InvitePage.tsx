import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { ApiError, call, client } from '../api/client';
import { LoadError, Loading, PageTitle, useLoad } from '../components';
import { currentLanguage, setLanguage, type Language } from '../i18n';
import { focusId, refusalAt } from '../identity';
import { Link } from '../router';
import { fmtDateTime } from '../format';
import { SignInField } from './SignInField';

/**
 * An invitation link (/invite/<token>, sent by SMS or e-mail): who invited the person as what,
 * and the form that sets their password. Then they sign in on the staff page (a role that needs
 * the second factor sets it up at that first sign-in).
 */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const invitation = useLoad(
    (signal) => call(client.GET('/invitations/{token}', { params: { path: { token } }, signal })),
    [token],
  );
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The page opens in the language the inviter chose for the person (they may still switch).
  const languageSet = useRef(false);
  const invitedIn = invitation.data?.language as Language | undefined;
  useEffect(() => {
    if (!invitedIn || languageSet.current) return;
    languageSet.current = true;
    if (invitedIn !== currentLanguage()) void setLanguage(invitedIn);
  }, [invitedIn]);

  if (invitation.error)
    return (
      <section className="narrow">
        <PageTitle>{t('invite.title')}</PageTitle>
        {invitation.error instanceof ApiError &&
        (invitation.error.code === 'INVITATION_INVALID' || invitation.error.code === 'INVITATION_REVOKED') ? (
          <p className="notice notice-error" role="alert">
            {t(invitation.error.code === 'INVITATION_REVOKED' ? 'invite.revoked' : 'invite.invalid')}
          </p>
        ) : (
          <>
            <LoadError error={invitation.error} />
            <p>{t('invite.askAgain')}</p>
          </>
        )}
      </section>
    );
  if (!invitation.data) return <Loading />;
  const inv = invitation.data;
  const shownName = name ?? inv.displayName;

  const accept = async () => {
    setError(null);
    if (password !== repeat) {
      setError({ field: 'repeat', text: t('invite.mismatch') });
      requestAnimationFrame(() => document.getElementById('field-repeat')?.focus());
      return;
    }
    setBusy(true);
    try {
      const r = await call(
        client.POST('/invitations/{token}/accept', {
          params: { path: { token } },
          body: { password, displayName: shownName.trim(), language: currentLanguage() },
        }),
      );
      setDone(r.login);
    } catch (e) {
      // "At least 10 characters" under the password; a refusal without a field there too.
      const at = refusalAt(e, t('common.network'), 'password');
      const field = at.field === 'displayName' ? 'displayName' : 'password';
      setError({ field, text: at.text });
      focusId(`field-${field}`);
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <section className="narrow">
        <PageTitle>{t('invite.doneTitle')}</PageTitle>
        <p>
          {t('invite.done')} <strong translate="no">{done}</strong>
        </p>
        {inv.totpRequired && <p>{t('invite.totpNext')}</p>}
        <p>
          <Link to="/signin/staff" className="btn btn-primary">
            {t('invite.signIn')}
          </Link>
        </p>
      </section>
    );

  return (
    <section className="narrow">
      <PageTitle>{t('invite.title')}</PageTitle>
      <p>
        {t('invite.intro', { role: t(`role.${inv.role}`) })}
        {inv.organisation ? (
          <>
            {' '}
            <strong translate="no">{inv.organisation}</strong>
          </>
        ) : null}
      </p>
      <p>
        {t('invite.login')} <strong translate="no">{inv.login}</strong>
      </p>
      <p className="hint">{t('invite.expires', { at: fmtDateTime(inv.expiresAt) })}</p>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void accept();
        }}
        validationBehavior="aria"
      >
        <TextField
          className="field"
          value={shownName}
          onChange={setName}
          isRequired
          isInvalid={error?.field === 'displayName'}
          validationBehavior="aria"
        >
          <Label>{t('account.name')}</Label>
          <Input id="field-displayName" autoComplete="name" translate="no" />
          <FieldError className="field-error">
            {error?.field === 'displayName' ? error.text : null}
          </FieldError>
        </TextField>
        <SignInField
          id="field-password"
          label={t('invite.password')}
          hint={t('invite.passwordHint')}
          value={password}
          onChange={setPassword}
          error={error?.field === 'password' ? error.text : null}
          autoComplete="new-password"
          type="password"
        />
        <SignInField
          id="field-repeat"
          label={t('invite.repeat')}
          value={repeat}
          onChange={setRepeat}
          error={error?.field === 'repeat' ? error.text : null}
          autoComplete="new-password"
          type="password"
        />
        <Button type="submit" className="btn btn-primary" isDisabled={busy}>
          {busy ? t('common.wait') : t('invite.accept')}
        </Button>
      </Form>
    </section>
  );
}
