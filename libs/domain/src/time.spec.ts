import {
  addDaysToLocalDate,
  bookableFromDate,
  ageOn,
  daysBetweenLocalDates,
  endOfLocalMonth,
  isValidLocalDate,
  localDateOf,
  localDateTimeToUtc,
  localMonthOf,
  localTimeOf,
  localWeekdayOf,
  parseLocalTime,
  startOfLocalDay,
  startOfLocalMonth,
  weekdayOfLocalDate,
} from './time';

describe('local time, UTC+5', () => {
  it('reads the local date and time of an instant', () => {
    const instant = new Date('2026-03-31T19:30:00Z'); // 00:30 on 1 April in Kazakhstan
    expect(localDateOf(instant)).toBe('2026-04-01');
    expect(localTimeOf(instant)).toBe('00:30');
    expect(localMonthOf(instant)).toBe('2026-04');
  });

  it('combines a local date and time into a UTC instant', () => {
    expect(localDateTimeToUtc('2026-04-01', '07:30').toISOString()).toBe('2026-04-01T02:30:00.000Z');
    expect(localDateTimeToUtc('2026-04-01', '00:00').toISOString()).toBe('2026-03-31T19:00:00.000Z');
    expect(localDateTimeToUtc('2026-04-01', '24:00').toISOString()).toBe('2026-04-01T19:00:00.000Z');
    expect(() => localDateTimeToUtc('2026-02-30', '07:30')).toThrow(RangeError);
  });

  it('gives the local weekday, Monday = 0', () => {
    expect(weekdayOfLocalDate('2026-11-23')).toBe(0); // a Monday
    expect(weekdayOfLocalDate('2026-11-29')).toBe(6);
    // Sunday 22:00 UTC is already Monday 03:00 in Kazakhstan
    expect(localWeekdayOf(new Date('2026-11-22T22:00:00Z'))).toBe(0);
  });

  it('bounds local days and months', () => {
    const instant = new Date('2026-12-31T20:00:00Z'); // 1 January 2027, 01:00 local
    expect(startOfLocalDay(instant).toISOString()).toBe('2026-12-31T19:00:00.000Z');
    expect(startOfLocalMonth(instant).toISOString()).toBe('2026-12-31T19:00:00.000Z');
    expect(endOfLocalMonth(instant).toISOString()).toBe('2027-01-31T19:00:00.000Z');
    expect(endOfLocalMonth(new Date('2026-12-15T00:00:00Z')).toISOString()).toBe('2026-12-31T19:00:00.000Z');
  });

  it('does date arithmetic across months and leap days', () => {
    expect(addDaysToLocalDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToLocalDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetweenLocalDates('2026-01-01', '2026-03-01')).toBe(59);
    expect(isValidLocalDate('2027-02-29')).toBe(false);
  });

  it('says from which day a ride beyond the booking horizon can be booked (walk 20)', () => {
    // Service expected from 29.12.2026, today 07.12, horizon 14 days: bookable from 15.12.
    expect(bookableFromDate('2026-12-29', '2026-12-07', 14)).toBe('2026-12-15');
    // Within the horizon: bookable today, no date to wait for.
    expect(bookableFromDate('2026-12-20', '2026-12-07', 14)).toBeNull();
    expect(bookableFromDate('2026-12-21', '2026-12-07', 14)).toBeNull();
    expect(bookableFromDate('2026-12-22', '2026-12-07', 14)).toBe('2026-12-08');
  });

  it('parses HH:MM, 24:00 only as an end', () => {
    expect(parseLocalTime('07:30')).toBe(450);
    expect(parseLocalTime('24:00')).toBeNull();
    expect(parseLocalTime('24:00', true)).toBe(1440);
    expect(parseLocalTime('7:30')).toBeNull();
    expect(parseLocalTime('12:60')).toBeNull();
  });

  it('counts age in full years', () => {
    expect(ageOn('2006-12-11', '2024-12-10')).toBe(17);
    expect(ageOn('2006-12-11', '2024-12-11')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});
