// Single-route operations for the dispatcher: check (and explain) a route a dispatcher builds
// by hand, and insert one new booking at its cheapest feasible place in the current plan (the
// real-time path: one compile, then O(routes x stops^2) cheap filters and a few exact checks).
import type { Assignment } from './assignment';
import { TIME_EPS, compileProblem, loadFits, type Instance } from './instance';
import { Inserter } from './insertion';
import type { DialARideProblem, PlannedRoute, PlannedStop, RouteStop } from './model';
import { EvalMode, Failure, RouteEvaluator } from './schedule';
import { fromRoutes, type InitialRoute } from './solve';

/** One broken constraint, in the dispatcher's words. `stopIndex` counts the given stops. */
export type Violation =
  | { readonly kind: 'unknown-request'; readonly requestId: string; readonly message: string }
  | { readonly kind: 'stop-order'; readonly requestId: string; readonly message: string }
  | {
      readonly kind: 'missing-feature';
      readonly requestId: string;
      readonly feature: string;
      readonly message: string;
    }
  | {
      readonly kind: 'pinned-elsewhere';
      readonly requestId: string;
      readonly vehicleId: string;
      readonly message: string;
    }
  | {
      readonly kind: 'capacity';
      readonly stopIndex: number;
      readonly load: readonly number[];
      readonly message: string;
    }
  | {
      readonly kind: 'time-window';
      readonly stopIndex: number;
      readonly requestId: string;
      readonly serviceStart: number;
      readonly latest: number;
      readonly message: string;
    }
  | {
      readonly kind: 'ride-time';
      readonly requestId: string;
      readonly rideTime: number;
      readonly maxRideTime: number;
      readonly message: string;
    }
  | {
      readonly kind: 'route-duration';
      readonly duration: number;
      readonly maxDuration: number;
      readonly message: string;
    }
  | { readonly kind: 'schedule'; readonly message: string };

export interface RouteCheck {
  readonly feasible: boolean;
  readonly violations: readonly Violation[];
  /** The planned schedule (with the broken constraints ignored when infeasible). */
  readonly schedule: readonly PlannedStop[];
}

export interface Insertion {
  readonly vehicleId: string;
  /** Indices in the vehicle's new stop list. */
  readonly pickupIndex: number;
  readonly dropoffIndex: number;
  readonly costIncrease: number;
  readonly route: PlannedRoute;
}

/** Compiles the problem once for many checks and insertions. */
export class DispatchPlanner {
  readonly inst: Instance;
  private readonly evaluator: RouteEvaluator;
  private readonly inserter: Inserter;
  private readonly seq: Int32Array;

  constructor(readonly problem: DialARideProblem) {
    this.inst = compileProblem(problem);
    this.evaluator = new RouteEvaluator(this.inst);
    this.inserter = new Inserter(this.inst, this.evaluator);
    this.seq = new Int32Array(2 * this.inst.nRequests + 2);
  }

