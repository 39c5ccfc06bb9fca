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

/** 'YYYY-MM-DD' as day and month in words ("8 December"); anything else as it is. */
export function dayMonthText(date: LocalDate, lang: Language): string {
  if (!isValidLocalDate(date)) return date;
  return `${Number(date.slice(8, 10))}\u00a0${MONTHS_IN_DATE[lang][Number(date.slice(5, 7)) - 1]}`;
}
