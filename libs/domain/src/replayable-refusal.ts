// The booking refusals a what-if policy variant can change (issue 25, t25 M2): a request refused
// only for service hours, minimum notice or horizon is kept as an asked trip (refused_request)
// and replayed under a scenario's rules, which may now accept it.
import type { GeoPoint } from './geo';
import type { ReasonCode } from './reasons';

/** The refusal codes that depend only on the rules a policy variant sets (hours, notice, horizon). */
export const REPLAYABLE_REFUSALS: readonly ReasonCode[] = [
  'OUTSIDE_SERVICE_HOURS',
  'LEAD_TIME_TOO_SHORT',
  'BEYOND_HORIZON',
];

/**
 * Whether a refusal is kept for the what-if replay: it has reasons and every one of them is a
 * variant's (REPLAYABLE_REFUSALS). A request refused for anything else too (not eligible, quota,
 * area...) would be refused under any variant, so nothing is kept of it.
 */
export function isReplayableRefusal(reasons: readonly ReasonCode[]): boolean {
  return reasons.length > 0 && reasons.every((r) => REPLAYABLE_REFUSALS.includes(r));
}

/** Degrees a kept point is rounded to: 0.001° is about 110 m north-south, less east-west. */
export const PLANNING_POINT_DEGREES = 0.001;
const PER_DEGREE = 1 / PLANNING_POINT_DEGREES;

/** A point rounded for planning (about 100 m): enough to route a vehicle, not to find a door. */
export function planningPoint(p: GeoPoint): GeoPoint {
  const round = (x: number): number => Math.round(x * PER_DEGREE) / PER_DEGREE;
  return { lat: round(p.lat), lon: round(p.lon) };
}
