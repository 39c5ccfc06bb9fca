// The operations reports as spreadsheets (issue 22): one report's workbook (its figures over
// the period, by district, by provider) and the monthly workbook of an akimat (every report).
// Headings in the reader's language (libs/domain operations-reports.ts); numbers stay numbers.
import type ExcelJS from 'exceljs';
import {
  OPERATIONS_REPORTS,
  REPORT_COLUMNS,
  REPORT_TITLES,
  REPORT_WORDS,
  katoRegion,
  monthYearText,
  refusalTitle,
  overLimitRuleText,
  type FigureSummary,
  type Language,
  type OperationsReportName,
  type ReportColumn,
} from '@invataxi/domain';
import {
  COUNT_FORMAT,
  DATE_FORMAT,
  NUMBER_FORMATS,
  dayCell,
  regionLabel,
  sheetName,
  workbook,
  xlsxBuffer,
} from '../http/xlsx';
import type { PlaceNames } from '@invataxi/persistence';
import type { OperationsReport } from './operations-reports.service';

const w = (key: string, lang: Language): string => REPORT_WORDS[key]?.[lang] ?? key;

/** A month (YYYY-MM) as 12.2026. */
const MONTH_FORMAT = 'mm.yyyy';

/**
 * The file's name: the report (or the summary), the region (the country's when none), every
 * other filter in force (district, provider) and the period, so a filtered file never reads as the
 * region's total.
 */
export function reportFileName(
  r: OperationsReport,
  report: OperationsReportName | 'monthly',
  lang: Language,
): string[] {
  const filters = scope(r, lang).map(([, value]) => value);
  // The akimat's month by name, as the page's button says it (walk t22 m6: it was "Summary").
  if (report === 'monthly')
    return [w('monthlyReport', lang), ...filters, monthYearText(r.from.slice(0, 7), lang)];
  return [REPORT_TITLES[report][lang], ...filters, `${r.from}–${r.to}`];
}

/** The region's name, or the whole country's. */
const regionOf = (r: Pick<OperationsReport, 'regionKato'>, lang: Language): string =>
  r.regionKato ? regionLabel(r.regionKato, lang) : w('wholeCountry', lang);

/**
 * A district by its name (the code only when the classifier has none); in the country's report
 * with its region first ("Astana, Almaty district"): many regions have a district of one name, and
 * a district named after a city reads as that city.
 */
function districtLabel(
  r: Pick<OperationsReport, 'regionKato'>,
  kato: string,
  names: PlaceNames | null,
  lang: Language,
): string {
  const name = names ? names[lang] : kato;
  return r.regionKato ? name : `${regionLabel(katoRegion(kato), lang)}, ${name}`;
}

/** The filters in force, each as its heading and value: the region always, then district and provider if set. */
function scope(r: OperationsReport, lang: Language): [string, string][] {
  const rows: [string, string][] = [[w('region', lang), regionOf(r, lang)]];
  if (r.districtKato)
    rows.push([w('district', lang), districtLabel(r, r.districtKato, r.districtNames, lang)]);
  if (r.providerId) rows.push([w('provider', lang), r.providerName ?? r.providerId]);
  return rows;
}

function table(
  ws: ExcelJS.Worksheet,
  heading: string[],
  rows: { label: string | Date; figures: FigureSummary; format?: string }[],
  report: OperationsReportName,
  lang: Language,
): { head: number; last: number; columns: number } {
  const cols = REPORT_COLUMNS[report];
  const head = headRow(ws, [...heading, ...cols.map((c) => c.label[lang])]);
  let last = head.number;
  for (const r of rows) {
    const row = figureRow(ws, [r.label], cols, r.figures);
    if (r.format) row.getCell(1).numFmt = r.format;
    last = row.number;
  }
  ws.addRow([]);
  return { head: head.number, last, columns: heading.length + cols.length };
}

