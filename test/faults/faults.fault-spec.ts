import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { type DataSource } from 'typeorm';
import { createDataSource } from '@invataxi/persistence';
import {
  bookingsAt,
  portalVerdict,
  verdict,
  waitPortalSynced,
  waitQuiet,
  type PortalReceived,
} from './checks';
import { drive, populationFor, seedCity, sendAgain, type City, type DriveResult } from './load';
import { Stack } from './stack';

/**
 * Fault tests (issue #10): a steady stream of bookings, through the API and as orders of the
 * Portal stand-in, while a fault hits a real process or server; then PostgreSQL and the Portal's
 * record are checked. The database and queues live on a PostgreSQL and a Redis of this file's
 * own (test/faults/servers.ts), which the tests stop and kill; the machine's shared servers are
 * never touched. Loopback only; every loop is bounded in count and time.
 */
// The rate (2,000 a minute), for half a minute per scenario: CI stays well inside 15 minutes.
const BOOKINGS = Number(process.env.FAULT_BOOKINGS ?? 1000);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 30);
const SCENARIOS = 4;
const POPULATION = populationFor(SCENARIOS * BOOKINGS);
const REDIS_DOWN_MS = 18_000;
const POSTGRES_DOWN_MS = 8_000;
const PORTAL_DOWN_MS = 20_000;
const PORTAL_SLOW_MS = 8_000;

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'faults');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults: nothing accepted through the API or from the Portal is lost, whatever fails', () => {
  let stack: Stack;
  let ds: DataSource;
  let city: City;
  let offset = 0;
  /** What earlier Portal processes recorded (a restarted one starts empty). */
  const portalArchive: PortalReceived[] = [];
  const report: string[] = [];
  /** Scenarios that found something: the processes' last log lines are printed at the end. */
  const troubled = new Set<string>();

  beforeAll(async () => {
    stack = await Stack.start(
      // Shorter than the Portal's "slow" answers below: our calls time out and are sent again.
      { PORTAL_TIMEOUT_MS: '2000' },
      { privateServers: true, portalPopulation: POPULATION.portalPeople },
    );
    ds = await createDataSource({ url: stack.t.config.DATABASE_URL, poolSize: 4 }).initialize();
    city = await seedCity(ds, stack.t.config, stack.apiUrl, POPULATION.people, 40, POPULATION.portalPeople);
  }, 300_000);

  afterAll(async () => {
    process.stdout.write(`\nfault tests\n${report.join('\n')}\n`);
    if (stack && (process.env.FAULTS_VERBOSE === '1' || troubled.size > 0 || report.length < 4)) {
      for (const p of ['api', 'dispatcher', 'simulators', 'portal'])
        process.stdout.write(`--- ${p}\n${stack.tail(p)}\n`);
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, 'processes.log'), stack.logs.join('\n'));
      process.stdout.write(`(every process's log: ${join(ARTIFACTS, 'processes.log')})\n`);
    }
    await ds?.destroy();
    await stack?.stop();
  }, 120_000);

  /**
   * Drives one stream while `fault` runs (it may wait for the stream: `load`), waits until every
   * accepted booking is decided and the Portal told, checks (the common checks, then the
   * scenario's own: `more`), reports.
   */
  async function run(
    name: string,
    fault: (load: Promise<DriveResult>) => Promise<string>,
    more: (result: DriveResult) => void = () => undefined,
  ): Promise<void> {
    const started = Date.now();
    const load = drive(stack, city, offset, BOOKINGS, SECONDS);
    offset += BOOKINGS;
    const injected = await fault(load);
    const result = await load;
    // Booked although the client was never told: checked like the rest.
    const untold = await bookingsAt(ds, result.inDoubt);
    const booked = [...result.accepted, ...untold];
    const undecided = await waitQuiet(ds, booked);
    const unsynced = await waitPortalSynced(
      ds,
      result.portalOrders.map((o) => o.bookingId),
    );
    const received = [...portalArchive, ...(await stack.portal<PortalReceived[]>('GET', '/statuses'))];
    const v = await verdict(ds, booked);
    const p = await portalVerdict(ds, result.portalOrders, received);
    const unavailable = (result.retried['503'] ?? 0) + (result.retried['portal 503'] ?? 0);
    report.push(
      `  ${name}: ${injected}\n` +
        `    bookings driven=${BOOKINGS}, accepted=${result.accepted.length} (portal ${p.orders}), refused=${JSON.stringify(result.refused)}, ` +
        `in doubt (409 on a retry)=${result.inDoubt.length} of which booked=${untold.length}, gave up=${result.gaveUp}, 503 answers=${unavailable}, client retries=${JSON.stringify(result.retried)}\n` +
        `    lost=${v.lost}, undecided=${undecided}, duplicates=${v.duplicates}, twice assigned=${v.twiceAssigned}, ` +
        `over capacity=${v.overCapacity}, broken windows=${v.brokenWindows}, dead letters=${JSON.stringify(v.deadLetters)}; ` +
        `statuses=${JSON.stringify(v.byStatus)}\n` +
        `    portal: orders lost=${p.lost}, orders booked twice=${p.duplicates}, statuses owed=${p.owed}, ` +
        `undelivered=${p.undelivered} (unacknowledged ${unsynced}), wrong=${p.wrongStatus}, stale repeats dropped=${p.stale}; ` +
        `${Math.round((Date.now() - started) / 1000)} s`,
    );
    troubled.add(name);
    expect(result.unexpected).toEqual([]);
    expect(result.gaveUp).toBe(0);
    expect(v.accepted).toBeGreaterThan(0);
    expect(p.orders).toBeGreaterThan(0);
    expect({
      lost: v.lost,
      undecided: v.undecided,
      duplicates: v.duplicates,
      twiceAssigned: v.twiceAssigned,
      overCapacity: v.overCapacity,
      brokenWindows: v.brokenWindows,
      deadLetters: v.deadLetters,
      portalOrdersLost: p.lost,
      portalOrdersBookedTwice: p.duplicates,
      portalStatusesUndelivered: p.undelivered,
      portalStatusesWrong: p.wrongStatus,
    }).toEqual({
      lost: 0,
      undecided: 0,
      duplicates: 0,
      twiceAssigned: 0,
      overCapacity: 0,
      brokenWindows: 0,
      deadLetters: {},
      portalOrdersLost: 0,
      portalOrdersBookedTwice: 0,
      portalStatusesUndelivered: 0,
      portalStatusesWrong: 0,
    });
    more(result);
    troubled.delete(name);
  }

  it('dispatcher killed with SIGKILL three times and restarted: every accepted booking decided once, Portal told', async () => {
    await run('dispatcher SIGKILL x3', async () => {
      for (let i = 0; i < 3; i++) {
        await sleep((SECONDS * 1000) / 4);
        await stack.kill('dispatcher', 'SIGKILL');
        await sleep(1000);
        await stack.restart('dispatcher');
      }
      return '3 SIGKILLs, each restarted after 1 s';
    });
  }, 400_000);

  it(`Redis emptied by FLUSHALL, then killed with SIGKILL and replaced by an empty one ${REDIS_DOWN_MS / 1000} s later: nothing lost`, async () => {
    await run('Redis flushed, then lost', async () => {
      const redis = stack.servers!.redis;
      await sleep((SECONDS * 1000) / 4);
      const client = new IORedis(redis.url, { maxRetriesPerRequest: 1 });
      await client.flushall();
      client.disconnect();
      await sleep((SECONDS * 1000) / 4);
      await redis.kill();
      const down = Date.now();
      await sleep(REDIS_DOWN_MS);
      await redis.start();
      return `FLUSHALL; SIGKILL, down ${Math.round((Date.now() - down) / 1000)} s, an empty Redis started`;
    });
  }, 400_000);

  it(`PostgreSQL stopped for ${POSTGRES_DOWN_MS / 1000} s: the API answers 503 with Retry-After meanwhile, never 500 or silence, then recovers by itself`, async () => {
    const outage = { from: 0, to: 0 };
    await run(
      'PostgreSQL stopped and started',
      async () => {
        const pg = stack.servers!.postgres;
        await sleep((SECONDS * 1000) / 3);
        outage.from = Date.now();
        await pg.stop();
        const down = Date.now();
        await sleep(POSTGRES_DOWN_MS);
        await pg.start();
        outage.to = Date.now();
        return `stop -m fast, down ${Math.round((Date.now() - down) / 1000)} s, start`;
      },
      (result) => {
        // Sent while the server was stopping, down or starting: answered (503 with Retry-After:
        // checked per answer), not left hanging until the client gives up.
        const during = result.attempts.filter((x) => x.at >= outage.from && x.at < outage.to);
        const slowest = Math.max(...during.map((x) => x.ms));
        report.push(
          `    while PostgreSQL was away: ${during.length} requests, ${during.filter((x) => x.answered === 503).length} answered 503, slowest answer ${slowest} ms`,
        );
        expect(during.filter((x) => x.answered === 503).length).toBeGreaterThan(0);
        expect(during.filter((x) => x.answered === null)).toEqual([]);
      },
    );
  }, 400_000);

  it(`Portal failing, then its process killed for ${PORTAL_DOWN_MS / 1000} s, then slower than our timeout, then sending every order again: each order one booking, every status delivered in order`, async () => {
    let again = { copies: 0, wrong: [] as string[] };
    await run(
      'Portal down, slow, duplicating',
      async (load) => {
        await sleep((SECONDS * 1000) / 5);
        // Failing first (503 to every call), so that what it acknowledged before can be read back.
        await stack.portal('POST', '/mode', { failStatus: 503 });
        await sleep(1000);
        portalArchive.push(...(await stack.portal<PortalReceived[]>('GET', '/statuses')));
        await stack.kill('portal', 'SIGKILL');
        const down = Date.now();
        await sleep(PORTAL_DOWN_MS);
        await stack.restart('portal');
        const gone = Math.round((Date.now() - down) / 1000);
        await stack.portal('POST', '/mode', { delayMs: 2500 });
        await sleep(PORTAL_SLOW_MS);
        await stack.portal('POST', '/mode', {});
        again = await sendAgain(stack, (await load).portalOrders);
        return (
          `503 for 1 s, SIGKILL, down ${gone} s, restarted empty; answers after 2.5 s for ${PORTAL_SLOW_MS / 1000} s; ` +
          `then ${again.copies} repeated orders (2 copies at once under the first event id, 1 under a new one)`
        );
      },
      () => {
        expect(again.copies).toBeGreaterThan(0);
        expect(again.wrong).toEqual([]);
      },
    );
  }, 400_000);
});
