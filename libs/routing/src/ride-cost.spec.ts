// The ride-time term of the objective (issue 18, walk F12a: the re-plan minimised kilometres
// only and stretched riders' rides, mean ride-time ratio 1.4 -> 2.3). With rideTimeCost, a
// route costs its length plus rideTimeCost x its passengers' travel on board beyond direct;
// the insertion's cost must be exactly what the route's cost grows by, or the search would
// choose by one number and judge by another. What the term does to a re-plan:
// apps/dispatcher/src/planning/ride-limits.spec.ts.
import fc from 'fast-check';
import type { DialARideProblem, TripRequest } from './model';
import { compileProblem } from './instance';
import { Inserter } from './insertion';
import { RoutePlan } from './route-plan';
import { RouteEvaluator } from './schedule';

/** Points on a grid, travel time = distance = Euclidean x 100, rounded. */
function grid(points: readonly (readonly [number, number])[]) {
  const size = points.length;
  const durations = new Float64Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++)
      durations[i * size + j] = Math.round(
        Math.hypot(points[i]![0] - points[j]![0], points[i]![1] - points[j]![1]) * 100,
      );
  return { size, durations };
}

const loose = (id: string, from: number, to: number): TripRequest => ({
  id,
  pickup: { location: from, serviceTime: 0, earliest: 0, latest: 100_000 },
  dropoff: { location: to, serviceTime: 0, earliest: 0, latest: 200_000 },
  load: [1, 0],
  maxRideTime: 100_000,
});

const vehicle = (id: string) => ({
  id,
  startLocation: 0,
  endLocation: 0,
  earliestStart: 0,
  latestEnd: 500_000,
  capacities: [[4, 0]],
});

describe('the ride-time term of the objective', () => {
  it("an insertion's cost is what it adds to the route's cost (length + weighted extra ride)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), {
          minLength: 10,
          maxLength: 10,
        }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (pts, trips, w) => {
          const problem: DialARideProblem = {
            requests: trips.map(([a, b], k) => loose(`r${k}`, a, b)),
            vehicles: [vehicle('v')],
            travel: grid(pts),
            rideTimeCost: w,
          };
          const inst = compileProblem(problem);
          const route = new RoutePlan(inst, 0);
          const inserter = new Inserter(inst, new RouteEvaluator(inst));
          for (let r = 0; r < inst.nRequests; r++) {
            const before = route.cost;
            const c = inserter.bestInsertion(route, r);
            expect(Number.isFinite(c)).toBe(true);
            route.insert(r, inserter.pickupAfter, inserter.dropoffAfter);
            expect(route.cost - before).toBeCloseTo(c, 6);
          }
        },
      ),
      { numRuns: 200, seed: 18 },
    );
  });
});