/** A table's heading row: bold, wrapped in its column (walk t22 m7: long headings were cut off). */
function headRow(ws: ExcelJS.Worksheet, values: string[]): ExcelJS.Row {
  const row = ws.addRow(values);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
  return row;
}

/**
 * Excel's set-up of a sheet's main table: the rows down to its heading frozen with the first
 * column, and an AutoFilter over the table (walk t22 m7).
 */
function freezeAndFilter(ws: ExcelJS.Worksheet, t: { head: number; last: number; columns: number }): void {
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: t.head }];
  ws.autoFilter = { from: { row: t.head, column: 1 }, to: { row: t.last, column: t.columns } };
}

/**
 * A row of figures after its labels, each in its column's format: counts whole, measures with
 * two decimals, shares as percentages (the cell keeps 0..1), money in tenge.
 */
function figureRow(
  ws: ExcelJS.Worksheet,
  labels: (string | Date)[],
  cols: readonly ReportColumn[],
  f: FigureSummary,
): ExcelJS.Row {
  const row = ws.addRow([...labels, ...cols.map((c) => c.value(f))]);
  cols.forEach((c, i) => {
    row.getCell(labels.length + i + 1).numFmt = NUMBER_FORMATS[c.kind];
  });
  return row;
}

/** A row of counts after its labels (hours of unmet demand, refusals, minutes bins, a rider's misses). */
function countRow(ws: ExcelJS.Worksheet, labels: string[], counts: readonly number[]): void {
  const row = ws.addRow([...labels, ...counts]);
  counts.forEach((_, i) => {
    row.getCell(labels.length + i + 1).numFmt = COUNT_FORMAT;
  });
}

/** The header: the period as two date cells, then every filter in force (scope). */
function headerRows(ws: ExcelJS.Worksheet, r: OperationsReport, lang: Language): void {
  const row = ws.addRow([w('period', lang), dayCell(r.from), dayCell(r.to)]);
  row.getCell(2).numFmt = DATE_FORMAT;
  row.getCell(3).numFmt = DATE_FORMAT;
  for (const x of scope(r, lang)) ws.addRow(x);
}

/** A day or a month of the report's time axis as a date cell. */
function periodLabel(period: string): { label: Date; format: string } {
  return period.length === 7
    ? { label: dayCell(`${period}-01`), format: MONTH_FORMAT }
    : { label: dayCell(period), format: DATE_FORMAT };
}

