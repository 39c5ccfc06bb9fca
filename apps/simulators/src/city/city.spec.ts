import { createHash } from 'node:crypto';
import { localDateTimeToUtc } from '@invataxi/domain';
import { CITY_SHARES, earlyArrivalMinutes, nthOfShare, providerMissReason, refusedAskTime } from './city';

describe('the demo city’s shares and refused requests (f22 findings 1-3)', () => {
  it('keeps a share exactly, spread evenly: 5 in 100, 2 in 5', () => {
    const hits = (share: number, n: number): number[] =>
      Array.from({ length: n }, (_, i) => i + 1).filter((i) => nthOfShare(i, share));
    expect(hits(0.05, 100)).toEqual([20, 40, 60, 80, 100]);
    expect(hits(0.4, 5)).toEqual([3, 5]);
    expect(hits(0, 50)).toEqual([]);
  });

  it('asks for what the demo policy refuses: too soon, after 21:00, beyond the horizon', () => {
    const now = localDateTimeToUtc('2026-11-10', '20:31');
    expect(refusedAskTime('TOO_SOON', now)).toEqual(localDateTimeToUtc('2026-11-10', '20:45'));
    expect(refusedAskTime('AFTER_HOURS', now)).toEqual(localDateTimeToUtc('2026-11-11', '22:30'));
    expect(refusedAskTime('TOO_FAR_AHEAD', now)).toEqual(localDateTimeToUtc('2026-12-25', '10:00'));
  });

  it("gives the driver's provider-side misses each of their reasons, mostly the vehicle late", () => {
    const reasons = Array.from({ length: 400 }, (_, i) => providerMissReason(`booking-${i}`));
    const n = (r: string): number => reasons.filter((x) => x === r).length;
    expect(n('MISSED_VEHICLE_LATE')).toBeGreaterThan(150);
    expect(n('MISSED_ADDRESS_UNREACHABLE')).toBeGreaterThan(50);
    expect(n('MISSED_VEHICLE_PROBLEM')).toBeGreaterThan(50);
    // Fixed by the ride: asked again, the same reason.
    expect(providerMissReason('booking-7')).toBe(reasons[7]);
  });

  it('brings a share of the pick-ups 2 to 8 minutes early, inside the unflagged minutes (t22 M6)', () => {
    // Booking ids are UUIDs (a stable stand-in for them here).
    const ids = Array.from({ length: 1000 }, (_, i) => {
      const h = createHash('md5').update(String(i)).digest('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
    });
    const early = ids
      .map((id) => earlyArrivalMinutes(id, CITY_SHARES.earlyArrivalShare))
      .filter((m) => m > 0);
    expect(early.length).toBeGreaterThan(60);
    expect(early.length).toBeLessThan(180);
    expect(Math.min(...early)).toBe(2);
    expect(Math.max(...early)).toBe(8);
    expect(earlyArrivalMinutes('booking-1', 0)).toBe(0);
  });
});
