// Recurring bookings (issue 3; DOMAIN.md: haemodialysis is 2-3 times a week, e.g. Mon/Wed/Fri
// 07:30 for three months). A series is weekdays + a local time + a local date range; a repeatable
// job materialises the occurrences of a rolling window. Deterministic: the same series and
// window always give the same occurrences, so materialising twice creates nothing new.
import type { FieldError } from './domain-error';
import type { LocalDate, LocalTime, Weekday } from './time';
import {
  addDaysToLocalDate,
  daysBetweenLocalDates,
  isValidLocalDate,
  localDateTimeToUtc,
  parseLocalTime,
  weekdayOfLocalDate,
} from './time';

export interface RecurrenceRule {
  /** 0 = Monday ... 6 = Sunday. */
  weekdays: Weekday[];
  /** The local time of every occurrence (the pickup or drop-off time, as the anchor says). */
  time: LocalTime;
  /** First and last local dates of the series, inclusive. */
  startDate: LocalDate;
  endDate: LocalDate;
  /** Single occurrences cancelled by the person. */
  skipDates?: LocalDate[];
}

export interface Occurrence {
  date: LocalDate;
  /** The UTC instant of `time` on `date`. */
  at: Date;
}

/** The occurrences on local dates in [from, to), in date order. */
export function occurrencesBetween(rule: RecurrenceRule, from: LocalDate, to: LocalDate): Occurrence[] {
  const first = from > rule.startDate ? from : rule.startDate;
  const afterLast = addDaysToLocalDate(rule.endDate, 1);
  const end = to < afterLast ? to : afterLast;
  const skip = new Set(rule.skipDates ?? []);
  const days = new Set<number>(rule.weekdays);
  const out: Occurrence[] = [];
  const count = daysBetweenLocalDates(first, end);
  for (let i = 0; i < count; i++) {
    const date = addDaysToLocalDate(first, i);
    if (days.has(weekdayOfLocalDate(date)) && !skip.has(date)) {
      out.push({ date, at: localDateTimeToUtc(date, rule.time) });
    }
  }
  return out;
}

/** "Cancel the rest of the series" from a date on: the series then ends the day before. */
export function endSeriesBefore(rule: RecurrenceRule, date: LocalDate): RecurrenceRule {
  const lastKept = addDaysToLocalDate(date, -1);
  return { ...rule, endDate: lastKept < rule.endDate ? lastKept : rule.endDate };
}

/** Field errors of a series; `maxDays` bounds its length (default one year). */
export function validateRecurrenceRule(rule: RecurrenceRule, maxDays = 366): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(rule.weekdays) || rule.weekdays.length === 0)
    errors.push({ field: 'weekdays', code: 'EMPTY' });
  else {
    rule.weekdays.forEach((d, i) => {
      if (!Number.isInteger(d) || d < 0 || d > 6)
        errors.push({ field: `weekdays[${i}]`, code: 'OUT_OF_RANGE' });
    });
    if (new Set(rule.weekdays).size !== rule.weekdays.length)
      errors.push({ field: 'weekdays', code: 'DUPLICATE' });
  }
  if (typeof rule.time !== 'string' || parseLocalTime(rule.time) === null)
    errors.push({ field: 'time', code: 'NOT_A_TIME' });
  const startOk = typeof rule.startDate === 'string' && isValidLocalDate(rule.startDate);
  const endOk = typeof rule.endDate === 'string' && isValidLocalDate(rule.endDate);
  if (!startOk) errors.push({ field: 'startDate', code: 'NOT_A_DATE' });
  if (!endOk) errors.push({ field: 'endDate', code: 'NOT_A_DATE' });
  if (startOk && endOk) {
    if (rule.endDate < rule.startDate) errors.push({ field: 'endDate', code: 'BEFORE_START' });
    else if (daysBetweenLocalDates(rule.startDate, rule.endDate) >= maxDays)
      errors.push({ field: 'endDate', code: 'TOO_LONG', message: `at most ${maxDays} days` });
  }
  (rule.skipDates ?? []).forEach((d, i) => {
    if (typeof d !== 'string' || !isValidLocalDate(d))
      errors.push({ field: `skipDates[${i}]`, code: 'NOT_A_DATE' });
  });
  return errors;
}
