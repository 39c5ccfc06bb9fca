// Convergence probe, not part of the benchmark: best and current cost over CPU time.
// node -r ./scripts/register.js libs/routing/bench/tools/trace.ts a8-96 20 '<tuning json>'
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { solve } from '@invataxi/routing';
import { parseCordeau, toProblem } from '../cordeau';

const dir = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'bench', 'darp');
const name = process.argv[2] ?? 'a8-96';
const secs = Number(process.argv[3] ?? 20);
const tuning = JSON.parse(process.argv[4] ?? '{}') as Record<string, number>;
const inst = parseCordeau(name, readFileSync(join(dir, 'instances', `${name}.txt`), 'utf8'));
solve(toProblem(inst), {
  timeLimitMs: secs * 1000,
  seed: 1,
  tuning,
  clock: () => process.cpuUsage().user / 1000,
  progressIntervalMs: 1000,
  onProgress: (p) =>
    console.log(
      (p.elapsedMs / 1000).toFixed(0),
      p.iterations,
      p.bestCost.toFixed(2),
      p.currentCost.toFixed(2),
    ),
});
