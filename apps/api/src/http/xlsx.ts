// What every spreadsheet the API gives a person shares (reports, billing acts, what-if): cell
// formats (money in tenge, shares, days, Astana times), the region by its name, and a file name
// that says what the file holds. A spreadsheet's dates have no zone: an instant is written as the
// wall-clock time in Astana (UTC+5), a calendar day as its midnight.
import ExcelJS from 'exceljs';
import { KATO_SEED, KZ_UTC_OFFSET_MINUTES, type Language } from '@invataxi/domain';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A count: whole numbers, thousands grouped. */
export const COUNT_FORMAT = '#,##0';
/** A measure (minutes, hours, km, a ratio): two decimals at most, thousands grouped. */
export const DECIMAL_FORMAT = '#,##0.00';
/** Minutes: one decimal, as the page shows them (walk t22 m3: '30.00'). */
export const MINUTES_FORMAT = '#,##0.0';
/** A share kept as 0..1, shown as a percentage with one decimal. */
export const PERCENT_FORMAT = '0.0%';
/** An amount in tenge: thousands grouped, the sign after it. */
export const MONEY_FORMAT = '#,##0.00 "₸"';
/** A calendar day as 07.12.2026. */
export const DATE_FORMAT = 'dd.mm.yyyy';
/** An Astana time as 07.12.2026 14:30. */
export const DATETIME_FORMAT = 'dd.mm.yyyy hh:mm';

/** How a number of a spreadsheet is shown: each numeric column names one (none left to Excel's General). */
export type NumberKind = 'count' | 'decimal' | 'minutes' | 'percent' | 'money';
export const NUMBER_FORMATS: { readonly [K in NumberKind]: string } = {
  count: COUNT_FORMAT,
  decimal: DECIMAL_FORMAT,
  minutes: MINUTES_FORMAT,
  percent: PERCENT_FORMAT,
  money: MONEY_FORMAT,
};

/** A workbook made by Invataxi. */
export function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Invataxi';
  return wb;
}

export async function xlsxBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A calendar day (YYYY-MM-DD) as a date cell's value. */
export const dayCell = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** An instant as the date cell showing its time in Astana (null stays empty). */
export function astanaCell(instant: string | Date | null): Date | null {
  if (instant === null) return null;
  return new Date(new Date(instant).getTime() + KZ_UTC_OFFSET_MINUTES * 60_000);
}

/** A sheet name: Excel allows 31 characters and none of []:*?/\ */
export const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** A region by its name in the reader's language (the code only when unknown). */
export function regionLabel(kato: string, lang: Language): string {
  return KATO_SEED.find((k) => k.code === kato && k.parentCode === null)?.name[lang] ?? kato;
}

/**
 * The Content-Disposition of a download named by its parts (report, region, period), e.g.
 * "Пунктуальность — Астана — 2026-11-08–2026-12-07.xlsx": the name in the reader's words
 * (RFC 6266 filename*), with a plain-ASCII fallback for old clients.
 */
export function attachment(parts: readonly string[], ext: 'xlsx' | 'csv'): string {
  const name = `${parts
    .filter((p) => p)
    .join(' — ')
    .replace(/[\\/:*?"<>|\r\n]+/g, ' ')}.${ext}`;
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const fallback = /[A-Za-z0-9]/.test(ascii.replace(`.${ext}`, '')) ? ascii : `invataxi.${ext}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
