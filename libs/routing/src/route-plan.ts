// One vehicle's route during the search: the node sequence (start and end nodes included) and
// the caches the insertion filters read: earliest service start with no waiting moved, latest
// service start that keeps every later window reachable, and the load after each position.
import type { Instance } from './instance';
import { endOf, startOf } from './instance';

export class RoutePlan {
  /** seq[0] is the start node, seq[n-1] the end node. */
  readonly seq: Int32Array;
  n = 2;
  cost = 0;
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
  readonly loadAfter: Int32Array;
  /** Passengers (requests) on board after each position, for the ride-time term. */
  readonly paxAfter: Int32Array;

  constructor(
    private readonly inst: Instance,
    readonly vehicle: number,
  ) {
    const maxLen = 2 * inst.nRequests + 2;
    this.seq = new Int32Array(maxLen);
    this.earliest = new Float64Array(maxLen);
    this.latest = new Float64Array(maxLen);
    this.loadAfter = new Int32Array(maxLen * inst.dims);
    this.paxAfter = new Int32Array(maxLen);
    this.seq[0] = startOf(inst, vehicle);
    this.seq[1] = endOf(inst, vehicle);
    this.refresh();
  }

  /** Number of stops, depots excluded. */
  get stops(): number {
    return this.n - 2;
  }

  copyFrom(other: RoutePlan): void {
    const n = other.n;
    this.n = n;
    this.cost = other.cost;
    this.seq.set(other.seq.subarray(0, n));
    this.earliest.set(other.earliest.subarray(0, n));
    this.latest.set(other.latest.subarray(0, n));
    const d = this.inst.dims;
    this.loadAfter.set(other.loadAfter.subarray(0, n * d));
    this.paxAfter.set(other.paxAfter.subarray(0, n));
  }

  /** Replace the stops with seq[0..n) of another buffer (depots included). */
  assign(seq: Int32Array, n: number): void {
    this.seq.set(seq.subarray(0, n));
    this.n = n;
    this.refresh();
  }

  /** Insert request r's pickup after position i and its drop-off after position j (j >= i,
   * positions of the current sequence). */
  insert(r: number, i: number, j: number): void {
    const { seq } = this;
    const n = this.n;
    const d = this.inst.nRequests + r;
    // shift tail after j by 2, middle (i, j] by 1
    for (let k = n - 1; k > j; k--) seq[k + 2] = seq[k];
    seq[j + 2] = d;
    for (let k = j; k > i; k--) seq[k + 1] = seq[k];
    seq[i + 1] = r;
    this.n = n + 2;
    this.refresh();
  }

  /** Remove request r (both its stops). */
  remove(r: number): void {
    const { seq } = this;
    const d = this.inst.nRequests + r;
    let w = 0;
    for (let k = 0; k < this.n; k++) {
      const x = seq[k];
      if (x !== r && x !== d) seq[w++] = x;
    }
    this.n = w;
    this.refresh();
  }

  /** Recompute cost and the filter caches; linear in the route length. The cost is the route's
   * length plus rideCost x the passengers' travel on board beyond their direct travel. */
  refresh(): void {
    const { time, cost, service, early, late, nNodes: N, nRequests: R, dims, delta, rideCost } = this.inst;
    const { seq, earliest, latest, loadAfter, paxAfter } = this;
    const n = this.n;
    let c = 0;
    let ride = 0;
    earliest[0] = early[seq[0]];
    paxAfter[0] = 0;
    for (let k = 0; k < dims; k++) loadAfter[k] = 0;
    for (let i = 1; i < n; i++) {
      const a = seq[i - 1];
      const b = seq[i];
      c += cost[a * N + b];
      const pax = paxAfter[i - 1];
      ride += pax * time[a * N + b];
      if (b < R) {
        paxAfter[i] = pax + 1;
        ride -= time[b * N + R + b];
      } else paxAfter[i] = b < 2 * R ? pax - 1 : pax;
      const t = earliest[i - 1] + service[a] + time[a * N + b];
      earliest[i] = t < early[b] ? early[b] : t;
      for (let k = 0; k < dims; k++)
        loadAfter[i * dims + k] = loadAfter[(i - 1) * dims + k] + delta[b * dims + k];
    }
    latest[n - 1] = late[seq[n - 1]];
    for (let i = n - 2; i >= 0; i--) {
      const a = seq[i];
      const t = latest[i + 1] - time[a * N + seq[i + 1]] - service[a];
      latest[i] = t < late[a] ? t : late[a];
    }
    this.cost = c + rideCost * ride;
  }
}
