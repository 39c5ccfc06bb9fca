/**
 * End to end as a rider sees it (issue 5): POST /bookings over HTTP at a fixed rate, and the time
 * from sending the POST until GET /bookings/:id through the API shows the booking SCHEDULED.
 *
 * The API, the dispatcher (all its queues: outbox relay -> BullMQ -> solver, notifications, ...)
 * and the stand-ins run as their own processes (test/faults/stack.ts), with the deployed defaults
 * for the relay, worker concurrency, sweeper, pool and rate limits, on a fresh database and queue
 * prefix that are dropped at the end. No Portal: a person registered here is unknown to the
 * stand-in's eligibility look-up. One region (Almaty): one provider with a shift tomorrow for
 * each vehicle of the synthetic city, one person per booking, each booking with its own token.
 *
 * Each booking is followed on its event stream (GET /bookings/:id/events, as the rider's app
 * does); a decided status on the stream (its snapshot or an update) triggers a GET, and the
 * booking counts as seen when that GET answers with it. A GET after 2, 6, 14, 22... s catches
 * an event published between the stream's snapshot and its subscription (counted apart: such a
 * booking is seen late). Where the time goes comes from the booking's outbox row and its
 * dispatch job's BullMQ timestamps (one machine, one clock).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import IORedis from 'ioredis';
import { CONFIG_SCHEMA, type ConfigKey, type Variable } from '@invataxi/config';
import { ALL_DAY_SERVICE_HOURS, NATIONAL_DEFAULT_POLICY, type MobilityNeeds } from '@invataxi/domain';
import { createDataSource } from '@invataxi/persistence';
import { Stack } from '../../test/faults/stack';
import { ALMATY, ALMATY_PLACE, Fixtures } from '../../test/dispatch/fixtures';
import { fleet, requests, Rng } from './synthetic-city';
import { pct } from './stats';

/** Before dispatch has decided: anything else (scheduled, waitlisted, ...) is an answer. */
const UNDECIDED = new Set(['REQUESTED', 'ACCEPTED']);
const decided = (status: string | undefined): status is string => !!status && !UNDECIDED.has(status);
/** The safety poll: 2 s, then 4 s, then every 8 s (under a backlog, polls would add to it). */
const POLL_MS = [2000, 4000, 8000];
const WARM_UP = 20;

/** What the test environment tunes for speed of tests, put back to what a deployment runs. */
const DEPLOYED: ConfigKey[] = [
  'OUTBOX_RELAY_INTERVAL_MS',
  'OUTBOX_BATCH_SIZE',
  'DISPATCHER_QUEUES',
  'DISPATCHER_CONCURRENCY',
  'SWEEPER_INTERVAL_MS',
  'SWEEPER_STALE_AFTER_MS',
  'DATABASE_POOL_SIZE',
  'RATE_LIMIT_BOOKINGS_PER_WINDOW',
];

interface Ride {
  /** Epoch ms: POST sent, POST answered, the stream told a decided status, a GET showed it. */
  sent: number;
  posted?: number;
  streamed?: number;
  seen?: number;
  id?: string;
  /** Status and first reason of a POST refused (4xx); a POST that failed (5xx, network, timeout). */
  refused?: string;
  failed?: string;
  status?: string;
  /** Whether the GET that saw it was prompted by the stream, or came first on its own. */
  via?: 'stream' | 'poll';
}

export interface Stage {
  name: string;
  p50: number;
  p95: number;
}

export interface EndToEndResult {
  sent: number;
  /** Milliseconds from POST sent to SCHEDULED seen through GET, one per scheduled booking. */
  scheduled: number[];
  waitlisted: number[];
  /** Other decided statuses, and POSTs refused (4xx) or failed, by status/reason. */
  other: Record<string, number>;
  refused: Record<string, number>;
  failed: Record<string, number>;
  /** Bookings never seen decided within the time-out (plus failed POSTs): misses, not fast answers. */
  undecided: number;
  /** POST round trips (ms) and the stream's own latency to SCHEDULED (ms). */
  post: number[];
  streamed: number[];
  seenByPoll: number;
  /** Largest delay of a POST behind its slot in the fixed-rate schedule (ms): the client keeping up. */
  sendLagMs: number;
  /** Cumulative milestones from POST sent, for scheduled bookings. */
  stages: Stage[];
  /** CPU milliseconds per booking sent, over the measured phase: api, dispatcher, postgres (this database's backends), client (this process). */
  cpuMsPerBooking: Record<string, number>;
}

/**
 * CPU seconds (user + system) used so far, by process id with its part: this process's children
 * by the app they run (api, dispatcher, simulators), and the PostgreSQL backends serving
 * `database`. From /proc: Linux only, empty elsewhere.
 */
