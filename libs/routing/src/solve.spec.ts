// The planning API: pinned requests, passengers on board, the anytime interface.
import { DarpSolver, solve } from './solve';
import { lineProblem, type LineTrip } from './testing/line-problem';

const trips: LineTrip[] = Array.from({ length: 12 }, (_, k) => ({
  id: `t${k}`,
  from: (k * 7) % 40,
  to: (k * 11 + 5) % 40,
  pickupWindow: [k * 10, k * 10 + 30] as const,
  maxRide: 60,
}));

describe('solve', () => {
  it('serves everything it can and plans consistent times', () => {
    const problem = lineProblem(trips, [
      { id: 'a', at: 0 },
      { id: 'b', at: 39 },
    ]);
    const sol = solve(problem, { maxIterations: 200, seed: 3 });
    expect(sol.unassigned).toEqual([]);
    const planned = sol.routes.flatMap((r) => r.stops);
    expect(planned).toHaveLength(2 * trips.length);
    expect(sol.cost).toBeCloseTo(sol.routes.reduce((s, r) => s + r.cost, 0));
  });

  it('keeps locked bookings on their vehicle and moves only the others', () => {
    const locked = trips.map((t, k) => (k % 3 === 0 ? { ...t, lockedToVehicle: 'b' } : t));
    const problem = lineProblem(locked, [
      { id: 'a', at: 0 },
      { id: 'b', at: 20 },
    ]);
    const sol = solve(problem, { maxIterations: 200, seed: 5 });
    expect(sol.unassigned).toEqual([]);
    const onB = new Set(sol.routes.find((r) => r.vehicleId === 'b')?.stops.map((s) => s.requestId));
    for (const t of locked) if (t.lockedToVehicle) expect(onB.has(t.id)).toBe(true);
  });

  it('drops off passengers already on board from their vehicle, with no pickup stop', () => {
    const withRider: LineTrip[] = [
      ...trips,
      { id: 'rider', from: 20, to: 25, maxRide: 40, onBoard: { vehicleId: 'a', pickedUpAt: 0 } },
    ];
    const problem = lineProblem(withRider, [
      { id: 'a', at: 20 },
      { id: 'b', at: 0 },
    ]);
    const sol = solve(problem, { maxIterations: 100, seed: 1 });
    expect(sol.unassigned).toEqual([]);
    const a = sol.routes.find((r) => r.vehicleId === 'a');
    const riderStops = a?.stops.filter((s) => s.requestId === 'rider');
    expect(riderStops?.map((s) => s.kind)).toEqual(['dropoff']);
  });

  describe('a ride already promised (required) on an overloaded day', () => {
    // One seat. The promised ride P (10 -> 20, picked up at 10) overlaps both waiting rides,
    // A (5 -> 15) and B (15 -> 25), which fit one after the other: leaving P out serves two.
    const p: LineTrip = { id: 'P', from: 10, to: 20, pickupWindow: [10, 10], required: true };
    const waiting: LineTrip[] = [
      { id: 'A', from: 5, to: 15, pickupWindow: [5, 8] },
      { id: 'B', from: 15, to: 25, pickupWindow: [15, 18] },
    ];
    const onA = [
      {
        vehicleId: 'a',
        stops: [
          { requestId: 'P', kind: 'pickup' as const },
          { requestId: 'P', kind: 'dropoff' as const },
        ],
      },
    ];
    const seat = { capacities: [[1]] };

    it('is never left out to serve others, however many', () => {
      const sol = solve(lineProblem([p, ...waiting], [{ id: 'a', ...seat }]), {
        maxIterations: 300,
        seed: 1,
        initial: onA,
      });
      expect([...sol.unassigned].sort()).toEqual(['A', 'B']);
      expect(sol.routes[0].stops.map((s) => s.requestId)).toEqual(['P', 'P']);
      // The same rides, nothing promised: serving two beats serving one.
      const free = solve(lineProblem([{ ...p, required: false }, ...waiting], [{ id: 'a', ...seat }]), {
        maxIterations: 300,
        seed: 1,
        initial: onA,
      });
      expect(free.unassigned).toEqual(['P']);
    });

    it('may move to another vehicle, and the waiting rides take the room it leaves', () => {
      const sol = solve(
        lineProblem(
          [p, ...waiting],
          [
            { id: 'a', ...seat },
            { id: 'b', at: 10, ...seat },
          ],
        ),
        {
          maxIterations: 300,
          seed: 1,
          initial: onA,
        },
      );
      expect(sol.unassigned).toEqual([]);
      const on = (v: string) => sol.routes.find((r) => r.vehicleId === v)?.stops.map((s) => s.requestId);
      expect(on('b')).toEqual(['P', 'P']);
      expect(on('a')).toEqual(['A', 'A', 'B', 'B']);
    });
  });

  it('starts from given routes and never returns anything worse', () => {
    const problem = lineProblem(trips.slice(0, 4), [{ id: 'a' }]);
    const initial = [
      {
        vehicleId: 'a',
        stops: trips.slice(0, 4).flatMap((t) => [
          { requestId: t.id, kind: 'pickup' as const },
          { requestId: t.id, kind: 'dropoff' as const },
        ]),
      },
    ];
    const sol = solve(problem, { maxIterations: 50, initial });
    expect(sol.unassigned).toEqual([]);
  });
});

describe('DarpSolver (anytime)', () => {
  it('reports progress and can be polled and stopped while running in slices', async () => {
    const problem = lineProblem(trips, [{ id: 'a' }, { id: 'b', at: 39 }]);
    const reports: number[] = [];
    const solver = new DarpSolver(problem, {
      timeLimitMs: 5_000,
      progressIntervalMs: 0,
      onProgress: (p) => reports.push(p.percent),
    });
    const first = solver.best(); // the construction, before any search
    const done = solver.runAsync(10);
    await new Promise((r) => setTimeout(r, 300));
    const meanwhile = solver.best();
    expect(meanwhile.unassigned.length).toBeLessThanOrEqual(first.unassigned.length);
    solver.stop();
    const final = await done;
    expect(final.unassigned).toEqual([]);
    expect(solver.iterations).toBeGreaterThan(0);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports[reports.length - 1]).toBe(100);
  });
});
