// buildProblem's present (walk t23): a live move plans each vehicle from now and from its last
// ping, so no stop lands in the past; a future day's plan (no `now`) starts at the shift.
import { DispatchPlanner, HaversineTravelTimeProvider } from '@invataxi/routing';
import { NO_MOBILITY_NEEDS } from '@invataxi/domain';
import { buildProblem, type LoadedRoute, type ShiftRow, type TripRow } from './route-model';

const travel = new HaversineTravelTimeProvider({ detourFactor: 1.3, speedKmhByHour: Array(24).fill(30) });
const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+05:00`);

const shift: ShiftRow = {
  id: 'shift-b',
  providerId: 'p',
  vehicleId: 'v',
  driverId: 'd',
  status: 'ACTIVE',
  statusReason: null,
  startsAt: at('06:00'),
  endsAt: at('19:00'),
  startLat: 43.2389,
  startLon: 76.8897,
  endLat: 43.2389,
  endLon: 76.8897,
  startKato: '751110000',
  seats: 4,
  wheelchairPlaces: 0,
  alternativeLayouts: [],
  hasRamp: false,
  hasLift: false,
  hasRestraints: false,
  vehicleStatus: 'ACTIVE',
  vehicleStatusReason: null,
  driverStatus: 'ACTIVE',
};
const trip: TripRow = {
  id: 'ride',
  status: 'SCHEDULED',
  version: 3,
  regionKato: '750000000',
  shiftId: 'shift-a',
  purpose: 'MEDICAL',
  createdAt: at('05:00'),
  pickupLat: 43.2439,
  pickupLon: 76.8947,
  pickupKato: '751110000',
  dropoffLat: 43.2589,
  dropoffLon: 76.9097,
  pickupEarliest: at('07:00'),
  pickupLatest: at('07:15'),
  dropoffEarliest: at('07:00'),
  dropoffLatest: at('07:45'),
  maxRideSeconds: 3600,
  directSeconds: 600,
  loadSeats: 1,
  loadWheelchairPlaces: 0,
  stepFree: false,
  needsLift: false,
  mobility: NO_MOBILITY_NEEDS,
  boardingSeconds: 60,
  confirmedToDriver: false,
  actualPickupAt: null,
  plannedPickupAt: at('07:00'),
  plannedDropoffAt: at('07:10'),
};
const route: LoadedRoute = { shift, pending: [], served: [] } as unknown as LoadedRoute;

/** The schedule of the ride alone on the vehicle, as the console's fallback checks it. */
async function pickupOf(opts: Parameters<typeof buildProblem>[4]): Promise<{ at: Date; late: boolean }> {
  const built = await buildProblem([route], new Map(), [trip], travel, opts);
  const check = new DispatchPlanner(built.problem).checkRoute(shift.id, [
    { requestId: trip.id, kind: 'pickup' },
    { requestId: trip.id, kind: 'dropoff' },
  ]);
  return {
    at: built.toDate(check.schedule[0]!.serviceStart),
    late: check.violations.some((v) => v.kind === 'time-window'),
  };
}

describe('buildProblem: a live move is planned from now (walk t23)', () => {
  it('without `now` (a future day) the pickup is in its window', async () => {
    const p = await pickupOf({});
    expect(p.at.getTime()).toBe(at('07:00').getTime());
    expect(p.late).toBe(false);
  });

  it('with `now` after the window the pickup is after now, and late', async () => {
    const p = await pickupOf({ now: at('07:40') });
    expect(p.at.getTime()).toBeGreaterThan(at('07:40').getTime());
    expect(p.late).toBe(true);
  });

  it("the vehicle's last ping is where it starts: right at the door, it is there at once", async () => {
    const ping = { lat: trip.pickupLat, lon: trip.pickupLon, at: at('07:39') };
    const fromDepot = await pickupOf({ now: at('07:40') });
    const fromPing = await pickupOf({ now: at('07:40'), positions: new Map([[shift.id, ping]]) });
    expect(fromPing.at.getTime()).toBe(at('07:40').getTime());
    expect(fromDepot.at.getTime()).toBeGreaterThan(fromPing.at.getTime());
    // A ping from after "now" (a clock ahead) is not where the vehicle is now.
    const ahead = await pickupOf({
      now: at('07:40'),
      positions: new Map([[shift.id, { ...ping, at: at('07:50') }]]),
    });
    expect(ahead.at.getTime()).toBe(fromDepot.at.getTime());
  });
});
