// Degenerate inputs the dispatcher will send sooner or later.
import { solve } from './solve';
import { checkRoute } from './planner';
import { lineProblem } from './testing/line-problem';

describe('degenerate problems', () => {
  it('plans nothing for no requests', () => {
    const sol = solve(lineProblem([], [{ id: 'a' }]), { timeLimitMs: 50 });
    expect(sol.unassigned).toEqual([]);
    expect(sol.cost).toBe(0);
    expect(checkRoute(lineProblem([], [{ id: 'a' }]), 'a', []).feasible).toBe(true);
  });

  it('leaves everything unassigned without vehicles, or when nothing fits', () => {
    expect(solve(lineProblem([{ id: 'x', from: 1, to: 2 }], []), { timeLimitMs: 50 }).unassigned).toEqual([
      'x',
    ]);
    const tooBig = lineProblem([{ id: 'x', from: 1, to: 2, load: [9] }], [{ id: 'a' }]);
    expect(solve(tooBig, { timeLimitMs: 50 }).unassigned).toEqual(['x']);
  });
});
