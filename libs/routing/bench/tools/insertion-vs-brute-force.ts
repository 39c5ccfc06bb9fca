// Diagnostic, not part of the benchmark: do the insertion filters and the eight-step check
// miss feasible insertions? Compares Inserter.bestInsertion with brute force over all
// positions judged by the independent difference-constraint checker.
// node -r ./scripts/register.js libs/routing/bench/tools/insertion-vs-brute-force.ts a8-96 [iterations]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AlnsSearch } from '../../src/alns';
import { compileProblem } from '../../src/instance';
import { checkSolution } from '../checker';
import { parseCordeau, toProblem } from '../cordeau';

const dir = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'bench', 'darp');
const name = process.argv[2] ?? 'a8-96';
const inst = parseCordeau(name, readFileSync(join(dir, 'instances', `${name}.txt`), 'utf8'));
const ci = compileProblem(toProblem(inst));
const search = new AlnsSearch(ci, 1);
search.construct();
search.begin({ maxIterations: Number(process.argv[3] ?? 2000), timeLimitMs: 1e9 });
search.step(Infinity);
const sol = search.best;
const n = inst.requests;
const R = ci.nRequests;
const toNode = (x: number) => (x < R ? x + 1 : x - R + 1 + n);
let missed = 0;
let total = 0;
let worse = 0;
for (let r = 0; r < R; r++) {
  const u = sol.routeOf[r];
  const saved = sol.routes[u].seq.slice(0, sol.routes[u].n);
  const savedN = sol.routes[u].n;
  sol.remove(r);
  for (let v = 0; v < ci.nVehicles; v++) {
    const route = sol.routes[v];
    const fast = search.inserter.bestInsertion(route, r);
    let brute = Infinity;
    const stops = Array.from(route.seq.subarray(1, route.n - 1)).map(toNode);
    for (let i = 0; i <= stops.length; i++)
      for (let j = i; j <= stops.length; j++) {
        const cand = [...stops.slice(0, i), r + 1, ...stops.slice(i, j), r + 1 + n, ...stops.slice(j)];
        const routes = [cand];
        // check this single route; other requests appear missing, so only look at route errors
        const res = checkSolution(inst, routes);
        const routeErrors = res.errors.filter((e) => e.startsWith('route'));
        if (routeErrors.length === 0) {
          const c = res.cost - route.cost;
          if (c < brute) brute = c;
        }
      }
    total++;
    if (brute < Infinity && fast === Infinity) missed++;
    else if (brute < fast - 1e-6) worse++;
  }
  sol.routes[u].assign(saved, savedN);
  sol.routeOf[r] = u;
}
console.log(name, 'pairs', total, 'missed feasible', missed, 'found worse than best', worse);
