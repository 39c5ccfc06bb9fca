// npm run bench:dispatch — the dispatch engine on a synthetic Almaty (see synthetic-city.ts):
//  1. real-time insertion, bookings one by one, 100 vehicles / 2,000 requests: the worker's own
//     code path (candidate filter, ranking, exact insertion in batches of the nearest routes),
//     without the SQL around it;
//  2. the evening re-plan, 500 vehicles / 10,000 requests, from nothing: the day cut into
//     sectors and searched (construction + ALNS) with the job's code (partitionDay, searchParts);
//  3. end to end on PostgreSQL + Redis with the dispatcher running: ACCEPTED bookings written
//     with their outbox row at 50 a second, latency until SCHEDULED (from the audit trail).
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { DataSource as DS } from 'typeorm';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { insertInto, MAX_BATCHES, ROUTES_PER_BATCH } from '../../apps/dispatcher/src/dispatch/booking-placer';
import { rankRoutes } from '../../apps/dispatcher/src/dispatch/candidates';
import { toStopPlans, tripNeeds, vehicleFeatures, vehicleLayouts, type LoadedRoute, type TripRow } from '../../apps/dispatcher/src/dispatch/route-model';
import { combineFigures, planFigures } from '../../apps/dispatcher/src/planning/plan-figures';
import { partitionDay } from '../../apps/dispatcher/src/planning/partition';
import { MAX_REQUESTS_PER_PART, searchParts } from '../../apps/dispatcher/src/planning/day-planner';
import { fleet, requests, Rng, travel } from './synthetic-city';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const REPLAN_BUDGET_MS = Number(args.get('replan-budget-ms') ?? 20000);
const E2E_SECONDS = Number(args.get('e2e-seconds') ?? 10);

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

const dayStart = localDateTimeToUtc(addDaysToLocalDate(localDateOf(new Date()), 1), '00:00');

function fits(route: LoadedRoute, t: TripRow): boolean {
  const f = new Set(vehicleFeatures(route.shift));
  return tripNeeds(t).every((n) => f.has(n)) && vehicleLayouts(route.shift).some((l) => l[0] >= t.loadSeats && l[1] >= t.loadWheelchairPlaces);
}

async function realTime(vehicles: number, n: number) {
  const rng = new Rng(20260101);
  const routes = fleet(rng, vehicles, dayStart);
  const reqs = requests(rng, n, dayStart);
  const trips = new Map<string, TripRow>();
  const lat: number[] = [];
  const cpu: number[] = [];
  let served = 0;
  for (const t of reqs) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const ranked = rankRoutes(routes.filter((r) => fits(r, t)), trips, t);
    let found: Awaited<ReturnType<typeof insertInto>> = null;
    trips.set(t.id, t);
    for (let i = 0; i < ranked.length && i < MAX_BATCHES * ROUTES_PER_BATCH && !found; i += ROUTES_PER_BATCH)
      found = await insertInto(ranked.slice(i, i + ROUTES_PER_BATCH), trips, t, travel);
    if (found) {
      const f = found;
      const route = routes.find((r) => r.shift.id === f.ins.vehicleId) as LoadedRoute;
      route.pending = toStopPlans(f.ins.route.stops, f.toDate).map((p, i) => ({
        id: `${route.shift.id}.${i}`,
        shiftId: route.shift.id,
        bookingId: p.bookingId,
        kind: p.kind,
        sequence: i + 1,
        plannedAt: p.plannedAt,
        actualAt: null,
      }));
      for (const p of route.pending) {
        const x = trips.get(p.bookingId) as TripRow;
        if (p.kind === 'PICKUP') x.plannedPickupAt = p.plannedAt;
        else x.plannedDropoffAt = p.plannedAt;
      }
      served++;
    } else trips.delete(t.id);
    lat.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const parts = partitionDay(routes, trips, [], 1_000_000);
  // figures of the plan as inserted (no search: zero time budget is not used)
  const { buildProblem } = await import('../../apps/dispatcher/src/dispatch/route-model');
  const built = await buildProblem(parts[0].routes, trips, [], travel, { hour: 12 });
  const sec = (d: Date) => (d.getTime() - built.origin) / 1000;
  const figures = planFigures(
    built.problem,
    routes.map((r) => ({
      vehicleId: r.shift.id,
      stops: r.pending.map((s) => ({ requestId: s.bookingId, kind: s.kind === 'PICKUP' ? ('pickup' as const) : ('dropoff' as const), serviceStart: sec(s.plannedAt) })),
    })),
    new Map([...trips.values()].map((t) => [t.id, t.directSeconds])),
  );
  return { p50: pct(lat, 50), p95: pct(lat, 95), max: Math.max(...lat), cpuP95: pct(cpu, 95), served, n, figures };
}

async function replan(vehicles: number, n: number) {
  const rng = new Rng(20260202);
  const routes = fleet(rng, vehicles, dayStart);
  const reqs = requests(rng, n, dayStart);
  const t0 = performance.now();
  const parts = partitionDay(routes, new Map(), reqs, MAX_REQUESTS_PER_PART);
  const solved = await searchParts(parts, new Map(), travel, { timeLimitMs: REPLAN_BUDGET_MS, seed: 1 });
  const seconds = (performance.now() - t0) / 1000;
  const placed = solved.reduce((s, x) => s + x.built.problem.requests.length - x.solution.unassigned.length, 0);
  return { seconds, parts: parts.length, served: placed, n, figures: combineFigures(solved.map((x) => x.after)) };
}

