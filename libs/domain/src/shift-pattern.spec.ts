import { isoWeekday, shiftPatternDays, shiftPeriodOn, validateShiftPattern } from './shift-pattern';
import { localDateTimeToUtc } from './time';

describe('shift pattern', () => {
  const base = { startTime: '07:00', endTime: '19:00' };

  it('puts a shift on each chosen weekday between the dates, both included', () => {
    // 2026-12-07 is a Monday.
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
    const days = shiftPatternDays({ ...base, from: '2026-12-07', to: '2026-12-20', weekdays: [1, 3, 5] });
    expect(days).toEqual([
      '2026-12-07',
      '2026-12-09',
      '2026-12-11',
      '2026-12-14',
      '2026-12-16',
      '2026-12-18',
    ]);
  });

  it('refuses an end before the start, more than eight weeks, or no matching day, at their fields', () => {
    expect(
      validateShiftPattern({ ...base, from: '2026-12-10', to: '2026-12-09', weekdays: [1] })[0]?.field,
    ).toBe('to');
    expect(
      validateShiftPattern({ ...base, from: '2026-12-07', to: '2027-02-01', weekdays: [1] })[0]?.code,
    ).toBe('TOO_LONG');
    expect(validateShiftPattern({ ...base, from: '2026-12-07', to: '2027-01-31', weekdays: [1] })).toEqual(
      [],
    );
    expect(
      validateShiftPattern({ ...base, from: '2026-12-08', to: '2026-12-09', weekdays: [1] })[0]?.field,
    ).toBe('weekdays');
  });

  it('runs a shift that ends at or before its start past midnight', () => {
    expect(shiftPeriodOn('2026-12-07', '07:00', '19:00')).toEqual({
      startsAt: localDateTimeToUtc('2026-12-07', '07:00'),
      endsAt: localDateTimeToUtc('2026-12-07', '19:00'),
    });
    expect(shiftPeriodOn('2026-12-07', '20:00', '06:00').endsAt).toEqual(
      localDateTimeToUtc('2026-12-08', '06:00'),
    );
  });
});
