import { HaversineTravelTimeProvider, buildTravelMatrix, greatCircleMetres } from './travel-time';

const almaty = { lat: 43.2389, lon: 76.8897 };
const astana = { lat: 51.1694, lon: 71.4491 };

describe('travel times', () => {
  it('measures great-circle distance (Almaty - Astana is about 970 km)', () => {
    expect(greatCircleMetres(almaty, astana) / 1000).toBeGreaterThan(960);
    expect(greatCircleMetres(almaty, astana) / 1000).toBeLessThan(980);
    expect(greatCircleMetres(almaty, almaty)).toBe(0);
  });

  it('builds a matrix in seconds and metres with the detour factor and the hour speed', async () => {
    const speeds = Array.from({ length: 24 }, (_, h) => (h === 8 ? 20 : 40));
    const provider = new HaversineTravelTimeProvider({ detourFactor: 1.3, speedKmhByHour: speeds });
    const a = { lat: 43.25, lon: 76.9 };
    const b = { lat: 43.26, lon: 76.95 };
    const night = await provider.matrix([a, b], 3);
    const rush = await provider.matrix([a, b], 8);
    const metres = greatCircleMetres(a, b) * 1.3;
    expect(night.size).toBe(2);
    expect(night.distances[1]).toBeCloseTo(metres);
    expect(night.durations[1]).toBeCloseTo(metres / (40 / 3.6));
    expect(rush.durations[1]).toBeCloseTo(2 * night.durations[1]);
    expect(night.durations[0]).toBe(0);
  });

  it('refuses a speed profile without 24 positive hours', () => {
    expect(() => new HaversineTravelTimeProvider({ detourFactor: 1.3, speedKmhByHour: [30] })).toThrow();
  });

  it('builds a dense matrix from a function', () => {
    const m = buildTravelMatrix(3, (i, j) => ({
      duration: 10 * Math.abs(i - j),
      distance: 100 * Math.abs(i - j),
    }));
    expect(Array.from(m.durations)).toEqual([0, 10, 20, 10, 0, 10, 20, 10, 0]);
    expect(m.distances[2]).toBe(200);
  });
});
