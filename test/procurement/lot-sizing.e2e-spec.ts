// Issue 25, item 2 end to end (API, dispatcher with the "whatif" queue, procurement stand-in,
// PostgreSQL, Redis): the officer sizes a DRAFT's lot at a target share; the dispatcher replays
// the waiting rides and stores the fleet with the request; the first result is attached, a later
// one only when the officer attaches it; a change in the waiting rides is flagged; the submitted
// lot carries the sizing in words. Scope (other region, analyst reads only) and validation.
import { randomUUID } from 'node:crypto';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import type { RequestSummary } from '../../apps/api/src/procurement/procurement-requests.service';
import type { SizingView } from '../../apps/api/src/procurement/procurement-sizing.service';
import { atInstant, testNow } from '../support/clock';
import { eventually } from '../support/test-env';
import { call, startHarness, type Harness } from './harness';
import { aggregateRegion, insertAllDayPolicy, insertBeneficiary, insertBooking } from './fixtures';

jest.setTimeout(180_000);

const HOUR = 3_600_000;
const ABAI = '100000000';
const SEMEY = '101010000';
const EAST = '630000000';

describe('procurement: size the lot from evidence (issue 25.2)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ DISPATCHER_QUEUES: 'outbox,dispatch,procurement,whatif' });
    await insertAllDayPolicy(h.ds, ABAI, { procurementMinLotDays: 60 });
  });

  afterAll(async () => {
    await h?.close();
  });

  const officer = (region: string): string =>
    h.t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: region });
  const analyst = (): string => h.t.token({ userId: randomUUID(), role: 'MINISTRY_ANALYST' });

  /**
   * A ride waiting for procurement in Semey the day after tomorrow at a local time (the same
   * rides whatever the hour of the run), `km` north of the others (places apart need vehicles apart).
   */
  async function waitingRide(at: string, km: number, wheelchair = false): Promise<string> {
    const who = await insertBeneficiary(h.ds, ABAI, wheelchair);
    const id = await insertBooking(h.ds, {
      beneficiaryId: who,
      regionKato: ABAI,
      pickupKato: SEMEY,
      purpose: 'MEDICAL',
      at: localDateTimeToUtc(addDaysToLocalDate(localDateOf(testNow()), 2), at),
      createdAt: new Date(testNow().getTime() - HOUR),
      directMetres: 6000,
      wheelchair,
      status: 'AWAITING_PROCUREMENT',
    });
    const dLat = km / 111;
    await h.ds.query(
      `UPDATE booking SET pickup_lat = pickup_lat + $2, dropoff_lat = dropoff_lat + $2 WHERE id = $1`,
      [id, dLat],
    );
    return id;
  }

  const detailOf = async (id: string): Promise<RequestSummary> =>
    (await call<RequestSummary>(h, 'GET', `/procurement/requests/${id}`, officer(ABAI))).body;
  const runsOf = async (id: string): Promise<SizingView[]> =>
    (await call<SizingView[]>(h, 'GET', `/procurement/requests/${id}/sizings`, officer(ABAI))).body;
  const finished = (id: string, sizingId: string): Promise<SizingView> =>
    eventually(async () => {
      const run = (await runsOf(id)).find((r) => r.id === sizingId);
      return run && (run.status === 'DONE' || run.status === 'FAILED') ? run : undefined;
    }, 60_000);

  it('sizes the lot on the waiting rides, attaches it, flags new demand, and the lot says it in words', async () => {
    // Three rides at the same hour, 30 km apart: no vehicle serves two; one needs a wheelchair place.
    await waitingRide('10:00', 0);
    await waitingRide('10:00', 30);
    await waitingRide('10:00', 60, true);
    await aggregateRegion(h.ds, ABAI, 'sizing');
    const draft = await eventually(async () => {
      const all = (await call<RequestSummary[]>(h, 'GET', '/procurement/requests', officer(ABAI))).body;
      return all.find((r) => r.status === 'DRAFT' && r.coveredWaiting === 3 && r.lot);
    }, 30_000);
    expect(draft.sizing).toBeNull();

    // Validation: the target's field and reason; never a 500.
    for (const bad of [{ targetPercent: 40 }, { targetPercent: 101 }, { targetPercent: 95.5 }, {}]) {
      const res = await call<{ errors: { field: string; reason: string }[] }>(
        h,
        'POST',
        `/procurement/requests/${draft.id}/sizings`,
        officer(ABAI),
        bad,
      );
      expect(res.statusCode).toBe(400);
      expect(res.body.errors.length).toBeGreaterThan(0);
      for (const e of res.body.errors)
        expect(e).toEqual(
          expect.objectContaining({ field: 'targetPercent', reason: expect.stringMatching(/^[A-Z]\w* \w+/) }),
        );
    }
    // Scope: another region's officer and the ministry's analyst may not run it.
    for (const token of [officer(EAST), analyst()]) {
      const res = await call(h, 'POST', `/procurement/requests/${draft.id}/sizings`, token, {
        targetPercent: 95,
      });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (await call(h, 'GET', `/procurement/requests/${draft.id}/sizings`, officer(EAST))).statusCode,
    ).toBe(403);

    // 1. The officer runs it at 100%: three vehicles, one of them wheelchair-accessible. The API's
    // clock an hour behind the database's: the run is stamped with the platform's (walk h4).
    const stamped = new Date(testNow().getTime() - HOUR);
    const started = await atInstant(h.api, stamped, () =>
      call<SizingView>(h, 'POST', `/procurement/requests/${draft.id}/sizings`, officer(ABAI), {
        targetPercent: 100,
      }),
    );
    expect(started.statusCode).toBe(202);
    expect(Math.abs(new Date(started.body.createdAt).getTime() - stamped.getTime())).toBeLessThan(5_000);
    expect(started.body).toMatchObject({ status: 'QUEUED', targetPercent: 100, attached: false });
    // One run of a request at a time.
    const twice = await call<{ code: string; message: string }>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/sizings`,
      officer(ABAI),
      { targetPercent: 90 },
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.body.code).toBe('SIZING_RUNNING');
    const first = await finished(draft.id, started.body.id);
    expect(first).toMatchObject({ status: 'DONE', progress: 100, attached: true, demandChanged: null });
    expect(first.result).toMatchObject({
      reached: true,
      vehicles: 3,
      wheelchairVehicles: 1,
      rides: 3,
      served: 3,
      servedPercent: 100,
      onTimePercent: 100,
    });
    expect(first.result!.serviceHours).toBeGreaterThan(0);
    expect(first.result!.costTenge).toBeGreaterThan(0);
    expect(first.text[0]).toMatch(
      /^To serve at least 100% of the 3 rides waiting for this lot \(.+\): 3 vehicles, 1 of them wheelchair-accessible\.$/,
    );
    expect(first.text.join(' ')).toMatch(/Working hours: every day, 00:00–24:00/);
    // Words, never keys or JSON.
    for (const line of first.text) expect(line).not.toMatch(/[A-Z]{2,}_[A-Z]|[{}[\]]/);
    // Russian for a Russian reader.
    const ru = await h.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'GET',
        url: `/procurement/requests/${draft.id}/sizings`,
        headers: { authorization: `Bearer ${officer(ABAI)}`, 'accept-language': 'ru' },
      });
    expect((ru.json() as SizingView[])[0]!.text[0]).toMatch(/^Чтобы выполнить не менее 100% из 3 поездок/);

    // The request carries it; the analyst reads it.
    const carried = await detailOf(draft.id);
    expect(carried.sizing).toMatchObject({ id: first.id, attached: true });
    // The lot's specification is the sizing's: its vehicles and their hours, said as such.
    const figure = (r: RequestSummary, key: string) => r.lot!.figures.find((f) => f.key === key)!;
    expect(carried.lot!.vehicles).toBe(3);
    expect(figure(carried, 'vehicles')).toMatchObject({
      value: 3,
      source: 'SIZING',
      sourceText: expect.stringMatching(/^from the sizing of \d+\u00a0\w+ \d{4}, 100\u00a0% target$/),
    });
    expect(figure(carried, 'vehicleHoursPerMonth')).toMatchObject({ source: 'SIZING' });
    expect(figure(carried, 'vehicleHoursPerMonth').value).toBeGreaterThan(0);
    const read = await call<SizingView[]>(h, 'GET', `/procurement/requests/${draft.id}/sizings`, analyst());
    expect(read.statusCode).toBe(200);
    expect(read.body[0]).toMatchObject({ id: first.id, status: 'DONE' });

    // 2. A fourth ride waits: the attached sizing says it was sized on 3.
    await waitingRide('11:00', 0);
    await aggregateRegion(h.ds, ABAI, 'sizing-more');
    const changed = await eventually(async () => {
      const d = await detailOf(draft.id);
      return d.sizing?.demandChanged ? d : undefined;
    }, 30_000);
    expect(changed.sizing!.demandChanged).toEqual({
      sizedOn: 3,
      now: 4,
      text: 'Sized on 3 rides; 4 wait now. Run the sizing again.',
    });

    // 3. A new run at 60% does not replace the attached one by itself.
    const again = await call<SizingView>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/sizings`,
      officer(ABAI),
      {
        targetPercent: 60,
      },
    );
    expect(again.statusCode).toBe(202);
    const second = await finished(draft.id, again.body.id);
    expect(second).toMatchObject({ status: 'DONE', attached: false });
    expect(second.result).toMatchObject({ rides: 4, reached: true });
    expect(second.result!.servedPercent).toBeGreaterThanOrEqual(60);
    expect(second.result!.vehicles).toBeLessThan(3);
    expect((await detailOf(draft.id)).sizing!.id).toBe(first.id);

    // Attaching is the officer's choice: guarded by the request's version, and only a finished run.
    const stale = await call(
      h,
      'POST',
      `/procurement/requests/${draft.id}/sizings/${second.id}/attach`,
      officer(ABAI),
      {
        version: 0,
      },
    );
    expect(stale.statusCode).toBe(400);
    const now = await detailOf(draft.id);
    const wrongVersion = await call(
      h,
      'POST',
      `/procurement/requests/${draft.id}/sizings/${second.id}/attach`,
      officer(ABAI),
      { version: now.version + 7 },
    );
    expect(wrongVersion.statusCode).toBe(409);
    expect(
      (
        await call(h, 'POST', `/procurement/requests/${draft.id}/sizings/${second.id}/attach`, analyst(), {
          version: now.version,
        })
      ).statusCode,
    ).toBe(403);
    const attached = await call<SizingView>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/sizings/${second.id}/attach`,
      officer(ABAI),
      { version: now.version },
    );
    expect(attached.statusCode).toBe(200);
    expect(attached.body).toMatchObject({ id: second.id, attached: true, demandChanged: null });
    const runs = await runsOf(draft.id);
    expect(runs.map((r) => [r.id, r.attached])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);

    // 4. The lot submitted carries the fleet and its specification in words.
    const d = await detailOf(draft.id);
    const submitted = await call(h, 'POST', `/procurement/requests/${draft.id}/submit`, officer(ABAI), {
      version: d.version,
      method: 'PRICE_OFFERS',
      termDays: d.lot!.suggestedTermDays,
    });
    expect(submitted.statusCode).toBe(202);
    const lot = await eventually(async () => {
      const all = await h.lots();
      return (all.lots as unknown as { reference: string; sizing: Record<string, unknown> | null }[]).find(
        (l) => l.reference === draft.id,
      );
    }, 30_000);
    expect(lot.sizing).toMatchObject({
      vehicles: second.result!.vehicles,
      wheelchairVehicles: second.result!.wheelchairVehicles,
      targetPercent: 60,
      specification: {
        en: expect.stringMatching(/^To serve at least 60% of the 4 rides waiting for this lot/),
        ru: expect.stringMatching(/^Чтобы выполнить не менее 60% из 4 поездок/),
        kk: expect.stringMatching(/^Осы лотты күтетін 4 сапардың кемінде 60%/),
      },
    });
    // Submitted, the request's lot still says the sizing it was sent with.
    const sent = await detailOf(draft.id);
    expect(figure(sent, 'vehicles')).toMatchObject({ value: second.result!.vehicles, source: 'SIZING' });
    expect(figure(sent, 'vehicles').sourceText).toMatch(/60\u00a0% target/);
    // A submitted lot is not sized again.
    const late = await call<{ code: string }>(
      h,
      'POST',
      `/procurement/requests/${draft.id}/sizings`,
      officer(ABAI),
      {
        targetPercent: 95,
      },
    );
    expect(late.statusCode).toBe(409);
    expect(late.body.code).toBe('SIZING_NOT_DRAFT');
  });
});
