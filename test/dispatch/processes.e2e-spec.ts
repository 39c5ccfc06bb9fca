// The dispatcher as real processes (node + the test env): killed mid-job, and two at once.
import IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@invataxi/persistence';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { Fixtures } from './fixtures';
import { fleet, manyRides } from './busy-day';
import { startDispatcher, stopProcess as stop, type Child } from '../support/processes';
import { routeProblems } from './route-invariants';

jest.setTimeout(180000);

const undecided = async (ds: DataSource, ids: string[]): Promise<number> =>
  (
    await ds.query(
      `SELECT count(*)::int AS n FROM booking WHERE id = ANY($1::uuid[]) AND status = 'ACCEPTED'`,
      [ids],
    )
  )[0].n;

describe('dispatcher processes: killed mid-job, and two at once', () => {
  let t: TestEnv;
  let ds: DataSource;
  let fx: Fixtures;
  const children: Child[] = [];

  beforeAll(async () => {
    // A killed worker's job comes back when its lock lapses: the sweeper's safety net is fast here.
    t = await createTestEnv({ SWEEPER_INTERVAL_MS: '2000', SWEEPER_STALE_AFTER_MS: '3000' });
    ds = await createDataSource({ url: t.config.DATABASE_URL, poolSize: 4 }).initialize();
    fx = new Fixtures(ds);
  });

  afterAll(async () => {
    for (const c of children) await stop(c, 'SIGKILL');
    await ds?.destroy();
    await t?.teardown();
  });

  it('a worker killed mid-job leaves no half-written route, and the work completes after a restart', async () => {
    await fleet(fx, 8, 1);
    const ids = await manyRides(fx, 60, 1, 7);
    const first = startDispatcher(t.env, 'outbox,dispatch,maintenance');
    children.push(first);
    const redis = new IORedis(t.config.REDIS_URL);
    // Kill it while it is placing bookings: some done, a job active right now.
    await eventually(
      async () => {
        const active = await redis.llen(`${t.config.QUEUE_PREFIX}:dispatch:active`);
        const left = await undecided(ds, ids);
        return active > 0 && left < ids.length - 3 && left > 10;
      },
      60000,
      5,
    );
    await stop(first, 'SIGKILL');
    redis.disconnect();
    const leftAtKill = await undecided(ds, ids);
    expect(leftAtKill).toBeGreaterThan(0);
    expect(await routeProblems(ds, t.config)).toEqual([]);

    const second = startDispatcher(t.env, 'outbox,dispatch,maintenance');
    children.push(second);
    await eventually(async () => (await undecided(ds, ids)) === 0, 120000, 250);
    expect(await routeProblems(ds, t.config)).toEqual([]);
    const statuses: { status: string; n: number }[] = await ds.query(
      `SELECT status, count(*)::int AS n FROM booking WHERE id = ANY($1::uuid[]) GROUP BY status`,
      [ids],
    );
    expect(statuses.find((s) => s.status === 'SCHEDULED')?.n).toBeGreaterThan(20);
    await stop(second);
  });

  it('two dispatcher processes share the work and never assign a booking twice or corrupt a route', async () => {
    await fleet(fx, 8, 2);
    const a = startDispatcher(t.env, 'outbox,dispatch,maintenance');
    const b = startDispatcher(t.env, 'outbox,dispatch,maintenance');
    children.push(a, b);
    await eventually(
      async () => a.out().includes('dispatcher consuming') && b.out().includes('dispatcher consuming'),
      60000,
    );
    const ids = await manyRides(fx, 80, 2, 11);
    await eventually(async () => (await undecided(ds, ids)) === 0, 120000, 250);
    expect(await routeProblems(ds, t.config)).toEqual([]);
    const count = (c: Child) =>
      c
        .out()
        .split('\n')
        .filter((l) => l.includes('"msg":"dispatch"')).length;
    expect(count(a)).toBeGreaterThan(0);
    expect(count(b)).toBeGreaterThan(0);
    expect(count(a) + count(b)).toBeGreaterThanOrEqual(ids.length);
    await stop(a);
    await stop(b);
  });
});
