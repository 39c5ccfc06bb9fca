import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import { ALMATY, CENTRE, dayAt, Fixtures, tomorrowAt } from './fixtures';
import { testNow } from '../support/clock';

jest.setTimeout(90000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

describe('dispatch console: board, manual moves, breakdown, re-plan', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;
  let auth: { authorization: string };

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch,plan', PLAN_TIME_LIMIT_MS: '1500' });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    fx = new Fixtures(ds);
    auth = {
      authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000d1', role: 'DISPATCHER', regionKato: ALMATY })}`,
    };
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await t?.teardown();
  });

  const http = () => api.getHttpAdapter().getInstance();
  const post = (url: string, payload: object) =>
    http().inject({ method: 'POST', url, payload, headers: auth });
  const scheduled = (id: string, notOn?: string) =>
    eventually(async () => {
      const b = await fx.booking(id);
      return b.status === 'SCHEDULED' && b.shift_id !== notOn && b;
    });

  let provider: string;
  let s1: string;
  let s2: string;
  let s3: string;
  let ride: { id: string };
  let chair: { id: string };

  it('reassigns a booking to another shift, and the old route gives its place back', async () => {
    provider = await fx.provider();
    s1 = (await fx.shift(provider, { depot: near(0, 0) })).shiftId;
    s2 = (await fx.shift(provider, { depot: near(0.1, 0.1) })).shiftId;
    s3 = (
      await fx.shift(provider, {
        depot: near(-0.05, 0),
        vehicle: { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true },
      })
    ).shiftId;
    ride = await fx.accepted({
      pickup: near(0.005, 0.005),
      dropoff: near(0.03, 0.03),
      pickupAt: tomorrowAt('10:00'),
    });
    const b = await scheduled(ride.id);
    expect(b.shift_id).toBe(s1);
    const r = await post(`/dispatch/bookings/${ride.id}/reassign`, {
      shiftId: s2,
      expectedVersion: b.version,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      bookingId: ride.id,
      shiftId: s2,
      version: b.version + 1,
      overridden: [],
    });
    expect((await fx.booking(ride.id)).shift_id).toBe(s2);
    expect(await fx.stops(s1)).toEqual([]);
    expect((await fx.stops(s2)).map((s) => s.kind)).toEqual(['PICKUP', 'DROPOFF']);
  });

  it('two dispatchers moving one booking at once: one wins, the other gets 409', async () => {
    const b = await fx.booking(ride.id);
    const [x, y] = await Promise.all([
      post(`/dispatch/bookings/${ride.id}/reassign`, { shiftId: s1, expectedVersion: b.version }),
      post(`/dispatch/bookings/${ride.id}/reassign`, { shiftId: s3, expectedVersion: b.version }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const winner = x.statusCode === 200 ? s1 : s3;
    expect((await fx.booking(ride.id)).shift_id).toBe(winner);
    // exactly one route holds it
    const rows = await ds.query(`SELECT shift_id FROM route_stop WHERE booking_id = $1`, [ride.id]);
    expect(rows.map((r: { shift_id: string }) => r.shift_id)).toEqual([winner, winner]);
  });

  it('refuses a move that breaks a constraint and says what breaks; no override gives a vehicle equipment or places it lacks', async () => {
    chair = await fx.accepted({
      pickup: near(-0.05, 0.01),
      dropoff: near(-0.07, 0.02),
      pickupAt: tomorrowAt('12:00'),
      wheelchair: true,
    });
    const b = await scheduled(chair.id);
    expect(b.shift_id).toBe(s3);
    const refused = await post(`/dispatch/bookings/${chair.id}/assign`, {
      shiftId: s1,
      expectedVersion: b.version,
    });
    expect(refused.statusCode).toBe(409);
    const codes = refused.json().errors.map((e: { code: string }) => e.code);
    expect(codes).toContain('ROUTE_MISSING_FEATURE');
    expect(codes).toContain('ROUTE_CAPACITY');
    expect((await fx.booking(chair.id)).shift_id).toBe(s3);

    // Equipment and places are physical facts: the preview offers no override and an override is
    // refused, in words (issue 18).
    const preview = await post(`/dispatch/bookings/${chair.id}/assign-preview`, {
      shiftId: s1,
      expectedVersion: b.version,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ feasible: false, overridable: false });
    const forced = await post(`/dispatch/bookings/${chair.id}/assign`, {
      shiftId: s1,
      expectedVersion: b.version,
      confirm: preview.json().confirmation,
      override: { reason: 'VEHICLE_EQUIPMENT', note: 'folding wheelchair, the person transfers to a seat' },
    });
    expect(forced.statusCode).toBe(409);
    expect(forced.json().code).toBe('OVERRIDE_NOT_ALLOWED');
    expect((await fx.booking(chair.id)).shift_id).toBe(s3);
    const audit = await ds.query(
      `SELECT after FROM audit_log WHERE action = 'booking.assign_override' AND entity_id = $1`,
      [chair.id],
    );
    expect(audit).toHaveLength(0);
  });

  it("a breakdown sends the shift's bookings back to dispatch and they are re-inserted elsewhere", async () => {
    const b = await fx.booking(ride.id);
    const broken = b.shift_id as string;
    const r = await post(`/dispatch/shifts/${broken}/breakdown`, { kind: 'BREAKDOWN' });
    expect(r.statusCode).toBe(200);
    expect(r.json().returnedToDispatch).toContain(ride.id);
    const again = await scheduled(ride.id, broken);
    expect(again.shift_id).not.toBe(broken);
    expect(await fx.stops(broken)).toEqual([]);
    const [shift] = await ds.query(`SELECT status, status_reason FROM shift WHERE id = $1`, [broken]);
    expect(shift).toEqual({ status: 'CANCELLED', status_reason: 'VEHICLE_BREAKDOWN' });
  });

  it('unassign puts a booking back to dispatch, which places it again', async () => {
    const b = await fx.booking(ride.id);
    const r = await post(`/dispatch/bookings/${ride.id}/unassign`, {
      expectedVersion: b.version,
      reason: 'rider asked for another car',
    });
    expect(r.statusCode).toBe(200);
    const stale = await post(`/dispatch/bookings/${ride.id}/unassign`, { expectedVersion: b.version });
    expect(stale.statusCode).toBe(409);
    const again = await eventually(async () => {
      const x = await fx.booking(ride.id);
      return x.status === 'SCHEDULED' && x.version > b.version + 1 && x;
    });
    expect(again.shift_id).toBeTruthy();
  });

  it('a ride that has ended is refused as such, never as "someone else changed it" (walk t18, finding 1)', async () => {
    const b = await fx.booking(chair.id);
    await ds.query(`UPDATE booking SET status = 'COMPLETED', version = version + 1 WHERE id = $1`, [
      chair.id,
    ]);
    const ru = { ...auth, 'accept-language': 'ru' };
    const send = (url: string, payload: object) =>
      http().inject({ method: 'POST', url: `/dispatch/bookings/${chair.id}/${url}`, payload, headers: ru });
    // The board's version (b.version + 1, the ride's own) and an older one: the same true reason.
    for (const expectedVersion of [b.version + 1, b.version]) {
      for (const r of [
        await send('reassign', { shiftId: s2, expectedVersion }),
        await send('assign-preview', { shiftId: s2, expectedVersion }),
        await send('unassign', { expectedVersion }),
      ]) {
        expect(r.statusCode).toBe(409);
        expect(r.json()).toMatchObject({
          code: 'RIDE_FINISHED',
          message: 'Эта поездка уже завершена: перенести её или снять с маршрута нельзя.',
          errors: [
            {
              field: 'bookingId',
              reason: 'Эта поездка уже выполнена: перенести её или снять с маршрута нельзя.',
            },
          ],
        });
      }
    }
    const after = await fx.booking(chair.id);
    expect([after.status, after.version]).toEqual(['COMPLETED', b.version + 1]);
  });

  it('a dispatcher starts the re-plan of a day and watches it finish with before/after figures', async () => {
    // A day of its own, with a sure improvement: five rides were booked while the provider's only
    // vehicle of the day stood at a far depot; then a second vehicle was added where the riders
    // live. (On tomorrow, which the tests above shape with a race between two reassignments and
    // random ids, the real-time placement sometimes left the re-plan nothing to improve.)
    const p3 = await fx.provider();
    const day = addDaysToLocalDate(localDateOf(testNow()), 3);
    const far = (
      await fx.shift(p3, { startsAt: dayAt(3, '07:00'), endsAt: dayAt(3, '20:00'), depot: near(0.2, 0.2) })
    ).shiftId;
    for (let i = 0; i < 5; i++)
      expect(
        (
          await scheduled(
            (
              await fx.accepted({
                pickup: near(0.01 * i, -0.01 * i),
                dropoff: near(0.02, 0.03 * i),
                pickupAt: dayAt(3, ['09:00', '10:30', '12:00', '13:30', '15:00'][i]!),
              })
            ).id,
          )
        ).shift_id,
      ).toBe(far);
    await fx.shift(p3, { startsAt: dayAt(3, '07:00'), endsAt: dayAt(3, '20:00'), depot: near(0, 0) });
    const start = await post('/dispatch/plan', { regionKato: ALMATY, date: day });
    expect(start.statusCode).toBe(202);
    const runId = start.json().id;
    const done = await eventually(async () => {
      const r = await http().inject({ method: 'GET', url: `/dispatch/plan/${runId}`, headers: auth });
      const run = r.json() as {
        status: string;
        progress: number;
        before: { km: number };
        after: { km: number };
      };
      return ['PROPOSED', 'DONE', 'FAILED'].includes(run.status) ? run : undefined;
    }, 30000);
    // a proposal waits for the dispatcher (issue 18); nothing moved yet
    expect(done.status).toBe('PROPOSED');
    expect(done.progress).toBe(100);
    expect(done.before).toEqual(
      expect.objectContaining({
        vehiclesUsed: expect.any(Number),
        km: expect.any(Number),
        meanRideRatio: expect.any(Number),
      }),
    );
    expect(done.after.km).toBeLessThan(done.before.km);
    const applied = await post(`/dispatch/plan/${runId}/apply`, {});
    expect(applied.statusCode).toBe(200);
    expect(applied.json().status).toBe('APPLIED');
    // every booking still stands on exactly one route, pickup before drop-off
    const rows = await ds.query(
      `SELECT b.id, count(rs.*)::int AS n, bool_and(b.shift_id = rs.shift_id) AS same FROM booking b JOIN route_stop rs ON rs.booking_id = b.id
        WHERE b.status = 'SCHEDULED' GROUP BY b.id`,
    );
    for (const r of rows) expect(r).toMatchObject({ n: 2, same: true });
  });

  it('the re-plan keeps rides a dispatcher placed or a driver saw, and moves them once the dispatcher lets them go', async () => {
    const p4 = await fx.provider();
    const day = addDaysToLocalDate(localDateOf(testNow()), 4);
    const shift = async (depot: { lat: number; lon: number }) =>
      (await fx.shift(p4, { startsAt: dayAt(4, '07:00'), endsAt: dayAt(4, '19:00'), depot })).shiftId;
    const a = await shift(near(0.15, 0.15));
    const c = await shift(near(-0.15, 0.15));
    const b = await shift(near(0, -0.15));
    // r2 lives by A's depot, r3 by C's; a dispatcher put both on the far vehicle B
    const r2 = await fx.accepted({
      pickup: near(0.15, 0.16),
      dropoff: near(0.16, 0.17),
      pickupAt: dayAt(4, '09:00'),
    });
    const r3 = await fx.accepted({
      pickup: near(-0.15, 0.16),
      dropoff: near(-0.16, 0.17),
      pickupAt: dayAt(4, '14:00'),
    });
    for (const [r, home] of [
      [r2, a],
      [r3, c],
    ] as const) {
      const x = await scheduled(r.id);
      expect(x.shift_id).toBe(home);
      const moved = await post(`/dispatch/bookings/${r.id}/reassign`, {
        shiftId: b,
        expectedVersion: x.version,
      });
      expect(moved.statusCode).toBe(200);
    }
    // r3's driver has seen it: the re-plan may not move it, however much it would save
    await ds.query(`UPDATE booking SET confirmed_to_driver = true WHERE id = $1`, [r3.id]);
    const replan = async (body: object) => {
      const start = await post('/dispatch/plan', { regionKato: ALMATY, date: day, ...body });
      expect(start.statusCode).toBe(202);
      return eventually(async () => {
        const r = await http().inject({
          method: 'GET',
          url: `/dispatch/plan/${start.json().id}`,
          headers: auth,
        });
        const run = r.json() as {
          id: string;
          status: string;
          note: string | null;
          before: { km: number };
          after: { km: number };
        };
        return ['PROPOSED', 'DONE', 'FAILED'].includes(run.status) ? run : undefined;
      }, 30000);
    };
    // Both were put on B by a dispatcher: by default the re-plan keeps them there (issue 18).
    const kept = await replan({});
    expect(kept).toMatchObject({ status: 'DONE', note: 'NO_IMPROVEMENT' });
    expect((await fx.booking(r2.id)).shift_id).toBe(b);
    expect((await fx.booking(r3.id)).shift_id).toBe(b);
    // The dispatcher lets them go (manual assignments and rides confirmed to drivers alike).
    const done = await replan({ releasePinned: true });
    expect(done.status).toBe('PROPOSED');
    expect(done.after.km).toBeLessThan(done.before.km);
    expect((await post(`/dispatch/plan/${done.id}/apply`, {})).statusCode).toBe(200);
    expect((await fx.booking(r2.id)).shift_id).toBe(a);
    expect((await fx.booking(r3.id)).shift_id).toBe(c);
    expect((await fx.stops(a)).map((x) => x.booking_id)).toEqual([r2.id, r2.id]);
    expect((await fx.stops(c)).map((x) => x.booking_id)).toEqual([r3.id, r3.id]);
    expect(await fx.stops(b)).toEqual([]);
  });
});
