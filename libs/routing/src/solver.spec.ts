// Properties of the solver on random small problems, checked by evaluators written here and
// sharing nothing with the solver: (1) every planned route is driveable as planned (the
// planned service-start times are a certificate, re-simulated stop by stop); (2) the route
// check agrees with an exact feasibility test by difference constraints (Bellman-Ford);
// (3) a seed and an iteration budget reproduce the solution.
import fc from 'fast-check';
import type { DialARideProblem, RouteStop, Solution } from './model';
import { checkRoute } from './planner';
import { solve } from './solve';
import { lineProblem, type LineTrip, type LineVehicle } from './testing/line-problem';

const EPS = 1e-6;

const tripArb = (id: number): fc.Arbitrary<LineTrip> =>
  fc
    .record({
      from: fc.integer({ min: 0, max: 29 }),
      to: fc.integer({ min: 0, max: 29 }),
      tightPickup: fc.boolean(),
      windowStart: fc.integer({ min: 0, max: 80 }),
      windowWidth: fc.integer({ min: 0, max: 30 }),
      service: fc.integer({ min: 0, max: 2 }),
      seats: fc.integer({ min: 0, max: 2 }),
      wheelchair: fc.integer({ min: 0, max: 1 }),
      slack: fc.integer({ min: 0, max: 30 }),
      ramp: fc.boolean(),
    })
    .map((t) => {
      const window: [number, number] = [t.windowStart, t.windowStart + t.windowWidth];
      const direct = Math.abs(t.from - t.to);
      return {
        id: `r${id}`,
        from: t.from,
        to: t.to,
        pickupWindow: t.tightPickup ? window : undefined,
        dropoffWindow: t.tightPickup ? undefined : window,
        service: t.service,
        load: [t.seats + (t.wheelchair === 0 && t.seats === 0 ? 1 : 0), t.wheelchair],
        maxRide: direct + t.slack,
        needs: t.wheelchair && t.ramp ? ['ramp'] : undefined,
      };
    });

const vehicleArb = (id: number): fc.Arbitrary<LineVehicle> =>
  fc
    .record({
      at: fc.integer({ min: 0, max: 29 }),
      start: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 40, max: 200 }),
      maxDuration: fc.option(fc.integer({ min: 20, max: 150 }), { nil: undefined }),
      minibus: fc.boolean(),
      ramp: fc.boolean(),
    })
    .map((v) => ({
      id: `v${id}`,
      at: v.at,
      shift: [v.start, v.start + v.length] as const,
      maxDuration: v.maxDuration,
      capacities: v.minibus
        ? [
            [4, 0],
            [3, 1],
          ]
        : [[2, 1]],
      features: v.ramp ? ['ramp'] : [],
    }));

const problemArb: fc.Arbitrary<DialARideProblem> = fc
  .record({ nTrips: fc.integer({ min: 1, max: 8 }), nVehicles: fc.integer({ min: 1, max: 3 }) })
  .chain(({ nTrips, nVehicles }) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: nTrips }, (_, i) => tripArb(i))),
      fc.tuple(...Array.from({ length: nVehicles }, (_, i) => vehicleArb(i))),
    ),
  )
  .map(([trips, vehicles]) => lineProblem(trips, vehicles, 30));

