// npm run bench:reports — the operations reports over a year of a large city (issue 22):
//  1. a bench database (dropped and made again) gets a year (2025) of Almaty: 100 vehicles of 5
//     providers, a shift each a day, 5,000 riders and 500,000 rides written straight in as the
//     driver app and dispatch leave them (statuses, times, served no-show stops): the bench may
//     insert rows directly, the demo may not;
//  2. the dispatcher's roll-up job rolls the year up (rollup_s: its own code, one pass per day);
//  3. the report service answers a mix of what an officer and the ministry ask (a year, a month,
//     a day, a month by district, by provider, the country), 10 rounds in shuffled order: p95;
//  4. A/B, alternating: a month from the roll-ups vs the same month computed from the rides (what
//     every report would cost without roll-ups).
// Last line: `bench:reports trips=<n> p95_ms=<n> rollup_s=<n>`.
// --db=<name>: the bench database (default invataxi_bench_reports); --reuse: keep the one an
// earlier run made (only new migrations and stale days are rolled up, then the questions): an A/B
// between two checkouts asks alternately, each against its own database.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { Principal } from '@invataxi/auth';
import type { AppConfig } from '@invataxi/config';
import { computeRegionDays } from '@invataxi/dispatch';
import { localDateTimeToUtc, type Clock } from '@invataxi/domain';
import {
  createDataSource,
  OperationsFiguresRepository,
  RegionsRepository,
  runMigrations,
  ServicePoliciesRepository,
} from '@invataxi/persistence';
import { OperationsRollupProcessor } from '../../apps/dispatcher/src/maintenance/operations-rollup.processor';
import {
  OperationsReportsService,
  type OperationsFilter,
} from '../../apps/api/src/reports/operations-reports.service';
import { pct, round } from '../dispatch/stats';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const ADMIN_URL = args.get('admin-url') ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TRIPS = Number(args.get('trips') ?? 500_000);
const ROUNDS = Number(args.get('rounds') ?? 10);
const DB = args.get('db') ?? 'invataxi_bench_reports';
/** --reuse: keep the bench database of an earlier run (its rides and roll-ups) and only ask. */
const REUSE = args.has('reuse');
const REGION = '750000000';
const YEAR_START = '2025-01-01';
const DAYS = 365;
const VEHICLES = 100;
const PROVIDERS = 5;

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** The year of rides, shifts and the rest, in a few set-based statements. */
async function generate(q: (sql: string, params?: unknown[]) => Promise<unknown>): Promise<void> {
  const start = localDateTimeToUtc(YEAR_START, '00:00');
  await q('SELECT setseed(0.2025)');
  await q(
    `INSERT INTO beneficiary (id, iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex, residence_kato,
       residence_address, residence_lat, residence_lon, disability_category, mobility, version)
     SELECT md5('b' || g)::uuid, '\\x00'::bytea, 'k1', md5(g::text) || md5((g + 1)::text), '90********11', 'Bench rider ' || g, '1980-01-01', 'F',
            '750000000', 'Bench street', 43.25, 76.9, 'ADULT_GROUP_1', '{"wheelchair":"NONE"}', 1
       FROM generate_series(1, 5000) g`,
  );
  await q(
    `INSERT INTO provider (id, bin, legal_name, origin, region_kato, version)
     SELECT md5('p' || g)::uuid, lpad(g::text, 12, '0'), 'Bench provider ' || g, 'LOCAL_REGISTRY', $1, 1
       FROM generate_series(0, $2 - 1) g`,
    [REGION, PROVIDERS],
  );
  await q(
    `INSERT INTO provider_contract (provider_id, reference, tariff_per_trip, tariff_per_km, valid_from)
     SELECT md5('p' || g)::uuid, 'C-' || g, 1200 + 100 * g, 90 + 5 * g, '2024-01-01' FROM generate_series(0, $1 - 1) g`,
    [PROVIDERS],
  );
  await q(
    `INSERT INTO vehicle (id, provider_id, plate, model, seats, wheelchair_places, version)
     SELECT md5('v' || g)::uuid, md5('p' || (g % $2))::uuid, 'B' || lpad(g::text, 4, '0') || 'AA', 'Van', 3, 1, 1
       FROM generate_series(0, $1 - 1) g`,
    [VEHICLES, PROVIDERS],
  );
  await q(
    `INSERT INTO driver (id, provider_id, full_name, licence_number, phone)
     SELECT md5('d' || g)::uuid, md5('p' || (g % $2))::uuid, 'Bench driver', 'L-' || g, '+7701' || lpad(g::text, 7, '0')
       FROM generate_series(0, $1 - 1) g`,
    [VEHICLES, PROVIDERS],
  );
  // A shift a vehicle a day, 08:00-18:00 local.
  await q(
    `INSERT INTO shift (id, provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon,
       start_kato, status, version)
     SELECT md5('s' || d || '-' || v)::uuid, md5('p' || (v % $3))::uuid, md5('v' || v)::uuid, md5('d' || v)::uuid,
            $1::timestamptz + d * interval '1 day' + interval '8 hours',
            $1::timestamptz + d * interval '1 day' + interval '18 hours',
            43.25, 76.9, 43.25, 76.9, '75' || lpad((10 + v % 8)::text, 2, '0') || '10000', 'CLOSED', 1
       FROM generate_series(0, $2 - 1) d, generate_series(0, $4 - 1) v`,
    [start, DAYS, PROVIDERS, VEHICLES],
  );
  // The rides: 82% completed, 3% no-shows, 5% cancelled (late when within 2 hours), 2% refused,
  // 2% expired from the waitlist, 1% awaiting procurement, the rest completed; arrivals from 5
  // minutes early to 25 late; rides 1 to 2 times their direct time. In chunks: one statement
  // of half a million rows holds its locks and WAL for minutes.
  const CHUNK = 50_000;
  for (let from = 1; from <= TRIPS; from += CHUNK)
    await q(
      `INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
       dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility, load_seats,
       load_wheelchair_places, companions, status, status_reason, pickup_earliest, pickup_latest, dropoff_earliest,
       dropoff_latest, max_ride_seconds, direct_seconds, direct_metres, shift_id, arrived_at, actual_pickup_at,
       actual_dropoff_at, cancelled_at, late_cancellation, version)
     SELECT md5('b' || (x.g % 5000 + 1))::uuid, 'APP', $1, 'A', 43.2 + x.r2 / 10, 76.85 + x.r3 / 10,
            x.kato, 'B', 43.2 + x.r3 / 10, 76.85 + x.r4 / 10, x.kato, 'PICKUP', x.e, 'MEDICAL', '{"wheelchair":"NONE"}', 1,
            CASE WHEN x.r3 < 0.3 THEN 1 ELSE 0 END, CASE WHEN x.r4 < 0.4 THEN 1 ELSE 0 END, x.status,
            CASE x.status WHEN 'REJECTED' THEN 'QUOTA_EXCEEDED' WHEN 'EXPIRED' THEN 'WAITLIST_WINDOW_PASSED' END,
            x.e, x.e + interval '15 minutes', x.e, x.e + interval '2 hours', x.direct * 2, x.direct, x.direct * 8,
            CASE WHEN x.status IN ('COMPLETED', 'NO_SHOW', 'CANCELLED') THEN md5('s' || x.d || '-' || x.v)::uuid END,
            CASE WHEN x.status IN ('COMPLETED', 'NO_SHOW') THEN x.e + (x.r2 * 30 - 5) * interval '1 minute' END,
            CASE WHEN x.status = 'COMPLETED' THEN x.e + (x.r2 * 30 - 4) * interval '1 minute' END,
            CASE WHEN x.status = 'COMPLETED'
                 THEN x.e + (x.r2 * 30 - 4) * interval '1 minute' + x.direct * (1 + x.r3) * interval '1 second' END,
            CASE WHEN x.status = 'CANCELLED' THEN x.e - x.r2 * 300 * interval '1 minute' END,
            x.status = 'CANCELLED' AND x.r2 * 300 < 120, 5
       FROM (SELECT g, d, v, r2, r3, r4, (600 + r4 * 1800)::int AS direct,
                    '75' || lpad((10 + g % 8)::text, 2, '0') || '10000' AS kato,
                    $2::timestamptz + d * interval '1 day' + interval '8 hours' + (r3 * 570)::int * interval '1 minute' AS e,
                    CASE WHEN r1 < 0.82 THEN 'COMPLETED' WHEN r1 < 0.85 THEN 'NO_SHOW' WHEN r1 < 0.90 THEN 'CANCELLED'
                         WHEN r1 < 0.92 THEN 'REJECTED' WHEN r1 < 0.94 THEN 'EXPIRED'
                         WHEN r1 < 0.95 THEN 'AWAITING_PROCUREMENT' ELSE 'COMPLETED' END AS status
               FROM (SELECT g, g % $3 AS d, (g::bigint * 7919 % $4)::int AS v, random() AS r1, random() AS r2, random() AS r3,
                            random() AS r4 FROM generate_series($5::int, $6::int) g) y) x`,
      [REGION, start, DAYS, VEHICLES, from, Math.min(TRIPS, from + CHUNK - 1)],
    );
  // The driver's served stop of each no-show: reported 6 minutes after arriving.
  await q(
    `INSERT INTO route_stop (shift_id, booking_id, kind, sequence, planned_at, actual_at)
     SELECT shift_id, id, 'PICKUP', 1, pickup_earliest, arrived_at + interval '6 minutes' FROM booking WHERE status = 'NO_SHOW'`,
  );
  await q('ANALYZE');
}

