// Insertion heuristics that (re)build a solution: basic greedy and regret-k insertion with
// optional noise, as in Ropke & Pisinger (2006, "An adaptive large neighborhood search
// heuristic for the pickup and delivery problem with time windows", Transp. Sci. 40(4),
// sections 3.3-3.4). The best insertion of every pending request into every route is cached;
// after an insertion only the changed route is re-evaluated.
import type { Assignment } from './assignment';
import type { Instance } from './instance';
import type { Inserter } from './insertion';
import type { Random } from './random';

export class Repairer {
  private readonly bestCost: Float64Array;
  private readonly bestI: Int32Array;
  private readonly bestJ: Int32Array;

  constructor(
    private readonly inst: Instance,
    private readonly inserter: Inserter,
  ) {
    const size = inst.nRequests * inst.nVehicles;
    this.bestCost = new Float64Array(size);
    this.bestI = new Int32Array(size);
    this.bestJ = new Int32Array(size);
  }

  /**
   * Insert the pending requests pending[0..count) into `sol`, choosing each time the request
   * with the largest regret-k value (k = 1: the cheapest insertion overall). Requests that fit
   * nowhere stay unassigned. `noise` > 0 perturbs each insertion cost by a uniform amount in
   * [-noise, noise] (Ropke & Pisinger's noise, section 3.6). Reorders `pending`.
   */
  repair(sol: Assignment, pending: Int32Array, count: number, k: number, noise: number, rng: Random): void {
    const V = this.inst.nVehicles;
    for (let a = 0; a < count; a++) {
      const r = pending[a];
      for (let v = 0; v < V; v++) this.evaluate(sol, r, v, noise, rng);
    }
    let np = count;
    const big = 1e12;
    while (np > 0) {
      let chosen = -1;
      let chosenScore = -Infinity;
      let chosenCost = Infinity;
      for (let a = 0; a < np; a++) {
        const r = pending[a];
        const base = r * V;
        // smallest k costs among routes (k small: insertion into a sorted tiny list)
        let c1 = Infinity;
        let c2 = Infinity;
        let c3 = Infinity;
        let feasible = 0;
        for (let v = 0; v < V; v++) {
          const c = this.bestCost[base + v];
          if (c === Infinity) continue;
          feasible++;
          if (c < c1) {
            c3 = c2;
            c2 = c1;
            c1 = c;
          } else if (c < c2) {
            c3 = c2;
            c2 = c;
          } else if (c < c3) c3 = c;
        }
        if (feasible === 0) continue;
        let score: number;
        if (k <= 1) score = -c1;
        else {
          // a request with fewer than k options left gets priority (Ropke & Pisinger 2006)
          score = (c2 === Infinity ? big : c2 - c1) + (k >= 3 ? (c3 === Infinity ? big : c3 - c1) : 0);
        }
        if (score > chosenScore || (score === chosenScore && c1 < chosenCost)) {
          chosen = a;
          chosenScore = score;
          chosenCost = c1;
        }
      }
      if (chosen < 0) break;
      const r = pending[chosen];
      let bv = -1;
      let bc = Infinity;
      for (let v = 0; v < V; v++) {
        const c = this.bestCost[r * V + v];
        if (c < bc) {
          bc = c;
          bv = v;
        }
      }
      sol.insert(r, bv, this.bestI[r * V + bv], this.bestJ[r * V + bv]);
      pending[chosen] = pending[np - 1];
      pending[np - 1] = r;
      np--;
      for (let a = 0; a < np; a++) this.evaluate(sol, pending[a], bv, noise, rng);
    }
  }

  private evaluate(sol: Assignment, r: number, v: number, noise: number, rng: Random): void {
    const idx = r * this.inst.nVehicles + v;
    let c = this.inserter.bestInsertion(sol.routes[v], r);
    if (c !== Infinity) {
      this.bestI[idx] = this.inserter.pickupAfter;
      this.bestJ[idx] = this.inserter.dropoffAfter;
      if (noise > 0) {
        c += (2 * rng.next() - 1) * noise;
        if (c < 0) c = 0;
      }
    }
    this.bestCost[idx] = c;
  }
}
