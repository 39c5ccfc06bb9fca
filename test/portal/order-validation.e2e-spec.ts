import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { signedHeaders } from '@invataxi/portal';
import { syntheticPopulation } from '../../apps/simulators/src/portal/population';
import { startPortalStack, type PortalStack } from './portal-stack';

/**
 * Orders the Portal may send malformed or changed: each is refused with 400 naming the field (or
 * 409 with its code), never 500, and never touches the person's record; fields the Portal adds
 * later are ignored.
 */
describe('portal orders: malformed, changed and extended', () => {
  let s: PortalStack;
  let db: Client;
  const person = syntheticPopulation(4)[3]!;

  beforeAll(async () => {
    s = await startPortalStack({ worker: false });
    db = new Client({ connectionString: s.t.config.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await s?.close();
  });

  /** The n-th weekday from two days ahead, at 11:00 local (UTC+5): inside the default hours and horizon. */
  function rideTime(nth = 0): string {
    const d = new Date(Date.now() + 2 * 86_400_000);
    const local = (): Date => new Date(d.getTime() + 5 * 3_600_000);
    for (let left = nth; ; d.setTime(d.getTime() + 86_400_000)) {
      if ([0, 6].includes(local().getUTCDay())) continue;
      if (left-- === 0) break;
    }
    return new Date(`${local().toISOString().slice(0, 10)}T06:00:00.000Z`).toISOString();
  }

  /** The person's rides do not overlap: each test books its own day. */
  function order(orderId: string, day = 0): Record<string, Record<string, unknown> | string> {
    return {
      orderId,
      recipient: {
        iin: person.iin,
        fullName: person.fullName,
        phone: person.phone,
        language: 'ru',
        residence: { ...person.residence },
      },
      eligibility: {
        category: person.category,
        validUntil: person.validUntil,
        needs: { ...person.needs, wheelchair: 'MANUAL', needsRamp: true },
        companionEntitled: person.companionEntitled,
        payerKato: person.payerKato,
      },
      ride: {
        pickup: { ...person.residence },
        dropoff: { kato: '710000000', address: 'ул. Сыганак, 2 (поликлиника)', lat: 51.1282, lon: 71.4304 },
        timeAnchor: 'PICKUP',
        requestedTime: rideTime(day),
        purpose: 'MEDICAL',
        companions: 0,
        notes: null,
      },
    };
  }

  async function call(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers = signedHeaders('portal', s.secret, {
      timestamp: String(Math.floor(Date.now() / 1000)),
      method,
      path,
      eventId: randomUUID(),
      body: text,
    });
    const res = await fetch(s.apiUrl + path, {
      method,
      headers: {
        ...headers,
        'accept-language': 'en',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: text }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const send = (body: unknown): ReturnType<typeof call> => call('POST', '/portal/v1/orders', body);

  const count = async (table: string): Promise<number> =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
  const mobility = async (): Promise<unknown> =>
    (await db.query('SELECT mobility FROM beneficiary WHERE full_name = $1', [person.fullName])).rows[0]
      ?.mobility;

  it('a valid order books the ride and records the needs it states', async () => {
    const res = await send(order('OV-1'));
    expect(res.status).toBe(201);
    expect(await mobility()).toMatchObject({ wheelchair: 'MANUAL', stepFree: true });
  });

  const NESTED: [string, string][] = [
    ['recipient', ''],
    ['eligibility', ''],
    ['ride', ''],
    ['residence', 'recipient'],
    ['needs', 'eligibility'],
    ['pickup', 'ride'],
    ['dropoff', 'ride'],
  ];
  it.each(
    NESTED.flatMap(([name, parent]) => [
      [name, parent, 'missing'],
      [name, parent, 'null'],
    ]),
  )('%s (in %s) %s: 400 naming the field, nothing written, the needs kept', async (name, parent, how) => {
    const body = order(`OV-${name}-${how}`);
    const holder = (parent ? body[parent] : body) as Record<string, unknown>;
    if (how === 'missing') delete holder[name];
    else holder[name] = null;
    const bookings = await count('booking');
    const audits = await count('audit_log');
    const res = await send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION');
    const field = parent ? `${parent}.${name}` : name;
    expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    expect(await count('booking')).toBe(bookings);
    expect(await count('audit_log')).toBe(audits);
    // The person's ramp need survives an order that leaves it out.
    expect(await mobility()).toMatchObject({ wheelchair: 'MANUAL', stepFree: true });
  });

  it('fields the Portal adds later are ignored, at the top and nested', async () => {
    const body = order('OV-extra', 1);
    body.channelHint = 'mobile';
    (body.ride as Record<string, unknown>).luggage = 2;
    (body.recipient as Record<string, Record<string, unknown>>).residence!.entrance = '3';
    const res = await send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ orderId: 'OV-extra', status: 'ACCEPTED' });
  });

  it('the same order id re-sent with the same ride gets its booking; with another ride, 409 PORTAL_ORDER_CHANGED', async () => {
    const first = order('OV-move', 2);
    const booked = await send(first);
    expect(booked.status).toBe(201);
    const again = await send(first);
    expect(again.status).toBe(200);
    expect(again.body.bookingId).toBe(booked.body.bookingId);
    const moved = order('OV-move', 2);
    (moved.ride as Record<string, unknown>).requestedTime = new Date(
      Date.parse(String((first.ride as Record<string, unknown>).requestedTime)) + 3_600_000,
    ).toISOString();
    const versions = (await db.query('SELECT version FROM booking WHERE id = $1', [booked.body.bookingId]))
      .rows[0];
    const res = await send(moved);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('PORTAL_ORDER_CHANGED');
    expect(String(res.body.message)).toMatch(/cancel the order/);
    expect(
      (await db.query('SELECT version FROM booking WHERE id = $1', [booked.body.bookingId])).rows[0],
    ).toEqual(versions);
  });

  it('GET of an order gives its status, times and history; an unknown order is 404 NOT_FOUND', async () => {
    const booked = await send(order('OV-get', 3));
    expect(booked.status).toBe(201);
    const res = await call('GET', '/portal/v1/orders/OV-get');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      orderId: 'OV-get',
      bookingId: booked.body.bookingId,
      status: 'ACCEPTED',
      lateCancellation: false,
      plannedPickupAt: null,
    });
    const history = res.body.history as { version: number; status: string }[];
    expect(history.map((h) => h.status)).toContain('ACCEPTED');
    expect(history[history.length - 1]).toMatchObject({ version: booked.body.version, status: 'ACCEPTED' });
    expect(JSON.stringify(res.body)).not.toContain(person.iin);
    const cancelled = await call('POST', '/portal/v1/orders/OV-get/cancel', {});
    expect(cancelled.status).toBe(200);
    const after = await call('GET', '/portal/v1/orders/OV-get');
    expect(after.body).toMatchObject({ status: 'CANCELLED', reason: 'PORTAL_CANCELLED' });
    expect((after.body.history as { status: string }[]).map((h) => h.status).slice(-2)).toEqual([
      'ACCEPTED',
      'CANCELLED',
    ]);
    const unknown = await call('GET', '/portal/v1/orders/OV-nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const unsigned = await fetch(`${s.apiUrl}/portal/v1/orders/OV-get`);
    expect(unsigned.status).toBe(401);
  });
});