function cpuByProcess(database: string): Map<string, { part: string; seconds: number }> {
  const out = new Map<string, { part: string; seconds: number }>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const part =
        Number(f[1]) === process.pid
          ? /apps\/(\w+)\//.exec(cmd)?.[1]
          : cmd.startsWith('postgres: ') && cmd.includes(` ${database} `)
            ? 'postgres'
            : undefined;
      if (part) out.set(pid, { part, seconds: (Number(f[11]) + Number(f[12])) / 100 });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** CPU milliseconds per booking by part between two readings (a process new since the first counts whole). */
function cpuPerBooking(
  before: Map<string, { part: string; seconds: number }>,
  after: Map<string, { part: string; seconds: number }>,
  n: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [pid, a] of after)
    out[a.part] = (out[a.part] ?? 0) + ((a.seconds - (before.get(pid)?.seconds ?? 0)) * 1000) / n;
  return out;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/**
 * The client's HTTP: node:http over one keep-alive pool. fetch() costs several times the CPU per
 * request, and the client shares the machine with the processes it measures.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

function send(
  url: string,
  o: { method?: string; headers: Record<string, string>; body?: string; timeoutMs: number },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers = o.body
      ? { ...o.headers, 'content-length': String(Buffer.byteLength(o.body)) }
      : o.headers;
    const req = request(url, { method: o.method ?? 'GET', headers, agent, timeout: o.timeoutMs }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('no answer in time'), { name: 'TimeoutError' })),
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

/** Opens a server-sent event stream; `onData` gets each event's data; returns the closer. */
function listen(url: string, headers: Record<string, string>, onData: (data: string) => void): () => void {
  const req = request(url, { headers, agent }, (res) => {
    if (res.statusCode !== 200) return void res.resume();
    res.setEncoding('utf8');
    let buf = '';
    res.on('data', (chunk: string) => {
      buf += chunk;
      for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
        const data = buf
          .slice(0, i)
          .split('\n')
          .find((l) => l.startsWith('data: '));
        buf = buf.slice(i + 2);
        if (data) onData(data.slice(6));
      }
    });
    res.on('error', () => undefined);
  });
  req.on('error', () => undefined);
  req.end();
  return () => req.destroy();
}

/** Follows one booking until a GET shows a decided status, or the deadline. */
async function follow(base: string, auth: string, ride: Ride, deadline: number): Promise<void> {
  const headers = { authorization: auth };
  let wake: (() => void) | null = null;
  let pending = false;
  let told = false;
  const nudge = (): void => {
    const w = wake;
    wake = null;
    if (w) w();
    else pending = true;
  };
  const pause = (ms: number): Promise<void> => {
    if (pending) {
      pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  };
  const close = listen(`${base}/bookings/${ride.id}/events`, headers, (data) => {
    const ev = JSON.parse(data) as { type?: string; status?: string };
    if (ev.type !== 'status' || !decided(ev.status)) return;
    ride.streamed ??= Date.now();
    told = true;
    nudge();
  });
  try {
    for (let look = 0; ; look++) {
      await pause(Math.min(POLL_MS[Math.min(look, POLL_MS.length - 1)], deadline - Date.now()));
      const prompted = told;
      try {
        const r = await send(`${base}/bookings/${ride.id}`, { headers, timeoutMs: 10_000 });
        const b = (r.status === 200 ? JSON.parse(r.text) : {}) as { status?: string };
        if (decided(b.status)) {
          ride.seen = Date.now();
          ride.status = b.status;
          ride.via = prompted ? 'stream' : 'poll';
          return;
        }
      } catch {
        // a slow or failed GET: the next look decides
      }
      if (Date.now() >= deadline) return;
    }
  } finally {
    close();
  }
}

/** What a 4xx/5xx body names first: a refusal reason, a field error, or the status alone. */
function reasonOf(status: number, text: string): string {
  try {
    const b = JSON.parse(text) as { reasons?: { code?: string }[]; errors?: { field?: string }[] };
    return `${status} ${b.reasons?.[0]?.code ?? b.errors?.[0]?.field ?? ''}`.trim();
  } catch {
    return String(status);
  }
}

async function book(base: string, auth: string, body: object, ride: Ride, timeoutMs: number): Promise<void> {
  ride.sent = Date.now();
  try {
    const r = await send(`${base}/bookings`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
      timeoutMs,
    });
    ride.posted = Date.now();
    if (r.status !== 201) {
      if (r.status < 500) ride.refused = reasonOf(r.status, r.text);
      else ride.failed = reasonOf(r.status, r.text);
      return;
    }
    ride.id = (JSON.parse(r.text) as { bookings: { id: string }[] }).bookings[0].id;
  } catch (e) {
    ride.failed = (e as NodeJS.ErrnoException).code ?? (e as Error).name;
    return;
  }
  await follow(base, auth, ride, ride.sent + timeoutMs);
}

