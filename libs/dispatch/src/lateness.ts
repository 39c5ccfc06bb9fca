// Lateness that is already a fact is not a violated constraint (issue 23, f23place). Planned from
// now (BuildOptions.now), a stop whose window has passed, or that its vehicle can no longer reach
// in time, makes the vehicle's whole route infeasible: the solver would then refuse every new ride
// on that vehicle (the placer skips a route that does not check out as given), and a ride sent
// back after a breakdown whose window is passing could go nowhere. The relaxation:
// - a stop on a route, planned in the vehicle's current order from its start (now, its last
//   ping): when it cannot start within its window, the window's end becomes the time it can
//   start (its earliest reachable time in that order); likewise its ride time and the shift's
//   end. The lateness it has is allowed, no more: a new ride may go on the vehicle only where it
//   makes no late stop later (lateness is minimised, never added to).
// - a ride being placed that was promised to its rider (`promised`, e.g. ACCEPTED rides sent back
//   after a breakdown) and that no vehicle can reach within its window: its pickup window is
//   re-opened from its earliest reachable time (the soonest any vehicle of the problem can be
//   there), as wide as it was; its drop-off limit moves by as much. So it is placed late, at a
//   time at or after now, rather than refused or planned in the past.
// Everything else is left as it is; a problem planned without `now` (a future day, the DARP
// benchmark) never comes here.
import type { DialARideProblem, InitialRoute, StopSpec, TripRequest, VehicleShift } from '@invataxi/routing';

/** Seconds of give on a relaxed limit: planned times are stored to the millisecond. */
const SLACK_SECONDS = 1;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Request = Omit<Mutable<TripRequest>, 'pickup' | 'dropoff'> & {
  pickup: Mutable<StopSpec>;
  dropoff: Mutable<StopSpec>;
};

/** The problem with the lateness that is already a fact allowed (see the file's comment). */
export function allowLateness(
  problem: DialARideProblem,
  initial: readonly InitialRoute[],
  promised: ReadonlySet<string> = new Set(),
): DialARideProblem {
  const { size, durations } = problem.travel;
  const time = (a: number, b: number): number => durations[a * size + b];
  const requests = new Map<string, Request>(
    problem.requests.map((q) => [q.id, { ...q, pickup: { ...q.pickup }, dropoff: { ...q.dropoff } }]),
  );
  const vehicles = new Map<string, Mutable<VehicleShift>>(problem.vehicles.map((v) => [v.id, { ...v }]));
  const onRoute = new Set<string>();

  for (const route of initial) {
    const v = vehicles.get(route.vehicleId);
    if (!v) continue;
    let t = v.earliestStart;
    let loc = v.startLocation;
    const leftPickup = new Map<string, { at: number; late: boolean }>();
    for (const s of route.stops) {
      const q = requests.get(s.requestId);
      if (!q) continue;
      onRoute.add(q.id);
      const spec: Mutable<StopSpec> = s.kind === 'pickup' ? q.pickup : q.dropoff;
      const b = Math.max(t + time(loc, spec.location), spec.earliest);
      const late = b > spec.latest;
      if (late) spec.latest = b + SLACK_SECONDS;
      t = b + spec.serviceTime;
      loc = spec.location;
      if (s.kind === 'pickup') {
        leftPickup.set(q.id, { at: t, late });
        continue;
      }
      // The ride so far is a fact for a passenger on board, and for one picked up late.
      const from = q.onBoard ? { at: q.onBoard.pickedUpAt, late: true } : leftPickup.get(q.id);
      if (from?.late && b - from.at > q.maxRideTime) q.maxRideTime = b - from.at + SLACK_SECONDS;
    }
    const end = t + time(loc, v.endLocation);
    if (end > v.latestEnd) v.latestEnd = end + SLACK_SECONDS;
  }

  for (const id of promised) {
    const q = requests.get(id);
    if (!q || onRoute.has(id)) continue;
    let reach = Infinity;
    for (const v of vehicles.values())
      reach = Math.min(reach, v.earliestStart + time(v.startLocation, q.pickup.location));
    if (!Number.isFinite(reach) || reach <= q.pickup.latest) continue;
    const moved = reach + (q.pickup.latest - q.pickup.earliest) - q.pickup.latest;
    q.pickup.latest += moved;
    q.dropoff.latest += moved;
  }

  return {
    ...problem,
    requests: problem.requests.map((q) => requests.get(q.id) as TripRequest),
    vehicles: problem.vehicles.map((v) => vehicles.get(v.id) as VehicleShift),
  };
}
