// Cheapest feasible insertion of one request into one route. All pickup/drop-off position
// pairs are scanned with O(1) filters per pair (windows against the route's earliest/latest
// caches, capacity against the load after each position, a lower bound on the ride time),
// which also cost each pair; only then are the survivors checked exactly, cheapest first,
// until one is feasible (the pattern of Ropke, Cordeau & Laporte's insertion heuristics and of
// Gschwind & Drexl 2019, minus their constant-time ride-time test). No allocation per call.
import { TIME_EPS, type Instance } from './instance';
import type { RoutePlan } from './route-plan';
import { Failure, type RouteEvaluator } from './schedule';

// a module constant: imported bindings compile to property reads, too slow for inner loops
const EPS = TIME_EPS;

export class Inserter {
  /** Positions of the last successful bestInsertion: pickup after `pickupAfter`, drop-off after `dropoffAfter`. */
  pickupAfter = -1;
  dropoffAfter = -1;
  /** Exact evaluations run, for profiling. */
  exactChecks = 0;
  private candCost: Float64Array;
  private candPos: Int32Array;
  private readonly work: Int32Array;

  constructor(
    private readonly inst: Instance,
    private readonly evaluator: RouteEvaluator,
  ) {
    this.candCost = new Float64Array(256);
    this.candPos = new Int32Array(512);
    this.work = new Int32Array(2 * inst.nRequests + 2);
  }

  /**
   * Cost increase of the cheapest feasible insertion of request r into `route`, or Infinity.
   * Candidates costing `bound` or more are skipped (pass Infinity for no bound).
   */
  bestInsertion(route: RoutePlan, r: number, bound = Infinity): number {
    const inst = this.inst;
    const v = route.vehicle;
    if (inst.compatible[r * inst.nVehicles + v] === 0) return Infinity;
    const { time, cost, service, early, late, nNodes: N, maxRide, dims, delta, configs, configStart } = inst;
    const { seq, earliest, latest, loadAfter, paxAfter } = route;
    // The ride-time term (see RoutePlan.refresh): what the insertion adds to the passengers'
    // travel on board beyond direct, times w.
    const w = inst.rideCost;
    const n = route.n;
    const p = r;
    const d = inst.nRequests + r;
    const sp = service[p];
    const sd = service[d];
    const ep = early[p];
    const lp = late[p];
    const ed = early[d];
    const ld = late[d];
    const L = maxRide[r];
    const tpd = time[p * N + d];
    const cpd = cost[p * N + d];
    const c0 = configStart[v];
    const c1 = configStart[v + 1];
    const qo = p * dims;
    let nc = 0;

    for (let i = 0; i < n - 1; i++) {
      const a = seq[i];
      if (earliest[i] > lp + EPS) break; // earliest times only grow along the route
      const b = seq[i + 1];
      let tp = earliest[i] + service[a] + time[a * N + p];
      if (tp < ep) tp = ep;
      if (tp > lp + EPS) continue;
      if (!fits(loadAfter, i * dims)) continue;
      const dp = tp + sp;
      const cab = cost[a * N + b];
      const cap = cost[a * N + p];
      const obi = paxAfter[i];
      const tab = time[a * N + b];
      const tap = time[a * N + p];

      // drop-off right after the pickup
      {
        let td = dp + tpd;
        if (td < ed) td = ed;
        if (td <= ld + EPS) {
          const next = td + sd + time[d * N + b];
          if (next <= latest[i + 1] + EPS) {
            let c = cap + cpd + cost[d * N + b] - cab;
            if (w > 0) c += w * obi * (tap + tpd + time[d * N + b] - tab);
            if (c < bound) this.push(nc++, c, i, i);
          }
        }
      }

      // pickup after i, drop-off after some j > i
      let t = dp + time[p * N + b];
      if (t < early[b]) t = early[b];
      if (t > latest[i + 1] + EPS) continue;
      const deltaP = cap + cost[p * N + b] - cab;
      if (deltaP >= bound) continue;
      // ride term of the pickup's detour: the passengers aboard make it, the new one rides p -> b
      const rideP = w > 0 ? obi * (tap - tab) + (obi + 1) * time[p * N + b] - tpd : 0;
      let mid = 0;
      // ride lower bound: service and travel from leaving p, no waiting. The breaks below
      // hold without the triangle inequality (road matrices need not satisfy it): they only
      // use the time to reach the stop after j, which every later drop-off position passes.
      let ride = time[p * N + b];
      for (let j = i + 1; j < n - 1; j++) {
        if (!fits(loadAfter, j * dims)) break;
        const x = seq[j];
        const y = seq[j + 1];
        const txd = time[x * N + d];
        let td = t + service[x] + txd;
        if (td < ed) td = ed;
        if (ride + service[x] + txd <= L + EPS && td <= ld + EPS) {
          const next = td + sd + time[d * N + y];
          if (next <= latest[j + 1] + EPS) {
            let c = deltaP + cost[x * N + d] + cost[d * N + y] - cost[x * N + y];
            if (w > 0) {
              const obj = paxAfter[j];
              c += w * (rideP + mid + (obj + 1) * txd + obj * (time[d * N + y] - time[x * N + y]));
            }
            if (c < bound) this.push(nc++, c, i, j);
          }
        }
        const txy = time[x * N + y];
        ride += service[x] + txy;
        mid += txy;
        if (ride > L + EPS) break; // d after y: the ride is at least this
        t = t + service[x] + txy;
        if (t < early[y]) t = early[y];
        if (t > latest[j + 1] + EPS || t > ld + EPS) break;
      }
    }

    // exact checks, cheapest first
    const { candCost, candPos, work, evaluator } = this;
    for (;;) {
      let bi = -1;
      let bc = Infinity;
      for (let k = 0; k < nc; k++) {
        if (candCost[k] < bc) {
          bc = candCost[k];
          bi = k;
        }
      }
      if (bi < 0) return Infinity;
      const i = candPos[2 * bi];
      const j = candPos[2 * bi + 1];
      candCost[bi] = Infinity;
      const m = buildInsertion(seq, n, work, p, d, i, j);
      this.exactChecks++;
      if (evaluator.evaluate(work, m, v) === Failure.None) {
        this.pickupAfter = i;
        this.dropoffAfter = j;
        return bc;
      }
    }

    function fits(load: Int32Array, at: number): boolean {
      for (let c = c0; c < c1; c++) {
        let ok = true;
        for (let k = 0; k < dims; k++) {
          if (load[at + k] + delta[qo + k] > configs[c * dims + k]) {
            ok = false;
            break;
          }
        }
        if (ok) return true;
      }
      return false;
    }
  }

  private push(k: number, c: number, i: number, j: number): void {
    if (k >= this.candCost.length) {
      const cc = new Float64Array(this.candCost.length * 2);
      cc.set(this.candCost);
      this.candCost = cc;
      const cp = new Int32Array(this.candPos.length * 2);
      cp.set(this.candPos);
      this.candPos = cp;
    }
    this.candCost[k] = c;
    this.candPos[2 * k] = i;
    this.candPos[2 * k + 1] = j;
  }
}

/** Write seq with p inserted after position i and d after position j into out; returns length. */
export function buildInsertion(
  seq: Int32Array,
  n: number,
  out: Int32Array,
  p: number,
  d: number,
  i: number,
  j: number,
): number {
  let w = 0;
  for (let k = 0; k <= i; k++) out[w++] = seq[k];
  out[w++] = p;
  for (let k = i + 1; k <= j; k++) out[w++] = seq[k];
  out[w++] = d;
  for (let k = j + 1; k < n; k++) out[w++] = seq[k];
  return w;
}
