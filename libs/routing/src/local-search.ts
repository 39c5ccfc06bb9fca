// Request relocation local search: take a request out and put it back at its cheapest
// feasible place in any route that may carry it (its own included, which covers the intra-route
// moves), until no request can be moved at a gain. Applied to new best solutions, in the
// spirit of the local search phases of Parragh et al. (2010) and Braekers et al. (2014).
import type { Assignment } from './assignment';
import type { Instance } from './instance';
import type { Inserter } from './insertion';
import { Failure, type RouteEvaluator } from './schedule';

const GAIN_EPS = 1e-9;

export function relocateDescent(
  inst: Instance,
  sol: Assignment,
  inserter: Inserter,
  checkedAt: Int32Array,
  maxPasses = 50,
): boolean {
  const R = inst.nRequests;
  const V = inst.nVehicles;
  const { stamp } = sol;
  let improvedAny = false;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let r = 0; r < R; r++) {
      const u = sol.routeOf[r];
      if (u < 0 || inst.onBoard[r]) continue;
      // Don't-look bits: a move that did not pay when r was last looked at can only pay now
      // if r's own route or the target route changed since.
      const seen = checkedAt[r];
      const ownChanged = stamp[u] > seen;
      if (!ownChanged) {
        let anyChanged = false;
        for (let v = 0; v < V; v++) if (stamp[v] > seen) anyChanged = true;
        if (!anyChanged) continue;
      }
      const route = sol.routes[u];
      // remember where it was, so it can go back unchanged
      let pi = -1;
      let pj = -1;
      for (let k = 1; k < route.n - 1; k++) {
        const x = route.seq[k];
        if (x === r) pi = k;
        else if (x === R + r) {
          pj = k;
          break;
        }
      }
      const before = route.cost;
      const stampU = stamp[u];
      const tick = sol.tick;
      sol.remove(r);
      const saving = before - route.cost;
      let bestV = -1;
      let bestC = saving - GAIN_EPS;
      let bi = -1;
      let bj = -1;
      for (let v = 0; v < V; v++) {
        if (!ownChanged && v !== u && stamp[v] <= seen) continue;
        const c = inserter.bestInsertion(sol.routes[v], r, bestC);
        if (c < bestC) {
          bestC = c;
          bestV = v;
          bi = inserter.pickupAfter;
          bj = inserter.dropoffAfter;
        }
      }
      if (bestV >= 0) {
        sol.insert(r, bestV, bi, bj);
        improved = true;
      } else {
        // put it back where it was: the route is as before, so is its stamp
        sol.insert(r, u, pi - 1, pj - 2);
        stamp[u] = stampU;
        sol.tick = tick;
      }
      checkedAt[r] = sol.tick;
    }
    if (!improved) break;
    improvedAny = true;
  }
  return improvedAny;
}

/**
 * Tail exchange (2-opt*) between two routes at points where both vehicles are empty: route u
 * keeps its stops up to position a and takes v's stops after b, and vice versa. Cutting only
 * where the vehicle is empty keeps every request's pickup and drop-off on one route; this is
 * the inter-route 2-opt of Braekers, Caris & Janssens (2014, "Exact and meta-heuristic
 * approach for a general heterogeneous dial-a-ride problem with multiple depots", Transp. Res.
 * B 67, section 4.3). It moves whole blocks of trips at once, which removal-and-reinsertion
 * rarely reconstructs. First improvement, until no exchange gains.
 */
export class TailExchange {
  private readonly workU: Int32Array;
  private readonly workV: Int32Array;
  private readonly emptyU: Int32Array;
  private readonly emptyV: Int32Array;

  constructor(
    private readonly inst: Instance,
    private readonly evaluator: RouteEvaluator,
  ) {
    const maxLen = 2 * inst.nRequests + 2;
    this.workU = new Int32Array(maxLen);
    this.workV = new Int32Array(maxLen);
    this.emptyU = new Int32Array(maxLen);
    this.emptyV = new Int32Array(maxLen);
  }

  descend(sol: Assignment, maxRounds = 20): boolean {
    const V = this.inst.nVehicles;
    let any = false;
    for (let round = 0; round < maxRounds; round++) {
      let improved = false;
      for (let u = 0; u < V; u++)
        for (let v = u + 1; v < V; v++) if (this.tryPair(sol, u, v)) improved = true;
      if (!improved) break;
      any = true;
    }
    return any;
  }

