import { distanceMetres } from '@invataxi/domain';
import { decide, nextStop, positionOnLeg, type Behaviour, type DriverState, type Stop } from './route';

const HOME = { lat: 51.1, lon: 71.4 };
const CLINIC = { lat: 51.16, lon: 71.46 };
const DEPOT = { lat: 51.12, lon: 71.42 };
const T0 = Date.parse('2026-12-07T04:00:00Z');
const MIN = 60_000;
// A straight-line model at 30 km/h, as the simulator would take from the travel-time provider.
const travel = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number =>
  distanceMetres(a, b) / (30_000 / 3600);

/** Rider b1's ride: picked up at home (planned T0 + 30 min), dropped off at the clinic (T0 + 50 min). */
function stops(status: string, version = 3): Stop[] {
  const at = (kind: Stop['kind'], planned: number, from: number, place: typeof HOME): Stop => ({
    bookingId: 'b1',
    kind,
    bookingStatus: status,
    version,
    plannedAt: new Date(T0 + planned * MIN),
    windowFrom: new Date(T0 + from * MIN),
    windowTo: new Date(T0 + (from + 15) * MIN),
    ...place,
  });
  return [at('PICKUP', 30, 25, HOME), at('DROPOFF', 50, 40, CLINIC)];
}

const punctual: Behaviour = { lateMinutes: 0, noShow: () => false, boardingSeconds: 120 };

