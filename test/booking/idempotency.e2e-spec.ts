/**
 * Idempotency-Key when things fail between the work and its answer: the response is recorded by
 * the work's own transaction (the same commit as the booking; for POST /bookings the key itself
 * is written only then, with the answer), so losing what follows the commit
 * (complete, release, the answer on the wire) loses nothing and a retry replays it; a claim whose
 * request crashed is taken over after the lease, and the original's late commit then rolls back
 * (its claim token no longer holds the key): the work runs once. Endpoints whose response is not
 * a transaction's result keep the interceptor's complete() after the commit.
 */
import { DataSource, type QueryRunner } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Principal } from '@invataxi/auth';
import type { Redis } from 'ioredis';
import { REDIS } from '@invataxi/platform';
import { message } from '@invataxi/domain';
import { BookingService } from '@invataxi/booking';
import { ABANDONED_AFTER_S, IdempotencyStore, InFlightMarks } from '../../apps/api/src/http/idempotency';
import {
  ASTANA,
  boot,
  nextIin,
  PLACE_A,
  policyRules,
  publishPolicy,
  registerPerson,
  tripBody,
  localAt,
  type Fixture,
} from './booking-fixture';

interface Sent {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read arbitrary JSON
  json: () => any;
}

interface Row {
  response_status: number;
  response_body: unknown;
  claim_token: string | null;
  xmin: string;
}

