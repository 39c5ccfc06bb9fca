import { distanceMetres, isPointInRing, isValidGeoPoint } from './geo';

const square: [number, number][] = [
  [71.3, 51.0],
  [71.6, 51.0],
  [71.6, 51.3],
  [71.3, 51.3],
];

describe('geo', () => {
  it('finds points in a ring', () => {
    expect(isPointInRing({ lon: 71.43, lat: 51.13 }, square)).toBe(true);
    expect(isPointInRing({ lon: 71.2, lat: 51.13 }, square)).toBe(false);
    expect(isPointInRing({ lon: 71.43, lat: 51.13 }, [...square, square[0]!])).toBe(true);
  });

  it('measures great-circle distance', () => {
    // one degree of latitude is about 111.2 km
    expect(distanceMetres({ lon: 71, lat: 51 }, { lon: 71, lat: 52 })).toBeCloseTo(111_195, -2);
    expect(distanceMetres({ lon: 71, lat: 51 }, { lon: 71, lat: 51 })).toBe(0);
  });

  it('validates coordinates', () => {
    expect(isValidGeoPoint({ lon: 71.4, lat: 51.1 })).toBe(true);
    expect(isValidGeoPoint({ lon: 200, lat: 51.1 })).toBe(false);
    expect(isValidGeoPoint({ lon: Number.NaN, lat: 51.1 })).toBe(false);
  });
});