async function endToEnd(rps: number, seconds: number): Promise<{ p50: number; p95: number; scheduled: number; total: number; note: string }> {
  // The test support creates a scratch database and queue prefix and drops them afterwards.
  const { createTestEnv, eventually } = await import('../../test/support/test-env');
  const { Fixtures } = await import('../../test/dispatch/fixtures');
  const { createDispatcher } = await import('../../apps/dispatcher/src/create-dispatcher');
  const t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch', DISPATCHER_CONCURRENCY: '4', OUTBOX_RELAY_INTERVAL_MS: '20' });
  const worker = await createDispatcher(t.config);
  try {
    const ds: DataSource = worker.get(DS);
    const fx = new Fixtures(ds);
    const rng = new Rng(20260303);
    const provider = await fx.provider();
    const vans = fleet(rng, 50, dayStart);
    for (const v of vans)
      await fx.shift(provider, {
        startsAt: v.shift.startsAt,
        endsAt: v.shift.endsAt,
        depot: { lat: v.shift.startLat, lon: v.shift.startLon },
        vehicle: { seats: v.shift.seats, wheelchairPlaces: v.shift.wheelchairPlaces, ramp: v.shift.hasRamp, restraints: v.shift.hasRestraints },
      });
    const trips = requests(rng, rps * seconds, dayStart);
    const ids: string[] = [];
    const started = performance.now();
    for (let i = 0; i < trips.length; i++) {
      const due = started + (i * 1000) / rps;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const x = trips[i];
      const hhmm = new Date(x.pickupEarliest.getTime() + 5 * 3600_000).toISOString().slice(11, 16);
      ids.push(
        (
          await fx.accepted({
            pickup: { lat: x.pickupLat, lon: x.pickupLon },
            dropoff: { lat: x.dropoffLat, lon: x.dropoffLon },
            pickupAt: localDateTimeToUtc(addDaysToLocalDate(localDateOf(new Date()), 1), hhmm),
            wheelchair: x.loadWheelchairPlaces > 0,
            companions: x.loadSeats > 1 ? 1 : 0,
          })
        ).id,
      );
    }
    await eventually(
      async () => ((await ds.query(`SELECT count(*)::int AS n FROM booking WHERE status = 'ACCEPTED'`)) as { n: number }[])[0].n === 0,
      Number(args.get('e2e-timeout-ms') ?? 180000),
      200,
    );
    const rows: { ms: number; status: string }[] = await ds.query(
      `SELECT extract(epoch FROM (d.at - a.at)) * 1000 AS ms, b.status
         FROM booking b
         JOIN audit_log a ON a.entity_id = b.id::text AND a.action = 'booking.accepted'
         JOIN audit_log d ON d.entity_id = b.id::text AND d.action IN ('booking.scheduled', 'booking.waitlisted')
        WHERE b.id = ANY($1::uuid[])`,
      [ids],
    );
    const sched = rows.filter((r) => r.status === 'SCHEDULED').map((r) => Number(r.ms));
    return {
      p50: pct(sched, 50),
      p95: pct(sched, 95),
      scheduled: sched.length,
      total: ids.length,
      note: 'ACCEPTED bookings written with their outbox row (not POST /bookings); latency ACCEPTED -> SCHEDULED from the audit trail',
    };
  } finally {
    await worker.close();
    await t.teardown();
  }
}

const ONLY = args.get('only');

async function main(): Promise<void> {
  const { loadavg, cpus } = await import('node:os');
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine slows every figure below)`);
  if (ONLY === 'insert') {
    const r = await realTime(100, 2000);
    console.log(JSON.stringify({ ...r, figures: r.figures }));
    process.exit(0);
  }
  if (ONLY === 'e2e') {
    console.log(JSON.stringify(await endToEnd(50, E2E_SECONDS)));
    process.exit(0);
  }
  const rt = await realTime(100, 2000);
  console.log(
    `insertion 100 vehicles / 2000 requests: p50 ${round(rt.p50, 2)} ms, p95 ${round(rt.p95, 2)} ms (CPU time p95 ${round(rt.cpuP95, 2)} ms), max ${round(rt.max, 1)} ms; ` +
      `served ${rt.served}/${rt.n} (${round((100 * rt.served) / rt.n)}%), vehicles used ${rt.figures.vehiclesUsed}, ${rt.figures.km} km, mean ride-time ratio ${rt.figures.meanRideRatio}`,
  );
  const rp = await replan(500, 10000);
  console.log(
    `re-plan 500 vehicles / 10000 requests: ${round(rp.seconds)} s (${rp.parts} sectors, budget ${REPLAN_BUDGET_MS / 1000} s); ` +
      `served ${rp.served}/${rp.n} (${round((100 * rp.served) / rp.n)}%), vehicles used ${rp.figures.vehiclesUsed}, ${rp.figures.km} km, mean ride-time ratio ${rp.figures.meanRideRatio}`,
  );
  let e2eP95 = NaN;
  try {
    const e2e = await endToEnd(50, E2E_SECONDS);
    e2eP95 = e2e.p95;
    console.log(`end to end at 50/s for ${E2E_SECONDS} s: p50 ${round(e2e.p50)} ms, p95 ${round(e2e.p95)} ms; ${e2e.scheduled}/${e2e.total} scheduled (${e2e.note})`);
  } catch (e) {
    console.log(`end to end skipped: ${(e as Error).message}`);
  }
  console.log(
    `bench:dispatch insert_p95_ms_100x2000=${round(rt.p95, 2)} replan_s_500x10000=${round(rp.seconds)} served_pct_500x10000=${round((100 * rp.served) / rp.n)} e2e_p95_ms_50rps=${round(e2eP95)}`,
  );
  process.exit(0);
}

void main();
