// Tuning probe, not part of the benchmark (CPU-time budgets, so a busy machine does not skew it):
// node -r ./scripts/register.js libs/routing/bench/tools/probe.ts <instances,comma> <cpu seconds> <seed> '<tuning json>' [iterations]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { solve } from '@invataxi/routing';
import { parseCordeau, toProblem } from '../cordeau';

const dir = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'bench', 'darp');
const bks = JSON.parse(readFileSync(join(dir, 'bks.json'), 'utf8')) as Record<string, { costExact: number }>;
const names = (process.argv[2] ?? 'a8-96').split(',');
const secs = Number(process.argv[3] ?? 5);
const seed = Number(process.argv[4] ?? 1);
const tuning = JSON.parse(process.argv[5] ?? '{}') as Record<string, number>;
const maxIterations = process.argv[6] ? Number(process.argv[6]) : undefined;
let sum = 0;
for (const name of names) {
  const inst = parseCordeau(name, readFileSync(join(dir, 'instances', `${name}.txt`), 'utf8'));
  let iterations = 0;
  const t0 = performance.now();
  const sol = solve(toProblem(inst), {
    timeLimitMs: secs * 1000,
    maxIterations,
    seed,
    tuning,
    clock: () => process.cpuUsage().user / 1000,
    onProgress: (p) => (iterations = p.iterations),
  });
  const gap = (100 * (sol.cost - bks[name].costExact)) / bks[name].costExact;
  sum += gap;
  const t1 = performance.now();
  console.log(
    name,
    sol.cost.toFixed(2),
    gap.toFixed(2),
    'iters',
    iterations,
    'unassigned',
    sol.unassigned.length,
    'sec',
    ((t1 - t0) / 1000).toFixed(1),
  );
}
console.log('mean', (sum / names.length).toFixed(3), JSON.stringify(tuning));
