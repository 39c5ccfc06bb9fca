// Quiet hours: non-urgent SMS wait until the morning (a reminder at 23:00 wakes people; a
// "vehicle is at your door" must not wait). Times are local, UTC+5 (DOMAIN.md, "Time").
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  localMinutesOf,
  parseLocalTime,
} from '@invataxi/domain';

export interface QuietHours {
  /** Minutes since local midnight; start > end means the quiet spans midnight. */
  startMinute: number;
  endMinute: number;
}

/** '22:00-08:00' -> quiet hours; '' -> none. Null when the text is malformed. */
export function parseQuietHours(text: string): QuietHours | null | 'none' {
  if (text.trim() === '') return 'none';
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(text.trim());
  if (!m) return null;
  const start = parseLocalTime(m[1]!);
  const end = parseLocalTime(m[2]!);
  if (start === null || end === null || start === end) return null;
  return { startMinute: start, endMinute: end };
}

export function isQuiet(instant: Date, q: QuietHours | null): boolean {
  if (!q) return false;
  const m = localMinutesOf(instant);
  return q.startMinute < q.endMinute
    ? m >= q.startMinute && m < q.endMinute
    : m >= q.startMinute || m < q.endMinute;
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** The first instant at or after `instant` outside the quiet hours. */
export function nextAllowedInstant(instant: Date, q: QuietHours | null): Date {
  if (!isQuiet(instant, q) || !q) return instant;
  const today = localDateOf(instant);
  const end = localDateTimeToUtc(today, hhmm(q.endMinute));
  // Quiet spanning midnight, now in its evening part: it ends tomorrow morning.
  return end.getTime() > instant.getTime()
    ? end
    : localDateTimeToUtc(addDaysToLocalDate(today, 1), hhmm(q.endMinute));
}
