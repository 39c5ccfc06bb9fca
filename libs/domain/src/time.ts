// Local time of Kazakhstan. The whole country has used one zone, UTC+5, since 1 March 2024
// (DOMAIN.md, "Identifiers"). Instants are stored in UTC; days, months and service hours are
// local. Instants before 1 March 2024 (when the east was UTC+6) are not interpreted here: the
// platform holds no trips from before that date.
import { KZ_UTC_OFFSET_MINUTES } from './vocabulary';

/** A local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A local wall-clock time, 'HH:MM' ('24:00' only as the end of a service interval). */
export type LocalTime = string;
/** 0 = Monday ... 6 = Sunday (ISO order, as the policy stores service hours). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

const OFFSET_MS = KZ_UTC_OFFSET_MINUTES * 60_000;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_RE = /^(\d{2}):(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The instant shifted so that its UTC fields read as local wall-clock fields. */
function shifted(instant: Date): Date {
  return new Date(instant.getTime() + OFFSET_MS);
}

export function isValidLocalDate(value: string): boolean {
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Minutes since local midnight of 'HH:MM'; '24:00' is allowed only when `allowEndOfDay`. */
export function parseLocalTime(value: string, allowEndOfDay = false): number | null {
  const m = LOCAL_TIME_RE.exec(value);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (allowEndOfDay && h === 24 && min === 0) return 1440;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

export function isValidLocalTime(value: string): boolean {
  return parseLocalTime(value) !== null;
}

/** The local date of an instant. */
export function localDateOf(instant: Date): LocalDate {
  const s = shifted(instant);
  return `${s.getUTCFullYear()}-${pad2(s.getUTCMonth() + 1)}-${pad2(s.getUTCDate())}`;
}

/** The local wall-clock time of an instant, 'HH:MM' (seconds dropped). */
export function localTimeOf(instant: Date): LocalTime {
  const s = shifted(instant);
  return `${pad2(s.getUTCHours())}:${pad2(s.getUTCMinutes())}`;
}

/** Minutes since local midnight, with fractions for seconds. */
export function localMinutesOf(instant: Date): number {
  const s = shifted(instant);
  return s.getUTCHours() * 60 + s.getUTCMinutes() + s.getUTCSeconds() / 60 + s.getUTCMilliseconds() / 60_000;
}

/** The local weekday of an instant, 0 = Monday. */
export function localWeekdayOf(instant: Date): Weekday {
  return ((shifted(instant).getUTCDay() + 6) % 7) as Weekday;
}

/** The weekday of a local date, 0 = Monday. */
export function weekdayOfLocalDate(date: LocalDate): Weekday {
  return ((utcMidnightOf(date).getUTCDay() + 6) % 7) as Weekday;
}

function utcMidnightOf(date: LocalDate): Date {
  const m = LOCAL_DATE_RE.exec(date);
  if (!m || !isValidLocalDate(date)) throw new RangeError(`not a local date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** The UTC instant of a local date at a local wall-clock time ('24:00' = next midnight). */
export function localDateTimeToUtc(date: LocalDate, time: LocalTime): Date {
  const minutes = parseLocalTime(time, true);
  if (minutes === null) throw new RangeError(`not a local time: ${time}`);
  return new Date(utcMidnightOf(date).getTime() + minutes * MINUTE_MS - OFFSET_MS);
}

/** The instant of local midnight starting the day of `instant`. */
export function startOfLocalDay(instant: Date): Date {
  return localDateTimeToUtc(localDateOf(instant), '00:00');
}

export function addDaysToLocalDate(date: LocalDate, days: number): LocalDate {
  const d = new Date(utcMidnightOf(date).getTime() + days * DAY_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * The first day a ride on `date` can be booked under a booking horizon of `maxHorizonDays`
 * (policy.maxHorizonDays: a ride no more than that many days ahead), or null when it can be
 * booked `today` already (walk 20: the rider was told to book a later date that was refused).
 */
export function bookableFromDate(
  date: LocalDate,
  today: LocalDate,
  maxHorizonDays: number,
): LocalDate | null {
  const from = addDaysToLocalDate(date, -maxHorizonDays);
  return from > today ? from : null;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetweenLocalDates(a: LocalDate, b: LocalDate): number {
  return Math.round((utcMidnightOf(b).getTime() - utcMidnightOf(a).getTime()) / DAY_MS);
}

/** 'YYYY-MM', the local month of an instant (quotas count per local month). */
export function localMonthOf(instant: Date): string {
  return localDateOf(instant).slice(0, 7);
}

/** The instant the local month of `instant` starts (inclusive). */
export function startOfLocalMonth(instant: Date): Date {
  return localDateTimeToUtc(`${localMonthOf(instant)}-01`, '00:00');
}

/** The instant the next local month starts: the exclusive end of the month of `instant`. */
export function endOfLocalMonth(instant: Date): Date {
  const [y, m] = localMonthOf(instant).split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad2(m + 1)}-01`;
  return localDateTimeToUtc(next, '00:00');
}

/** Full years of age on a local date (a person born on 29 February ages on 1 March). */
export function ageOn(birthDate: LocalDate, date: LocalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/**
 * The minutes between two instants as they read with their 'HH:MM' (walk t23 m4: "waited 5 min
 * ... from 12:26 to 12:32", 12:26:40 to 12:32:10, was read as 6): the difference of the minutes
 * shown, so the words about a wait add up for whoever reads them.
 */
export function minutesAsShown(from: Date, to: Date): number {
  return Math.floor(to.getTime() / MINUTE_MS) - Math.floor(from.getTime() / MINUTE_MS);
}
