/**
 * Dates, times, numbers and durations in the app's own words for kk, ru and en.
 *
 * Nothing here uses `Intl` or `toLocale*`: Debian's Chromium ships no Kazakh locale data, so
 * `Intl.DateTimeFormat('kk-KZ')` renders "M12 8, Tue". Month and weekday names are kept below,
 * per language; every page shows dates and times through these functions only.
 *
 * Every function takes an optional `lang` (default: the language the page is shown in) and
 * accepts an ISO instant ("2026-12-08T04:30:00Z"), a local date ("2026-12-08") or, where noted,
 * a month ("2026-12"). Times are Kazakhstan's (UTC+5, one zone since 1 March 2024).
 *
 *   fmtTime('2026-12-08T04:30:00Z')        -> "09:30"
 *   fmtDate('2026-12-08')                  -> kk "8 желтоқсан, сейсенбі" · ru "вт, 8 декабря" · en "Tue 8 December"
 *   fmtDateTime(iso)                       -> "<fmtDate>, 09:30"
 *   fmtDateShort('2026-12-08')             -> "08.12.2026"
 *   fmtMonth('2026-12')                    -> kk "2026 ж. желтоқсан" · ru "декабрь 2026" · en "December 2026"
 *   fmtDuration(14_340)                    -> kk "3 сағ 59 мин" · ru "3 ч 59 мин" · en "3 h 59 min"
 *   fmtDuration(305, { seconds: true })    -> kk "5 мин 05 сек" · ru "5 мин 05 с" · en "5 min 05 s"
 *   fmtNumber(12345.6, 1)                  -> kk/ru "12 345,6" · en "12,345.6"
 */
import i18next from 'i18next';
import {
  durationText,
  LANGUAGES,
  MONTHS_ALONE,
  MONTHS_IN_DATE,
  WEEKDAYS_IN_DATE,
  type Language,
} from '@invataxi/domain';
import { appNow } from './app-now';

