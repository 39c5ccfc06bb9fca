// The real-time insertion on routes held in memory: the benchmark's and the what-if replay's way
// through the worker's own steps (rank the candidate routes, exact insertion in batches of the
// nearest, the route rewritten as the solver placed the stops), without the SQL around them.
import type { TravelTimeProvider } from '@invataxi/routing';
import {
  toStopPlans,
  tripNeeds,
  vehicleFeatures,
  vehicleLayouts,
  type LoadedRoute,
  type TripRow,
} from '@invataxi/dispatch';
import { insertInto, MAX_BATCHES, ROUTES_PER_BATCH } from './booking-placer';
import { rankRoutes } from './candidates';

/**
 * Whether the shift may take the trip, as the candidate queries judge it: the features the rider
 * needs, a layout that holds the load, time that overlaps the windows, and (when given) a
 * provider whose area covers the pickup.
 */
export function shiftCanTake(
  route: LoadedRoute,
  t: TripRow,
  covers?: (shiftId: string, pickupKato: string) => boolean,
  needs: readonly string[] = tripNeeds(t),
): boolean {
  const f = new Set(vehicleFeatures(route.shift));
  return (
    needs.every((n) => f.has(n)) &&
    vehicleLayouts(route.shift).some(
      (l) => (l[0] ?? 0) >= t.loadSeats && (l[1] ?? 0) >= t.loadWheelchairPlaces,
    ) &&
    route.shift.startsAt.getTime() < t.dropoffLatest.getTime() &&
    t.pickupEarliest.getTime() < route.shift.endsAt.getTime() &&
    (!covers || covers(route.shift.id, t.pickupKato))
  );
}

/** The route's pending stops as the solver placed them, and each ride's planned times. */
export function setPendingStops(
  route: LoadedRoute,
  plan: ReturnType<typeof toStopPlans>,
  trips: ReadonlyMap<string, TripRow>,
): void {
  route.pending = plan.map((p, i) => ({
    id: `${route.shift.id}.${i}`,
    shiftId: route.shift.id,
    bookingId: p.bookingId,
    kind: p.kind,
    sequence: i + 1,
    plannedAt: p.plannedAt,
    actualAt: null,
  }));
  for (const p of route.pending) {
    const x = trips.get(p.bookingId);
    if (!x) continue;
    x.shiftId = route.shift.id;
    if (p.kind === 'PICKUP') x.plannedPickupAt = p.plannedAt;
    else x.plannedDropoffAt = p.plannedAt;
  }
}

/**
 * Places the trip at its cheapest feasible place among the routes (the worker's batches of the
 * nearest routes, BookingPlacer), rewriting that route in memory. On success the trip is in
 * `trips` with its shift and planned times and the shift id is returned; else null and the trip
 * is not in `trips`.
 */
export async function placeInMemory(
  routes: readonly LoadedRoute[],
  trips: Map<string, TripRow>,
  t: TripRow,
  travel: TravelTimeProvider,
  covers?: (shiftId: string, pickupKato: string) => boolean,
): Promise<string | null> {
  const needs = tripNeeds(t);
  const ranked = rankRoutes(
    routes.filter((r) => shiftCanTake(r, t, covers, needs)),
    trips,
    t,
  );
  trips.set(t.id, t);
  let found: Awaited<ReturnType<typeof insertInto>> = null;
  for (let i = 0; i < ranked.length && i < MAX_BATCHES * ROUTES_PER_BATCH && !found; i += ROUTES_PER_BATCH)
    found = await insertInto(ranked.slice(i, i + ROUTES_PER_BATCH), trips, t, travel);
  if (!found) {
    trips.delete(t.id);
    return null;
  }
  const f = found;
  const route = routes.find((r) => r.shift.id === f.ins.vehicleId) as LoadedRoute;
  setPendingStops(route, toStopPlans(f.ins.route.stops, f.toDate), trips);
  return route.shift.id;
}
