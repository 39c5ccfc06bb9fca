// A region's day cut into pieces the search can hold: the solver compiles dense node x node
// matrices, so 10,000 requests on 500 vehicles in one piece would need gigabytes. Pieces are
// sectors around the centre of the day's pickups, each with the vehicles whose depots lie in it:
// nearby trips share a vehicle far more often than trips across town, so little is lost.
import type { LoadedRoute, TripRow } from '@invataxi/dispatch';

export interface PlanPart {
  routes: LoadedRoute[];
  /** Trips not on any route (waitlisted) that this piece may place. */
  extra: TripRow[];
  /** Requests in the piece (on its routes and extra). */
  size: number;
}

export function partitionDay(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
  extra: readonly TripRow[],
  maxRequests: number,
): PlanPart[] {
  const onRoute = (r: LoadedRoute): number => new Set(r.pending.map((s) => s.bookingId)).size;
  const total = routes.reduce((n, r) => n + onRoute(r), 0) + extra.length;
  const k = Math.min(Math.max(1, Math.ceil(total / maxRequests)), Math.max(1, routes.length));
  if (k === 1) return [{ routes: [...routes], extra: [...extra], size: total }];
  const all = [...trips.values(), ...extra];
  const cLat = all.reduce((s, t) => s + t.pickupLat, 0) / Math.max(1, all.length);
  const cLon = all.reduce((s, t) => s + t.pickupLon, 0) / Math.max(1, all.length);
  const angle = (lat: number, lon: number): number =>
    Math.atan2(lat - cLat, (lon - cLon) * Math.cos((cLat * Math.PI) / 180));
  // Sectors hold equal numbers of vehicles (fleets are sized to demand); each free trip joins the
  // sector its pickup lies in.
  const byAngle = [...routes].sort(
    (a, b) => angle(a.shift.startLat, a.shift.startLon) - angle(b.shift.startLat, b.shift.startLon),
  );
  const parts: PlanPart[] = [];
  const bounds: number[] = [];
  for (let i = 0; i < k; i++) {
    const slice = byAngle.slice(
      Math.floor((i * byAngle.length) / k),
      Math.floor(((i + 1) * byAngle.length) / k),
    );
    parts.push({ routes: slice, extra: [], size: slice.reduce((n, r) => n + onRoute(r), 0) });
    const last = slice[slice.length - 1];
    bounds.push(last ? angle(last.shift.startLat, last.shift.startLon) : Infinity);
  }
  bounds[k - 1] = Infinity;
  for (const t of extra) {
    const a = angle(t.pickupLat, t.pickupLon);
    const i = bounds.findIndex((b) => a <= b);
    const part = parts[i < 0 ? k - 1 : i];
    part.extra.push(t);
    part.size++;
  }
  return parts.filter((p) => p.routes.length > 0 || p.extra.length > 0);
}