/** Fires `count` bookings at `rps` (each on its slot, not waiting for the previous one). */
async function fire(
  base: string,
  count: number,
  rps: number,
  timeoutMs: number,
  booking: (i: number) => { auth: string; body: object },
): Promise<{ rides: Ride[]; lag: number }> {
  const rides: Ride[] = [];
  const running: Promise<void>[] = [];
  let lag = 0;
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rps;
    await sleep(due - Date.now());
    lag = Math.max(lag, Date.now() - due);
    const ride: Ride = { sent: 0 };
    rides.push(ride);
    const { auth, body } = booking(i);
    running.push(book(base, auth, body, ride, timeoutMs));
  }
  await Promise.all(running);
  return { rides, lag };
}

/** Milestones of scheduled bookings, from the outbox row and the dispatch job in Redis. */
async function stagesOf(stack: Stack, rides: Ride[]): Promise<Stage[]> {
  const ds = await createDataSource({ url: stack.t.config.DATABASE_URL, poolSize: 1 }).initialize();
  const redis = new IORedis(stack.t.config.REDIS_URL, { maxRetriesPerRequest: 3 });
  try {
    const byId = new Map(rides.filter((r) => r.status === 'SCHEDULED').map((r) => [r.id as string, r]));
    const rows: { bookingId: string; jobId: string; committed: number; relayed: number }[] = await ds.query(
      `SELECT payload->>'bookingId' AS "bookingId", job_id AS "jobId",
              extract(epoch FROM created_at) * 1000 AS committed, extract(epoch FROM sent_at) * 1000 AS relayed
         FROM outbox WHERE job_name = 'dispatch.booking' AND payload->>'bookingId' = ANY($1::text[])`,
      [[...byId.keys()]],
    );
    const marks: Record<string, number[]> = {
      'POST answered': [],
      'outbox row written (POST transaction began)': [],
      'job added to BullMQ by the relay': [],
      'job taken by a worker': [],
      'job finished (placed, committed, announced)': [],
      'SCHEDULED seen via GET': [],
    };
    const [posted, written, added, taken, finished, seen] = Object.values(marks);
    for (const row of rows) {
      const ride = byId.get(row.bookingId) as Ride;
      const [ts, on, off] = await redis.hmget(
        `${stack.t.config.QUEUE_PREFIX}:dispatch:${row.jobId}`,
        'timestamp',
        'processedOn',
        'finishedOn',
      );
      if (!ts || !on || !off) continue;
      posted.push((ride.posted as number) - ride.sent);
      written.push(Number(row.committed) - ride.sent);
      added.push(Number(ts) - ride.sent);
      taken.push(Number(on) - ride.sent);
      finished.push(Number(off) - ride.sent);
      seen.push((ride.seen as number) - ride.sent);
    }
    return Object.entries(marks).map(([name, xs]) => ({ name, p50: pct(xs, 50), p95: pct(xs, 95) }));
  } finally {
    redis.disconnect();
    await ds.destroy();
  }
}

