// Issue 18, walk F10/F17: a lift user's ride waited with "no vehicle works at that time" while
// four vehicles worked and none of those serving his area had a lift (the centre's lift vehicle
// that "fit" in the console serves other districts: the worker rightly did not use it). The
// reason must be what is true: none works then, or none that works has a lift / the places.
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NO_MOBILITY_NEEDS } from '@invataxi/domain';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { ALMATY, CENTRE, dayAt, Fixtures } from './fixtures';

jest.setTimeout(90000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

describe('dispatch: a waitlisted ride says truly why (issue 18, F10/F17)', () => {
  let t: TestEnv;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch' });
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    fx = new Fixtures(ds);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.teardown();
  });

  const waitlisted = (id: string) =>
    eventually(async () => {
      const b = await fx.booking(id);
      return b.status === 'WAITLISTED' && b;
    });

  it('no shift that day: no vehicle works then', async () => {
    await fx.provider();
    const r = await fx.accepted({
      pickup: near(0.01, 0),
      dropoff: near(0.03, 0.02),
      pickupAt: dayAt(4, '09:00'),
    });
    expect((await waitlisted(r.id)).status_reason).toBe('NO_SHIFT_AVAILABLE');
  });

  it('vans work, none with a lift: the reason says a lift, not "no vehicle works"', async () => {
    const provider = await fx.provider([ALMATY]);
    await fx.shift(provider, { startsAt: dayAt(5, '07:00'), endsAt: dayAt(5, '19:00') });
    await fx.shift(provider, {
      startsAt: dayAt(5, '07:00'),
      endsAt: dayAt(5, '19:00'),
      vehicle: { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true },
    });
    const lift = await fx.accepted({
      pickup: near(0.01, 0),
      dropoff: near(0.03, 0.02),
      pickupAt: dayAt(5, '09:00'),
      purpose: 'HAEMODIALYSIS',
      mobility: { ...NO_MOBILITY_NEEDS, wheelchair: 'ELECTRIC', needsLift: true },
    });
    expect((await waitlisted(lift.id)).status_reason).toBe('NO_LIFT_VEHICLE');
    // Six riders travelling together: no van has that many seats.
    const group = await fx.accepted({
      pickup: near(0.01, 0),
      dropoff: near(0.03, 0.02),
      pickupAt: dayAt(5, '10:00'),
      companions: 5,
    });
    expect((await waitlisted(group.id)).status_reason).toBe('NO_VEHICLE_WITH_PLACES');
  });

  it("a suspended driver's shift is not a vehicle that works", async () => {
    const provider = await fx.provider([ALMATY]);
    const s = await fx.shift(provider, { startsAt: dayAt(6, '07:00'), endsAt: dayAt(6, '19:00') });
    await ds.query(`UPDATE driver SET status = 'INACTIVE' WHERE id = $1`, [s.driverId]);
    const r = await fx.accepted({
      pickup: near(0.01, 0),
      dropoff: near(0.03, 0.02),
      pickupAt: dayAt(6, '09:00'),
    });
    const w = await waitlisted(r.id);
    expect(w.shift_id).toBeNull();
    expect(w.status_reason).toBe('NO_SHIFT_AVAILABLE');
  });
});
