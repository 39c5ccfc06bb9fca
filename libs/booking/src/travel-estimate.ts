import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { localMinutesOf } from '@invataxi/domain';
import { HaversineTravelTimeProvider } from '@invataxi/routing';

export interface DirectTravel {
  seconds: number;
  metres: number;
}

/**
 * The direct travel time a booking's windows and ride-time limit are computed from: the routing
 * library's great-circle provider (distance x detour factor at the speed of the local hour),
 * configured by TRAVEL_DETOUR_FACTOR and TRAVEL_SPEED_KMH_BY_HOUR. Synchronous and local: a
 * booking must not wait on a road-network service to be accepted; dispatch uses the real one.
 */
@Injectable()
export class DirectTravelEstimator {
  private readonly provider: HaversineTravelTimeProvider;

  constructor(@Inject(CONFIG) config: AppConfig) {
    this.provider = new HaversineTravelTimeProvider({
      detourFactor: config.TRAVEL_DETOUR_FACTOR,
      speedKmhByHour: config.TRAVEL_SPEED_KMH_BY_HOUR.map(Number),
    });
  }

  estimate(from: { lat: number; lon: number }, to: { lat: number; lon: number }, at: Date): DirectTravel {
    const hour = Math.floor(localMinutesOf(at) / 60) % 24;
    const leg = this.provider.leg(from, to, hour);
    return { seconds: Math.ceil(leg.seconds), metres: Math.round(leg.metres) };
  }
}
