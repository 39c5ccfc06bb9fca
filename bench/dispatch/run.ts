// npm run bench:dispatch — the dispatch engine on a synthetic Almaty (see synthetic-city.ts):
//  1. real-time insertion, bookings one by one, 100 vehicles / 2,000 requests: the worker's own
//     code path (candidate filter, ranking, exact insertion in batches of the nearest routes),
//     without the SQL around it;
//  2. the evening re-plan, 500 vehicles / 10,000 requests, from nothing: the day cut into
//     sectors and searched (construction + ALNS) with the job's code (partitionDay, searchParts);
//  3. end to end as a rider sees it (end-to-end.ts): POST /bookings over HTTP at 50 a second to the
//     API process, with the dispatcher process running (outbox relay -> BullMQ -> solver), until
//     GET /bookings/:id shows SCHEDULED; p50/p95/p99, counts, and where the time goes.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { placeInMemory } from '../../apps/dispatcher/src/dispatch/in-memory-placement';
import type { TripRow } from '@invataxi/dispatch';
import { combineFigures, planFigures } from '../../apps/dispatcher/src/planning/plan-figures';
import { partitionDay } from '../../apps/dispatcher/src/planning/partition';
import { MAX_REQUESTS_PER_PART, searchParts } from '../../apps/dispatcher/src/planning/day-planner';
import { fleet, requests, Rng, travel } from './synthetic-city';
import { endToEnd, type EndToEndResult } from './end-to-end';
import { pct, round } from './stats';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const REPLAN_BUDGET_MS = Number(args.get('replan-budget-ms') ?? 20000);
const E2E_SECONDS = Number(args.get('e2e-seconds') ?? 20);
const E2E_VEHICLES = Number(args.get('e2e-vehicles') ?? 100);
const E2E_TIMEOUT_MS = Number(args.get('e2e-timeout-ms') ?? 30000);
/** A dispatcher concurrency to try instead of the deployed default. */
const E2E_CONCURRENCY = args.get('e2e-concurrency');

const dayStart = localDateTimeToUtc(addDaysToLocalDate(localDateOf(new Date()), 1), '00:00');

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
    if (await placeInMemory(routes, trips, t, travel)) served++;
    lat.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const parts = partitionDay(routes, trips, [], 1_000_000);
  // figures of the plan as inserted (no search: zero time budget is not used)
  const { buildProblem } = await import('@invataxi/dispatch');
  const built = await buildProblem(parts[0].routes, trips, [], travel, { hour: 12 });
  const sec = (d: Date) => (d.getTime() - built.origin) / 1000;
  const figures = planFigures(
    built.problem,
    routes.map((r) => ({
      vehicleId: r.shift.id,
      stops: r.pending.map((s) => ({
        requestId: s.bookingId,
        kind: s.kind === 'PICKUP' ? ('pickup' as const) : ('dropoff' as const),
        serviceStart: sec(s.plannedAt),
      })),
    })),
    new Map([...trips.values()].map((t) => [t.id, t.directSeconds])),
  );
  return {
    p50: pct(lat, 50),
    p95: pct(lat, 95),
    max: Math.max(...lat),
    cpuP95: pct(cpu, 95),
    served,
    n,
    figures,
  };
}

async function replan(vehicles: number, n: number) {
  const rng = new Rng(20260202);
  const routes = fleet(rng, vehicles, dayStart);
  const reqs = requests(rng, n, dayStart);
  const t0 = performance.now();
  const parts = partitionDay(routes, new Map(), reqs, MAX_REQUESTS_PER_PART);
  const solved = await searchParts(parts, new Map(), travel, { timeLimitMs: REPLAN_BUDGET_MS, seed: 1 });
  const seconds = (performance.now() - t0) / 1000;
  const placed = solved.reduce(
    (s, x) => s + x.built.problem.requests.length - x.solution.unassigned.length,
    0,
  );
  return {
    seconds,
    parts: parts.length,
    served: placed,
    n,
    figures: combineFigures(solved.map((x) => x.after)),
  };
}

const ONLY = args.get('only');

const ms = (xs: number[]): string =>
  `p50 ${round(pct(xs, 50))} / p95 ${round(pct(xs, 95))} / p99 ${round(pct(xs, 99))} ms`;

/** Runs the end-to-end part and prints its figures; returns the p95 to SCHEDULED (NaN if it failed). */
async function runEndToEnd(): Promise<number> {
  const rps = 50;
  let e: EndToEndResult;
  try {
    e = await endToEnd({
      rps,
      seconds: E2E_SECONDS,
      vehicles: E2E_VEHICLES,
      timeoutMs: E2E_TIMEOUT_MS,
      env: E2E_CONCURRENCY ? { DISPATCHER_CONCURRENCY: E2E_CONCURRENCY } : {},
      dayStart,
      log: (l) => console.log(l),
    });
  } catch (err) {
    console.log(`end to end failed: ${(err as Error).message}`);
    return NaN;
  }
  const others = Object.entries({ ...e.other, ...e.refused }).map(([k, v]) => `${v} ${k}`);
  const failed = Object.entries(e.failed).map(([k, v]) => `${v} POST failed: ${k}`);
  // A booking never seen decided, or whose POST failed, is a miss: it counts as slower than any answer.
  const misses = e.undecided + Object.values(e.failed).reduce((a, b) => a + b, 0);
  const latencies = [...e.scheduled, ...Array<number>(misses).fill(Infinity)];
  console.log(
    `end to end at ${rps}/s for ${E2E_SECONDS} s, POST /bookings -> SCHEDULED seen via GET /bookings/:id: ${ms(latencies)}` +
      (misses ? ` (${misses} misses counted as never)` : '') +
      '; ' +
      `${e.scheduled.length}/${e.sent} scheduled, ${e.waitlisted.length} waitlisted (${ms(e.waitlisted)}), ${e.undecided} undecided after ${E2E_TIMEOUT_MS / 1000} s` +
      [...others, ...failed].map((x) => `, ${x}`).join(''),
  );
  console.log(
    `  POST round trip ${ms(e.post)}; SCHEDULED on the booking's event stream ${ms(e.streamed)}; ${e.seenByPoll} seen by a GET the stream had not prompted (the stream opened after the decision or missed it: seen by the safety poll); client behind its schedule by ${e.sendLagMs} ms at most`,
  );
  console.log(`  where the time goes (from POST sent, scheduled bookings, p50 / p95 ms):`);
  for (const s of e.stages) console.log(`    ${s.name}: ${round(s.p50)} / ${round(s.p95)}`);
  const cpu = Object.entries(e.cpuMsPerBooking).map(([k, v]) => `${k} ${round(v, 2)}`);
  console.log(`  CPU ms per booking over the measured phase: ${cpu.join(', ')}`);
  return pct(latencies, 95);
}

async function main(): Promise<void> {
  const { loadavg, cpus } = await import('node:os');
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (other work on the machine slows every figure below)`,
  );
  if (ONLY === 'insert') {
    const r = await realTime(100, 2000);
    console.log(JSON.stringify({ ...r, figures: r.figures }));
    process.exit(0);
  }
  if (ONLY === 'e2e') {
    console.log(`bench:dispatch e2e_p95_ms_50rps=${round(await runEndToEnd())}`);
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
  const e2eP95 = await runEndToEnd();
  console.log(
    `bench:dispatch insert_p95_ms_100x2000=${round(rt.p95, 2)} replan_s_500x10000=${round(rp.seconds)} served_pct_500x10000=${round((100 * rp.served) / rp.n)} e2e_p95_ms_50rps=${round(e2eP95)}`,
  );
  process.exit(0);
}

void main();
