// Adaptive large neighbourhood search (Ropke & Pisinger 2006; applied to the DARP by e.g.
// Gschwind & Drexl 2019, Transp. Sci. 53(2)): each iteration removes a few requests with one of
// three removal operators and reinserts them with one of six insertion variants (greedy,
// regret-2, regret-3; each with or without noise), the operators chosen by roulette wheel with
// weights adapted to their past success (section 3.4). Candidates close to the current
// solution are polished by local search (tail exchange and request relocation, see
// local-search.ts) and accepted by simulated annealing (section 3.5).
//
// Works on the compiled Instance only; the public, id-based API is in solve.ts.
import { Assignment } from './assignment';
import type { Instance } from './instance';
import { Inserter } from './insertion';
import { TailExchange, relocateDescent } from './local-search';
import { Random } from './random';
import { REMOVAL_KINDS, type RemovalKind, Remover } from './removal';
import { Repairer } from './repair';
import { RouteEvaluator } from './schedule';

export interface SearchProgress {
  /** Share of the budget used, 0..100. */
  readonly percent: number;
  /** Route cost of the best solution (its unassigned requests are counted separately). */
  readonly bestCost: number;
  readonly unassigned: number;
  readonly iterations: number;
  readonly elapsedMs: number;
  /** Objective of the solution the search currently explores from (route cost plus a large
   * penalty per unassigned request). */
  readonly currentCost: number;
}

export interface SearchOptions {
  /** Wall-clock budget in milliseconds (default 10 000). */
  readonly timeLimitMs?: number;
  /** Iteration budget; with it (and no time pressure) the search is fully reproducible. */
  readonly maxIterations?: number;
  readonly seed?: number;
  readonly onProgress?: (p: SearchProgress) => void;
  /** Minimum time between progress reports (default 250 ms). */
  readonly progressIntervalMs?: number;
  /**
   * Clock in milliseconds for the time limit (default performance.now). A CPU-time clock,
   * e.g. () => process.cpuUsage().user / 1000, makes budgets fair on a loaded machine.
   */
  readonly clock?: () => number;
  /** Search parameters; the defaults were tuned on the Cordeau benchmark. */
  readonly tuning?: Partial<Tuning>;
}

export interface Tuning {
  /** Requests removed per iteration: uniform in [minRemove, maxRemove], where each bound is
   * its share of the movable requests, clamped to [2, maxRemoveCap]. */
  readonly minRemoveShare: number;
  readonly maxRemoveShare: number;
  readonly maxRemoveCap: number;
  /** Start temperature: a solution this much worse (share of the first cost) is accepted
   * with probability 1/2. */
  readonly startWorse: number;
  /** Final temperature as a share of the start temperature. */
  readonly tempRatio: number;
  /** Polish a repaired candidate by relocation descent when it is within this share of the
   * current objective (negative: only new best solutions are polished). */
  readonly polishWithin: number;
  /** Go back to the best solution after this many iterations without a new best. */
  readonly restartAfter: number;
  /** Annealing cycles: the budget is split into this many cools, each restarting from the
   * best solution at a start temperature `cycleDecay` times the previous one's. */
  readonly cycles: number;
  readonly cycleDecay: number;
}

export const DEFAULT_TUNING: Tuning = {
  minRemoveShare: 0.05,
  maxRemoveShare: 0.5,
  maxRemoveCap: 30,
  startWorse: 0.01,
  tempRatio: 1 / 2000,
  polishWithin: 0.03,
  restartAfter: Infinity,
  cycles: 1,
  cycleDecay: 1,
};

const REPAIR_VARIANTS = 6; // (greedy, regret-2, regret-3) x (no noise, noise)
const SEGMENT = 100;
const REACTION = 0.1;
const SCORE_BEST = 33;
const SCORE_BETTER = 9;
const SCORE_ACCEPTED = 13;
const OBJ_EPS = 1e-9;