/** Re-drive every route with its planned times; list everything that does not hold. */
function certificateErrors(problem: DialARideProblem, solution: Solution): string[] {
  const errors: string[] = [];
  const { size, durations } = problem.travel;
  const travel = (a: number, b: number) => durations[a * size + b];
  const reqs = new Map(problem.requests.map((r) => [r.id, r]));
  const count = new Map<string, number>();
  for (const id of solution.unassigned) count.set(id, (count.get(id) ?? 0) + 1);
  for (const route of solution.routes) {
    const veh = problem.vehicles.find((v) => v.id === route.vehicleId);
    if (!veh) {
      errors.push(`unknown vehicle ${route.vehicleId}`);
      continue;
    }
    const onBoard = new Map<string, number>(); // request -> end of pickup service
    const load = [0, 0];
    let here = veh.startLocation;
    let free = route.departure; // when the vehicle can leave `here`
    if (route.departure < veh.earliestStart - EPS) errors.push(`${veh.id} leaves before its shift`);
    for (const stop of route.stops) {
      const req = reqs.get(stop.requestId);
      if (!req) {
        errors.push(`unknown request ${stop.requestId}`);
        continue;
      }
      const spec = stop.kind === 'pickup' ? req.pickup : req.dropoff;
      const arrive = free + travel(here, spec.location);
      if (stop.serviceStart < arrive - EPS) errors.push(`${veh.id}: ${stop.requestId} served before arrival`);
      if (stop.serviceStart < spec.earliest - EPS || stop.serviceStart > spec.latest + EPS)
        errors.push(`${veh.id}: ${stop.kind} ${stop.requestId} outside its window`);
      if (stop.kind === 'pickup') {
        count.set(req.id, (count.get(req.id) ?? 0) + 1);
        onBoard.set(req.id, stop.serviceStart + spec.serviceTime);
        for (const need of req.needs ?? [])
          if (!(veh.features ?? []).includes(need)) errors.push(`${veh.id} lacks ${need}`);
        load[0] += req.load[0] ?? 0;
        load[1] += req.load[1] ?? 0;
        if (!veh.capacities.some((c) => load[0] <= (c[0] ?? 0) && load[1] <= (c[1] ?? 0)))
          errors.push(`${veh.id}: load ${load} fits no configuration`);
      } else {
        const left = onBoard.get(req.id);
        if (left === undefined) errors.push(`${veh.id}: ${req.id} dropped before pickup`);
        else if (stop.serviceStart - left > req.maxRideTime + EPS)
          errors.push(`${veh.id}: ${req.id} rides too long`);
        onBoard.delete(req.id);
        load[0] -= req.load[0] ?? 0;
        load[1] -= req.load[1] ?? 0;
      }
      here = spec.location;
      free = stop.serviceStart + spec.serviceTime;
    }
    if (onBoard.size > 0) errors.push(`${veh.id}: passengers never dropped`);
    const arrive = free + travel(here, veh.endLocation);
    if (route.arrival < arrive - EPS) errors.push(`${veh.id}: arrives before it can`);
    if (route.arrival > veh.latestEnd + EPS) errors.push(`${veh.id}: shift overrun`);
    if (route.arrival - route.departure > (veh.maxRouteDuration ?? Infinity) + EPS)
      errors.push(`${veh.id}: too long`);
  }
  for (const r of problem.requests)
    if (count.get(r.id) !== 1) errors.push(`request ${r.id} planned ${count.get(r.id) ?? 0} times`);
  return errors;
}

/**
 * Exact: does any schedule exist for these stops? Service starts x_k with windows, travel
 * x_{k+1} >= x_k + s_k + t, ride x_d - x_p - s_p <= L, duration: difference constraints,
 * feasible iff the constraint graph has no negative cycle.
 */
