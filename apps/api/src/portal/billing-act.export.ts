import type { BillingActStatus, Language } from '@invataxi/domain';
import type { PortalActLine } from '@invataxi/portal';
import {
  COUNT_FORMAT,
  DATETIME_FORMAT,
  DECIMAL_FORMAT,
  MONEY_FORMAT,
  astanaCell,
  dayCell,
  regionLabel,
  sheetName,
  workbook,
  xlsxBuffer,
} from '../http/xlsx';
import type { BillingActView } from './billing-act.service';

const COLUMNS = [
  'kind',
  'bookingId',
  'portalOrderId',
  'plannedPickupAt',
  'pickupAt',
  'dropoffAt',
  'plannedKm',
  'actualKm',
  'tariffPerTrip',
  'tariffPerKm',
  'amountTenge',
] as const;

const km = (metres: number | null): number | null => (metres === null ? null : Math.round(metres) / 1000);

function rows(act: BillingActView): (string | number | null)[][] {
  return act.lines.map((l) => [
    l.kind,
    l.bookingId,
    l.portalOrderId,
    l.plannedPickupAt,
    l.pickupAt,
    l.dropoffAt,
    km(l.plannedMetres),
    km(l.actualMetres),
    l.tariffPerTrip,
    l.tariffPerKm,
    l.amountTenge,
  ]);
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read it right): header, lines, totals. */
export function actCsv(act: BillingActView): Buffer {
  const lines = [
    COLUMNS.join(','),
    ...rows(act).map((r) => r.map(csvCell).join(',')),
    [
      'TOTAL',
      `completed=${act.completedTrips}`,
      `noShows=${act.noShows}`,
      '',
      '',
      '',
      km(act.plannedMetres),
      km(act.actualMetres),
      '',
      '',
      act.amountTenge,
    ]
      .map(csvCell)
      .join(','),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

type Texts = { readonly [L in Language]: string };

/** The act's words for a person reading the spreadsheet (the CSV keeps the machine names above). */
const ACT_WORDS = {
  act: { kk: 'Төлем актісі', ru: 'Акт оплаты', en: 'Billing act' },
  providerBin: { kk: 'Тасымалдаушының БСН', ru: 'БИН перевозчика', en: 'Provider BIN' },
  region: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  month: { kk: 'Ай', ru: 'Месяц', en: 'Month' },
  status: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
  completedTrips: { kk: 'Орындалған сапарлар', ru: 'Выполнено поездок', en: 'Completed trips' },
  noShows: { kk: 'Келмеулер', ru: 'Неявки', en: 'No-shows' },
  plannedKm: { kk: 'Жоспарлы км', ru: 'Плановые км', en: 'Planned km' },
  actualKm: { kk: 'Нақты км', ru: 'Фактические км', en: 'Actual km' },
  amount: { kk: 'Сомасы, ₸', ru: 'Сумма, ₸', en: 'Amount, ₸' },
  times: {
    kk: 'Уақыттар Астана уақытымен (UTC+5)',
    ru: 'Время указано по Астане (UTC+5)',
    en: 'Times are Astana time (UTC+5)',
  },
} satisfies Record<string, Texts>;

const LINE_HEADINGS: readonly Texts[] = [
  { kk: 'Жол', ru: 'Строка', en: 'Line' },
  { kk: 'Тапсырыс нөмірі', ru: 'Номер заказа', en: 'Booking number' },
  { kk: 'Портал тапсырысы', ru: 'Заказ портала', en: 'Portal order' },
  { kk: 'Жоспарлы алу уақыты', ru: 'Плановое время подачи', en: 'Planned pick-up' },
  { kk: 'Алу уақыты', ru: 'Посадка', en: 'Picked up' },
  { kk: 'Түсіру уақыты', ru: 'Высадка', en: 'Dropped off' },
  ACT_WORDS.plannedKm,
  ACT_WORDS.actualKm,
  { kk: 'Сапар тарифі, ₸', ru: 'Тариф за поездку, ₸', en: 'Tariff per trip, ₸' },
  { kk: 'Км тарифі, ₸', ru: 'Тариф за км, ₸', en: 'Tariff per km, ₸' },
  ACT_WORDS.amount,
];

const KIND_WORDS: { readonly [K in PortalActLine['kind']]: Texts } = {
  COMPLETED: { kk: 'Орындалған сапар', ru: 'Выполненная поездка', en: 'Completed trip' },
  NO_SHOW: { kk: 'Келмеу', ru: 'Неявка', en: 'No-show' },
};

/** As the reports page names them (apps/web locales actStatus). */
const STATUS_WORDS: { readonly [S in BillingActStatus]: Texts } = {
  DRAFT: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  APPROVED: { kk: 'Бекітілді', ru: 'Утверждён', en: 'Approved' },
  SUBMITTED: { kk: 'Порталға жіберілді', ru: 'Отправлен на портал', en: 'Sent to the portal' },
  PAID: { kk: 'Төленді', ru: 'Оплачен', en: 'Paid' },
  REJECTED: { kk: 'Қабылданбады', ru: 'Отклонён', en: 'Rejected' },
};

/** The file's name: the act, the provider, the region and the month. */
export function actFileName(act: BillingActView, lang: Language): string[] {
  return [ACT_WORDS.act[lang], act.providerBin, regionLabel(act.regionKato, lang), act.month];
}

/**
 * XLSX in the reader's language: the act's header (provider, region, month, status in words,
 * totals) above the lines table; times as date cells in Astana time, money in tenge.
 */
export async function actXlsx(act: BillingActView, lang: Language): Promise<Buffer> {
  const wb = workbook();
  const ws = wb.addWorksheet(sheetName(`${ACT_WORDS.act[lang]} ${act.month}`));
  const t = (k: keyof typeof ACT_WORDS) => ACT_WORDS[k][lang];
  ws.addRows([
    [t('providerBin'), act.providerBin],
    [t('region'), regionLabel(act.regionKato, lang)],
    [t('month'), dayCell(`${act.month}-01`)],
    [t('status'), STATUS_WORDS[act.status][lang]],
    [t('completedTrips'), act.completedTrips],
    [t('noShows'), act.noShows],
    [t('plannedKm'), km(act.plannedMetres)],
    [t('actualKm'), km(act.actualMetres)],
    [t('amount'), act.amountTenge],
    [t('times')],
  ]);
  ws.getCell('B3').numFmt = 'mm.yyyy';
  // Every number in its own format (walk h3 finding 4): trips whole, kilometres with decimals.
  for (const c of ['B5', 'B6']) ws.getCell(c).numFmt = COUNT_FORMAT;
  for (const c of ['B7', 'B8']) ws.getCell(c).numFmt = DECIMAL_FORMAT;
  ws.getCell('B9').numFmt = MONEY_FORMAT;
  ws.getCell('A10').font = { italic: true };
  const header = ws.addRow(LINE_HEADINGS.map((h) => h[lang]));
  header.font = { bold: true };
  for (const l of act.lines) {
    const row = ws.addRow([
      KIND_WORDS[l.kind][lang],
      l.bookingId,
      l.portalOrderId,
      astanaCell(l.plannedPickupAt),
      astanaCell(l.pickupAt),
      astanaCell(l.dropoffAt),
      km(l.plannedMetres),
      km(l.actualMetres),
      l.tariffPerTrip,
      l.tariffPerKm,
      l.amountTenge,
    ]);
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = DATETIME_FORMAT;
    for (const c of [7, 8]) row.getCell(c).numFmt = DECIMAL_FORMAT;
    for (const c of [9, 10, 11]) row.getCell(c).numFmt = MONEY_FORMAT;
  }
  ws.columns.forEach((c) => {
    c.width = 22;
  });
  return xlsxBuffer(wb);
}
