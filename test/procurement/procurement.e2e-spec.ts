// The procurement fallback end to end (issue 7), with the API, the dispatcher worker (dispatch
// and procurement queues), the procurement simulator, PostgreSQL and Redis all running:
// bookings in a district no provider serves -> AWAITING_PROCUREMENT -> one aggregated request
// with the right figures -> submitted -> published -> awarded -> supplier onboarded -> shifts
// added -> the bookings SCHEDULED in the region's priority order, the passed one EXPIRED; the
// failed procurement resubmitted as single source; and the simulator slow, down or answering
// twice losing or duplicating nothing.
import { randomUUID } from 'node:crypto';
import { addDaysToLocalDate, daysBetweenLocalDates, localDateOf } from '@invataxi/domain';
import {
  HttpProcurementClient,
  ProcurementRejectedError,
  procurementPeriodOf,
  type LotRequest,
} from '@invataxi/procurement';
import { Sweeper } from '../../apps/dispatcher/src/maintenance/sweeper';
import type { AlertView } from '../../apps/api/src/procurement/procurement-alerts.service';
import type { UnmetDemandReport } from '../../apps/api/src/procurement/procurement-reports.service';
import type {
  RequestDetail,
  RequestSummary,
} from '../../apps/api/src/procurement/procurement-requests.service';
import { eventually } from '../support/test-env';
import { call, startHarness, type Harness } from './harness';
import {
  aggregateRegion,
  dispatchAccepted,
  insertBeneficiary,
  insertBooking,
  insertSeries,
  insertShift,
} from './fixtures';

jest.setTimeout(120_000);

// East Kazakhstan region; the district stands in for Samar district (DOMAIN.md: three years
// without service). The district and settlement codes are illustrative, not the classifier's.
const EAST = '630000000';
const SAMAR_DISTRICT = '636400000';
const SETTLEMENT_X = '636430100';
const SETTLEMENT_Y = '636450100';

const HOUR = 3_600_000;

async function statusOf(h: Harness, id: string): Promise<{ status: string; status_reason: string | null }> {
  const rows: { status: string; status_reason: string | null }[] = await h.ds.query(
    `SELECT status, status_reason FROM booking WHERE id = $1`,
    [id],
  );
  return rows[0] as { status: string; status_reason: string | null };
}

async function requestRow(h: Harness, id: string): Promise<Record<string, unknown>> {
  const rows: Record<string, unknown>[] = await h.ds.query(
    `SELECT * FROM procurement_request WHERE id = $1`,
    [id],
  );
  return rows[0] as Record<string, unknown>;
}