function reportSheet(
  wb: ExcelJS.Workbook,
  r: OperationsReport,
  report: OperationsReportName,
  lang: Language,
): void {
  const ws = wb.addWorksheet(sheetName(REPORT_TITLES[report][lang]));
  ws.addRow([REPORT_TITLES[report][lang]]).font = { bold: true, size: 14 };
  headerRows(ws, r, lang);
  ws.addRow([]);
  // Productivity is not given per district: a shift's hours serve many districts (README).
  const perDistrict = report !== 'productivity';
  if (!perDistrict) ws.addRow([w('notByDistrict', lang)]).font = { italic: true };
  if (report === 'rideTime') ws.addRow([overLimitRuleText(r.rideTimeLimit, lang)]).font = { italic: true };
  if (perDistrict || !r.districtKato) {
    table(ws, [w('all', lang)], [{ label: w('all', lang), figures: r.summary }], report, lang);
    freezeAndFilter(
      ws,
      table(
        ws,
        [w(r.overTimeUnit, lang)],
        r.overTime.map((g) => ({ ...periodLabel(g.period), figures: g.figures })),
        report,
        lang,
      ),
    );
    if (r.byRegion.length > 0)
      table(
        ws,
        [w('region', lang)],
        r.byRegion.map((g) => ({ label: regionLabel(g.regionKato, lang), figures: g.figures })),
        report,
        lang,
      );
    if (perDistrict)
      table(
        ws,
        [w('district', lang)],
        r.byDistrict.map((d) => ({
          label: districtLabel(r, d.districtKato, d.districtNames, lang),
          figures: d.figures,
        })),
        report,
        lang,
      );
    table(
      ws,
      [w('provider', lang)],
      r.byProvider.map((p) => ({ label: p.providerName ?? w('noProvider', lang), figures: p.figures })),
      report,
      lang,
    );
  }
  if (report === 'unmet') {
    // Hours as the page labels them (06:00), not "Hour 6".
    headRow(ws, [
      w('district', lang),
      ...Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`),
    ]);
    for (const d of r.byDistrict)
      countRow(ws, [districtLabel(r, d.districtKato, d.districtNames, lang)], d.figures.unmet.byHour);
  }
  if (report === 'trips') {
    headRow(ws, [w('reason', lang), w('count', lang)]);
    const reasons = r.summary.trips.refusedByReason;
    for (const x of reasons)
      countRow(ws, [refusalTitle(x.reason, lang) ?? w('otherReason', lang)], [x.count]);
    // The sum of the reasons beside the refusals, and why they differ (walk t22 M1: 73 against 65).
    countRow(ws, [w('reasonsGiven', lang)], [reasons.reduce((n, x) => n + x.count, 0)]);
    countRow(ws, [w('requestsRefused', lang)], [r.summary.trips.refused]);
    ws.addRow([w('reasonsNote', lang)]).font = { italic: true };
  }
  if (report === 'onTime') {
    headRow(ws, [w('minutes', lang), w('early', lang), w('late', lang)]);
    r.summary.onTime.lateMinutes.forEach((n, i, all) =>
      countRow(
        ws,
        [i === all.length - 1 ? `${i * 5}+` : `${i * 5}–${i * 5 + 5}`],
        [r.summary.onTime.earlyMinutes[i] ?? 0, n],
      ),
    );
  }
  if (report === 'misses' && r.riders) {
    ws.addRow([]);
    const heads = ['noShowsRider', 'noShowsProvider', 'lateCancelsRider', 'lateCancelsProvider'] as const;
    headRow(ws, [w('rider', lang), w('iin', lang), ...heads.map((k) => w(k, lang))]);
    for (const x of r.riders)
      countRow(
        ws,
        [x.fullName, x.iinMasked],
        heads.map((k) => x[k]),
      );
  }
  ws.columns.forEach((c) => {
    c.width = 20;
  });
}

/** One report's workbook. */
export async function reportXlsx(
  r: OperationsReport,
  report: OperationsReportName,
  lang: Language,
): Promise<Buffer> {
  const wb = workbook();
  reportSheet(wb, r, report, lang);
  return xlsxBuffer(wb);
}

/** The akimat's month: a summary sheet of every figure, then one sheet per report. */
export async function monthlyXlsx(r: OperationsReport, lang: Language): Promise<Buffer> {
  const wb = workbook();
  // Named as the akimat files it: the monthly report of the region and month (walk t22 m6).
  const ws = wb.addWorksheet(sheetName(w('monthlyReport', lang)));
  ws.addRow([reportFileName(r, 'monthly', lang).join(' — ')]).font = { bold: true, size: 14 };
  headerRows(ws, r, lang);
  // A month the history starts inside (or none at all yet) says from which day there is data.
  const first = r.service.firstDay;
  if (first === null || first > r.from) {
    const row = ws.addRow([
      w('dataFrom', lang),
      first === null || first > r.to ? w('noData', lang) : dayCell(first),
    ]);
    row.getCell(2).numFmt = DATE_FORMAT;
  }
  ws.addRow([]);
  const head = headRow(ws, [w('figure', lang), w('value', lang)]);
  ws.views = [{ state: 'frozen', ySplit: head.number }];
  for (const report of OPERATIONS_REPORTS) {
    ws.addRow([REPORT_TITLES[report][lang]]).font = { italic: true };
    for (const c of REPORT_COLUMNS[report]) figureRow(ws, [c.label[lang]], [c], r.summary);
  }
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 18;
  for (const report of OPERATIONS_REPORTS) reportSheet(wb, r, report, lang);
  return xlsxBuffer(wb);
}
