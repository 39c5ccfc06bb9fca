import { OneHourTravelTime, slowestHour } from './one-hour-travel-time';
import { HaversineTravelTimeProvider, type GeoPoint, type TravelTimeProvider } from './travel-time';

describe('OneHourTravelTime', () => {
  it('slowestHour: the first hour with the lowest speed', () => {
    expect(slowestHour([30, 20, 25, 20])).toBe(1);
    expect(slowestHour([40])).toBe(0);
  });

  it('asks the inner provider at its hour, whatever hour the caller names', async () => {
    const hours: number[] = [];
    const inner: TravelTimeProvider = {
      matrix: (points: readonly GeoPoint[], hour: number) => {
        hours.push(hour);
        return new HaversineTravelTimeProvider({
          detourFactor: 1.3,
          speedKmhByHour: Array(24).fill(30),
        }).matrix(points, hour);
      },
    };
    const travel: TravelTimeProvider = new OneHourTravelTime(inner, 8);
    await travel.matrix([{ lat: 51.2, lon: 51.37 }], 14);
    expect(hours).toEqual([8]);
  });
});