describe('procurement fallback', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  const officer = (region = EAST): string =>
    h.t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: region });
  const analyst = (): string => h.t.token({ userId: randomUUID(), role: 'MINISTRY_ANALYST' });

  it('takes a district with no provider from waiting bookings to scheduled rides', async () => {
    const now = Date.now();
    const [a, b, c, d] = [
      await insertBeneficiary(h.ds, EAST, true),
      await insertBeneficiary(h.ds, EAST),
      await insertBeneficiary(h.ds, EAST),
      await insertBeneficiary(h.ds, EAST),
    ];
    const today = localDateOf(new Date(now));
    const seriesTo = addDaysToLocalDate(today, 6);
    // Haemodialysis every day for a week: the series counts in full, not by its one booking.
    const series = await insertSeries(h.ds, b as string, [1, 2, 3, 4, 5, 6, 7], today, seriesTo);
    const spec = { regionKato: EAST, status: 'ACCEPTED' as const };
    const work = await insertBooking(h.ds, {
      ...spec,
      beneficiaryId: a as string,
      pickupKato: SETTLEMENT_X,
      purpose: 'WORK',
      at: new Date(now + 2 * HOUR),
      createdAt: new Date(now - 1 * HOUR),
      directMetres: 6000,
      wheelchair: true,
    });
    const medical = await insertBooking(h.ds, {
      ...spec,
      beneficiaryId: a as string,
      pickupKato: SETTLEMENT_X,
      purpose: 'MEDICAL',
      at: new Date(now + 3 * HOUR),
      createdAt: new Date(now - 5 * HOUR),
      directMetres: 4000,
    });
    const dialysis = await insertBooking(h.ds, {
      ...spec,
      beneficiaryId: b as string,
      pickupKato: SETTLEMENT_Y,
      purpose: 'HAEMODIALYSIS',
      at: new Date(now + 4 * HOUR),
      createdAt: new Date(now - 2 * HOUR),
      directMetres: 8000,
      seriesId: series,
    });
    const other = await insertBooking(h.ds, {
      ...spec,
      beneficiaryId: c as string,
      pickupKato: SETTLEMENT_Y,
      purpose: 'OTHER',
      at: new Date(now + 5 * HOUR),
      createdAt: new Date(now - 4 * HOUR),
      directMetres: 5000,
    });
    const late = await insertBooking(h.ds, {
      ...spec,
      beneficiaryId: d as string,
      pickupKato: SETTLEMENT_X,
      purpose: 'MEDICAL',
      at: new Date(now + 6 * HOUR),
      createdAt: new Date(now - 6 * HOUR),
      directMetres: 5000,
    });
    const all = [work, medical, dialysis, other, late];

    // 1. Dispatch finds no provider: every booking waits for procurement.
    await dispatchAccepted(h.ds, all);
    await eventually(async () => {
      const s = await Promise.all(all.map((id) => statusOf(h, id)));
      return s.every((x) => x.status === 'AWAITING_PROCUREMENT');
    }, 20_000);

    // 2. One aggregated DRAFT for the region and period, with every booking linked to it.
    const draft = await eventually(async () => {
      const res = await call<RequestSummary[]>(h, 'GET', '/procurement/requests', officer());
      const drafts = res.body.filter((r) => r.regionKato === EAST);
      return drafts.length === 1 && drafts[0]?.figures.waitingBookings === 5 ? drafts[0] : undefined;
    }, 20_000);
    expect(draft.status).toBe('DRAFT');
    const linked: { n: number }[] = await h.ds.query(
      `SELECT count(*)::int AS n FROM booking WHERE procurement_request_id = $1`,
      [draft.id],
    );
    expect(linked[0]?.n).toBe(5);
    const period = procurementPeriodOf(new Date(now));
    expect([draft.periodStart, draft.periodEnd]).toEqual([period.start, period.end]);

    // The figures, by hand: 4 one-off trips + the series every day from today to its end (or
    // the period's end); km = 6 + 4 + 5 + 5 + 8 per series trip; default tariff 2000 + 150/km.
    const seriesTrips = daysBetweenLocalDates(today, seriesTo < period.end ? seriesTo : period.end) + 1;
    const trips = 4 + seriesTrips;
    const km = 20 + 8 * seriesTrips;
    expect(draft.uncoveredKato).toEqual([SETTLEMENT_X, SETTLEMENT_Y]);
    expect(draft.figures).toMatchObject({
      waitingBookings: 5,
      beneficiaries: 4,
      wheelchairBeneficiaries: 1,
      wheelchairShare: 0.25,
      recurringSeries: 1,
      tripsInPeriod: trips,
      kmInPeriod: km,
      tariff: { perTrip: 2000, perKm: 150, source: 'CONFIG_DEFAULT' },
    });
    expect(draft.estimatedBudgetTenge).toBe(trips * 2000 + km * 150);
    expect(draft.expectedServiceDate).not.toBeNull();

    // 3. The list behind each figure: bookings, masked beneficiaries, KATO codes; no names.
    const detail = await call<RequestDetail>(h, 'GET', `/procurement/requests/${draft.id}`, officer());
    expect(detail.statusCode).toBe(200);
    expect(detail.body.bookings.map((x) => x.id).sort()).toEqual([...all].sort());
    expect(detail.body.beneficiaries).toHaveLength(4);
    expect(detail.body.beneficiaries.every((p) => p.iinMasked.includes('*'))).toBe(true);
    expect(detail.body.beneficiaries.find((p) => p.id === a)).toMatchObject({
      bookings: 2,
      wheelchair: true,
    });
    expect(detail.body.kato).toEqual([
      { code: SETTLEMENT_X, name: null, bookings: 3, beneficiaries: 2 },
      { code: SETTLEMENT_Y, name: null, bookings: 2, beneficiaries: 2 },
    ]);
    expect(JSON.stringify(detail.body)).not.toContain('Test Person');
    // The ministry's analyst reads the figures, never the people; another region's officer nothing.
    const seen = await call<RequestDetail>(h, 'GET', `/procurement/requests/${draft.id}`, analyst());
    expect(seen.statusCode).toBe(200);
    expect(seen.body.bookings).toEqual([]);
    expect(seen.body.beneficiaries).toEqual([]);
    expect(seen.body.figures.waitingBookings).toBe(5);
    expect((await call(h, 'GET', `/procurement/requests/${draft.id}`, officer('710000000'))).statusCode).toBe(
      403,
    );
    expect(
      (
        await call(h, 'POST', `/procurement/requests/${draft.id}/submit`, analyst(), {
          version: draft.version,
          method: 'PRICE_OFFERS',
          termDays: 90,
        })
      ).statusCode,
    ).toBe(403);

    // 4. The officer reviews and submits: single source is refused (nothing failed yet), an old
    // version is refused, then price offers for 90 days.
    const single = await call<{ errors: { field: string }[] }>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/submit`,
      officer(),
      {
        version: draft.version,
        method: 'SINGLE_SOURCE',
        termDays: 90,
      },
    );
    expect(single.statusCode).toBe(400);
    expect(single.body.errors.map((e) => e.field)).toContain('method');
    const reviewed = await call<RequestSummary>(h, 'PATCH', `/procurement/requests/${draft.id}`, officer(), {
      version: draft.version,
      method: 'PRICE_OFFERS',
      termDays: 90,
    });
    expect(reviewed.statusCode).toBe(200);
    const stale = await call(h, 'POST', `/procurement/requests/${draft.id}/submit`, officer(), {
      version: draft.version,
      method: 'PRICE_OFFERS',
      termDays: 90,
    });
    expect(stale.statusCode).toBe(409);
    const submitted = await call<RequestSummary>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/submit`,
      officer(),
      {
        version: reviewed.body.version,
        method: 'PRICE_OFFERS',
        termDays: 90,
      },
    );
    expect(submitted.statusCode).toBe(202);
    expect(submitted.body.status).toBe('SUBMITTED');
    const audit: { actor_role: string }[] = await h.ds.query(
      `SELECT actor_role FROM audit_log WHERE entity_id = $1 AND action = 'procurement.submitted'`,
      [draft.id],
    );
    expect(audit).toEqual([{ actor_role: 'LEB_OFFICER' }]);

    // 5. Published: one lot in the procurement system, carrying the KATO codes, no person.
    const published = await eventually(async () => {
      const r = await requestRow(h, draft.id);
      return r.status === 'PUBLISHED' ? r : undefined;
    }, 20_000);
    const lots = (await h.lots()).lots.filter((l) => l.reference === draft.id);
    expect(lots).toHaveLength(1);
    expect(lots[0]?.lotId).toBe(published.external_id);
    expect(lots[0]?.serviceAreaKato).toEqual([SETTLEMENT_X, SETTLEMENT_Y]);

    // 6. Awarded: the supplier becomes a provider with the request's area and the contract's tariff.
    await h.control(`lots/${published.external_id as string}/decide`, {
      outcome: 'AWARD',
      tariffPerTrip: 1900,
      tariffPerKm: 130,
      termDays: 90,
    });
    const awarded = await eventually(async () => {
      const r = await requestRow(h, draft.id);
      return r.status === 'AWARDED' ? r : undefined;
    }, 20_000);
    const providerId = awarded.awarded_provider_id as string;
    const [provider] = (await h.ds.query(
      `SELECT bin, origin, region_kato, status FROM provider WHERE id = $1`,
      [providerId],
    )) as { bin: string; origin: string; region_kato: string; status: string }[];
    expect(provider).toMatchObject({
      bin: awarded.supplier_bin,
      origin: 'PROCUREMENT_CONTRACT',
      region_kato: EAST,
      status: 'ACTIVE',
    });
    const area: { kato_code: string }[] = await h.ds.query(
      `SELECT kato_code FROM provider_service_area WHERE provider_id = $1 ORDER BY kato_code`,
      [providerId],
    );
    expect(area.map((x) => x.kato_code)).toEqual([SETTLEMENT_X, SETTLEMENT_Y]);
    const contracts: { tariff_per_trip: number; tariff_per_km: number }[] = await h.ds.query(
      `SELECT tariff_per_trip, tariff_per_km FROM provider_contract WHERE provider_id = $1`,
      [providerId],
    );
    expect(contracts).toEqual([{ tariff_per_trip: 1900, tariff_per_km: 130 }]);

    // The officer and the supplier's admin are prompted to add fleet and shifts.
    const officerAlerts = await call<AlertView[]>(h, 'GET', '/procurement/alerts', officer());
    expect(
      officerAlerts.body.find((x) => x.requestId === draft.id && x.kind === 'ALERT_PROCUREMENT_AWARDED')
        ?.text,
    ).toContain(provider?.bin);
    const supplierAdmin = h.t.token({ userId: randomUUID(), role: 'PROVIDER_ADMIN', providerId });
    const supplierAlerts = await call<AlertView[]>(h, 'GET', '/procurement/alerts', supplierAdmin);
    expect(supplierAlerts.body.map((x) => x.kind)).toEqual(['ALERT_SUPPLIER_ADD_FLEET']);
    const strangerAdmin = h.t.token({
      userId: randomUUID(),
      role: 'PROVIDER_ADMIN',
      providerId: randomUUID(),
    });
    expect((await call<AlertView[]>(h, 'GET', '/procurement/alerts', strangerAdmin)).body).toEqual([]);

    // No shifts yet: the bookings still wait (a provider with no vehicles serves nobody).
    await h.worker.get(Sweeper).sweep();
    await new Promise((r) => setTimeout(r, 1500));
    expect((await statusOf(h, work)).status).toBe('AWAITING_PROCUREMENT');

    // 7. Time passes for one ride; the supplier adds a vehicle, a driver and a shift.
    await h.ds.query(
      `UPDATE booking SET requested_time = now() - interval '2 hours', pickup_earliest = now() - interval '2 hours',
              pickup_latest = now() - interval '105 minutes', dropoff_earliest = now() - interval '2 hours',
              dropoff_latest = now() - interval '30 minutes' WHERE id = $1`,
      [late],
    );
    await insertShift(h.ds, providerId, SETTLEMENT_X);
    await h.worker.get(Sweeper).sweep();

    // 8. The waiting bookings go back to dispatch in the region's priority order and are
    // scheduled on the new provider's shift; the passed one expires.
    await eventually(async () => {
      const s = await Promise.all([work, medical, dialysis, other].map((id) => statusOf(h, id)));
      return s.every((x) => x.status === 'SCHEDULED');
    }, 30_000).catch(async (e: unknown) => {
      console.log(JSON.stringify(await Promise.all(all.map((id) => statusOf(h, id)))));
      console.log(JSON.stringify(await h.ds.query(`SELECT job_name, job_id, error FROM dead_letter`)));
      throw e;
    });
    expect(await statusOf(h, late)).toEqual({ status: 'EXPIRED', status_reason: 'PROCUREMENT_NOT_IN_TIME' });
    const released: { entity_id: string }[] = await h.ds.query(
      `SELECT entity_id FROM audit_log WHERE action = 'booking.accepted' AND after->>'reason' = 'PROCUREMENT_PROVIDER_AVAILABLE'
        ORDER BY id`,
    );
    // Work, study and haemodialysis first (Karasay practice), then first come, first served.
    expect(released.map((r) => r.entity_id)).toEqual([dialysis, work, medical, other]);

    // Nothing was duplicated on the way.
    const counts: { providers: number; contracts: number; alerts: number; awards: number }[] =
      await h.ds.query(
        `SELECT (SELECT count(*)::int FROM provider WHERE bin = $1) AS providers,
              (SELECT count(*)::int FROM provider_contract WHERE provider_id = $2) AS contracts,
              (SELECT count(*)::int FROM procurement_alert WHERE request_id = $3) AS alerts,
              (SELECT count(*)::int FROM audit_log WHERE entity_id = $3::text AND action = 'procurement.awarded') AS awards`,
        [provider?.bin, providerId, draft.id],
      );
    expect(counts[0]).toEqual({ providers: 1, contracts: 1, alerts: 2, awards: 1 });

    // 9. The report: unmet demand by district over time, and the requests with their state.
    const from = addDaysToLocalDate(today, -1);
    const to = addDaysToLocalDate(today, 1);
    const report = await call<UnmetDemandReport>(
      h,
      'GET',
      `/procurement/reports/unmet-demand?from=${from}&to=${to}`,
      analyst(),
    );
    expect(report.statusCode).toBe(200);
    const row = report.body.byDistrictAndMonth.find((r) => r.districtKato === SAMAR_DISTRICT);
    expect(row).toMatchObject({
      regionKato: EAST,
      enteredAwaiting: 5,
      stillWaiting: 0,
      servedAfterProcurement: 4,
      expired: 1,
    });
    expect(report.body.requests.find((r) => r.id === draft.id)).toMatchObject({
      status: 'AWARDED',
      waitingBookings: 5,
    });
    expect(JSON.stringify(report.body)).not.toMatch(/Test Person|\*\*\*/);
    const mine = await call<UnmetDemandReport>(
      h,
      'GET',
      `/procurement/reports/unmet-demand?from=${from}&to=${to}&regionKato=710000000`,
      officer(),
    );
    expect(mine.statusCode).toBe(403);
  });
});
