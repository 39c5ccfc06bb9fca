import { computeTripTiming, maxRideSeconds } from './time-windows';

const widths = {
  pickupBeforeMinutes: 10,
  pickupAfterMinutes: 20,
  dropoffBeforeMinutes: 30,
  dropoffAfterMinutes: 0,
};
const T = new Date('2026-12-01T05:00:00Z');
const min = (m: number): Date => new Date(T.getTime() + m * 60_000);

describe('time windows', () => {
  it('limits the ride to factor x direct + minutes', () => {
    expect(maxRideSeconds(1200, { factor: 1.5, plusMinutes: 15 })).toBe(2700);
    expect(maxRideSeconds(1001, { factor: 1.5, plusMinutes: 0 })).toBe(1502);
  });

  it('opens the pickup window around "pick me up at" and follows with the drop-off', () => {
    const t = computeTripTiming({
      anchor: 'PICKUP',
      time: T,
      directTravelSeconds: 1200,
      boardingSeconds: 60,
      widths,
      maxRideTime: { factor: 1.5, plusMinutes: 15 },
    });
    expect(t.windows).toEqual({
      pickupEarliest: min(-10),
      pickupLatest: min(20),
      dropoffEarliest: min(11),
      dropoffLatest: min(66),
    });
    expect([t.nominalPickup, t.nominalDropoff]).toEqual([T, min(21)]);
  });

  it('works back from "get me there by"', () => {
    const t = computeTripTiming({
      anchor: 'DROPOFF',
      time: T,
      directTravelSeconds: 1200,
      boardingSeconds: 60,
      widths,
      maxRideTime: { factor: 1.5, plusMinutes: 15 },
    });
    expect(t.windows).toEqual({
      pickupEarliest: min(-76),
      pickupLatest: min(-21),
      dropoffEarliest: min(-30),
      dropoffLatest: T,
    });
    expect([t.nominalPickup, t.nominalDropoff]).toEqual([min(-21), T]);
  });

  it('always leaves room for the direct ride inside the windows', () => {
    for (const anchor of ['PICKUP', 'DROPOFF'] as const) {
      for (const direct of [60, 600, 3600]) {
        const t = computeTripTiming({
          anchor,
          time: T,
          directTravelSeconds: direct,
          boardingSeconds: 120,
          widths,
          maxRideTime: { factor: 1.2, plusMinutes: 5 },
        });
        const w = t.windows;
        expect(w.pickupEarliest <= w.pickupLatest && w.dropoffEarliest <= w.dropoffLatest).toBe(true);
        expect(w.pickupLatest.getTime() + (120 + direct) * 1000).toBeLessThanOrEqual(
          w.dropoffLatest.getTime(),
        );
      }
    }
  });
});
