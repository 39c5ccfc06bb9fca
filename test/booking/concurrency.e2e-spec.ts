/**
 * Races and retries: twenty parallel requests for the last trip of the month give exactly one
 * booking; parallel requests for the same time give one; parallel requests for different times
 * all land, each once; Idempotency-Key replays the response
 * of the first call and refuses the key with another body.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { message } from '@invataxi/domain';
import {
  BeneficiaryEntity,
  PersonBookingsChanged,
  SYSTEM_ACTOR,
  selectById,
  transact,
} from '@invataxi/persistence';
import { BookingWriter, PolicyReader } from '@invataxi/booking';
import {
  ALMATY,
  boot,
  counts,
  localAt,
  policyRules,
  publishPolicy,
  registerPerson,
  tripBody,
  type Fixture,
} from './booking-fixture';
import { testNow } from '../support/clock';

const KARAGANDA = '350000000';
const K_A = { address: 'Bukhar-Zhyrau 1', lat: 49.8, lon: 73.1, kato: KARAGANDA };
const K_B = { address: 'Erubaev 30', lat: 49.83, lon: 73.14, kato: KARAGANDA };
const A_A = { address: 'Abay 10', lat: 43.24, lon: 76.91, kato: ALMATY };
const A_B = { address: 'Dostyk 5', lat: 43.23, lon: 76.95, kato: ALMATY };

describe('booking races and idempotency', () => {
  let fx: Fixture;

  beforeAll(async () => {
    fx = await boot();
    await publishPolicy(fx, KARAGANDA, policyRules({ tripsPerMonth: 3 }, KARAGANDA));
    await publishPolicy(fx, ALMATY, policyRules({ tripsPerMonth: null }, ALMATY));
  });
  afterAll(() => fx?.close());

  const body = (id: string, hour: number, over: Record<string, unknown> = {}) =>
    tripBody(id, {
      pickup: K_A,
      dropoff: K_B,
      time: localAt(2, `${String(hour).padStart(2, '0')}:00`),
      ...over,
    });

  /** n requests for the person's rides from `from` to `to` at once, the i-th at `at(i)`. */
  const inParallel = (
    p: { id: string; principal: Parameters<Fixture['inject']>[2] },
    n: number,
    from: typeof K_A,
    to: typeof K_A,
    at: (i: number) => string,
  ) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        fx.inject(
          'POST',
          '/bookings',
          p.principal,
          tripBody(p.id, { pickup: from, dropoff: to, time: at(i) }),
        ),
      ),
    );

  it('20 parallel requests for the last trip: exactly one accepted, the rest QUOTA_EXCEEDED', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    for (const hour of [1, 3])
      expect((await fx.inject('POST', '/bookings', p.principal, body(p.id, hour))).statusCode).toBe(201);
    // Distinct times an hour apart from 04:00 (each ride over before the next may start), so
    // only the quota can refuse them.
    const results = await inParallel(p, 20, K_A, K_B, (i) =>
      localAt(2, `${String(4 + i).padStart(2, '0')}:00`),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 422)).toHaveLength(19);
    for (const r of results.filter((x) => x.statusCode === 422))
      expect(r.json().reasons.map((x: { code: string }) => x.code)).toEqual(['QUOTA_EXCEEDED']);
    const n = await fx.db.query(
      `SELECT count(*)::int AS n FROM booking WHERE beneficiary_id = $1 AND status = 'ACCEPTED'`,
      [p.id],
    );
    expect(n.rows[0].n).toBe(3);
  });

  it('10 parallel requests for the same time: one booking, the rest 409 OVERLAPPING_BOOKING', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => fx.inject('POST', '/bookings', p.principal, body(p.id, 10))),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('OVERLAPPING_BOOKING');
    }
    const n = await fx.db.query(`SELECT count(*)::int AS n FROM booking WHERE beneficiary_id = $1`, [p.id]);
    expect(n.rows[0].n).toBe(1);
  });

  it('12 parallel requests for one person at different times, no quota: every one accepted, each once', async () => {
    const p = await registerPerson(fx, { residenceKato: ALMATY });
    // Two hours apart: nothing overlaps and there is no monthly limit, so nothing may be refused;
    // the requests that lose the race to the same person's other bookings check again.
    const results = await inParallel(p, 12, A_A, A_B, (i) =>
      localAt(2, `${String(2 * i).padStart(2, '0')}:00`),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    const r = await fx.db.query(
      `SELECT (SELECT count(*) FROM booking WHERE beneficiary_id = $1 AND status = 'ACCEPTED')::int AS bookings,
              (SELECT booking_seq FROM beneficiary WHERE id = $1) AS seq,
              (SELECT count(*) FROM audit_log a JOIN booking b ON a.entity_id = b.id::text
                WHERE b.beneficiary_id = $1)::int AS audits`,
      [p.id],
    );
    // Two audit rows a booking (requested, accepted), none for an attempt that lost a race.
    expect(r.rows[0]).toEqual({ bookings: 12, seq: 12, audits: 24 });
  });

  it('a booking checked against a month that changed meanwhile writes nothing (PersonBookingsChanged)', async () => {
    const p = await registerPerson(fx, { residenceKato: ALMATY });
    expect(
      (
        await fx.inject(
          'POST',
          '/bookings',
          p.principal,
          tripBody(p.id, { pickup: A_A, dropoff: A_B, time: localAt(2, '08:00') }),
        )
      ).statusCode,
    ).toBe(201);
    const ds = fx.api.get(DataSource);
    const before = await counts(fx);
    const time = new Date(localAt(2, '15:00'));
    await expect(
      transact(ds, SYSTEM_ACTOR, async (uow) => {
        const person = await selectById(uow.manager, BeneficiaryEntity, p.id);
        return fx.api.get(BookingWriter).place(uow, {
          beneficiary: person as BeneficiaryEntity,
          // What a read before the first booking saw: seq 0, nothing booked.
          load: { seq: 0, inMonth: 0, others: [] },
          policy: await fx.api.get(PolicyReader).inForce(uow.manager, ALMATY, time),
          channel: 'APP',
          bookedByUserId: null,
          trip: {
            pickup: A_A,
            dropoff: A_B,
            timeAnchor: 'PICKUP',
            time,
            purpose: 'MEDICAL',
            companions: 0,
            mobility: person?.mobility as never,
            notes: null,
          },
          now: testNow(),
        });
      }),
    ).rejects.toBeInstanceOf(PersonBookingsChanged);
    expect(await counts(fx)).toEqual(before);
  });

  it('Idempotency-Key: same key and body -> the same response, once; other body -> 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    const key = randomUUID();
    const first = await fx.inject('POST', '/bookings', p.principal, body(p.id, 12), {
      'idempotency-key': key,
    });
    expect(first.statusCode).toBe(201);
    const before = await counts(fx);
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body(p.id, 12)).reverse());
    const again = await fx.inject('POST', '/bookings', p.principal, reordered, { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await counts(fx)).toEqual(before);
    const other = await fx.inject('POST', '/bookings', p.principal, body(p.id, 15), {
      'idempotency-key': key,
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().message).toBe(message('IDEMPOTENCY_KEY_REUSED', 'ru'));
    expect(await counts(fx)).toEqual(before);
    // Keys belong to the caller: another caller's same key is another request.
    const guardianLink = await fx.inject(
      'POST',
      `/beneficiaries/${p.id}/guardians`,
      { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: KARAGANDA },
      { displayName: 'Brother' },
    );
    const guardian = { userId: guardianLink.json().guardianUserId, role: 'GUARDIAN' as const };
    const theirs = await fx.inject('POST', '/bookings', guardian, body(p.id, 15), { 'idempotency-key': key });
    expect(theirs.statusCode).toBe(201);
  });

  it('Idempotency-Key: two copies in flight run the work once', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    const key = randomUUID();
    const [a, b] = await Promise.all([
      fx.inject('POST', '/bookings', p.principal, body(p.id, 16), { 'idempotency-key': key }),
      fx.inject('POST', '/bookings', p.principal, body(p.id, 16), { 'idempotency-key': key }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    // The second copy either waited for the first's answer or was told it is still in progress.
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    const n = await fx.db.query(`SELECT count(*)::int AS n FROM booking WHERE beneficiary_id = $1`, [p.id]);
    expect(n.rows[0].n).toBe(1);
  });

  it('a refused request releases its key: the same key may be retried once the cause is gone', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    const key = randomUUID();
    await fx.db.query(`UPDATE beneficiary SET suspended_until = now() + interval '1 day' WHERE id = $1`, [
      p.id,
    ]);
    expect(
      (await fx.inject('POST', '/bookings', p.principal, body(p.id, 9), { 'idempotency-key': key }))
        .statusCode,
    ).toBe(422);
    await fx.db.query(`UPDATE beneficiary SET suspended_until = NULL WHERE id = $1`, [p.id]);
    expect(
      (await fx.inject('POST', '/bookings', p.principal, body(p.id, 9), { 'idempotency-key': key }))
        .statusCode,
    ).toBe(201);
  });

  it('a malformed key is a 400 naming the header', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    const r = await fx.inject('POST', '/bookings', p.principal, body(p.id, 18), {
      'idempotency-key': 'bad key with spaces',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('Idempotency-Key');
  });
});