export class AlnsSearch {
  readonly inst: Instance;
  private readonly rng: Random;
  private readonly evaluator: RouteEvaluator;
  readonly inserter: Inserter;
  private readonly repairer: Repairer;
  private readonly remover: Remover;
  private readonly tailExchange: TailExchange;
  readonly current: Assignment;
  private readonly candidate: Assignment;
  readonly best: Assignment;
  private bestObj = Infinity;
  private currentObj = Infinity;
  private readonly pending: Int32Array;
  private readonly removalWeight = new Float64Array(REMOVAL_KINDS).fill(1);
  private readonly removalScore = new Float64Array(REMOVAL_KINDS);
  private readonly removalUses = new Float64Array(REMOVAL_KINDS);
  private readonly repairWeight = new Float64Array(REPAIR_VARIANTS).fill(1);
  private readonly repairScore = new Float64Array(REPAIR_VARIANTS);
  private readonly repairUses = new Float64Array(REPAIR_VARIANTS);
  iterations = 0;
  private stopped = false;
  private options: SearchOptions = {};
  private clock: () => number = () => performance.now();
  private t0 = 0;
  private lastReport = 0;
  private timeLimit = 0;
  private maxIter = Infinity;
  private movable = 0;
  private qMin = 0;
  private qMax = 0;
  private tempStart = 0;
  private tempRatio = 1;
  private tuning: Tuning = DEFAULT_TUNING;
  private sinceBest = 0;
  private cycle = 0;
  private currentPolished = false;
  private readonly checkedAt: Int32Array;
  private noiseAmp = 0;
  private segmentIter = 0;
  private readonly hasRequired: boolean;

  constructor(inst: Instance, seed: number) {
    this.inst = inst;
    this.rng = new Random(seed);
    this.evaluator = new RouteEvaluator(inst);
    this.inserter = new Inserter(inst, this.evaluator);
    this.repairer = new Repairer(inst, this.inserter);
    this.remover = new Remover(inst);
    this.tailExchange = new TailExchange(inst, this.evaluator);
    this.current = new Assignment(inst);
    this.candidate = new Assignment(inst);
    this.best = new Assignment(inst);
    this.pending = new Int32Array(inst.nRequests);
    this.checkedAt = new Int32Array(inst.nRequests);
    this.hasRequired = inst.required.includes(1);
  }

  /** Build the first solution: pinned requests first (they have one vehicle each), then the
   * rest by regret-2 insertion. `start` may hold routes to begin from instead. */
  construct(start?: Assignment): void {
    const sol = this.current;
    if (start) sol.copyFrom(start);
    const { pinnedTo } = this.inst;
    let np = 0;
    for (let r = 0; r < this.inst.nRequests; r++)
      if (sol.routeOf[r] < 0 && pinnedTo[r] >= 0) this.pending[np++] = r;
    this.repairer.repair(sol, this.pending, np, 2, 0, this.rng);
    np = 0;
    for (let r = 0; r < this.inst.nRequests; r++) if (sol.routeOf[r] < 0) this.pending[np++] = r;
    this.repairRequiredFirst(sol, np, 2, 0);
    this.polish(sol, -1);
    this.currentPolished = true;
    this.currentObj = sol.objective();
    this.best.copyFrom(sol);
    this.bestObj = this.currentObj;
  }

  stop(): void {
    this.stopped = true;
  }

  /** Run the search until the budget is spent or stop() is called. */
  run(options: SearchOptions): void {
    this.begin(options);
    this.step(Infinity);
  }

