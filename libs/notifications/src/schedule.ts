// When things happen, in local time (UTC+5), turned into what a scheduler needs.
import {
  addDaysToLocalDate,
  arrivalWithin,
  KZ_UTC_OFFSET_MINUTES,
  localDateOf,
  parseLocalTime,
  type LocalDate,
} from '@invataxi/domain';

/**
 * A daily cron pattern, in UTC, for a local wall-clock time: '18:00' -> '0 13 * * *'.
 * UTC rather than a zone name, because Kazakhstan moved to one zone (UTC+5) in March 2024 and an
 * older time-zone database in the runtime would still put Almaty at UTC+6.
 */
export function dailyCronUtc(localTime: string): string {
  const minutes = parseLocalTime(localTime);
  if (minutes === null) throw new RangeError(`not a local time: ${localTime}`);
  const utc = (((minutes - KZ_UTC_OFFSET_MINUTES) % 1440) + 1440) % 1440;
  return `${utc % 60} ${Math.floor(utc / 60)} * * *`;
}

/**
 * The day whose rides a reminder run covers: always tomorrow (local), because the text says
 * "tomorrow". A run missed in the evening is not caught up after midnight.
 */
export function reminderDate(now: Date): LocalDate {
  return addDaysToLocalDate(localDateOf(now), 1);
}

/** 'YYYY-MM-DD' -> 'DD.MM', the way a date is written in a short message. */
export function shortDate(date: LocalDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}`;
}

/** Whether an "about to arrive" message is due: the vehicle is expected within `minutes`. */
export function arrivalAlertDue(eta: Date, now: Date, minutes: number): boolean {
  return arrivalWithin(eta, now, minutes);
}
