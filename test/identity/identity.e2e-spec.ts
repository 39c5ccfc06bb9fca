import { createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import { IdentityRepository } from '@invataxi/persistence';
import { createApi } from '../../apps/api/src/create-api';
import { KeyRing } from '../../apps/api/src/identity/key-ring.service';
import { RIDER_SESSIONS, type RiderSessions } from '../../apps/api/src/egov/rider-sessions';
import { createTestEnv, type TestEnv } from '../support/test-env';
import {
  lastCodeTo,
  refreshCookieOf,
  seedStaff,
  signInByPassword,
  signInByPhone,
  smsTo,
  startSmsStandIn,
  totpCode,
  type SignedIn,
} from '../support/sign-in';

/**
 * Identity end to end (issue 19), against the real PostgreSQL and Redis and the SMS stand-in:
 * phone codes, staff invitation -> first sign-in -> TOTP enrolment -> sign-in, refresh rotation
 * and reuse detection, sign out (everywhere), disabled user, removed role, lock-out, JWKS.
 */
jest.setTimeout(60_000);

const ASTANA = '710000000';
const CSRF = { 'x-invataxi-csrf': '1' };

describe('identity', () => {
  let t: TestEnv;
  let sms: Awaited<ReturnType<typeof startSmsStandIn>>;
  let api: NestFastifyApplication;
  let f: FastifyInstance;
  let ds: DataSource;

  beforeAll(async () => {
    sms = await startSmsStandIn();
    t = await createTestEnv({ ...sms.env, AUTH_ADDRESS_LIMIT: '1000' });
    api = await createApi(t.config);
    await api.init();
    f = api.getHttpAdapter().getInstance();
    await f.ready();
    ds = api.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
    await sms?.close();
    await t?.teardown();
  });

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    f.inject({
      method: 'POST',
      url,
      payload: body as object,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const get = (url: string, token?: string) =>
    f.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const refresh = (token: string, headers: Record<string, string> = CSRF) =>
    f.inject({
      method: 'POST',
      url: '/auth/refresh',
      headers: { cookie: `invataxi_refresh=${token}`, ...headers },
    });

  async function beneficiary(phone: string): Promise<string> {
    const [b] = (await ds.query(
      `INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex, phone,
         language, residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility, version)
       VALUES ('\\x00', 'k1', md5(random()::text) || md5(random()::text), '9001******11', 'Айгүл', '1990-01-01', 'F', $1,
         'kk', '711410000', 'home', 51.1, 71.4, 'ADULT_GROUP_1', '{}', 1) RETURNING id`,
      [phone],
    )) as { id: string }[];
    return b!.id;
  }

  describe('phone code', () => {
    it('signs a beneficiary on record in, linking the account at the first sign-in', async () => {
      const phone = '+77010000001';
      const bId = await beneficiary(phone);
      const s = await signInByPhone(f, sms.url, phone);
      const me = await get('/account', s.accessToken);
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        role: 'BENEFICIARY',
        beneficiaryId: bId,
        phoneMasked: '+7701***0001',
      });
      // The second sign-in finds the same account.
      await ds.query(`UPDATE phone_code SET sent_at = sent_at - interval '2 minutes'`);
      const again = await signInByPhone(f, sms.url, phone);
      expect(again.userId).toBe(s.userId);
      // The code is stored only as a hash.
      // Signed as the ride notices are in ru/kk: "Инватакси:", not "Invataxi:" (walk t18, finding 12).
      expect((await smsTo(sms.url, phone)).at(-1)).toMatch(/^Инватакси: код для входа \d{6}\./);
      const code = await lastCodeTo(sms.url, phone);
      const rows = JSON.stringify(await ds.query(`SELECT * FROM phone_code`));
      expect(rows).not.toContain(code);
      expect(rows).not.toContain(phone);
    });

    it('answers a wrong code, an expired code and too many tries without telling which number exists', async () => {
      const phone = '+77010000002';
      await beneficiary(phone);
      expect((await post('/auth/phone/code', { phone })).statusCode).toBe(202);
      const code = await lastCodeTo(sms.url, phone);
      const wrong = code === '000000' ? '111111' : '000000';
      const bad = await post('/auth/phone/verify', { phone, code: wrong }, { 'accept-language': 'en' });
      expect(bad.statusCode).toBe(401);
      expect(bad.json()).toMatchObject({
        code: 'CODE_INVALID',
        message: expect.stringMatching(/wrong or has expired/),
      });
      // Four more wrong tries: the fifth kills the code; the right one no longer works.
      for (let i = 0; i < 3; i++)
        expect((await post('/auth/phone/verify', { phone, code: wrong })).statusCode).toBe(401);
      const fifth = await post('/auth/phone/verify', { phone, code: wrong });
      expect(fifth.statusCode).toBe(429);
      expect(fifth.headers['retry-after']).toBeDefined();
      expect((await post('/auth/phone/verify', { phone, code })).statusCode).toBe(401);

      // Resend is throttled: a minute between codes.
      const soon = await post('/auth/phone/code', { phone });
      expect(soon.statusCode).toBe(429);
      expect(Number(soon.headers['retry-after'])).toBeGreaterThan(0);

      // Expired: the code's five minutes are over.
      await ds.query(`UPDATE phone_code SET sent_at = sent_at - interval '2 minutes'`);
      expect((await post('/auth/phone/code', { phone })).statusCode).toBe(202);
      const fresh = await lastCodeTo(sms.url, phone);
      await ds.query(
        `UPDATE phone_code SET expires_at = now() - interval '1 second' WHERE consumed_at IS NULL`,
      );
      expect((await post('/auth/phone/verify', { phone, code: fresh })).json()).toMatchObject({
        code: 'CODE_INVALID',
      });
    });

    it('answers an unknown number like a known one, and tells how to register after a right code', async () => {
      const phone = '+77010000003';
      const known = '+77010000004';
      await beneficiary(known);
      const a = await post('/auth/phone/code', { phone });
      const b = await post('/auth/phone/code', { phone: known });
      expect(a.statusCode).toBe(b.statusCode);
      expect(a.body).toBe(b.body);
      const res = await post(
        '/auth/phone/verify',
        { phone, code: await lastCodeTo(sms.url, phone) },
        { 'accept-language': 'ru' },
      );
      // The person trying the demo reads codes in the stand-in's inbox page.
      const inbox = await fetch(`${sms.url}/sms?recipient=${encodeURIComponent(phone)}`);
      expect(inbox.headers.get('content-type')).toContain('text/html');
      const page = await inbox.text();
      expect(page).toContain('SMS stand-in: inbox');
      expect(page).toContain(await lastCodeTo(sms.url, phone));
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'NOT_REGISTERED',
        message: expect.stringContaining('отдел занятости'),
      });
    });
  });

  it('opens a session for the eGov sign-in (RIDER_SESSIONS), linking the rider account once', async () => {
    const bId = await beneficiary('+77010000009');
    const sessions = api.get<RiderSessions>(RIDER_SESSIONS);
    const meta = { userAgent: 'test', ip: '127.0.0.1' };
    const cookies = await sessions.signInBeneficiary(bId, meta);
    const token = /invataxi_refresh=([^;]+)/.exec(cookies![0]!)![1]!;
    const r = await refresh(token);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ user: { role: 'BENEFICIARY', beneficiaryId: bId } });
    const again = await sessions.signInBeneficiary(bId, meta);
    const users = (await ds.query(`SELECT id FROM app_user WHERE beneficiary_id = $1`, [bId])) as unknown[];
    expect(users).toHaveLength(1);
    expect(again).toHaveLength(1);
    await ds.query(`UPDATE app_user SET status = 'DISABLED' WHERE beneficiary_id = $1`, [bId]);
    expect(await sessions.signInBeneficiary(bId, meta)).toBeNull();
  });

  it('purges codes and refresh tokens a day past their expiry, keeping the live ones', async () => {
    await ds.query(
      `UPDATE phone_code SET expires_at = now() - interval '2 days' WHERE phone_hash IN (SELECT phone_hash FROM phone_code LIMIT 1)`,
    );
    const [{ n: codes }] = (await ds.query(`SELECT count(*)::int AS n FROM phone_code`)) as { n: number }[];
    const [{ n: old }] = (await ds.query(
      `SELECT count(*)::int AS n FROM phone_code WHERE expires_at < now() - interval '1 day'`,
    )) as { n: number }[];
    expect(old).toBeGreaterThan(0);
    await api.get(IdentityRepository).purgeExpired(ds.manager, new Date(Date.now() - 86_400_000));
    const [{ n: after }] = (await ds.query(`SELECT count(*)::int AS n FROM phone_code`)) as { n: number }[];
    expect(after).toBe(codes - old);
  });

  describe('staff', () => {
    let admin: Awaited<ReturnType<typeof seedStaff>>;
    let adminSession: SignedIn;

    beforeAll(async () => {
      admin = await seedStaff(ds, t.config, { role: 'ADMIN' });
      adminSession = await signInByPassword(f, admin.phone, admin.password, admin.totpSecret!);
    });

    it('invitation -> first sign-in -> TOTP enrolment -> sign-in; the officer invites a dispatcher who signs in', async () => {
      const phone = '+77020000001';
      const inv = await f.inject({
        method: 'POST',
        url: '/invitations',
        headers: { authorization: `Bearer ${adminSession.accessToken}`, 'content-type': 'application/json' },
        payload: { role: 'LEB_OFFICER', displayName: 'Officer', phone, regionKato: ASTANA, language: 'en' },
      });
      expect(inv.statusCode).toBe(201);
      expect(inv.json()).toMatchObject({ role: 'LEB_OFFICER', channel: 'SMS', sentTo: '+7702***0001' });
      const text = (await smsTo(sms.url, phone)).pop()!;
      const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
      expect((await get(`/invitations/${token}`)).json()).toMatchObject({
        role: 'LEB_OFFICER',
        totpRequired: true,
      });
      const accepted = await post(`/invitations/${token}/accept`, { password: 'officer-pass-phrase' });
      expect(accepted.statusCode).toBe(201);
      // Single use.
      expect(
        (await post(`/invitations/${token}/accept`, { password: 'officer-pass-phrase' })).json(),
      ).toMatchObject({
        code: 'INVITATION_INVALID',
      });

      const first = await post('/auth/password', {
        login: '8 702 000 00 01',
        password: 'officer-pass-phrase',
      });
      expect(first.json()).toMatchObject({ mfa: 'TOTP_ENROLMENT_REQUIRED' });
      const { mfaToken } = first.json() as { mfaToken: string };
      const enrol = await post('/auth/totp/enrol', { mfaToken });
      expect(enrol.statusCode).toBe(200);
      const { secret, otpauthUrl, qrSvg } = enrol.json() as {
        secret: string;
        otpauthUrl: string;
        qrSvg: string;
      };
      expect(otpauthUrl).toContain('otpauth://totp/');
      expect(qrSvg).toContain('<svg');
      const wrongTotp = await post('/auth/totp/verify', { mfaToken, code: '000000' });
      expect(wrongTotp.json()).toMatchObject({ code: 'TOTP_INVALID' });
      const done = await post('/auth/totp/verify', { mfaToken, code: await totpCode(secret) });
      expect(done.statusCode).toBe(200);
      const officer = done.json() as { accessToken: string; user: { role: string; regionKato: string } };
      expect(officer.user).toMatchObject({ role: 'LEB_OFFICER', regionKato: ASTANA });
      // The same code twice is refused; the next sign-in asks for TOTP.
      const second = await post('/auth/password', { login: phone, password: 'officer-pass-phrase' });
      expect(second.json()).toMatchObject({ mfa: 'TOTP_REQUIRED' });
      const mfa2 = (second.json() as { mfaToken: string }).mfaToken;
      expect(
        (await post('/auth/totp/verify', { mfaToken: mfa2, code: await totpCode(secret) })).statusCode,
      ).toBe(401);
      expect(
        (await post('/auth/totp/verify', { mfaToken: mfa2, code: await totpCode(secret, 1) })).statusCode,
      ).toBe(200);

      // The officer invites a dispatcher of the region, who signs in without TOTP.
      const dPhone = '+77020000002';
      const dInv = await f.inject({
        method: 'POST',
        url: '/invitations',
        headers: { authorization: `Bearer ${officer.accessToken}`, 'content-type': 'application/json' },
        payload: { role: 'DISPATCHER', displayName: 'Dispatcher', phone: dPhone },
      });
      expect(dInv.statusCode).toBe(201);
      const dToken = /\/invite\/([A-Za-z0-9_-]+)/.exec((await smsTo(sms.url, dPhone)).pop()!)![1]!;
      expect((await post(`/invitations/${dToken}/accept`, { password: 'dispatcher-pass' })).statusCode).toBe(
        201,
      );
      const d = await signInByPassword(f, dPhone, 'dispatcher-pass');
      expect((await get('/account', d.accessToken)).json()).toMatchObject({
        role: 'DISPATCHER',
        regionKato: ASTANA,
      });
      // An officer may not invite an administrator.
      const refused = await f.inject({
        method: 'POST',
        url: '/invitations',
        headers: { authorization: `Bearer ${officer.accessToken}`, 'content-type': 'application/json' },
        payload: { role: 'ADMIN', displayName: 'X', phone: '+77020000003' },
      });
      expect(refused.statusCode).toBe(403);

      const actions = (await ds.query(`SELECT action FROM audit_log`)) as { action: string }[];
      expect(actions.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'invitation.created',
          'invitation.accepted',
          'auth.signed_in',
          'auth.totp_enabled',
          'auth.sign_in_failed',
        ]),
      );
      const audit = JSON.stringify(await ds.query(`SELECT * FROM audit_log`));
      for (const secretText of ['officer-pass-phrase', 'dispatcher-pass', token, dToken, secret, phone])
        expect(audit).not.toContain(secretText);
    });

    it('rotates refresh tokens, and a replayed one revokes the family', async () => {
      const s = await signInByPassword(f, admin.phone, admin.password, admin.totpSecret!, 1);
      expect((await refresh(s.refreshToken, {})).json()).toMatchObject({
        statusCode: 400,
        code: 'CSRF_HEADER_REQUIRED',
      });
      const r1 = await refresh(s.refreshToken);
      expect(r1.statusCode).toBe(200);
      const next = refreshCookieOf(r1.headers)!;
      expect(next).not.toBe(s.refreshToken);
      expect(String(r1.headers['set-cookie'])).toMatch(/HttpOnly; Secure; SameSite=Strict/);
      expect(String(r1.headers['set-cookie'])).toMatch(/Path=\/auth/);
      // The old one again at once (another tab racing): refused, the family kept.
      expect((await refresh(s.refreshToken)).statusCode).toBe(401);
      const [live] = (await ds.query(`SELECT revoked_at FROM auth_session WHERE id = $1`, [s.sessionId])) as {
        revoked_at: Date | null;
      }[];
      expect(live!.revoked_at).toBeNull();
      // Later: reuse -> the family is revoked, the newest stops working too.
      await ds.query(
        `UPDATE refresh_token SET used_at = used_at - interval '1 minute' WHERE used_at IS NOT NULL`,
      );
      expect((await refresh(s.refreshToken)).statusCode).toBe(401);
      expect((await refresh(next)).statusCode).toBe(401);
      const [row] = (await ds.query(`SELECT revoked_reason FROM auth_session WHERE id = $1`, [
        s.sessionId,
      ])) as {
        revoked_reason: string;
      }[];
      expect(row!.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
    });

    it('access tokens live at most 10 minutes, signed ES256 with a published key', async () => {
      const header = jwt.decode(adminSession.accessToken, { complete: true })!;
      expect(header.header.alg).toBe('ES256');
      const claims = header.payload as jwt.JwtPayload;
      expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(600);
      const jwks = (await get('/.well-known/jwks.json')).json() as {
        keys: (Record<string, string> & { kid: string })[];
      };
      const key = jwks.keys.find((k) => k.kid === header.header.kid)!;
      expect(key).toBeDefined();
      expect(() =>
        jwt.verify(adminSession.accessToken, createPublicKey({ key, format: 'jwk' })),
      ).not.toThrow();
      expect(JSON.stringify(jwks)).not.toMatch(/"d":/);
    });

    it('rotates the signing key: the next is published before it signs, the old one until its tokens expire', async () => {
      const ring = api.get(KeyRing);
      const before = ring.current().kid;
      const disp = await seedStaff(ds, t.config, { role: 'DISPATCHER', regionKato: ASTANA });
      const token = (await signInByPassword(f, disp.phone, disp.password)).accessToken;
      // The key in force ends in 5 minutes: the next one is created now and published.
      await ds.query(`UPDATE signing_key SET signs_until = now() + interval '5 minutes' WHERE kid = $1`, [
        before,
      ]);
      await ring.reload();
      const kids = ((await get('/.well-known/jwks.json')).json() as { keys: { kid: string }[] }).keys.map(
        (k) => k.kid,
      );
      expect(kids).toContain(before);
      expect(kids).toHaveLength(2);
      expect(ring.current().kid).toBe(before);
      // The old key's time is over: the next one signs, the old one still verifies its tokens.
      await ds.query(`UPDATE signing_key SET signs_from = now() - interval '1 second' WHERE kid <> $1`, [
        before,
      ]);
      await ds.query(`UPDATE signing_key SET signs_until = now() - interval '1 second' WHERE kid = $1`, [
        before,
      ]);
      await ring.reload();
      expect(ring.current().kid).not.toBe(before);
      expect((await get('/account', token)).statusCode).toBe(200);
      const fresh = await signInByPassword(f, disp.phone, disp.password);
      expect(jwt.decode(fresh.accessToken, { complete: true })!.header.kid).toBe(ring.current().kid);
      expect((await get('/account', fresh.accessToken)).statusCode).toBe(200);
      // Once its last token has expired, the old key is no longer published nor accepted.
      await ds.query(`UPDATE signing_key SET signs_until = now() - interval '1 hour' WHERE kid = $1`, [
        before,
      ]);
      await ring.reload();
      expect((await get('/account', token)).statusCode).toBe(401);
    });

    it('signs out one session, and everywhere', async () => {
      const a = await signInByPhone(f, sms.url, '+77010000001').catch(async () => {
        await ds.query(`UPDATE phone_code SET sent_at = sent_at - interval '2 minutes'`);
        return signInByPhone(f, sms.url, '+77010000001');
      });
      await ds.query(`UPDATE phone_code SET sent_at = sent_at - interval '2 minutes'`);
      const b = await signInByPhone(f, sms.url, '+77010000001');
      const sessions = (await get('/account/sessions', a.accessToken)).json() as {
        id: string;
        current: boolean;
      }[];
      expect(sessions.find((x) => x.id === a.sessionId)?.current).toBe(true);
      const out = await f.inject({
        method: 'POST',
        url: '/auth/signout',
        headers: { cookie: `invataxi_refresh=${a.refreshToken}`, ...CSRF },
      });
      expect(out.statusCode).toBe(204);
      expect((await refresh(a.refreshToken)).statusCode).toBe(401);
      await ds.query(`UPDATE phone_code SET sent_at = sent_at - interval '2 minutes'`);
      const c = await signInByPhone(f, sms.url, '+77010000001');
      const all = await f.inject({
        method: 'POST',
        url: '/auth/signout-everywhere',
        headers: { authorization: `Bearer ${c.accessToken}` },
      });
      expect(all.statusCode).toBe(204);
      expect((await refresh(b.refreshToken)).statusCode).toBe(401);
      expect((await refresh(c.refreshToken)).statusCode).toBe(401);
      expect(
        (
          (await ds.query(
            `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.signed_out_everywhere'`,
          )) as { n: number }[]
        )[0]!.n,
      ).toBe(1);
    });

    it('a disabled user and a removed role lose their sessions; the password no longer signs in', async () => {
      const officer = await seedStaff(ds, t.config, { role: 'LEB_OFFICER', regionKato: ASTANA });
      const o = await signInByPassword(f, officer.phone, officer.password, officer.totpSecret!);
      const disp = await seedStaff(ds, t.config, { role: 'DISPATCHER', regionKato: ASTANA });
      const d = await signInByPassword(f, disp.phone, disp.password);
      const list = (await get('/users', o.accessToken)).json() as { id: string }[];
      expect(list.map((u) => u.id)).toContain(disp.userId);
      const patch = (id: string, body: unknown) =>
        f.inject({
          method: 'PATCH',
          url: `/users/${id}`,
          headers: { authorization: `Bearer ${o.accessToken}`, 'content-type': 'application/json' },
          payload: body as object,
        });
      expect((await patch(disp.userId, { status: 'DISABLED' })).statusCode).toBe(200);
      expect((await refresh(d.refreshToken)).statusCode).toBe(401);
      expect(
        (await post('/auth/password', { login: disp.phone, password: disp.password })).json(),
      ).toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
      expect((await patch(disp.userId, { status: 'ACTIVE' })).statusCode).toBe(200);
      const d2 = await signInByPassword(f, disp.phone, disp.password);
      const removed = await patch(disp.userId, { role: null });
      expect(removed.statusCode).toBe(200);
      expect(removed.json()).toMatchObject({ role: null });
      expect((await refresh(d2.refreshToken)).statusCode).toBe(401);
      expect((await post('/auth/password', { login: disp.phone, password: disp.password })).statusCode).toBe(
        401,
      );
      // Still listed (without a role), and the role can be given back.
      const listed = (await get('/users', o.accessToken)).json() as { id: string; role: string | null }[];
      expect(listed.find((u) => u.id === disp.userId)?.role).toBeNull();
      expect((await patch(disp.userId, { role: 'DISPATCHER' })).json()).toMatchObject({ role: 'DISPATCHER' });
      await signInByPassword(f, disp.phone, disp.password);
      const actions = (
        (await ds.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1`, [
          disp.userId,
        ])) as {
          action: string;
        }[]
      ).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['app_user.status_changed', 'app_user.role_changed']));
      // Another region's officer sees nothing of them.
      const other = await seedStaff(ds, t.config, { role: 'LEB_OFFICER', regionKato: '750000000' });
      const os = await signInByPassword(f, other.phone, other.password, other.totpSecret!);
      expect(
        ((await get('/users', os.accessToken)).json() as { id: string }[]).map((u) => u.id),
      ).not.toContain(disp.userId);
    });

    it('locks an account after five wrong passwords, with a clear message and Retry-After', async () => {
      const disp = await seedStaff(ds, t.config, { role: 'DISPATCHER', regionKato: ASTANA });
      for (let i = 0; i < 5; i++)
        expect(
          (await post('/auth/password', { login: disp.phone, password: 'wrong-password' })).statusCode,
        ).toBe(401);
      const locked = await post(
        '/auth/password',
        { login: disp.phone, password: disp.password },
        { 'accept-language': 'en' },
      );
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({
        code: 'ACCOUNT_LOCKED',
        message: expect.stringMatching(/locked for 15 min/),
      });
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    });
  });
});
