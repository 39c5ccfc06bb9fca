// npm run bench:whatif — the what-if replay (issue 25) on a month of a large city: the synthetic
// Almaty of bench:dispatch (synthetic-city.ts), 20,000 requests over 30 days, 150 vehicles a day
// (a third of them wheelchair vans), each request made the day before it rides, every day
// re-planned the evening before. Target: under 10 minutes on this 2-core machine.
// Last line: bench:whatif requests=<n> vehicles=<n> minutes=<n> served_pct=<n>
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { replayWhatIf } from '../../apps/dispatcher/src/whatif/whatif-replay';
import { demand, policy, shifts, travel } from './month';
import { round } from '../dispatch/stats';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const REQUESTS = Number(args.get('requests') ?? 20000);
const VEHICLES = Number(args.get('vehicles') ?? 150);
const DAYS = Number(args.get('days') ?? 30);
/** The evening re-plan's search budget per day. */
const REPLAN_MS = Number(args.get('replan-ms') ?? 3000);

async function main(): Promise<void> {
  const [load1] = loadavg();
  process.stdout.write(`load average at start: ${round(load1 ?? 0)}\n`);
  const reqs = demand(REQUESTS, DAYS);
  const fleetOfMonth = shifts(VEHICLES, DAYS);
  let shown = -10;
  const t0 = performance.now();
  const r = await replayWhatIf({
    requests: reqs,
    shifts: fleetOfMonth,
    policy,
    tariffs: [
      {
        providerId: 'provider-1',
        tariffPerTrip: 1500,
        tariffPerKm: 120,
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
    travel,
    replan: { at: '20:00', timeLimitMs: REPLAN_MS },
    onProgress: (p) => {
      if (p >= shown + 10) {
        shown = p;
        process.stdout.write(`  ${p}% replayed, ${round((performance.now() - t0) / 60000)} min\n`);
      }
    },
  });
  const minutes = (performance.now() - t0) / 60000;
  const f = r.figures;
  process.stdout.write(
    [
      `requests ${reqs.length}, shifts ${fleetOfMonth.length} (${VEHICLES} a day x ${DAYS} days), re-plan budget ${REPLAN_MS} ms a day`,
      `served ${round((r.servedShare ?? 0) * 100)}% (${f.trips.completed}), of which by the evening re-plan ${r.servedByReplan}; unmet ${f.unmet.total}; refused ${f.trips.refused}`,
      `re-plans run ${r.replans.run}, applied ${r.replans.applied}`,
      `ride time mean ${round(f.rideTime.meanMinutes ?? 0)} min, p95 ${round(f.rideTime.p95Minutes ?? 0)} min; ride/direct mean ${round(f.rideTime.meanRatio ?? 0)}, p95 ${round(f.rideTime.p95Ratio ?? 0)}`,
      `vehicle hours ${round(f.productivity.serviceHours)}, passenger trips per vehicle hour ${round(f.productivity.passengerTripsPerServiceHour ?? 0)}, cost ${f.cost.costTenge} KZT (${round(f.cost.perTripTenge ?? 0)} a trip)`,
      `bench:whatif requests=${reqs.length} vehicles=${VEHICLES} minutes=${round(minutes)} served_pct=${round((r.servedShare ?? 0) * 100)}`,
    ].join('\n') + '\n',
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
