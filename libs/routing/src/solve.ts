// The public, id-based face of the solver: solve() for a one-shot plan, DarpSolver for an
// anytime search the caller can poll, slice and stop (the BullMQ worker runs it in slices).
import { AlnsSearch, type SearchOptions, type SearchProgress } from './alns';
import { Assignment } from './assignment';
import { compileProblem, type Instance } from './instance';
import type { DialARideProblem, PlannedRoute, PlannedStop, RouteStop, Solution } from './model';
import { EvalMode, Failure, RouteEvaluator } from './schedule';

export type { SearchProgress };

/** Routes to start from, e.g. the current plan; infeasible routes are dropped (their requests
 * are inserted again by the construction). */
export interface InitialRoute {
  readonly vehicleId: string;
  readonly stops: readonly RouteStop[];
}

export interface SolveOptions extends SearchOptions {
  readonly initial?: readonly InitialRoute[];
}

/** Plan routes for every request that fits, within the options' time or iteration budget. */
export function solve(problem: DialARideProblem, options: SolveOptions = {}): Solution {
  const solver = new DarpSolver(problem, options);
  return solver.run();
}

/**
 * An anytime search. Deterministic for a seed when bounded by `maxIterations` only (the
 * annealing temperature follows the share of the budget used, so a time limit makes the
 * trajectory depend on the machine's speed).
 */
export class DarpSolver {
  private readonly inst: Instance;
  private readonly search: AlnsSearch;
  private started = false;

  constructor(
    problem: DialARideProblem,
    private readonly options: SolveOptions = {},
  ) {
    this.inst = compileProblem(problem);
    this.search = new AlnsSearch(this.inst, options.seed ?? 1);
  }

  /** Run to the end of the budget (blocking) and return the best solution. */
  run(): Solution {
    this.start();
    this.search.step(Infinity);
    return this.best();
  }

  /** Run in slices of `sliceMs`, yielding to the event loop between them so best() and stop()
   * can be called meanwhile. */
  async runAsync(sliceMs = 50): Promise<Solution> {
    this.start();
    while (!this.search.step(performance.now() + sliceMs)) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return this.best();
  }

  /** Ask the search to stop after the current iteration. */
  stop(): void {
    this.search.stop();
  }

  /** The best solution found so far (the construction's if the search has not run yet). */
  best(): Solution {
    if (!this.started) this.start();
    return toSolution(this.inst, this.search.best);
  }

  get iterations(): number {
    return this.search.iterations;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    const initial = this.options.initial ? fromRoutes(this.inst, this.options.initial) : undefined;
    this.search.construct(initial);
    this.search.begin(this.options);
  }
}

/**
 * Routes given by ids to search form. A route that does not check out as a whole (a ride
 * already late, a ride limit cut below its current ride) keeps its largest feasible part taken
 * ride by ride in pickup order; the rides left out are unassigned for the construction to place
 * again (issue 18: one late ride used to empty its whole vehicle, and the re-plan then found
 * rides it could not place anywhere).
 */
export function fromRoutes(inst: Instance, routes: readonly InitialRoute[]): Assignment {
  const sol = new Assignment(inst);
  const evaluator = new RouteEvaluator(inst);
  const seq = new Int32Array(2 * inst.nRequests + 2);
  const fits = (v: number, stops: readonly RouteStop[]): number => {
    const n = stopsToSequence(inst, v, stops, seq);
    if (n < 0 || evaluator.evaluate(seq, n, v) !== Failure.None) return -1;
    for (let k = 1; k < n - 1; k++) {
      const x = seq[k];
      if (x < inst.nRequests && (sol.routeOf[x] >= 0 || inst.compatible[x * inst.nVehicles + v] === 0))
        return -1;
    }
    return n;
  };
  for (const route of routes) {
    const v = inst.vehicleIndex.get(route.vehicleId);
    if (v === undefined || sol.routes[v].n !== 2) continue;
    let n = fits(v, route.stops);
    if (n < 0) {
      const onBoard = (id: string): boolean => {
        const r = inst.requestIndex.get(id);
        return r !== undefined && inst.onBoard[r] === 1;
      };
      const kept = new Set(route.stops.filter((s) => onBoard(s.requestId)).map((s) => s.requestId));
      const order = route.stops.filter((s) => s.kind === 'pickup').map((s) => s.requestId);
      for (const id of order) {
        const trial = new Set([...kept, id]);
        if (
          fits(
            v,
            route.stops.filter((s) => trial.has(s.requestId)),
          ) >= 0
        )
          kept.add(id);
      }
      n = fits(
        v,
        route.stops.filter((s) => kept.has(s.requestId)),
      );
      if (n < 0) continue;
    }
    sol.routes[v].assign(seq, n);
    for (let k = 1; k < n - 1; k++) if (seq[k] < inst.nRequests) sol.routeOf[seq[k]] = v;
  }
  return sol;
}

/**
 * Stops by id to the internal sequence (start node, stops, end node) in `out`; returns its
 * length, or -1 when a stop names an unknown request or a request is not visited exactly as a
 * pickup then a drop-off. On-board requests get their implicit pickup at the start.
 */
export function stopsToSequence(
  inst: Instance,
  v: number,
  stops: readonly RouteStop[],
  out: Int32Array,
): number {
  const R = inst.nRequests;
  const seen = new Uint8Array(R);
  let w = 0;
  out[w++] = 2 * R + 2 * v;
  // passengers already on board this vehicle: their pickup is the start itself
  for (const s of stops) {
    const r = inst.requestIndex.get(s.requestId);
    if (r !== undefined && inst.onBoard[r] && inst.pinnedTo[r] === v && s.kind === 'dropoff' && !seen[r]) {
      seen[r] = 1;
      out[w++] = r;
    }
  }
  for (const s of stops) {
    const r = inst.requestIndex.get(s.requestId);
    if (r === undefined) return -1;
    if (s.kind === 'pickup') {
      if (seen[r] !== 0 || inst.onBoard[r]) return -1;
      seen[r] = 1;
      out[w++] = r;
    } else {
      if (seen[r] !== 1) return -1;
      seen[r] = 2;
      out[w++] = R + r;
    }
  }
  for (let r = 0; r < R; r++) if (seen[r] === 1) return -1;
  out[w++] = 2 * R + 2 * v + 1;
  return w;
}

/** Search form to the public Solution, with planned service-start times. */
export function toSolution(inst: Instance, sol: Assignment): Solution {
  const evaluator = new RouteEvaluator(inst);
  const { problem, nRequests: R } = inst;
  const routes: PlannedRoute[] = [];
  let total = 0;
  for (const route of sol.routes) {
    evaluator.evaluate(route.seq, route.n, route.vehicle, EvalMode.Schedule);
    const stops: PlannedStop[] = [];
    for (let k = 1; k < route.n - 1; k++) {
      const x = route.seq[k];
      const r = x < R ? x : x - R;
      if (x < R && inst.onBoard[r]) continue; // picked up before the plan starts
      stops.push({
        requestId: problem.requests[r].id,
        kind: x < R ? 'pickup' : 'dropoff',
        location: inst.location[x],
        serviceStart: evaluator.start[k],
      });
    }
    total += route.cost;
    routes.push({
      vehicleId: problem.vehicles[route.vehicle].id,
      stops,
      departure: evaluator.start[0],
      arrival: evaluator.start[route.n - 1],
      cost: route.cost,
    });
  }
  const unassigned: string[] = [];
  for (let r = 0; r < R; r++) if (sol.routeOf[r] < 0) unassigned.push(problem.requests[r].id);
  return { routes, unassigned, cost: total };
}
