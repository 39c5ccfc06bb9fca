// Exact feasibility of one route, with the eight-step scheduling procedure of Cordeau &
// Laporte (2003, "A tabu search heuristic for the static multi-vehicle dial-a-ride problem",
// Transp. Res. B 37, section 3.2), as restated by Parragh et al. (2010). Waiting is first
// pushed to the start (departure from the depot is delayed by the forward time slack F_0,
// which minimises route duration), then, when a ride time is too long, each pickup in turn is
// delayed by its forward time slack F_j, capped by the waiting after it so that the route end
// does not move. F_j accounts for the windows of later stops and the ride times of passengers
// already on board, so no delay breaks anything that held.
//
// One pass is linear in the route length; the ride-time repair (step 7) only runs when a ride
// time is violated and costs one linear pass per pickup in the worst case.
import { TIME_EPS as EPS_IMPORT, type Instance, loadFits } from './instance';

// a module constant: imported bindings compile to property reads, too slow for inner loops
const TIME_EPS = EPS_IMPORT;

/** Why a route fails, as found by the evaluation (first failure only in fast mode). */
export const enum Failure {
  None = 0,
  Capacity = 1,
  TimeWindow = 2,
  RideTime = 3,
  RouteDuration = 4,
  Precedence = 5,
}

/** How much of the procedure to run. */
export const enum EvalMode {
  /** Verdict only: a route whose earliest schedule already meets every limit is accepted at
   * once (delaying the departure only shortens rides and the route, see evaluate). */
  Check = 0,
  /** Verdict and the full schedule with waiting moved as late as the procedure allows. */
  Schedule = 1,
  /** Schedule, continuing past every failure, for explanations. */
  Soft = 2,
}

export class RouteEvaluator {
  /** Arrival, service start, waiting and departure at each position of the last route evaluated. */
  readonly arrival: Float64Array;
  readonly start: Float64Array;
  readonly wait: Float64Array;
  readonly depart: Float64Array;
  /** Load after each position (positions x dims). */
  readonly load: Int32Array;
  private readonly pickupPos: Int32Array;
  private readonly pickupStamp: Int32Array;
  private stamp = 0;

  constructor(private readonly inst: Instance) {
    const maxLen = 2 * inst.nRequests + 2;
    this.arrival = new Float64Array(maxLen);
    this.start = new Float64Array(maxLen);
    this.wait = new Float64Array(maxLen);
    this.depart = new Float64Array(maxLen);
    this.load = new Int32Array(maxLen * inst.dims);
    this.pickupPos = new Int32Array(inst.nRequests);
    this.pickupStamp = new Int32Array(inst.nRequests);
  }