describe('a simulated driver following the planned route', () => {
  it('leaves so as to reach the pick-up at its planned time, then reports arrived there', () => {
    const state: DriverState = { position: DEPOT, leg: null, busyUntil: 0 };
    const drive = travel(DEPOT, HOME) * 1000;
    const leaveAt = T0 + 30 * MIN - drive;
    expect(decide(state, stops('SCHEDULED'), leaveAt - 1000, travel, punctual)).toEqual({ kind: 'wait' });
    expect(decide(state, stops('SCHEDULED'), leaveAt, travel, punctual)).toEqual({
      kind: 'report',
      bookingId: 'b1',
      status: 'EN_ROUTE',
      version: 3,
    });
    // Half way, the vehicle is half way along the line.
    const mid = positionOnLeg(state.leg!, leaveAt + drive / 2);
    expect(mid.lat).toBeCloseTo((DEPOT.lat + HOME.lat) / 2, 6);
    expect(decide(state, stops('EN_ROUTE', 4), leaveAt + drive / 2, travel, punctual).kind).toBe('wait');
    expect(decide(state, stops('EN_ROUTE', 4), T0 + 30 * MIN, travel, punctual)).toMatchObject({
      status: 'ARRIVED',
    });
    expect(state.position).toEqual(HOME);
  });

  it('an early driver reaches the door the chosen minutes before the window opens (t22 M6)', () => {
    const early: Behaviour = { ...punctual, earlyMinutes: (id) => (id === 'b1' ? 5 : 0) };
    const state: DriverState = { position: DEPOT, leg: null, busyUntil: 0 };
    const drive = travel(DEPOT, HOME) * 1000;
    // The window opens at T0 + 25 (planned T0 + 30): at the door at T0 + 20, 5 minutes early.
    const leaveAt = T0 + 20 * MIN - drive;
    expect(decide(state, stops('SCHEDULED'), leaveAt - 1000, travel, early)).toEqual({ kind: 'wait' });
    expect(decide(state, stops('SCHEDULED'), leaveAt, travel, early)).toMatchObject({ status: 'EN_ROUTE' });
    expect(decide(state, stops('EN_ROUTE', 4), T0 + 20 * MIN - 1000, travel, early).kind).toBe('wait');
    expect(decide(state, stops('EN_ROUTE', 4), T0 + 20 * MIN, travel, early)).toMatchObject({
      status: 'ARRIVED',
    });
  });

  it('boards the rider, drives them to the drop-off and completes there', () => {
    const state: DriverState = { position: HOME, leg: null, busyUntil: 0 };
    expect(decide(state, stops('ARRIVED', 5), T0 + 31 * MIN, travel, punctual)).toMatchObject({
      status: 'ON_BOARD',
    });
    const t = T0 + 33 * MIN;
    expect(decide(state, stops('ON_BOARD', 6), t, travel, punctual)).toEqual({ kind: 'wait' });
    expect(state.leg).toMatchObject({ bookingId: 'b1', kind: 'DROPOFF', to: CLINIC });
    const arrive = state.leg!.arriveAt;
    expect(arrive - t).toBeCloseTo(travel(HOME, CLINIC) * 1000, 0);
    expect(decide(state, stops('ON_BOARD', 6), arrive - 1, travel, punctual).kind).toBe('wait');
    expect(decide(state, stops('ON_BOARD', 6), arrive, travel, punctual)).toMatchObject({
      status: 'COMPLETED',
      version: 6,
    });
    // Nothing left: the vehicle waits where it is.
    expect(decide(state, stops('COMPLETED', 7), arrive + MIN, travel, punctual)).toEqual({ kind: 'wait' });
    expect(state.position).toEqual(CLINIC);
  });

  it('a late driver leaves late; a rider who does not come out is a no-show; busy means wait', () => {
    const late: DriverState = { position: DEPOT, leg: null, busyUntil: 0 };
    const leaveAt = T0 + 30 * MIN - travel(DEPOT, HOME) * 1000;
    const behaviour: Behaviour = { lateMinutes: 20, noShow: (id) => id === 'b1', boardingSeconds: 120 };
    expect(decide(late, stops('SCHEDULED'), leaveAt + 19 * MIN, travel, behaviour).kind).toBe('wait');
    expect(decide(late, stops('SCHEDULED'), leaveAt + 20 * MIN, travel, behaviour)).toMatchObject({
      status: 'EN_ROUTE',
    });
    const atDoor: DriverState = { position: HOME, leg: null, busyUntil: T0 + 40 * MIN };
    expect(decide(atDoor, stops('ARRIVED'), T0 + 35 * MIN, travel, behaviour).kind).toBe('wait');
    expect(decide(atDoor, stops('ARRIVED'), T0 + 40 * MIN, travel, behaviour)).toMatchObject({
      status: 'NO_SHOW',
    });
  });

  it('a rider gone once the vehicle comes after the window: the driver finds nobody (walk h3 finding 3)', () => {
    // The window T0+25..T0+40; a driver 25 minutes late reaches the door at T0+55, 15 minutes
    // after it closed: the rider has gone.
    const behaviour: Behaviour = { ...punctual, lateMinutes: 25, goneWhenLate: (id) => id === 'b1' };
    const state: DriverState = { position: DEPOT, leg: null, busyUntil: 0 };
    const leaveAt = T0 + 55 * MIN - travel(DEPOT, HOME) * 1000;
    expect(decide(state, stops('SCHEDULED'), leaveAt, travel, behaviour)).toMatchObject({
      status: 'EN_ROUTE',
    });
    expect(decide(state, stops('EN_ROUTE', 4), T0 + 55 * MIN, travel, behaviour)).toMatchObject({
      status: 'ARRIVED',
    });
    expect(decide(state, stops('ARRIVED', 5), T0 + 57 * MIN, travel, behaviour)).toMatchObject({
      status: 'NO_SHOW',
    });
    // 5 minutes after the window (the driver 10 minutes late), the rider still waits and boards.
    const lateish = { ...behaviour, lateMinutes: 10 };
    const soon: DriverState = { position: DEPOT, leg: null, busyUntil: 0 };
    decide(soon, stops('SCHEDULED'), T0 + 40 * MIN - travel(DEPOT, HOME) * 1000, travel, lateish);
    expect(decide(soon, stops('EN_ROUTE', 4), T0 + 45 * MIN, travel, lateish)).toMatchObject({
      status: 'ARRIVED',
    });
    expect(decide(soon, stops('ARRIVED', 5), T0 + 47 * MIN, travel, lateish)).toMatchObject({
      status: 'ON_BOARD',
    });
    // The same rider with the vehicle inside the window comes out and boards.
    const onTime: DriverState = { position: DEPOT, leg: null, busyUntil: 0 };
    const early = { ...behaviour, lateMinutes: 0 };
    decide(onTime, stops('SCHEDULED'), T0 + 30 * MIN - travel(DEPOT, HOME) * 1000, travel, early);
    expect(decide(onTime, stops('EN_ROUTE', 4), T0 + 30 * MIN, travel, early)).toMatchObject({
      status: 'ARRIVED',
    });
    expect(decide(onTime, stops('ARRIVED', 5), T0 + 32 * MIN, travel, early)).toMatchObject({
      status: 'ON_BOARD',
    });
  });

  it('works the stops in the planned order, skipping what is served or cancelled', () => {
    const two: Stop[] = [
      { ...stops('CANCELLED')[0]!, bookingId: 'gone' },
      { ...stops('ON_BOARD')[0]!, bookingId: 'b2' },
      ...stops('SCHEDULED'),
      { ...stops('ON_BOARD')[1]!, bookingId: 'b2' },
    ];
    expect(nextStop(two)).toMatchObject({ bookingId: 'b1', kind: 'PICKUP' });
    expect(nextStop(stops('NO_SHOW'))).toBeNull();
  });
});
