import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { ApiError, call, client, type Schema } from '../api/client';
import type { Role, Session } from '../auth';
import { LoadError, Loading, PageTitle, TableRegion, useLoad } from '../components';
import { fmtDateTime } from '../format';
import { currentLanguage, LANGUAGES, type Language } from '../i18n';
import { focusId, messageOf, refusalAt } from '../identity';
import { Link } from '../router';

/** Whom each role may invite (the API checks the same rules and the scope). */
const INVITES: Partial<Record<Role, Role[]>> = {
  ADMIN: ['LEB_OFFICER', 'MINISTRY_ANALYST', 'ADMIN'],
  LEB_OFFICER: ['PROVIDER_ADMIN', 'DISPATCHER'],
  PROVIDER_ADMIN: ['DISPATCHER', 'DRIVER'],
};

type UserRow = Schema<'UserView'>;
/** Sign in with a code by SMS: no password, ever. */
const RIDER_ROLES: readonly string[] = ['BENEFICIARY', 'GUARDIAN'];
type InvitationRow = Schema<'InvitationListItem'>;

/** Each language by its own name: the inviter picks the one the invited person reads. */
const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** A place's name in the page's language (kk and ru as the classifier has them). */
function placeName(names: { kk: string; ru: string; en: string }): string {
  return names[currentLanguage()];
}

/**
 * User management for administrators, LEB officers and provider admins (issue 19, item 5):
 * invite a person (single-use link by SMS or e-mail), see the users in one's scope, disable or
 * enable one, change a role within one's scope. Every change is audited by the API.
 */
