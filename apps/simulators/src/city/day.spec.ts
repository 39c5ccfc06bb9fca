import { localDateOf, localDateTimeToUtc, localTimeOf } from '@invataxi/domain';
import { breakdownOrder, demoClockOffsetMs } from './day';

const at = (time: string): Date => localDateTimeToUtc('2026-12-07', time);
const shifted = (time: string): string => {
  const real = at(time);
  const moved = new Date(real.getTime() + demoClockOffsetMs(real));
  return `${localDateOf(moved)} ${localTimeOf(moved)}`;
};

describe("the demo city's working day", () => {
  it('keeps the real time in the busy part of the day (08:00-16:00)', () => {
    expect(demoClockOffsetMs(at('08:00'))).toBe(0);
    expect(demoClockOffsetMs(at('12:00'))).toBe(0);
    expect(demoClockOffsetMs(at('15:59'))).toBe(0);
  });

  it("moves the evening into the next date's late morning and the night into the same date's, minutes kept, never back", () => {
    // The evening: the simulated day is over by then, so the clock moves too (t22 finding 1),
    // forward: a clock moved back made every token the sign-in issued expired (t23).
    expect(shifted('16:00')).toBe('2026-12-08 09:00');
    expect(shifted('18:10')).toBe('2026-12-08 11:10');
    expect(shifted('18:59')).toBe('2026-12-08 11:59');
    expect(shifted('23:50')).toBe('2026-12-08 12:50');
    expect(shifted('23:59')).toBe('2026-12-08 12:59');
    expect(shifted('00:00')).toBe('2026-12-07 09:00');
    expect(shifted('02:17')).toBe('2026-12-07 11:17');
    expect(shifted('07:59')).toBe('2026-12-07 12:59');
  });

  it('always lands on a whole-hour offset inside 09:00-13:00 or keeps the time', () => {
    for (let m = 0; m < 24 * 60; m++) {
      const real = at(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
      const offset = demoClockOffsetMs(real);
      expect(Math.abs(offset % (60 * 60_000))).toBe(0);
      expect(offset).toBeGreaterThanOrEqual(0);
      const moved = new Date(real.getTime() + offset);
      expect(localDateOf(moved)).toBe(m >= 16 * 60 ? '2026-12-08' : '2026-12-07');
      const hour = Number(localTimeOf(moved).slice(0, 2));
      if (offset === 0) expect(hour >= 8 && hour < 16).toBe(true);
      else expect(hour >= 9 && hour < 13).toBe(true);
    }
  });
});

describe("the day's breakdown", () => {
  it('considers a different vehicle first each day, the same on every start, then all the others', () => {
    expect(breakdownOrder('2026-12-07', 5)).toEqual(breakdownOrder('2026-12-07', 5));
    expect(breakdownOrder('2026-12-07', 5)[0]).not.toBe(breakdownOrder('2026-12-08', 5)[0]);
    const firsts = new Set<number>();
    for (let d = 1; d <= 30; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}`;
      const order = breakdownOrder(day, 5);
      expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
      firsts.add(order[0]);
    }
    expect(firsts.size).toBe(5);
    expect(breakdownOrder('2026-12-07', 0)).toEqual([]);
  });
});
