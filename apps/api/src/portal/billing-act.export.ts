import ExcelJS from 'exceljs';
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

export function fileName(act: BillingActView, ext: 'csv' | 'xlsx'): string {
  return `billing-act-${act.month}-${act.regionKato}-${act.providerBin}.${ext}`;
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

/** XLSX: the act's header (provider, region, month, status, totals) above the lines table. */
export async function actXlsx(act: BillingActView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Invataxi';
  const ws = wb.addWorksheet(`Act ${act.month}`);
  ws.addRows([
    ['Provider BIN', act.providerBin],
    ['Region (KATO)', act.regionKato],
    ['Month', act.month],
    ['Status', act.status],
    ['Completed trips', act.completedTrips],
    ['No-shows', act.noShows],
    ['Planned km', km(act.plannedMetres)],
    ['Actual km', km(act.actualMetres)],
    ['Amount, KZT', act.amountTenge],
    [],
  ]);
  const header = ws.addRow([...COLUMNS]);
  header.font = { bold: true };
  ws.addRows(rows(act));
  ws.columns.forEach((c) => {
    c.width = 22;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