async function main(): Promise<void> {
  if (!REUSE) {
    await admin(`DROP DATABASE IF EXISTS ${DB}`);
    await admin(`CREATE DATABASE ${DB}`);
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB}`;
  const ds = await createDataSource({
    url: url.toString(),
    poolSize: 4,
    applicationName: 'bench:reports',
  }).initialize();
  try {
    await runMigrations(ds);
    const g0 = performance.now();
    // The generation's statements run longer than the apps' statement timeout allows.
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.query('SET statement_timeout = 0');
    if (!REUSE) await generate((sql, params) => runner.query(sql, params));
    await runner.release();
    const [{ n }] = (await ds.query('SELECT count(*)::int AS n FROM booking')) as { n: number }[];
    console.log(`generated ${n} rides in ${round((performance.now() - g0) / 1000)} s`);

    const repo = new OperationsFiguresRepository(ds);
    // "Today" is the day after the year: every day of it is closed.
    const clock: Clock = { now: () => localDateTimeToUtc('2026-01-01', '12:00') };
    const quiet = { info: () => undefined } as never;
    const processor = new OperationsRollupProcessor(repo, clock, {} as AppConfig, quiet);
    const r0 = performance.now();
    const { days } = await processor.run();
    const rollupS = round((performance.now() - r0) / 1000, 1);
    console.log(`rolled up ${days} region-days in ${rollupS} s`);

    const service = new OperationsReportsService(
      repo,
      new RegionsRepository(ds),
      new ServicePoliciesRepository(),
      ds,
      clock,
    );
    const officer: Principal = { userId: 'bench', role: 'LEB_OFFICER', regionKato: REGION };
    const analyst: Principal = { userId: 'bench', role: 'MINISTRY_ANALYST' };
    const provider = ((await ds.query(`SELECT md5('p1')::uuid AS id`)) as { id: string }[])[0]!.id;
    const asks: { name: string; p: Principal; q: OperationsFilter }[] = [
      { name: 'officer year', p: officer, q: { from: '2025-01-01', to: '2025-12-31' } },
      { name: 'officer month', p: officer, q: { from: '2025-06-01', to: '2025-06-30' } },
      { name: 'officer day', p: officer, q: { from: '2025-09-15', to: '2025-09-15' } },
      {
        name: 'officer month, district',
        p: officer,
        q: { from: '2025-03-01', to: '2025-03-31', districtKato: '751300000' },
      },
      {
        name: 'officer month, provider',
        p: officer,
        q: { from: '2025-11-01', to: '2025-11-30', providerId: provider },
      },
      { name: 'ministry year', p: analyst, q: { from: '2025-01-01', to: '2025-12-31' } },
      { name: 'ministry month', p: analyst, q: { from: '2025-02-01', to: '2025-02-28' } },
    ];
    const all: number[] = [];
    const byAsk = new Map<string, number[]>();
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      const order = [...asks].sort(() => rand() - 0.5);
      for (const a of order) {
        const t0 = performance.now();
        const r = await service.report(a.p, a.q);
        const ms = performance.now() - t0;
        if (r.summary.trips.requested === 0) throw new Error(`${a.name}: no rides read`);
        all.push(ms);
        byAsk.set(a.name, [...(byAsk.get(a.name) ?? []), ms]);
      }
    }
    for (const [name, xs] of byAsk)
      console.log(`  ${name.padEnd(26)} p50 ${round(pct(xs, 50))} ms  p95 ${round(pct(xs, 95))} ms`);

    // A/B, alternating: a month from the roll-ups (the report) against the same month from the rides.
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 5; i++) {
      const month = `2025-${String(2 + i * 2).padStart(2, '0')}`;
      const to = `${month}-28`;
      let t0 = performance.now();
      await service.report(analyst, { from: `${month}-01`, to, regionKato: REGION });
      a.push(performance.now() - t0);
      t0 = performance.now();
      await computeRegionDays(repo, REGION, `${month}-01`, to, clock.now());
      b.push(performance.now() - t0);
    }
    console.log(
      `A/B a month: from roll-ups p50 ${round(pct(a, 50))} ms, from the rides p50 ${round(pct(b, 50))} ms (5 pairs, alternating)`,
    );
    console.log(`bench:reports trips=${n} p95_ms=${Math.round(pct(all, 95))} rollup_s=${rollupS}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
