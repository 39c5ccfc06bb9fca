// A local date in a person's words for the API's messages: "8 December" / "8 декабря" /
// "8 желтоқсан", the words the web pages use too (apps/web/src/format.ts), without any
// locale data of the runtime.
import { isValidLocalDate, type LocalDate } from './time';
import type { Language } from './vocabulary';

/** Months as they stand in a date ("8 декабря"); in kk and en also standing alone. */
export const MONTHS_IN_DATE: { readonly [L in Language]: readonly string[] } = {
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * Weekdays as a date names them, Monday first (ISO 1 to 7 at index 0 to 6). Kazakh in full: its
 * two-letter forms "ср" and "сб" are the Russian ones letter for letter, and a kk page read them
 * as Russian (walk h2 N2); Russian and English in their usual short forms.
 */
export const WEEKDAYS_IN_DATE: { readonly [L in Language]: readonly string[] } = {
  kk: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
  ru: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** 'YYYY-MM-DD' as day and month in words ("8 December"); anything else as it is. */
export function dayMonthText(date: LocalDate, lang: Language): string {
  if (!isValidLocalDate(date)) return date;
  return `${Number(date.slice(8, 10))}\u00a0${MONTHS_IN_DATE[lang][Number(date.slice(5, 7)) - 1]}`;
}

/**
 * Months standing alone ("ноябрь 2026"): Russian has its own, where a date's genitive ("ноября")
 * reads wrong; Kazakh and English are the date's. The web pages' month names too (format.ts).
 */
export const MONTHS_ALONE: { readonly [L in Language]: readonly string[] } = {
  kk: MONTHS_IN_DATE.kk,
  ru: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  en: MONTHS_IN_DATE.en,
};

/** 'YYYY-MM' as its month and year in words, as the pages say it ("November 2026", "ноябрь 2026", "2026 ж. қараша"). */
export function monthYearText(month: string, lang: Language): string {
  const name = MONTHS_ALONE[lang][Number(month.slice(5, 7)) - 1];
  const year = month.slice(0, 4);
  if (!name) return month;
  return lang === 'kk' ? `${year} ж. ${name}` : `${name} ${year}`;
}
