// Issue 23 (f23place): the worker placed a ride sent back after a breakdown, its window passing,
// at a time in the past (its routes were planned from the shift's start, not from now), and the
// rider's text named that past time. Now the worker plans from now and the vehicles' last pings:
// the ride is placed late, at or after now, the text says that time and the board marks it late.
// And lateness already a fact (a stop its vehicle can no longer make in time) is allowed, not a
// violated constraint: the vehicle still takes a new ride that fits after it.
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { localDateOf, localTimeOf } from '@invataxi/domain';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { atInstant } from '../support/clock';
import { ALMATY, CENTRE, dayAt, Fixtures } from './fixtures';

jest.setTimeout(120000);

/** A day of its own, ahead of any pinned run time. */
const DAY = 4;
const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

describe('the worker places from now: late rather than in the past (issue 23)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;
  let auth: Record<string, string>;

  beforeAll(async () => {
    t = await createTestEnv({
      DISPATCHER_QUEUES: 'outbox,dispatch,plan,notifications',
      PLAN_TIME_LIMIT_MS: '2000',
    });
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
  /** Both apps' clocks at `instant` while `fn` runs (the API takes the breakdown, the worker re-places). */
  const at = <T>(instant: Date, fn: () => Promise<T>) =>
    atInstant(api, instant, () => atInstant(worker, instant, fn));

  let ride: string;
  let rescue: { shiftId: string; vehicleId: string };

  it("a breakdown as a ride's window passes: re-placed at or after now, late, and the text says when", async () => {
    const provider = await fx.provider();
    const broken = await fx.shift(provider, {
      depot: near(0, 0),
      startsAt: dayAt(DAY, '06:00'),
      endsAt: dayAt(DAY, '19:00'),
    });
    ride = (
      await fx.accepted({
        pickup: near(0.005, 0.005),
        dropoff: near(0.02, 0.02),
        pickupAt: dayAt(DAY, '07:00'),
      })
    ).id;
    await eventually(async () => (await fx.booking(ride)).shift_id === broken.shiftId);
    // The only other van is some twenty minutes away.
    rescue = await fx.shift(provider, {
      depot: near(0.05, 0.05),
      startsAt: dayAt(DAY, '06:00'),
      endsAt: dayAt(DAY, '19:00'),
    });

    // 07:10: the window (07:00-07:15) is passing; the van breaks down before it came.
    const now = dayAt(DAY, '07:10');
    const placed = await at(now, async () => {
      const down = await http().inject({
        method: 'POST',
        url: `/dispatch/shifts/${broken.shiftId}/breakdown`,
        payload: { kind: 'BREAKDOWN' },
        headers: auth,
      });
      expect(down.statusCode).toBe(200);
      expect(down.json().returnedToDispatch).toEqual([ride]);
      return eventually(async () => {
        const b = await fx.booking(ride);
        return b.status === 'SCHEDULED' && b;
      });
    });
    expect(placed.shift_id).toBe(rescue.shiftId);
    const pickup = placed.planned_pickup_at as Date;
    expect(pickup.getTime()).toBeGreaterThanOrEqual(now.getTime());
    expect(pickup.getTime()).toBeGreaterThan(dayAt(DAY, '07:15').getTime());
    for (const s of await fx.stops(rescue.shiftId))
      expect(s.planned_at.getTime()).toBeGreaterThanOrEqual(now.getTime());

    // The rider is texted that time (the scheduled message), never the window nor a past time.
    const told = await eventually(async () => {
      const rows: { text: string }[] = await ds.query(
        `SELECT text FROM notification WHERE booking_id = $1 AND kind = 'BOOKING_SCHEDULED'`,
        [ride],
      );
      return rows.find((r) => r.text.includes(localTimeOf(pickup)));
    });
    expect(told.text).toContain(localTimeOf(pickup));

    // The board marks it late as it marks every late pickup.
    const board = await atInstant(api, now, () =>
      http().inject({ method: 'GET', url: `/dispatch/board?date=${localDateOf(now)}`, headers: auth }),
    );
    const row = (
      board.json().shifts as { id: string; warnings: { code: string; bookingId: string }[] }[]
    ).find((s) => s.id === rescue.shiftId);
    expect(row?.warnings).toContainEqual(expect.objectContaining({ code: 'LATE_RISK', bookingId: ride }));
  });

  it('a van whose rider is already late (picked up late) still takes a new ride that fits after it', async () => {
    // 07:55: the driver picked the rider up at 07:50 (recorded as the driver's app records it);
    // her drop-off's latest time (07:40 and her ride limit) is already out of reach.
    const pickedUp = dayAt(DAY, '07:50');
    await ds.query(`UPDATE route_stop SET actual_at = $2 WHERE booking_id = $1 AND kind = 'PICKUP'`, [
      ride,
      pickedUp,
    ]);
    await ds.query(`UPDATE booking SET status = 'ON_BOARD', actual_pickup_at = $2 WHERE id = $1`, [
      ride,
      pickedUp,
    ]);
    const now = dayAt(DAY, '07:55');
    const next = await at(now, async () => {
      const b = await fx.accepted({
        pickup: near(0.025, 0.02),
        dropoff: near(0.03, 0.04),
        pickupAt: dayAt(DAY, '09:00'),
      });
      return eventually(async () => {
        const x = await fx.booking(b.id);
        return x.status !== 'ACCEPTED' && { id: b.id, ...x };
      });
    });
    expect(next.status).toBe('SCHEDULED');
    expect(next.shift_id).toBe(rescue.shiftId);
    const stops = await fx.stops(rescue.shiftId);
    const order = stops
      .filter((s) => s.planned_at >= now)
      .map((s) => `${s.booking_id === ride ? 'late' : 'new'}.${s.kind}`);
    expect(order).toEqual(['late.DROPOFF', 'new.PICKUP', 'new.DROPOFF']);
    expect((next.planned_pickup_at as Date).getTime()).toBe(dayAt(DAY, '09:00').getTime());
  });
  it("today's re-plan starts from now: a ride whose window has passed is planned at or after now", async () => {
    // 07:56: a ride due at 08:00-08:15 goes on the van after the late drop-off.
    const due = await at(dayAt(DAY, '07:56'), async () => {
      const b = await fx.accepted({
        pickup: near(0.025, 0.025),
        dropoff: near(0.03, 0.03),
        pickupAt: dayAt(DAY, '08:00'),
      });
      return (
        await eventually(async () => {
          const x = await fx.booking(b.id);
          return x.status === 'SCHEDULED' && { id: b.id, ...x };
        })
      ).id;
    });
    // 08:30: the van has not come; the dispatcher re-plans today.
    const now = dayAt(DAY, '08:30');
    const run = await at(now, async () => {
      const start = await http().inject({
        method: 'POST',
        url: '/dispatch/plan',
        payload: { regionKato: ALMATY, date: localDateOf(now) },
        headers: auth,
      });
      expect(start.statusCode).toBe(202);
      return eventually(async () => {
        const [r] = (await ds.query(`SELECT status, note, proposal FROM plan_run WHERE id = $1`, [
          start.json().id,
        ])) as {
          status: string;
          note: string | null;
          proposal: { routes: { stops: { bookingId: string; plannedAt: string }[] }[] } | null;
        }[];
        return ['PROPOSED', 'DONE', 'FAILED'].includes(r!.status) && r;
      }, 30000);
    });
    // A proposal keeps every ride (the late ones as late as they must be), none in the past.
    expect(run.status).toBe('PROPOSED');
    const stops = run.proposal!.routes.flatMap((r) => r.stops);
    expect(stops.map((x) => x.bookingId)).toContain(due);
    for (const x of stops) expect(new Date(x.plannedAt).getTime()).toBeGreaterThanOrEqual(now.getTime());
  });
});
