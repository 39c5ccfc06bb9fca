// npm run bench:whatif — the what-if replay (issue 25) on a month of a large city: the synthetic
// Almaty of bench:dispatch (synthetic-city.ts), 20,000 requests over 30 days, 150 vehicles a day
// (a third of them wheelchair vans), each request made the day before it rides, every day
// re-planned the evening before. Target: under 10 minutes on this 2-core machine.
// Last line: bench:whatif requests=<n> vehicles=<n> minutes=<n> served_pct=<n>
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  NATIONAL_DEFAULT_POLICY,
  addDaysToLocalDate,
  localDateTimeToUtc,
  type ServicePolicyRules,
} from '@invataxi/domain';
import { greatCircleMetres } from '@invataxi/routing';
import {
  replayWhatIf,
  type WhatIfRequest,
  type WhatIfShift,
} from '../../apps/dispatcher/src/whatif/whatif-replay';
import { fleet, requests, Rng, travel } from '../dispatch/synthetic-city';
import { round } from '../dispatch/stats';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const REQUESTS = Number(args.get('requests') ?? 20000);
const VEHICLES = Number(args.get('vehicles') ?? 150);
const DAYS = Number(args.get('days') ?? 30);
/** The evening re-plan's search budget per day. */
const REPLAN_MS = Number(args.get('replan-ms') ?? 3000);
const FIRST_DAY = '2027-03-01';
const CITY = '750000000';
const DISTRICT = '751110000';
const DETOUR = 1.3;

const policy: ServicePolicyRules = {
  ...NATIONAL_DEFAULT_POLICY,
  serviceAreaKato: [CITY],
  tripsPerMonth: null,
  serviceHours: Array.from({ length: 7 }, () => [['07:00', '21:00']]),
};

function demand(): WhatIfRequest[] {
  const rng = new Rng(20270301);
  const out: WhatIfRequest[] = [];
  for (let d = 0; d < DAYS; d++) {
    const day = addDaysToLocalDate(FIRST_DAY, d);
    const n = Math.floor(((d + 1) * REQUESTS) / DAYS) - Math.floor((d * REQUESTS) / DAYS);
    for (const t of requests(rng, n, localDateTimeToUtc(day, '00:00'))) {
      const wheelchair = t.loadWheelchairPlaces > 0;
      // Asked the day before, between 08:00 and 20:00.
      const asked =
        localDateTimeToUtc(addDaysToLocalDate(day, -1), '08:00').getTime() + rng.next() * 12 * 3600_000;
      out.push({
        id: t.id,
        beneficiaryId: t.id,
        requestedAt: new Date(asked),
        anchor: 'PICKUP',
        time: t.pickupEarliest,
        purpose: 'MEDICAL',
        pickup: { lat: t.pickupLat, lon: t.pickupLon, kato: DISTRICT },
        dropoff: { lat: t.dropoffLat, lon: t.dropoffLon, kato: DISTRICT },
        districtKato: DISTRICT,
        directSeconds: t.directSeconds,
        directMetres: Math.round(
          greatCircleMetres(
            { lat: t.pickupLat, lon: t.pickupLon },
            { lat: t.dropoffLat, lon: t.dropoffLon },
          ) * DETOUR,
        ),
        companions: t.loadSeats - (wheelchair ? 0 : 1),
        mobility: t.mobility,
        person: {
          birthDate: '1975-06-01',
          disability: { category: 'ADULT_GROUP_1', validFrom: null, validUntil: null },
          needs: [],
          companionsEntitled: true,
        },
      });
    }
  }
  return out;
}

function shifts(): WhatIfShift[] {
  const out: WhatIfShift[] = [];
  for (let d = 0; d < DAYS; d++) {
    // The same depots every day (the same seed): one fleet working a month of day shifts.
    const day = addDaysToLocalDate(FIRST_DAY, d);
    for (const r of fleet(new Rng(20270302), VEHICLES, localDateTimeToUtc(day, '00:00')))
      out.push({ ...r.shift, serviceArea: [CITY], districtKato: DISTRICT, providerId: 'provider-1' });
  }
  return out;
}

async function main(): Promise<void> {
  const [load1] = loadavg();
  process.stdout.write(`load average at start: ${round(load1 ?? 0)}\n`);
  const reqs = demand();
  const fleetOfMonth = shifts();
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
