// Hand-checked routes on a line (travel time = distance): feasibility, the schedule, and
// what checkRoute says breaks.
import type { RouteStop } from './model';
import { checkRoute, insertRequest } from './planner';
import { lineProblem, type LineTrip } from './testing/line-problem';

const P = (requestId: string): RouteStop => ({ requestId, kind: 'pickup' });
const D = (requestId: string): RouteStop => ({ requestId, kind: 'dropoff' });

describe('checkRoute: schedules checked by hand', () => {
  it('schedules a simple route as early as possible, with the departure delayed to cut waiting', () => {
    // start 0 -> pickup a at 5 (window opens at 10) -> drop-off at 8 -> back at 0
    const problem = lineProblem(
      [{ id: 'a', from: 5, to: 8, pickupWindow: [10, 20], service: 1 }],
      [{ id: 'v' }],
    );
    const check = checkRoute(problem, 'v', [P('a'), D('a')]);
    expect(check.feasible).toBe(true);
    expect(check.violations).toEqual([]);
    // departure delayed from 0 to 5 so that the vehicle arrives at 10 exactly
    expect(check.schedule.map((s) => s.serviceStart)).toEqual([10, 14]);
  });

  it('keeps a pickup at the start of its window when a later ride leaves waiting in the route (issue 18, F22)', () => {
    // a may be picked up from 10 to 40; b only from 100. Delaying the departure by the forward
    // slack (Cordeau & Laporte step 4) used to move a to 40, the last minute of her window,
    // for nothing but a shorter route: no limit needed it.
    const problem = lineProblem(
      [
        { id: 'a', from: 5, to: 8, pickupWindow: [10, 40] },
        { id: 'b', from: 9, to: 12, pickupWindow: [100, 110] },
      ],
      [{ id: 'v' }],
    );
    const check = checkRoute(problem, 'v', [P('a'), D('a'), P('b'), D('b')]);
    expect(check.feasible).toBe(true);
    const start = Object.fromEntries(check.schedule.map((s) => [`${s.kind} ${s.requestId}`, s.serviceStart]));
    expect(start['pickup a']).toBe(10);
    expect(start['pickup b']).toBe(100);
  });

  // b is picked up at 1 at time 1 sharp, so the vehicle cannot leave later. c's pickup window
  // [30, 40] forces a wait at location 4; a, on board across that wait, would ride from 2 to
  // 31 = 29 > 16 if picked up as early as possible. Delaying a's pickup by its forward time slack
  // (14, bounded by b's ride time) gives a ride of 15: feasible only if the waiting is moved from
  // before c's pickup to before a's pickup (Cordeau & Laporte 2003, step 7).
  const trips = (maxRide: number): LineTrip[] => [
    { id: 'b', from: 1, to: 3, pickupWindow: [1, 1], maxRide },
    { id: 'a', from: 2, to: 5, maxRide },
    { id: 'c', from: 4, to: 6, pickupWindow: [30, 40], maxRide },
  ];
  const order = [P('b'), P('a'), D('b'), P('c'), D('a'), D('c')];

  it('moves waiting later to meet a ride-time limit', () => {
    const check = checkRoute(lineProblem(trips(16), [{ id: 'v' }]), 'v', order);
    expect(check.violations).toEqual([]);
    expect(check.feasible).toBe(true);
    const start = Object.fromEntries(check.schedule.map((s) => [`${s.kind} ${s.requestId}`, s.serviceStart]));
    expect(start['pickup b']).toBe(1);
    expect(start['pickup a']).toBe(16); // not 2: waited 14 there instead of at c's pickup
    expect(start['dropoff b']).toBe(17); // b rides 16, its limit
    expect(start['pickup c']).toBe(30);
    expect(start['dropoff a']).toBe(31); // a rides 15
    expect(start['dropoff c']).toBe(32);
  });

  it('reports the ride time that cannot be met when no waiting can fix it', () => {
    // with a limit of 14: a needs pickup >= 17, then b's drop-off >= 18 and b rides >= 17
    const check = checkRoute(lineProblem(trips(14), [{ id: 'v' }]), 'v', order);
    expect(check.feasible).toBe(false);
    expect(check.violations.map((v) => v.kind)).toContain('ride-time');
  });

  it('reports a missed time window at the stop where it happens', () => {
    const problem = lineProblem(
      [
        { id: 'a', from: 10, to: 20 },
        { id: 'b', from: 5, to: 6, pickupWindow: [0, 12] },
      ],
      [{ id: 'v' }],
    );
    const check = checkRoute(problem, 'v', [P('a'), D('a'), P('b'), D('b')]);
    expect(check.feasible).toBe(false);
    expect(check.violations).toEqual([
      expect.objectContaining({
        kind: 'time-window',
        stopIndex: 2,
        requestId: 'b',
        serviceStart: 35,
        latest: 12,
      }),
    ]);
    expect(checkRoute(problem, 'v', [P('b'), D('b'), P('a'), D('a')]).feasible).toBe(true);
  });

  it('checks capacity against alternative configurations (4 seats, or 3 seats + 1 wheelchair)', () => {
    const minibus = {
      id: 'v',
      capacities: [
        [4, 0],
        [3, 1],
      ],
    };
    const trips: LineTrip[] = [
      { id: 'w', from: 1, to: 9, load: [0, 1] },
      { id: 's3', from: 2, to: 8, load: [3, 0] },
      { id: 's1', from: 3, to: 7, load: [1, 0] },
    ];
    const problem = lineProblem(trips, [minibus]);
    // wheelchair + 3 seats fits [3, 1]
    expect(checkRoute(problem, 'v', [P('w'), P('s3'), D('s3'), D('w')]).feasible).toBe(true);
    // 4 seats fit [4, 0]
    expect(checkRoute(problem, 'v', [P('s3'), P('s1'), D('s1'), D('s3')]).feasible).toBe(true);
    // wheelchair + 4 seats fits neither
    const check = checkRoute(problem, 'v', [P('w'), P('s3'), P('s1'), D('s1'), D('s3'), D('w')]);
    expect(check.feasible).toBe(false);
    expect(check.violations).toEqual([
      expect.objectContaining({ kind: 'capacity', stopIndex: 2, load: [4, 1] }),
    ]);
  });

  it('reports a missing vehicle feature, an order error, an unknown request and route duration', () => {
    const problem = lineProblem(
      [
        { id: 'w', from: 10, to: 20, needs: ['ramp'] },
        { id: 'x', from: 1, to: 2 },
      ],
      [{ id: 'v', maxDuration: 30 }],
    );
    const kinds = (stops: RouteStop[]) => checkRoute(problem, 'v', stops).violations.map((v) => v.kind);
    expect(kinds([P('w'), D('w')])).toEqual(['missing-feature', 'route-duration']); // 40 > 30
    expect(kinds([D('x'), P('x')])).toContain('stop-order');
    expect(kinds([P('nobody'), D('nobody')])).toEqual(['unknown-request', 'unknown-request']);
  });

  it('knows passengers on board: only their drop-off remains, the ride time already counts', () => {
    const problem = lineProblem(
      [{ id: 'on', from: 0, to: 10, maxRide: 15, onBoard: { vehicleId: 'v', pickedUpAt: 95 } }],
      [{ id: 'v', shift: [100, 1000] }],
    );
    // 5 minutes already ridden, 10 to go: exactly the limit
    expect(checkRoute(problem, 'v', [D('on')]).feasible).toBe(true);
    const late = lineProblem(
      [{ id: 'on', from: 0, to: 10, maxRide: 15, onBoard: { vehicleId: 'v', pickedUpAt: 90 } }],
      [{ id: 'v', shift: [100, 1000] }],
    );
    expect(checkRoute(late, 'v', [D('on')]).violations.map((v) => v.kind)).toEqual(['ride-time']);
  });
});

