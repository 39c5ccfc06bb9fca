import type { DataSource } from 'typeorm';
import { addDaysToLocalDate } from '@invataxi/domain';
import { ALMATY, dayAt, type Fixtures } from './fixtures';
import { PlanRunEntity } from '@invataxi/persistence';
import { near, REPLAN_DAYS, replanStack, type ReplanRun } from './replan-harness';

jest.setTimeout(120000);

const DAYS = REPLAN_DAYS;

/**
 * Issue 18, finding 4 (walked again): a ride already late made every re-plan answer "no changes";
 * its whole route was dropped from the search's start and a ride that fitted nowhere on time
 * was "left without a vehicle". Now it keeps its vehicle, as late as it is now, and the rest of
 * the day is planned.
 */
describe('a late ride does not block the re-plan (issue 18)', () => {
  const s = replanStack();
  const { http, post, scheduled, replan } = s;
  const day = s.day;
  let ds: DataSource;
  let fx: Fixtures;
  let auth: { authorization: string };
  beforeAll(() => ({ ds, fx, auth } = s));
  it('a day without shifts says so, not "no changes" (walk t23)', async () => {
    // Three days further than the other tests' day: no shift of theirs runs then.
    const empty = addDaysToLocalDate(day, 3);
    await fx.accepted({
      pickup: near(0.01, 0.01),
      dropoff: near(0.02, 0.02),
      pickupAt: dayAt(DAYS + 3, '10:00'),
    });
    const run = await replan({ date: empty });
    expect(run).toMatchObject({ status: 'DONE', note: 'NO_SHIFTS' });
  });
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
    const run = r.json() as ReplanRun;
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
