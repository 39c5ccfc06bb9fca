import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { procurementStoryLines, seedDemoSignIn, signInLines } from '../../scripts/seed/demo-sign-in';
import { noShowStoryLines } from '../../scripts/seed/no-show-story';
import { seedAbai } from '../../scripts/seed/seed-abai';
import { demoEnvironment } from '../../scripts/demo-env';
import { loadConfig } from '@invataxi/config';
import { ABAI, ABAI_OFFICER, SEMEY_RIDERS } from '../../scripts/seed/abai';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { signInByPassword, signInByPhone, startSmsStandIn } from '../support/sign-in';
import { createTestEnv, type TestEnv } from '../support/test-env';

/**
 * What `npm run demo` prints is how people sign in (issue 19): every staff login works with the
 * printed password (and the printed TOTP secret where the role needs one), every rider's phone
 * gets a code in the SMS stand-in and signs in, as the role printed beside it.
 */
jest.setTimeout(120_000);

describe('demo sign-in', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let sms: Awaited<ReturnType<typeof startSmsStandIn>>;

  beforeAll(async () => {
    sms = await startSmsStandIn();
    t = await createTestEnv({ ...sms.env, AUTH_ADDRESS_LIMIT: '1000' });
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await api?.close();
    await sms?.close();
    await t?.teardown();
  });

  it('signs every printed person in, as the printed role', async () => {
    const ds = api.get(DataSource);
    const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    const seeded = await seedViaApi(ds, t.config, url, t.now());
    // The Abai region of the procurement story (issue 20): its officer and the Semey riders sign in too.
    await seedAbai(ds, t.config, url, t.now(), { portalUrl: null, procurementUrl: null });
    await seedAbai(ds, t.config, url, t.now(), { portalUrl: null, procurementUrl: null });
    await seedDemoSignIn(ds, t.config, seeded.providerIds);
    // Twice: nothing changes (the secrets printed stay the ones stored).
    const logins = await seedDemoSignIn(ds, t.config, seeded.providerIds);
    const f = api.getHttpAdapter().getInstance();
    for (const l of logins) {
      const s = l.password
        ? await signInByPassword(f, l.phone, l.password, l.totpSecret ?? undefined)
        : await signInByPhone(f, sms.url, l.phone);
      const me = await f.inject({
        method: 'GET',
        url: '/account',
        headers: { authorization: `Bearer ${s.accessToken}` },
      });
      const account = me.json() as { role: string; regionKato: string | null };
      expect({ who: l.label, role: account.role }).toEqual({ who: l.label, role: l.role });
      if (l.label === ABAI_OFFICER.label) expect(account.regionKato).toBe(ABAI);
    }
    expect(new Set(logins.map((l) => l.role))).toEqual(
      new Set([
        'ADMIN',
        'LEB_OFFICER',
        'MINISTRY_ANALYST',
        'DISPATCHER',
        'PROVIDER_ADMIN',
        'DRIVER',
        'GUARDIAN',
        'BENEFICIARY',
      ]),
    );
    const text = signInLines(logins, url, `${sms.url}/sms`).join('\n');
    expect(text).toContain('TOTP secret');
    expect(text).toContain(`${sms.url}/sms`);
    for (const b of SEMEY_RIDERS) expect(text).toContain(b.phone);
    const story = procurementStoryLines(logins, `${sms.url}/sms`, null).join('\n');
    expect(story).toContain(ABAI_OFFICER.phone);
    expect(story).toContain(SEMEY_RIDERS[0]!.phone);
    // The no-show story (walk t23) names only people printed above, who sign in.
    const noShows = noShowStoryLines(logins).join('\n');
    const phones = noShows.match(/\+7\d{10}/g) ?? [];
    expect(phones.length).toBeGreaterThanOrEqual(4);
    for (const phone of phones) expect(logins.map((l) => l.phone)).toContain(phone);
  });

  it("shows riders no developer sign-in: the demo leaves /signin's token box off (tester t23)", () => {
    const secrets = {
      JWT_SECRET: 'j'.repeat(40),
      DATA_ENCRYPTION_KEY: 'k'.repeat(44),
      DATA_HASH_KEY: 'h'.repeat(40),
    };
    const demo = loadConfig({ ...secrets, ...demoEnvironment(sms.url, '3101') });
    expect(demo.AUTH_DEVELOPER_TOKEN_SIGNIN).toBe(false);
    expect(demo.SMS_GATEWAY_URL).toBe(`${sms.url}/sms`);
    // A script still turns it on for its own run (explicit environment values win).
    expect(
      loadConfig({ ...secrets, ...demoEnvironment(sms.url, '3101'), AUTH_DEVELOPER_TOKEN_SIGNIN: 'true' })
        .AUTH_DEVELOPER_TOKEN_SIGNIN,
    ).toBe(true);
  });
});
