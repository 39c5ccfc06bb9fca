/**
 * npm run bench:api — POST /bookings through the whole stack (auth, validation, policy checks,
 * quota and overlap under the person's row lock, insert, transition to ACCEPTED, audit, outbox):
 * 20 s at full speed (autocannon, 32 connections), then 20 s at a steady 200 requests/s (an
 * open-loop generator: evenly spaced, latency from each request's due time). Own database, 10,000
 * beneficiaries seeded in one region by bulk INSERT, the API as a child process (its own event
 * loop, as in production), the load in this one. Every request is valid and distinct (person, time).
 * Last line: bench:api bookings_per_s=<n> p50_ms=<n> p99_ms=<n> p99_ms_at_200rps=<n>
 *
 * Env: BENCH_DURATION_S (20), BENCH_CONNECTIONS (32), BENCH_IDEMPOTENCY=1 (send Idempotency-Key),
 * BENCH_PG_SOCKET_DIR ('' = TCP), BENCH_POOL_SIZE (20, per API worker), BENCH_API_WORKERS (API_WORKERS; the
 * number of cores), BENCH_CPU_PROF=<dir> (run the API under node --cpu-prof, profile written there on exit).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import {
  ALL_DAY_SERVICE_HOURS,
  NATIONAL_DEFAULT_POLICY,
  addDaysToLocalDate,
  buildIin,
  localDateOf,
  localDateTimeToUtc,
  maskIin,
} from '@invataxi/domain';
import { createDataSource, IinCipher, runMigrations } from '@invataxi/persistence';
import { signToken } from '@invataxi/auth';
import { deleteRedisPrefix } from '../../test/support/test-env';
import { childPids } from '../../test/support/processes';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const IDEMPOTENCY = process.env.BENCH_IDEMPOTENCY === '1';
const PEOPLE = 10_000;
const REGION = '710000000';
const DISTRICTS = ['711210000', '711310000', '711410000', '711510000', '711610000'];
const ROOT = join(__dirname, '..', '..');
const SOCKET_DIR =
  process.env.BENCH_PG_SOCKET_DIR ??
  (existsSync('/var/run/postgresql/.s.PGSQL.5432') ? '/var/run/postgresql' : '');

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** 10,000 people in Astana, sealed IINs, by multi-row INSERTs of 1,000. */
async function seed(url: string, cipher: IinCipher): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const ids: string[] = [];
  try {
    const rules = {
      ...NATIONAL_DEFAULT_POLICY,
      serviceHours: ALL_DAY_SERVICE_HOURS,
      serviceAreaKato: [REGION],
      tripsPerMonth: null,
      maxHorizonDays: 30,
    };
    await c.query(
      `INSERT INTO service_policy (region_kato, version, effective_from, rules) VALUES ($1, 1, now() - interval '1 day', $2)`,
      [REGION, JSON.stringify(rules)],
    );
    for (let start = 0; start < PEOPLE; start += 1000) {
      const values: unknown[] = [];
      const rows: string[] = [];
      for (let i = start; i < Math.min(PEOPLE, start + 1000); i++) {
        const id = randomUUID();
        ids.push(id);
        const birth = `19${String(50 + (i % 45)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        const iin = buildIin(birth, i % 2 ? 'MALE' : 'FEMALE', i % 10_000);
        const s = cipher.seal(iin);
        const p = values.length;
        rows.push(
          `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, 'Bench Person', $${p + 6}, $${p + 7}, $${p + 8}, 'Bench street 1', 51.13, 71.43, 'ADULT_GROUP_1', '{"wheelchair":"NONE","needsRamp":false,"needsLift":false,"visual":false,"hearing":false,"intellectual":false,"guideDog":false}', 1)`,
        );
        values.push(
          id,
          s.ciphertext,
          s.keyId,
          s.hash,
          maskIin(iin),
          birth,
          i % 2 ? 'M' : 'F',
          DISTRICTS[i % DISTRICTS.length],
        );
      }
      await c.query(
        `INSERT INTO beneficiary (id, iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex, residence_kato,
           residence_address, residence_lat, residence_lon, disability_category, mobility, version) VALUES ${rows.join(', ')}`,
        values,
      );
    }
  } finally {
    await c.end();
  }
  return ids;
}

async function startApi(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const args = [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    '-r',
    './scripts/register.js',
    'apps/api/src/main.ts',
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`);
      if (r.ok) return child;
    } catch {
      // not yet listening
    }
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('api did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds the API has used so far: its process and its workers (API_WORKERS). */
function apiCpuSeconds(pid: number | undefined): number {
  const children = childPids(Number(pid));
  return children.reduce((sum, c) => sum + cpuSeconds(c), cpuSeconds(pid));
}

/** CPU seconds used so far by every PostgreSQL process of this machine, by pid (Linux). */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      out.set(Number(entry), cpuSeconds(Number(entry)));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/**
 * Where the CPU of a phase went, per booking: the API, PostgreSQL (its backends and background
 * processes: a backend that ended during the phase is missed) and this load generator. On two
 * cores, 1,000 bookings/s leaves 2 ms in all.
 */
async function withCpuShares<P extends { ok: number }>(
  apiPid: number | undefined,
  run: () => Promise<P>,
): Promise<P & { cpu: string }> {
  const api0 = apiCpuSeconds(apiPid);
  const pg0 = postgresCpu();
  const self0 = process.cpuUsage();
  const r = await run();
  const self = process.cpuUsage(self0);
  let pg = 0;
  for (const [pid, now] of postgresCpu()) pg += now - (pg0.get(pid) ?? 0);
  const per = (seconds: number): string => ((seconds * 1000) / Math.max(1, r.ok)).toFixed(2);
  const api = apiCpuSeconds(apiPid) - api0;
  const gen = (self.user + self.system) / 1e6;
  return {
    ...r,
    cpu: `CPU per booking: API ${per(api)} ms, PostgreSQL ${per(pg)} ms, load generator ${per(gen)} ms, all three ${per(api + pg + gen)} ms`,
  };
}

interface Phase {
  reqPerSec: number;
  ok: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** The n-th request: person n mod 10,000; every 10,000 requests the next 2-hour slot, from tomorrow on. */
function bookingRequest(
  ids: string[],
  tokens: string[],
  n: number,
  today: string,
): { headers: Record<string, string>; body: string } {
  const person = n % PEOPLE;
  const slot = Math.floor(n / PEOPLE);
  const day = addDaysToLocalDate(today, 1 + Math.floor(slot / 12));
  const time = localDateTimeToUtc(
    day,
    `${String((slot % 12) * 2).padStart(2, '0')}:${String(n % 50).padStart(2, '0')}`,
  );
  const body = {
    beneficiaryId: ids[person],
    pickup: { address: 'Kabanbay batyr 10', lat: 51.128 + (n % 100) / 10_000, lon: 71.43, kato: '711410000' },
    dropoff: { address: 'Respublika 2', lat: 51.17, lon: 71.45 + (n % 100) / 10_000, kato: '711210000' },
    timeAnchor: 'PICKUP',
    time: time.toISOString(),
    purpose: 'MEDICAL',
    companions: 0,
  };
  return {
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokens[person]}`,
      ...(IDEMPOTENCY ? { 'idempotency-key': `b${n}` } : {}),
    },
    body: JSON.stringify(body),
  };
}

function makeRequests(ids: string[], tokens: string[], counter: { n: number }): autocannon.RequestSpec[] {
  const today = localDateOf(new Date());
  return [
    {
      method: 'POST',
      path: '/bookings',
      setupRequest: (req) => ({ ...req, ...bookingRequest(ids, tokens, counter.n++, today) }),
    },
  ];
}

/**
 * An open-loop load at a steady rate: request i is due at start + i/rate and its latency counts
 * from then (a late send is the system's delay too, not hidden). autocannon's rate mode sends
 * each second's quota at full speed at the start of the second, which measures bursts instead.
 */
async function steadyRate(
  base: string,
  rate: number,
  durationS: number,
  next: () => { headers: Record<string, string>; body: string },
): Promise<Phase> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL('/bookings', base);
  const total = Math.round(rate * durationS);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const send = (due: number): Promise<void> =>
    new Promise((resolve) => {
      const { headers, body } = next();
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          timeout: 30_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode && res.statusCode < 300) latencies.push(performance.now() - due);
            else non2xx++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.end(body);
    });
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((x, y) => x - y);
  const pct = (q: number): number =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    reqPerSec: latencies.length / elapsedS,
    ok: latencies.length,
    p50: pct(0.5),
    p99: pct(0.99),
    non2xx,
    errors,
  };
}

async function phase(url: string, requests: autocannon.RequestSpec[]): Promise<Phase> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, timeout: 30, requests });
  return {
    reqPerSec: r['2xx'] / r.duration,
    ok: r['2xx'],
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

async function main(): Promise<void> {
  const id = randomBytes(4).toString('hex');
  const db = `invataxi_bench_${id}`;
  await admin(`CREATE DATABASE ${db}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  // PostgreSQL on the same machine: the API talks to it over its Unix socket when there is one
  // (what a co-located deployment does; loopback TCP costs a kernel round of its own per query).
  const apiDbUrl = SOCKET_DIR ? `postgres://postgres@localhost/${db}?host=${SOCKET_DIR}` : url.toString();
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: apiDbUrl,
    DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE ?? '20',
    // One API process per core, as the API is deployed on a host of its own cores.
    API_WORKERS: process.env.BENCH_API_WORKERS ?? String(cpus().length),
    REDIS_URL,
    QUEUE_PREFIX: `bench${id}`,
    API_HOST: '127.0.0.1',
    API_PORT: String(port),
    JWT_SECRET: randomBytes(32).toString('base64'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATA_ENCRYPTION_KEY_ID: 'bench',
    DATA_HASH_KEY: randomBytes(32).toString('base64'),
  };
  let api: ChildProcess | null = null;
  try {
    const ds = createDataSource({ url: url.toString(), poolSize: 2 });
    await ds.initialize();
    await runMigrations(ds);
    await ds.destroy();
    const t0 = Date.now();
    const ids = await seed(url.toString(), IinCipher.fromConfig(env as never));
    console.log(`API -> PostgreSQL over ${SOCKET_DIR ? `the Unix socket in ${SOCKET_DIR}` : 'TCP'}`);
    console.log(`seeded ${ids.length} beneficiaries in ${Date.now() - t0} ms`);
    const keys = { secret: env.JWT_SECRET as string, issuer: 'invataxi' };
    const tokens = ids.map((b) =>
      signToken(keys, { userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: b }, 3600),
    );
    api = await startApi(env, port);
    const base = `http://127.0.0.1:${port}`;
    const counter = { n: 0 };
    // A short warm-up (JIT, pool, policy cache), not measured.
    await autocannon({
      url: base,
      connections: 8,
      duration: 2,
      requests: makeRequests(ids, tokens, counter),
    });
    const full = await withCpuShares(api.pid, () => phase(base, makeRequests(ids, tokens, counter)));
    console.log(
      `full speed: ${full.reqPerSec.toFixed(0)} bookings/s, p50 ${full.p50} ms, p99 ${full.p99} ms, ${full.ok} accepted, non-2xx ${full.non2xx}, errors ${full.errors}\n  ${full.cpu}`,
    );
    const today = localDateOf(new Date());
    const fixed = await withCpuShares(api.pid, () =>
      steadyRate(base, 200, DURATION_S, () => bookingRequest(ids, tokens, counter.n++, today)),
    );
    console.log(
      `200 req/s (steady, open loop): ${fixed.reqPerSec.toFixed(0)} bookings/s, p50 ${fixed.p50} ms, p99 ${fixed.p99} ms, ${fixed.ok} accepted, non-2xx ${fixed.non2xx}, errors ${fixed.errors}\n  ${fixed.cpu}`,
    );
    const c = new Client({ connectionString: url.toString() });
    await c.connect();
    const check = await c.query(
      `SELECT (SELECT count(*) FROM booking WHERE status = 'ACCEPTED')::int AS accepted, (SELECT count(*) FROM outbox)::int AS outbox`,
    );
    await c.end();
    console.log(`database: ${check.rows[0].accepted} ACCEPTED bookings, ${check.rows[0].outbox} outbox rows`);
    // The figures depend on what else the machine runs: say so next to them.
    console.log(
      `machine load average (1 min) at the end: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
    );
    if (full.non2xx + fixed.non2xx + full.errors + fixed.errors > 0)
      console.log('WARNING: some requests were not accepted');
    console.log(
      `bench:api bookings_per_s=${Math.round(full.reqPerSec)} p50_ms=${full.p50} p99_ms=${full.p99} p99_ms_at_200rps=${fixed.p99}`,
    );
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await Promise.race([once(api, 'exit'), new Promise((r) => setTimeout(r, 10_000))]);
    }
    await admin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db}' AND pid <> pg_backend_pid()`,
    );
    await admin(`DROP DATABASE IF EXISTS ${db}`);
    await deleteRedisPrefix(REDIS_URL, `bench${id}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