  /** Set the budget and the annealing schedule; the clock starts now. */
  begin(options: SearchOptions): void {
    const inst = this.inst;
    this.options = options;
    this.timeLimit = options.timeLimitMs ?? 10_000;
    this.maxIter = options.maxIterations ?? Infinity;
    this.clock = options.clock ?? (() => performance.now());
    this.t0 = this.clock();
    this.lastReport = this.t0;
    this.movable = 0;
    for (let r = 0; r < inst.nRequests; r++) if (inst.pinnedTo[r] < 0) this.movable++;
    const m = this.movable;
    const tuning = { ...DEFAULT_TUNING, ...options.tuning };
    this.tempRatio = tuning.tempRatio;
    this.tuning = tuning;
    this.qMax = Math.min(
      m,
      Math.max(4, Math.min(tuning.maxRemoveCap, Math.round(tuning.maxRemoveShare * m))),
    );
    this.qMin = Math.min(this.qMax, Math.max(2, Math.round(tuning.minRemoveShare * m)));
    // Start temperature: a solution 5% worse than the first is accepted with probability 1/2
    // (Ropke & Pisinger 2006, section 3.5); the temperature falls geometrically with the share
    // of the budget used, to tempRatio of its start.
    this.tempStart = (tuning.startWorse * Math.max(this.current.cost(), 1e-9)) / Math.LN2;
    this.noiseAmp = 0.025 * inst.maxArcCost;
  }

  /** Iterate until performance.now() (wall clock, whatever the budget's clock) reaches
   * `until` or the budget is spent; true when done. */
  step(until: number): boolean {
    const inst = this.inst;
    const R = inst.nRequests;
    const rng = this.rng;
    const pending = this.pending;
    const options = this.options;
    const reportEvery = options.progressIntervalMs ?? 250;
    for (;;) {
      if (this.stopped || this.movable === 0) break;
      const now = this.clock();
      const progress = Math.max((now - this.t0) / this.timeLimit, this.iterations / this.maxIter);
      if (progress >= 1) break;
      if (until !== Infinity && performance.now() >= until) return false;
      if (options.onProgress && now - this.lastReport >= reportEvery) {
        this.lastReport = now;
        options.onProgress(this.progress(progress));
      }
      const cycles = this.tuning.cycles;
      const cycle = Math.min(cycles - 1, Math.floor(progress * cycles));
      if (cycle !== this.cycle) {
        this.cycle = cycle;
        this.current.copyFrom(this.best);
        this.currentObj = this.bestObj;
        this.currentPolished = true;
      }
      const temp =
        this.tempStart *
        Math.pow(this.tuning.cycleDecay, cycle) *
        Math.pow(this.tempRatio, progress * cycles - cycle);

      const rk = roulette(this.removalWeight, rng) as RemovalKind;
      const rv = roulette(this.repairWeight, rng);
      const cand = this.candidate;
      cand.copyFrom(this.current);
      const since = this.currentPolished ? cand.tick : -1;
      const q = rng.int(this.qMin, this.qMax);
      let np = this.remover.remove(rk, cand, q, pending, rng);
      for (let r = 0; r < R; r++) if (cand.routeOf[r] < 0 && !contains(pending, np, r)) pending[np++] = r;
      // With promised (required) requests, every other repair inserts them first: a single
      // repair lets waiting rides take their places (the candidate then loses on the objective),
      // one that puts them first finds the room left around them; the single one still finds a
      // promised ride's move that frees the only place another ride fits.
      if (this.hasRequired && this.iterations % 2 === 0)
        this.repairRequiredFirst(cand, np, (rv % 3) + 1, rv >= 3 ? this.noiseAmp : 0);
      else this.repairer.repair(cand, pending, np, (rv % 3) + 1, rv >= 3 ? this.noiseAmp : 0, rng);
      let obj = cand.objective();
      let polished = false;
      if (obj < this.bestObj - OBJ_EPS || obj < this.currentObj * (1 + this.tuning.polishWithin)) {
        this.polish(cand, since);
        obj = cand.objective();
        polished = true;
      }
      this.iterations++;
      if (++this.sinceBest > this.tuning.restartAfter) {
        this.sinceBest = 0;
        this.current.copyFrom(this.best);
        this.currentObj = this.bestObj;
        this.currentPolished = true;
      }
      this.removalUses[rk]++;
      this.repairUses[rv]++;

      let score = 0;
      if (obj < this.bestObj - OBJ_EPS) {
        this.sinceBest = 0;
        this.best.copyFrom(cand);
        this.bestObj = obj;
        this.current.copyFrom(cand);
        this.currentObj = obj;
        this.currentPolished = polished;
        score = SCORE_BEST;
      } else if (obj < this.currentObj - OBJ_EPS) {
        this.current.copyFrom(cand);
        this.currentObj = obj;
        this.currentPolished = polished;
        score = SCORE_BETTER;
      } else if (obj > this.currentObj + OBJ_EPS && rng.next() < Math.exp((this.currentObj - obj) / temp)) {
        this.current.copyFrom(cand);
        this.currentObj = obj;
        this.currentPolished = polished;
        score = SCORE_ACCEPTED;
      }
      this.removalScore[rk] += score;
      this.repairScore[rv] += score;
      if (++this.segmentIter >= SEGMENT) {
        this.segmentIter = 0;
        adapt(this.removalWeight, this.removalScore, this.removalUses);
        adapt(this.repairWeight, this.repairScore, this.repairUses);
      }
    }
    if (options.onProgress) options.onProgress(this.progress(1));
    return true;
  }

