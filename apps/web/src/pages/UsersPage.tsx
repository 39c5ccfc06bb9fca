import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { call, client, type Schema } from '../api/client';
import type { Role, Session } from '../auth';
import { LoadError, Loading, PageTitle, TableRegion, useLoad } from '../components';
import { messageOf } from '../identity';

/** Whom each role may invite (the API checks the same rules and the scope). */
const INVITES: Partial<Record<Role, Role[]>> = {
  ADMIN: ['LEB_OFFICER', 'MINISTRY_ANALYST', 'ADMIN'],
  LEB_OFFICER: ['PROVIDER_ADMIN', 'DISPATCHER'],
  PROVIDER_ADMIN: ['DISPATCHER', 'DRIVER'],
};

type UserRow = Schema<'UserView'>;

/**
 * User management for administrators, LEB officers and provider admins (issue 19, item 5):
 * invite a person (single-use link by SMS or e-mail), see the users in one's scope, disable or
 * enable one, change a role within one's scope. Every change is audited by the API.
 */
export function UsersPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const users = useLoad((signal) => call(client.GET('/users', { signal })), []);
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
        }}
      />
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
                    <span aria-hidden="true">{u.status === 'ACTIVE' ? '✓ ' : '✗ '}</span>
                    {t(`users.statuses.${u.status}`)}
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

function InviteForm(props: { session: Session; roles: Role[]; onInvited: (text: string) => void }) {
  const { t } = useTranslation();
  const me = props.session.principal;
  const [role, setRole] = useState<Role>(props.roles[0]);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [region, setRegion] = useState(me.regionKato ?? '');
  const [providerId, setProviderId] = useState('');
  const [driverId, setDriverId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsProvider = me.role === 'LEB_OFFICER' && role === 'PROVIDER_ADMIN';
  const mayChooseProvider = me.role === 'LEB_OFFICER';
  const needsRegion = me.role === 'ADMIN' && role === 'LEB_OFFICER';
  const needsDriver = me.role === 'PROVIDER_ADMIN' && role === 'DRIVER';
  const providers = useLoad(
    (signal) => (mayChooseProvider ? call(client.GET('/providers', { signal })) : Promise.resolve([])),
    [mayChooseProvider],
  );
  const drivers = useLoad(
    (signal) => (needsDriver ? call(client.GET('/fleet/drivers', { signal })) : Promise.resolve([])),
    [needsDriver],
  );

  const invite = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call(
        client.POST('/invitations', {
          body: {
            role,
            displayName: name.trim(),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(email.trim() ? { email: email.trim() } : {}),
            ...(needsRegion && region ? { regionKato: region } : {}),
            ...(mayChooseProvider && providerId ? { providerId } : {}),
            ...(needsDriver && driverId ? { driverId } : {}),
          },
        }),
      );
      props.onInvited(t('users.invited', { name: name.trim(), to: r.sentTo }));
      setName('');
      setPhone('');
      setEmail('');
    } catch (e) {
      setError(messageOf(e, t('common.network')));
      requestAnimationFrame(() => document.getElementById('field-inviteName')?.focus());
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
      {error && (
        <p className="notice notice-error" role="alert" id="invite-error">
          {error}
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
      <TextField className="field" value={name} onChange={setName} isRequired validationBehavior="aria">
        <Label>{t('users.name')}</Label>
        <Input id="field-inviteName" translate="no" aria-describedby={error ? 'invite-error' : undefined} />
      </TextField>
      <TextField className="field" value={phone} onChange={setPhone} type="tel" validationBehavior="aria">
        <Label>{t('users.phone')}</Label>
        <Text slot="description" className="hint">
          {t('users.phoneOrEmail')}
        </Text>
        <Input id="field-invitePhone" autoComplete="off" inputMode="tel" />
      </TextField>
      <TextField className="field" value={email} onChange={setEmail} type="email" validationBehavior="aria">
        <Label>{t('users.email')}</Label>
        <Input id="field-inviteEmail" autoComplete="off" />
        <FieldError className="field-error" />
      </TextField>
      {needsRegion && (
        <TextField className="field" value={region} onChange={setRegion} isRequired validationBehavior="aria">
          <Label>{t('users.region')}</Label>
          <Text slot="description" className="hint">
            {t('users.regionHint')}
          </Text>
          <Input id="field-inviteRegion" inputMode="numeric" />
        </TextField>
      )}
      {mayChooseProvider && (
        <div className="field">
          <label htmlFor="field-inviteProvider">{t('users.provider')}</label>
          <select
            id="field-inviteProvider"
            value={providerId}
            required={needsProvider}
            onChange={(e) => setProviderId(e.target.value)}
          >
            <option value="">{needsProvider ? t('users.pick') : t('users.regionDispatch')}</option>
            {(providers.data ?? []).map((p) => (
              <option key={p.id} value={p.id} translate="no">
                {p.legalName}
              </option>
            ))}
          </select>
        </div>
      )}
      {needsDriver && (
        <div className="field">
          <label htmlFor="field-inviteDriver">{t('users.driver')}</label>
          <select
            id="field-inviteDriver"
            value={driverId}
            required
            onChange={(e) => setDriverId(e.target.value)}
          >
            <option value="">{t('users.pick')}</option>
            {(drivers.data ?? []).map((d) => (
              <option key={d.id} value={d.id} translate="no">
                {d.fullName}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button type="submit" className="btn btn-primary" isDisabled={busy}>
        {busy ? t('common.wait') : t('users.invite')}
      </Button>
    </Form>
  );
}
