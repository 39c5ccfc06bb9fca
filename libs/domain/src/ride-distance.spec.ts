import { rideTrail, trailMetres } from './ride-distance';

const p = (lat: number, lon: number) => ({ lat, lon });

describe('a ride measured along its trail', () => {
  it('runs from the pick-up through the positions on board to the drop-off, a position in place once', () => {
    expect(rideTrail(p(0, 0), [p(0, 0), p(1, 1), p(1, 1), p(2, 2)], p(3, 3))).toEqual([
      p(0, 0),
      p(1, 1),
      p(2, 2),
      p(3, 3),
    ]);
    // No position on the way: the pick-up to the drop-off.
    expect(rideTrail(p(0, 0), [], p(3, 3))).toEqual([p(0, 0), p(3, 3)]);
  });

  it('thins a long trail evenly, keeping its ends', () => {
    const positions = Array.from({ length: 100 }, (_, i) => p(1 + i, 0));
    const trail = rideTrail(p(0, 0), positions, p(200, 0), 6);
    // 4 positions of 100 (every 25th), between the pick-up and the drop-off.
    expect(trail).toEqual([p(0, 0), p(1, 0), p(26, 0), p(51, 0), p(76, 0), p(200, 0)]);
  });

  it('adds up each step to the next, to whole metres', () => {
    // Steps of 1000.4 m, 250.3 m and 0 m: 1250.7 -> 1251 (not the first to the last point).
    const steps: Record<string, number> = { '0-1': 1000.4, '1-2': 250.3, '2-3': 0, '0-3': 5 };
    expect(trailMetres(4, (i, j) => steps[`${i}-${j}`]!)).toBe(1251);
    expect(trailMetres(1, () => 99)).toBe(0);
    expect(trailMetres(0, () => 99)).toBe(0);
  });
});
