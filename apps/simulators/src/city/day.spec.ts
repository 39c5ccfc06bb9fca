import { localDateOf, localDateTimeToUtc, localTimeOf } from '@invataxi/domain';
import { demoClockOffsetMs } from './day';

const at = (time: string): Date => localDateTimeToUtc('2026-12-07', time);
const shifted = (time: string): string => {
  const real = at(time);
  const moved = new Date(real.getTime() + demoClockOffsetMs(real));
  return `${localDateOf(moved)} ${localTimeOf(moved)}`;
};

describe("the demo city's working day", () => {
  it('keeps the real time by day', () => {
    expect(demoClockOffsetMs(at('07:00'))).toBe(0);
    expect(demoClockOffsetMs(at('12:34'))).toBe(0);
    expect(demoClockOffsetMs(at('18:59'))).toBe(0);
  });

  it("moves the night into the same date's working hours, minutes kept", () => {
    expect(shifted('00:05')).toBe('2026-12-07 09:05');
    expect(shifted('03:30')).toBe('2026-12-07 09:30');
    expect(shifted('06:59')).toBe('2026-12-07 09:59');
    expect(shifted('19:00')).toBe('2026-12-07 10:00');
    expect(shifted('23:50')).toBe('2026-12-07 10:50');
  });
});
