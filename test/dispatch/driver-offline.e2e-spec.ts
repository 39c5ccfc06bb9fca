/**
 * The driver app's offline queue on the API's side (issue 23, item 3): a status report resent
 * with its Idempotency-Key (an answer lost in an underpass) is taken once and its first answer
 * replayed; positions gathered offline arrive as one batch, each stored at the time it was taken.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { CENTRE, Fixtures } from './fixtures';
import { testNow } from '../support/clock';

jest.setTimeout(90000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });
const inMinutes = (m: number) => new Date(testNow().getTime() + m * 60000);

describe('driver: offline queue (Idempotency-Key on reports, position batches)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch' });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    fx = new Fixtures(ds);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await t?.teardown();
  });

  const post = (token: string, url: string, payload: unknown, key?: string) =>
    api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
        payload: payload as Record<string, unknown>,
      });

  it('a status report resent with its Idempotency-Key is taken once and answered as the first time', async () => {
    const provider = await fx.provider();
    const { driverId } = await fx.shift(provider, {
      startsAt: inMinutes(-10),
      endsAt: inMinutes(300),
      depot: near(0.2, 0.2),
    });
    const r = await fx.accepted({
      pickup: near(0.21, 0.2),
      dropoff: near(0.23, 0.21),
      pickupAt: inMinutes(60),
    });
    const b = await eventually(async () => {
      const x = await fx.booking(r.id);
      return x.status === 'SCHEDULED' && x;
    });
    const token = t.token({ userId: '00000000-0000-4000-8000-0000000000d1', role: 'DRIVER', driverId });
    const url = `/driver/bookings/${r.id}/status`;
    const body = { status: 'EN_ROUTE', expectedVersion: b.version };
    const first = await post(token, url, body, 'tap-1');
    expect(first.statusCode).toBe(200);
    // The answer was lost: the queue sends the same request again, and again.
    const again = await post(token, url, body, 'tap-1');
    const third = await post(token, url, body, 'tap-1');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(third.json()).toEqual(first.json());
    const audits: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'driver.reported'`,
      [r.id],
    );
    expect(audits[0].n).toBe(1);
    expect((await fx.booking(r.id)).version).toBe(first.json().version);
    // The same key for another report is refused, never taken as a replay.
    const reused = await post(
      token,
      url,
      { status: 'ARRIVED', expectedVersion: first.json().version },
      'tap-1',
    );
    expect(reused.statusCode).toBe(422);
    // Without a key the same report a second time is what it is: not a legal step any more.
    const unkeyed = await post(token, url, body);
    expect(unkeyed.statusCode).toBe(409);
    // The next tap, its own key: taken at the version the first answer gave.
    const next = await post(
      token,
      url,
      { status: 'ARRIVED', expectedVersion: first.json().version },
      'tap-2',
    );
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ status: 'ARRIVED' });
  });

  it('positions arrive in a batch, each stored at the time it was taken; checked, and only the driver’s own', async () => {
    const provider = await fx.provider();
    const { shiftId, driverId } = await fx.shift(provider, {
      startsAt: inMinutes(-30),
      endsAt: inMinutes(300),
      depot: near(-0.2, -0.2),
    });
    const token = t.token({ userId: '00000000-0000-4000-8000-0000000000d2', role: 'DRIVER', driverId });
    const taken = [inMinutes(-12), inMinutes(-11), inMinutes(-10)];
    // Yesterday's position: no open shift of the driver covers it.
    const stale = new Date(testNow().getTime() - 24 * 3600_000);
    const pings = [
      ...taken.map((at, i) => ({ ...near(-0.2 + i * 0.001, -0.2), at: at.toISOString() })),
      { ...near(-0.2, -0.2), at: stale.toISOString() },
    ];
    const res = await post(token, '/driver/locations', { pings }, 'batch-1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ recorded: 3, outsideShift: 1 });
    // Resent after a lost answer: replayed, not stored twice.
    expect((await post(token, '/driver/locations', { pings }, 'batch-1')).json()).toEqual(res.json());
    const rows: { at: Date }[] = await ds.query(
      `SELECT at FROM location_ping WHERE shift_id = $1 ORDER BY at`,
      [shiftId],
    );
    expect(rows.map((x) => new Date(x.at).toISOString())).toEqual(taken.map((d) => d.toISOString()));

    // Bad input: 400 naming the field, nothing stored.
    const future = await post(token, '/driver/locations', {
      pings: [pings[0], { ...near(0, 0), at: inMinutes(30).toISOString() }],
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      expect.objectContaining({ field: 'pings[1].at', code: 'IN_THE_FUTURE' }),
    ]);
    const badLat = await post(token, '/driver/locations', {
      pings: [{ lat: 91, lon: 0, at: taken[0].toISOString() }],
    });
    expect(badLat.statusCode).toBe(400);
    expect(badLat.json().errors[0].field).toBe('pings[0].lat');
    const noTime = await post(token, '/driver/locations', { pings: [{ lat: 43, lon: 76 }] });
    expect(noTime.statusCode).toBe(400);
    expect(noTime.json().errors[0].field).toBe('pings[0].at');
    expect((await post(token, '/driver/locations', { pings: [] })).statusCode).toBe(400);
    expect((await post(token, '/driver/locations', {})).statusCode).toBe(400);
    const tooMany = Array.from({ length: 501 }, () => pings[0]);
    expect((await post(token, '/driver/locations', { pings: tooMany })).statusCode).toBe(400);
    const [{ n }]: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM location_ping WHERE shift_id = $1`,
      [shiftId],
    );
    expect(n).toBe(3);

    // Only a driver sends positions, and only onto a shift of their own.
    const dispatcher = t.token({
      userId: '00000000-0000-4000-8000-0000000000d3',
      role: 'DISPATCHER',
      regionKato: '751110000',
    });
    expect((await post(dispatcher, '/driver/locations', { pings })).statusCode).toBe(403);
    const other = await fx.shift(provider, {
      startsAt: inMinutes(-30),
      endsAt: inMinutes(300),
      depot: near(0.3, 0.3),
    });
    const otherToken = t.token({
      userId: '00000000-0000-4000-8000-0000000000d4',
      role: 'DRIVER',
      driverId: other.driverId,
    });
    expect((await post(otherToken, '/driver/locations', { pings: pings.slice(0, 1) })).json()).toEqual({
      recorded: 1,
      outsideShift: 0,
    });
    const mine: { shift_id: string }[] = await ds.query(
      `SELECT shift_id FROM location_ping WHERE shift_id IN ($1, $2)`,
      [shiftId, other.shiftId],
    );
    expect(mine.filter((x) => x.shift_id === shiftId)).toHaveLength(3);
    expect(mine.filter((x) => x.shift_id === other.shiftId)).toHaveLength(1);
  });
});
