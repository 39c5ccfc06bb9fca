import { Client } from 'pg';
import { startPortalStack, type PortalStack, type SentOrder } from './portal-stack';
import { testNow } from '../support/clock';

describe('portal inbound: signed, idempotent orders from the Portal (simulator)', () => {
  let s: PortalStack;
  let db: Client;

  beforeAll(async () => {
    s = await startPortalStack({ worker: false });
    db = new Client({ connectionString: s.t.config.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await s?.close();
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await db.query(sql, params)).rows[0].n);

  it('an order becomes a PORTAL booking for a beneficiary whose IIN is stored only sealed', async () => {
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 1 });
    expect(sent.responses[0]?.status).toBe(201);
    const answer = sent.responses[0]?.body as { bookingId: string; status: string; orderId: string };
    expect(answer.orderId).toBe(sent.orderId);
    expect(answer.status).toBe('ACCEPTED');
    const row = (
      await db.query(
        `SELECT b.channel, b.portal_order_id, b.status, p.iin_masked, p.iin_ciphertext, p.disability_category
           FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id WHERE b.id = $1`,
        [answer.bookingId],
      )
    ).rows[0];
    expect(row.channel).toBe('PORTAL');
    expect(row.portal_order_id).toBe(sent.orderId);
    expect(row.iin_masked).toMatch(/^\d{4}\*{6}\d{2}$/);
    expect(JSON.stringify(answer)).not.toMatch(/\d{12}/);
    // The inbox holds the answer, under the event id.
    expect(
      await count('SELECT count(*) AS n FROM inbox WHERE event_id = $1 AND response_status = 201', [
        sent.eventId,
      ]),
    ).toBe(1);
  });

  it('a replayed event gets the first answer and changes nothing; the same event id with another body is refused', async () => {
    const first = await s.control<SentOrder>('POST', '/orders', { personIndex: 2 });
    expect(first.responses[0]?.status).toBe(201);
    const before = await count('SELECT count(*) AS n FROM booking');
    const audits = await count('SELECT count(*) AS n FROM audit_log');
    const replay = await s.control<SentOrder>('POST', '/orders', {
      personIndex: 2,
      orderId: first.orderId,
      eventId: first.eventId,
    });
    // requestedTime is computed by the simulator: the same person and day give the same body.
    expect(replay.responses[0]?.status).toBe(201);
    expect(replay.responses[0]?.body).toEqual(first.responses[0]?.body);
    expect(await count('SELECT count(*) AS n FROM booking')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM audit_log')).toBe(audits);
    const reused = await s.control<SentOrder>('POST', '/orders', {
      personIndex: 3,
      orderId: first.orderId,
      eventId: first.eventId,
    });
    expect(reused.responses[0]?.status).toBe(422);
    expect(await count('SELECT count(*) AS n FROM booking')).toBe(before);
  });

  it('refuses a bad signature and an old timestamp with 401 and the reason, and changes nothing', async () => {
    const bookings = await count('SELECT count(*) AS n FROM booking');
    const inbox = await count('SELECT count(*) AS n FROM inbox');
    const beneficiaries = await count('SELECT count(*) AS n FROM beneficiary');
    const forged = await s.control<SentOrder>('POST', '/orders', { personIndex: 4, wrongSecret: true });
    expect(forged.responses[0]?.status).toBe(401);
    expect(forged.responses[0]?.body.code).toBe('BAD_SIGNATURE');
    const old = await s.control<SentOrder>('POST', '/orders', { personIndex: 4, timestampSkewSeconds: -301 });
    expect(old.responses[0]?.status).toBe(401);
    expect(old.responses[0]?.body.code).toBe('STALE_TIMESTAMP');
    const future = await s.control<SentOrder>('POST', '/orders', {
      personIndex: 4,
      timestampSkewSeconds: 400,
    });
    expect(future.responses[0]?.status).toBe(401);
    // A timestamp inside the window is fine: the same order then books.
    const ok = await s.control<SentOrder>('POST', '/orders', { personIndex: 4, timestampSkewSeconds: -240 });
    expect(ok.responses[0]?.status).toBe(201);
    expect(await count('SELECT count(*) AS n FROM booking')).toBe(bookings + 1);
    expect(await count('SELECT count(*) AS n FROM inbox')).toBe(inbox + 1);
    expect(await count('SELECT count(*) AS n FROM beneficiary')).toBe(beneficiaries + 1);
  });

  it('refuses an unsigned request before reading its body', async () => {
    const res = await fetch(`${s.apiUrl}/portal/v1/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('MISSING_HEADERS');
  });

  it('100 concurrent copies of one order make exactly one booking, and every copy gets the same answer', async () => {
    const sent = await s.control<SentOrder>('POST', '/orders', { personIndex: 5, copies: 100 });
    const statuses = sent.responses.map((r) => r.status);
    expect(statuses.filter((x) => x === 201)).toHaveLength(100);
    const ids = new Set(sent.responses.map((r) => r.body.bookingId));
    expect(ids.size).toBe(1);
    expect(await count('SELECT count(*) AS n FROM booking WHERE portal_order_id = $1', [sent.orderId])).toBe(
      1,
    );
    expect(await count('SELECT count(*) AS n FROM inbox WHERE event_id = $1', [sent.eventId])).toBe(1);
  });

  it("a refusal answers with the booking reason codes, is stored as the event's answer, and books nothing", async () => {
    const before = await count('SELECT count(*) AS n FROM booking');
    // Sunday 11:00 local: outside the national default service hours (Mon-Fri).
    const sunday = new Date(testNow().getTime() + 3 * 86_400_000);
    while (new Date(sunday.getTime() + 5 * 3_600_000).getUTCDay() !== 0)
      sunday.setTime(sunday.getTime() + 86_400_000);
    const date = new Date(sunday.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
    const sent = await s.control<SentOrder>('POST', '/orders', {
      personIndex: 6,
      requestedTime: `${date}T06:00:00.000Z`,
    });
    expect(sent.responses[0]?.status).toBe(422);
    const codes = (sent.responses[0]?.body.reasons as { code: string }[]).map((r) => r.code);
    expect(codes).toContain('OUTSIDE_SERVICE_HOURS');
    const again = await s.control<SentOrder>('POST', '/orders', {
      personIndex: 6,
      orderId: sent.orderId,
      eventId: sent.eventId,
      requestedTime: `${date}T06:00:00.000Z`,
    });
    expect(again.responses[0]?.status).toBe(422);
    expect(again.responses[0]?.body.reasons).toEqual(sent.responses[0]?.body.reasons);
    expect(await count('SELECT count(*) AS n FROM booking')).toBe(before);
  });

  it("a second order for the same person and time (another order id) is refused as OVERLAPPING_BOOKING, as the event's final answer (t22 M5)", async () => {
    const first = await s.control<SentOrder>('POST', '/orders', { personIndex: 9 });
    expect(first.responses[0]?.status).toBe(201);
    const before = await count('SELECT count(*) AS n FROM booking');
    const twice = await s.control<SentOrder>('POST', '/orders', { personIndex: 9 });
    expect(twice.orderId).not.toBe(first.orderId);
    expect(twice.responses[0]?.status).toBe(422);
    const reasons = twice.responses[0]?.body.reasons as { code: string; message: string }[];
    expect(reasons.map((r) => r.code)).toEqual(['OVERLAPPING_BOOKING']);
    expect(await count('SELECT count(*) AS n FROM booking')).toBe(before);
    expect(
      await count('SELECT count(*) AS n FROM inbox WHERE event_id = $1 AND response_status = 422', [
        twice.eventId,
      ]),
    ).toBe(1);
  });

  it('cancels by order id; a cancel that overtakes its order is refused with 404 and works on retry', async () => {
    const out = await s.control<{
      orderId: string;
      cancel: { status: number };
      order: { status: number; body: { bookingId: string } };
    }>('POST', '/orders/out-of-order', { personIndex: 7 });
    expect(out.cancel.status).toBe(404);
    expect(out.order.status).toBe(201);
    const cancel = await s.control<SentOrder>('POST', `/orders/${out.orderId}/cancel`, { copies: 3 });
    expect(cancel.responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(cancel.responses[0]?.body.status).toBe('CANCELLED');
    const row = (
      await db.query('SELECT status, cancelled_at FROM booking WHERE id = $1', [out.order.body.bookingId])
    ).rows[0];
    expect(row.status).toBe('CANCELLED');
    expect(row.cancelled_at).not.toBeNull();
  });
});
