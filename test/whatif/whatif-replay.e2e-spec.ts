import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { createTravelTimeProvider } from '@invataxi/dispatch';
import { WhatIfRepository } from '@invataxi/persistence';
import { createApi } from '../../apps/api/src/create-api';
import { demandBase, fleetOfShifts } from '../../apps/dispatcher/src/whatif/demand-base';
import { replayWhatIf } from '../../apps/dispatcher/src/whatif/whatif-replay';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { ASTANA, DEMO_POLICY } from '../../scripts/seed/astana';
import { createTestEnv, type TestEnv } from '../support/test-env';

/**
 * A scenario from what the demo recorded (issue 25, item 1): the requests and shifts of the
 * period read from the database, replayed in memory; the live rows stay exactly as they were.
 */
describe('what-if replay of a recorded period', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port: 0 });
    ds = api.get(DataSource);
    const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    await seedViaApi(ds, t.config, url, t.now());
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  /** A fingerprint of every live row a replay could touch. */
  async function live(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of ['booking', 'route_stop', 'shift', 'outbox', 'audit_log', 'plan_run']) {
      const [row] = (await ds.query(
        `SELECT count(*)::text AS n, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM ${table} x`,
      )) as { n: string; h: string }[];
      out[table] = `${row!.n}:${row!.h}`;
    }
    return out;
  }

  it('replays the recorded requests through the live rules, scaled by growth, without touching a live row', async () => {
    const today = localDateOf(t.now());
    const from = localDateTimeToUtc(addDaysToLocalDate(today, -1), '00:00');
    const to = localDateTimeToUtc(addDaysToLocalDate(today, 15), '00:00');
    const repo = new WhatIfRepository(ds);
    const rows = await repo.demandOfPeriod(ASTANA, from, to);
    const shifts = fleetOfShifts(await repo.shiftsOfPeriod(ASTANA, from, to));
    expect(rows.length).toBeGreaterThan(0);
    expect(shifts.length).toBeGreaterThan(0);
    const before = await live();

    const requests = demandBase(rows, 1.5);
    expect(requests).toHaveLength(rows.length + Math.floor(rows.length / 2));
    const r = await replayWhatIf({
      requests,
      shifts,
      policy: DEMO_POLICY,
      tariffs: [],
      travel: createTravelTimeProvider(t.config),
      replan: { at: '20:00', timeLimitMs: 300 },
    });

    expect(r.outcomes).toHaveLength(requests.length);
    // Every recorded request was accepted by the API under this policy when it was made: the
    // replay, judging it at the same moment by the same rules, accepts it too.
    expect(r.outcomes.filter((o) => o.status === 'REJECTED')).toEqual([]);
    expect(r.outcomes.some((o) => o.status === 'SCHEDULED')).toBe(true);
    expect(r.figures.trips.requested).toBe(requests.length);
    expect(r.figures.productivity.shifts).toBe(shifts.length);
    expect(await live()).toEqual(before);
  });
});
