// Real-time path probe, not part of the benchmark: time to insert one booking into a planned
// day with DispatchPlanner.insertRequest (compile once) and with insertRequest (compile per call).
// node -r ./scripts/register.js libs/routing/bench/tools/realtime.ts a8-96
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DispatchPlanner, insertRequest, solve } from '@invataxi/routing';
import { parseCordeau, toProblem } from '../cordeau';

const dir = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'bench', 'darp');
const name = process.argv[2] ?? 'a8-96';
const inst = parseCordeau(name, readFileSync(join(dir, 'instances', `${name}.txt`), 'utf8'));
const problem = toProblem(inst);
const plan = solve(problem, { timeLimitMs: 2000, seed: 1 });
const planner = new DispatchPlanner(problem);
const times: number[] = [];
const once: number[] = [];
for (const req of problem.requests) {
  const routes = plan.routes.map((r) => ({
    vehicleId: r.vehicleId,
    stops: r.stops.filter((s) => s.requestId !== req.id),
  }));
  let t0 = performance.now();
  const ins = planner.insertRequest(routes, req.id);
  times.push(performance.now() - t0);
  t0 = performance.now();
  insertRequest(problem, routes, req.id);
  once.push(performance.now() - t0);
  if (!ins) console.log('no place for', req.id);
}
const stat = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return `median ${s[s.length >> 1].toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms`;
};
console.log(name, 'planner.insertRequest', stat(times), '| insertRequest (compiles)', stat(once));
