// Removal (destroy) operators of Ropke & Pisinger (2006, section 3.1-3.2): random removal,
// worst removal (the requests whose removal saves most, randomised by y^p), and Shaw's
// related removal (requests close in space and time to one another). Pinned requests (locked
// to a vehicle or on board) are never removed: the evening re-plan only moves the others.
import type { Assignment } from './assignment';
import type { Instance } from './instance';
import type { Random } from './random';

export const enum RemovalKind {
  Random = 0,
  Worst = 1,
  Related = 2,
}
export const REMOVAL_KINDS = 3;

export class Remover {
  private readonly movable: Int32Array;
  private readonly score: Float64Array;
  private readonly order: Int32Array;
  private readonly serviceTime: Float64Array;
  private readonly removed: Uint8Array;
  private readonly distWeight: number;
  private readonly timeWeight: number;

  constructor(private readonly inst: Instance) {
    const R = inst.nRequests;
    // Relatedness weights of Ropke & Pisinger (9 for distance, 3 for time), each term
    // normalised by its range so neither unit dominates.
    let t0 = Infinity;
    let t1 = -Infinity;
    for (let x = 0; x < 2 * R; x++) {
      t0 = Math.min(t0, inst.early[x]);
      t1 = Math.max(t1, Math.min(inst.late[x], inst.early[x] + 1e9));
    }
    this.distWeight = 9 / Math.max(inst.maxArcCost, 1e-9);
    this.timeWeight = 3 / Math.max(t1 - t0, 1e-9);
    this.movable = new Int32Array(R);
    this.score = new Float64Array(R);
    this.order = new Int32Array(R);
    this.serviceTime = new Float64Array(2 * R);
    this.removed = new Uint8Array(R);
  }

  /** Remove up to q requests from sol; writes them to out and returns how many. */
  remove(kind: RemovalKind, sol: Assignment, q: number, out: Int32Array, rng: Random): number {
    const nm = this.collectMovable(sol);
    if (nm === 0) return 0;
    if (q > nm) q = nm;
    let k: number;
    if (kind === RemovalKind.Random) k = this.randomRemoval(nm, q, out, rng);
    else if (kind === RemovalKind.Worst) k = this.worstRemoval(sol, nm, q, out, rng);
    else k = this.relatedRemoval(sol, nm, q, out, rng);
    for (let a = 0; a < k; a++) sol.remove(out[a]);
    return k;
  }

  private collectMovable(sol: Assignment): number {
    const { pinnedTo } = this.inst;
    let nm = 0;
    for (let r = 0; r < sol.routeOf.length; r++)
      if (sol.routeOf[r] >= 0 && pinnedTo[r] < 0) this.movable[nm++] = r;
    return nm;
  }

  private randomRemoval(nm: number, q: number, out: Int32Array, rng: Random): number {
    rng.shuffle(this.movable, nm);
    for (let a = 0; a < q; a++) out[a] = this.movable[a];
    return q;
  }

  /** Saving of removing each request, then pick by rank floor(y^p * n), p = 3. */
  private worstRemoval(sol: Assignment, nm: number, q: number, out: Int32Array, rng: Random): number {
    const { cost, nNodes: N, nRequests: R } = this.inst;
    const { score, movable } = this;
    // position lookup: saving of a node = c(prev,x) + c(x,next) - c(prev,next); a pickup
    // followed directly by its drop-off is handled as one block.
    for (const route of sol.routes) {
      const s = route.seq;
      for (let i = 1; i < route.n - 1; i++) {
        const x = s[i];
        if (x >= R) continue;
        const prev = s[i - 1];
        let j = i + 1;
        while (s[j] !== R + x) j++;
        const d = s[j];
        let saving: number;
        if (j === i + 1) {
          const next = s[j + 1];
          saving = cost[prev * N + x] + cost[x * N + d] + cost[d * N + next] - cost[prev * N + next];
        } else {
          const nx = s[i + 1];
          const pd = s[j - 1];
          const nd = s[j + 1];
          saving =
            cost[prev * N + x] +
            cost[x * N + nx] -
            cost[prev * N + nx] +
            cost[pd * N + d] +
            cost[d * N + nd] -
            cost[pd * N + nd];
        }
        score[x] = saving;
      }
    }
    return this.pickByRank(nm, q, out, rng, 3, (a, b) => score[movable[b]] - score[movable[a]]);
  }

  /** Shaw removal: seed at random, then repeatedly the request most related to a removed one. */
  private relatedRemoval(sol: Assignment, nm: number, q: number, out: Int32Array, rng: Random): number {
    const { cost, nNodes: N, nRequests: R } = this.inst;
    const { serviceTime: st, removed, movable, score, distWeight: dw, timeWeight: tw } = this;
    for (const route of sol.routes)
      for (let i = 1; i < route.n - 1; i++) st[route.seq[i]] = route.earliest[i];
    removed.fill(0);
    const seed = movable[rng.int(0, nm - 1)];
    out[0] = seed;
    removed[seed] = 1;
    let k = 1;
    // candidates: movable requests not yet removed
    while (k < q) {
      const ref = out[rng.int(0, k - 1)];
      const rp = ref;
      const rd = R + ref;
      let nc = 0;
      for (let a = 0; a < nm; a++) {
        const r = movable[a];
        if (removed[r]) continue;
        // relatedness (smaller = more related): distance between pickups and between
        // drop-offs plus the difference in their service times
        score[r] =
          dw * (cost[rp * N + r] + cost[rd * N + R + r]) +
          tw * (Math.abs(st[rp] - st[r]) + Math.abs(st[rd] - st[R + r]));
        this.order[nc++] = r;
      }
      if (nc === 0) break;
      const pick = this.rankPick(nc, rng, 6);
      const r = this.order[pick];
      out[k++] = r;
      removed[r] = 1;
    }
    return k;
  }

  private pickByRank(
    nm: number,
    q: number,
    out: Int32Array,
    rng: Random,
    p: number,
    cmp: (a: number, b: number) => number,
  ): number {
    // sort indices into movable by the comparator, then draw ranks floor(y^p * remaining)
    const idx = this.order;
    for (let a = 0; a < nm; a++) idx[a] = a;
    const sorted = Array.from(idx.subarray(0, nm)).sort(cmp);
    for (let a = 0; a < q; a++) {
      const rank = Math.floor(Math.pow(rng.next(), p) * sorted.length);
      out[a] = this.movable[sorted[rank]];
      sorted.splice(rank, 1);
    }
    return q;
  }

  /** Partial selection: index into order[0..nc) of rank floor(y^p * nc) by ascending score. */
  private rankPick(nc: number, rng: Random, p: number): number {
    const rank = Math.floor(Math.pow(rng.next(), p) * nc);
    const { order, score } = this;
    // quickselect the rank-th smallest score in order[0..nc)
    let lo = 0;
    let hi = nc - 1;
    while (lo < hi) {
      const pivot = score[order[(lo + hi) >> 1]];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (score[order[i]] < pivot) i++;
        while (score[order[j]] > pivot) j--;
        if (i <= j) {
          const t = order[i];
          order[i] = order[j];
          order[j] = t;
          i++;
          j--;
        }
      }
      if (rank <= j) hi = j;
      else if (rank >= i) lo = i;
      else break;
    }
    return rank;
  }
}
