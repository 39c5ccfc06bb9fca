// The benchmark's checker must reject what is wrong, or its "feasible" means nothing.
import { checkSolution } from './checker';
import { parseCordeau } from './cordeau';

// 1 vehicle, 2 requests, T = 100, Q = 1, L = 12; nodes on the x axis
const text = `1 2 100 1 12
0 0 0 0 0 0 100
1 1 0 1 1 0 100
2 2 0 1 1 0 100
3 5 0 1 -1 0 100
4 6 0 1 -1 0 100
5 0 0 0 0 0 100
`;
const inst = parseCordeau('tiny', text);

describe('benchmark checker', () => {
  it('accepts a feasible solution and costs it', () => {
    const res = checkSolution(inst, [[1, 3, 2, 4]]);
    expect(res.errors).toEqual([]);
    expect(res.cost).toBeCloseTo(1 + 4 + 3 + 4 + 6);
  });

  it('rejects capacity, order, missing and duplicated visits, and too many routes', () => {
    expect(checkSolution(inst, [[1, 2, 3, 4]]).feasible).toBe(false); // load 2 > 1
    expect(checkSolution(inst, [[3, 1, 2, 4]]).feasible).toBe(false); // drop-off first
    expect(checkSolution(inst, [[1, 3]]).feasible).toBe(false); // request 2 missing
    expect(
      checkSolution(inst, [
        [1, 3],
        [2, 4],
      ]).feasible,
    ).toBe(false); // 2 routes, 1 vehicle
    expect(checkSolution(inst, [[1, 3, 2, 4, 1, 3]]).feasible).toBe(false);
  });

  it('rejects ride times and route durations no schedule can meet', () => {
    const tight = parseCordeau('tight', text.replace('1 2 100 1 12', '1 2 100 1 3'));
    expect(checkSolution(tight, [[1, 3, 2, 4]]).feasible).toBe(false); // ride 1->3 takes 4 + service
    const short = parseCordeau('short', text.replace('1 2 100 1 12', '1 2 15 1 12'));
    expect(checkSolution(short, [[1, 3, 2, 4]]).feasible).toBe(false); // 18 travel + 4 service > 15
  });

  it('rejects a missed time window', () => {
    const late = parseCordeau('late', text.replace('4 6 0 1 -1 0 100', '4 6 0 1 -1 0 8'));
    expect(checkSolution(late, [[1, 3, 2, 4]]).feasible).toBe(false);
    expect(checkSolution(late, [[2, 4, 1, 3]]).feasible).toBe(true);
  });
});