describe('insertRequest', () => {
  it('puts a new booking at its cheapest feasible place and returns the new schedule', () => {
    const problem = lineProblem(
      [
        { id: 'a', from: 10, to: 20 },
        { id: 'new', from: 12, to: 18 },
        { id: 'far', from: 40, to: 45, pickupWindow: [0, 5] },
      ],
      [{ id: 'v1' }, { id: 'v2', at: 30 }],
    );
    const routes = [{ vehicleId: 'v1', stops: [P('a'), D('a')] }];
    const ins = insertRequest(problem, routes, 'new');
    expect(ins).not.toBeNull();
    expect(ins?.vehicleId).toBe('v1');
    expect(ins?.costIncrease).toBe(0); // on the way
    expect(ins?.route.stops.map((s) => `${s.kind[0]}${s.requestId}`)).toEqual(['pa', 'pnew', 'dnew', 'da']);
    expect([ins?.pickupIndex, ins?.dropoffIndex]).toEqual([1, 2]);
    expect(insertRequest(problem, routes, 'far')).toBeNull(); // nobody reaches 40 by 5
  });

  it('respects needs: a ramp booking goes to the vehicle with a ramp', () => {
    const problem = lineProblem(
      [{ id: 'w', from: 5, to: 6, needs: ['ramp'] }],
      [{ id: 'near' }, { id: 'ramp', at: 40, features: ['ramp'] }],
    );
    expect(insertRequest(problem, [], 'w')?.vehicleId).toBe('ramp');
  });
});
