// Issue 20 end to end (API, dispatcher, procurement stand-in, PostgreSQL, Redis): one open
// procurement per need (two bookings in a district with no provider -> one DRAFT, the officer
// alerted at once; submit -> award -> no second DRAFT while the supplier is onboarding, a new
// ride there joins the awarded request), the one KATO convention (Semey is 101010000 in the
// requests, the alerts and the report), a refusal in the officer's words at its field, and every
// award lands or says why (a known company extends to a second region; an award that cannot be
// applied is kept visible, alerts the officer and does not hold up the next lot; the officer
// retries once the cause is fixed).
import { randomUUID } from 'node:crypto';
import { addDaysToLocalDate, buildBin, localDateOf, NATIONAL_DEFAULT_POLICY } from '@invataxi/domain';
import { procurementPeriodOf } from '@invataxi/procurement';
import type { AlertView } from '../../apps/api/src/procurement/procurement-alerts.service';
import type { UnmetDemandReport } from '../../apps/api/src/procurement/procurement-reports.service';
import type {
  RequestDetail,
  RequestSummary,
} from '../../apps/api/src/procurement/procurement-requests.service';
import { testNow } from '../support/clock';
import { signInByPassword } from '../support/sign-in';
import { eventually } from '../support/test-env';
import { call, startHarness, type Harness } from './harness';
import {
  aggregateRegion,
  dispatchAccepted,
  insertAllDayPolicy,
  insertBeneficiary,
  insertBooking,
} from './fixtures';

jest.setTimeout(120_000);

const HOUR = 3_600_000;
const ABAI = '100000000';
const SEMEY = '101010000';
const EAST = '630000000';
const EAST_PLACE = '636430100';
const WKO = '270000000';
const ORAL = '271010000';
const ZHAMBYL = '310000000';
const TARAZ = '311010000';

