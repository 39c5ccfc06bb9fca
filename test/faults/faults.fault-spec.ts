import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import IORedis from 'ioredis';
import { type DataSource } from 'typeorm';
import { createDataSource } from '@invataxi/persistence';
import { verdict, waitQuiet } from './checks';
import { drive, seedCity, type City, type DriveResult } from './load';
import { Stack } from './stack';

/**
 * Fault tests (issue #10): a steady stream of bookings while a fault hits a real process or
 * server, then the database is checked. Loopback only; every loop is bounded in count and
 * time. Faults that restart the shared PostgreSQL or Redis run only where nothing else shares
 * them (CI, or FAULTS_EXCLUSIVE=1); elsewhere the Redis loss is confined to this run's keys.
 */
const BOOKINGS = Number(process.env.FAULT_BOOKINGS ?? 400);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 20);
const EXCLUSIVE = process.env.FAULTS_EXCLUSIVE === '1';
const REDIS_START = `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log`;

function pgVersion(): string {
  return readdirSync('/etc/postgresql')
    .sort((a, b) => Number(a) - Number(b))
    .at(-1)!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('nothing accepted is lost, whatever crashes', () => {
  let stack: Stack;
  let ds: DataSource;
  let city: City;
  let offset = 0;
  const report: string[] = [];

  beforeAll(async () => {
    stack = await Stack.start();
    ds = await createDataSource({ url: stack.t.config.DATABASE_URL, poolSize: 4 }).initialize();
    city = await seedCity(ds, stack.t.config, stack.apiUrl, 300, 40);
  }, 300_000);

  afterAll(async () => {
    process.stdout.write(`\nfault tests\n${report.join('\n')}\n`);
    if (process.env.FAULTS_VERBOSE === '1' || report.length < 3)
      for (const p of ['api', 'dispatcher', 'simulators'])
        process.stdout.write(`--- ${p}\n${stack?.tail(p)}\n`);
    await ds?.destroy();
    await stack?.stop();
  });

  async function run(name: string, inject: () => Promise<string>): Promise<void> {
    const load = drive(stack.apiUrl, city, offset, BOOKINGS, SECONDS);
    offset += BOOKINGS;
    const injected = await inject();
    const result: DriveResult = await load;
    const undecided = await waitQuiet(ds, result.accepted);
    const v = await verdict(ds, result.accepted);
    report.push(
      `  ${name}: faults=${injected}; bookings driven=${BOOKINGS}, accepted=${v.accepted}, refused=${result.refused}, ` +
        `gave up=${result.gaveUp}, client retries=${JSON.stringify(result.retried)}; lost=${v.lost}, undecided=${undecided}, ` +
        `duplicates=${v.duplicates}, twice assigned=${v.twiceAssigned}, over capacity=${v.overCapacity}, broken windows=${v.brokenWindows}; ` +
        `statuses=${JSON.stringify(v.byStatus)}; dead letters=${JSON.stringify(v.deadLetters)}`,
    );
    expect(result.serverErrors).toEqual([]);
    expect(result.gaveUp).toBe(0);
    expect(v.accepted).toBeGreaterThan(0);
    expect({
      lost: v.lost,
      undecided: v.undecided,
      duplicates: v.duplicates,
      twiceAssigned: v.twiceAssigned,
      overCapacity: v.overCapacity,
      brokenWindows: v.brokenWindows,
    }).toEqual({
      lost: 0,
      undecided: 0,
      duplicates: 0,
      twiceAssigned: 0,
      overCapacity: 0,
      brokenWindows: 0,
    });
  }

  it('survives the dispatcher killed with SIGKILL three times', async () => {
    await run('dispatcher SIGKILL x3', async () => {
      for (let i = 0; i < 3; i++) {
        await sleep((SECONDS * 1000) / 4);
        await stack.kill('dispatcher', 'SIGKILL');
        await sleep(1000);
        await stack.restartDispatcher();
      }
      return '3 SIGKILLs';
    });
  }, 400_000);

  it('survives Redis losing everything, then Redis stopped for 20 s', async () => {
    await run('Redis flushed, then stopped 20 s', async () => {
      await sleep((SECONDS * 1000) / 3);
      const redis = new IORedis(stack.t.config.REDIS_URL);
      if (EXCLUSIVE) await redis.flushall();
      else {
        const keys = await redis.keys(`${stack.t.config.QUEUE_PREFIX}:*`);
        if (keys.length) await redis.del(...keys);
      }
      redis.disconnect();
      if (!EXCLUSIVE) return "flush of this run's keys (shared Redis: stop skipped)";
      await sleep((SECONDS * 1000) / 3);
      execSync('redis-cli -h 127.0.0.1 -p 6379 shutdown nosave || true');
      await sleep(20_000);
      execSync(REDIS_START);
      return 'FLUSHALL + 20 s stop';
    });
  }, 400_000);

  it('survives PostgreSQL restarting: 503 with Retry-After while down, then recovers by itself', async () => {
    await run('PostgreSQL restarted', async () => {
      if (!EXCLUSIVE) return 'skipped (shared PostgreSQL; set FAULTS_EXCLUSIVE=1)';
      await sleep((SECONDS * 1000) / 3);
      const v = pgVersion();
      execSync(`pg_ctlcluster --skip-systemctl-redirect ${v} main stop -m fast`);
      await sleep(8000);
      execSync(`pg_ctlcluster --skip-systemctl-redirect ${v} main start`);
      return 'stop -m fast, 8 s down, start';
    });
  }, 400_000);
});
