// A synthetic city over Almaty's extent (lat 43.15..43.40, lon 76.75..77.10): depots, homes,
// clinics and workplaces (most trips stay in their part of town); trips with realistic windows (pick-me-up-at, 15 minutes), 15% of riders
// in a wheelchair, a fifth with a companion; a fleet where about a third of the vans take a
// wheelchair (2 seats + 1 wheelchair place, or 4 seats with the place folded).
import { randomUUID } from 'node:crypto';
import { HaversineTravelTimeProvider, OneHourTravelTime, slowestHour } from '@invataxi/routing';
import { localMinutesOf, NO_MOBILITY_NEEDS } from '@invataxi/domain';
import type { LoadedRoute, TripRow } from '@invataxi/dispatch';

export const EXTENT = { lat: [43.15, 43.4], lon: [76.75, 77.1] } as const;
export const SPEEDS = '35,35,35,35,35,33,28,22,20,24,27,27,26,26,26,25,23,20,20,24,28,32,34,35'
  .split(',')
  .map(Number);
/** The worker's travel times: one (the slowest) hour for every judgement. */
export const travel = new OneHourTravelTime(
  new HaversineTravelTimeProvider({ detourFactor: 1.3, speedKmhByHour: SPEEDS }),
  slowestHour(SPEEDS),
);
const haversine = new HaversineTravelTimeProvider({ detourFactor: 1.3, speedKmhByHour: SPEEDS });

export class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s * 16807) % 2147483647;
    return (this.s - 1) / 2147483646;
  }
  between(a: number, b: number): number {
    return a + (b - a) * this.next();
  }
}

const point = (rng: Rng) => ({
  lat: rng.between(EXTENT.lat[0], EXTENT.lat[1]),
  lon: rng.between(EXTENT.lon[0], EXTENT.lon[1]),
});

const clamp = (x: number, [a, b]: readonly [number, number]) => Math.min(b, Math.max(a, x));

function within(rng: Rng, p: { lat: number; lon: number }, deg: number) {
  return {
    lat: clamp(p.lat + rng.between(-deg, deg), EXTENT.lat),
    lon: clamp(p.lon + rng.between(-deg, deg) * 1.37, EXTENT.lon),
  };
}

function nearest(list: readonly { lat: number; lon: number }[], p: { lat: number; lon: number }) {
  let best = list[0];
  for (const q of list)
    if (
      (q.lat - p.lat) ** 2 + ((q.lon - p.lon) * 0.73) ** 2 <
      (best.lat - p.lat) ** 2 + ((best.lon - p.lon) * 0.73) ** 2
    )
      best = q;
  return best;
}

export function fleet(rng: Rng, n: number, dayStart: Date): LoadedRoute[] {
  return Array.from({ length: n }, (_, i) => {
    const depot = point(rng);
    const accessible = i % 3 === 0;
    return {
      shift: {
        id: randomUUID(),
        providerId: 'p',
        vehicleId: `v${i}`,
        driverId: `d${i}`,
        status: 'PLANNED',
        statusReason: null,
        vehicleStatus: 'ACTIVE',
        vehicleStatusReason: null,
        driverStatus: 'ACTIVE',
        startsAt: new Date(dayStart.getTime() + 7 * 3600_000),
        endsAt: new Date(dayStart.getTime() + 19 * 3600_000),
        startLat: depot.lat,
        startLon: depot.lon,
        endLat: depot.lat,
        endLon: depot.lon,
        startKato: '751110000',
        seats: accessible ? 2 : 4,
        wheelchairPlaces: accessible ? 1 : 0,
        alternativeLayouts: accessible ? [{ seats: 4, wheelchairPlaces: 0 }] : [],
        hasRamp: accessible,
        hasLift: false,
        hasRestraints: accessible,
      },
      served: [],
      pending: [],
    };
  });
}

/** Pickup minute of the day: morning peak (clinics, work), midday, afternoon returns. */
function pickupMinute(rng: Rng): number {
  const r = rng.next();
  if (r < 0.4) return Math.round(rng.between(7.5 * 60, 10 * 60));
  if (r < 0.7) return Math.round(rng.between(10 * 60, 14 * 60));
  return Math.round(rng.between(14 * 60, 17.5 * 60));
}

export function requests(rng: Rng, n: number, dayStart: Date): TripRow[] {
  const clinics = Array.from({ length: 12 }, () => point(rng));
  return Array.from({ length: n }, () => {
    const home = point(rng);
    // A third to the district polyclinic (the nearest of twelve), a fifth to one of the four city
    // hospitals (across town), the rest somewhere within about 6 km (work, study, social services).
    const r = rng.next();
    const there =
      r < 0.3
        ? nearest(clinics, home)
        : r < 0.5
          ? clinics[Math.floor(rng.next() * 4)]
          : within(rng, home, 0.055);
    const outbound = rng.next() < 0.6;
    const [from, to] = outbound ? [home, there] : [there, home];
    const wheelchair = rng.next() < 0.15;
    const companions = rng.next() < 0.2 ? 1 : 0;
    const pe = new Date(dayStart.getTime() + pickupMinute(rng) * 60_000);
    const pl = new Date(pe.getTime() + 15 * 60_000);
    const leg = haversine.leg(from, to, Math.floor(localMinutesOf(pe) / 60));
    const direct = Math.max(60, Math.round(leg.seconds));
    const maxRide = Math.round(1.5 * direct + 15 * 60);
    const t: TripRow = {
      id: randomUUID(),
      status: 'ACCEPTED',
      version: 2,
      regionKato: '750000000',
      shiftId: null,
      purpose: 'MEDICAL',
      createdAt: new Date(dayStart.getTime() - 86_400_000),
      pickupLat: from.lat,
      pickupLon: from.lon,
      pickupKato: '751110000',
      dropoffLat: to.lat,
      dropoffLon: to.lon,
      pickupEarliest: pe,
      pickupLatest: pl,
      dropoffEarliest: new Date(pe.getTime() + direct * 1000),
      dropoffLatest: new Date(pl.getTime() + maxRide * 1000),
      maxRideSeconds: maxRide,
      directSeconds: direct,
      loadSeats: (wheelchair ? 0 : 1) + companions,
      loadWheelchairPlaces: wheelchair ? 1 : 0,
      stepFree: wheelchair,
      needsLift: false,
      mobility: wheelchair ? { ...NO_MOBILITY_NEEDS, wheelchair: 'MANUAL' } : NO_MOBILITY_NEEDS,
      boardingSeconds: wheelchair ? 300 : 120,
      confirmedToDriver: false,
      actualPickupAt: null,
      plannedPickupAt: null,
      plannedDropoffAt: null,
    };
    return t;
  });
}
