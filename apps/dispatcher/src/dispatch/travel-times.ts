import type { AppConfig } from '@invataxi/config';
import { HaversineTravelTimeProvider, type TravelTimeProvider } from '@invataxi/routing';
// Not re-exported by the routing lib's index (owned by the solver engineer): imported by path.
import { OsrmTravelTimeProvider } from '../../../../libs/routing/src/osrm-travel-time';

/**
 * The travel-time source the configuration asks for: OSRM when OSRM_URL is set, else
 * great-circle distance times the detour factor at the hour's speed (DESIGN.md, "Dispatch").
 * One instance per process, so OSRM's leg cache is shared by every dispatch.
 */
export function createTravelTimeProvider(config: AppConfig): TravelTimeProvider {
  if (config.OSRM_URL) return new OsrmTravelTimeProvider({ baseUrl: config.OSRM_URL });
  return new HaversineTravelTimeProvider({
    detourFactor: config.TRAVEL_DETOUR_FACTOR,
    speedKmhByHour: config.TRAVEL_SPEED_KMH_BY_HOUR.map(Number),
  });
}

/** DI token of the process's one TravelTimeProvider. */
export const TRAVEL_TIME = Symbol('TRAVEL_TIME');
