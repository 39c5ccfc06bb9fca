// Which shifts may take a booking (DispatchRepository's candidate queries: ACTIVE providers whose
// service area covers the pickup KATO or an ancestor, shifts still open whose time overlaps the
// booking's windows, on an active vehicle that holds the load and has the features the rider
// needs), and the cheap ranking of their routes.
import type { EntityManager } from 'typeorm';
import { katoAncestors } from '@invataxi/domain';
import { greatCircleMetres } from '@invataxi/routing';
import { ON_ROUTE_STATUSES, tripNeeds, type LoadedRoute, type TripRow } from '@invataxi/dispatch';
import type { DispatchRepository, ShiftNeed } from '@invataxi/persistence';

export function coveringCodes(kato: string): string[] {
  return [kato, ...katoAncestors(kato)];
}

/** What the trip asks of a shift, for the candidate queries. */
export function shiftNeedOf(t: TripRow): ShiftNeed {
  return {
    coveringCodes: coveringCodes(t.pickupKato),
    pickupEarliest: t.pickupEarliest,
    dropoffLatest: t.dropoffLatest,
    seats: t.loadSeats,
    wheelchairPlaces: t.loadWheelchairPlaces,
    features: tripNeeds(t),
  };
}

/** How far around the pickup window a route's stops tell where its vehicle will be. */
const NEAR_MS = 2 * 3600_000;

/**
 * What the ranking needs of a route: where its vehicle starts and ends, how many stops it still
 * has, and where it is planned to be around the trip's time (its pending stops planned within
 * two hours of the pickup window).
 */
export interface RouteSketch {
  shiftId: string;
  start: Point;
  end: Point;
  pendingStops: number;
  near: Point[];
}

interface Point {
  lat: number;
  lon: number;
}

/**
 * Orders candidate routes by a cheap guess of the detour: the distance from the pickup to the
 * nearest point the vehicle is planned to be near that time (a stop within two hours of the
 * window, or its start and end). The exact insertion then looks at the nearest few first, so a
 * real-time insertion stays fast on a city with hundreds of vehicles. Returns shift ids.
 */
export function rankSketches(sketches: readonly RouteSketch[], t: TripRow): string[] {
  const p = { lat: t.pickupLat, lon: t.pickupLon };
  const score = (r: RouteSketch): number => {
    let best = Math.min(greatCircleMetres(p, r.start), greatCircleMetres(p, r.end));
    for (const q of r.near) best = Math.min(best, greatCircleMetres(p, q));
    // A busy route is less likely to have room: a small tie-breaker towards emptier vehicles.
    return best + r.pendingStops * 50;
  };
  return sketches
    .map((r) => ({ id: r.shiftId, s: score(r) }))
    .sort((a, b) => a.s - b.s)
    .map((x) => x.id);
}

/**
 * The sketches of the routes of the shifts that could take the trip (DispatchRepository.candidateShiftIds), read in
 * one query, in shift id order: per route two numbers per nearby stop instead of every booking
 * of its day, so the cost of ranking does not grow with the bookings already placed. Only the
 * routes the insertion then tries are loaded whole.
 */
export async function sketchCandidates(
  repo: DispatchRepository,
  m: EntityManager,
  t: TripRow,
): Promise<RouteSketch[]> {
  const rows = await repo.candidateRouteSketches(m, shiftNeedOf(t), ON_ROUTE_STATUSES, {
    from: new Date(t.pickupEarliest.getTime() - NEAR_MS),
    to: new Date(t.pickupLatest.getTime() + NEAR_MS),
  });
  return rows.map((r) => ({
    shiftId: r.shiftId,
    start: { lat: r.startLat, lon: r.startLon },
    end: { lat: r.endLat, lon: r.endLon },
    pendingStops: r.pendingStops,
    near: r.nearLat.map((lat, i) => ({ lat, lon: r.nearLon[i] })),
  }));
}

/** The same sketch of a route held in memory (the benchmark's city). */
export function sketchOf(r: LoadedRoute, trips: ReadonlyMap<string, TripRow>, t: TripRow): RouteSketch {
  const from = t.pickupEarliest.getTime() - NEAR_MS;
  const to = t.pickupLatest.getTime() + NEAR_MS;
  const near: Point[] = [];
  for (const s of r.pending) {
    const at = s.plannedAt.getTime();
    const b = trips.get(s.bookingId);
    if (at < from || at > to || !b) continue;
    near.push(
      s.kind === 'PICKUP' ? { lat: b.pickupLat, lon: b.pickupLon } : { lat: b.dropoffLat, lon: b.dropoffLon },
    );
  }
  return {
    shiftId: r.shift.id,
    start: { lat: r.shift.startLat, lon: r.shift.startLon },
    end: { lat: r.shift.endLat, lon: r.shift.endLon },
    pendingStops: r.pending.length,
    near,
  };
}

/** Routes in memory, ranked as the worker ranks the sketches it reads. */
export function rankRoutes(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
  t: TripRow,
): LoadedRoute[] {
  const byId = new Map(routes.map((r) => [r.shift.id, r]));
  return rankSketches(
    routes.map((r) => sketchOf(r, trips, t)),
    t,
  ).map((id) => byId.get(id) as LoadedRoute);
}
