import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { seedStaff, signInByPassword, startSmsStandIn } from '../support/sign-in';

/**
 * The sign-in's abuse limits (issue 19): per client address on each step, per account whatever
 * the address, 429 with Retry-After and words; TOTP offered to a role that need not use it.
 */
jest.setTimeout(60_000);

describe('sign-in limits', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let f: FastifyInstance;
  let sms: Awaited<ReturnType<typeof startSmsStandIn>>;

  beforeAll(async () => {
    sms = await startSmsStandIn();
    t = await createTestEnv({ ...sms.env, AUTH_ADDRESS_LIMIT: '3' });
    api = await createApi(t.config);
    await api.init();
    f = api.getHttpAdapter().getInstance();
    await f.ready();
  });

  afterAll(async () => {
    await api?.close();
    await sms?.close();
    await t?.teardown();
  });

  const post = (url: string, body: unknown, ip: string, headers: Record<string, string> = {}) =>
    f.inject({
      method: 'POST',
      url,
      remoteAddress: ip,
      payload: body as object,
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    });

  it('limits each step per client address', async () => {
    for (let i = 0; i < 3; i++)
      expect(
        (await post('/auth/password', { login: `+7701000010${i}`, password: 'x' }, '10.0.0.1')).statusCode,
      ).toBe(401);
    const over = await post('/auth/password', { login: '+77010000109', password: 'x' }, '10.0.0.1');
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: expect.stringMatching(/Too many attempts/),
    });
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // Another address, and another step from the same one, have budgets of their own.
    expect(
      (await post('/auth/password', { login: '+77010000109', password: 'x' }, '10.0.0.2')).statusCode,
    ).toBe(401);
    expect((await post('/auth/phone/code', { phone: '+77010000109' }, '10.0.0.1')).statusCode).toBe(202);
  });

  it('limits one account whatever the address', async () => {
    const login = '+77010000200';
    for (let i = 0; i < 10; i++)
      expect((await post('/auth/password', { login, password: 'x' }, `10.1.0.${i}`)).statusCode).toBe(401);
    expect((await post('/auth/password', { login, password: 'x' }, '10.1.0.99')).statusCode).toBe(429);
  });

  it('counts failed sign-ins, not successful ones (tester t23: a dispatcher moving between workstations)', async () => {
    const ds = api.get(DataSource);
    // Twelve sign-ins from one address, over both budgets (3 an address, 10 an account).
    const d = await seedStaff(ds, t.config, { role: 'DISPATCHER', regionKato: '710000000' });
    for (let i = 0; i < 12; i++) {
      const res = await post('/auth/password', { login: d.phone, password: d.password }, '10.3.0.1');
      expect([i, res.statusCode]).toEqual([i, 200]);
    }
    // Failures from that address are still refused once over its budget.
    for (let i = 0; i < 3; i++)
      expect((await post('/auth/password', { login: d.phone, password: 'x' }, '10.3.0.1')).statusCode).toBe(
        401,
      );
    const over = await post('/auth/password', { login: d.phone, password: d.password }, '10.3.0.1');
    expect(over.statusCode).toBe(429);
    expect(over.json()).not.toMatchObject({ reason: 'ACCOUNT_LOCKED' });

    // With TOTP: twelve password + code sign-ins; then wrong codes are refused over the budget.
    const a = await seedStaff(ds, t.config, { role: 'DISPATCHER', regionKato: '710000000', withTotp: true });
    const { generate } = await import('otplib');
    let mfaToken = '';
    for (let i = 0; i < 12; i++) {
      // The same code each time: each sign-in here stands for the next 30 s step of a real one.
      await ds.query(`UPDATE app_user SET totp_last_step = NULL WHERE id = $1`, [a.userId]);
      const pw = await post('/auth/password', { login: a.phone, password: a.password }, '10.4.0.1');
      expect([i, pw.statusCode]).toEqual([i, 200]);
      mfaToken = (pw.json() as { mfaToken: string }).mfaToken;
      const code = await generate({ secret: a.totpSecret! });
      const ok = await post('/auth/totp/verify', { mfaToken, code }, '10.4.0.1');
      expect([i, ok.statusCode]).toEqual([i, 200]);
    }
    for (let i = 0; i < 3; i++)
      expect((await post('/auth/totp/verify', { mfaToken, code: '000000' }, '10.4.0.1')).statusCode).toBe(
        401,
      );
    expect((await post('/auth/totp/verify', { mfaToken, code: '000000' }, '10.4.0.1')).statusCode).toBe(429);
  });

  it('offers TOTP to a dispatcher: enrolled from the session, asked at the next sign-in', async () => {
    const ds = api.get(DataSource);
    const d = await seedStaff(ds, t.config, { role: 'DISPATCHER', regionKato: '710000000' });
    const s = await signInByPassword(f, d.phone, d.password);
    const auth = { authorization: `Bearer ${s.accessToken}` };
    const enrol = await post('/auth/totp/enrol', {}, '10.2.0.1', auth);
    expect(enrol.statusCode).toBe(200);
    const { secret } = enrol.json() as { secret: string };
    const { generate } = await import('otplib');
    const ok = await post('/auth/totp/verify', { code: await generate({ secret }) }, '10.2.0.2', auth);
    expect(ok.json()).toEqual({ totpEnabled: true });
    const next = await post('/auth/password', { login: d.phone, password: d.password }, '10.2.0.3');
    expect(next.json()).toMatchObject({ mfa: 'TOTP_REQUIRED' });
    // Account page: name and language; one of the sessions signed out from the list.
    const patched = await f.inject({
      method: 'PATCH',
      url: '/account',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: { displayName: 'Dana', language: 'kk' },
    });
    expect(patched.json()).toMatchObject({ displayName: 'Dana', language: 'kk', totpEnabled: true });
    const del = await f.inject({ method: 'DELETE', url: `/account/sessions/${s.sessionId}`, headers: auth });
    expect(del.statusCode).toBe(204);
    const again = await f.inject({
      method: 'DELETE',
      url: `/account/sessions/${s.sessionId}`,
      headers: auth,
    });
    expect(again.statusCode).toBe(404);
  });

  it('signs staff in by e-mail as well as phone, and an expired invitation is refused in words', async () => {
    const ds = api.get(DataSource);
    const d = await seedStaff(ds, t.config, { role: 'DISPATCHER', regionKato: '710000000' });
    await ds.query(`UPDATE app_user SET email = 'dana@example.kz' WHERE id = $1`, [d.userId]);
    const s = await signInByPassword(f, ' Dana@Example.KZ ', d.password);
    expect(s.userId).toBe(d.userId);
    await ds.query(
      `INSERT INTO invitation (token_hash, role, display_name, phone, language, region_kato, expires_at)
       VALUES (encode(sha256('expired-invitation-token-0001'::bytea), 'hex'), 'DISPATCHER', 'Late', '+77010000300', 'en', '710000000', now() - interval '1 minute')`,
    );
    const res = await f.inject({
      method: 'GET',
      url: '/invitations/expired-invitation-token-0001',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'INVITATION_INVALID',
      message: expect.stringMatching(/expired/),
    });
  });
});
