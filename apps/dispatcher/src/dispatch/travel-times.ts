import type { AppConfig } from '@invataxi/config';
import {
  HaversineTravelTimeProvider,
  type GeoPoint,
  type TravelMatrixResult,
  type TravelTimeProvider,
} from '@invataxi/routing';
// Not re-exported by the routing lib's index (owned by the solver engineer): imported by path.
import { OsrmTravelTimeProvider } from '../../../../libs/routing/src/osrm-travel-time';

/**
 * Every feasibility judgement uses one speed: the solver takes one matrix per problem, and a
 * route planned at one hour's speed and re-checked at a slower hour's looks broken (the next
 * insertion would then refuse the whole vehicle, or the lock-time re-check would disagree with
 * the search). The slowest hour of the profile is used, so planned times hold in the rush hour.
 */
export class OneHourTravelTime implements TravelTimeProvider {
  constructor(
    private readonly inner: TravelTimeProvider,
    readonly hour: number,
  ) {}

  matrix(points: readonly GeoPoint[]): Promise<TravelMatrixResult> {
    return this.inner.matrix(points, this.hour);
  }
}

/** The hour with the lowest average speed (the rush hour). */
export function slowestHour(speedKmhByHour: readonly number[]): number {
  let h = 0;
  speedKmhByHour.forEach((s, i) => {
    if (s < speedKmhByHour[h]) h = i;
  });
  return h;
}

/**
 * The travel-time source the configuration asks for: OSRM when OSRM_URL is set, else
 * great-circle distance times the detour factor at the hour's speed (DESIGN.md, "Dispatch").
 * One instance per process, so OSRM's leg cache is shared by every dispatch.
 */
export function createTravelTimeProvider(config: AppConfig): TravelTimeProvider {
  const speeds = config.TRAVEL_SPEED_KMH_BY_HOUR.map(Number);
  const inner: TravelTimeProvider = config.OSRM_URL
    ? new OsrmTravelTimeProvider({ baseUrl: config.OSRM_URL })
    : new HaversineTravelTimeProvider({ detourFactor: config.TRAVEL_DETOUR_FACTOR, speedKmhByHour: speeds });
  return new OneHourTravelTime(inner, slowestHour(speeds));
}

/** DI token of the process's one TravelTimeProvider. */
export const TRAVEL_TIME = Symbol('TRAVEL_TIME');
