/**
 * The operations figures through the API (issue 22): a small day of rides written as dispatch
 * and the driver app leave them, read live, then rolled up by the dispatcher's job and read
 * again (the same figures); the officer sees their riders, the ministry no person at all; the
 * XLSX of a report and the akimat's monthly workbook.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import ExcelJS from 'exceljs';
import {
  addDaysToLocalDate,
  ALL_DAY_SERVICE_HOURS,
  localDateOf,
  localDateTimeToUtc,
  CLOCK,
  NATIONAL_DEFAULT_POLICY,
  type Clock,
} from '@invataxi/domain';
import { OperationsFiguresRepository } from '@invataxi/persistence';
import { createApi } from '../../apps/api/src/create-api';
import type { OperationsReport } from '../../apps/api/src/reports/operations-reports.service';
import { OperationsRollupProcessor } from '../../apps/dispatcher/src/maintenance/operations-rollup.processor';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { testNow } from '../support/clock';

const REGION = '710000000';
const OTHER_REGION = '750000000';
const DISTRICT = '711210000';
const MOBILITY = '{"wheelchair":"MANUAL","needsRamp":true,"needsLift":false}';

describe('operations reports', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  let officer: string;
  let analyst: string;
  let strangerOfficer: string;
  const day = addDaysToLocalDate(localDateOf(testNow()), -3);
  const at = (hhmm: string): Date => localDateTimeToUtc(day, hhmm);
  const provider = randomUUID();
  const shift = randomUUID();
  let rider: string;

  const get = async (url: string, token: string, lang = 'en') => {
    const r = await api
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, 'accept-language': lang } });
    return r;
  };

  /** An XLSX answer's sheets, each as its rows of cell values (from column A). */
  async function sheets(res: { rawPayload: Buffer }): Promise<Map<string, unknown[][]>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return new Map(
      wb.worksheets.map((ws) => [
        ws.name,
        ws.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : [])),
      ]),
    );
  }
  const fileName = (res: { headers: Record<string, unknown> }): string =>
    decodeURIComponent(String(res.headers['content-disposition']).split("filename*=UTF-8''")[1] ?? '');

  /** The dispatcher's roll-up job, run by hand. */
  const rollupProcessor = () =>
    new OperationsRollupProcessor(
      api.get(OperationsFiguresRepository),
      api.get<symbol, Clock>(CLOCK),
      t.config,
      { info: () => undefined } as never,
    );

  async function ride(o: {
    window: string;
    status: string;
    arrived?: string;
    pickedUp?: string;
    droppedOff?: string;
    noShowAt?: string;
    cancelledAt?: string;
    late?: boolean;
    /** The recorded status reason (a driver's provider-side miss). */
    reason?: string;
    companions?: number;
    directMetres?: number;
    /** Another local day than the suite's. */
    on?: string;
  }): Promise<void> {
    const id = randomUUID();
    const when = (x: string): Date => (o.on ? localDateTimeToUtc(o.on, x) : at(x));
    const t = (x?: string) => (x ? when(x) : null);
    const earliest = when(o.window);
    await ds.query(
      `INSERT INTO booking (id, beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
         dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility, load_seats,
         load_wheelchair_places, companions, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
         max_ride_seconds, direct_seconds, direct_metres, shift_id, arrived_at, actual_pickup_at, actual_dropoff_at,
         cancelled_at, late_cancellation, status_reason, version)
       VALUES ($1, $2, 'APP', $3, 'A', 51.10, 71.40, $4, 'B', 51.10, 71.50, $4, 'PICKUP', $5, 'MEDICAL', $6::jsonb, 1, 1, $7,
         $8, $5, $5::timestamptz + interval '15 minutes', $5, $5::timestamptz + interval '2 hours', 2400, 1200, $9, $10,
         $11, $12, $13, $14, $15, $16, 3)`,
      [
        id,
        rider,
        REGION,
        DISTRICT,
        earliest,
        MOBILITY,
        o.companions ?? 0,
        o.status,
        o.directMetres ?? 10_000,
        shift,
        t(o.arrived),
        t(o.pickedUp),
        t(o.droppedOff),
        t(o.cancelledAt),
        o.late ?? false,
        o.reason ?? null,
      ],
    );
    if (o.noShowAt)
      await ds.query(
        `INSERT INTO route_stop (shift_id, booking_id, kind, sequence, planned_at, actual_at) VALUES ($1, $2, 'PICKUP', 1, $3, $4)`,
        [shift, id, earliest, when(o.noShowAt)],
      );
  }

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    ds = api.get(DataSource);
    officer = t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: REGION });
    strangerOfficer = t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: OTHER_REGION });
    analyst = t.token({ userId: randomUUID(), role: 'MINISTRY_ANALYST' });
    [{ id: rider }] = await ds.query(
      `INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
         residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility, version)
       VALUES ($1, 'k1', $2, '90********11', 'Aigerim Seitkali', '1990-01-01', 'F', $3, 'Street 1', 51.1, 71.4,
         'ADULT_GROUP_1', '{"wheelchair":"MANUAL"}', 1) RETURNING id`,
      [randomBytes(16), randomBytes(32).toString('hex'), DISTRICT],
    );
    await ds.query(
      `INSERT INTO provider (id, bin, legal_name, origin, region_kato, version) VALUES ($1, '123456789012', 'Astana Invataxi', 'LOCAL_REGISTRY', $2, 1)`,
      [provider, REGION],
    );
    await ds.query(
      `INSERT INTO provider_contract (provider_id, reference, tariff_per_trip, tariff_per_km, valid_from) VALUES ($1, 'C-1', 1500, 100, '2020-01-01')`,
      [provider],
    );
    await ds.query(`INSERT INTO provider_service_area (provider_id, kato_code) VALUES ($1, $2)`, [
      provider,
      REGION,
    ]);
    const vehicle = randomUUID();
    const driver = randomUUID();
    await ds.query(
      `INSERT INTO vehicle (id, provider_id, plate, model, seats, wheelchair_places, version) VALUES ($1, $2, '123ABC01', 'Van', 3, 1, 1)`,
      [vehicle, provider],
    );
    await ds.query(
      `INSERT INTO driver (id, provider_id, full_name, licence_number, phone) VALUES ($1, $2, 'Driver', 'L-1', '+77010000001')`,
      [driver, provider],
    );
    await ds.query(
      `INSERT INTO shift (id, provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, status, version)
       VALUES ($1, $2, $3, $4, $5, $6, 51.10, 71.40, 51.10, 71.40, $7, 'CLOSED', 1)`,
      [shift, provider, vehicle, driver, at('08:00'), at('16:00'), DISTRICT],
    );
    // on time, 30 min ride, 10 km (no distance recorded: the direct one), a companion: 1500 + 1000 tenge
    await ride({
      window: '09:00',
      status: 'COMPLETED',
      arrived: '09:05',
      pickedUp: '09:06',
      droppedOff: '09:36',
      companions: 1,
    });
    // 10 minutes late, 50 min ride (over the 40-minute limit), 8 km: 1500 + 800 tenge
    await ride({
      window: '10:00',
      status: 'COMPLETED',
      arrived: '10:25',
      pickedUp: '10:26',
      droppedOff: '11:16',
      directMetres: 8000,
    });
    // the rider's no-show (waited 12:00-12:06), the vehicle's (arrived after 13:15)
    await ride({ window: '12:00', status: 'NO_SHOW', arrived: '12:00', noShowAt: '12:06' });
    await ride({ window: '13:00', status: 'NO_SHOW', arrived: '13:20', noShowAt: '13:26' });
    // a late cancellation by the rider
    await ride({ window: '15:00', status: 'CANCELLED', cancelledAt: '14:30', late: true });
    // the driver's provider-side miss, recorded on the way inside the window (POST
    // /driver/bookings/:id/missed): the provider's, though neither late nor after the window
    await ride({ window: '14:00', status: 'CANCELLED', cancelledAt: '14:10', reason: 'MISSED_VEHICLE_LATE' });
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  const q = `from=${day}&to=${day}`;

  function expectFigures(body: OperationsReport): void {
    const s = body.summary;
    expect(s.trips).toMatchObject({ requested: 6, accepted: 6, scheduled: 6, completed: 2, cancelled: 2 });
    expect(s.onTime).toMatchObject({ arrivals: 4, onTime: 2, late: 2, onTimeShare: 0.5 });
    expect(s.misses).toMatchObject({
      noShowsRider: 1,
      noShowsVehicleLate: 1,
      lateCancelsRider: 1,
      lateCancelsVehicleLate: 1,
      lateCancelsAddressUnreachable: 0,
      lateCancelsVehicleProblem: 0,
      riderCaused: 2,
      providerCaused: 2,
    });
    expect(s.rideTime).toMatchObject({ measured: 2, meanMinutes: 40, overLimit: 1, overLimitShare: 0.5 });
    expect(s.accessibility).toEqual({ wheelchairTrips: 2, companions: 1 });
    expect(s.cost).toMatchObject({ costTenge: 4800, pricedTrips: 2, perTripTenge: 2400, passengerKm: 28 });
    expect(s.productivity).toMatchObject({ shifts: 1, serviceHours: 8, passengerTrips: 3 });
    expect(body.byProvider.map((p) => p.providerName)).toEqual(['Astana Invataxi']);
  }

  it('computes a day live, then from the dispatcher’s roll-up, to the same figures', async () => {
    const live = await get(`/reports/operations?${q}`, officer);
    expect(live.statusCode).toBe(200);
    expect(live.json().liveDays).toBe(1);
    expectFigures(live.json());

    const processor = rollupProcessor();
    expect((await processor.run()).days).toBe(1);
    // a second pass finds nothing changed
    expect((await processor.run()).days).toBe(0);
    const rolled = await get(`/reports/operations?${q}`, officer);
    expect(rolled.json().liveDays).toBe(0);
    expectFigures(rolled.json());
    expect(rolled.json().summary).toEqual(live.json().summary);
    // the per-rider table reads the day's riders' roll-up and says the same
    expect(await ds.query('SELECT count(*)::int AS n FROM operations_rider_rollup')).toEqual([{ n: 1 }]);
    expect(rolled.json().riders).toEqual(live.json().riders);
    // the month is summed from its days; a report by month reads it and says the same
    expect(await ds.query('SELECT count(*)::int AS n FROM operations_month_rollup')).toEqual([{ n: 1 }]);
    const long = await get(`/reports/operations?from=${addDaysToLocalDate(day, -80)}&to=${day}`, officer);
    expect(long.json().overTimeUnit).toBe('month');
    expect(long.json().summary).toEqual(live.json().summary);
  });

  it('filters by district and provider', async () => {
    const none = await get(`/reports/operations?${q}&districtKato=711310000`, officer);
    expect(none.json().summary.trips.requested).toBe(0);
    const own = await get(`/reports/operations?${q}&providerId=${provider}`, officer);
    expect(own.json().summary.trips.completed).toBe(2);
  });

  it('shows the officer their riders by cause, and the ministry no person', async () => {
    const o = (await get(`/reports/operations?${q}`, officer)).json();
    expect(o.riders).toEqual([
      {
        beneficiaryId: rider,
        fullName: 'Aigerim Seitkali',
        iinMasked: '90********11',
        noShowsRider: 1,
        noShowsProvider: 1,
        lateCancelsRider: 1,
        lateCancelsProvider: 1,
      },
    ]);
    const a = await get(`/reports/operations?${q}&regionKato=${REGION}`, analyst);
    expect(a.statusCode).toBe(200);
    expect(a.json().riders).toBeNull();
    expect(a.json().summary).toEqual(o.summary);
    for (const personal of [rider, 'Aigerim', 'Seitkali', '90********11'])
      expect(a.body).not.toContain(personal);
    const xlsx = await get(`/reports/operations/export?${q}&report=misses`, analyst);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes('Seitkali'))).toBe(false);
  });

  it('lets the ministry filter by region, the districts following it', async () => {
    const astana = (await get(`/reports/operations?${q}&regionKato=${REGION}`, analyst)).json();
    expect(astana.regionKato).toBe(REGION);
    expect(astana.summary.trips.requested).toBeGreaterThan(0);
    expect(astana.byDistrict.map((d: { districtKato: string }) => d.districtKato)).toContain(DISTRICT);
    const almaty = (await get(`/reports/operations?${q}&regionKato=${OTHER_REGION}`, analyst)).json();
    expect(almaty.summary.trips.requested).toBe(0);
    expect(almaty.byDistrict).toEqual([]);
    // A district outside the chosen region: nothing, not the district's figures.
    const outside = await get(
      `/reports/operations?${q}&regionKato=${OTHER_REGION}&districtKato=${DISTRICT}`,
      analyst,
    );
    expect(outside.json().summary.trips.requested).toBe(0);
    const bad = await get(`/reports/operations?${q}&regionKato=71`, analyst);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('regionKato');
    // the akimat's month of a region the analyst chose
    const month = await get(
      `/reports/operations/monthly?month=${day.slice(0, 7)}&regionKato=${REGION}`,
      analyst,
    );
    expect(month.statusCode).toBe(200);
    // an officer stays in their region
    expect((await get(`/reports/operations?${q}&regionKato=${OTHER_REGION}`, officer)).statusCode).toBe(403);
    expect(
      (await get(`/reports/operations/monthly?month=${day.slice(0, 7)}&regionKato=${OTHER_REGION}`, officer))
        .statusCode,
    ).toBe(403);
  });

  it('keeps an officer to their region and names the bad field', async () => {
    expect((await get(`/reports/operations?${q}`, strangerOfficer)).json().summary.trips.requested).toBe(0);
    expect((await get(`/reports/operations?${q}&regionKato=${REGION}`, strangerOfficer)).statusCode).toBe(
      403,
    );
    expect((await get(`/reports/operations?${q}&districtKato=${DISTRICT}`, strangerOfficer)).statusCode).toBe(
      403,
    );
    const bad = await get(`/reports/operations?from=${day}&to=${addDaysToLocalDate(day, -1)}`, officer);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('to');
    // The rule in words at its field, in the reader's language (walk t22 m1: only "some fields are
    // filled in incorrectly", no rule).
    const badRu = await get(
      `/reports/operations?from=${day}&to=${addDaysToLocalDate(day, -1)}`,
      officer,
      'ru',
    );
    expect(badRu.json().errors).toEqual([
      {
        field: 'to',
        code: 'BEFORE_FROM',
        reason: 'Последний день раньше первого: период должен заканчиваться не раньше, чем начинается.',
      },
    ]);
    const long = await get(`/reports/operations?from=${day}&to=${addDaysToLocalDate(day, 400)}`, officer);
    expect(long.statusCode).toBe(400);
    expect(long.json().errors).toEqual([
      { field: 'to', code: 'OUT_OF_RANGE', reason: 'A report covers at most 366 days: shorten the period.' },
    ]);
    const longKk = await get(
      `/reports/operations?from=${day}&to=${addDaysToLocalDate(day, 400)}`,
      officer,
      'kk',
    );
    expect(longKk.json().errors[0].reason).toBe('Есеп ең көбі 366 күнді қамтиды: кезеңді қысқартыңыз.');
    expect((await get(`/reports/operations/monthly?month=${day.slice(0, 7)}`, analyst)).statusCode).toBe(400);
  });

  it('exports a report and the akimat’s month as XLSX workbooks, in the reader’s language', async () => {
    const one = await get(`/reports/operations/export?${q}&report=cost`, officer);
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(one.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cost']);
    const values = wb.worksheets[0]!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(values).toContainEqual(['All', 4800, 2, 2400, 28, 171.43]);
    // Money in tenge's format, the period as date cells, the file named for the report, region and period.
    const cost = wb.worksheets[0]!;
    const all = cost.getColumn(1).values.lastIndexOf('All'); // after its heading
    expect([2, 4, 6].map((c) => cost.getRow(all).getCell(c).numFmt)).toEqual(Array(3).fill('#,##0.00 "₸"'));
    expect(cost.getRow(all).getCell(3).numFmt).toBe('#,##0');
    const period = cost.getRow(cost.getColumn(1).values.indexOf('Period'));
    expect(period.getCell(2).value).toEqual(new Date(`${day}T00:00:00Z`));
    expect(period.getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect(String(one.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Cost — Astana — ${day}–${day}.xlsx`)}`,
    );
    // The rides no provider took are named so, never an unlabelled '—'.
    expect(cost.getColumn(1).values).not.toContain('—');

    const month = await get(`/reports/operations/monthly?month=${day.slice(0, 7)}`, officer);
    expect(month.statusCode).toBe(200);
    const m = new ExcelJS.Workbook();
    await m.xlsx.load(month.rawPayload as unknown as ArrayBuffer);
    expect(m.worksheets.map((w) => w.name)).toEqual([
      'Monthly report',
      'Trips',
      'On-time performance',
      'No-shows and late cancellations',
      'Unmet demand',
      'Productivity',
      'Ride time',
      'Wheelchairs and companions',
      'Cost',
    ]);
    // The akimat by name, not its code; shares as percentages (the cell keeps the number).
    const summary = m.worksheets[0]!;
    const rows = summary.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toContainEqual(['Region', 'Astana']);
    expect(rows.flat()).not.toContain(REGION);
    const share = summary.getColumn(1).values.indexOf('On-time share');
    expect(summary.getRow(share).getCell(2).numFmt).toBe('0.0%');
    const shareValue = summary.getRow(share).getCell(2).value as number;
    expect(shareValue > 0 && shareValue <= 1).toBe(true);
    const districts = m.worksheets[1]!.getColumn(1).values.map(String);
    expect(districts.filter((c) => /almaty/i.test(c))).toHaveLength(1);
    expect(districts.some((c) => c.includes(DISTRICT))).toBe(false);
  });

  it('adds the misses of a day not rolled up yet to the rolled-up ones, with the filters', async () => {
    const next = addDaysToLocalDate(day, 1);
    // the rider's no-show (waited 09:00-09:06) the day after, which no roll-up has read yet
    await ride({ window: '09:00', status: 'NO_SHOW', arrived: '09:00', noShowAt: '09:06', on: next });
    const both = (await get(`/reports/operations?from=${day}&to=${next}`, officer)).json();
    expect(both.liveDays).toBe(1);
    expect(both.riders).toEqual([
      {
        beneficiaryId: rider,
        fullName: 'Aigerim Seitkali',
        iinMasked: '90********11',
        noShowsRider: 2,
        noShowsProvider: 1,
        lateCancelsRider: 1,
        lateCancelsProvider: 1,
      },
    ]);
    const own = (
      await get(`/reports/operations?from=${day}&to=${next}&providerId=${provider}`, officer)
    ).json();
    expect(own.riders).toEqual(both.riders);
    const other = await get(`/reports/operations?from=${day}&to=${next}&providerId=${randomUUID()}`, officer);
    expect(other.json().riders).toEqual([]);
    const elsewhere = await get(`/reports/operations?from=${day}&to=${next}&districtKato=711310000`, officer);
    expect(elsewhere.json().riders).toEqual([]);
  });

  it("counts each of the driver's provider-side reasons under its own cause, live and rolled up (f22 finding 1)", async () => {
    const before = addDaysToLocalDate(day, -1);
    // the driver's three reports of a miss on the provider's side, the vehicle at the door in time or not
    await ride({
      window: '09:00',
      status: 'CANCELLED',
      cancelledAt: '09:10',
      reason: 'MISSED_VEHICLE_LATE',
      on: before,
    });
    await ride({
      window: '10:00',
      status: 'CANCELLED',
      arrived: '10:05',
      cancelledAt: '10:12',
      reason: 'MISSED_ADDRESS_UNREACHABLE',
      on: before,
    });
    await ride({
      window: '11:00',
      status: 'CANCELLED',
      cancelledAt: '11:03',
      reason: 'MISSED_VEHICLE_PROBLEM',
      on: before,
    });
    const misses = {
      noShowsRider: 0,
      noShowsVehicleLate: 0,
      noShowsDriverLeftEarly: 0,
      lateCancelsRider: 0,
      lateCancelsVehicleLate: 1,
      lateCancelsAddressUnreachable: 1,
      lateCancelsVehicleProblem: 1,
      riderCaused: 0,
      providerCaused: 3,
    };
    const dq = `from=${before}&to=${before}`;
    const live = (await get(`/reports/operations?${dq}`, officer)).json();
    expect(live.liveDays).toBe(1);
    expect(live.summary.misses).toEqual(misses);
    const processor = rollupProcessor();
    await processor.run();
    const rolled = (await get(`/reports/operations?${dq}`, officer)).json();
    expect(rolled.liveDays).toBe(0);
    expect(rolled.summary.misses).toEqual(misses);
    const xlsx = await get(`/reports/operations/export?${dq}&report=misses`, officer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = Array.from(wb.worksheets[0]!.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
    const head = rows.find((r) => r.includes('Late cancellations: address unreachable'));
    expect(head).toBeDefined();
    const values = rows[rows.indexOf(head!) + 1]!;
    expect(values[head!.indexOf('Late cancellations: address unreachable')]).toBe(1);
    expect(values[head!.indexOf('Late cancellations: vehicle problem')]).toBe(1);
    expect(values[head!.indexOf('Late cancellations: vehicle late')]).toBe(1);
  });

  it('counts a request the rules refused (nothing booked) by its reasons, on the day it was asked (f22 finding 3)', async () => {
    const rules = {
      ...NATIONAL_DEFAULT_POLICY,
      serviceHours: ALL_DAY_SERVICE_HOURS,
      serviceAreaKato: [REGION],
    };
    await ds.query(
      `INSERT INTO service_policy (region_kato, version, effective_from, rules) VALUES ($1, 1, $3::timestamptz - interval '1 day', $2::jsonb)`,
      [REGION, JSON.stringify(rules), testNow()],
    );
    const today = localDateOf(testNow());
    const dispatcher = t.token({ userId: randomUUID(), role: 'DISPATCHER', regionKato: REGION });
    // Two months ahead: beyond the booking horizon.
    const r = await api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/bookings',
        headers: {
          authorization: `Bearer ${dispatcher}`,
          'idempotency-key': randomUUID(),
          'accept-language': 'en',
        },
        payload: {
          beneficiaryId: rider,
          pickup: { address: 'Street 1', lat: 51.1, lon: 71.4, kato: DISTRICT },
          dropoff: { address: 'Clinic 2', lat: 51.1, lon: 71.5, kato: DISTRICT },
          timeAnchor: 'PICKUP',
          time: localDateTimeToUtc(addDaysToLocalDate(today, 60), '10:00').toISOString(),
          purpose: 'MEDICAL',
          companions: 0,
        },
      });
    expect(r.statusCode).toBe(422);
    const codes = (r.json().reasons as { code: string }[]).map((x) => x.code);
    expect(codes).toContain('BEYOND_HORIZON');
    const report = (await get(`/reports/operations?from=${today}&to=${today}`, officer)).json();
    expect(report.summary.trips).toMatchObject({ requested: 1, refused: 1, accepted: 0 });
    expect(report.summary.trips.refusedByReason).toEqual(
      codes.map((reason) => ({ reason, count: 1 })).sort((a, b) => a.reason.localeCompare(b.reason)),
    );
    expect(report.byDistrict.map((d: { districtKato: string }) => d.districtKato)).toEqual([DISTRICT]);
    // The XLSX names the reason in words, without a rule's value a sum of regions cannot give.
    const xlsx = await get(`/reports/operations/export?from=${today}&to=${today}&report=trips`, officer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells).toContain('Booked too far ahead');
    expect(cells).not.toContain('BEYOND_HORIZON');
    // One refusal under each of its reasons: the sheet puts the reasons' sum beside the refusals
    // and says why they differ (walk t22 M1: 73 reasons against 65 refused, unexplained).
    const rows = wb.worksheets[0]!.getSheetValues().map((x) => (Array.isArray(x) ? x.slice(1) : []));
    expect(rows).toContainEqual(['Reasons given', codes.length]);
    expect(rows).toContainEqual(['Requests refused', 1]);
    expect(cells).toContain(
      'A refused request can have more than one reason, so the reasons can add up to more than the refusals.',
    );
    expect(cells.some((c) => /\{\w+\}/.test(c))).toBe(false);
  });
  it('says who serves a region and since when: none yet, rides waiting for procurement, the first day (t22 M6, m6)', async () => {
    const own = (await get(`/reports/operations?${q}`, officer)).json() as OperationsReport;
    expect(own.service.providers).toBe(1);
    expect(own.service.awaitingProcurement).toBe(0);
    expect(own.service.awaitingUntil).toBeNull();
    expect(own.service.firstDay! <= day).toBe(true);
    // Another region, no provider: one ride waits for procurement there, on the 15th of a later month.
    const waitingDay = `${addDaysToLocalDate(day, 40).slice(0, 7)}-15`;
    await ride({ window: '10:00', status: 'COMPLETED', on: waitingDay });
    await ds.query(
      `UPDATE booking SET region_kato = $1, status = 'AWAITING_PROCUREMENT', shift_id = NULL
        WHERE pickup_earliest = $2`,
      [OTHER_REGION, localDateTimeToUtc(waitingDay, '10:00')],
    );
    const other = (await get(`/reports/operations?${q}&regionKato=${OTHER_REGION}`, analyst)).json();
    expect(other.service).toEqual({
      providers: 0,
      awaitingProcurement: 1,
      awaitingUntil: waitingDay,
      firstDay: waitingDay,
    });
    // The period up to that day (the page offers it, t22 m5): requested 1, unmet demand 1.
    const upTo = (
      await get(`/reports/operations?from=${day}&to=${waitingDay}&regionKato=${OTHER_REGION}`, analyst)
    ).json() as OperationsReport;
    expect(upTo.summary.trips.requested).toBe(1);
    expect(upTo.summary.unmet.total).toBe(1);
    // The country counts both.
    const all = (await get(`/reports/operations?${q}`, analyst)).json();
    expect(all.service.providers).toBe(1);
    expect(all.service.awaitingProcurement).toBe(1);
    // Its month's workbook says from which day there is data.
    const month = await get(
      `/reports/operations/monthly?month=${waitingDay.slice(0, 7)}&regionKato=${OTHER_REGION}`,
      analyst,
    );
    expect(month.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(month.rawPayload as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toContainEqual(['Data exists from', new Date(`${waitingDay}T00:00:00Z`)]);
  });
  it('says the ride-time limit the share over it is read against, from the region’s policy (walk t22 m2)', async () => {
    expect((await get(`/reports/operations?${q}`, officer)).json().rideTimeLimit).toEqual({
      factor: 1.5,
      plusMinutes: 15,
    });
    expect((await get(`/reports/operations?${q}`, analyst)).json().rideTimeLimit).toBeNull();
    for (const [lang, words] of [
      [
        'en',
        'Over the limit: a ride longer than 1.5 × the direct drive + 15 min (the region’s policy in force).',
      ],
      ['ru', 'Сверх лимита: поездка дольше 1,5 × прямой путь + 15 мин (по действующей политике региона).'],
    ] as const) {
      const x = await get(`/reports/operations/export?${q}&report=rideTime`, officer, lang);
      const cells = [...(await sheets(x)).values()].flat(2);
      expect(cells).toContain(words);
    }
  });

  it('gives productivity for the region and per provider, never per district, and says why (t22 M7)', async () => {
    const values = async (url: string) => {
      const x = await get(url, officer);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
      return wb.worksheets[0]!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    };
    const why = /not per district/;
    const region = await values(`/reports/operations/export?${q}&report=productivity`);
    expect(region.some((r) => why.test(String(r[0])))).toBe(true);
    expect(region.map((r) => r[0])).toContain('Provider');
    expect(region.map((r) => r[0])).not.toContain('District');
    // The one shift: 3 passenger trips over 8 planned hours.
    expect(region).toContainEqual(expect.arrayContaining(['All', 1, 8, 3, 0.38]));
    const district = await values(
      `/reports/operations/export?${q}&report=productivity&districtKato=${DISTRICT}`,
    );
    expect(district.some((r) => why.test(String(r[0])))).toBe(true);
    expect(district.map((r) => r[0])).not.toContain('All');
  });

  it('says every filter in force in a filtered export, its header rows and its file name, in the reader’s language (t22 finding 1)', async () => {
    const filtered = `${q}&districtKato=${DISTRICT}&providerId=${provider}`;
    const ru = await get(`/reports/operations/export?${filtered}&report=trips`, officer, 'ru');
    expect(ru.statusCode).toBe(200);
    const rows = (await sheets(ru)).get('Поездки')!;
    expect(rows.slice(2, 6)).toEqual([
      ['Период', new Date(`${day}T00:00:00Z`), new Date(`${day}T00:00:00Z`)],
      ['Регион', 'Астана'],
      ['Район', 'район Алматы'],
      ['Перевозчик', 'Astana Invataxi'],
    ]);
    expect(fileName(ru)).toBe(`Поездки — Астана — район Алматы — Astana Invataxi — ${day}–${day}.xlsx`);
    const kk = await get(`/reports/operations/export?${filtered}&report=misses`, officer, 'kk');
    const kkRows = [...(await sheets(kk)).values()][0]!;
    expect(kkRows).toContainEqual(['Аудан', 'Алматы ауданы']);
    expect(kkRows).toContainEqual(['Тасымалдаушы', 'Astana Invataxi']);
    // Unfiltered: the region only, no empty filter rows.
    const plain = (await sheets(await get(`/reports/operations/export?${q}&report=trips`, officer)))
      .get('Trips')!
      .map((r) => r[0]);
    expect(plain.slice(1, plain.indexOf('All'))).toEqual(['Trips', 'Period', 'Region', undefined]);
  });

  it('gives the country’s report each district with its region, a by-region table, and says “All of Kazakhstan” (t22 finding 2)', async () => {
    const json = (await get(`/reports/operations?${q}`, analyst)).json();
    expect(json.regionKato).toBeNull();
    expect(json.byRegion).toEqual([{ regionKato: REGION, figures: json.summary }]);
    expect(json.byDistrict.map((d: { regionKato: string }) => d.regionKato)).toEqual([REGION]);
    // A region's report has no by-region table.
    expect((await get(`/reports/operations?${q}&regionKato=${REGION}`, analyst)).json().byRegion).toEqual([]);

    const en = await get(`/reports/operations/export?${q}&report=unmet`, analyst);
    const rows = (await sheets(en)).get('Unmet demand')!;
    expect(rows[3]).toEqual(['Region', 'All of Kazakhstan']);
    const labels = rows.map((r) => r[0]);
    expect(labels).toContain('Astana, Almaty District');
    expect(labels).not.toContain('Almaty District');
    // The by-region table: its heading, then Astana with the country's figures.
    const regionHead = labels.lastIndexOf('Region');
    expect(regionHead).toBeGreaterThan(2);
    expect(rows[regionHead + 1]![0]).toBe('Astana');
    expect(fileName(en)).toBe(`Unmet demand — All of Kazakhstan — ${day}–${day}.xlsx`);
    const ru = (await sheets(await get(`/reports/operations/export?${q}&report=trips`, analyst, 'ru'))).get(
      'Поездки',
    )!;
    expect(ru[3]).toEqual(['Регион', 'Весь Казахстан']);
    expect(ru.map((r) => r[0])).toContain('Астана, район Алматы');
  });

  it('heads the per-rider IIN column in the reader’s language (t22 finding 3)', async () => {
    // The heading row of the per-rider table: the row before the rider's.
    const heading = async (lang: string) => {
      const res = await get(`/reports/operations/export?${q}&report=misses`, officer, lang);
      const rows = [...(await sheets(res)).values()][0]!;
      return rows[rows.findIndex((r) => r?.[1] === '90********11') - 1]!.slice(0, 2);
    };
    expect(await heading('ru')).toEqual(['Пассажир', 'ИИН']);
    expect(await heading('kk')).toEqual(['Жолаушы', 'ЖСН']);
    expect(await heading('en')).toEqual(['Rider', 'IIN']);
  });

  it('counts each ride in one outcome: a vehicle-late miss at the door is a no-show, not also cancelled (t22 m4)', async () => {
    const on = addDaysToLocalDate(day, -2);
    // the vehicle at the door 10:25 after the window 10:00-10:15, the rider gone: the driver's miss
    await ride({
      window: '10:00',
      status: 'CANCELLED',
      arrived: '10:25',
      cancelledAt: '10:31',
      reason: 'MISSED_VEHICLE_LATE',
      on,
    });
    // the rider cancels late a ride on the route
    await ride({ window: '11:00', status: 'CANCELLED', cancelledAt: '10:50', late: true, on });
    // the rider cancels a waitlisted ride (never on a route)
    await ride({ window: '12:00', status: 'CANCELLED', cancelledAt: '08:00', on });
    await ds.query(`UPDATE booking SET shift_id = NULL WHERE pickup_earliest = $1`, [
      localDateTimeToUtc(on, '12:00'),
    ]);
    const trips = {
      requested: 3,
      accepted: 3,
      scheduled: 2,
      completed: 0,
      noShows: 1,
      cancelled: 2,
      cancelledBeforeRoute: 1,
    };
    const dq = `from=${on}&to=${on}`;
    const live = (await get(`/reports/operations?${dq}`, officer)).json() as OperationsReport;
    expect(live.liveDays).toBe(1);
    expect(live.summary.trips).toMatchObject(trips);
    expect(live.summary.misses).toMatchObject({ noShowsVehicleLate: 1, lateCancelsRider: 1 });
    const processor = rollupProcessor();
    await processor.run();
    const rolled = (await get(`/reports/operations?${dq}`, officer)).json() as OperationsReport;
    expect(rolled.liveDays).toBe(0);
    expect(rolled.summary.trips).toEqual(live.summary.trips);
  });
});
