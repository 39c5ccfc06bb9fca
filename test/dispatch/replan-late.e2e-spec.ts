import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import { ALMATY, CENTRE, dayAt, Fixtures } from './fixtures';
import { testNow } from '../support/clock';
import { PlanRunEntity } from '@invataxi/persistence';

jest.setTimeout(120000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });
const DAYS = 2;

interface Run {
  id: string;
  status: string;
  note: string | null;
  before: { km: number; meanRideRatio: number; vehiclesUsed: number };
  after: { km: number; meanRideRatio: number };
  rides: {
    bookingId: string;
    kind: string;
    fromPlate: string | null;
    toPlate: string | null;
    oldPickupAt: string | null;
    newPickupAt: string | null;
    pickupAddress: string;
  }[];
  counts: { moved: number; served: number; pinned: number };
}

/**
 * Issue 18, finding 4 (walked again): a ride already late made every re-plan answer "no changes";
 * its whole route was dropped from the search's start and a ride that fitted nowhere on time
 * was "left without a vehicle". Now it keeps its vehicle, as late as it is now, and the rest of
 * the day is planned.
 */
describe('a late ride does not block the re-plan (issue 18)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;
  let auth: { authorization: string };
  const day = addDaysToLocalDate(localDateOf(testNow()), DAYS);

  beforeAll(async () => {
    t = await createTestEnv({
      DISPATCHER_QUEUES: 'outbox,dispatch,plan,notifications',
      // the search must find the obvious move even on a busy machine
      PLAN_TIME_LIMIT_MS: '3000',
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
  const post = (url: string, payload: object = {}, lang = 'en') =>
    http().inject({ method: 'POST', url, payload, headers: { ...auth, 'accept-language': lang } });
  const scheduled = (id: string) =>
    eventually(async () => {
      const b = await fx.booking(id);
      return b.status === 'SCHEDULED' && b;
    });
  const replan = async (body: object = {}): Promise<Run> => {
    const start = await post('/dispatch/plan', { regionKato: ALMATY, date: day, ...body });
    expect(start.statusCode).toBe(202);
    return eventually(async () => {
      const r = await http().inject({
        method: 'GET',
        url: `/dispatch/plan/${start.json().id}`,
        headers: auth,
      });
      const run = r.json() as Run;
      return ['PROPOSED', 'DONE', 'FAILED'].includes(run.status) ? run : undefined;
    }, 30000);
  };
  it('a ride late everywhere keeps its vehicle and the idle vehicle still takes the ride it fits', async () => {
    const p = await fx.provider();
    const b = (
      await fx.shift(p, {
        startsAt: dayAt(DAYS, '07:00'),
        endsAt: dayAt(DAYS, '19:00'),
        depot: near(0, -0.15),
      })
    ).shiftId;
    const r1 = (
      await fx.accepted({
        pickup: near(0.15, 0.16),
        dropoff: near(0.16, 0.17),
        pickupAt: dayAt(DAYS, '09:00'),
      })
    ).id;
    const late = (
      await fx.accepted({
        pickup: near(0.01, -0.14),
        dropoff: near(0.02, -0.13),
        pickupAt: dayAt(DAYS, '12:00'),
      })
    ).id;
    expect((await scheduled(r1)).shift_id).toBe(b);
    expect((await scheduled(late)).shift_id).toBe(b);
    // The dialysis rider is due before any vehicle can be there: late on every plan.
    await ds.query(
      `UPDATE booking SET pickup_earliest = $2, pickup_latest = $2, dropoff_earliest = $2, dropoff_latest = $3 WHERE id = $1`,
      [late, dayAt(DAYS, '06:00'), dayAt(DAYS, '06:20')],
    );
    // An idle vehicle by r1's home starts.
    const a = (
      await fx.shift(p, {
        startsAt: dayAt(DAYS, '07:00'),
        endsAt: dayAt(DAYS, '19:00'),
        depot: near(0.15, 0.15),
      })
    ).shiftId;
    // A third vehicle breaks down before the day starts: its shift is not one of the vehicles used.
    const c = (
      await fx.shift(p, {
        startsAt: dayAt(DAYS, '07:00'),
        endsAt: dayAt(DAYS, '19:00'),
        depot: near(-0.1, 0),
      })
    ).shiftId;
    const broke = await post(`/dispatch/shifts/${c}/breakdown`, { kind: 'BREAKDOWN' });
    expect(broke.statusCode).toBe(200);
    const run = await replan({ releasePinned: true });
    expect(run.before.vehiclesUsed).toBe(1);
    expect(run.note).toBeNull();
    expect(run).toMatchObject({ status: 'PROPOSED' });
    const moved = run.rides.find((r) => r.bookingId === r1);
    expect(moved).toMatchObject({ kind: 'MOVED' });
    expect(a).toBeTruthy();
    lateRide = late;
    lateShift = b;
  });

  let lateRide: string;
  let lateShift: string;

  it('a "no changes" note about a ride left without a vehicle names that ride: addresses, vehicle, time', async () => {
    const saved = await ds.getRepository(PlanRunEntity).save({
      regionKato: ALMATY,
      date: day,
      status: 'DONE',
      progress: 100,
      before: { vehiclesUsed: 1, km: 10, meanRideRatio: 1, bookings: 2 },
      after: { vehiclesUsed: 1, km: 10, meanRideRatio: 1, bookings: 2 },
      note: `WOULD_DROP_SCHEDULED:${lateRide}`,
    });
    const r = await http().inject({ method: 'GET', url: `/dispatch/plan/${saved.id}`, headers: auth });
    const run = r.json() as Run;
    expect(run.note).toBe('WOULD_DROP_SCHEDULED');
    const [plate] = await ds.query(
      `SELECT v.plate FROM shift s JOIN vehicle v ON v.id = s.vehicle_id WHERE s.id = $1`,
      [lateShift],
    );
    expect(run.rides).toEqual([
      expect.objectContaining({
        bookingId: lateRide,
        kind: 'STRANDED',
        fromPlate: plate.plate,
        pickupAddress: 'Pickup address',
        oldPickupAt: expect.any(String),
      }),
    ]);
  });
});