export function UsersPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const users = useLoad((signal) => call(client.GET('/users', { signal })), []);
  const invitations = useLoad((signal) => call(client.GET('/invitations', { signal })), []);
  const [announce, setAnnounce] = useState('');
  const [rowError, setRowError] = useState<string | null>(null);
  const me = session.principal;
  const roles = INVITES[me.role] ?? [];

  const change = async (u: UserRow, body: { status?: 'ACTIVE' | 'DISABLED'; role?: Role }) => {
    setRowError(null);
    try {
      await call(client.PATCH('/users/{id}', { params: { path: { id: u.id } }, body }));
      setAnnounce(t('users.changed', { name: u.displayName }));
      users.reload();
    } catch (e) {
      setRowError(messageOf(e, t('common.network')));
    }
  };

  return (
    <section>
      <PageTitle>{t('users.title')}</PageTitle>
      <div role="status" aria-atomic="true">
        {announce && <p className="notice notice-ok">{announce}</p>}
      </div>
      <InviteForm
        session={session}
        roles={roles}
        onInvited={(text) => {
          setAnnounce(text);
          users.reload();
          invitations.reload();
        }}
      />
      {roles.length > 0 && <InvitationsList invitations={invitations} onChanged={setAnnounce} />}
      <h2>{t('users.listTitle')}</h2>
      {rowError && (
        <p className="notice notice-error" role="alert">
          {rowError}
        </p>
      )}
      {users.error ? (
        <LoadError error={users.error} />
      ) : !users.data ? (
        <Loading />
      ) : (
        <TableRegion labelledBy="users-caption">
          <table className="table">
            <caption id="users-caption">{t('users.caption', { count: users.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.login')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id} data-user={u.id}>
                  <th scope="row" translate="no">
                    {u.displayName}
                  </th>
                  <td>{u.role ? t(`role.${u.role}`) : t('users.noRole')}</td>
                  <td>
                    {/* A staff account made without a password (a driver added on the fleet page)
                        cannot sign in yet: said as the fleet page says it, not "active". */}
                    {u.status === 'ACTIVE' && !u.passwordSet && u.role && !RIDER_ROLES.includes(u.role) ? (
                      <>
                        <span aria-hidden="true">○ </span>
                        {t('users.noPasswordYet')}
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">{u.status === 'ACTIVE' ? '✓ ' : '✗ '}</span>
                        {t(`users.statuses.${u.status}`)}
                      </>
                    )}
                  </td>
                  <td translate="no">{u.phoneMasked ?? u.email ?? ''}</td>
                  <td>
                    {u.id !== me.userId && (
                      <div className="button-row">
                        <Button
                          className="btn btn-small"
                          onPress={() =>
                            void change(u, { status: u.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE' })
                          }
                          aria-label={t(u.status === 'ACTIVE' ? 'users.disableWho' : 'users.enableWho', {
                            name: u.displayName,
                          })}
                        >
                          {t(u.status === 'ACTIVE' ? 'users.disable' : 'users.enable')}
                        </Button>
                        {roles.length > 1 && u.role && roles.includes(u.role as Role) && (
                          <label className="inline-select">
                            <span className="visually-hidden">
                              {t('users.changeRoleOf', { name: u.displayName })}
                            </span>
                            <select
                              value={u.role}
                              onChange={(e) => void change(u, { role: e.target.value as Role })}
                            >
                              {roles.map((r) => (
                                <option key={r} value={r}>
                                  {t(`role.${r}`)}
                                </option>
                              ))}
                            </select>
                          </label>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

/**
 * Invitations not accepted yet (issue 19): who, as what, where, when sent, until when, where it
 * stands; resend (a new link: the old one stops working) and revoke. The API keeps to the
 * caller's scope and audits both.
 */
function InvitationsList(props: {
  invitations: ReturnType<typeof useLoad<InvitationRow[]>>;
  onChanged: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { invitations } = props;

  const act = async (inv: InvitationRow, action: 'resend' | 'revoke') => {
    setBusy(inv.id);
    setError(null);
    try {
      if (action === 'resend') {
        const r = await call(client.POST('/invitations/{id}/resend', { params: { path: { id: inv.id } } }));
        props.onChanged(
          t('users.resent', { name: inv.displayName, to: r.sentTo, at: fmtDateTime(r.expiresAt) }),
        );
      } else {
        await call(client.POST('/invitations/{id}/revoke', { params: { path: { id: inv.id } } }));
        props.onChanged(t('users.revoked', { name: inv.displayName }));
      }
      invitations.reload();
    } catch (e) {
      setError(messageOf(e, t('common.network')));
    } finally {
      setBusy(null);
    }
  };

  const scopeOf = (inv: InvitationRow): ReactNode =>
    inv.providerName ? (
      <span translate="no">{inv.providerName}</span>
    ) : inv.regionNames ? (
      placeName(inv.regionNames)
    ) : (
      t('users.scopeNational')
    );

  return (
    <>
      <h2>{t('users.invitationsTitle')}</h2>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {invitations.error ? (
        <LoadError error={invitations.error} />
      ) : !invitations.data ? (
        <Loading />
      ) : invitations.data.length === 0 ? (
        <p>{t('users.noInvitations')}</p>
      ) : (
        <TableRegion labelledBy="invitations-caption">
          <table className="table">
            <caption id="invitations-caption">
              {t('users.invitationsCaption', { count: invitations.data.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('users.who')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.scope')}</th>
                <th scope="col">{t('users.sent')}</th>
                <th scope="col">{t('users.expires')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((inv) => (
                <tr key={inv.id} data-invitation={inv.id}>
                  <th scope="row">
                    <span translate="no">{inv.displayName}</span>
                    <br />
                    <span className="muted" translate="no">
                      {inv.sentTo}
                    </span>
                  </th>
                  <td>{t(`role.${inv.role}`)}</td>
                  <td>{scopeOf(inv)}</td>
                  <td>
                    {fmtDateTime(inv.sentAt)}
                    {inv.invitedBy && (
                      <>
                        <br />
                        <span className="muted">
                          {t('users.by')} <span translate="no">{inv.invitedBy}</span>
                        </span>
                      </>
                    )}
                  </td>
                  <td>{fmtDateTime(inv.expiresAt)}</td>
                  <td>{t(`users.invitationStatus.${inv.status}`)}</td>
                  <td>
                    <div className="button-row">
                      <Button
                        className="btn btn-small"
                        isDisabled={busy === inv.id}
                        onPress={() => void act(inv, 'resend')}
                        aria-label={t('users.resendTo', { name: inv.displayName })}
                      >
                        {t('users.resend')}
                      </Button>
                      {inv.status !== 'REVOKED' && (
                        <Button
                          className="btn btn-small"
                          isDisabled={busy === inv.id}
                          onPress={() => void act(inv, 'revoke')}
                          aria-label={t('users.revokeFor', { name: inv.displayName })}
                        >
                          {t('users.revoke')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}

/** The words of a refused field under a plain <select>, tied to it by id. */
function SelectError({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <p className="field-error" id={`${id}-error`}>
      {text}
    </p>
  ) : null;
}

function InviteForm(props: { session: Session; roles: Role[]; onInvited: (text: string) => void }) {
  const { t } = useTranslation();
  const me = props.session.principal;
  const [role, setRole] = useState<Role>(props.roles[0]);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [lang, setLang] = useState<Language | null>(null);
  const [region, setRegion] = useState('');
  const [providerId, setProviderId] = useState('');
  const [driverId, setDriverId] = useState('');
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const needsProvider = me.role === 'LEB_OFFICER' && role === 'PROVIDER_ADMIN';
  const mayChooseProvider = me.role === 'LEB_OFFICER';
  const needsRegion = me.role === 'ADMIN' && role === 'LEB_OFFICER';
  const needsDriver = me.role === 'PROVIDER_ADMIN' && role === 'DRIVER';
  const providers = useLoad(
    (signal) => (mayChooseProvider ? call(client.GET('/providers', { signal })) : Promise.resolve([])),
    [mayChooseProvider],
  );
  // Regions by name and the driver records still without a login.
  const options = useLoad(
    (signal) =>
      props.roles.length > 0 ? call(client.GET('/invitations/options', { signal })) : Promise.resolve(null),
    [props.roles.length],
  );
  // The invited person's language starts as the one the inviter is using the page in.
  const shownLang = lang ?? currentLanguage();
  const drivers = options.data?.drivers ?? [];
  const errorOf = (field: string) => (error?.field === field ? error.text : null);
  const describedBy = (field: string) => (error?.field === field ? `field-invite-${field}-error` : undefined);

  const pickDriver = (id: string) => {
    setDriverId(id);
    const d = drivers.find((x) => x.id === id);
    if (d && !name.trim()) setName(d.fullName);
    if (d && !phone.trim()) setPhone(d.phone);
  };

  const invite = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call(
        client.POST('/invitations', {
          body: {
            role,
            displayName: name.trim(),
            language: shownLang,
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(email.trim() ? { email: email.trim() } : {}),
            ...(needsRegion && region ? { regionKato: region } : {}),
            ...(mayChooseProvider && providerId ? { providerId } : {}),
            ...(needsDriver && driverId ? { driverId } : {}),
          },
        }),
      );
      props.onInvited(
        t('users.invited', { name: name.trim(), to: r.sentTo, language: LANGUAGE_NAMES[r.language] }),
      );
      setName('');
      setPhone('');
      setEmail('');
      setDriverId('');
      options.reload();
    } catch (e) {
      // The API names the field and says why ("Phone number as +7 7XX XXX XX XX"): shown there.
      const at = refusalAt(e, t('common.network'), 'general');
      // A login taken (perhaps in another region) is the phone's, or the e-mail's: said and focused there.
      const taken = e instanceof ApiError && e.code === 'LOGIN_TAKEN';
      const shown = taken
        ? { field: phone.trim() ? 'phone' : 'email', text: at.text }
        : at.field in FIELD_INPUTS
          ? at
          : { field: 'general', text: at.text };
      setError(shown);
      focusId(FIELD_INPUTS[shown.field] ?? 'field-inviteName');
    } finally {
      setBusy(false);
    }
  };

  if (props.roles.length === 0) return null;
  return (
    <Form
      className="narrow card"
      onSubmit={(e) => {
        e.preventDefault();
        void invite();
      }}
      validationBehavior="aria"
    >
      <h2>{t('users.inviteTitle')}</h2>
      {error?.field === 'general' && (
        <p className="notice notice-error" role="alert" id="invite-error">
          {error.text}
        </p>
      )}
      <div className="field">
        <label htmlFor="field-inviteRole">{t('users.role')}</label>
        <select id="field-inviteRole" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {props.roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {needsDriver && (
        <div className="field">
          {options.data && drivers.length === 0 ? (
            // Said plainly before anything is sent: a driver's account hangs on their record.
            <p className="notice notice-warning" id="field-inviteDriver" tabIndex={-1}>
              {t('users.noDriverRecords')} <Link to="/fleet">{t('users.fleetLink')}</Link>
            </p>
          ) : (
            <>
              <label htmlFor="field-inviteDriver">{t('users.driver')}</label>
              <span className="hint" id="field-inviteDriver-hint">
                {t('users.driverHint')} <Link to="/fleet">{t('users.fleetLink')}</Link>
              </span>
              <select
                id="field-inviteDriver"
                value={driverId}
                required
                aria-invalid={errorOf('driverId') ? true : undefined}
                aria-describedby={[describedBy('driverId'), 'field-inviteDriver-hint']
                  .filter(Boolean)
                  .join(' ')}
                onChange={(e) => pickDriver(e.target.value)}
              >
                <option value="">{t('users.pick')}</option>
                {drivers.map((d) => (
                  <option key={d.id} value={d.id} translate="no">
                    {d.invitedUntil
                      ? t('users.driverInvited', { name: d.fullName, at: fmtDateTime(d.invitedUntil) })
                      : d.fullName}
                  </option>
                ))}
              </select>
            </>
          )}
          <SelectError id="field-invite-driverId" text={errorOf('driverId')} />
        </div>
      )}
      <TextField
        className="field"
        value={name}
        onChange={setName}
        isRequired
        isInvalid={!!errorOf('displayName')}
        validationBehavior="aria"
      >
        <Label>{t('users.name')}</Label>
        <Input id="field-inviteName" translate="no" />
        <FieldError className="field-error">{errorOf('displayName')}</FieldError>
      </TextField>
      <TextField
        className="field"
        value={phone}
        onChange={setPhone}
        type="tel"
        isInvalid={!!errorOf('phone')}
        validationBehavior="aria"
      >
        <Label>{t('users.phone')}</Label>
        <Text slot="description" className="hint">
          {t('users.phoneOrEmail')}
        </Text>
        <Input id="field-invitePhone" autoComplete="off" inputMode="tel" />
        <FieldError className="field-error">{errorOf('phone')}</FieldError>
      </TextField>
      <TextField
        className="field"
        value={email}
        onChange={setEmail}
        type="email"
        isInvalid={!!errorOf('email')}
        validationBehavior="aria"
      >
        <Label>{t('users.email')}</Label>
        <Input id="field-inviteEmail" autoComplete="off" />
        <FieldError className="field-error">{errorOf('email')}</FieldError>
      </TextField>
      <div className="field">
        <label htmlFor="field-inviteLanguage">{t('users.inviteLanguage')}</label>
        <span className="hint" id="field-inviteLanguage-hint">
          {t('users.inviteLanguageHint')}
        </span>
        <select
          id="field-inviteLanguage"
          value={shownLang}
          aria-describedby="field-inviteLanguage-hint"
          onChange={(e) => setLang(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      {needsRegion && (
        <div className="field">
          <label htmlFor="field-inviteRegion">{t('users.region')}</label>
          <select
            id="field-inviteRegion"
            value={region}
            required
            aria-invalid={errorOf('regionKato') ? true : undefined}
            aria-describedby={describedBy('regionKato')}
            onChange={(e) => setRegion(e.target.value)}
          >
            <option value="">{t('users.pick')}</option>
            {(options.data?.regions ?? []).map((r) => (
              <option key={r.katoCode} value={r.katoCode}>
                {t('users.regionOption', { name: placeName(r.names), code: r.katoCode })}
              </option>
            ))}
          </select>
          <SelectError id="field-invite-regionKato" text={errorOf('regionKato')} />
        </div>
      )}
      {mayChooseProvider && (
        <div className="field">
          <label htmlFor="field-inviteProvider">{t('users.provider')}</label>
          <select
            id="field-inviteProvider"
            value={providerId}
            required={needsProvider}
            aria-invalid={errorOf('providerId') ? true : undefined}
            aria-describedby={describedBy('providerId')}
            onChange={(e) => setProviderId(e.target.value)}
          >
            <option value="">{needsProvider ? t('users.pick') : t('users.regionDispatch')}</option>
            {(providers.data ?? []).map((p) => (
              <option key={p.id} value={p.id} translate="no">
                {p.legalName}
              </option>
            ))}
          </select>
          <SelectError id="field-invite-providerId" text={errorOf('providerId')} />
        </div>
      )}
      <Button type="submit" className="btn btn-primary" isDisabled={busy}>
        {busy ? t('common.wait') : t('users.invite')}
      </Button>
    </Form>
  );
}

/** The invitation form's input of each field the API may name in a refusal (others: above the form). */
const FIELD_INPUTS: Record<string, string> = {
  displayName: 'field-inviteName',
  phone: 'field-invitePhone',
  email: 'field-inviteEmail',
  regionKato: 'field-inviteRegion',
  providerId: 'field-inviteProvider',
  driverId: 'field-inviteDriver',
};