function scheduleExists(problem: DialARideProblem, vehicleId: string, stops: readonly RouteStop[]): boolean {
  const veh = problem.vehicles.find((v) => v.id === vehicleId);
  if (!veh) return false;
  const { size, durations } = problem.travel;
  const reqs = new Map(problem.requests.map((r) => [r.id, r]));
  const pts = [
    { loc: veh.startLocation, s: 0, e: veh.earliestStart, l: veh.latestEnd },
    ...stops.map((st) => {
      const req = reqs.get(st.requestId);
      if (!req) throw new Error('unknown');
      const sp = st.kind === 'pickup' ? req.pickup : req.dropoff;
      return { loc: sp.location, s: sp.serviceTime, e: sp.earliest, l: sp.latest };
    }),
    { loc: veh.endLocation, s: 0, e: veh.earliestStart, l: veh.latestEnd },
  ];
  const edges: [number, number, number][] = []; // x_b - x_a <= w, node 0 = time zero
  pts.forEach((p, k) => {
    edges.push([0, k + 1, p.l + EPS], [k + 1, 0, -p.e]);
    if (k + 1 < pts.length) edges.push([k + 2, k + 1, -(p.s + durations[p.loc * size + pts[k + 1].loc])]);
  });
  stops.forEach((st, a) => {
    if (st.kind !== 'pickup') return;
    const b = stops.findIndex((x) => x.requestId === st.requestId && x.kind === 'dropoff');
    const req = reqs.get(st.requestId);
    if (b > a && req) edges.push([a + 2, b + 2, req.maxRideTime + req.pickup.serviceTime + EPS]);
  });
  edges.push([1, pts.length, (veh.maxRouteDuration ?? Infinity) + EPS]);
  const dist = new Array<number>(pts.length + 1).fill(0);
  for (let it = 0; it <= pts.length + 1; it++) {
    let changed = false;
    for (const [a, b, w] of edges)
      if (dist[a] + w < dist[b] - 1e-12) {
        dist[b] = dist[a] + w;
        changed = true;
      }
    if (!changed) return true;
  }
  return false;
}

describe('solve on random small problems', () => {
  it('plans only routes that can be driven as planned, and every request exactly once', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 1000 }), (problem, seed) => {
        const solution = solve(problem, { maxIterations: 40, timeLimitMs: 10_000, seed });
        expect(certificateErrors(problem, solution)).toEqual([]);
        for (const route of solution.routes)
          expect(checkRoute(problem, route.vehicleId, route.stops).feasible).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('serves a request that fits an empty vehicle on its own', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const one = {
          ...problem,
          requests: problem.requests.slice(0, 1),
          vehicles: problem.vehicles.slice(0, 1),
        };
        const alone = scheduleExists(one, one.vehicles[0].id, [
          { requestId: one.requests[0].id, kind: 'pickup' },
          { requestId: one.requests[0].id, kind: 'dropoff' },
        ]);
        const needs = one.requests[0].needs ?? [];
        const equipped = needs.every((n) => (one.vehicles[0].features ?? []).includes(n));
        const load = one.requests[0].load;
        const fitsSomewhere = one.vehicles[0].capacities.some((c) => load.every((q, k) => q <= (c[k] ?? 0)));
        const solution = solve(one, { maxIterations: 5 });
        expect(solution.unassigned.length === 0).toBe(alone && equipped && fitsSomewhere);
      }),
      { numRuns: 200 },
    );
  });

  it('route check agrees with an exact difference-constraint test on random stop orders', () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (problem, keys) => {
        // a random interleaving of all pickups and drop-offs, each pickup before its drop-off
        const stops: RouteStop[] = [];
        const pending = problem.requests.map((r) => r.id);
        const picked: string[] = [];
        let k = 0;
        while (pending.length + picked.length > 0) {
          const choice = keys[k++ % keys.length] % (pending.length + picked.length);
          if (choice < pending.length) {
            const [id] = pending.splice(choice, 1);
            stops.push({ requestId: id, kind: 'pickup' });
            picked.push(id);
          } else {
            const [id] = picked.splice(choice - pending.length, 1);
            stops.push({ requestId: id, kind: 'dropoff' });
          }
        }
        // capacity and features out of the picture: a big vehicle with everything
        const big = {
          ...problem,
          vehicles: [{ ...problem.vehicles[0], capacities: [[99, 99]], features: ['ramp'] }],
        };
        const check = checkRoute(big, big.vehicles[0].id, stops);
        expect(check.feasible).toBe(scheduleExists(big, big.vehicles[0].id, stops));
      }),
      { numRuns: 500 },
    );
  });
});

describe('determinism', () => {
  it('reproduces the solution for a seed and an iteration budget', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 1000 }), (problem, seed) => {
        const a = solve(problem, { maxIterations: 30, timeLimitMs: 60_000, seed });
        const b = solve(problem, { maxIterations: 30, timeLimitMs: 60_000, seed });
        expect(b).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });
});
