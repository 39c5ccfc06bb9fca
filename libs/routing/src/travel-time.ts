// Where travel times come from. The solver only needs a dense matrix; a TravelTimeProvider
// builds one for a set of points. The default is pure arithmetic (great-circle distance times a
// detour factor, driven at the speed of the departure hour); an OSRM adapter implements the
// same interface over HTTP, hence the Promise.
import type { TravelMatrix } from './model';

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Durations in seconds and distances in metres, row-major: from i to j at [i * size + j]. */
export interface TravelMatrixResult extends TravelMatrix {
  readonly durations: Float64Array;
  readonly distances: Float64Array;
}

export interface TravelTimeProvider {
  /** Travel from every point to every point, departing at `departureHour` (0-23, local). */
  matrix(points: readonly GeoPoint[], departureHour: number): Promise<TravelMatrixResult>;
}

export interface HaversineOptions {
  /** Road distance over great-circle distance; about 1.3 in cities. */
  readonly detourFactor: number;
  /** Average speed in km/h for each hour of the day, 24 entries (index = departure hour). */
  readonly speedKmhByHour: readonly number[];
}

const EARTH_RADIUS_M = 6_371_008.8; // mean radius (IUGG)

/** Great-circle distance in metres (haversine formula). */
export function greatCircleMetres(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The default provider: no network, no configuration read; parameters come in. */
export class HaversineTravelTimeProvider implements TravelTimeProvider {
  constructor(private readonly options: HaversineOptions) {
    if (options.speedKmhByHour.length !== 24) throw new Error('speedKmhByHour needs 24 entries');
    if (options.speedKmhByHour.some((s) => !(s > 0))) throw new Error('speeds must be positive');
    if (!(options.detourFactor >= 1)) throw new Error('detourFactor must be at least 1');
  }

  /** Road distance (m) and duration (s) of one trip. */
  leg(from: GeoPoint, to: GeoPoint, departureHour: number): { metres: number; seconds: number } {
    const metres = greatCircleMetres(from, to) * this.options.detourFactor;
    const kmh = this.options.speedKmhByHour[hourIndex(departureHour)];
    return { metres, seconds: metres / ((kmh * 1000) / 3600) };
  }

  matrix(points: readonly GeoPoint[], departureHour: number): Promise<TravelMatrixResult> {
    return Promise.resolve(this.matrixSync(points, departureHour));
  }

  matrixSync(points: readonly GeoPoint[], departureHour: number): TravelMatrixResult {
    const { detourFactor, speedKmhByHour } = this.options;
    const metresPerSecond = (speedKmhByHour[hourIndex(departureHour)] * 1000) / 3600;
    return buildTravelMatrix(points.length, (i, j) => {
      const metres = greatCircleMetres(points[i], points[j]) * detourFactor;
      return { duration: metres / metresPerSecond, distance: metres };
    });
  }
}

/** A dense matrix from a function of two location indices (the diagonal is 0). */
export function buildTravelMatrix(
  size: number,
  leg: (from: number, to: number) => { readonly duration: number; readonly distance: number },
): TravelMatrixResult {
  const durations = new Float64Array(size * size);
  const distances = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      if (i === j) continue;
      const l = leg(i, j);
      durations[i * size + j] = l.duration;
      distances[i * size + j] = l.distance;
    }
  }
  return { size, durations, distances };
}

function hourIndex(hour: number): number {
  return ((Math.floor(hour) % 24) + 24) % 24;
}
