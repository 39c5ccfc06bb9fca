// allowLateness (issue 23, f23place): planned from now, a late stop is a fact, not a reason to
// refuse its vehicle every new ride, and a promised ride whose window is passing is placed late
// (at or after now), never in the past nor refused.
import { DispatchPlanner, HaversineTravelTimeProvider } from '@invataxi/routing';
import { NO_MOBILITY_NEEDS } from '@invataxi/domain';
import { allowLateness } from './lateness';
import { buildProblem, type LoadedRoute, type ShiftRow, type StopRow, type TripRow } from './route-model';

const travel = new HaversineTravelTimeProvider({ detourFactor: 1.3, speedKmhByHour: Array(24).fill(30) });
const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+05:00`);

const shift = {
  id: 'shift-b',
  status: 'ACTIVE',
  startsAt: at('06:00'),
  endsAt: at('19:00'),
  startLat: 43.2389,
  startLon: 76.8897,
  endLat: 43.2389,
  endLon: 76.8897,
  seats: 4,
  wheelchairPlaces: 0,
  alternativeLayouts: [],
  hasRamp: false,
  hasLift: false,
  hasRestraints: false,
} as unknown as ShiftRow;

function ride(id: string, from: string, to: string, over: Partial<TripRow> = {}): TripRow {
  return {
    id,
    status: 'SCHEDULED',
    version: 1,
    pickupLat: 43.2439,
    pickupLon: 76.8947,
    pickupKato: '751110000',
    dropoffLat: 43.2589,
    dropoffLon: 76.9097,
    pickupEarliest: at(from),
    pickupLatest: at(to),
    dropoffEarliest: at(from),
    dropoffLatest: new Date(at(to).getTime() + 30 * 60_000),
    maxRideSeconds: 1800,
    directSeconds: 600,
    loadSeats: 1,
    loadWheelchairPlaces: 0,
    stepFree: false,
    needsLift: false,
    mobility: NO_MOBILITY_NEEDS,
    boardingSeconds: 60,
    confirmedToDriver: false,
    actualPickupAt: null,
    ...over,
  } as TripRow;
}

const late = ride('late', '07:00', '07:15');
const stop = (kind: 'PICKUP' | 'DROPOFF', plannedAt: Date) =>
  ({ shiftId: shift.id, bookingId: late.id, kind, plannedAt, actualAt: null }) as unknown as StopRow;
/** The vehicle still has the 07:00-07:15 ride to do; it is 07:40. */
const route: LoadedRoute = {
  shift,
  served: [],
  pending: [stop('PICKUP', at('07:05')), stop('DROPOFF', at('07:20'))],
};
const trips = new Map([[late.id, late]]);

async function insert(extra: TripRow, now?: Date) {
  const built = await buildProblem([route], trips, [extra], travel, now ? { now } : {});
  const ins = new DispatchPlanner(built.problem).insertRequest(built.initial, extra.id);
  const when = (id: string, kind: 'pickup' | 'dropoff') => {
    const s = ins?.route.stops.find((x) => x.requestId === id && x.kind === kind);
    return s ? built.toDate(s.serviceStart) : undefined;
  };
  return { ins, when, built };
}

describe('allowLateness: lateness already a fact is allowed, not added to', () => {
  it('a vehicle with a stop already late still takes a new ride that fits after it', async () => {
    const next = ride('next', '09:00', '09:15', { status: 'ACCEPTED' });
    const { ins, when } = await insert(next, at('07:40'));
    expect(ins?.route.stops.map((s) => `${s.requestId}.${s.kind}`)).toEqual([
      'late.pickup',
      'late.dropoff',
      'next.pickup',
      'next.dropoff',
    ]);
    // The late ride is picked up as soon as the vehicle can be there, not in the past.
    expect(when('late', 'pickup')!.getTime()).toBeGreaterThanOrEqual(at('07:40').getTime());
    expect(when('next', 'pickup')!.getTime()).toBe(at('09:00').getTime());
  });

  it('a new ride may not make the late stop later: it is not put before it', async () => {
    // Its window would fit only before the late ride's pickup.
    const early = ride('early', '07:40', '07:45', { status: 'ACCEPTED', dropoffLat: 43.3, dropoffLon: 77.0 });
    const { ins } = await insert(early, at('07:40'));
    expect(ins).toBeNull();
  });

  it('an accepted ride whose window is passing is placed late, at or after now', async () => {
    const sentBack = ride('sent-back', '07:30', '07:45', { status: 'ACCEPTED' });
    const { ins, when } = await insert(sentBack, at('07:44'));
    expect(ins).not.toBeNull();
    const pickup = when('sent-back', 'pickup')!;
    expect(pickup.getTime()).toBeGreaterThan(at('07:45').getTime());
    expect(pickup.getTime()).toBeGreaterThanOrEqual(at('07:44').getTime());
  });

  it('a waitlisted ride whose window is passing is not placed late (it was never promised)', async () => {
    const waiting = ride('waiting', '07:30', '07:45', { status: 'WAITLISTED' });
    expect((await insert(waiting, at('07:44'))).ins).toBeNull();
  });

  it('without now (a future day, the benchmark) nothing is relaxed', async () => {
    const built = await buildProblem([route], trips, [], travel, {});
    expect(allowLateness(built.problem, built.initial)).toEqual(built.problem);
    // and a problem with no late stop is left as it is
    const planned = await buildProblem([route], trips, [], travel, { now: at('06:00') });
    expect(planned.problem.requests[0]!.pickup.latest).toBe((at('07:15').getTime() - planned.origin) / 1000);
  });
});
