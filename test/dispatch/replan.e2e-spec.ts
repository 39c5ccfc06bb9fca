import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { addDaysToLocalDate, localDateOf, localTimeOf } from '@invataxi/domain';
import { eventually } from '../support/test-env';
import { testNow } from '../support/clock';
import { planBasis, RouteModel, type ReplanProposal } from '@invataxi/dispatch';
import { ALMATY, dayAt, type Fixtures } from './fixtures';
import { PlanningProcessor } from '../../apps/dispatcher/src/planning/planning.processor';
import { near, REPLAN_DAYS, replanStack } from './replan-harness';

jest.setTimeout(120000);

const DAYS = REPLAN_DAYS;

/**
 * Issue 18, finding 4: a re-plan is a proposal the dispatcher reads before anything moves;
 * apply only onto the routes it was computed from, discard, undo while no driver has acted;
 * a dispatcher's own assignment stays; riders whose pickup moves are told once.
 */
describe('re-plan with a preview: propose, apply, discard, undo', () => {
  const s = replanStack();
  const { post, scheduled, replan } = s;
  const day = s.day;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;
  beforeAll(() => ({ worker, ds, fx } = s));
  const routeOf = async (shiftId: string) =>
    (await fx.stops(shiftId)).map((s) => `${s.booking_id}:${s.kind}`);

  let a: string;
  let b: string;
  let r1: string;
  let r2: string;
  let r3: string;

  it('sets up a day: two rides on a far vehicle, and one a dispatcher put there by hand', async () => {
    const p = await fx.provider();
    const shift = async (depot: { lat: number; lon: number }) =>
      (await fx.shift(p, { startsAt: dayAt(DAYS, '07:00'), endsAt: dayAt(DAYS, '19:00'), depot })).shiftId;
    // Only the far vehicle B runs when r1 and r3 are booked: they go on B.
    b = await shift(near(0, -0.15));
    r1 = (
      await fx.accepted({
        pickup: near(0.15, 0.16),
        dropoff: near(0.16, 0.17),
        pickupAt: dayAt(DAYS, '09:00'),
      })
    ).id;
    r3 = (
      await fx.accepted({
        pickup: near(0.14, 0.15),
        dropoff: near(0.13, 0.16),
        pickupAt: dayAt(DAYS, '11:00'),
      })
    ).id;
    expect((await scheduled(r1)).shift_id).toBe(b);
    expect((await scheduled(r3)).shift_id).toBe(b);
    // Then A, by their homes, starts; r2 goes on A and a dispatcher moves it to B on purpose.
    a = await shift(near(0.15, 0.15));
    r2 = (
      await fx.accepted({
        pickup: near(0.15, 0.14),
        dropoff: near(0.16, 0.15),
        pickupAt: dayAt(DAYS, '14:00'),
      })
    ).id;
    const x = await scheduled(r2);
    expect(x.shift_id).toBe(a);
    const moved = await post(`/dispatch/bookings/${r2}/reassign`, { shiftId: b, expectedVersion: x.version });
    expect(moved.statusCode).toBe(200);
  });

  it('a re-plan proposes: the rides it moves, from which vehicle to which, old and new time; nothing moves yet', async () => {
    const before = await routeOf(b);
    const run = await replan();
    expect(run).toMatchObject({ status: 'PROPOSED' });
    expect(run.after.km).toBeLessThan(run.before.km);
    const plates = await ds.query(
      `SELECT s.id, v.plate FROM shift s JOIN vehicle v ON v.id = s.vehicle_id WHERE s.id = ANY($1::uuid[])`,
      [[a, b]],
    );
    const plate = (id: string) => plates.find((x: { id: string }) => x.id === id).plate;
    const moved = run.rides.filter((r) => r.kind === 'MOVED');
    expect(moved.map((r) => r.bookingId)).toContain(r1);
    for (const r of moved) {
      // The rider by surname and initials, as the override table names them (walk F12c).
      expect(r).toMatchObject({
        fromPlate: plate(b),
        toPlate: plate(a),
        pickupAddress: 'Pickup address',
        riderName: 'Test P.',
      });
      expect(r.oldPickupAt).toEqual(expect.any(String));
      expect(r.newPickupAt).toEqual(expect.any(String));
    }
    // The dispatcher's own assignment is kept.
    expect(run.rides.map((r) => r.bookingId)).not.toContain(r2);
    expect(run.counts.pinned).toBe(1);
    // No rider rides longer for the kilometres than the policy's factor allows.
    expect(run.after.meanRideRatio).toBeLessThanOrEqual(Math.max(run.before.meanRideRatio, 1.5));
    // A preview: the routes are as they were.
    expect(await routeOf(b)).toEqual(before);
    expect((await fx.booking(r1)).shift_id).toBe(b);
  });

  it('discard leaves the routes; a proposal decided once cannot be applied, said in words', async () => {
    const run = await replan();
    expect(run).toMatchObject({ status: 'PROPOSED' });
    const before = await routeOf(b);
    const discarded = await post(`/dispatch/plan/${run.id}/discard`);
    expect(discarded.statusCode).toBe(200);
    expect(discarded.json().status).toBe('DISCARDED');
    expect(await routeOf(b)).toEqual(before);
    const late = await post(`/dispatch/plan/${run.id}/apply`, {}, 'ru');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'PLAN_NOT_PROPOSED' });
    expect(late.json().message).not.toMatch(/уже существует/);
  });

  it('an apply onto routes that changed since is refused with 409: re-plan again', async () => {
    const run = await replan();
    expect(run).toMatchObject({ status: 'PROPOSED' });
    // A new ride lands on a route meanwhile.
    const r4 = await fx.accepted({
      pickup: near(0.15, 0.15),
      dropoff: near(0.17, 0.15),
      pickupAt: dayAt(DAYS, '16:00'),
    });
    await scheduled(r4.id);
    const before = await routeOf(b);
    const stale = await post(`/dispatch/plan/${run.id}/apply`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'PLAN_STALE' });
    expect(stale.json().message).toMatch(/Re-plan again/);
    expect(await routeOf(b)).toEqual(before);
    expect((await fx.booking(r1)).shift_id).toBe(b);
  });

  it('apply moves the rides and keeps the override; undo puts every route back', async () => {
    const before = { a: await routeOf(a), b: await routeOf(b) };
    const run = await replan();
    expect(run).toMatchObject({ status: 'PROPOSED' });
    const applied = await post(`/dispatch/plan/${run.id}/apply`);
    expect(applied.statusCode).toBe(200);
    expect(applied.json().status).toBe('APPLIED');
    expect((await fx.booking(r1)).shift_id).toBe(a);
    expect((await fx.booking(r2)).shift_id).toBe(b);
    const consistent = async () => {
      const rows = await ds.query(
        `SELECT b.id, count(rs.*)::int AS n, bool_and(b.shift_id = rs.shift_id) AS same FROM booking b JOIN route_stop rs ON rs.booking_id = b.id
          WHERE b.status = 'SCHEDULED' GROUP BY b.id`,
      );
      for (const r of rows) expect(r).toMatchObject({ n: 2, same: true });
    };
    await consistent();

    const undone = await post(`/dispatch/plan/${run.id}/undo`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json().status).toBe('UNDONE');
    expect({ a: await routeOf(a), b: await routeOf(b) }).toEqual(before);
    expect((await fx.booking(r1)).shift_id).toBe(b);
    await consistent();
    // Once only.
    expect((await post(`/dispatch/plan/${run.id}/undo`)).json()).toMatchObject({ code: 'PLAN_NOT_APPLIED' });
  });

  it('undo is refused, with the reason, once a driver has acted on a ride of the re-plan', async () => {
    const run = await replan();
    expect(run).toMatchObject({ status: 'PROPOSED' });
    expect((await post(`/dispatch/plan/${run.id}/apply`)).statusCode).toBe(200);
    // A's driver opens the manifest: the moved ride is theirs now.
    await ds.query(`UPDATE booking SET confirmed_to_driver = true WHERE id = $1`, [r1]);
    const refused = await post(`/dispatch/plan/${run.id}/undo`, {}, 'ru');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'PLAN_DRIVER_ACTED' });
    expect(refused.json().message).toMatch(/водитель/);
    expect((await fx.booking(r1)).shift_id).toBe(a);
    const [row] = await ds.query(`SELECT status FROM plan_run WHERE id = $1`, [run.id]);
    expect(row.status).toBe('APPLIED');
  });

  it('riders whose pickup moves are told once, naming the ride and the new time; undo tells them again', async () => {
    // A proposal that moves r3's pickup 20 minutes later on its vehicle, on the routes as they are.
    const model = worker.get(RouteModel);
    const { routes, trips } = await model.loadRoutes(ds.manager, [a, b]);
    const shiftOf3 = (await fx.booking(r3)).shift_id as string;
    const later = (d: Date) => new Date(d.getTime() + 20 * 60_000).toISOString();
    const old = (await fx.booking(r3)).planned_pickup_at as Date;
    const proposal: ReplanProposal = {
      shiftIds: [a, b],
      routes: routes.map((r) => ({
        shiftId: r.shift.id,
        stops: r.pending.map((s) => ({
          bookingId: s.bookingId,
          kind: s.kind,
          plannedAt: s.bookingId === r3 ? later(s.plannedAt) : s.plannedAt.toISOString(),
        })),
      })),
      changes: [
        {
          bookingId: r3,
          kind: 'RETIMED',
          fromShiftId: shiftOf3,
          toShiftId: shiftOf3,
          oldPickupAt: old.toISOString(),
          newPickupAt: later(old),
        },
      ],
      served: [],
      leftOut: [],
      pinned: [],
    };
    const [{ id }] = await ds.query(
      `INSERT INTO plan_run (region_kato, date, status, progress, basis, proposal, before, after, requested_by_user_id)
       VALUES ($1, $2, 'PROPOSED', 100, $3, $4, $5, $5, '00000000-0000-4000-8000-0000000000d1') RETURNING id`,
      [
        ALMATY,
        day,
        planBasis(routes, trips, []),
        JSON.stringify(proposal),
        JSON.stringify({ vehiclesUsed: 2, km: 1, meanRideRatio: 1, bookings: 4 }),
      ],
    );
    expect((await post(`/dispatch/plan/${id}/apply`)).statusCode).toBe(200);
    // One message per change (the override's message: PICKUP_TIME_CHANGED, keyed by the new time).
    const told = (at: Date) =>
      eventually(async () => {
        const rows: { text: string }[] = await ds.query(
          `SELECT text FROM notification WHERE booking_id = $1 AND kind = 'PICKUP_TIME_CHANGED' AND dedup_key LIKE $2`,
          [r3, `%.moved.${at.getTime()}.%`],
        );
        return rows.length > 0 && rows;
      }, 20000);
    const first = await told(new Date(later(old)));
    expect(first).toHaveLength(1);
    // It names the ride (the date and where the vehicle comes) and gives the new time.
    expect(first[0].text).toContain(localTimeOf(new Date(later(old))));
    expect(first[0].text).toMatch(/\d{2}\.\d{2}/);
    expect(first[0].text).toContain('Pickup address');
    // The undo puts the old time back, and says so once.
    expect((await post(`/dispatch/plan/${id}/undo`)).statusCode).toBe(200);
    const second = await told(old);
    expect(second).toHaveLength(1);
    expect(second[0].text).toContain(localTimeOf(old));
  });

  it('the evening run applies by itself only when it overrules nobody; else it waits as a proposal', async () => {
    const p = await fx.provider();
    // Two days, each with two rides on a far vehicle and a near one free.
    const setUp = async (days: number) => {
      const shift = async (depot: { lat: number; lon: number }) =>
        (await fx.shift(p, { startsAt: dayAt(days, '07:00'), endsAt: dayAt(days, '19:00'), depot })).shiftId;
      const far = await shift(near(0, -0.15));
      const ride = async (at: string) => {
        const id = (
          await fx.accepted({
            pickup: near(0.15, 0.16),
            dropoff: near(0.16, 0.17),
            pickupAt: dayAt(days, at),
          })
        ).id;
        expect((await scheduled(id)).shift_id).toBe(far);
        return id;
      };
      const rides = [await ride('10:00'), await ride('12:00')];
      const close = await shift(near(0.15, 0.15));
      return { far, close, rides };
    };
    const evening = async (days: number) => {
      const date = addDaysToLocalDate(localDateOf(testNow()), days);
      // The evening schedule's run: no dispatcher asked for it.
      const [{ id }] = await ds.query(
        `INSERT INTO plan_run (region_kato, date) VALUES ($1, $2) RETURNING id`,
        [ALMATY, date],
      );
      await worker.get(PlanningProcessor).planDay({ regionKato: ALMATY, date, runId: id });
      const [run] = await ds.query(`SELECT id, status FROM plan_run WHERE id = $1`, [id]);
      return run as { id: string; status: string };
    };
    const free = await setUp(5);
    const seen = await setUp(6);
    // the far vehicle's own driver has seen a ride by its depot
    const west = (
      await fx.accepted({ pickup: near(0, -0.14), dropoff: near(0.01, -0.13), pickupAt: dayAt(6, '15:00') })
    ).id;
    expect((await scheduled(west)).shift_id).toBe(seen.far);
    await ds.query(`UPDATE booking SET confirmed_to_driver = true WHERE id = $1`, [west]);

    const applied = await evening(5);
    expect(applied.status).toBe('APPLIED');
    for (const r of free.rides) expect((await fx.booking(r)).shift_id).toBe(free.close);
    // A dispatcher can still undo it the next morning.
    expect((await post(`/dispatch/plan/${applied.id}/undo`)).json().status).toBe('UNDONE');
    for (const r of free.rides) expect((await fx.booking(r)).shift_id).toBe(free.far);

    const waiting = await evening(6);
    // A proposal for the dispatcher: the rides in the east would move, nothing has yet.
    expect(waiting.status).toBe('PROPOSED');
    for (const r of [...seen.rides, west]) expect((await fx.booking(r)).shift_id).toBe(seen.far);
  });

  it('a board opened again finds the open proposal; its summary counts every pickup it re-times and says when ride time gets worse', async () => {
    // Finding t18-6/7: a proposal moving r1 to A with a new pickup time, on a day of its own.
    const other = addDaysToLocalDate(day, 1);
    const get = (url: string, auth = s.auth) =>
      s.http().inject({ method: 'GET', url, headers: { ...auth, 'accept-language': 'en' } });
    const latest = () => get(`/dispatch/plan?regionKato=${ALMATY}&date=${other}`);
    expect((await latest()).json()).toEqual({ run: null });
    const at = new Date(`${other}T04:00:00Z`);
    const proposal: ReplanProposal = {
      shiftIds: [a, b],
      routes: [],
      changes: [
        {
          bookingId: r1,
          kind: 'MOVED',
          fromShiftId: b,
          toShiftId: a,
          oldPickupAt: at.toISOString(),
          newPickupAt: new Date(at.getTime() + 22 * 60_000).toISOString(),
        },
        {
          // Moved with the same minute: not a new pickup time.
          bookingId: r3,
          kind: 'MOVED',
          fromShiftId: b,
          toShiftId: a,
          oldPickupAt: at.toISOString(),
          newPickupAt: new Date(at.getTime() + 20_000).toISOString(),
        },
      ],
      served: [],
      leftOut: [],
      pinned: [],
    };
    const figures = (meanRideRatio: number) =>
      JSON.stringify({ vehiclesUsed: 2, km: 5, meanRideRatio, bookings: 3 });
    const [{ id }] = await ds.query(
      `INSERT INTO plan_run (region_kato, date, status, progress, basis, proposal, before, after, requested_by_user_id)
       VALUES ($1, $2, 'PROPOSED', 100, 'x', $3, $4, $5, '00000000-0000-4000-8000-0000000000d1') RETURNING id`,
      [ALMATY, other, JSON.stringify(proposal), figures(2.49), figures(2.55)],
    );
    const found = await latest();
    expect(found.statusCode).toBe(200);
    const run = found.json().run;
    expect(run).toMatchObject({ id, status: 'PROPOSED', rideTimeWorse: true });
    expect(run.counts).toMatchObject({ moved: 2, retimed: 1 });
    // Equal to two digits is not "worse".
    await ds.query(`UPDATE plan_run SET after = $2 WHERE id = $1`, [id, figures(2.494)]);
    expect((await get(`/dispatch/plan/${id}`)).json().rideTimeWorse).toBe(false);
    // Bad input names the field; another region's dispatcher is refused.
    const bad = await get(`/dispatch/plan?regionKato=${ALMATY}&date=tomorrow`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('date');
    const elsewhere = {
      authorization: `Bearer ${s.token({ userId: '00000000-0000-4000-8000-0000000000d2', role: 'DISPATCHER', regionKato: '710000000' })}`,
    };
    expect((await get(`/dispatch/plan?regionKato=${ALMATY}&date=${other}`, elsewhere)).statusCode).toBe(403);
  });
});
