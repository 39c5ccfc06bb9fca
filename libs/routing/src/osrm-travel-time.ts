// Travel times from an OSRM server (HTTP table service, /table/v1/driving/...), behind the same
// TravelTimeProvider interface as the great-circle default. Road times change little within an
// hour and points repeat (homes, clinics, depots), so legs are cached in an LRU keyed by the
// points rounded to about 10 m and the departure hour: a dispatch that re-reads the same routes
// asks OSRM only for what is new.
import type { GeoPoint, TravelMatrixResult, TravelTimeProvider } from './travel-time';

export interface OsrmOptions {
  /** Base URL, e.g. http://osrm:5000 (no trailing slash needed). */
  readonly baseUrl: string;
  /** OSRM profile in the path; 'driving' for a car. */
  readonly profile?: string;
  /** Legs kept in the cache (default 200 000). */
  readonly cacheSize?: number;
  /** Per-request timeout (default 5 000 ms). */
  readonly timeoutMs?: number;
  /** OSRM's default max-table-size is 100 points; larger matrices are fetched in blocks. */
  readonly maxTablePoints?: number;
}

interface Leg {
  readonly seconds: number;
  readonly metres: number;
}

/** A small LRU on Map's insertion order: a hit is moved to the back, the front is evicted. */
class LegCache {
  private readonly map = new Map<string, Leg>();
  constructor(private readonly capacity: number) {}

  get(key: string): Leg | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, v: Leg): void {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
  }

  get size(): number {
    return this.map.size;
  }
}

interface OsrmTableResponse {
  code: string;
  message?: string;
  durations?: (number | null)[][];
  distances?: (number | null)[][];
}

export class OsrmTravelTimeProvider implements TravelTimeProvider {
  private readonly cache: LegCache;
  /** HTTP table requests made: for tests and metrics. */
  requests = 0;

  constructor(private readonly options: OsrmOptions) {
    this.cache = new LegCache(options.cacheSize ?? 200_000);
  }

  get cachedLegs(): number {
    return this.cache.size;
  }

  async matrix(points: readonly GeoPoint[], departureHour: number): Promise<TravelMatrixResult> {
    const n = points.length;
    const hour = ((Math.floor(departureHour) % 24) + 24) % 24;
    const keys = points.map(pointKey);
    const durations = new Float64Array(n * n);
    const distances = new Float64Array(n * n);
    // Which points still have a missing leg to or from another point.
    const missing = new Set<number>();
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j || keys[i] === keys[j]) continue;
        const leg = this.cache.get(legKey(keys[i], keys[j], hour));
        if (leg) {
          durations[i * n + j] = leg.seconds;
          distances[i * n + j] = leg.metres;
        } else {
          missing.add(i);
          missing.add(j);
        }
      }
    if (missing.size > 0) {
      await this.fetch(points, [...missing], durations, distances, keys, hour);
    }
    return { size: n, durations, distances };
  }

  /** Fetches the legs among the given points in blocks OSRM accepts, filling matrix and cache. */
  private async fetch(
    points: readonly GeoPoint[],
    idx: number[],
    durations: Float64Array,
    distances: Float64Array,
    keys: string[],
    hour: number,
  ): Promise<void> {
    const n = points.length;
    const block = Math.max(2, Math.floor((this.options.maxTablePoints ?? 100) / 2));
    for (let a = 0; a < idx.length; a += block) {
      for (let b = 0; b < idx.length; b += block) {
        const src = idx.slice(a, a + block);
        const dst = idx.slice(b, b + block);
        const all = [...new Set([...src, ...dst])];
        const pos = new Map(all.map((p, k) => [p, k]));
        const table = await this.table(
          all.map((p) => points[p]),
          src.map((p) => pos.get(p) as number),
          dst.map((p) => pos.get(p) as number),
        );
        src.forEach((i, si) =>
          dst.forEach((j, dj) => {
            if (i === j) return;
            const sec = table.durations?.[si]?.[dj];
            const m = table.distances?.[si]?.[dj];
            // null: OSRM found no road between the points; treat as unreachable.
            const seconds = sec === null || sec === undefined ? Number.POSITIVE_INFINITY : sec;
            const metres = m === null || m === undefined ? Number.POSITIVE_INFINITY : m;
            durations[i * n + j] = seconds;
            distances[i * n + j] = metres;
            if (Number.isFinite(seconds)) this.cache.set(legKey(keys[i], keys[j], hour), { seconds, metres });
          }),
        );
      }
    }
  }

  private async table(
    points: readonly GeoPoint[],
    sources: number[],
    destinations: number[],
  ): Promise<OsrmTableResponse> {
    const coords = points.map((p) => `${p.lon.toFixed(6)},${p.lat.toFixed(6)}`).join(';');
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const url =
      `${base}/table/v1/${this.options.profile ?? 'driving'}/${coords}` +
      `?sources=${sources.join(';')}&destinations=${destinations.join(';')}&annotations=duration,distance`;
    this.requests++;
    const res = await fetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000) });
    if (!res.ok) throw new Error(`OSRM table answered HTTP ${res.status}`);
    const body = (await res.json()) as OsrmTableResponse;
    if (body.code !== 'Ok') throw new Error(`OSRM table answered ${body.code}`);
    return body;
  }
}

/** About 11 m in latitude at 4 decimals: close enough for one kerb. */
function pointKey(p: GeoPoint): string {
  return `${p.lat.toFixed(4)},${p.lon.toFixed(4)}`;
}

function legKey(from: string, to: string, hour: number): string {
  return `${from}>${to}@${hour}`;
}