describe('Idempotency-Key: the response commits with the work', () => {
  let fx: Fixture;

  beforeAll(async () => {
    fx = await boot();
    await publishPolicy(fx, ASTANA, policyRules());
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => fx?.close());

  /** With the response headers (the fixture's inject drops them). */
  async function send(who: Principal, url: string, body: unknown, key: string): Promise<Sent> {
    const r = await fx.api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${fx.t.token(who)}`, 'idempotency-key': key },
        payload: body as object,
      });
    return { statusCode: r.statusCode, headers: r.headers, body: r.body, json: () => r.json() };
  }

  async function record(key: string): Promise<Row | undefined> {
    const r = await fx.db.query<Row>(
      `SELECT response_status, response_body, claim_token, xmin::text AS xmin
         FROM idempotency_record WHERE key = $1`,
      [key],
    );
    return r.rows[0];
  }

  async function bookingsOf(beneficiaryId: string): Promise<{ id: string; xmin: string }[]> {
    const r = await fx.db.query<{ id: string; xmin: string }>(
      'SELECT id, xmin::text AS xmin FROM booking WHERE beneficiary_id = $1',
      [beneficiaryId],
    );
    return r.rows;
  }

  /** Until `n` sessions of this database wait for a lock (a request held at its first query). */
  async function waiting(n: number): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const r = await fx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (r.rows[0].n >= n) return;
      await new Promise((res) => setTimeout(res, 25));
    }
    throw new Error(`fewer than ${n} sessions waiting for a lock`);
  }

  /** Holds `sql`'s row lock (FOR UPDATE) in a session of its own until release(). */
  async function holdRow(sql: string, id: string): Promise<() => Promise<void>> {
    const c = new Client({ connectionString: fx.t.config.DATABASE_URL });
    await c.connect();
    await c.query('BEGIN');
    await c.query(sql, [id]);
    return async () => {
      await c.query('COMMIT');
      await c.end();
    };
  }

  /**
   * A booking request with an Idempotency-Key for a new person whose row is held, so it waits at
   * its guarded INSERT until release().
   */
  async function heldBooking(time: string) {
    const p = await registerPerson(fx);
    const key = randomUUID();
    const body = tripBody(p.id, { time: localAt(2, time) });
    const release = await holdRow('SELECT 1 FROM beneficiary WHERE id = $1 FOR UPDATE', p.id);
    const original = send(p.principal, '/bookings', body, key);
    await waiting(1);
    return { p, key, body, original, release };
  }

  /**
   * A cancellation with an Idempotency-Key (its key claimed before it runs) of a booking whose
   * row is held, so it waits at its first statement (its claim taken, its transaction open).
   */
  async function heldCancel(time: string) {
    const p = await registerPerson(fx);
    const made = await send(
      p.principal,
      '/bookings',
      tripBody(p.id, { time: localAt(2, time) }),
      randomUUID(),
    );
    const booking = made.json().bookings[0];
    const key = randomUUID();
    const url = `/bookings/${booking.id}/cancel`;
    const body = { version: booking.version };
    const release = await holdRow('SELECT 1 FROM booking WHERE id = $1 FOR UPDATE', booking.id);
    const original = send(p.principal, url, body, key);
    await waiting(1);
    const cancellations = async () => {
      const r = await fx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'booking.cancelled' AND entity_id = $1`,
        [booking.id],
      );
      return r.rows[0].n;
    };
    return { p, key, url, body, original, release, cancellations };
  }

  it('POST /bookings: recorded by the booking statement itself; nothing is written after it (complete, release: failing here), the retry replays', async () => {
    // What the database going away after the commit did: every later statement fails.
    const lost = () => Promise.reject(new Error('Connection terminated unexpectedly'));
    const complete = jest.spyOn(IdempotencyStore.prototype, 'complete').mockImplementation(lost);
    const release = jest.spyOn(IdempotencyStore.prototype, 'release').mockImplementation(lost);
    const p = await registerPerson(fx);
    const key = randomUUID();
    // The driver's runner class, reached through an instance (not TypeORM's internal modules).
    const runners = Object.getPrototypeOf(fx.api.get(DataSource).createQueryRunner()) as QueryRunner;
    const startTransaction = jest.spyOn(runners, 'startTransaction');
    const first = await send(p.principal, '/bookings', tripBody(p.id, { time: localAt(2, '09:00') }), key);
    expect(first.statusCode).toBe(201);
    expect(complete).not.toHaveBeenCalled();
    // The ride, its audit and outbox rows and the key with the answer in one statement: no
    // transaction block.
    expect(startTransaction).not.toHaveBeenCalled();
    const [booking] = await bookingsOf(p.id);
    const row = await record(key);
    // The same transaction wrote both rows; what is stored is what was sent.
    expect(row?.xmin).toBe(booking.xmin);
    expect(row?.response_status).toBe(201);
    expect(row?.response_body).toEqual(JSON.parse(first.body));
    const again = await send(p.principal, '/bookings', tripBody(p.id, { time: localAt(2, '09:00') }), key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await bookingsOf(p.id)).toHaveLength(1);
    expect(release).not.toHaveBeenCalled();
    // The retry found the request's in-flight mark and the recorded answer: it did not run.
    const refused = await fx.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'booking.rejected_attempt' AND entity_id = $1`,
      [p.id],
    );
    expect(refused.rows[0].n).toBe(0);
  });

  it('POST /bookings/:id/cancel (200) and POST /beneficiaries: recorded by their transaction with their status', async () => {
    const p = await registerPerson(fx);
    const made = await send(
      p.principal,
      '/bookings',
      tripBody(p.id, { time: localAt(2, '11:00') }),
      randomUUID(),
    );
    const booking = made.json().bookings[0];
    const key = randomUUID();
    const cancelled = await send(
      p.principal,
      `/bookings/${booking.id}/cancel`,
      { version: booking.version },
      key,
    );
    expect(cancelled.statusCode).toBe(200);
    const row = await record(key);
    expect(row?.response_status).toBe(200);
    expect(row?.response_body).toEqual(JSON.parse(cancelled.body));
    expect(row?.xmin).toBe((await bookingsOf(p.id))[0].xmin);

    const officer: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ASTANA };
    const person = {
      iin: nextIin(),
      fullName: 'Idempotent Person',
      residence: { kato: PLACE_A.kato, address: 'Home 1', lat: PLACE_A.lat, lon: PLACE_A.lon },
      disabilityCategory: 'ADULT_GROUP_2',
      disabilityValidUntil: '2031-01-31',
      mobility: { wheelchair: 'MANUAL' },
    };
    const regKey = randomUUID();
    const registered = await send(officer, '/beneficiaries', person, regKey);
    expect(registered.statusCode).toBe(201);
    const reg = await record(regKey);
    const stored = await fx.db.query<{ xmin: string }>(
      'SELECT xmin::text AS xmin FROM beneficiary WHERE id = $1',
      [registered.json().id],
    );
    expect(reg?.xmin).toBe(stored.rows[0].xmin);
    expect(reg?.response_body).toEqual(JSON.parse(registered.body));
    expect((await send(officer, '/beneficiaries', person, regKey)).json()).toEqual(registered.json());
  });

  /** The in-flight mark of `who`'s request with `key` gone, as after its lease or with Redis lost. */
  async function forgetMark(who: Principal, key: string): Promise<void> {
    const marks = fx.api.get(InFlightMarks);
    await fx.api.get<string, Redis>(REDIS).del(marks.keyOf({ principal: `${who.role}:${who.userId}`, key }));
  }

  async function refusedAttempts(beneficiaryId: string): Promise<number> {
    const r = await fx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'booking.rejected_attempt' AND entity_id = $1`,
      [beneficiaryId],
    );
    return r.rows[0].n;
  }

  async function cancel(who: Principal, booking: { id: string; version: number }): Promise<void> {
    const r = await send(who, `/bookings/${booking.id}/cancel`, { version: booking.version }, randomUUID());
    expect(r.statusCode).toBe(200);
  }

  it('POST /bookings writes its key with its answer: nothing recorded while in flight; a copy meanwhile is told 409 without running, then gets the answer', async () => {
    const { p, key, body, original, release } = await heldBooking('13:00');
    expect(await record(key)).toBeUndefined();
    const early = await send(p.principal, '/bookings', body, key);
    expect(early.statusCode).toBe(409);
    expect(early.headers['retry-after']).toBe('1');
    await release();
    const first = await original;
    expect(first.statusCode).toBe(201);
    const later = await send(p.principal, '/bookings', body, key);
    expect(later.statusCode).toBe(201);
    expect(later.json()).toEqual(first.json());
    const bookings = await bookingsOf(p.id);
    expect(bookings).toHaveLength(1);
    const row = await record(key);
    expect(row?.response_body).toEqual(first.json());
    expect(row?.xmin).toBe(bookings[0].xmin);
    expect(await refusedAttempts(p.id)).toBe(0);
  });

  it('without the in-flight mark (Redis lost): a copy that raced the first waits for it, is refused for its booking and replays its answer', async () => {
    const { p, key, body, original, release } = await heldBooking('14:00');
    await forgetMark(p.principal, key);
    const copy = send(p.principal, '/bookings', body, key);
    await waiting(2);
    await release();
    const [a, b] = await Promise.all([original, copy]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json()).toEqual(a.json());
    expect(await bookingsOf(p.id)).toHaveLength(1);
    expect(await refusedAttempts(p.id)).toBe(0);
  });

  it('a retry after the mark is gone that passes every check fails on the key and replays; another body under the key: 422; nothing more booked', async () => {
    const p = await registerPerson(fx);
    const key = randomUUID();
    const body = tripBody(p.id, { time: localAt(2, '16:00') });
    const first = await send(p.principal, '/bookings', body, key);
    expect(first.statusCode).toBe(201);
    // Cancelled: the same ride again would pass its checks (no overlap).
    await cancel(p.principal, first.json().bookings[0]);
    await forgetMark(p.principal, key);
    const create = jest.spyOn(BookingService.prototype, 'create');
    const retry = await send(p.principal, '/bookings', body, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    // It ran again, and what stopped it was the key.
    expect(create).toHaveBeenCalledTimes(1);
    await expect(create.mock.results[0]?.value).rejects.toMatchObject({
      driverError: { code: '23505', table: 'idempotency_record' },
    });
    await forgetMark(p.principal, key);
    const other = await send(p.principal, '/bookings', tripBody(p.id, { time: localAt(2, '19:00') }), key);
    expect(other.statusCode).toBe(422);
    expect(other.json().message).toBe(message('IDEMPOTENCY_KEY_REUSED', 'ru'));
    expect(await bookingsOf(p.id)).toHaveLength(1);
    // Another body refused on its own (the person suspended) is audited as its own attempt.
    await fx.db.query(`UPDATE beneficiary SET suspended_until = now() + interval '1 day' WHERE id = $1`, [
      p.id,
    ]);
    await forgetMark(p.principal, key);
    const refused = await send(p.principal, '/bookings', tripBody(p.id, { time: localAt(2, '20:00') }), key);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toBe(message('IDEMPOTENCY_KEY_REUSED', 'ru'));
    expect(await refusedAttempts(p.id)).toBe(1);
  });

  it('the same for a ride with its return (written in a transaction): the retry fails on the key and replays', async () => {
    const p = await registerPerson(fx);
    const key = randomUUID();
    const body = tripBody(p.id, {
      time: localAt(3, '08:00'),
      returnTrip: { timeAnchor: 'PICKUP', time: localAt(3, '12:00') },
    });
    const first = await send(p.principal, '/bookings', body, key);
    expect(first.statusCode).toBe(201);
    for (const b of first.json().bookings) await cancel(p.principal, b);
    await forgetMark(p.principal, key);
    const retry = await send(p.principal, '/bookings', body, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(await bookingsOf(p.id)).toHaveLength(2);
  });

  it('a claim left by a crashed request is taken over after the lease; the late original commit rolls back: done once', async () => {
    const { p, key, url, body, original, release, cancellations } = await heldCancel('13:00');
    const before = await record(key);
    expect(before?.response_status).toBe(0);
    // The original looks abandoned (its lease over) while its transaction is still open.
    await fx.db.query(
      `UPDATE idempotency_record SET created_at = now() - make_interval(secs => $2) WHERE key = $1`,
      [key, ABANDONED_AFTER_S + 1],
    );
    const retry = send(p.principal, url, body, key);
    await waiting(2);
    const taken = await record(key);
    expect(taken?.claim_token).not.toBe(before?.claim_token);
    await release();
    const [a, b] = await Promise.all([original, retry]);
    // The original went first and found the claim no longer its own; the retry did the work.
    expect(a.statusCode).toBe(409);
    expect(b.statusCode).toBe(200);
    expect(await cancellations()).toBe(1);
    expect((await record(key))?.response_body).toEqual(JSON.parse(b.body));
    const third = await send(p.principal, url, body, key);
    expect(third.json()).toEqual(b.json());
    expect(await cancellations()).toBe(1);
  });

  it('a claim within its lease: 409 with Retry-After, then the answer replayed', async () => {
    const { p, key, url, body, original, release, cancellations } = await heldCancel('15:00');
    const early = await send(p.principal, url, body, key);
    expect(early.statusCode).toBe(409);
    expect(early.headers['retry-after']).toBe('1');
    expect(early.json().message).toBe('Этот же запрос ещё обрабатывается. Повторите через несколько секунд.');
    await release();
    const first = await original;
    expect(first.statusCode).toBe(200);
    const later = await send(p.principal, url, body, key);
    expect(later.statusCode).toBe(200);
    expect(later.json()).toEqual(first.json());
    expect(await cancellations()).toBe(1);
  });

  it('a refusal records nothing (its audit transaction neither): the same key may be sent again', async () => {
    const p = await registerPerson(fx);
    await fx.db.query(`UPDATE beneficiary SET suspended_until = now() + interval '1 day' WHERE id = $1`, [
      p.id,
    ]);
    const key = randomUUID();
    const body = tripBody(p.id, { time: localAt(2, '17:00') });
    expect((await send(p.principal, '/bookings', body, key)).statusCode).toBe(422);
    expect(await record(key)).toBeUndefined();
    // Sent again once the cause is gone: it runs (its mark was cleared with the refusal).
    await fx.db.query(`UPDATE beneficiary SET suspended_until = NULL WHERE id = $1`, [p.id]);
    expect((await send(p.principal, '/bookings', body, key)).statusCode).toBe(201);
    const audited = await fx.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'booking.rejected_attempt' AND entity_id = $1`,
      [p.id],
    );
    expect(audited.rows[0].n).toBe(1);
  });

  it('policy publish records its answer in the transaction that writes the version', async () => {
    const officer: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: '750000000' };
    const key = randomUUID();
    const rules = policyRules({}, '750000000');
    const first = await send(officer, '/regions/750000000/policies', { rules }, key);
    expect(first.statusCode).toBe(201);
    const row = await record(key);
    expect(row?.response_status).toBe(201);
    expect(row?.response_body).toEqual(JSON.parse(first.body));
    const stored = await fx.db.query(`SELECT xmin::text AS xmin FROM service_policy WHERE id = $1`, [
      first.json().id,
    ]);
    expect(row?.xmin).toBe(stored.rows[0].xmin);
    const again = await send(officer, '/regions/750000000/policies', { rules }, key);
    expect(again.json()).toEqual(first.json());
    const versions = await fx.db.query(
      `SELECT count(*)::int AS n FROM service_policy WHERE region_kato = '750000000'`,
    );
    expect(versions.rows[0].n).toBe(1);
  });
});
