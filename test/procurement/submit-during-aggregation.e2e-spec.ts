// An officer submits a DRAFT while the region's demand is being aggregated (CI, 7 December:
// the rider of an awarded lot read a new DRAFT's date). The aggregation had read the request as
// a DRAFT, not yet live; by the time it looked for the period's DRAFT to link the bookings to,
// the submit had committed: it found none, created a second DRAFT and moved the submitted lot's
// bookings into it, so the same rides would be bought twice. The test holds the submit open
// after it has changed the request (its outbox row waits on a table lock), lets the aggregation
// run into it, then lets both finish: the bookings stay with the submitted request, no DRAFT.
import { randomUUID } from 'node:crypto';
import type { RequestSummary } from '../../apps/api/src/procurement/procurement-requests.service';
import { DemandAggregator } from '../../apps/dispatcher/src/procurement/demand-aggregator';
import { testNow } from '../support/clock';
import { eventually } from '../support/test-env';
import { call, startHarness, type Harness } from './harness';
import { aggregateRegion, insertAllDayPolicy, insertBeneficiary, insertBooking } from './fixtures';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const EAST = '630000000';
const PLACE = '636430100';

describe('procurement: an officer submits while the demand is aggregated', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Backends of this test's database waiting for a lock: what on, and their statement. */
  function waitingOnLocks(): Promise<{ wait_event: string; query: string }[]> {
    return h.ds.query(
      `SELECT wait_event, query FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
  }

  it('keeps the bookings with the submitted request and opens no second DRAFT', async () => {
    await insertAllDayPolicy(h.ds, EAST);
    const bookings: string[] = [];
    for (const hours of [20, 26]) {
      bookings.push(
        await insertBooking(h.ds, {
          beneficiaryId: await insertBeneficiary(h.ds, EAST),
          regionKato: EAST,
          pickupKato: PLACE,
          purpose: 'MEDICAL',
          at: new Date(testNow().getTime() + hours * HOUR),
          createdAt: new Date(testNow().getTime() - HOUR),
          directMetres: 6000,
          status: 'AWAITING_PROCUREMENT',
        }),
      );
    }
    await aggregateRegion(h.ds, EAST, 'first');
    const officer = h.t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: EAST });
    const draft = await eventually(async () => {
      const all = await call<RequestSummary[]>(h, 'GET', '/procurement/requests', officer);
      const d = all.body.find((r) => r.regionKato === EAST && r.status === 'DRAFT');
      return d?.figures.waitingBookings === 2 ? d : undefined;
    }, 20_000);

    // The submit's transaction stays open at its last write while the table is held.
    const holder = h.ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('LOCK TABLE outbox IN SHARE MODE');
    let submitted: Promise<{ statusCode: number; body: RequestSummary }> | undefined;
    let aggregated: Promise<unknown> | undefined;
    try {
      submitted = call<RequestSummary>(h, 'POST', `/procurement/requests/${draft.id}/submit`, officer, {
        version: draft.version,
        method: 'PRICE_OFFERS',
        termDays: 90,
      });
      // The submit has changed the request and waits to write its audit and outbox rows.
      await eventually(
        async () => (await waitingOnLocks()).some((w) => w.query.includes('INSERT INTO outbox')) || undefined,
        10_000,
      );
      aggregated = h.worker.get(DemandAggregator).aggregate(EAST, testNow());
      // The aggregation now waits too: on the request the submit changed (a row lock), or for the
      // act to end (the region's lock); the outbox relay's waits are on the table.
      await eventually(
        async () => (await waitingOnLocks()).some((w) => w.wait_event !== 'relation') || undefined,
        10_000,
      );
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    const res = await submitted!;
    await aggregated!;

    expect(res.statusCode).toBe(202);
    const requests: { id: string; status: string }[] = await h.ds.query(
      `SELECT id, status FROM procurement_request WHERE region_kato = $1 ORDER BY created_at`,
      [EAST],
    );
    expect(requests.filter((r) => r.status === 'DRAFT')).toEqual([]);
    const linked: { procurement_request_id: string }[] = await h.ds.query(
      `SELECT procurement_request_id FROM booking WHERE id = ANY($1::uuid[])`,
      [bookings],
    );
    expect(linked.map((b) => b.procurement_request_id)).toEqual([draft.id, draft.id]);
  });
});