/** The page's language (as ./i18n sets it); read from i18next so this module has no side effects. */
export function currentLanguage(): Language {
  const l = i18next.language;
  return (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'kk';
}

/** Kazakhstan has one time zone, UTC+5, since 1 March 2024. */
export const KZ_OFFSET_MS = 5 * 3600_000;
/** The same zone for the few places that still hand it to the browser (Etc/GMT-5 is UTC+5). */
export const KZ_TZ = 'Etc/GMT-5';

interface Words {
  /** Months as they stand in a date ("8 декабря"). */
  monthInDate: readonly string[];
  /** Months standing alone ("декабрь 2026"). */
  month: readonly string[];
  date: (weekday: string, day: number, month: string) => string;
  monthYear: (month: string, year: number) => string;
  decimal: string;
  group: string;
}

const NBSP = '\u00a0';

const WORDS: Record<Language, Words> = {
  kk: {
    monthInDate: MONTHS_IN_DATE.kk,
    month: MONTHS_IN_DATE.kk,
    // The weekday after the day, in full (WEEKDAYS_IN_DATE): "8 желтоқсан, сейсенбі".
    date: (w, d, m) => `${d} ${m}, ${w}`,
    monthYear: (m, y) => `${y} ж. ${m}`,
    decimal: ',',
    group: NBSP,
  },
  ru: {
    monthInDate: MONTHS_IN_DATE.ru,
    month: MONTHS_ALONE.ru,
    date: (w, d, m) => `${w}, ${d} ${m}`,
    monthYear: (m, y) => `${m} ${y}`,
    decimal: ',',
    group: NBSP,
  },
  en: {
    monthInDate: MONTHS_IN_DATE.en,
    month: MONTHS_IN_DATE.en,
    date: (w, d, m) => `${w} ${d} ${m}`,
    monthYear: (m, y) => `${m} ${y}`,
    decimal: '.',
    group: ',',
  },
};

type When = string | number | Date | null | undefined;

/** The wall clock in Kazakhstan at that moment, read through the UTC getters. */
function kzParts(when: string | number | Date): Date | null {
  if (typeof when === 'string') {
    // A bare local date is that day (noon, so no offset moves it); a month is its first day.
    if (/^\d{4}-\d{2}$/.test(when)) return new Date(`${when}-01T12:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return new Date(`${when}T12:00:00Z`);
  }
  const ms = new Date(when).getTime();
  return Number.isNaN(ms) ? null : new Date(ms + KZ_OFFSET_MS);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "09:30" (24-hour clock, Kazakhstan time). */
export function fmtTime(when: When): string {
  const d = when === null || when === undefined ? null : kzParts(when);
  if (!d) return '—';
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** Weekday, day and month in words: "8 желтоқсан, сейсенбі" / "вт, 8 декабря" / "Tue 8 December". */
export function fmtDate(when: When, lang: Language = currentLanguage()): string {
  const d = when === null || when === undefined ? null : kzParts(when);
  if (!d) return '—';
  const w = WORDS[lang];
  // getUTCDay counts from Sunday; the weekdays' one list (libs/domain) from Monday.
  const weekday = WEEKDAYS_IN_DATE[lang][(d.getUTCDay() + 6) % 7];
  return w.date(weekday, d.getUTCDate(), w.monthInDate[d.getUTCMonth()]);
}

/** Date in words and time: "вт, 8 декабря, 09:30". */
export function fmtDateTime(when: When, lang: Language = currentLanguage()): string {
  if (when === null || when === undefined || !kzParts(when)) return '—';
  return `${fmtDate(when, lang)}, ${fmtTime(when)}`;
}

/**
 * What a date field says beside its format (walk t22 m14: "e.g. 08.12.2026 · Mon 7 December" put a
 * fixed example next to the field's own day): a whole date is said in words, with no example; an
 * empty or half-typed field gets today on the platform's clock as its example.
 */
export function dateFieldHint(
  value: string | null,
  lang: Language = currentLanguage(),
): { words: string } | { example: string } {
  return value ? { words: fmtDate(value, lang) } : { example: fmtDateShort(kzToday()) };
}

/** "08.12.2026": the same in every language (for dense tables). */
export function fmtDateShort(when: When): string {
  const d = when === null || when === undefined ? null : kzParts(when);
  if (!d) return '—';
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** A month ("2026-12", or any date in it): "2026 ж. желтоқсан" / "декабрь 2026" / "December 2026". */
export function fmtMonth(when: When, lang: Language = currentLanguage()): string {
  const d = when === null || when === undefined ? null : kzParts(when);
  if (!d) return '—';
  const w = WORDS[lang];
  return w.monthYear(w.month[d.getUTCMonth()], d.getUTCFullYear());
}

/**
 * A length of time given in seconds: "3 h 59 min", "45 min", "0 min"; with `seconds: true`
 * (countdowns) "4 min 05 s" under an hour. Negative values count as zero.
 */
export function fmtDuration(
  totalSeconds: number | null | undefined,
  opts: { seconds?: boolean; lang?: Language } = {},
): string {
  if (totalSeconds === null || totalSeconds === undefined || Number.isNaN(totalSeconds)) return '—';
  // The same words as the API's messages (libs/domain duration.ts).
  return durationText(totalSeconds, opts.lang ?? currentLanguage(), { seconds: opts.seconds });
}

/** A duration given in minutes: fmtDuration(minutes * 60). */
export function fmtMinutes(minutes: number | null | undefined, lang?: Language): string {
  return fmtDuration(minutes === null || minutes === undefined ? minutes : minutes * 60, { lang });
}

/** 12345.6 -> "12 345,6" (kk, ru) / "12,345.6" (en); at most `digits` decimals, trailing zeros dropped. */
export function fmtNumber(
  n: number | null | undefined,
  digits = 0,
  lang: Language = currentLanguage(),
): string {
  return numberText(n, digits, lang, true);
}

/** A number grouped in the language's way with `digits` decimals, trailing zeros dropped or kept. */
function numberText(n: number | null | undefined, digits: number, lang: Language, trim: boolean): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  const w = WORDS[lang];
  const fixed = Math.abs(n).toFixed(digits);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, w.group);
  const decimals = frac ? (trim ? frac.replace(/0+$/, '') : frac) : '';
  const sign = n < 0 && Number(fixed) !== 0 ? '−' : '';
  return `${sign}${grouped}${decimals ? w.decimal + decimals : ''}`;
}

/**
 * A figure with `digits` decimals, and more for a small one so it keeps two significant digits:
 * 0.4 and 0.064, never 0 (a chart's 0 beside a table's 0.06 reads as nothing happened).
 */
export function fmtFigure(
  n: number | null | undefined,
  digits = 0,
  lang: Language = currentLanguage(),
): string {
  if (n === null || n === undefined || Number.isNaN(n) || n === 0) return fmtNumber(n, digits, lang);
  const small = Math.abs(n) < 1 ? Math.min(6, 1 - Math.floor(Math.log10(Math.abs(n)))) : 0;
  return fmtNumber(n, Math.max(digits, small), lang);
}

/** Kazakhstan's calendar date of an instant (default: now), YYYY-MM-DD. */
export function kzDateOf(when: string | number | Date = appNow()): string {
  return new Date(new Date(when).getTime() + KZ_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in Kazakhstan, YYYY-MM-DD. */
export function kzToday(offsetDays = 0): string {
  return kzDateOf(appNow() + offsetDays * 86_400_000);
}

/** A local date and time typed in a form, as a UTC instant. */
export function kzInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+05:00`).toISOString();
}

export function minutesUntil(iso: string): number {
  return Math.round((new Date(iso).getTime() - appNow()) / 60000);
}

/** Day, month and year in words: kk "2026 ж. 8 желтоқсан" · ru "8 декабря 2026" · en "8 December 2026". */
export function fmtDateYear(when: When, lang: Language = currentLanguage()): string {
  const d = when === null || when === undefined ? null : kzParts(when);
  if (!d) return '—';
  const day = `${d.getUTCDate()}${NBSP}${WORDS[lang].monthInDate[d.getUTCMonth()]}`;
  return lang === 'kk' ? `${d.getUTCFullYear()} ж. ${day}` : `${day} ${d.getUTCFullYear()}`;
}

/** Day, month, year and time: "8 December 2026, 09:30" (a record's dates: any year). */
export function fmtDateTimeYear(when: When, lang: Language = currentLanguage()): string {
  if (when === null || when === undefined || !kzParts(when)) return '—';
  return `${fmtDateYear(when, lang)}, ${fmtTime(when)}`;
}

/** Tenge: "4 821 ₸" (kk, ru) / "4,821 ₸" (en). */
export function fmtTenge(n: number | null | undefined, lang: Language = currentLanguage()): string {
  return n === null || n === undefined || Number.isNaN(n) ? '—' : `${fmtNumber(n, 0, lang)}${NBSP}₸`;
}

/**
 * An amount of money as a report gives it, always with two decimals as the XLSX's tenge format:
 * "311,74 ₸", "335,30 ₸" (kk, ru) / "4,800.00 ₸" (en); never "335,3" beside "311,74".
 */
export function fmtMoney(n: number | null | undefined, lang: Language = currentLanguage()): string {
  return n === null || n === undefined || Number.isNaN(n) ? '—' : `${numberText(n, 2, lang, false)}${NBSP}₸`;
}

/** Kilometres: "1 234,5 км" / "1,234.5 km". */
export function fmtKm(n: number | null | undefined, lang: Language = currentLanguage()): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return `${fmtNumber(n, 1, lang)}${NBSP}${lang === 'en' ? 'km' : 'км'}`;
}

/** A local date plus `n` days, YYYY-MM-DD (noon UTC, so no offset moves the day). */
export function addDaysToDate(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A date as a person types it, in fmtDateShort's order (day.month.year), as YYYY-MM-DD; null when
 * it is not a whole, real date. Takes "8.12.2026", "08.12.2026", "08/12/2026", "08-12-2026",
 * "08122026" and, pasted from elsewhere, "2026-12-08". The year has four digits, so a date half
 * typed ("08.12.202") is never taken for another year.
 */
export function parseDateShort(text: string): string | null {
  const s = text.trim();
  const dmy = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [year, month, day] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!year || !month || !day) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const back = new Date(`${iso}T12:00:00Z`);
  // 31.02 rolls over to 3 March in Date: only a date that reads back the same is real.
  return !Number.isNaN(back.getTime()) && back.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * A time as a person types it on the 24-hour clock, as HH:MM; null when it is not one. Takes
 * "9:05", "09:05", "09.05", "0905", "905" and a bare hour ("9", "14").
 */
export function parseTime(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{1,2})(?:[:.\s]?(\d{2}))?$/.exec(s);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  return hours < 24 && minutes < 60 ? `${two(hours)}:${two(minutes)}` : null;
}

/** HH:MM plus `n` minutes, round the clock ("23:58" + 5 -> "00:03"). */
export function addMinutesToTime(time: string, n: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = (((h * 60 + m + n) % 1440) + 1440) % 1440;
  return `${two(Math.floor(total / 60))}:${two(total % 60)}`;
}

/**
 * The browser and system of a user-agent line, for the account page's session list ("Chrome on
 * Android"): product names, the same in every language; null where the line does not say.
 * Order matters: Edge, Opera and Yandex say "Chrome" too, Chrome on iOS says "Safari".
 */
export function deviceOf(userAgent: string | null | undefined): {
  browser: string | null;
  os: string | null;
} {
  const ua = userAgent ?? '';
  const browser = /Edg(e|A|iOS)?\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /YaBrowser\//.test(ua)
        ? 'Yandex Browser'
        : /SamsungBrowser\//.test(ua)
          ? 'Samsung Internet'
          : /Firefox\/|FxiOS\//.test(ua)
            ? 'Firefox'
            : /Chrome\/|CriOS\/|Chromium\//.test(ua)
              ? 'Chrome'
              : /Safari\//.test(ua) && /Version\//.test(ua)
                ? 'Safari'
                : null;
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPad/.test(ua)
      ? 'iPadOS'
      : /iPhone|iPod/.test(ua)
        ? 'iOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Mac OS X|Macintosh/.test(ua)
              ? 'macOS'
              : /Linux/.test(ua)
                ? 'Linux'
                : null;
  return { browser, os };
}