describe('procurement: one lot per need, every award lands or says why (issue 20)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  const officer = (region: string): string =>
    h.t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: region });

  async function ride(
    region: string,
    pickupKato: string,
    hoursAhead: number,
    status: 'ACCEPTED' | 'AWAITING_PROCUREMENT',
  ) {
    const who = await insertBeneficiary(h.ds, region);
    return insertBooking(h.ds, {
      beneficiaryId: who,
      regionKato: region,
      pickupKato,
      purpose: 'MEDICAL',
      at: new Date(testNow().getTime() + hoursAhead * HOUR),
      createdAt: new Date(testNow().getTime() - HOUR),
      directMetres: 6000,
      status,
    });
  }

  const requestsOf = async (region: string): Promise<RequestSummary[]> =>
    (await call<RequestSummary[]>(h, 'GET', '/procurement/requests', officer(region))).body.filter(
      (r) => r.regionKato === region,
    );

  async function rowOf(id: string): Promise<Record<string, unknown>> {
    const rows: Record<string, unknown>[] = await h.ds.query(
      `SELECT * FROM procurement_request WHERE id = $1`,
      [id],
    );
    return rows[0] as Record<string, unknown>;
  }

  const reaches = (id: string, status: string): Promise<Record<string, unknown>> =>
    eventually(async () => {
      const r = await rowOf(id);
      return r.status === status ? r : undefined;
    }, 20_000);

  /** Waiting rides in a place -> the region's DRAFT -> submitted -> published: the lot id. */
  async function publishedLot(region: string, place: string): Promise<{ id: string; lotId: string }> {
    await ride(region, place, 30, 'AWAITING_PROCUREMENT');
    await aggregateRegion(h.ds, region, place);
    const draft = await eventually(
      async () => (await requestsOf(region)).find((r) => r.status === 'DRAFT'),
      20_000,
    );
    const res = await call(h, 'POST', `/procurement/requests/${draft.id}/submit`, officer(region), {
      version: draft.version,
      method: 'PRICE_OFFERS',
      termDays: 120,
    });
    expect(res.statusCode).toBe(202);
    const published = await reaches(draft.id, 'PUBLISHED');
    return { id: draft.id, lotId: published.external_id as string };
  }

  it('buys a district once: one DRAFT, the officer told at once, no second DRAFT while onboarding', async () => {
    // The region's policy says how short a lot may be (60 days here, 30 nationally).
    await insertAllDayPolicy(h.ds, ABAI, { procurementMinLotDays: 60 });
    const first = await ride(ABAI, SEMEY, 20, 'ACCEPTED');
    const second = await ride(ABAI, SEMEY, 26, 'ACCEPTED');
    await dispatchAccepted(h.ds, [first, second]);

    // 1. Two bookings, one DRAFT for the district.
    const draft = await eventually(async () => {
      const all = await requestsOf(ABAI);
      return all.length === 1 && all[0]?.figures.waitingBookings === 2 ? all[0] : undefined;
    }, 30_000);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      stage: 'DRAFT',
      coveredWaiting: 2,
      uncoveredKato: [SEMEY],
    });
    // A lot worth buying: at least the rest of the budget year, a term to match, every figure sourced.
    const period = procurementPeriodOf(testNow(), NATIONAL_DEFAULT_POLICY);
    expect(draft.periodEnd).toBe(period.end);
    expect(draft.lot).toMatchObject({ start: localDateOf(testNow()), end: period.end });
    expect(draft.lot!.suggestedTermDays).toBe(draft.lot!.days);
    expect(draft.lot!.suggestedTermDays).toBeGreaterThanOrEqual(90);
    expect(draft.lot!.tripsPerMonth).toBeGreaterThanOrEqual(2);
    expect(draft.estimatedBudgetTenge).toBe(draft.lot!.budgetTenge);
    expect(draft.lot!.figures.find((f) => f.key === 'eligiblePeople')).toMatchObject({
      source: 'BENEFICIARY_REGISTER',
      sourceText: 'from the register of beneficiaries living here',
    });
    expect(draft.lot!.figures.every((f) => f.sourceText && !/^[A-Z_]+$/.test(f.sourceText))).toBe(true);
    // The period is named for what it is (walk t25 m3): late in the year it runs through the next
    // one too. The budget says it prices the trips only (m2: beside vehicle hours it does not price).
    const figure = (key: string) => draft.lot!.figures.find((f) => f.key === key);
    expect(figure('periodDays')!.sourceText).toBe(
      period.end.slice(0, 4) > localDateOf(testNow()).slice(0, 4)
        ? 'the rest of this budget year and the next year'
        : 'the rest of the budget year',
    );
    expect(figure('budget')!.sourceText).toBe(
      'the trips only, at the tariff (per trip and per km); vehicle hours are not priced',
    );

    // The officer picks the lot's period: refused at its field in words, else the lot recomputed.
    const today0 = localDateOf(testNow());
    const tooShort = await call<{ errors: { field: string; reason: string }[] }>(
      h,
      'PATCH',
      `/procurement/requests/${draft.id}`,
      officer(ABAI),
      { version: draft.version, lotEnd: addDaysToLocalDate(today0, 10) },
    );
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.body.errors).toEqual([
      expect.objectContaining({
        field: 'lotEnd',
        reason: expect.stringMatching(
          /^The period must be at least 60 days \(ending on \d{1,2}\s[A-Z][a-z]+ \d{4} or later\)/,
        ),
      }),
    ]);
    // A day that is not in the calendar: said at the field in words, not "check this field".
    const noSuchDay = await call<{ errors: { field: string; reason: string }[] }>(
      h,
      'PATCH',
      `/procurement/requests/${draft.id}`,
      officer(ABAI),
      { version: draft.version, lotEnd: `${Number(today0.slice(0, 4)) + 1}-02-30` },
    );
    expect(noSuchDay.statusCode).toBe(400);
    expect(noSuchDay.body.errors).toEqual([
      expect.objectContaining({
        field: 'lotEnd',
        reason: 'This is not a calendar date: give the day, month and year, e.g. 31.12.2027.',
      }),
    ]);
    const lotEnd = addDaysToLocalDate(today0, 120);
    const picked = await call<RequestSummary>(
      h,
      'PATCH',
      `/procurement/requests/${draft.id}`,
      officer(ABAI),
      {
        version: draft.version,
        lotEnd,
      },
    );
    expect(picked.statusCode).toBe(200);
    expect(picked.body.lot).toMatchObject({ start: today0, end: lotEnd, days: 121, suggestedTermDays: 121 });
    expect(picked.body.lot!.tripsPerMonth).toBe(draft.lot!.tripsPerMonth);
    expect(picked.body.lot!.budgetTenge).toBeLessThan(draft.lot!.budgetTenge);
    expect(picked.body.estimatedBudgetTenge).toBe(picked.body.lot!.budgetTenge);
    expect(picked.body.lot!.figures.find((f) => f.key === 'periodDays')).toMatchObject({
      value: 121,
      source: 'OFFICER_CHOICE',
      sourceText: 'the period the officer picked',
    });
    // The next aggregation keeps the officer's period.
    await aggregateRegion(h.ds, ABAI, 'after-pick');
    await new Promise((r) => setTimeout(r, 1500));
    const kept = (await requestsOf(ABAI)).find((r) => r.id === draft.id)!;
    expect(kept.lot).toMatchObject({ start: today0, end: lotEnd });
    Object.assign(draft, { version: kept.version });

    // 2. The officer is told at once that demand appeared, the place by name with its code.
    const appeared = await eventually(async () => {
      const res = await call<AlertView[]>(h, 'GET', '/procurement/alerts', officer(ABAI));
      return res.body.find((a) => a.kind === 'ALERT_DEMAND_APPEARED' && a.requestId === draft.id);
    }, 10_000);
    expect(appeared.text).toContain('Semey (101010000)');
    const detail = await call<RequestDetail>(h, 'GET', `/procurement/requests/${draft.id}`, officer(ABAI));
    expect(detail.body.districts).toEqual([
      {
        code: SEMEY,
        districtKato: SEMEY,
        names: { kk: 'Семей', ru: 'Семей', en: 'Semey' },
        bookings: 2,
        beneficiaries: 2,
      },
    ]);

    // 3. The same town is 101010000 in the report too (was 101000000).
    const today = localDateOf(testNow());
    const report = await call<UnmetDemandReport>(
      h,
      'GET',
      `/procurement/reports/unmet-demand?from=${addDaysToLocalDate(today, -1)}&to=${addDaysToLocalDate(today, 1)}`,
      officer(ABAI),
    );
    expect(report.body.waitingNow.map((w) => [w.districtKato, w.districtNames?.ru])).toEqual([
      [SEMEY, 'Семей'],
    ]);

    // 4. Submitted, published, awarded with the supplier's contact.
    const res = await call(h, 'POST', `/procurement/requests/${draft.id}/submit`, officer(ABAI), {
      version: draft.version,
      method: 'PRICE_OFFERS',
      termDays: 120,
    });
    expect(res.statusCode).toBe(202);
    const published = await reaches(draft.id, 'PUBLISHED');
    await h.control(`lots/${published.external_id as string}/decide`, {
      outcome: 'AWARD',
      supplierName: 'ТОО «Семей Инватакси»',
      supplierContact: {
        name: 'Aigerim Saparova',
        phone: '+77010000001',
        email: 'admin@semey-taxi.kz',
        language: 'kk',
      },
    });
    const awarded = await reaches(draft.id, 'AWARDED');

    // 5. A new ride in Semey while the supplier onboards joins the awarded request: no DRAFT.
    const third = await ride(ABAI, SEMEY, 50, 'AWAITING_PROCUREMENT');
    await aggregateRegion(h.ds, ABAI, 'onboarding');
    await eventually(async () => {
      const rows: { procurement_request_id: string | null }[] = await h.ds.query(
        `SELECT procurement_request_id FROM booking WHERE id = $1`,
        [third],
      );
      return rows[0]?.procurement_request_id === draft.id ? true : undefined;
    }, 15_000);
    const after = await requestsOf(ABAI);
    expect(after.filter((r) => r.status === 'DRAFT')).toEqual([]);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      stage: 'ONBOARDING',
      coveredWaiting: 3,
      award: {
        supplierBin: (awarded.supplier_bin as string).trim(),
        supplierName: 'ТОО «Семей Инватакси»',
        contact: {
          name: 'Aigerim Saparova',
          phone: '+77010000001',
          email: 'admin@semey-taxi.kz',
          language: 'kk',
        },
        contractStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        contractEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    const [provider] = (await h.ds.query(`SELECT contacts FROM provider WHERE id = $1`, [
      awarded.awarded_provider_id,
    ])) as { contacts: Record<string, string> }[];
    expect(provider?.contacts).toEqual({
      name: 'Aigerim Saparova',
      phone: '+77010000001',
      email: 'admin@semey-taxi.kz',
    });

    // 6. The supplier can start: its administrator is invited by SMS in Kazakh, with the link
    // and what to do first; the officer sees the invitation sent and the step it waits for.
    const providerId = awarded.awarded_provider_id as string;
    const sms = await eventually(async () => (await h.smsTo('+77010000001')).pop(), 10_000);
    expect(sms).toContain('ТОО «Семей Инватакси»');
    expect(sms).toContain('көліктер');
    const firstLink = /\/invite\/([A-Za-z0-9_-]+)/.exec(sms)?.[1] as string;
    expect(firstLink).toBeTruthy();
    const onboardingOf = async () =>
      (await requestsOf(ABAI)).find((r) => r.id === draft.id)?.award?.onboarding;
    const invited = await onboardingOf();
    expect(invited).toMatchObject({
      invitation: 'SENT',
      invitedAt: expect.any(String),
      resendInvitationId: expect.any(String),
      signedInAt: null,
      fleetAddedAt: null,
      firstShiftAt: null,
      waitingFor: 'NOT_SIGNED_IN',
      stalled: false,
    });

    // 6b. The SMS got lost: the officer sends the invitation again from the request (a new link;
    // the first one opens nothing any more).
    const resent = await call<{ sentTo: string }>(
      h,
      'POST',
      `/invitations/${invited!.resendInvitationId}/resend`,
      officer(ABAI),
    );
    expect(resent.statusCode).toBe(201);
    const again = await eventually(async () => {
      const all = await h.smsTo('+77010000001');
      return all.length >= 2 ? all.pop() : undefined;
    }, 10_000);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(again)?.[1] as string;
    expect(token).toBeTruthy();
    expect(token).not.toBe(firstLink);
    expect((await onboardingOf())?.invitation).toBe('SENT');

    // 7. The administrator opens the link, sets a password and signs in: the provider's own admin.
    const f = h.api.getHttpAdapter().getInstance();
    expect((await f.inject({ method: 'GET', url: `/invitations/${firstLink}` })).statusCode).toBe(404);
    const invitation = await f.inject({ method: 'GET', url: `/invitations/${token}` });
    expect(invitation.json()).toMatchObject({
      role: 'PROVIDER_ADMIN',
      organisation: 'ТОО «Семей Инватакси»',
    });
    const accepted = await f.inject({
      method: 'POST',
      url: `/invitations/${token}/accept`,
      payload: { password: 'semey-supplier-pass' },
    });
    expect(accepted.statusCode).toBe(201);
    const admin = await signInByPassword(f, '+77010000001', 'semey-supplier-pass');
    expect((await onboardingOf())?.waitingFor).toBe('NO_FLEET');

    // 8. It adds a vehicle, a driver and a shift over the two rides: both are SCHEDULED.
    const vehicle = await call<{ id: string }>(h, 'POST', '/fleet/vehicles', admin.accessToken, {
      plate: '777 SEM 18',
      model: 'Ford Transit',
      seats: 4,
      wheelchairPlaces: 1,
      hasRamp: true,
    });
    expect(vehicle.statusCode).toBe(201);
    expect((await onboardingOf())?.waitingFor).toBe('NO_SHIFT');
    const driverRes = await call<{ id: string }>(h, 'POST', '/fleet/drivers', admin.accessToken, {
      fullName: 'Serik Driver',
      licenceNumber: 'KZ777001',
      phone: '+77010000002',
    });
    expect(driverRes.statusCode).toBe(201);
    const point = { lat: 49.05, lon: 83.35 };
    const shift = await call(h, 'POST', '/fleet/shifts', admin.accessToken, {
      vehicleId: vehicle.body.id,
      driverId: driverRes.body.id,
      startsAt: new Date(testNow().getTime() + 18 * HOUR).toISOString(),
      endsAt: new Date(testNow().getTime() + 30 * HOUR).toISOString(),
      start: point,
      end: point,
      startKato: SEMEY,
    });
    expect(shift.statusCode).toBe(201);
    await eventually(async () => {
      const rows: { status: string }[] = await h.ds.query(
        `SELECT status FROM booking WHERE id = ANY($1::uuid[])`,
        [[first, second]],
      );
      return rows.every((r) => r.status === 'SCHEDULED') ? true : undefined;
    }, 30_000);
    const done = await onboardingOf();
    expect(done).toMatchObject({ invitation: 'ACCEPTED', waitingFor: null, stalled: false });
    for (const step of ['invitedAt', 'signedInAt', 'fleetAddedAt', 'firstShiftAt'] as const)
      expect(done?.[step]).toEqual(expect.any(String));
    const [assigned] = (await h.ds.query(
      `SELECT count(*)::int AS n FROM booking b JOIN shift s ON s.id = b.shift_id WHERE s.provider_id = $1`,
      [providerId],
    )) as { n: number }[];
    expect(assigned?.n).toBeGreaterThanOrEqual(2);
  });

  it('refuses to submit a request nothing waits for in the words of its field, not as a conflict', async () => {
    const KOSTANAY = '390000000';
    const [empty] = (await h.ds.query(
      `INSERT INTO procurement_request (region_kato, period_start, period_end, status, uncovered_kato, version)
       VALUES ($1, $2, $3, 'DRAFT', $4, 1) RETURNING id`,
      [KOSTANAY, localDateOf(testNow()), addDaysToLocalDate(localDateOf(testNow()), 30), ['391010000']],
    )) as { id: string }[];
    const res = await call<{ errors: { field: string; code: string; reason: string }[] }>(
      h,
      'POST',
      `/procurement/requests/${empty?.id as string}/submit`,
      officer(KOSTANAY),
      { version: 1, method: 'PRICE_OFFERS', termDays: 90 },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body.errors).toEqual([
      {
        field: 'waitingBookings',
        code: 'NO_WAITING_DEMAND',
        reason:
          'No ride is waiting for this request: there is nothing to buy. Such a draft closes on its own.',
      },
    ]);
  });

  it('registers a known company in a second region, and an award it cannot apply neither stalls the next lot nor goes unseen', async () => {
    // A company onboarded in East Kazakhstan.
    const east = await publishedLot(EAST, EAST_PLACE);
    await h.control(`lots/${east.lotId}/decide`, { outcome: 'AWARD' });
    const eastAwarded = await reaches(east.id, 'AWARDED');
    const companyBin = (eastAwarded.supplier_bin as string).trim();

    // Two lots published: Zhambyl's first (polled first), then West Kazakhstan's.
    const zhambyl = await publishedLot(ZHAMBYL, TARAZ);
    const wko = await publishedLot(WKO, ORAL);
    // The system's award for Zhambyl names a BIN with a wrong check digit; West Kazakhstan's goes
    // to the company of East Kazakhstan. Both decided before the next poll.
    const valid = buildBin('2401', 4321);
    const mistyped = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    await h.control(`lots/${zhambyl.lotId}/decide`, { outcome: 'AWARD', supplierBin: mistyped });
    await h.control(`lots/${wko.lotId}/decide`, { outcome: 'AWARD', supplierBin: companyBin });

    // West Kazakhstan's award lands: the company is registered there too, East untouched.
    const wkoAwarded = await reaches(wko.id, 'AWARDED');
    const registrations: { id: string; region_kato: string }[] = await h.ds.query(
      `SELECT id, region_kato FROM provider WHERE bin = $1 ORDER BY created_at`,
      [companyBin],
    );
    expect(registrations.map((r) => r.region_kato)).toEqual([EAST, WKO]);
    expect(wkoAwarded.awarded_provider_id).toBe(registrations[1]?.id);
    expect(eastAwarded.awarded_provider_id).toBe(registrations[0]?.id);
    const area: { kato_code: string }[] = await h.ds.query(
      `SELECT kato_code FROM provider_service_area WHERE provider_id = $1`,
      [registrations[1]?.id],
    );
    expect(area.map((a) => a.kato_code)).toEqual([ORAL]);

    // Zhambyl's stays PUBLISHED, says why, and its officer is alerted at once.
    const stuck = await eventually(async () => {
      const r = (await requestsOf(ZHAMBYL)).find((x) => x.id === zhambyl.id);
      return r?.stage === 'AWARD_NOT_APPLIED' ? r : undefined;
    }, 20_000);
    expect(stuck.status).toBe('PUBLISHED');
    expect(stuck.awardError).toMatchObject({ code: 'INVALID_BIN', text: "the supplier's BIN is not valid" });
    const alert = (await call<AlertView[]>(h, 'GET', '/procurement/alerts', officer(ZHAMBYL))).body.find(
      (a) => a.kind === 'ALERT_AWARD_NOT_APPLIED' && a.requestId === zhambyl.id,
    );
    expect(alert?.text).toContain("the supplier's BIN is not valid");
    expect(alert?.text).not.toContain('INVALID_BIN');
    // Nothing went to the dead letters: the poll did not fail for good.
    const dead: { n: number }[] = await h.ds.query(
      `SELECT count(*)::int AS n FROM dead_letter WHERE job_name = 'procurement.poll'`,
    );
    expect(dead[0]?.n).toBe(0);

    // Retry refused where there is nothing to retry; once the system corrected its record, it lands.
    expect(
      (await call(h, 'POST', `/procurement/requests/${wko.id}/retry-award`, officer(WKO), {})).statusCode,
    ).toBe(409);
    await h.control(`lots/${zhambyl.lotId}/decide`, { outcome: 'AWARD', supplierBin: valid, correct: true });
    const retried = await call<RequestSummary>(
      h,
      'POST',
      `/procurement/requests/${zhambyl.id}/retry-award`,
      officer(ZHAMBYL),
      {},
    );
    expect(retried.statusCode).toBe(202);
    expect(retried.body.awardError).toBeNull();
    const landed = await reaches(zhambyl.id, 'AWARDED');
    expect((landed.supplier_bin as string).trim()).toBe(valid);
    expect(landed.award_error).toBeNull();
  });
});