  private tryPair(sol: Assignment, u: number, v: number): boolean {
    const inst = this.inst;
    const { cost, time, service, nNodes: N, dims } = inst;
    const ru = sol.routes[u];
    const rv = sol.routes[v];
    if (ru.n === 2 && rv.n === 2) return false;
    const su = ru.seq;
    const sv = rv.seq;
    const endU = su[ru.n - 1];
    const endV = sv[rv.n - 1];
    // the latest-start filter is only valid when both routes end under the same constraint
    const sameEnd =
      inst.location[endU] === inst.location[endV] &&
      inst.late[endU] === inst.late[endV] &&
      inst.maxDuration[u] === inst.maxDuration[v];
    const nu = this.emptyPositions(ru.loadAfter, ru.n, dims, this.emptyU);
    const nv = this.emptyPositions(rv.loadAfter, rv.n, dims, this.emptyV);
    for (let ka = 0; ka < nu; ka++) {
      const a = this.emptyU[ka];
      const xa = su[a];
      const ya = su[a + 1];
      for (let kb = 0; kb < nv; kb++) {
        const b = this.emptyV[kb];
        if (a === 0 && b === 0) continue; // whole routes swapped: no change for identical ends
        if (a === ru.n - 2 && b === rv.n - 2) continue; // nothing exchanged
        const xb = sv[b];
        const yb = sv[b + 1];
        // new arcs xa -> (yb, or endU if yb is v's end) and xb -> (ya, or endV)
        const toU = b + 1 === rv.n - 1 ? endU : yb;
        const toV = a + 1 === ru.n - 1 ? endV : ya;
        const delta = cost[xa * N + toU] + cost[xb * N + toV] - cost[xa * N + ya] - cost[xb * N + yb];
        if (delta > -GAIN_EPS) continue;
        if (sameEnd) {
          if (
            ru.earliest[a] + service[xa] + time[xa * N + toU] >
            (b + 1 === rv.n - 1 ? ru.latest[ru.n - 1] : rv.latest[b + 1]) + 1e-6
          )
            continue;
          if (
            rv.earliest[b] + service[xb] + time[xb * N + toV] >
            (a + 1 === ru.n - 1 ? rv.latest[rv.n - 1] : ru.latest[a + 1]) + 1e-6
          )
            continue;
        }
        if (!this.compatibleTail(sv, b + 1, rv.n - 1, u) || !this.compatibleTail(su, a + 1, ru.n - 1, v))
          continue;
        const mU = splice(su, a, sv, b + 1, rv.n - 1, endU, this.workU);
        const mV = splice(sv, b, su, a + 1, ru.n - 1, endV, this.workV);
        if (this.evaluator.evaluate(this.workU, mU, u) !== Failure.None) continue;
        if (this.evaluator.evaluate(this.workV, mV, v) !== Failure.None) continue;
        ru.assign(this.workU, mU);
        rv.assign(this.workV, mV);
        sol.touch(u);
        sol.touch(v);
        for (let k = 1; k < mU - 1; k++) if (this.workU[k] < inst.nRequests) sol.routeOf[this.workU[k]] = u;
        for (let k = 1; k < mV - 1; k++) if (this.workV[k] < inst.nRequests) sol.routeOf[this.workV[k]] = v;
        return true;
      }
    }
    return false;
  }

  /** Positions after which the vehicle is empty (the start included, the end excluded). */
  private emptyPositions(loadAfter: Int32Array, n: number, dims: number, out: Int32Array): number {
    let k = 0;
    for (let i = 0; i < n - 1; i++) {
      let empty = true;
      for (let d = 0; d < dims; d++) if (loadAfter[i * dims + d] !== 0) empty = false;
      if (empty) out[k++] = i;
    }
    return k;
  }

  private compatibleTail(seq: Int32Array, from: number, to: number, vehicle: number): boolean {
    const { compatible, nVehicles: V, nRequests: R } = this.inst;
    for (let k = from; k < to; k++) {
      const x = seq[k];
      if (x < R && compatible[x * V + vehicle] === 0) return false;
    }
    return true;
  }
}

/** head[0..a] + tail[from..to) + end into out; returns the length. */
function splice(
  head: Int32Array,
  a: number,
  tail: Int32Array,
  from: number,
  to: number,
  end: number,
  out: Int32Array,
): number {
  let w = 0;
  for (let k = 0; k <= a; k++) out[w++] = head[k];
  for (let k = from; k < to; k++) out[w++] = tail[k];
  out[w++] = end;
  return w;
}
