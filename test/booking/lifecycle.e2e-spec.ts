/**
 * The happy paths end ACCEPTED with their outbox rows (single, return, recurring, guardian,
 * phone and portal channels); cancellation (late flag, stale version), series materialisation
 * and cancellation, reads in scope, operator search with keyset pagination, trips left.
 */
import { randomUUID } from 'node:crypto';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import type { Principal } from '@invataxi/auth';
import { BookingService, SeriesMaterialiser } from '@invataxi/booking';
import {
  ASTANA,
  PLACE_A,
  PLACE_B,
  boot,
  localAt,
  policyRules,
  publishPolicy,
  registerPerson,
  tripBody,
  type Fixture,
} from './booking-fixture';
import { atInstant, testNow } from '../support/clock';

describe('booking lifecycle', () => {
  let fx: Fixture;

  beforeAll(async () => {
    fx = await boot();
    await publishPolicy(fx, ASTANA, policyRules({ lateCancelMinutes: 24 * 60 }));
  });
  afterAll(() => fx?.close());

  async function outboxJobs(bookingId: string): Promise<string[]> {
    const r = await fx.db.query(`SELECT job_name FROM outbox WHERE payload->>'bookingId' = $1 ORDER BY id`, [
      bookingId,
    ]);
    return r.rows.map((x: { job_name: string }) => x.job_name);
  }

  async function row(id: string): Promise<Record<string, unknown>> {
    return (await fx.db.query('SELECT * FROM booking WHERE id = $1', [id])).rows[0];
  }

  it('single ride by the beneficiary: ACCEPTED, windows and ride limit stored, dispatch job in the outbox', async () => {
    const p = await registerPerson(fx);
    const r = await fx.inject('POST', '/bookings', p.principal, tripBody(p.id, { notes: 'entrance 3' }));
    expect(r.statusCode).toBe(201);
    const b = r.json().bookings[0];
    expect(b).toMatchObject({ status: 'ACCEPTED', channel: 'APP', version: 2, beneficiaryId: p.id });
    expect(b.policyId).toBeTruthy();
    const stored = await row(b.id);
    expect(stored.status).toBe('ACCEPTED');
    // Pick-up at T: window [T - 0, T + 15 min] under the policy's widths.
    expect((stored.pickup_latest as Date).getTime() - (stored.pickup_earliest as Date).getTime()).toBe(
      15 * 60_000,
    );
    expect(stored.max_ride_seconds as number).toBeGreaterThan(stored.direct_seconds as number);
    expect(await outboxJobs(b.id)).toEqual(
      expect.arrayContaining(['dispatch.booking', 'notify.booking-status']),
    );
    const audit = await fx.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [b.id]);
    expect(audit.rows.map((x: { action: string }) => x.action)).toEqual([
      'booking.requested',
      'booking.accepted',
    ]);
  });

  it('ride with return: two linked bookings, both ACCEPTED, each saying whether a provider covers its pickup', async () => {
    // A provider serves the district of the ride there, none the one the return starts from.
    const [provider] = (
      await fx.db.query(
        `INSERT INTO provider (bin, legal_name, origin, region_kato, status, version)
         VALUES ('990140001234', 'District LLP', 'LOCAL_REGISTRY', $1, 'ACTIVE', 1) RETURNING id`,
        [ASTANA],
      )
    ).rows as { id: string }[];
    await fx.db.query(`INSERT INTO provider_service_area (provider_id, kato_code) VALUES ($1, $2)`, [
      provider!.id,
      PLACE_A.kato,
    ]);
    const p = await registerPerson(fx);
    const r = await fx.inject(
      'POST',
      '/bookings',
      p.principal,
      tripBody(p.id, { returnTrip: { timeAnchor: 'PICKUP', time: localAt(2, '14:00') } }),
    );
    expect(r.statusCode).toBe(201);
    const [out, back] = r.json().bookings;
    expect(out.status).toBe('ACCEPTED');
    expect(back).toMatchObject({ status: 'ACCEPTED', returnOfBookingId: out.id });
    expect(back.pickup.kato).toBe(PLACE_B.kato);
    expect(await outboxJobs(back.id)).toContain('dispatch.booking');
    // The return waits for the provider the akimat procures, and its answer says so at once
    // (walk t25 M4: the confirmation said "finding a vehicle").
    expect([out.awaitingProvider, back.awaitingProvider]).toEqual([false, true]);
    await fx.db.query(`DELETE FROM provider_service_area WHERE provider_id = $1`, [provider!.id]);
    await fx.db.query(`UPDATE provider SET status = 'TERMINATED' WHERE id = $1`, [provider!.id]);
  });

  it('guardian books for a ward (linked by the LEB officer): APP channel', async () => {
    const p = await registerPerson(fx, { category: 'CHILD_GROUP_2', birthDate: '2014-02-02' });
    const link = await fx.inject('POST', `/beneficiaries/${p.id}/guardians`, fx.officer, {
      displayName: 'Mother',
    });
    expect(link.statusCode).toBe(201);
    const guardian: Principal = { userId: link.json().guardianUserId, role: 'GUARDIAN' };
    const r = await fx.inject(
      'POST',
      '/bookings',
      guardian,
      tripBody(p.id, { purpose: 'EDUCATION', companions: 1 }),
    );
    expect(r.statusCode).toBe(201);
    expect(r.json().bookings[0]).toMatchObject({
      status: 'ACCEPTED',
      channel: 'APP',
      bookedByUserId: guardian.userId,
    });
    const stranger: Principal = { userId: randomUUID(), role: 'GUARDIAN' };
    const refused = await fx.inject(
      'POST',
      '/bookings',
      stranger,
      tripBody(p.id, { time: localAt(3, '10:00') }),
    );
    expect(refused.statusCode).toBe(403);
    const mine = await fx.inject('GET', '/bookings/mine', guardian);
    expect(mine.json().items.map((b: { beneficiaryId: string }) => b.beneficiaryId)).toEqual([p.id]);
    const wards = await fx.inject('GET', '/beneficiaries/wards', guardian);
    expect(wards.json()[0].id).toBe(p.id);
  });

  it('a dispatcher takes a phone call: PHONE channel; out of region is refused', async () => {
    const p = await registerPerson(fx);
    const r = await fx.inject('POST', '/bookings', fx.dispatcher, tripBody(p.id));
    expect(r.statusCode).toBe(201);
    expect(r.json().bookings[0]).toMatchObject({ status: 'ACCEPTED', channel: 'PHONE' });
    const almaty: Principal = { userId: randomUUID(), role: 'DISPATCHER', regionKato: '750000000' };
    expect(
      (await fx.inject('POST', '/bookings', almaty, tripBody(p.id, { time: localAt(3, '10:00') })))
        .statusCode,
    ).toBe(403);
  });

  it('the Portal channel through the use case: ACCEPTED with a portal status sync in the outbox', async () => {
    const p = await registerPerson(fx);
    const res = await fx.api.get(BookingService).create({
      actor: { userId: randomUUID(), role: 'PORTAL', clientId: 'portal' },
      beneficiaryId: p.id,
      portalOrderId: `SSP-${randomUUID()}`,
      pickup: PLACE_A,
      dropoff: PLACE_B,
      timeAnchor: 'DROPOFF',
      time: new Date(localAt(2, '11:00')),
      purpose: 'HAEMODIALYSIS',
      companions: 0,
    });
    const b = res.bookings[0]!;
    expect(b).toMatchObject({ status: 'ACCEPTED', channel: 'PORTAL' });
    // Get me there by T: arrival no later than T.
    expect(b.windows.dropoffLatest).toBe(localAt(2, '11:00'));
    expect(await outboxJobs(b.id)).toEqual(expect.arrayContaining(['dispatch.booking', 'portal.status']));
  });

  it('recurring series: first days booked at once, the job materialises the rolling horizon, cancel one and the rest', async () => {
    const p = await registerPerson(fx);
    const today = localDateOf(testNow());
    const r = await fx.inject(
      'POST',
      '/bookings',
      p.principal,
      tripBody(p.id, {
        time: undefined,
        purpose: 'HAEMODIALYSIS',
        recurrence: {
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          localTime: '07:30',
          fromDate: addDaysToLocalDate(today, 1),
          toDate: addDaysToLocalDate(today, 20),
        },
        returnTrip: { timeAnchor: 'PICKUP', localTime: '12:30' },
      }),
    );
    expect(r.statusCode).toBe(201);
    const { series, bookings } = r.json();
    // Every day from tomorrow through today + 7 (SERIES_HORIZON_DAYS), each with its return.
    expect(bookings).toHaveLength(14);
    expect(
      bookings.every(
        (b: { status: string; seriesId: string }) => b.status === 'ACCEPTED' && b.seriesId === series.id,
      ),
    ).toBe(true);
    expect(series.materialisedUntil).toBe(addDaysToLocalDate(today, 7));

    // The job at the same moment adds nothing (idempotent); three days later it adds three days.
    const m = fx.api.get(SeriesMaterialiser);
    expect((await m.runAll()).created).toBe(0);
    const later = new Date(testNow().getTime() + 3 * 86_400_000);
    const run = await m.runAll(later);
    expect(run.created).toBe(6);
    expect((await m.runAll(later)).created).toBe(0);
    const n = await fx.db.query('SELECT count(*)::int AS n FROM booking WHERE series_id = $1', [series.id]);
    expect(n.rows[0].n).toBe(20);

    // Cancel one occurrence two hours before its pickup (late under the 24-hour window, whatever
    // the time of day the run started at); then the rest from a date on.
    const one = bookings[0];
    const twoHoursBefore = new Date(Date.parse(one.windows.pickupEarliest) - 2 * 3600_000);
    const c1 = await atInstant(fx.api, twoHoursBefore, () =>
      fx.inject('POST', `/bookings/${one.id}/cancel`, p.principal, { version: one.version }),
    );
    expect(c1.statusCode).toBe(200);
    expect(c1.json()[0]).toMatchObject({ status: 'CANCELLED', lateCancellation: true });
    const from = addDaysToLocalDate(today, 5);
    const rest = await fx.inject('POST', `/bookings/series/${series.id}/cancel`, p.principal, {
      fromDate: from,
    });
    expect(rest.statusCode).toBe(200);
    expect(rest.json().series.toDate).toBe(addDaysToLocalDate(from, -1));
    const live = await fx.db.query(
      `SELECT count(*)::int AS n FROM booking WHERE series_id = $1 AND series_date >= $2 AND status <> 'CANCELLED'`,
      [series.id, from],
    );
    expect(live.rows[0].n).toBe(0);
    expect((await m.runAll(new Date(testNow().getTime() + 10 * 86_400_000))).created).toBe(0);
  });

  it('cancel: the version must match (409), a cancelled ride cannot be cancelled again; early cancel is not late', async () => {
    const p = await registerPerson(fx);
    const b = (
      await fx.inject('POST', '/bookings', p.principal, tripBody(p.id, { time: localAt(5, '10:00') }))
    ).json().bookings[0];
    const stale = await fx.inject('POST', `/bookings/${b.id}/cancel`, p.principal, {
      version: b.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const ok = await fx.inject('POST', `/bookings/${b.id}/cancel`, p.principal, { version: b.version });
    expect(ok.json()[0]).toMatchObject({ status: 'CANCELLED', lateCancellation: false });
    expect(await outboxJobs(b.id)).toContain('notify.booking-status');
    const again = await fx.inject('POST', `/bookings/${b.id}/cancel`, p.principal, {
      version: ok.json()[0].version,
    });
    expect(again.statusCode).toBe(409);
    const other = await registerPerson(fx);
    const foreign = await fx.inject('POST', `/bookings/${b.id}/cancel`, other.principal, { version: 3 });
    expect(foreign.statusCode).toBe(403);
  });

  it("reads: own ride yes, another person's no; operators search by day with keyset pagination", async () => {
    const p = await registerPerson(fx);
    const ids: string[] = [];
    for (const hour of ['08:00', '11:00', '14:00']) {
      const r = await fx.inject('POST', '/bookings', p.principal, tripBody(p.id, { time: localAt(6, hour) }));
      ids.push(r.json().bookings[0].id);
    }
    expect((await fx.inject('GET', `/bookings/${ids[0]}`, p.principal)).statusCode).toBe(200);
    const other = await registerPerson(fx);
    expect((await fx.inject('GET', `/bookings/${ids[0]}`, other.principal)).statusCode).toBe(403);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/bookings?day=${localDateOf(new Date(localAt(6, '12:00')))}&status=ACCEPTED&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await fx.inject('GET', url, fx.dispatcher);
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().items.map((b: { id: string }) => b.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(new Set(seen).size).toBe(seen.length);
    const outOfRegion = await fx.inject('GET', '/bookings?region=750000000', fx.dispatcher);
    expect(outOfRegion.statusCode).toBe(403);
  });

  it('trips left this month', async () => {
    const p = await registerPerson(fx);
    const before = await fx.inject('GET', `/bookings/allowance?beneficiaryId=${p.id}`, p.principal);
    expect(before.json()).toMatchObject({ limit: 40, used: 0, left: 40 });
    const at = new Date(testNow().getTime() + 2 * 3600_000);
    await fx.inject('POST', '/bookings', p.principal, tripBody(p.id, { time: at.toISOString() }));
    const month = localDateOf(at).slice(0, 7);
    const after = await fx.inject(
      'GET',
      `/bookings/allowance?beneficiaryId=${p.id}&month=${month}`,
      p.principal,
    );
    expect(after.json()).toMatchObject({ used: 1, left: 39 });
  });
});
