// The routes a re-plan starts from (issue 18): a route with one ride already late keeps the rest
// of its rides, so the construction (deterministic, before any time budget) only has the late
// ride and the waitlisted ones to place; the whole route used to be dropped.
import { compileProblem } from './instance';
import { fromRoutes } from './solve';
import { lineProblem } from './testing/line-problem';

describe('fromRoutes', () => {
  const problem = lineProblem(
    [
      { id: 't1', from: 0, to: 10, pickupWindow: [0, 5] },
      // from 10 the vehicle is at 40 only at time 40: late
      { id: 'late', from: 40, to: 45, pickupWindow: [12, 14] },
      { id: 't2', from: 10, to: 20, pickupWindow: [60, 80] },
    ],
    [{ id: 'a', at: 0 }],
  );
  const inst = compileProblem(problem);
  const on = (sol: ReturnType<typeof fromRoutes>, id: string) =>
    sol.routeOf[inst.requestIndex.get(id) as number];

  it('keeps the feasible part of a route and leaves the late ride out', () => {
    const stops = ['t1', 'late', 't2'].flatMap((id) => [
      { requestId: id, kind: 'pickup' as const },
      { requestId: id, kind: 'dropoff' as const },
    ]);
    const sol = fromRoutes(inst, [{ vehicleId: 'a', stops }]);
    expect(on(sol, 't1')).toBe(0);
    expect(on(sol, 't2')).toBe(0);
    expect(on(sol, 'late')).toBe(-1);
  });

  it('takes a feasible route as it is', () => {
    const stops = ['t1', 't2'].flatMap((id) => [
      { requestId: id, kind: 'pickup' as const },
      { requestId: id, kind: 'dropoff' as const },
    ]);
    const sol = fromRoutes(inst, [{ vehicleId: 'a', stops }]);
    expect(on(sol, 't1')).toBe(0);
    expect(on(sol, 't2')).toBe(0);
  });
});
