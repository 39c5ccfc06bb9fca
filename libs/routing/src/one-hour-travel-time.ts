import type { GeoPoint, TravelMatrixResult, TravelTimeProvider } from './travel-time';

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
