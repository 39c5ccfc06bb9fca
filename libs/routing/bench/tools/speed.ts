// Speed probe, not part of the benchmark: CPU seconds for a fixed number of iterations.
// node -r ./scripts/register.js libs/routing/bench/tools/speed.ts a8-96 2000
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { solve } from '@invataxi/routing';
import { parseCordeau, toProblem } from '../cordeau';

const dir = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'bench', 'darp');
const name = process.argv[2] ?? 'a8-96';
const iters = Number(process.argv[3] ?? 2000);
const inst = parseCordeau(name, readFileSync(join(dir, 'instances', `${name}.txt`), 'utf8'));
const c0 = process.cpuUsage().user;
const sol = solve(toProblem(inst), { maxIterations: iters, timeLimitMs: 1e9, seed: 1 });
console.log(name, 'cost', sol.cost.toFixed(2), 'cpu s', ((process.cpuUsage().user - c0) / 1e6).toFixed(2));
