// Diagnostic, not part of the benchmark: does the eight-step check agree with the
// independent difference-constraint checker on random routes of a real instance?
// node -r ./scripts/register.js libs/routing/bench/tools/schedule-vs-checker.ts a3-18
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileProblem } from '../../src/instance';
import { Random } from '../../src/random';
import { RouteEvaluator, Failure } from '../../src/schedule';
import { checkSolution } from '../checker';
import { parseCordeau, toProblem } from '../cordeau';

const dir = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'bench', 'darp');
const name = process.argv[2] ?? 'a3-18';
const inst = parseCordeau(name, readFileSync(join(dir, 'instances', `${name}.txt`), 'utf8'));
const ci = compileProblem(toProblem(inst));
const ev = new RouteEvaluator(ci);
const rng = new Random(7);
const n = inst.requests;
const R = ci.nRequests;
let agree = 0,
  falseNeg = 0,
  falsePos = 0,
  feas = 0;
const seq = new Int32Array(2 * R + 2);
for (let trial = 0; trial < 200000; trial++) {
  // random subset of 2..6 requests with pickups close in time, random interleaving
  const k = rng.int(2, 6);
  const base = rng.int(0, R - 1);
  const reqs: number[] = [];
  const byTime = [...Array(R).keys()].sort(
    (a, b) => Math.abs(ci.early[a] - ci.early[base]) - Math.abs(ci.early[b] - ci.early[base]),
  );
  for (const r of byTime.slice(0, 10)) if (reqs.length < k && rng.next() < 0.6) reqs.push(r);
  if (reqs.length < 2) continue;
  const pending = [...reqs];
  const open: number[] = [];
  const stops: number[] = [];
  while (pending.length + open.length) {
    const c = rng.int(0, pending.length + open.length - 1);
    if (c < pending.length) {
      const [r] = pending.splice(c, 1);
      stops.push(r);
      open.push(r);
    } else {
      const [r] = open.splice(c - pending.length, 1);
      stops.push(R + r);
    }
  }
  seq[0] = 2 * R;
  stops.forEach((x, i) => (seq[i + 1] = x));
  seq[stops.length + 1] = 2 * R + 1;
  const mine = ev.evaluate(seq, stops.length + 2, 0) === Failure.None;
  const nodes = stops.map((x) => (x < R ? x + 1 : x - R + 1 + n));
  const res = checkSolution(inst, [nodes]);
  const exact = res.errors.filter((e) => e.startsWith('route')).length === 0;
  if (exact) feas++;
  if (mine === exact) agree++;
  else if (exact) {
    falseNeg++;
    if (falseNeg < 4) console.log('missed', JSON.stringify(nodes));
  } else {
    falsePos++;
    if (falsePos < 4) console.log('wrongly accepted', JSON.stringify(nodes), res.errors);
  }
}
console.log(name, 'agree', agree, 'feasible', feas, 'falseNeg', falseNeg, 'falsePos', falsePos);
