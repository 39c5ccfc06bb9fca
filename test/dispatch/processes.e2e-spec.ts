// The dispatcher as real processes (node + the test env): killed mid-job, and two at once.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@invataxi/persistence';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { CENTRE, dayAt, Fixtures } from './fixtures';
import { routeProblems } from './route-invariants';

jest.setTimeout(180000);

const ROOT = join(__dirname, '..', '..');

interface Child {
  proc: ChildProcess;
  out: () => string;
  exited: Promise<void>;
}

function startDispatcher(env: Record<string, string>): Child {
  let out = '';
  const proc = spawn(process.execPath, ['-r', './scripts/register.js', 'apps/dispatcher/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      ...env,
      LOG_LEVEL: 'info',
      DISPATCHER_QUEUES: 'outbox,dispatch,maintenance',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  return { proc, out: () => out, exited };
}

async function stop(c: Child, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill(signal);
  await c.exited;
}

/** Random rides over a few hours of a day, around the centre. */
async function manyRides(fx: Fixtures, n: number, day: number, seed: number): Promise<string[]> {
  let x = seed;
  const rnd = () => (x = (x * 16807) % 2147483647) / 2147483647;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const h = 8 + Math.floor(rnd() * 8);
    const m = Math.floor(rnd() * 4) * 15;
    const r = await fx.accepted({
      pickup: { lat: CENTRE.lat + (rnd() - 0.5) * 0.12, lon: CENTRE.lon + (rnd() - 0.5) * 0.16 },
      dropoff: { lat: CENTRE.lat + (rnd() - 0.5) * 0.12, lon: CENTRE.lon + (rnd() - 0.5) * 0.16 },
      pickupAt: dayAt(day, `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      wheelchair: rnd() < 0.15,
    });
    ids.push(r.id);
  }
  return ids;
}

async function fleet(fx: Fixtures, shifts: number, day: number): Promise<void> {
  const provider = await fx.provider();
  for (let i = 0; i < shifts; i++)
    await fx.shift(provider, {
      startsAt: dayAt(day, '07:00'),
      endsAt: dayAt(day, '19:00'),
      depot: { lat: CENTRE.lat + (i % 3) * 0.02 - 0.02, lon: CENTRE.lon + (i % 4) * 0.02 - 0.03 },
      vehicle: i % 3 === 0 ? { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true } : { seats: 3 },
    });
}

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
    const first = startDispatcher(t.env);
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

    const second = startDispatcher(t.env);
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
    const a = startDispatcher(t.env);
    const b = startDispatcher(t.env);
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