  /** Whether the vehicle can drive these stops in this order, and if not, why. */
  checkRoute(vehicleId: string, stops: readonly RouteStop[]): RouteCheck {
    const { inst, problem } = this;
    const v = inst.vehicleIndex.get(vehicleId);
    if (v === undefined) throw new Error(`unknown vehicle ${vehicleId}`);
    const violations: Violation[] = [];
    const vehicle = problem.vehicles[v];
    const features = new Set(vehicle.features ?? []);
    const state = new Map<string, number>();
    const known: RouteStop[] = [];
    for (const s of stops) {
      const r = inst.requestIndex.get(s.requestId);
      if (r === undefined) {
        violations.push({
          kind: 'unknown-request',
          requestId: s.requestId,
          message: `unknown request ${s.requestId}`,
        });
        continue;
      }
      known.push(s);
      const seen = state.get(s.requestId) ?? (inst.onBoard[r] ? 1 : 0);
      const ok = s.kind === 'pickup' ? seen === 0 : seen === 1;
      if (!ok)
        violations.push({
          kind: 'stop-order',
          requestId: s.requestId,
          message: `request ${s.requestId}: ${s.kind} out of order (each request: one pickup, then one drop-off)`,
        });
      state.set(s.requestId, seen + 1);
      if (s.kind === 'pickup' || inst.onBoard[r]) {
        const req = problem.requests[r];
        for (const need of req.needs ?? [])
          if (!features.has(need))
            violations.push({
              kind: 'missing-feature',
              requestId: req.id,
              feature: need,
              message: `request ${req.id} needs ${need}, vehicle ${vehicleId} has none`,
            });
        const pin = inst.pinnedTo[r];
        if (pin >= 0 && pin !== v)
          violations.push({
            kind: 'pinned-elsewhere',
            requestId: req.id,
            vehicleId: problem.vehicles[pin].id,
            message: `request ${req.id} is ${inst.onBoard[r] ? 'on board' : 'confirmed to'} vehicle ${problem.vehicles[pin].id}`,
          });
      }
    }
    for (const [id, seen] of state)
      if (seen === 1)
        violations.push({
          kind: 'stop-order',
          requestId: id,
          message: `request ${id}: pickup without drop-off`,
        });

    // Timing and load: build the node sequence leniently (order problems reported above).
    const R = inst.nRequests;
    const seq = this.seq;
    const stopOfPos: number[] = [];
    let w = 0;
    seq[w++] = 2 * R + 2 * v;
    stopOfPos.push(-1);
    const placed = new Set<string>();
    for (const s of known) {
      const r = inst.requestIndex.get(s.requestId) as number;
      if (s.kind === 'dropoff' && inst.onBoard[r] && !placed.has(s.requestId)) {
        seq[w++] = r;
        stopOfPos.push(-1);
        placed.add(s.requestId);
      }
    }
    known.forEach((s) => {
      const r = inst.requestIndex.get(s.requestId) as number;
      if (s.kind === 'pickup' && inst.onBoard[r]) return;
      seq[w++] = s.kind === 'pickup' ? r : R + r;
      stopOfPos.push(stops.indexOf(s));
    });
    seq[w++] = 2 * R + 2 * v + 1;
    stopOfPos.push(-1);
    const n = w;
    const ev = this.evaluator;
    ev.evaluate(seq, n, v, EvalMode.Soft);

    const dims = inst.dims;
    const pickupAt = new Map<number, number>();
    const schedule: PlannedStop[] = [];
    let capacityReported = false;
    for (let k = 1; k < n - 1; k++) {
      const x = seq[k];
      const r = x < R ? x : x - R;
      const id = problem.requests[r].id;
      const si = stopOfPos[k];
      if (x < R) pickupAt.set(r, k);
      if (si >= 0) {
        schedule.push({
          requestId: id,
          kind: x < R ? 'pickup' : 'dropoff',
          location: inst.location[x],
          serviceStart: ev.start[k],
        });
        // against the window as booked (the tightened internal one is implied by ride times,
        // which are reported as such)
        const latest = x < R ? problem.requests[r].pickup.latest : problem.requests[r].dropoff.latest;
        if (ev.start[k] > latest + TIME_EPS) {
          violations.push({
            kind: 'time-window',
            stopIndex: si,
            requestId: id,
            serviceStart: ev.start[k],
            latest,
            message: `stop ${si} (${x < R ? 'pickup' : 'drop-off'} of ${id}) cannot start before ${fmt(ev.start[k])}, latest allowed ${fmt(latest)}`,
          });
        }
        if (x < R && !capacityReported && !loadFits(inst, v, ev.load, k * dims)) {
          capacityReported = true;
          const load = Array.from(ev.load.subarray(k * dims, k * dims + dims));
          violations.push({
            kind: 'capacity',
            stopIndex: si,
            load,
            message: `after stop ${si} the load [${load.join(', ')}] fits no configuration of vehicle ${vehicleId}`,
          });
        }
      }
      if (x >= R) {
        const pk = pickupAt.get(r);
        if (pk !== undefined) {
          const ride = ev.start[k] - ev.depart[pk];
          if (ride > inst.maxRide[r] + TIME_EPS)
            violations.push({
              kind: 'ride-time',
              requestId: id,
              rideTime: ride,
              maxRideTime: inst.maxRide[r],
              message: `request ${id} rides at least ${fmt(ride)}, limit ${fmt(inst.maxRide[r])}`,
            });
        }
      }
    }
    const duration = ev.start[n - 1] - ev.start[0];
    if (duration > inst.maxDuration[v] + TIME_EPS)
      violations.push({
        kind: 'route-duration',
        duration,
        maxDuration: inst.maxDuration[v],
        message: `route takes ${fmt(duration)}, limit ${fmt(inst.maxDuration[v])}`,
      });
    if (ev.start[n - 1] > inst.late[seq[n - 1]] + TIME_EPS)
      violations.push({
        kind: 'route-duration',
        duration,
        maxDuration: inst.late[seq[n - 1]] - inst.early[seq[0]],
        message: `route ends at ${fmt(ev.start[n - 1])}, after the shift end ${fmt(inst.late[seq[n - 1]])}`,
      });
    // The lenient schedule can report nothing while the exact procedure still fails (e.g. a
    // window missed at the start cascading): trust the exact one for the verdict.
    const failure = violations.length === 0 ? ev.evaluate(seq, n, v) : Failure.None;
    if (failure !== Failure.None)
      violations.push({
        kind: 'schedule',
        message: `no schedule meets every window and ride time at once (${FAILURE_TEXT[failure]})`,
      });
    return { feasible: violations.length === 0, violations, schedule };
  }

