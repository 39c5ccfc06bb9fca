import type { AppConfig } from '@invataxi/config';
import {
  HaversineTravelTimeProvider,
  OneHourTravelTime,
  OsrmTravelTimeProvider,
  slowestHour,
  type TravelTimeProvider,
} from '@invataxi/routing';

/**
 * The travel-time source the configuration asks for: OSRM when OSRM_URL is set, else
 * great-circle distance times the detour factor at the hour's speed (DESIGN.md, "Dispatch"),
 * both at the slowest hour's speed (OneHourTravelTime: one speed for every feasibility judgement).
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
