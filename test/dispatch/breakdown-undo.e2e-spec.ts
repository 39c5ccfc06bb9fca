// Issue 18: a breakdown declared from the board could not be taken back (a mistaken click, a
// flat tyre changed in ten minutes). Within 15 minutes, while the shift has not ended, the
// vehicle is back in service: its rides still waiting go back on it, a ride already with
// another vehicle stays there, and the dispatcher is told which is which.
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import { testNow } from '../support/clock';
import { ALMATY, CENTRE, dayAt, Fixtures, tomorrowAt } from './fixtures';

jest.setTimeout(120000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

describe('a breakdown undone (issue 18)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch,notifications' });
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

  const dispatcher = (regionKato = ALMATY) =>
    t.token({ userId: '00000000-0000-4000-8000-0000000000d1', role: 'DISPATCHER', regionKato });
  const post = (url: string, payload?: object, token = dispatcher(), lang = 'en') =>
    api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url,
        ...(payload ? { payload } : {}),
        headers: { authorization: `Bearer ${token}`, 'accept-language': lang },
      });
  const settled = (id: string, ok: (b: { status: string; shift_id: string | null }) => boolean) =>
    eventually(async () => {
      const b = await fx.booking(id);
      return ok(b) && b;
    });

  it('the vehicle is back: the ride still waiting goes back on it, the one with another vehicle stays; then no second undo', async () => {
    const provider = await fx.provider();
    const van = await fx.shift(provider, {
      depot: near(0, 0),
      startsAt: tomorrowAt('06:00'),
      endsAt: tomorrowAt('19:00'),
      vehicle: { seats: 3, wheelchairPlaces: 1, ramp: true, restraints: true },
    });
    const walking = (
      await fx.accepted({ pickup: near(0.005, 0), dropoff: near(0.02, 0.01), pickupAt: tomorrowAt('08:00') })
    ).id;
    const chair = (
      await fx.accepted({
        pickup: near(-0.005, 0),
        dropoff: near(-0.02, 0.01),
        pickupAt: tomorrowAt('10:00'),
        wheelchair: true,
      })
    ).id;
    for (const id of [walking, chair]) await settled(id, (b) => b.status === 'SCHEDULED');
    expect((await fx.booking(walking)).shift_id).toBe(van.shiftId);
    expect((await fx.booking(chair)).shift_id).toBe(van.shiftId);
    // A car with no ramp: it can take the walking rider, not the wheelchair.
    const car = await fx.shift(provider, {
      depot: near(0.004, 0),
      startsAt: tomorrowAt('06:00'),
      endsAt: tomorrowAt('19:00'),
    });

    const broke = await post(`/dispatch/shifts/${van.shiftId}/breakdown`, { kind: 'BREAKDOWN' });
    expect(broke.statusCode).toBe(200);
    expect([...broke.json().returnedToDispatch].sort()).toEqual([walking, chair].sort());
    await settled(walking, (b) => b.status === 'SCHEDULED' && b.shift_id === car.shiftId);
    await settled(chair, (b) => b.status === 'WAITLISTED');

    // Nobody but a dispatcher; a dispatcher of another region may not.
    const rider = t.token({
      userId: '00000000-0000-4000-8000-0000000000b1',
      role: 'BENEFICIARY',
      beneficiaryId: '00000000-0000-4000-8000-0000000000ff',
    });
    expect((await post(`/dispatch/shifts/${van.shiftId}/breakdown/undo`, undefined, rider)).statusCode).toBe(
      403,
    );
    expect(
      (await post(`/dispatch/shifts/${van.shiftId}/breakdown/undo`, undefined, dispatcher('710000000')))
        .statusCode,
    ).toBe(403);

    const undone = await post(`/dispatch/shifts/${van.shiftId}/breakdown/undo`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toEqual({
      shiftId: van.shiftId,
      status: 'PLANNED',
      backOnVehicle: [chair],
      withOtherVehicles: [walking],
      stillWaiting: [],
    });
    const [shift] = await ds.query(`SELECT status, status_reason FROM shift WHERE id = $1`, [van.shiftId]);
    expect(shift).toEqual({ status: 'PLANNED', status_reason: null });
    const back = await fx.booking(chair);
    expect([back.status, back.shift_id]).toEqual(['SCHEDULED', van.shiftId]);
    expect(back.planned_pickup_at).toBeTruthy();
    const stops = await ds.query(`SELECT kind FROM route_stop WHERE booking_id = $1 ORDER BY sequence`, [
      chair,
    ]);
    expect(stops.map((s: { kind: string }) => s.kind)).toEqual(['PICKUP', 'DROPOFF']);
    expect((await fx.booking(walking)).shift_id).toBe(car.shiftId);
    const [audit] = await ds.query(
      `SELECT after FROM audit_log WHERE action = 'shift.breakdown_undone' AND entity_id = $1`,
      [van.shiftId],
    );
    expect(audit.after).toMatchObject({ status: 'PLANNED', back: 1, elsewhere: 1, waiting: 0 });

    // Undone already: nothing to undo, said in words.
    const again = await post(`/dispatch/shifts/${van.shiftId}/breakdown/undo`, undefined, dispatcher(), 'ru');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NO_BREAKDOWN_TO_UNDO');
    expect(JSON.stringify(again.json())).toContain('нет поломки, которую можно отменить');

    // The board's alert says the vehicle is back and where the rides are, never "every ride has a
    // vehicle again" for ever; another breakdown and undo leave one line for the vehicle (walk t18, 3).
    const alertsOfVan = async () => {
      const board = await api
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'GET',
          url: `/dispatch/board?date=${addDaysToLocalDate(localDateOf(testNow()), 1)}`,
          headers: { authorization: `Bearer ${dispatcher()}` },
        });
      expect(board.statusCode).toBe(200);
      return (board.json().alerts as { shiftId: string }[]).filter((a) => a.shiftId === van.shiftId);
    };
    expect(await alertsOfVan()).toMatchObject([{ undone: true, waiting: 0, backOnVehicle: 1, elsewhere: 1 }]);
    expect((await post(`/dispatch/shifts/${van.shiftId}/breakdown`, { kind: 'BREAKDOWN' })).statusCode).toBe(
      200,
    );
    await settled(chair, (b) => b.status === 'WAITLISTED');
    // The new breakdown is the vehicle's one line; the older, undone and settled, is gone.
    expect(await alertsOfVan()).toMatchObject([{ undone: false, waiting: 1, elsewhere: 0 }]);
    expect((await post(`/dispatch/shifts/${van.shiftId}/breakdown/undo`)).statusCode).toBe(200);
    expect(await alertsOfVan()).toMatchObject([{ undone: true, waiting: 0, backOnVehicle: 1, elsewhere: 0 }]);
  });

  it('after 15 minutes the breakdown stays: refused in words, the shift and its rides unchanged', async () => {
    // Three days ahead: a day with no other shift.
    const provider = await fx.provider();
    const van = await fx.shift(provider, {
      depot: near(0.1, 0),
      startsAt: dayAt(3, '06:00'),
      endsAt: dayAt(3, '19:00'),
    });
    const ride = (
      await fx.accepted({ pickup: near(0.105, 0), dropoff: near(0.12, 0.01), pickupAt: dayAt(3, '09:00') })
    ).id;
    await settled(ride, (b) => b.status === 'SCHEDULED' && b.shift_id === van.shiftId);
    expect(
      (await post(`/dispatch/shifts/${van.shiftId}/breakdown`, { kind: 'DRIVER_ABSENT' })).statusCode,
    ).toBe(200);
    await settled(ride, (b) => b.status === 'WAITLISTED');
    await ds.query(
      `UPDATE dispatch_alert SET created_at = created_at - interval '16 minutes' WHERE shift_id = $1`,
      [van.shiftId],
    );
    const late = await post(`/dispatch/shifts/${van.shiftId}/breakdown/undo`);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('BREAKDOWN_UNDO_EXPIRED');
    expect(JSON.stringify(late.json())).toMatch(/within 15 min only; this one was 1[6-7] min ago/);
    const [shift] = await ds.query(`SELECT status, status_reason FROM shift WHERE id = $1`, [van.shiftId]);
    expect(shift).toEqual({ status: 'CANCELLED', status_reason: 'DRIVER_ABSENT' });
    expect((await fx.booking(ride)).status).toBe('WAITLISTED');
  });
});
