// CI-sized run of the dial-a-ride benchmark: two small Cordeau instances, about a second
// each, every solution re-checked by the benchmark's independent checker. A check that the
// benchmark runs and finds feasible solutions, not a timing test.
import { join } from 'node:path';
import { runBench } from '../bench/run-bench';

// The two instances live in the repository (bench/fixtures): the smoke run never depends on a
// folder outside the clone, so it cannot be skipped.
const dir = join(__dirname, '..', 'bench', 'fixtures', 'darp-smoke');

describe('bench:darp smoke', () => {
  it('solves a2-16 and a2-20 feasibly within a second each', () => {
    const summary = runBench({ dir, instances: ['a2-16', 'a2-20'], timeLimitSec: 1, seed: 1 });
    expect(summary.results).toHaveLength(2);
    for (const r of summary.results) {
      expect(r.errors).toEqual([]);
      expect(r.feasible).toBe(true);
      expect(r.gapPct).toBeLessThan(10); // loose: a busy CI machine may give it little CPU
    }
    expect(summary.summaryLine).toMatch(
      /^bench:darp instances=2 feasible=2 mean_gap_pct=[\d.]+ worst_gap_pct=[\d.]+$/,
    );
  }, 10_000);
});
