// Service hours per local weekday (DOMAIN.md, "Hours differ": 09:00-18:00 in Astana, 24/7 in
// Almaty since December 2025). A trip must lie wholly inside the hours: the vehicles run then.
import type { ServiceInterval } from './policy';
import type { LocalDate } from './time';
import {
  addDaysToLocalDate,
  daysBetweenLocalDates,
  localDateOf,
  localDateTimeToUtc,
  localTimeOf,
  MINUTE_MS,
  weekdayOfLocalDate,
} from './time';

/** The service intervals of the local dates from `from` to `to` inclusive, as UTC instants, merged. */
function openSpans(
  hours: readonly (readonly ServiceInterval[])[],
  from: LocalDate,
  to: LocalDate,
): [number, number][] {
  const spans: [number, number][] = [];
  const days = daysBetweenLocalDates(from, to);
  for (let i = 0; i <= days; i++) {
    const date = addDaysToLocalDate(from, i);
    for (const [start, end] of hours[weekdayOfLocalDate(date)] ?? []) {
      spans.push([localDateTimeToUtc(date, start).getTime(), localDateTimeToUtc(date, end).getTime()]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Is the whole of [start, end] inside the service hours (intervals meeting at midnight join)? */
export function isWithinServiceHours(
  hours: readonly (readonly ServiceInterval[])[],
  start: Date,
  end: Date = start,
): boolean {
  const s = start.getTime();
  const e = end.getTime();
  // A span ending exactly at `start` (e.g. 18:00 close) does not serve a trip starting then.
  return openSpans(hours, localDateOf(start), localDateOf(end)).some(([from, to]) =>
    s === e ? from <= s && s < to : from <= s && e <= to,
  );
}

/** A booking form's pickup times are offered on the quarter hour. */
const STEP_MS = 15 * MINUTE_MS;
/** The default pickup leaves this long before the hours close, so a ride fits before they do. */
const BEFORE_CLOSING_MS = 30 * MINUTE_MS;

/**
 * The first pickup the region's rules allow from `now` (walk t22 m9: the form offered 10:00 when
 * the platform's clock read 13:10): now plus the minimum notice, up to the next quarter hour,
 * inside the service hours with half an hour left before they close; else the next opening, on
 * the quarter hour. Null when no such time lies within the booking horizon.
 */
export function firstBookablePickup(
  rules: {
    minLeadMinutes: number;
    maxHorizonDays: number;
    serviceHours: readonly (readonly ServiceInterval[])[];
  },
  now: Date,
): { date: LocalDate; time: string } | null {
  const quarter = (ms: number) => Math.ceil(ms / STEP_MS) * STEP_MS;
  const earliest = quarter(now.getTime() + rules.minLeadMinutes * MINUTE_MS);
  const lastDate = addDaysToLocalDate(localDateOf(now), rules.maxHorizonDays);
  const firstDate = localDateOf(new Date(earliest));
  if (firstDate > lastDate) return null;
  for (const [from, to] of openSpans(rules.serviceHours, firstDate, lastDate)) {
    const at = Math.max(earliest, quarter(from));
    if (at + BEFORE_CLOSING_MS <= to) {
      const d = new Date(at);
      return localDateOf(d) <= lastDate ? { date: localDateOf(d), time: localTimeOf(d) } : null;
    }
  }
  return null;
}

/**
 * The parts of a period inside the service hours (intervals meeting at midnight join), in time
 * order: a vehicle's shift as far as it can serve a ride (every trip lies wholly inside the
 * hours). None when the period lies wholly outside them.
 */
export function partsWithinServiceHours(
  hours: readonly (readonly ServiceInterval[])[],
  start: Date,
  end: Date,
): { start: Date; end: Date }[] {
  const s = start.getTime();
  const e = end.getTime();
  // From the day before: an interval of that day may run past midnight into the period.
  return openSpans(hours, addDaysToLocalDate(localDateOf(start), -1), localDateOf(end)).flatMap(
    ([from, to]) =>
      Math.max(from, s) < Math.min(to, e)
        ? [{ start: new Date(Math.max(from, s)), end: new Date(Math.min(to, e)) }]
        : [],
  );
}
