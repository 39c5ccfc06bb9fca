// How far a completed ride went (the kilometres a billing act carries, issue 22): along the
// vehicle's own trail while the rider was on board, not the planned direct distance.
import type { GeoPoint } from './geo';

/** Most points a trail is measured through: a day of pings every few seconds is thinned evenly. */
export const RIDE_TRAIL_MAX_POINTS = 60;

/**
 * The trail a ride's distance is measured along: its pick-up, the vehicle's positions between
 * boarding and drop-off in time order, and its drop-off. Beyond `maxPoints` the positions are
 * thinned evenly (the ends are kept); a position repeated in place adds nothing and is dropped.
 */
export function rideTrail(
  pickup: GeoPoint,
  positions: readonly GeoPoint[],
  dropoff: GeoPoint,
  maxPoints = RIDE_TRAIL_MAX_POINTS,
): GeoPoint[] {
  const inner = Math.max(0, maxPoints - 2);
  const step = positions.length > inner ? positions.length / inner : 1;
  const picked: GeoPoint[] = [];
  for (let i = 0; i < positions.length && picked.length < inner; i += step)
    picked.push(positions[Math.floor(i)]!);
  const trail: GeoPoint[] = [];
  for (const p of [pickup, ...picked, dropoff]) {
    const last = trail[trail.length - 1];
    if (!last || last.lat !== p.lat || last.lon !== p.lon) trail.push({ lat: p.lat, lon: p.lon });
  }
  return trail;
}

/**
 * The trail's length in whole metres: the sum of the road distance between each point and the
 * next (`metres(i, i + 1)`: the travel model the rides are planned with, so a trail with no
 * position on the way measures the planned direct distance, and a detour measures more).
 */
export function trailMetres(points: number, metres: (from: number, to: number) => number): number {
  let sum = 0;
  for (let i = 0; i + 1 < points; i++) sum += metres(i, i + 1);
  return Math.round(sum);
}
