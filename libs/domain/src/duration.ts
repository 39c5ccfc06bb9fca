// A length of time in a person's words, the same in the API's messages and on the web pages:
// "3 h 59 min" / "3 сағ 59 мин" / "3 ч 59 мин"; with seconds (countdowns) under an hour
// "5 min 05 s". Never a "239:14" clock, which reads as a time of day.
import type { Language } from './vocabulary';

const UNITS: { readonly [L in Language]: { h: string; min: string; s: string } } = {
  kk: { h: 'сағ', min: 'мин', s: 'сек' },
  ru: { h: 'ч', min: 'мин', s: 'с' },
  en: { h: 'h', min: 'min', s: 's' },
};

/** A number and its unit are never split over two lines. */
const NBSP = '\u00a0';

/**
 * `totalSeconds` in hours and minutes ("3 h 59 min", "45 min"); with `seconds`, minutes and
 * seconds under an hour ("4 min 05 s", "42 s"). Negative values count as zero.
 */
export function durationText(totalSeconds: number, lang: Language, opts: { seconds?: boolean } = {}): string {
  const u = UNITS[lang];
  const secs = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  if (h > 0) return `${h}${NBSP}${u.h} ${m}${NBSP}${u.min}`;
  if (opts.seconds)
    return m > 0 ? `${m}${NBSP}${u.min} ${String(s).padStart(2, '0')}${NBSP}${u.s}` : `${s}${NBSP}${u.s}`;
  return `${m}${NBSP}${u.min}`;
}

/**
 * A wait as a person reads it: under a minute in seconds ("45 s"), longer in whole minutes
 * rounded up ("840" -> "14 min", never "840 s"), an hour or more with hours ("1 h 5 min").
 */
export function waitText(totalSeconds: number, lang: Language): string {
  const secs = Math.max(0, Math.round(totalSeconds));
  return secs < 60
    ? durationText(secs, lang, { seconds: true })
    : durationText(Math.ceil(secs / 60) * 60, lang);
}
