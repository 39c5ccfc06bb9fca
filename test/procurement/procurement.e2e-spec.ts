// The procurement fallback end to end (issue 7), with the API, the dispatcher worker (dispatch
// and procurement queues), the procurement simulator, PostgreSQL and Redis all running:
// bookings in a district no provider serves -> AWAITING_PROCUREMENT -> one aggregated request
// with the right figures -> submitted -> published -> awarded -> supplier onboarded -> shifts
// added -> the bookings SCHEDULED in the region's priority order, the passed one EXPIRED; the
// failed procurement resubmitted as single source; and the simulator slow, down or answering
// twice losing or duplicating nothing.
import { randomUUID } from 'node:crypto';
import {
  addDaysToLocalDate,
  daysBetweenLocalDates,
  localDateOf,
  NATIONAL_DEFAULT_POLICY,
} from '@invataxi/domain';
import {
  awardedServiceDate,
  expectedServiceDateForBooking,
  HttpProcurementClient,
  ProcurementRejectedError,
  procurementPeriodOf,
  type LotRequest,
} from '@invataxi/procurement';
import { ProcurementRequestsRepository } from '@invataxi/persistence';
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
  insertAllDayPolicy,
  dispatchAccepted,
  insertBeneficiary,
  insertBooking,
  insertSeries,
  insertShift,
} from './fixtures';
import { testNow } from '../support/clock';

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
    const now = testNow().getTime();
    await insertAllDayPolicy(h.ds, EAST);
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
    const period = procurementPeriodOf(new Date(now), NATIONAL_DEFAULT_POLICY);
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
    // The waiting rides' own cost stays in the figures; the request's estimate is the lot's, the
    // service for the period (issue 20), never less.
    expect(draft.figures.estimatedBudgetTenge).toBe(trips * 2000 + km * 150);
    expect(draft.lot?.budgetTenge).toBe(draft.estimatedBudgetTenge);
    expect(draft.estimatedBudgetTenge).toBeGreaterThanOrEqual(trips * 2000 + km * 150);
    expect(draft.expectedServiceDate).not.toBeNull();
    // The rider's message reads the same date the officer sees.
    const rules = {
      escalationDays: h.t.config.PROCUREMENT_ESCALATION_DAYS,
      onboardingDays: h.t.config.PROCUREMENT_ONBOARDING_DAYS,
    };
    const requests = new ProcurementRequestsRepository(h.ds);
    const expectedDateOf = async (bookingId: string): Promise<string | null> =>
      expectedServiceDateForBooking(
        await requests.openRequestsOfBooking(h.ds.manager, bookingId),
        rules,
        testNow(),
      );
    expect(await expectedDateOf(work)).toBe(draft.expectedServiceDate);
    // The request is stamped on the platform's day, never the database's (walk t25 M5: with the
    // clock set ahead the SMS said 30.12 and the cards 29.12).
    const [stamped] = (await h.ds.query('SELECT created_at FROM procurement_request WHERE id = $1', [
      draft.id,
    ])) as { created_at: Date }[];
    expect(localDateOf(stamped!.created_at)).toBe(localDateOf(testNow()));

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
    // Price offers take days, not weeks: the rider's expected date moves closer.
    expect(submitted.body.expectedServiceDate! < draft.expectedServiceDate!).toBe(true);
    expect(await expectedDateOf(other)).toBe(submitted.body.expectedServiceDate);
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
    // Stamped on the platform's clock, as the riders' and the officer's dates count from it (the
    // machine's day differs when the clock is set ahead: TEST_LOCAL_TIME, a demo).
    expect(Math.abs((awarded.awarded_at as Date).getTime() - testNow().getTime())).toBeLessThan(60_000);
    // The rider still waiting reads the award (walk t25 m1): a provider chosen, service from the
    // date the award gives (the one the GTFS feed starts on), not a new request's later date.
    const riderToken = h.t.token({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: c as string });
    const told = await call<{
      items: { id: string; expectedServiceDate: string | null; providerChosen: boolean }[];
    }>(h, 'GET', '/bookings/mine', riderToken);
    expect(told.statusCode).toBe(200);
    expect(told.body.items.find((x) => x.id === other)).toMatchObject({
      providerChosen: true,
      expectedServiceDate: awardedServiceDate(
        {
          method: 'PRICE_OFFERS',
          createdAt: awarded.created_at as Date,
          submittedAt: awarded.submitted_at as Date,
          awardedAt: awarded.awarded_at as Date,
        },
        rules,
        testNow(),
      ),
    });
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

    // No shifts yet: the bookings still wait (a provider with no vehicles serves nobody), and
    // they wait on the awarded request: no second DRAFT buys the same service (issue 20).
    await h.worker.get(Sweeper).sweep();
    await aggregateRegion(h.ds, EAST, 'after-award');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await statusOf(h, work)).status).toBe('AWAITING_PROCUREMENT');
    const afterAward = await call<RequestSummary[]>(h, 'GET', '/procurement/requests', officer());
    expect(afterAward.body.filter((r) => r.regionKato === EAST && r.status === 'DRAFT')).toEqual([]);
    expect(afterAward.body.find((r) => r.id === draft.id)).toMatchObject({
      stage: 'ONBOARDING',
      coveredWaiting: 5,
      award: { supplierBin: provider?.bin, priceTenge: Number(awarded.awarded_price_tenge) },
      // The officer's card gives the date the riders read and the feed starts on (walk t25 M1).
      expectedServiceDate: told.body.items.find((x) => x.id === other)?.expectedServiceDate,
    });
    // Each rider still waiting was told with the award, once, that a provider is chosen and
    // the ride is scheduled as soon as it has a vehicle, with that date: not "book again".
    const news: { booking_id: string; text: string }[] = await h.ds.query(
      `SELECT booking_id, text FROM notification WHERE kind = 'AWAITING_PROCUREMENT' AND dedup_key LIKE $1`,
      [`%.awarded.${draft.id}.%`],
    );
    expect(new Set(news.map((n) => n.booking_id))).toEqual(new Set(all));
    const by = told.body.items
      .find((x) => x.id === other)!
      .expectedServiceDate!.split('-')
      .reverse()
      .join('.');
    for (const n of news) {
      expect(n.text).toMatch(/перевозчик выбран|тасымалдаушы таңдалды|provider has been chosen/);
      expect(n.text).toContain(by);
      expect(n.text).not.toMatch(/не сможем|cannot be served|алмаймыз/);
    }

    // 7. Time passes for one ride; the supplier adds a vehicle, a driver and a shift.
    await h.ds.query(
      `UPDATE booking SET requested_time = $2::timestamptz - interval '2 hours', pickup_earliest = $2::timestamptz - interval '2 hours',
              pickup_latest = $2::timestamptz - interval '105 minutes', dropoff_earliest = $2::timestamptz - interval '2 hours',
              dropoff_latest = $2::timestamptz - interval '30 minutes' WHERE id = $1`,
      [late, testNow()],
    );
    await insertShift(h.ds, providerId, SETTLEMENT_X);
    await h.worker.get(Sweeper).sweep();

    // 8. The waiting bookings go back to dispatch in the region's priority order and are
    // scheduled on the new provider's shift; the passed one expires.
    await eventually(async () => {
      const s = await Promise.all([work, medical, dialysis, other].map((id) => statusOf(h, id)));
      return s.every((x) => x.status === 'SCHEDULED');
    }, 30_000);
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
              (SELECT count(*)::int FROM procurement_alert WHERE request_id = $3
                  AND kind <> 'ALERT_DEMAND_APPEARED') AS alerts,
              (SELECT count(*)::int FROM audit_log WHERE entity_id = $3::text AND action = 'procurement.awarded') AS awards`,
        [provider?.bin, providerId, draft.id],
      );
    // Alerts: awarded, add fleet; and demand appeared once per place (the bookings may reach the
    // DRAFT in one aggregation or in two, so one alert naming both places or one for each).
    expect(counts[0]).toEqual({ providers: 1, contracts: 1, alerts: 2, awards: 1 });
    const appeared: { kato: string }[] = await h.ds.query(
      `SELECT params->>'kato' AS kato FROM procurement_alert WHERE request_id = $1 AND kind = 'ALERT_DEMAND_APPEARED'`,
      [draft.id],
    );
    expect(appeared.flatMap((a) => a.kato.split(',')).sort()).toEqual([SETTLEMENT_X, SETTLEMENT_Y]);

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

  /** Waiting bookings in a district, aggregated into the region's DRAFT: returns the DRAFT. */
  async function waitingDraft(region: string, pickupKato: string, n: number): Promise<RequestSummary> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const who = await insertBeneficiary(h.ds, region);
      ids.push(
        await insertBooking(h.ds, {
          beneficiaryId: who,
          regionKato: region,
          pickupKato,
          purpose: 'SOCIAL_SERVICES',
          at: new Date(testNow().getTime() + (3 + i) * HOUR),
          createdAt: new Date(testNow().getTime() - HOUR),
          directMetres: 7000,
          status: 'AWAITING_PROCUREMENT',
        }),
      );
    }
    await aggregateRegion(h.ds, region, pickupKato);
    return eventually(async () => {
      const res = await call<RequestSummary[]>(
        h,
        'GET',
        `/procurement/requests?status=DRAFT`,
        officer(region),
      );
      return res.body.find((r) => r.uncoveredKato.includes(pickupKato) && r.figures.waitingBookings === n);
    }, 20_000);
  }

  async function submit(region: string, r: RequestSummary, method = 'OPEN_TENDER'): Promise<void> {
    const res = await call(h, 'POST', `/procurement/requests/${r.id}/submit`, officer(region), {
      version: r.version,
      method,
      termDays: 60,
    });
    expect(res.statusCode).toBe(202);
  }

  async function reaches(id: string, status: string, ms = 20_000): Promise<Record<string, unknown>> {
    return eventually(async () => {
      const r = await requestRow(h, id);
      return r.status === status ? r : undefined;
    }, ms);
  }

  it('alerts the officer of a failed procurement and takes the resubmission as single source', async () => {
    const ZHETISU = '330000000';
    const district = '334430100';
    const draft = await waitingDraft(ZHETISU, district, 2);
    await submit(ZHETISU, draft);
    const first = await reaches(draft.id, 'PUBLISHED');
    await h.control(`lots/${first.external_id as string}/decide`, { outcome: 'FAIL', reason: 'NO_BIDS' });
    const failed = await reaches(draft.id, 'FAILED');
    expect(failed.failure_reason).toBe('NO_BIDS');

    // The officer sees it; another region's officer does not.
    const alerts = await call<AlertView[]>(h, 'GET', '/procurement/alerts', officer(ZHETISU));
    const alert = alerts.body.find((x) => x.requestId === draft.id && x.kind === 'ALERT_PROCUREMENT_FAILED');
    // The reason in words, never its code.
    expect(alert?.text).toContain('no bids were made');
    expect(alert?.text).not.toContain('NO_BIDS');
    const elsewhere = await call<AlertView[]>(h, 'GET', '/procurement/alerts', officer(EAST));
    expect(elsewhere.body.some((x) => x.requestId === draft.id)).toBe(false);
    expect(
      (await call(h, 'POST', `/procurement/alerts/${alert?.id as string}/acknowledge`, officer(EAST)))
        .statusCode,
    ).toBe(403);
    const ack = await call<AlertView>(
      h,
      'POST',
      `/procurement/alerts/${alert?.id as string}/acknowledge`,
      officer(ZHETISU),
    );
    expect(ack.body.acknowledgedAt).not.toBeNull();

    // A failed request is final: it cannot be submitted again, only resubmitted as a new one.
    const again = await call(h, 'POST', `/procurement/requests/${draft.id}/submit`, officer(ZHETISU), {
      version: Number(failed.version),
      method: 'OPEN_TENDER',
      termDays: 60,
    });
    expect(again.statusCode).toBe(409);
    const re = await call<RequestSummary>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/resubmit`,
      officer(ZHETISU),
      {
        method: 'SINGLE_SOURCE',
        termDays: 60,
      },
    );
    expect(re.statusCode).toBe(202);
    expect(re.body).toMatchObject({
      status: 'SUBMITTED',
      method: 'SINGLE_SOURCE',
      previousRequestId: draft.id,
    });
    const twice = await call(h, 'POST', `/procurement/requests/${draft.id}/resubmit`, officer(ZHETISU), {
      method: 'SINGLE_SOURCE',
      termDays: 60,
    });
    expect(twice.statusCode).toBe(409);
    const carried: { n: number }[] = await h.ds.query(
      `SELECT count(*)::int AS n FROM booking WHERE procurement_request_id = $1 AND status = 'AWAITING_PROCUREMENT'`,
      [re.body.id],
    );
    expect(carried[0]?.n).toBe(2);

    // The single-source lot names the failed one; awarded, the supplier covers the district.
    const second = await reaches(re.body.id, 'PUBLISHED');
    const lot = (await h.lots()).lots.find((l) => l.lotId === second.external_id);
    expect(lot).toMatchObject({ method: 'SINGLE_SOURCE', previousLotId: first.external_id });
    await h.control(`lots/${second.external_id as string}/decide`, { outcome: 'AWARD' });
    const awarded = await reaches(re.body.id, 'AWARDED');
    const area: { kato_code: string }[] = await h.ds.query(
      `SELECT kato_code FROM provider_service_area WHERE provider_id = $1`,
      [awarded.awarded_provider_id],
    );
    expect(area.map((a) => a.kato_code)).toEqual([district]);
  });

  it('loses and duplicates nothing when the procurement system is down, slow or answers twice', async () => {
    const KYZYLORDA = '430000000';
    // Down (503): the submission waits in SUBMITTED, is retried with back-off, and publishes once.
    const downDraft = await waitingDraft(KYZYLORDA, '434430100', 1);
    await h.control('mode', { mode: 'down' });
    await submit(KYZYLORDA, downDraft);
    await eventually(async () => Number((await h.lots()).counters.answeredDown) >= 3, 15_000);
    expect((await requestRow(h, downDraft.id)).status).toBe('SUBMITTED');
    expect((await h.lots()).lots.filter((l) => l.reference === downDraft.id)).toHaveLength(0);
    await h.control('mode', { mode: 'normal' });
    const downPublished = await reaches(downDraft.id, 'PUBLISHED', 40_000);
    const downLots = (await h.lots()).lots.filter((l) => l.reference === downDraft.id);
    expect(downLots.map((l) => l.lotId)).toEqual([downPublished.external_id]);

    // Slow: the lot is created but the answer comes after our timeout; the retry with the same
    // idempotency key gets the same lot back.
    const slowDraft = await waitingDraft(KYZYLORDA, '434630100', 1);
    const replayedBefore = Number((await h.lots()).counters.replayedKeys);
    await h.control('mode', { mode: 'slow', delayMs: 2500, times: 1 });
    await submit(KYZYLORDA, slowDraft);
    const slowPublished = await reaches(slowDraft.id, 'PUBLISHED', 30_000);
    const slow = await h.lots();
    const slowLots = slow.lots.filter((l) => l.reference === slowDraft.id);
    expect(slowLots.map((l) => l.lotId)).toEqual([slowPublished.external_id]);
    expect(Number(slow.counters.replayedKeys)).toBeGreaterThan(replayedBefore);

    // Twice: every callback arrives two times (and the poll runs as well): one award applied.
    await h.control('mode', { mode: 'twice' });
    const sentBefore = Number((await h.lots()).counters.callbacksSent);
    await h.control(`lots/${slowPublished.external_id as string}/decide`, { outcome: 'AWARD' });
    const awarded = await reaches(slowDraft.id, 'AWARDED');
    await eventually(async () => Number((await h.lots()).counters.callbacksSent) >= sentBefore + 2, 10_000);
    // Let every duplicate poll and callback job run out before counting.
    await new Promise((r) => setTimeout(r, 3000));
    await h.control('mode', { mode: 'normal' });
    const counts: {
      providers: number;
      areas: number;
      contracts: number;
      alerts: number;
      awards: number;
      callbacks: number;
    }[] = await h.ds.query(
      `SELECT (SELECT count(*)::int FROM provider WHERE bin = $1) AS providers,
                (SELECT count(*)::int FROM provider_service_area WHERE provider_id = $2) AS areas,
                (SELECT count(*)::int FROM provider_contract WHERE provider_id = $2) AS contracts,
                (SELECT count(*)::int FROM procurement_alert WHERE request_id = $3) AS alerts,
                (SELECT count(*)::int FROM audit_log WHERE entity_id = $3::text AND action = 'procurement.awarded') AS awards,
                (SELECT count(*)::int FROM audit_log WHERE entity_id = $3::text AND action = 'procurement.callback_received') AS callbacks`,
      [awarded.supplier_bin, awarded.awarded_provider_id, slowDraft.id],
    );
    // Alerts: demand appeared, awarded, add fleet; each once.
    expect(counts[0]).toMatchObject({ providers: 1, areas: 1, contracts: 1, alerts: 3, awards: 1 });
    expect(counts[0]?.callbacks).toBeGreaterThanOrEqual(1);
  });

  it('signs, keys and refuses at the adapter: same key -> same lot, same key other body -> 422, wrong key -> 401', async () => {
    const lot: LotRequest = {
      reference: randomUUID(),
      buyerRegionKato: '100000000',
      method: 'PRICE_OFFERS',
      termDays: 30,
      serviceAreaKato: ['104430100'],
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      estimatedBudgetTenge: 100000,
      tripsPerMonth: 10,
      kmPerMonth: 70,
      wheelchairShare: 0,
      previousLotId: null,
      callbackUrl: null,
    };
    const client = new HttpProcurementClient({
      baseUrl: h.simUrl,
      secret: h.t.config.PROCUREMENT_SECRET,
      timeoutMs: 1000,
    });
    const key = `${lot.reference}.v2`;
    const one = await client.publishLot(lot, key);
    const two = await client.publishLot(lot, key);
    expect(two.lotId).toBe(one.lotId);
    expect((await client.getLot(one.lotId)).status).toBe('PUBLISHED');
    await expect(client.publishLot({ ...lot, termDays: 31 }, key)).rejects.toMatchObject({
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    const forger = new HttpProcurementClient({ baseUrl: h.simUrl, secret: 'x'.repeat(64), timeoutMs: 1000 });
    await expect(forger.publishLot(lot, `${key}.forged`)).rejects.toBeInstanceOf(ProcurementRejectedError);
    expect((await h.lots()).lots.filter((l) => l.reference === lot.reference)).toHaveLength(1);

    // A forged callback to the API is refused.
    const forged = await h.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: `/procurement/callbacks/${one.lotId}/AWARDED`,
        headers: {
          'x-procurement-timestamp': String(Date.now()),
          'x-procurement-signature': 'ab'.repeat(32),
        },
      });
    expect(forged.statusCode).toBe(403);
  });

  it('escalates a request only at its real stage: a DRAFT left too long, an onboarding that stalls (issue 20)', async () => {
    const ABAI = '100000000';
    const SEMEY = '101010000';
    const at = (days: number): Date => new Date(testNow().getTime() - days * 24 * HOUR);
    const insertRequest = async (
      status: string,
      createdDaysAgo: number,
      awardedDaysAgo: number | null,
      area = [SEMEY],
    ) =>
      (
        (await h.ds.query(
          `INSERT INTO procurement_request (region_kato, period_start, period_end, status, uncovered_kato, supplier_bin,
                                            awarded_provider_id, awarded_at, created_at, updated_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 1) RETURNING id`,
          [
            ABAI,
            addDaysToLocalDate(localDateOf(testNow()), -30),
            addDaysToLocalDate(localDateOf(testNow()), 200),
            status,
            area,
            status === 'AWARDED' ? '250140012345' : null,
            status === 'AWARDED' ? randomUUID() : null,
            awardedDaysAgo === null ? null : at(awardedDaysAgo),
            at(createdDaysAgo),
          ],
        )) as { id: string }[]
      )[0]?.id as string;
    const waitingOn = async (requestId: string): Promise<void> => {
      const who = await insertBeneficiary(h.ds, ABAI);
      const b = await insertBooking(h.ds, {
        beneficiaryId: who,
        regionKato: ABAI,
        pickupKato: SEMEY,
        purpose: 'MEDICAL',
        at: new Date(testNow().getTime() + 30 * 24 * HOUR),
        createdAt: at(10),
        directMetres: 5000,
        status: 'AWAITING_PROCUREMENT',
      });
      await h.ds.query(`UPDATE booking SET procurement_request_id = $1 WHERE id = $2`, [requestId, b]);
    };
    // Awarded 2 days ago, made 10 days ago, its rides waiting for the supplier's fleet: onboarding.
    const onboarding = await insertRequest('AWARDED', 10, 2);
    await waitingOn(onboarding);
    // Awarded 10 days ago and still no shift: the onboarding stalls.
    const stalled = await insertRequest('AWARDED', 12, 10, ['104000000']);
    // A DRAFT 10 days old that a ride waits for; and an empty one, nothing to buy.
    const draft = await insertRequest('DRAFT', 10, null);
    await waitingOn(draft);
    await h.ds.query(`UPDATE procurement_request SET period_start = $2 WHERE id = $1`, [
      draft,
      procurementPeriodOf(testNow(), NATIONAL_DEFAULT_POLICY).start,
    ]);

    const alerts = await eventually(async () => {
      const res = await call<AlertView[]>(h, 'GET', '/procurement/alerts', officer(ABAI));
      const mine = res.body.filter((a) => [onboarding, stalled, draft].includes(a.requestId ?? ''));
      return mine.some((a) => a.kind === 'ALERT_PROCUREMENT_ESCALATION') &&
        mine.some((a) => a.kind === 'ALERT_ONBOARDING_STALLED')
        ? mine
        : undefined;
    }, 15_000);
    expect(alerts.find((a) => a.kind === 'ALERT_PROCUREMENT_ESCALATION')).toMatchObject({ requestId: draft });
    expect(alerts.find((a) => a.kind === 'ALERT_PROCUREMENT_ESCALATION')?.text).toContain('draft');
    expect(alerts.find((a) => a.kind === 'ALERT_ONBOARDING_STALLED')).toMatchObject({ requestId: stalled });
    expect(alerts.find((a) => a.kind === 'ALERT_ONBOARDING_STALLED')?.text).toContain('250140012345');
    // ... saying the step it stopped at, in words: nobody accepted the invitation.
    expect(alerts.find((a) => a.kind === 'ALERT_ONBOARDING_STALLED')?.text).toContain(
      'has not accepted the invitation to Invataxi',
    );
    // The request being onboarded raises nothing: it is neither a stale DRAFT nor a stalled onboarding.
    expect(alerts.filter((a) => a.requestId === onboarding)).toEqual([]);

    // Demand aggregated: the ride of the onboarding request stays with it, and the DRAFT's ride
    // joins it too (Semey's one open procurement), so the DRAFT, nothing left to buy, closes
    // itself. Alerts: once per request and stage, however often the poll runs.
    await aggregateRegion(h.ds, ABAI, 'escalation');
    await new Promise((r) => setTimeout(r, 3500));
    const n: { request_id: string; n: number }[] = await h.ds.query(
      `SELECT request_id, count(*)::int AS n FROM procurement_alert WHERE request_id = ANY($1::uuid[])
        AND kind IN ('ALERT_PROCUREMENT_ESCALATION', 'ALERT_ONBOARDING_STALLED') GROUP BY 1`,
      [[onboarding, stalled, draft]],
    );
    expect(n.map((x) => x.n)).toEqual([1, 1]);
    const linked: { procurement_request_id: string }[] = await h.ds.query(
      `SELECT procurement_request_id FROM booking WHERE region_kato = $1 AND status = 'AWAITING_PROCUREMENT'`,
      [ABAI],
    );
    expect(linked.map((l) => l.procurement_request_id)).toEqual([onboarding, onboarding]);
    expect(await requestRow(h, draft)).toMatchObject({
      status: 'CANCELLED',
      failure_reason: 'NO_WAITING_DEMAND',
    });
    const list = await call<RequestSummary[]>(h, 'GET', '/procurement/requests', officer(ABAI));
    expect(list.body.find((r) => r.id === draft)).toMatchObject({
      stage: 'CLOSED_NO_DEMAND',
      failureReasonText: 'no ride is waiting for this request any more',
    });
    expect(list.body.find((r) => r.id === onboarding)).toMatchObject({
      stage: 'ONBOARDING',
      coveredWaiting: 2,
    });
    expect(list.body.filter((r) => r.status === 'DRAFT')).toEqual([]);
  });

  it("moves an old period's waiting bookings to the current DRAFT, and lets the officer cancel a DRAFT", async () => {
    const PAVLODAR = '550000000';
    const settlement = '554430100';
    const [old] = (await h.ds.query(
      `INSERT INTO procurement_request (region_kato, period_start, period_end, status, version)
       VALUES ($1, '2025-01-01', '2025-03-31', 'DRAFT', 1) RETURNING id`,
      [PAVLODAR],
    )) as { id: string }[];
    // A booking of last period, still waiting, linked to last period's DRAFT.
    const who = await insertBeneficiary(h.ds, PAVLODAR);
    const booking = await insertBooking(h.ds, {
      beneficiaryId: who,
      regionKato: PAVLODAR,
      pickupKato: settlement,
      purpose: 'REHABILITATION',
      at: new Date(testNow().getTime() + 3 * HOUR),
      createdAt: new Date(testNow().getTime() - 100 * 24 * HOUR),
      directMetres: 7000,
      status: 'AWAITING_PROCUREMENT',
    });
    await h.ds.query(`UPDATE booking SET procurement_request_id = $1 WHERE id = $2`, [old?.id, booking]);
    await aggregateRegion(h.ds, PAVLODAR, 'next-period');
    const draft = await eventually(async () => {
      const res = await call<RequestSummary[]>(
        h,
        'GET',
        '/procurement/requests?status=DRAFT',
        officer(PAVLODAR),
      );
      return res.body.find((r) => r.id !== old?.id && r.figures.waitingBookings === 1);
    }, 15_000);
    const superseded = await requestRow(h, old?.id as string);
    expect(superseded.status).toBe('CANCELLED');
    expect(superseded.failure_reason).toBe('SUPERSEDED_BY_NEXT_PERIOD');
    const linked: { procurement_request_id: string }[] = await h.ds.query(
      `SELECT procurement_request_id FROM booking WHERE pickup_kato = $1`,
      [settlement],
    );
    expect(linked.map((l) => l.procurement_request_id)).toEqual([draft.id]);

    const current = (
      await call<RequestDetail>(h, 'GET', `/procurement/requests/${draft.id}`, officer(PAVLODAR))
    ).body;
    expect(
      (
        await call(h, 'POST', `/procurement/requests/${draft.id}/cancel`, officer(PAVLODAR), {
          version: current.version + 5,
          reason: 'test',
        })
      ).statusCode,
    ).toBe(409);
    const cancelled = await call<RequestSummary>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/cancel`,
      officer(PAVLODAR),
      {
        version: current.version,
        reason: 'Served by extending the regional contract',
      },
    );
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    expect(
      (
        await call(h, 'POST', `/procurement/requests/${draft.id}/cancel`, officer(PAVLODAR), {
          version: cancelled.body.version,
          reason: 'again',
        })
      ).statusCode,
    ).toBe(409);
    // The booking still waits and joins the next DRAFT when demand is aggregated again.
    await aggregateRegion(h.ds, PAVLODAR, 'after-cancel');
    const next = await eventually(async () => {
      const res = await call<RequestSummary[]>(
        h,
        'GET',
        '/procurement/requests?status=DRAFT',
        officer(PAVLODAR),
      );
      return res.body.find((r) => r.id !== draft.id && r.figures.waitingBookings === 1);
    }, 15_000);
    expect(next.uncoveredKato).toEqual([settlement]);
  });
});