  /**
   * Insert pending[0..np) into sol: the required requests first, each where it fits best,
   * then the others into the room left (a waitlisted ride never takes the only place of a
   * promised one a start route could not keep).
   */
  private repairRequiredFirst(sol: Assignment, np: number, k: number, noise: number): void {
    const { pending } = this;
    const { required } = this.inst;
    let nr = 0;
    for (let a = 0; a < np; a++)
      if (required[pending[a]] === 1) {
        const r = pending[a];
        pending[a] = pending[nr];
        pending[nr++] = r;
      }
    if (nr > 0) {
      this.repairer.repair(sol, pending, nr, k, noise, this.rng);
      pending.copyWithin(0, nr, np);
    }
    this.repairer.repair(sol, pending, np - nr, k, noise, this.rng);
  }

  /**
   * Local search to a local optimum of both neighbourhoods. `since`: the modification tick up
   * to which sol is known to be relocation-optimal (-1: nothing known), e.g. the current
   * solution's tick when sol was copied from it before destroy and repair.
   */
  private polish(sol: Assignment, since: number): void {
    this.checkedAt.fill(since);
    for (let round = 0; round < 10; round++) {
      const a = this.tailExchange.descend(sol);
      const b = relocateDescent(this.inst, sol, this.inserter, this.checkedAt);
      if (!a && !b) break;
      if (!b) break;
    }
  }

  bestObjective(): number {
    return this.bestObj;
  }

  private progress(share: number): SearchProgress {
    return {
      percent: Math.min(100, share * 100),
      bestCost: this.best.cost(),
      unassigned: this.best.unassignedCount(),
      iterations: this.iterations,
      elapsedMs: this.clock() - this.t0,
      currentCost: this.currentObj,
    };
  }
}

function roulette(weights: Float64Array, rng: Random): number {
  let total = 0;
  for (let k = 0; k < weights.length; k++) total += weights[k];
  let x = rng.next() * total;
  for (let k = 0; k < weights.length; k++) {
    x -= weights[k];
    if (x < 0) return k;
  }
  return weights.length - 1;
}

/** Weight update at the end of a segment (Ropke & Pisinger 2006, section 3.4.2). */
function adapt(weight: Float64Array, score: Float64Array, uses: Float64Array): void {
  for (let k = 0; k < weight.length; k++) {
    if (uses[k] > 0) weight[k] = weight[k] * (1 - REACTION) + (REACTION * score[k]) / uses[k];
    if (weight[k] < 0.05) weight[k] = 0.05;
    score[k] = 0;
    uses[k] = 0;
  }
}

function contains(a: Int32Array, n: number, x: number): boolean {
  for (let k = 0; k < n; k++) if (a[k] === x) return true;
  return false;
}
