import { isQuiet, nextAllowedInstant, parseQuietHours, type QuietHours } from './quiet-hours';
import { arrivalAlertDue, dailyCronUtc, reminderDate } from './schedule';

const q = parseQuietHours('22:00-08:00') as QuietHours;

describe('quiet hours (local time, UTC+5)', () => {
  it('parses a range, an empty value and refuses junk', () => {
    expect(q).toEqual({ startMinute: 1320, endMinute: 480 });
    expect(parseQuietHours('')).toBe('none');
    expect(parseQuietHours('22-8')).toBeNull();
    expect(parseQuietHours('25:00-08:00')).toBeNull();
    expect(parseQuietHours('08:00-08:00')).toBeNull();
  });

  it('is quiet across midnight and lets messages go at the end', () => {
    // 17:30 UTC = 22:30 local; 02:59 UTC = 07:59 local; 03:00 UTC = 08:00 local.
    expect(isQuiet(new Date('2026-03-01T17:30:00Z'), q)).toBe(true);
    expect(isQuiet(new Date('2026-03-01T02:59:00Z'), q)).toBe(true);
    expect(isQuiet(new Date('2026-03-01T03:00:00Z'), q)).toBe(false);
    expect(isQuiet(new Date('2026-03-01T16:59:00Z'), q)).toBe(false);
    expect(nextAllowedInstant(new Date('2026-03-01T17:30:00Z'), q)).toEqual(new Date('2026-03-02T03:00:00Z'));
    expect(nextAllowedInstant(new Date('2026-03-01T20:00:00Z'), q)).toEqual(new Date('2026-03-02T03:00:00Z'));
    expect(nextAllowedInstant(new Date('2026-03-01T01:00:00Z'), q)).toEqual(new Date('2026-03-01T03:00:00Z'));
    const day = new Date('2026-03-01T09:00:00Z');
    expect(nextAllowedInstant(day, q)).toBe(day);
    expect(nextAllowedInstant(day, null)).toBe(day);
  });

  it('handles a range within one day', () => {
    const lunch = parseQuietHours('13:00-14:00') as QuietHours;
    expect(isQuiet(new Date('2026-03-01T08:30:00Z'), lunch)).toBe(true);
    expect(nextAllowedInstant(new Date('2026-03-01T08:30:00Z'), lunch)).toEqual(
      new Date('2026-03-01T09:00:00Z'),
    );
    expect(isQuiet(new Date('2026-03-01T09:00:00Z'), lunch)).toBe(false);
  });
});

describe('reminder and arrival timing', () => {
  it('runs the daily reminder at the local time, written in UTC', () => {
    expect(dailyCronUtc('18:00')).toBe('0 13 * * *');
    expect(dailyCronUtc('03:30')).toBe('30 22 * * *');
  });

  it('reminds about tomorrow, local', () => {
    expect(reminderDate(new Date('2026-03-01T13:00:00Z'))).toBe('2026-03-02');
    // 19:30 UTC is 00:30 local on 2 March: tomorrow is the 3rd.
    expect(reminderDate(new Date('2026-03-01T19:30:00Z'))).toBe('2026-03-03');
  });

  it('is due within the configured minutes of the ETA', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    expect(arrivalAlertDue(new Date('2026-03-01T08:10:00Z'), now, 10)).toBe(true);
    expect(arrivalAlertDue(new Date('2026-03-01T08:10:01Z'), now, 10)).toBe(false);
    expect(arrivalAlertDue(new Date('2026-03-01T07:50:00Z'), now, 10)).toBe(false);
  });
});
