/**
 * Races and retries: twenty parallel requests for the last trip of the month give exactly one
 * booking; parallel requests for the same time give one; Idempotency-Key replays the response
 * of the first call and refuses the key with another body.
 */
import { randomUUID } from 'node:crypto';
import { message } from '@invataxi/domain';
import {
  boot,
  counts,
  localAt,
  policyRules,
  publishPolicy,
  registerPerson,
  tripBody,
  type Fixture,
} from './booking-fixture';

const KARAGANDA = '350000000';
const K_A = { address: 'Bukhar-Zhyrau 1', lat: 49.8, lon: 73.1, kato: KARAGANDA };
const K_B = { address: 'Erubaev 30', lat: 49.83, lon: 73.14, kato: KARAGANDA };

describe('booking races and idempotency', () => {
  let fx: Fixture;

  beforeAll(async () => {
    fx = await boot();
    await publishPolicy(fx, KARAGANDA, policyRules({ tripsPerMonth: 3 }, KARAGANDA));
  });
  afterAll(() => fx?.close());

  const body = (id: string, hour: number, over: Record<string, unknown> = {}) =>
    tripBody(id, {
      pickup: K_A,
      dropoff: K_B,
      time: localAt(2, `${String(hour).padStart(2, '0')}:00`),
      ...over,
    });

  it('20 parallel requests for the last trip: exactly one accepted, the rest QUOTA_EXCEEDED', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    for (const hour of [1, 3])
      expect((await fx.inject('POST', '/bookings', p.principal, body(p.id, hour))).statusCode).toBe(201);
    // Distinct times (every 30 minutes from 05:00), so only the quota can refuse them.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fx.inject(
          'POST',
          '/bookings',
          p.principal,
          tripBody(p.id, {
            pickup: K_A,
            dropoff: K_B,
            time: localAt(2, `${String(5 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`),
          }),
        ),
      ),
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

  it('10 parallel requests for the same time: one booking, the rest OVERLAPPING_BOOKING', async () => {
    const p = await registerPerson(fx, { residenceKato: KARAGANDA });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => fx.inject('POST', '/bookings', p.principal, body(p.id, 10))),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201)) {
      expect(r.statusCode).toBe(422);
      expect(r.json().reasons.map((x: { code: string }) => x.code)).toContain('OVERLAPPING_BOOKING');
    }
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
