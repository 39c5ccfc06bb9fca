// Small geometry for the service area and for "pickup equals drop-off". Points are WGS 84,
// [lon, lat] in rings as in GeoJSON; a city-sized polygon is treated as planar.

export interface GeoPoint {
  lon: number;
  lat: number;
}

export function isValidGeoPoint(p: GeoPoint): boolean {
  return Number.isFinite(p.lon) && Number.isFinite(p.lat) && Math.abs(p.lon) <= 180 && Math.abs(p.lat) <= 90;
}

/** Is the point inside the ring (even-odd rule)? The ring may or may not repeat its first point. */
export function isPointInRing(point: GeoPoint, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    const crosses = yi > point.lat !== yj > point.lat;
    if (crosses && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type LonLat = [number, number];

function cross(o: LonLat, a: LonLat, b: LonLat): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/**
 * The convex hull of the points (Andrew's monotone chain), counterclockwise, not closed; fewer
 * than three points, or all on one line, give fewer than three corners.
 */
export function convexHull(points: readonly LonLat[]): LonLat[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const unique = sorted.filter((p, i) => i === 0 || p[0] !== sorted[i - 1]![0] || p[1] !== sorted[i - 1]![1]);
  if (unique.length < 3) return unique;
  const half = (pts: LonLat[]): LonLat[] => {
    const out: LonLat[] = [];
    for (const p of pts) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(unique), ...half([...unique].reverse())];
}

/** Twice the signed area of the ring (shoelace): positive when counterclockwise. */
export function ringSignedArea2(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function segmentsCross(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const onSegment = (p: LonLat, q: LonLat, r: LonLat): boolean =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  return (
    (d1 === 0 && onSegment(c, d, a)) ||
    (d2 === 0 && onSegment(c, d, b)) ||
    (d3 === 0 && onSegment(a, b, c)) ||
    (d4 === 0 && onSegment(a, b, d))
  );
}

/** The ring without a repeated closing point. */
export function openRing(ring: readonly LonLat[]): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]
    ? ring.slice(0, -1)
    : [...ring];
}

/**
 * A simple polygon ring (OGC Simple Features 6.1.11, as GTFS-Flex's locations.geojson asks): at
 * least three distinct corners, non-zero area, and no two edges meet except neighbours at their
 * shared corner. The ring may or may not repeat its first point.
 */
export function isSimpleRing(ring: readonly LonLat[]): boolean {
  const r = openRing(ring);
  const n = r.length;
  if (n < 3 || ringSignedArea2(r) === 0) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      const [a, b] = [r[i]!, r[(i + 1) % n]!];
      const [c, d] = [r[j]!, r[(j + 1) % n]!];
      if (adjacent) {
        // Neighbours share one corner; they must not fold back over each other.
        const shared = j === i + 1 ? b : a;
        const other1 = j === i + 1 ? a : b;
        const other2 = j === i + 1 ? d : c;
        if (
          cross(shared, other1, other2) === 0 &&
          (other1[0] - shared[0]) * (other2[0] - shared[0]) +
            (other1[1] - shared[1]) * (other2[1] - shared[1]) >
            0
        )
          return false;
        continue;
      }
      if (segmentsCross(a, b, c, d)) return false;
    }
  }
  return true;
}

/** A GeoJSON exterior ring (RFC 7946 3.1.6): counterclockwise and closed (first point repeated). */
export function geoJsonExteriorRing(ring: readonly LonLat[]): LonLat[] {
  const r = openRing(ring);
  const ccw = ringSignedArea2(r) >= 0 ? r : [...r].reverse();
  return [...ccw, ccw[0]!];
}
