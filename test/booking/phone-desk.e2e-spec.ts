/**
 * The phone desk's API (issue 21, item 1): a dispatcher finds a caller by name or phone within
 * their scope, sees the person's rides, books for them (marked PHONE and by whom, with the same
 * refusal reasons a rider gets) and cancels on their behalf with the reason recorded.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '@invataxi/auth';
import { PLACE_A, boot, localAt, nextIin, tripBody, type Fixture } from './booking-fixture';

describe('the phone desk: find a caller, book and cancel on their behalf', () => {
  let fx: Fixture;
  const tag = randomUUID().slice(0, 6);
  let person: { id: string; name: string };
  const almatyOfficer: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: '750000000' };

  beforeAll(async () => {
    fx = await boot();
    person = { id: '', name: `Дана Ахметова ${tag}` };
    const r = await fx.inject('POST', '/beneficiaries', fx.officer, {
      iin: nextIin(),
      fullName: person.name,
      phone: '+77015554217',
      residence: { kato: PLACE_A.kato, address: 'Home street 1', lat: PLACE_A.lat, lon: PLACE_A.lon },
      disabilityCategory: 'ADULT_GROUP_1',
      mobility: { wheelchair: 'MANUAL' },
    });
    expect(r.statusCode).toBe(201);
    person.id = r.json().id;
  });
  afterAll(() => fx?.close());

  it('finds the caller by part of the name or the phone, only within scope, and audits the search without its text', async () => {
    const byName = await fx.inject(
      'GET',
      `/beneficiaries/search?q=${encodeURIComponent(`ахметова ${tag}`)}`,
      fx.dispatcher,
    );
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items).toEqual([
      expect.objectContaining({ id: person.id, fullName: person.name, residenceKato: PLACE_A.kato }),
    ]);
    const byPhone = await fx.inject(
      'GET',
      `/beneficiaries/search?q=${encodeURIComponent('701 555-42-17')}`,
      fx.dispatcher,
    );
    expect(byPhone.json().items.map((x: { id: string }) => x.id)).toContain(person.id);
    // Another region's officer does not find them; a rider may not search at all.
    const elsewhere = await fx.inject(
      'GET',
      `/beneficiaries/search?q=${encodeURIComponent(tag)}`,
      almatyOfficer,
    );
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json().items).toEqual([]);
    const rider = { userId: randomUUID(), role: 'BENEFICIARY' as const, beneficiaryId: person.id };
    expect((await fx.inject('GET', `/beneficiaries/search?q=${tag}`, rider)).statusCode).toBe(403);
    expect((await fx.inject('GET', '/beneficiaries/search?q=a', fx.dispatcher)).statusCode).toBe(400);
    // A LIKE wildcard is a character, not "anything".
    expect((await fx.inject('GET', '/beneficiaries/search?q=%25%25', fx.dispatcher)).json().items).toEqual(
      [],
    );
    const audit = await fx.db.query(
      `SELECT after FROM audit_log WHERE action = 'beneficiary.searched' ORDER BY id DESC LIMIT 1`,
    );
    expect(JSON.stringify(audit.rows[0].after)).not.toContain(tag);
  });

  it("books a return trip by phone (channel PHONE, booked by the dispatcher), lists the person's rides, cancels one with the reason recorded", async () => {
    const booked = await fx.inject(
      'POST',
      '/bookings',
      fx.dispatcher,
      tripBody(person.id, { returnTrip: { timeAnchor: 'PICKUP', time: localAt(2, '15:00') } }),
    );
    expect(booked.statusCode).toBe(201);
    const legs = booked.json().bookings as { id: string; channel: string; version: number }[];
    expect(legs).toHaveLength(2);
    expect(legs.map((b) => b.channel)).toEqual(['PHONE', 'PHONE']);
    const rows = await fx.db.query('SELECT booked_by_user_id FROM booking WHERE id = ANY($1)', [
      legs.map((b) => b.id),
    ]);
    expect(rows.rows.map((r: { booked_by_user_id: string }) => r.booked_by_user_id)).toEqual([
      fx.dispatcher.userId,
      fx.dispatcher.userId,
    ]);
    // The same refusal reasons a rider gets.
    const late = await fx.inject(
      'POST',
      '/bookings',
      fx.dispatcher,
      tripBody(person.id, { time: localAt(40, '10:00') }),
    );
    expect(late.statusCode).toBe(422);
    expect(late.json().reasons.map((x: { code: string }) => x.code)).toContain('BEYOND_HORIZON');
    // The person's rides, and no one else's.
    const mine = await fx.inject('GET', `/bookings?beneficiaryId=${person.id}&limit=50`, fx.dispatcher);
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as { id: string; beneficiaryId: string }[];
    expect(items.map((b) => b.id).sort()).toEqual(legs.map((b) => b.id).sort());
    expect(new Set(items.map((b) => b.beneficiaryId))).toEqual(new Set([person.id]));
    const other = await fx.inject('GET', `/bookings?beneficiaryId=${person.id}`, {
      userId: randomUUID(),
      role: 'DISPATCHER',
      regionKato: '750000000',
    });
    expect(other.json().items).toEqual([]);
    // Cancelled on the rider's behalf, the reason kept.
    const ret = legs[1]!;
    const cancelled = await fx.inject('POST', `/bookings/${ret.id}/cancel`, fx.dispatcher, {
      version: ret.version,
      reason: 'CANCELLED_RIDER_ASKED',
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()[0]).toMatchObject({ status: 'CANCELLED' });
    const row = await fx.db.query('SELECT status_reason, cancelled_by_user_id FROM booking WHERE id = $1', [
      ret.id,
    ]);
    expect(row.rows[0]).toEqual({
      status_reason: 'CANCELLED_RIDER_ASKED',
      cancelled_by_user_id: fx.dispatcher.userId,
    });
    // A rider cancels for themselves without a staff reason.
    const out = legs[0]!;
    const rider = { userId: randomUUID(), role: 'BENEFICIARY' as const, beneficiaryId: person.id };
    const refused = await fx.inject('POST', `/bookings/${out.id}/cancel`, rider, {
      version: out.version,
      reason: 'CANCELLED_DUPLICATE',
    });
    expect(refused.statusCode).toBe(400);
  });

  it("changes a ride's time or drop-off on the person's behalf: the old ride cancelled as replaced, the new one PHONE and by whom, audited; a refusal changes nothing", async () => {
    const booked = await fx.inject(
      'POST',
      '/bookings',
      fx.dispatcher,
      tripBody(person.id, { time: localAt(3, '09:00') }),
    );
    expect(booked.statusCode).toBe(201);
    const ride = booked.json().bookings[0] as { id: string; version: number };
    // Beyond the booking horizon: the same reason a new booking gets, and nothing changes.
    const refused = await fx.inject('POST', `/bookings/${ride.id}/change`, fx.dispatcher, {
      version: ride.version,
      time: localAt(40, '09:00'),
      reason: 'CHANGED_RIDER_ASKED',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().reasons.map((x: { code: string }) => x.code)).toContain('BEYOND_HORIZON');
    const still = await fx.db.query('SELECT status, version FROM booking WHERE id = $1', [ride.id]);
    expect(still.rows[0]).toEqual({ status: 'ACCEPTED', version: ride.version });
    // Nothing to change; a stale version.
    const same = await fx.inject('POST', `/bookings/${ride.id}/change`, fx.dispatcher, {
      version: ride.version,
      time: localAt(3, '09:00'),
      reason: 'CHANGED_RIDER_ASKED',
    });
    expect(same.statusCode).toBe(409);
    expect(same.json().code).toBe('NOTHING_CHANGED');
    const stale = await fx.inject('POST', `/bookings/${ride.id}/change`, fx.dispatcher, {
      version: ride.version + 5,
      time: localAt(3, '11:00'),
      reason: 'CHANGED_RIDER_ASKED',
    });
    expect(stale.statusCode).toBe(409);
    // Another region's dispatcher may not.
    const other = await fx.inject(
      'POST',
      `/bookings/${ride.id}/change`,
      { userId: randomUUID(), role: 'DISPATCHER', regionKato: '750000000' },
      { version: ride.version, time: localAt(3, '11:00'), reason: 'CHANGED_RIDER_ASKED' },
    );
    expect(other.statusCode).toBe(403);
    // Staff say why they change a ride (a coded reason); a rider changing their own ride does not.
    const unsaid = await fx.inject('POST', `/bookings/${ride.id}/change`, fx.dispatcher, {
      version: ride.version,
      time: localAt(3, '11:00'),
    });
    expect(unsaid.statusCode).toBe(400);
    expect(unsaid.json().errors).toEqual([expect.objectContaining({ field: 'reason', code: 'REQUIRED' })]);
    const unknown = await fx.inject('POST', `/bookings/${ride.id}/change`, fx.dispatcher, {
      version: ride.version,
      time: localAt(3, '11:00'),
      reason: 'CANCELLED_DUPLICATE',
    });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('reason');
    const rider = { userId: randomUUID(), role: 'BENEFICIARY' as const, beneficiaryId: person.id };
    const riderSaid = await fx.inject('POST', `/bookings/${ride.id}/change`, rider, {
      version: ride.version,
      time: localAt(3, '11:00'),
      reason: 'CHANGED_RIDER_ASKED',
    });
    expect(riderSaid.statusCode).toBe(400);
    expect(riderSaid.json().errors).toEqual([
      expect.objectContaining({ field: 'reason', code: 'STAFF_ONLY' }),
    ]);
    const unchanged = await fx.db.query('SELECT status, version FROM booking WHERE id = $1', [ride.id]);
    expect(unchanged.rows[0]).toEqual({ status: 'ACCEPTED', version: ride.version });
    // The change: new time and drop-off.
    const dropoff = { address: 'Mangilik El 8', lat: 51.09, lon: 71.42, kato: PLACE_A.kato };
    const changed = await fx.inject('POST', `/bookings/${ride.id}/change`, fx.dispatcher, {
      version: ride.version,
      time: localAt(3, '11:30'),
      dropoff,
      reason: 'CHANGED_APPOINTMENT_MOVED',
    });
    expect(changed.statusCode).toBe(200);
    const { replaced, booking } = changed.json() as {
      replaced: { id: string; status: string; statusReason: string; lateCancellation: boolean };
      booking: { id: string; channel: string; requestedTime: string; dropoff: unknown; pickup: unknown };
    };
    expect(replaced).toMatchObject({
      id: ride.id,
      status: 'CANCELLED',
      statusReason: 'REPLACED_BY_CHANGE',
      lateCancellation: false,
    });
    expect(booking.id).not.toBe(ride.id);
    expect(booking).toMatchObject({ channel: 'PHONE', requestedTime: localAt(3, '11:30'), dropoff });
    expect(booking.pickup).toMatchObject({ address: PLACE_A.address });
    const rows = await fx.db.query(
      'SELECT id, booked_by_user_id, cancelled_by_user_id FROM booking WHERE id = ANY($1) ORDER BY created_at',
      [[ride.id, booking.id]],
    );
    expect(rows.rows).toEqual([
      { id: ride.id, booked_by_user_id: fx.dispatcher.userId, cancelled_by_user_id: fx.dispatcher.userId },
      { id: booking.id, booked_by_user_id: fx.dispatcher.userId, cancelled_by_user_id: null },
    ]);
    const audit = await fx.db.query(
      `SELECT actor_user_id, after FROM audit_log WHERE action = 'booking.changed' AND entity_id = $1`,
      [booking.id],
    );
    expect(audit.rows).toEqual([
      {
        actor_user_id: fx.dispatcher.userId,
        after: {
          replaces: ride.id,
          fields: ['time', 'dropoff'],
          channel: 'PHONE',
          reason: 'CHANGED_APPOINTMENT_MOVED',
        },
      },
    ]);
    // The person's history says why staff changed the ride.
    const history = await fx.inject(
      'GET',
      `/bookings?beneficiaryId=${person.id}&status=CANCELLED&order=desc`,
      fx.dispatcher,
    );
    expect(history.statusCode).toBe(200);
    const replacedRow = (history.json().items as { id: string; changeReason?: string }[]).find(
      (b) => b.id === ride.id,
    );
    expect(replacedRow).toMatchObject({ changeReason: 'CHANGED_APPOINTMENT_MOVED' });
    // The replaced ride cannot be changed again.
    const again = await fx.inject('POST', `/bookings/${ride.id}/change`, fx.dispatcher, {
      version: ride.version + 1,
      time: localAt(3, '12:00'),
      reason: 'CHANGED_RIDER_ASKED',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('RIDE_NOT_CHANGEABLE');
    // The person's rides a page at a time, latest first (the desk's history) or earliest first.
    const walk = async (order: string): Promise<string[]> => {
      const ids: string[] = [];
      let cursor = '';
      for (let i = 0; i < 20; i++) {
        const page = await fx.inject(
          'GET',
          `/bookings?beneficiaryId=${person.id}&limit=1&order=${order}${cursor && `&cursor=${encodeURIComponent(cursor)}`}`,
          fx.dispatcher,
        );
        expect(page.statusCode).toBe(200);
        ids.push(...page.json().items.map((b: { id: string }) => b.id));
        cursor = page.json().nextCursor ?? '';
        if (!cursor) break;
      }
      return ids;
    };
    const all = await fx.db.query(
      'SELECT id FROM booking WHERE beneficiary_id = $1 ORDER BY pickup_earliest, id',
      [person.id],
    );
    const asc = all.rows.map((r: { id: string }) => r.id);
    expect(asc.length).toBeGreaterThanOrEqual(2);
    expect(await walk('asc')).toEqual(asc);
    expect(await walk('desc')).toEqual([...asc].reverse());
    expect(
      (await fx.inject('GET', `/bookings?beneficiaryId=${person.id}&order=up`, fx.dispatcher)).statusCode,
    ).toBe(400);
  });

  it("lists a person's guardians for staff in scope, audited; not for another region", async () => {
    const linked = await fx.inject('POST', `/beneficiaries/${person.id}/guardians`, fx.officer, {
      displayName: `Гульнар ${tag}`,
      phone: '+77015550042',
    });
    expect(linked.statusCode).toBe(201);
    const list = await fx.inject('GET', `/beneficiaries/${person.id}/guardians`, fx.officer);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      {
        userId: linked.json().guardianUserId,
        displayName: `Гульнар ${tag}`,
        phone: '+77015550042',
        since: expect.any(String),
      },
    ]);
    expect((await fx.inject('GET', `/beneficiaries/${person.id}/guardians`, fx.dispatcher)).statusCode).toBe(
      200,
    );
    expect((await fx.inject('GET', `/beneficiaries/${person.id}/guardians`, almatyOfficer)).statusCode).toBe(
      403,
    );
    const rider = { userId: randomUUID(), role: 'BENEFICIARY' as const, beneficiaryId: person.id };
    expect((await fx.inject('GET', `/beneficiaries/${person.id}/guardians`, rider)).statusCode).toBe(403);
    const audit = await fx.db.query(
      `SELECT after FROM audit_log WHERE action = 'guardianship.listed' AND entity_id = $1 ORDER BY id LIMIT 1`,
      [person.id],
    );
    expect(audit.rows[0].after).toEqual({ count: 1 });
  });
});
