// How long each rider may ride after a re-plan (issue 18): the search minimises kilometres, and
// with the booking's limit alone (factor x direct + plusMinutes) it stretched short rides to
// twice and more their direct time (mean ride-time ratio 1.4 -> 2.3). A rider on a route may
// ride at most factor x direct, or as long as they already do: a hard constraint of the problem.
// Within that limit the objective weighs the riders' time too (walk F12a): a minute a rider
// spends on board beyond their direct ride costs as much as a minute of the vehicle driving, so
// the search saves kilometres by chaining rides, not by making riders ride along.
import { replanMaxRideSeconds } from '@invataxi/domain';
import type { DialARideProblem } from '@invataxi/routing';
import type { LoadedRoute, TripRow } from '@invataxi/dispatch';

/** Each rider's ride in the routes as they stand (pickup end to drop-off), in seconds. */
export function currentRides(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of routes) {
    const pickups = new Map<string, Date>();
    for (const s of r.pending) {
      if (s.kind === 'PICKUP') pickups.set(s.bookingId, s.plannedAt);
      else {
        const from = pickups.get(s.bookingId);
        const t = trips.get(s.bookingId);
        if (from && t)
          out.set(s.bookingId, (s.plannedAt.getTime() - from.getTime()) / 1000 - t.boardingSeconds);
      }
    }
  }
  return out;
}

/**
 * The problem with each request's ride limit cut to replanMaxRideSeconds. Direct time is the
 * longer of the booking's and the travel matrix's (the search measures rides on the matrix),
 * so a rider's own direct ride always fits. Riders on board keep their limit.
 */
export function capRideTimes(
  problem: DialARideProblem,
  current: ReadonlyMap<string, number>,
  directSeconds: ReadonlyMap<string, number>,
  factor: number,
): DialARideProblem {
  const { size, durations } = problem.travel;
  return {
    ...problem,
    requests: problem.requests.map((r) => {
      if (r.onBoard) return r;
      const direct = Math.max(
        directSeconds.get(r.id) ?? 0,
        durations[r.pickup.location * size + r.dropoff.location],
      );
      const now = current.get(r.id);
      const limit = replanMaxRideSeconds({
        bookedLimitSeconds: r.maxRideTime,
        directSeconds: direct,
        factor,
        // a minute of slack: the stored times are the search's, rounded to the second
        currentRideSeconds: now === undefined ? null : now + 60,
      });
      return limit === r.maxRideTime ? r : { ...r, maxRideTime: limit };
    }),
  };
}

/** A rider's minute on board beyond direct weighs as much as this many minutes of driving. */
export const RIDE_MINUTE_AS_DRIVING_MINUTES = 1;

/**
 * The problem with the ride-time term in its objective (DialARideProblem.rideTimeCost). The
 * objective's unit is the matrix's distance (metres) when it has one: a driving second is then
 * worth the matrix's mean speed in metres.
 */
export function weighRideTime(problem: DialARideProblem): DialARideProblem {
  const { durations, distances } = problem.travel;
  let perSecond = 1;
  if (distances) {
    let metres = 0;
    let seconds = 0;
    for (let i = 0; i < durations.length; i++)
      if (Number.isFinite(distances[i]) && Number.isFinite(durations[i])) {
        metres += distances[i]!;
        seconds += durations[i]!;
      }
    if (seconds > 0) perSecond = metres / seconds;
  }
  return { ...problem, rideTimeCost: RIDE_MINUTE_AS_DRIVING_MINUTES * perSecond };
}
