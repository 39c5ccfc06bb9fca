// The figures a dispatcher compares before and after a re-plan: vehicles used, kilometres
// driven, mean ride-time ratio (time on board / direct time).
import type { DialARideProblem } from '@invataxi/routing';

export interface PlanFigures {
  [key: string]: number;
  vehiclesUsed: number;
  km: number;
  meanRideRatio: number;
  bookings: number;
}

export interface RouteForFigures {
  vehicleId: string;
  /** Stops in order with the start of service, in the problem's seconds. */
  stops: { requestId: string; kind: 'pickup' | 'dropoff'; serviceStart: number }[];
}

export function planFigures(
  problem: DialARideProblem,
  routes: readonly RouteForFigures[],
  directSeconds: ReadonlyMap<string, number>,
): PlanFigures {
  const vIndex = new Map(problem.vehicles.map((v, i) => [v.id, i]));
  const rIndex = new Map(problem.requests.map((r, i) => [r.id, i]));
  const { size, distances, durations } = problem.travel;
  const dist = distances ?? durations;
  let metres = 0;
  let used = 0;
  let ratioSum = 0;
  let ratioN = 0;
  let bookings = 0;
  for (const route of routes) {
    if (route.stops.length === 0) continue;
    used++;
    const v = problem.vehicles[vIndex.get(route.vehicleId) as number];
    let at = v.startLocation;
    const pickedAt = new Map<string, number>();
    for (const s of route.stops) {
      const req = problem.requests[rIndex.get(s.requestId) as number];
      const loc = s.kind === 'pickup' ? req.pickup.location : req.dropoff.location;
      metres += dist[at * size + loc];
      at = loc;
      if (s.kind === 'pickup') {
        pickedAt.set(s.requestId, s.serviceStart + req.pickup.serviceTime);
        bookings++;
      } else {
        const from = pickedAt.get(s.requestId);
        const direct = directSeconds.get(s.requestId) ?? 0;
        if (from !== undefined && direct > 0) {
          ratioSum += (s.serviceStart - from) / direct;
          ratioN++;
        }
      }
    }
    metres += dist[at * size + v.endLocation];
  }
  return {
    vehiclesUsed: used,
    km: Math.round(metres / 100) / 10,
    meanRideRatio: ratioN ? Math.round((ratioSum / ratioN) * 1000) / 1000 : 0,
    bookings,
  };
}

/** Figures of the whole day from its pieces (ride ratio weighted by bookings). */
export function combineFigures(parts: readonly PlanFigures[]): PlanFigures {
  const bookings = parts.reduce((n, p) => n + p.bookings, 0);
  return {
    vehiclesUsed: parts.reduce((n, p) => n + p.vehiclesUsed, 0),
    km: Math.round(parts.reduce((n, p) => n + p.km, 0) * 10) / 10,
    meanRideRatio: bookings
      ? Math.round((parts.reduce((n, p) => n + p.meanRideRatio * p.bookings, 0) / bookings) * 1000) / 1000
      : 0,
    bookings,
  };
}
