/**
 * The akimat's monthly workbook through the API (issue 22, walk h3 findings 1 and 4): every
 * sheet's day rows are the month's local days (UTC+5), each once, and the summary's "data exists
 * from" is the first of them; every number has a format of its own (a share as a percentage,
 * minutes and km with two decimals at most, counts whole), none left to Excel's General.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import ExcelJS from 'exceljs';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { testNow } from '../support/clock';

const REGION = '710000000';
const DISTRICT = '711210000';

describe('the monthly workbook', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  let officer: string;
  let rider: string;
  // The month before the run's: closed, whatever the hour.
  const monthStart = `${addDaysToLocalDate(`${localDateOf(testNow()).slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const month = monthStart.slice(0, 7);
  // The next month's first day (the 28th and 4 days is always in the next month).
  const nextMonthStart = `${addDaysToLocalDate(`${month}-28`, 4).slice(0, 7)}-01`;
  const monthEnd = addDaysToLocalDate(nextMonthStart, -1);
  const second = addDaysToLocalDate(monthStart, 1);
  const third = addDaysToLocalDate(monthStart, 2);

  async function ride(day: string, hhmm: string): Promise<void> {
    const at = localDateTimeToUtc(day, hhmm);
    await ds.query(
      `INSERT INTO booking (id, beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
         dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility, load_seats,
         load_wheelchair_places, companions, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
         max_ride_seconds, direct_seconds, direct_metres, arrived_at, actual_pickup_at, actual_dropoff_at, version)
       VALUES ($1, $2, 'APP', $3, 'A', 51.10, 71.40, $4, 'B', 51.10, 71.50, $4, 'PICKUP', $5, 'MEDICAL',
         '{"wheelchair":"NONE"}'::jsonb, 1, 0, 0, 'COMPLETED', $5, $5::timestamptz + interval '15 minutes', $5,
         $5::timestamptz + interval '2 hours', 2400, 1200, 7000, $5::timestamptz + interval '4 minutes',
         $5::timestamptz + interval '5 minutes', $5::timestamptz + interval '37 minutes', 3)`,
      [randomUUID(), rider, REGION, DISTRICT, at],
    );
  }

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    ds = api.get(DataSource);
    officer = t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: REGION });
    [{ id: rider }] = await ds.query(
      `INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
         residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility, version)
       VALUES ($1, 'k1', $2, '90********11', 'Aigerim Seitkali', '1990-01-01', 'F', $3, 'Street 1', 51.1, 71.4,
         'ADULT_GROUP_1', '{"wheelchair":"NONE"}', 1) RETURNING id`,
      [randomBytes(16), randomBytes(32).toString('hex'), DISTRICT],
    );
    // The month's second day, 02:00 in Astana (the day before in UTC): a request the rules
    // refused, as the demo's history asks for its first day's rides the evening before.
    await ds.query(
      `INSERT INTO audit_log (at, actor_role, action, entity_type, entity_id, after)
       VALUES ($1, 'DISPATCHER', 'booking.rejected_attempt', 'beneficiary', $2, $3::jsonb)`,
      [
        localDateTimeToUtc(second, '02:00'),
        rider,
        JSON.stringify({
          channel: 'PHONE',
          policyId: null,
          at: localDateTimeToUtc(second, '02:00').toISOString(),
          reasons: ['TOO_SHORT_NOTICE'],
          recurring: false,
          withReturn: false,
        }),
      ],
    );
    // Rides at the local days' edges: 00:20 (the day before in UTC) and 23:50; one just after
    // the month (00:10 local on the next month's first day: still this month in UTC) is not in it.
    await ride(third, '00:20');
    await ride(third, '23:50');
    await ride(monthEnd, '23:50');
    await ride(nextMonthStart, '00:10');
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  async function workbook(): Promise<ExcelJS.Workbook> {
    const r = await api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'GET',
        url: `/reports/operations/monthly?month=${month}`,
        headers: { authorization: `Bearer ${officer}`, 'accept-language': 'en' },
      });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    return wb;
  }

  const dayOf = (d: Date): string => d.toISOString().slice(0, 10);

  it("lists on every sheet the month's local days only, each once, from the day data exists", async () => {
    const wb = await workbook();
    const summary = wb.worksheets[0]!;
    const dataFrom = summary.getRow(summary.getColumn(1).values.indexOf('Data exists from')).getCell(2)
      .value as Date;
    expect(dayOf(dataFrom)).toBe(second);
    const expected = [second, third, monthEnd];
    for (const ws of wb.worksheets.slice(1)) {
      // The day table: the rows after its heading 'Day', up to the blank row.
      const first = ws.getColumn(1).values.indexOf('Day');
      expect(first).toBeGreaterThan(0);
      const days: string[] = [];
      for (let i = first + 1; ws.getRow(i).getCell(1).value instanceof Date; i++)
        days.push(dayOf(ws.getRow(i).getCell(1).value as Date));
      expect({ sheet: ws.name, days }).toEqual({ sheet: ws.name, days: expected });
      // No other date anywhere but the period's two and the day table's.
      const dates = ws
        .getSheetValues()
        .flatMap((r) => (Array.isArray(r) ? r : []))
        .filter((v): v is Date => v instanceof Date)
        .map(dayOf);
      expect(dates.filter((d) => d < monthStart || d > monthEnd)).toEqual([]);
    }
  });

  it('gives every number a format of its own: shares as percentages, measures with two decimals, counts whole', async () => {
    const wb = await workbook();
    const unformatted: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (typeof cell.value === 'number' && !cell.numFmt) unformatted.push(`${ws.name}!R${r}C${c}`);
        }),
      );
    expect(unformatted).toEqual([]);
    const summary = wb.worksheets[0]!;
    const fmt = (label: string): string | undefined =>
      summary.getRow(summary.getColumn(1).values.indexOf(label)).getCell(2).numFmt;
    expect(fmt('On-time share')).toBe('0.0%');
    // Minutes with one decimal, as the page (walk t22 m3: '30.00'); a p95 says it is read from bands.
    expect(fmt('Mean, min')).toBe('#,##0.0');
    expect(fmt('p95, min (5-minute bands)')).toBe('#,##0.0');
    expect(fmt('Late p95, min (5-minute bands)')).toBe('#,##0.0');
    expect(fmt('Ratio p95 (0.1 bands)')).toBe('#,##0.00');
    expect(fmt('Requested')).toBe('#,##0');
    expect(fmt('Cost, KZT')).toBe('#,##0.00 "₸"');
  });

  it('is named as the akimat’s monthly report, its tables set up for Excel (walk t22 m6, m7)', async () => {
    const wb = await workbook();
    const [y, m] = month.split('-').map(Number) as [number, number];
    const words = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    const first = wb.worksheets[0]!;
    expect(first.name).toBe('Monthly report');
    expect(first.getRow(1).getCell(1).value).toBe(`Monthly report — Astana — ${words} ${y}`);
    // Each report's sheet: the rows down to its day table's heading frozen, an AutoFilter over
    // that table, its headings wrapped.
    for (const ws of wb.worksheets.slice(1)) {
      const head = ws.getColumn(1).values.indexOf('Day');
      expect({ sheet: ws.name, view: ws.views[0] }).toMatchObject({
        sheet: ws.name,
        view: { state: 'frozen', xSplit: 1, ySplit: head },
      });
      expect(String(ws.autoFilter)).toMatch(new RegExp(`^A${head}:[A-Z]+\\d+$`));
      expect(ws.getRow(head).alignment).toMatchObject({ wrapText: true });
    }
    // The unmet demand's hours as the page labels them.
    const unmet = wb.getWorksheet('Unmet demand')!;
    const cells = unmet.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []));
    expect(cells).toContain('06:00');
    expect(cells).not.toContain('Hour 6');
  });
});
