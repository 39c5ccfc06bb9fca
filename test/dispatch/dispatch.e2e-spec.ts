import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DataSource as DS } from 'typeorm';
import { SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { JobName, message } from '@invataxi/queue';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { DispatchProcessor } from '../../apps/dispatcher/src/dispatch/dispatch.processor';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { NO_MOBILITY_NEEDS } from '@invataxi/domain';
import { ALMATY, CENTRE, dayAt, Fixtures, tomorrowAt } from './fixtures';

jest.setTimeout(60000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

describe('dispatch: the worker places ACCEPTED bookings on routes', () => {
  let t: TestEnv;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch' });
    worker = await createDispatcher(t.config);
    ds = worker.get(DS);
    fx = new Fixtures(ds);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.teardown();
  });

  const settled = (id: string) =>
    eventually(async () => {
      const b = await fx.booking(id);
      return b.status !== 'ACCEPTED' && b;
    });

  it('schedules a booking with planned times, and pools a second one that fits on the same route', async () => {
    const provider = await fx.provider();
    const a = await fx.shift(provider, { depot: near(0, 0) });
    const b = await fx.shift(provider, { depot: near(0.02, 0.02) });
    const first = await fx.accepted({
      pickup: near(0.01, 0.01),
      dropoff: near(0.05, 0.06),
      pickupAt: tomorrowAt('09:00'),
    });
    const one = await settled(first.id);
    expect(one.status).toBe('SCHEDULED');
    expect([a.shiftId, b.shiftId]).toContain(one.shift_id);
    expect(one.planned_pickup_at!.getTime()).toBeGreaterThanOrEqual(tomorrowAt('09:00').getTime());
    expect(one.planned_pickup_at!.getTime()).toBeLessThanOrEqual(tomorrowAt('09:15').getTime());
    expect(one.planned_dropoff_at!.getTime()).toBeGreaterThan(one.planned_pickup_at!.getTime());
    const stops = await fx.stops(one.shift_id!);
    expect(stops.map((s) => [s.booking_id, s.kind])).toEqual([
      [first.id, 'PICKUP'],
      [first.id, 'DROPOFF'],
    ]);
    expect(stops[0].planned_at.getTime()).toBe(one.planned_pickup_at!.getTime());

    // Next door, same time, same destination: joining the first route costs almost nothing.
    const second = await fx.accepted({
      pickup: near(0.011, 0.011),
      dropoff: near(0.0505, 0.0605),
      pickupAt: tomorrowAt('09:02'),
    });
    const two = await settled(second.id);
    expect(two.status).toBe('SCHEDULED');
    expect(two.shift_id).toBe(one.shift_id);
    const pooled = await fx.stops(one.shift_id!);
    expect(pooled).toHaveLength(4);
    expect(new Set(pooled.map((s) => s.booking_id))).toEqual(new Set([first.id, second.id]));
    // sequence numbers follow the planned times
    const times = pooled.map((s) => s.planned_at.getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    // the job is idempotent: running it again for the same version changes nothing
    const again = await worker.get(DispatchProcessor).jobs.dispatchBooking(second.id, second.version);
    expect(again.kind).toBe('gone');
    expect(await fx.stops(one.shift_id!)).toHaveLength(4);
  });

  it('never puts a wheelchair user in a vehicle without a wheelchair place, however close', async () => {
    const provider = await fx.provider();
    const plain = await fx.shift(provider, { depot: near(0.1, 0.1), vehicle: { seats: 4 } });
    const accessible = await fx.shift(provider, {
      depot: near(-0.1, -0.1),
      vehicle: { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true },
    });
    const ride = await fx.accepted({
      pickup: near(0.1, 0.1),
      dropoff: near(0.12, 0.11),
      pickupAt: tomorrowAt('11:00'),
      wheelchair: true,
    });
    const b = await settled(ride.id);
    expect(b.status).toBe('SCHEDULED');
    expect(b.shift_id).toBe(accessible.shiftId);
    expect(b.shift_id).not.toBe(plain.shiftId);
  });

  it('issue 18: a rider needing step-free boarding rides in a free vehicle with a lift only', async () => {
    const provider = await fx.provider();
    // Nearest: no ramp, no lift. Farther: a lift, no ramp.
    const plain = await fx.shift(provider, { depot: near(0.2, 0.2), vehicle: { seats: 4 } });
    const lift = await fx.shift(provider, {
      depot: near(0.15, 0.15),
      vehicle: { seats: 2, wheelchairPlaces: 1, lift: true, restraints: true },
    });
    const ride = await fx.accepted({
      pickup: near(0.2, 0.2),
      dropoff: near(0.22, 0.21),
      pickupAt: tomorrowAt('12:00'),
      mobility: { ...NO_MOBILITY_NEEDS, stepFree: true },
    });
    const b = await settled(ride.id);
    expect(b.status).toBe('SCHEDULED');
    expect(b.shift_id).toBe(lift.shiftId);
    expect(b.shift_id).not.toBe(plain.shiftId);

    // A wheelchair user whose profile still says needsRamp (the Portal's word, rows stored
    // before the change): a lift serves that too.
    const portalRider = await fx.accepted({
      pickup: near(0.15, 0.15),
      dropoff: near(0.17, 0.16),
      pickupAt: tomorrowAt('14:00'),
      mobility: { wheelchair: 'MANUAL', needsRamp: true, needsLift: false },
    });
    const p = await settled(portalRider.id);
    expect(p.status).toBe('SCHEDULED');
    expect(p.shift_id).toBe(lift.shiftId);
  });

  it('issue 18: a wheelchair that needs a lift is not put in a vehicle with a ramp only', async () => {
    const provider = await fx.provider();
    const ramp = await fx.shift(provider, {
      depot: near(-0.2, -0.2),
      vehicle: { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true },
    });
    const lift = await fx.shift(provider, {
      depot: near(-0.15, -0.15),
      vehicle: { seats: 2, wheelchairPlaces: 1, lift: true, restraints: true },
    });
    const ride = await fx.accepted({
      pickup: near(-0.2, -0.2),
      dropoff: near(-0.22, -0.21),
      pickupAt: tomorrowAt('12:30'),
      mobility: { ...NO_MOBILITY_NEEDS, wheelchair: 'ELECTRIC', needsLift: true },
    });
    const b = await settled(ride.id);
    expect(b.status).toBe('SCHEDULED');
    expect(b.shift_id).toBe(lift.shiftId);
    expect(b.shift_id).not.toBe(ramp.shiftId);
  });

  it('waitlists a booking no route can take, and schedules it when a shift is added', async () => {
    // A one-seat car at 14:00 is taken by the first ride; the second wants the same minutes.
    const provider = await fx.provider();
    await fx.shift(provider, {
      startsAt: dayAt(2, '13:30'),
      endsAt: dayAt(2, '15:30'),
      vehicle: { seats: 1 },
      depot: near(0.2, 0.2),
    });
    const r1 = await fx.accepted({
      pickup: near(0.2, 0.2),
      dropoff: near(0.21, 0.2),
      pickupAt: dayAt(2, '14:00'),
    });
    expect((await settled(r1.id)).status).toBe('SCHEDULED');
    const r2 = await fx.accepted({
      pickup: near(-0.2, -0.2),
      dropoff: near(-0.21, -0.2),
      pickupAt: dayAt(2, '14:00'),
    });
    const w = await settled(r2.id);
    expect(w.status).toBe('WAITLISTED');
    expect(w.status_reason).toBe('NO_FEASIBLE_INSERTION');

    // The providers' side adds a shift and asks for the waitlist to be retried (through the outbox).
    const added = await fx.shift(provider, {
      startsAt: dayAt(2, '13:00'),
      endsAt: dayAt(2, '16:00'),
      depot: near(-0.2, -0.2),
    });
    await transact(ds, SYSTEM_ACTOR, async (uow) => {
      uow.enqueue(
        message(
          JobName.RetryWaitlist,
          { regionKato: ALMATY, reason: 'shift added' },
          `shift.${added.shiftId}`,
        ),
      );
    });
    const s = await eventually(async () => {
      const b = await fx.booking(r2.id);
      return b.status === 'SCHEDULED' && b;
    });
    expect(s.shift_id).toBe(added.shiftId);
  });

  it('hands a booking nobody covers to the procurement fallback', async () => {
    const r = await fx.accepted({
      pickup: { lat: 51.16, lon: 71.47 },
      dropoff: { lat: 51.13, lon: 71.43 },
      pickupAt: tomorrowAt('10:00'),
      pickupKato: '711210000',
      regionKato: '710000000',
    });
    const b = await settled(r.id);
    expect(b.status).toBe('AWAITING_PROCUREMENT');
    const jobs = await ds.query(`SELECT job_name, payload FROM outbox WHERE job_name = $1`, [
      JobName.AggregateDemand,
    ]);
    expect(jobs.map((j: { payload: { regionKato: string } }) => j.payload.regionKato)).toContain('710000000');
  });

  it('frees the place of a cancelled booking and retries the waitlist', async () => {
    const provider = await fx.provider();
    const s = await fx.shift(provider, {
      startsAt: dayAt(3, '16:30'),
      endsAt: dayAt(3, '18:30'),
      vehicle: { seats: 1 },
      depot: near(0.3, -0.3),
    });
    const r1 = await fx.accepted({
      pickup: near(0.3, -0.3),
      dropoff: near(0.31, -0.3),
      pickupAt: dayAt(3, '17:00'),
    });
    expect((await settled(r1.id)).shift_id).toBe(s.shiftId);
    const r2 = await fx.accepted({
      pickup: near(0.3, -0.28),
      dropoff: near(0.29, -0.28),
      pickupAt: dayAt(3, '17:00'),
    });
    expect((await settled(r2.id)).status).toBe('WAITLISTED');
    // the booking engineer's cancel: a status change only; dispatch notices the freed place
    await ds.query(`UPDATE booking SET status = 'CANCELLED', version = version + 1 WHERE id = $1`, [r1.id]);
    const msgs = await worker.get(DispatchProcessor).freeCancelledPlaces();
    expect(msgs.map((m) => m.name)).toEqual([JobName.RetryWaitlist]);
    await transact(ds, SYSTEM_ACTOR, async (uow) => uow.enqueue(...msgs));
    const done = await eventually(async () => {
      const b = await fx.booking(r2.id);
      return b.status === 'SCHEDULED' && b;
    });
    expect(done.shift_id).toBe(s.shiftId);
    expect((await fx.stops(s.shiftId)).map((x) => x.booking_id)).toEqual([r2.id, r2.id]);
  });
});