export async function endToEnd(o: {
  rps: number;
  seconds: number;
  vehicles: number;
  timeoutMs: number;
  /** Settings on top of the deployed defaults (to try one, e.g. DISPATCHER_CONCURRENCY). */
  env?: Record<string, string>;
  dayStart: Date;
  log: (line: string) => void;
}): Promise<EndToEndResult> {
  const deployed = Object.fromEntries(
    DEPLOYED.map((k) => [k, (CONFIG_SCHEMA[k] as Variable).default as string]),
  );
  const stack = await Stack.start({ ...deployed, PORTAL_URL: '', ...o.env });
  const stop = async (): Promise<void> => {
    const stopped = await Promise.race([stack.stop().then(() => true), sleep(30_000).then(() => false)]);
    if (stopped) return;
    for (const name of ['api', 'dispatcher', 'simulators']) await stack.kill(name);
    await stack.t.teardown();
  };
  const interrupted = (): void => void stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    const ds = await createDataSource({ url: stack.t.config.DATABASE_URL, poolSize: 2 }).initialize();
    const rng = new Rng(20260303);
    const n = o.rps * o.seconds;
    const trips = requests(rng, WARM_UP + n, o.dayStart);
    const people: string[] = [];
    const tokens: string[] = [];
    try {
      const officer = stack.t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ALMATY });
      const policy = await fetch(`${stack.apiUrl}/regions/${ALMATY}/policies`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          rules: {
            ...NATIONAL_DEFAULT_POLICY,
            serviceHours: ALL_DAY_SERVICE_HOURS,
            serviceAreaKato: [ALMATY],
            tripsPerMonth: null,
          },
        }),
      });
      if (policy.status !== 201) throw new Error(`policy: ${policy.status} ${await policy.text()}`);
      const fx = new Fixtures(ds);
      const provider = await fx.provider();
      for (const v of fleet(rng, o.vehicles, o.dayStart))
        await fx.shift(provider, {
          startsAt: v.shift.startsAt,
          endsAt: v.shift.endsAt,
          depot: { lat: v.shift.startLat, lon: v.shift.startLon },
          vehicle: {
            seats: v.shift.seats,
            wheelchairPlaces: v.shift.wheelchairPlaces,
            ramp: v.shift.hasRamp,
            restraints: v.shift.hasRestraints,
          },
        });
      for (const t of trips) {
        const id = await fx.beneficiary(t.mobility as MobilityNeeds);
        tokens.push(
          `Bearer ${stack.t.token({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: id })}`,
        );
        people.push(id);
      }
      await ds.query(`UPDATE beneficiary SET companion_entitled = true`);
    } finally {
      await ds.destroy();
    }
    const booking = (i: number) => {
      const t = trips[i];
      const wheelchair = t.loadWheelchairPlaces > 0;
      return {
        auth: tokens[i],
        body: {
          beneficiaryId: people[i],
          pickup: { address: 'Bench pickup 1', lat: t.pickupLat, lon: t.pickupLon, kato: ALMATY_PLACE },
          dropoff: { address: 'Bench drop-off 1', lat: t.dropoffLat, lon: t.dropoffLon, kato: ALMATY_PLACE },
          timeAnchor: 'PICKUP',
          time: t.pickupEarliest.toISOString(),
          purpose: 'MEDICAL',
          companions: t.loadSeats - (wheelchair ? 0 : 1),
        },
      };
    };
    // Warm-up, not measured: JIT, pools, and the dispatcher is consuming once these are decided.
    const warm = await fire(stack.apiUrl, WARM_UP, 10, 60_000, booking);
    const cold = warm.rides.filter((r) => !r.status);
    if (cold.length)
      throw new Error(
        `warm-up: ${cold.length}/${WARM_UP} undecided (${cold.map((r) => r.refused ?? r.failed ?? 'no status').join(', ')})\n${stack.tail('api')}\n${stack.tail('dispatcher')}`,
      );
    o.log(
      `end to end: ${o.vehicles} shifts, ${n} bookings at ${o.rps}/s over HTTP (warm-up of ${WARM_UP} done); ` +
        `dispatcher concurrency ${stack.t.config.DISPATCHER_CONCURRENCY}, outbox relay every ${stack.t.config.OUTBOX_RELAY_INTERVAL_MS} ms or at commit`,
    );
    const [cpu0, client0] = [cpuByProcess(stack.t.dbName), process.cpuUsage()];
    const { rides, lag } = await fire(stack.apiUrl, n, o.rps, o.timeoutMs, (i) => booking(WARM_UP + i));
    const [cpu1, client] = [cpuByProcess(stack.t.dbName), process.cpuUsage(client0)];
    const cpuMsPerBooking: Record<string, number> = {
      ...cpuPerBooking(cpu0, cpu1, n),
      client: (client.user + client.system) / 1000 / n,
    };
    const ms = (s: string) => rides.filter((r) => r.status === s).map((r) => (r.seen as number) - r.sent);
    const count = (xs: (string | undefined)[]) =>
      xs.reduce<Record<string, number>>((m, k) => (k ? { ...m, [k]: (m[k] ?? 0) + 1 } : m), {});
    return {
      sent: n,
      scheduled: ms('SCHEDULED'),
      waitlisted: ms('WAITLISTED'),
      other: count(
        rides.map((r) => (r.status === 'SCHEDULED' || r.status === 'WAITLISTED' ? undefined : r.status)),
      ),
      refused: count(rides.map((r) => r.refused)),
      failed: count(rides.map((r) => r.failed)),
      undecided: rides.filter((r) => r.id && !r.status).length,
      post: rides.filter((r) => r.posted).map((r) => (r.posted as number) - r.sent),
      streamed: rides
        .filter((r) => r.status === 'SCHEDULED' && r.streamed)
        .map((r) => (r.streamed as number) - r.sent),
      seenByPoll: rides.filter((r) => r.via === 'poll').length,
      sendLagMs: lag,
      stages: await stagesOf(stack, rides),
      cpuMsPerBooking,
    };
  } finally {
    process.removeListener('SIGINT', interrupted);
    agent.destroy();
    await stop();
  }
}