  /**
   * The cheapest feasible place for one request in the current routes, or null if none
   * takes it. Routes that do not check out as given are not considered.
   */
  insertRequest(routes: readonly InitialRoute[], requestId: string): Insertion | null {
    const { inst, problem } = this;
    const r = inst.requestIndex.get(requestId);
    if (r === undefined) throw new Error(`unknown request ${requestId}`);
    const sol: Assignment = fromRoutes(
      inst,
      routes.filter((route) => !route.stops.some((s) => s.requestId === requestId)),
    );
    let best = Infinity;
    let bv = -1;
    let bi = -1;
    let bj = -1;
    for (let v = 0; v < inst.nVehicles; v++) {
      const c = this.inserter.bestInsertion(sol.routes[v], r, best);
      if (c < best) {
        best = c;
        bv = v;
        bi = this.inserter.pickupAfter;
        bj = this.inserter.dropoffAfter;
      }
    }
    if (bv < 0) return null;
    const route = sol.routes[bv];
    route.insert(r, bi, bj);
    this.evaluator.evaluate(route.seq, route.n, bv, EvalMode.Schedule);
    const stops: PlannedStop[] = [];
    let pickupIndex = -1;
    let dropoffIndex = -1;
    for (let k = 1; k < route.n - 1; k++) {
      const x = route.seq[k];
      const q = x < inst.nRequests ? x : x - inst.nRequests;
      if (x < inst.nRequests && inst.onBoard[q]) continue;
      if (q === r) {
        if (x < inst.nRequests) pickupIndex = stops.length;
        else dropoffIndex = stops.length;
      }
      stops.push({
        requestId: problem.requests[q].id,
        kind: x < inst.nRequests ? 'pickup' : 'dropoff',
        location: inst.location[x],
        serviceStart: this.evaluator.start[k],
      });
    }
    return {
      vehicleId: problem.vehicles[bv].id,
      pickupIndex,
      dropoffIndex,
      costIncrease: best,
      route: {
        vehicleId: problem.vehicles[bv].id,
        stops,
        departure: this.evaluator.start[0],
        arrival: this.evaluator.start[route.n - 1],
        cost: route.cost,
      },
    };
  }
}

/** Check a hand-built route and explain what breaks (see DispatchPlanner.checkRoute). */
export function checkRoute(
  problem: DialARideProblem,
  vehicleId: string,
  stops: readonly RouteStop[],
): RouteCheck {
  return new DispatchPlanner(problem).checkRoute(vehicleId, stops);
}

/** Cheapest feasible insertion of one request into the given routes (see DispatchPlanner.insertRequest). */
export function insertRequest(
  problem: DialARideProblem,
  routes: readonly InitialRoute[],
  requestId: string,
): Insertion | null {
  return new DispatchPlanner(problem).insertRequest(routes, requestId);
}

const FAILURE_TEXT: Record<Failure, string> = {
  [Failure.None]: 'none',
  [Failure.Capacity]: 'capacity',
  [Failure.TimeWindow]: 'a time window',
  [Failure.RideTime]: 'a ride time',
  [Failure.RouteDuration]: 'route duration',
  [Failure.Precedence]: 'stop order',
};

function fmt(t: number): string {
  return String(Math.round(t * 100) / 100);
}