  /**
   * Schedule `seq[0..n)` (start node, stops, end node) for vehicle v. Returns Failure.None if a
   * feasible schedule exists (left in arrival/start/wait/depart), else the first failure.
   * Pickups and drop-offs must pair up in order (checked: Precedence).
   * With `soft`, nothing stops the evaluation: the schedule is completed as if the broken
   * constraints did not exist (a missed window starts service late), for explain.ts to report.
   */
  evaluate(seq: Int32Array, n: number, v: number, mode: EvalMode = EvalMode.Check): Failure {
    const soft = mode === EvalMode.Soft;
    const inst = this.inst;
    const { time, service, early, late, nNodes: N, nRequests: R, dims, delta, maxRide } = inst;
    const { arrival: A, start: B, wait: W, depart: D, load, pickupPos, pickupStamp } = this;
    const stamp = ++this.stamp;

    // Steps 1-2: earliest schedule; windows and capacity checked on the way (waiting can only
    // be moved later, never removed, so a window missed here is missed for good).
    let node = seq[0];
    B[0] = early[node];
    A[0] = B[0];
    W[0] = 0;
    D[0] = B[0] + service[node];
    for (let k = 0; k < dims; k++) load[k] = 0;
    let anyDropoff = false;
    let rideOk = true;
    for (let i = 1; i < n; i++) {
      const prev = node;
      node = seq[i];
      const a = D[i - 1] + time[prev * N + node];
      const b = a < early[node] ? early[node] : a;
      if (b > late[node] + TIME_EPS && !soft) return Failure.TimeWindow;
      A[i] = a;
      B[i] = b;
      W[i] = b - a;
      D[i] = b + service[node];
      const o = i * dims;
      const po = o - dims;
      const no = node * dims;
      for (let k = 0; k < dims; k++) load[o + k] = load[po + k] + delta[no + k];
      if (node < R) {
        pickupPos[node] = i;
        pickupStamp[node] = stamp;
        if (!loadFits(inst, v, load, o) && !soft) return Failure.Capacity;
      } else if (node < 2 * R) {
        const r = node - R;
        if (pickupStamp[r] !== stamp) {
          if (!soft) return Failure.Precedence;
          pickupPos[r] = i; // no pickup before it: measure no ride time (explain reports the order)
        }
        pickupStamp[r] = 0;
        anyDropoff = true;
        if (b - D[pickupPos[r]] > maxRide[r] + TIME_EPS) rideOk = false;
      }
    }
    const last = n - 1;
    // Quick accept: the earliest schedule is itself a feasible schedule. Delaying the
    // departure (step 4) shifts each stop by an amount that never grows along the route, so it
    // can only shorten rides and the route: the full procedure would accept too.
    if (mode === EvalMode.Check && rideOk && B[last] - B[0] <= inst.maxDuration[v] + TIME_EPS)
      return Failure.None;

    // Steps 3-5: delay the departure by F_0 (capped by the total waiting) to cut route duration,
    // but only by what the route's duration limit needs (issue 18, walk F22): the full delay
    // moved a rider waiting at the start of her window to its last minute whenever a later ride
    // left waiting in the route, for no one's gain. Ride times are repaired by step 7 as before.
    const excess = B[last] - B[0] - inst.maxDuration[v];
    let f0 = Infinity;
    let cumWait = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0) cumWait += W[i];
      const s = cumWait + (late[seq[i]] - B[i]);
      if (s < f0) f0 = s;
    }
    let totalWait = 0;
    for (let i = 1; i < last; i++) totalWait += W[i];
    const shift0 = Math.min(f0, totalWait, excess > 0 ? excess : 0);
    if (shift0 > 0) {
      B[0] += shift0;
      A[0] = B[0];
      D[0] += shift0;
      this.propagate(seq, n, 0);
    }

    // Step 6-7: ride times; if one is too long, delay pickups one by one by their slack.
    // Delaying pickup j never lengthens a ride (F_j protects the rides open at j, and a shift
    // shrinks along the route), so pickups after the last violated request's pickup cannot
    // help: step 7 stops there.
    const lastUseful = anyDropoff && !rideOk ? this.lastViolatedPickup(seq, n) : -1;
    if (lastUseful > 0) {
      for (let j = 1; j <= lastUseful; j++) {
        const pj = seq[j];
        if (pj >= R) continue;
        const fj = this.forwardSlack(seq, n, j);
        let waitAfter = 0;
        for (let i = j + 1; i < last; i++) waitAfter += W[i];
        const shift = fj < waitAfter ? fj : waitAfter;
        if (shift > 0) {
          W[j] += shift;
          B[j] += shift;
          D[j] += shift;
          this.propagate(seq, n, j);
        }
      }
      // Step 8: what still fails.
      for (let i = 1; i < last; i++) {
        const x = seq[i];
        if (x >= R && x < 2 * R) {
          const r = x - R;
          if (B[i] - D[pickupPos[r]] > maxRide[r] + TIME_EPS && !soft) return Failure.RideTime;
        }
      }
    }
    if (B[last] - B[0] > inst.maxDuration[v] + TIME_EPS && !soft) return Failure.RouteDuration;
    return Failure.None;
  }

  /** Re-time positions after `from` once its departure moved later (waiting absorbs the shift). */
  private propagate(seq: Int32Array, n: number, from: number): void {
    const { time, early, service, nNodes: N } = this.inst;
    const { arrival: A, start: B, wait: W, depart: D } = this;
    for (let i = from + 1; i < n; i++) {
      const a = D[i - 1] + time[seq[i - 1] * N + seq[i]];
      A[i] = a;
      const node = seq[i];
      const b = a < early[node] ? early[node] : a;
      if (b === B[i]) {
        W[i] = b - a;
        break; // later positions are unchanged
      }
      B[i] = b;
      W[i] = b - a;
      D[i] = b + service[node];
    }
  }

  /** Position of the latest pickup among requests whose ride is too long; -1 if none. */
  private lastViolatedPickup(seq: Int32Array, n: number): number {
    const { nRequests: R, maxRide } = this.inst;
    const { start: B, depart: D, pickupPos } = this;
    let last = -1;
    for (let i = 1; i < n - 1; i++) {
      const x = seq[i];
      if (x >= R && x < 2 * R) {
        const r = x - R;
        const pp = pickupPos[r];
        if (B[i] - D[pp] > maxRide[r] + TIME_EPS && pp > last) last = pp;
      }
    }
    return last;
  }

  /**
   * F_j = min over i >= j of (waiting in (j, i]) + min(l_i - B_i, L - P_i)^+, where P_i is the
   * ride time of the passenger dropped at i if picked up before j (Cordeau & Laporte 2003, eq. 1).
   */
  private forwardSlack(seq: Int32Array, n: number, j: number): number {
    const { late, nRequests: R, maxRide } = this.inst;
    const { start: B, wait: W, depart: D, pickupPos } = this;
    let best = Infinity;
    let cum = 0;
    for (let i = j; i < n; i++) {
      if (i > j) cum += W[i];
      if (cum >= best) break; // the sum only grows
      const x = seq[i];
      let s = late[x] - B[i];
      if (x >= R && x < 2 * R) {
        const r = x - R;
        const pp = pickupPos[r];
        if (pp < j) {
          const rs = maxRide[r] - (B[i] - D[pp]);
          if (rs < s) s = rs;
        }
      }
      const v = cum + (s > 0 ? s : 0);
      if (v < best) best = v;
    }
    return best;
  }
}
