import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { BENEFICIARIES, PROVIDERS } from '../../scripts/seed/astana';
import { createTestEnv, type TestEnv } from '../support/test-env';

/** A first and a family name in Cyrillic (Kazakh letters too), nothing else. */
const PERSONAL_NAME = /^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+ [А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$/;

/** The demo data loads through the API, and loading it twice changes nothing. */
describe('demo data', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  async function counts(ds: DataSource): Promise<Record<string, number>> {
    const [row] = await ds.query(`SELECT
      (SELECT count(*)::int FROM provider) AS providers, (SELECT count(*)::int FROM vehicle) AS vehicles,
      (SELECT count(*)::int FROM driver) AS drivers, (SELECT count(*)::int FROM shift) AS shifts,
      (SELECT count(*)::int FROM beneficiary) AS beneficiaries, (SELECT count(*)::int FROM booking) AS bookings,
      (SELECT count(*)::int FROM service_policy) AS policies, (SELECT count(*)::int FROM guardianship) AS guardians`);
    return row;
  }

  it('seeds every record kind, with working tokens, and is safe to run twice', async () => {
    const ds = api.get(DataSource);
    const url = await api.getUrl();
    const first = await seedViaApi(ds, t.config, url.replace('[::1]', '127.0.0.1'), t.now());
    const after1 = await counts(ds);
    expect(after1.providers).toBe(PROVIDERS.length);
    expect(after1.beneficiaries).toBe(BENEFICIARIES.length);
    expect(after1.vehicles).toBe(PROVIDERS.reduce((n, p) => n + p.vehicles.length, 0));
    expect(after1.policies).toBe(1);
    expect(after1.guardians).toBe(1);
    expect(after1.shifts).toBeGreaterThan(0);
    expect(after1.bookings).toBe(6);
    // Staff are people with Kazakh or Russian names, as a real akimat's are: no English titles
    // such as "Officer, Astana akimat" on a Kazakh or Russian page (t22 finding 11).
    const staff = (await ds.query(
      `SELECT role, display_name AS name FROM app_user WHERE role <> 'BENEFICIARY' ORDER BY role, display_name`,
    )) as { role: string; name: string }[];
    expect(staff.map((u) => u.role)).toEqual(
      expect.arrayContaining(['LEB_OFFICER', 'MINISTRY_ANALYST', 'DISPATCHER', 'PROVIDER_ADMIN', 'GUARDIAN']),
    );
    for (const u of staff) expect(u).toEqual({ role: u.role, name: expect.stringMatching(PERSONAL_NAME) });
    await seedViaApi(ds, t.config, url.replace('[::1]', '127.0.0.1'), t.now());
    expect(await counts(ds)).toEqual(after1);
    const officer = first.tokens.find((x) => x.label.startsWith('LEB officer'))!.token;
    const res = await fetch(`${url}/providers`, { headers: { authorization: `Bearer ${officer}` } });
    expect(res.status).toBe(200);
    const roles = first.tokens.map((x) => x.label.split(' (')[0]);
    expect(new Set(roles)).toEqual(
      new Set([
        'LEB officer',
        'dispatcher',
        'guardian',
        'ministry analyst',
        'provider admin',
        'driver',
        'beneficiary',
      ]),
    );
  });
});
