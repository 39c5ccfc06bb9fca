import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createLogger } from '@invataxi/platform';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { lastCodeTo, seedStaff, signInByPassword, smsTo, startSmsStandIn } from '../support/sign-in';

/**
 * No password, code, token or secret in any log line (issue 19, "Abuse and audit"): every
 * sign-in step run with the production logger at debug level (request lines included), right
 * and wrong, and the lines read back.
 */
jest.setTimeout(60_000);

describe('sign-in leaves no secret in the logs', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let sms: Awaited<ReturnType<typeof startSmsStandIn>>;
  const logs: string[] = [];

  beforeAll(async () => {
    sms = await startSmsStandIn();
    t = await createTestEnv({ ...sms.env, LOG_LEVEL: 'debug', AUTH_ADDRESS_LIMIT: '1000' });
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        logs.push(chunk.toString('utf8'));
        cb();
      },
    });
    api = await createApi(t.config, createLogger('debug', 'api', sink));
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await api?.close();
    await sms?.close();
    await t?.teardown();
  });

  it('logs requests without the codes, passwords, tokens and secrets they carried', async () => {
    const f = api.getHttpAdapter().getInstance();
    const ds = api.get(DataSource);
    const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
      f.inject({
        method: 'POST',
        url,
        payload: body as object,
        headers: { 'content-type': 'application/json', ...headers },
      });
    const secrets: string[] = [];

    const phone = '+77030000001';
    await post('/auth/phone/code', { phone });
    const code = await lastCodeTo(sms.url, phone);
    secrets.push(code);
    await post('/auth/phone/verify', { phone, code: code === '000000' ? '111111' : '000000' });
    await post('/auth/phone/verify', { phone, code });

    const admin = await seedStaff(ds, t.config, { role: 'ADMIN' });
    secrets.push(admin.password, admin.totpSecret!);
    await post('/auth/password', { login: admin.phone, password: 'not-the-password' });
    const s = await signInByPassword(f, admin.phone, admin.password, admin.totpSecret!);
    secrets.push(s.accessToken, s.refreshToken);
    const r = await f.inject({
      method: 'POST',
      url: '/auth/refresh',
      headers: { cookie: `invataxi_refresh=${s.refreshToken}`, 'x-invataxi-csrf': '1' },
    });
    secrets.push(String(r.json().accessToken));
    // Replayed at once (a racing tab): refused.
    await f.inject({
      method: 'POST',
      url: '/auth/refresh',
      headers: { cookie: `invataxi_refresh=${s.refreshToken}`, 'x-invataxi-csrf': '1' },
    });

    const invited = '+77030000002';
    await f.inject({
      method: 'POST',
      url: '/invitations',
      headers: { authorization: `Bearer ${s.accessToken}`, 'content-type': 'application/json' },
      payload: { role: 'MINISTRY_ANALYST', displayName: 'Analyst', phone: invited },
    });
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec((await smsTo(sms.url, invited)).pop()!)![1]!;
    secrets.push(token);
    await f.inject({ method: 'GET', url: `/invitations/${token}` });
    await post(`/invitations/${token}/accept`, { password: 'analyst-pass-phrase' });
    secrets.push('analyst-pass-phrase');

    const text = logs.join('');
    expect(text).toContain('/invitations/[redacted]'); // the request lines are there ...
    for (const secret of secrets) expect(text).not.toContain(secret); // ... without what they carried
    expect(text).not.toContain(phone);
  });
});
