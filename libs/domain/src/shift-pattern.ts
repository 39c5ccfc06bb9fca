// A repeating rota pattern (issue 21): the same hours on chosen weekdays from one date to
// another, made into one shift per matching day. Pure: the API adds them in one transaction.
import { addDaysToLocalDate, localDateTimeToUtc, type LocalDate, type LocalTime } from './time';
import type { FieldError } from './domain-error';

/** Eight weeks: a rota planned further ahead is a typing mistake more often than a plan. */
export const MAX_PATTERN_DAYS = 56;

export interface ShiftPattern {
  from: LocalDate;
  to: LocalDate;
  /** ISO weekdays: 1 Monday ... 7 Sunday. */
  weekdays: readonly number[];
  startTime: LocalTime;
  endTime: LocalTime;
}

/** ISO weekday (1 Monday ... 7 Sunday) of a local date. */
export function isoWeekday(day: LocalDate): number {
  const dow = new Date(`${day}T12:00:00Z`).getUTCDay();
  return dow === 0 ? 7 : dow;
}

export function validateShiftPattern(p: ShiftPattern): FieldError[] {
  const errors: FieldError[] = [];
  if (p.to < p.from) errors.push({ field: 'to', code: 'BEFORE_FROM', message: 'to must not be before from' });
  else if (addDaysToLocalDate(p.from, MAX_PATTERN_DAYS - 1) < p.to)
    errors.push({
      field: 'to',
      code: 'TOO_LONG',
      message: `a pattern covers at most ${MAX_PATTERN_DAYS} days`,
    });
  else if (shiftPatternDays(p).length === 0)
    errors.push({
      field: 'weekdays',
      code: 'NO_DAY',
      message: 'no chosen weekday falls between from and to',
    });
  return errors;
}

/** The days the pattern puts a shift on, in order. */
export function shiftPatternDays(p: ShiftPattern): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = p.from, n = 0; d <= p.to && n < MAX_PATTERN_DAYS; d = addDaysToLocalDate(d, 1), n++)
    if (p.weekdays.includes(isoWeekday(d))) days.push(d);
  return days;
}

/** A day's shift: an end at or before the start runs past midnight into the next day. */
export function shiftPeriodOn(
  day: LocalDate,
  startTime: LocalTime,
  endTime: LocalTime,
): { startsAt: Date; endsAt: Date } {
  const endDay = endTime <= startTime ? addDaysToLocalDate(day, 1) : day;
  return { startsAt: localDateTimeToUtc(day, startTime), endsAt: localDateTimeToUtc(endDay, endTime) };
}
