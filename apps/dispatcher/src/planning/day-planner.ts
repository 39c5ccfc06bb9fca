// The re-plan of a region's day (queue "plan"): every open shift of the day with its route,
// every booking of the day free to move, the waitlisted ones offered again, improved by the ALNS
// search within a time budget. The result is a proposal (issue 18): the routes, what they change
// for each ride and the figures before and after, fingerprinted against the routes it started
// from; the dispatcher applies or discards it (Replans in @invataxi/dispatch). Bookings under
// way, confirmed to a driver or placed by a dispatcher stay on their vehicle unless the
// dispatcher lets the latter two go; no rider's ride grows beyond the policy's ride-time factor.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DarpSolver, type SearchProgress, type TravelTimeProvider } from '@invataxi/routing';
import {
  CLOCK,
  katoCovers,
  localDateTimeToUtc,
  rideChanges,
  type Clock,
  type LocalDate,
  type RidePlacement,
} from '@invataxi/domain';
import { DispatchConsoleRepository, PlanningRepository } from '@invataxi/persistence';
import type { Solution } from '@invataxi/routing';
import {
  buildProblem,
  type BuildOptions,
  type BuiltProblem,
  planBasis,
  plannedSeconds,
  RegionPolicies,
  type ReplanProposal,
  toStopPlans,
  TRAVEL_TIME,
  type TripRow,
  RouteModel,
} from '@invataxi/dispatch';
import { capRideTimes, currentRides, weighRideTime } from './ride-limits';
import { combineFigures, planFigures, type PlanFigures } from './plan-figures';
import { partitionDay, type PlanPart } from './partition';

export interface PlanOptions {
  timeLimitMs: number;
  seed?: number;
  onProgress?: (p: { percent: number; currentCost: number }) => Promise<void> | void;
  /** Requests per piece of the day searched at once (see partitionDay). */
  maxRequestsPerPart?: number;
}

/** Requests per piece: the construction (regret insertion) grows faster than linearly with it; 500 keeps a 10,000-request day within a minute (bench:dispatch). */
export const MAX_REQUESTS_PER_PART = 500;

export interface PartSolution {
  part: PlanPart;
  built: BuiltProblem;
  solution: Solution;
  before: PlanFigures;
  after: PlanFigures;
}

/**
 * Searches each piece of the day in turn, with the time budget shared by size, starting from
 * the routes as they stand. Used by the evening job and by the benchmark.
 */
export async function searchParts(
  parts: readonly PlanPart[],
  trips: ReadonlyMap<string, TripRow>,
  travel: TravelTimeProvider,
  opts: PlanOptions & {
    coverage?: (shiftId: string, kato: string) => boolean;
    /** Rides kept on their vehicle besides those under way (see BuildOptions.pinned). */
    pinned?: ReadonlySet<string>;
    /** Rides whose pickup keeps its planned time (see BuildOptions.keepTimes). */
    keepTimes?: ReadonlySet<string>;
    /** Keep rides confirmed to a driver on their vehicle (default true). */
    lockConfirmed?: boolean;
    /** The region policy's ride-time factor: no ride on a route grows beyond it (issue 18). */
    rideFactor?: number;
    /**
     * Rides on a route that no plan serves within their windows (already late): each may be as
     * late as it is now, so it keeps a vehicle instead of blocking the whole proposal.
     */
    asLateAsNow?: ReadonlySet<string>;
    /** Planning today: from now and the vehicles' last pings (see BuildOptions.now). */
    now?: BuildOptions['now'];
    positions?: BuildOptions['positions'];
  },
): Promise<PartSolution[]> {
  const total = Math.max(
    1,
    parts.reduce((n, p) => n + p.size, 0),
  );
  const out: PartSolution[] = [];
  let doneShare = 0;
  let costSoFar = 0;
  for (const part of parts) {
    const share = part.size / total;
    const raw = await buildProblem(part.routes, trips, part.extra, travel, {
      lockConfirmed: opts.lockConfirmed ?? true,
      coverage: opts.coverage,
      pinned: opts.pinned,
      keepTimes: opts.keepTimes,
      now: opts.now,
      positions: opts.positions,
    });
    const capped: BuiltProblem =
      opts.rideFactor === undefined
        ? raw
        : {
            ...raw,
            problem: capRideTimes(
              raw.problem,
              currentRides(part.routes, trips),
              new Map([...trips.values(), ...part.extra].map((t) => [t.id, t.directSeconds])),
              opts.rideFactor,
            ),
          };
    const limited: BuiltProblem = opts.asLateAsNow?.size
      ? { ...capped, problem: asLateAsNow(capped, part.routes, opts.asLateAsNow) }
      : capped;
    const built: BuiltProblem = { ...limited, problem: weighRideTime(limited.problem) };
    const direct = new Map<string, number>(part.extra.map((t) => [t.id, t.directSeconds]));
    for (const r of built.problem.requests)
      if (!direct.has(r.id)) direct.set(r.id, trips.get(r.id)?.directSeconds ?? 0);
    const sec = (d: Date): number => (d.getTime() - built.origin) / 1000;
    const before = planFigures(
      built.problem,
      part.routes.map((r) => ({
        vehicleId: r.shift.id,
        stops: r.pending.map((s) => ({
          requestId: s.bookingId,
          kind: s.kind === 'PICKUP' ? ('pickup' as const) : ('dropoff' as const),
          serviceStart: sec(s.plannedAt),
        })),
      })),
      direct,
    );
    if (built.problem.requests.length === 0) {
      out.push({ part, built, solution: { routes: [], unassigned: [], cost: 0 }, before, after: before });
      doneShare += share;
      continue;
    }
    const solver = new DarpSolver(built.problem, {
      initial: built.initial,
      timeLimitMs: Math.max(200, Math.round(opts.timeLimitMs * share)),
      seed: opts.seed ?? 1,
      progressIntervalMs: 500,
      onProgress: (p: SearchProgress) => {
        void opts.onProgress?.({
          percent: Math.min(99, Math.round((doneShare + (share * p.percent) / 100) * 100)),
          currentCost: Math.round(costSoFar + p.bestCost) / 1000,
        });
      },
    });
    const solution = await solver.runAsync(50);
    const after = planFigures(
      built.problem,
      solution.routes.map((r) => ({ vehicleId: r.vehicleId, stops: [...r.stops] })),
      direct,
    );
    costSoFar += solution.cost;
    doneShare += share;
    out.push({ part, built, solution, before, after });
  }
  return out;
}

/** The problem with these rides' latest pickup, drop-off and ride time no earlier than in the routes as they stand. */
function asLateAsNow(
  built: BuiltProblem,
  routes: readonly PlanPart['routes'][number][],
  ids: ReadonlySet<string>,
): BuiltProblem['problem'] {
  // a minute of slack: the stored times are the search's, rounded to the second
  const at = plannedSeconds(routes, ids, (d) => (d.getTime() - built.origin) / 1000 + 60);
  return {
    ...built.problem,
    requests: built.problem.requests.map((q) => {
      const now = at.get(q.id);
      if (!now) return q;
      const pickup = Math.max(q.pickup.latest, now.pickup ?? 0);
      const dropoff = Math.max(q.dropoff.latest, now.dropoff ?? 0);
      return {
        ...q,
        pickup: { ...q.pickup, latest: pickup },
        dropoff: { ...q.dropoff, latest: dropoff },
        maxRideTime: Math.max(q.maxRideTime, dropoff - q.pickup.earliest),
      };
    }),
  };
}

export interface PlanResult {
  before: PlanFigures;
  after: PlanFigures;
  /** Why there is nothing to apply (a code the console translates); null with a proposal. */
  note: PlanNote | null;
  /** With WOULD_DROP_SCHEDULED: the rides on a route no plan keeps on a vehicle. */
  stranded?: string[];
  proposal: ReplanProposal | null;
  basis: string | null;
}

/** Why a run ends without a proposal. */
export type PlanNote = 'NO_SHIFTS' | 'NOTHING_TO_PLAN' | 'WOULD_DROP_SCHEDULED' | 'NO_IMPROVEMENT';

@Injectable()
export class DayPlanner {
  constructor(
    private readonly routeModel: RouteModel,
    private readonly ds: DataSource,
    @Inject(TRAVEL_TIME) private readonly travel: TravelTimeProvider,
    private readonly planning: PlanningRepository,
    private readonly policies: RegionPolicies,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly console: DispatchConsoleRepository,
  ) {}

  /**
   * A re-plan of today starts from now and where each vehicle last was: no stop is planned in
   * the past, and a ride already late is late as a fact (allowLateness), not a reason to drop
   * the plan. A future day is planned from its shifts' starts.
   */
  private async present(
    date: LocalDate,
    routes: readonly { shift: { id: string } }[],
  ): Promise<Pick<BuildOptions, 'now' | 'positions'>> {
    const now = this.clock.now();
    const from = localDateTimeToUtc(date, '00:00').getTime();
    if (now.getTime() < from || now.getTime() >= from + 86_400_000) return {};
    const pings = await this.console.lastPositions(routes.map((r) => r.shift.id));
    return { now, positions: new Map(pings.map((p) => [p.shiftId, p] as const)) };
  }

  private async load(regionKato: string, date: LocalDate) {
    const from = localDateTimeToUtc(date, '00:00');
    const to = new Date(from.getTime() + 86_400_000);
    const shiftIds = await this.planning.openShiftIdsOfDay(regionKato, from, to);
    const { routes, trips } = await this.routeModel.loadRoutes(this.ds.manager, shiftIds);
    const waitIds = await this.planning.waitlistedIdsOfDay(regionKato, from, to, this.clock.now());
    const waitTrips = await this.routeModel.loadTrips(this.ds.manager, waitIds);
    // In id order, as read; one that moved on between the two reads is left out.
    const waitlisted = waitIds
      .map((id) => waitTrips.get(id))
      .filter((t): t is TripRow => t?.status === 'WAITLISTED');
    const areas = shiftIds.length ? await this.planning.serviceAreasOfShifts(shiftIds) : [];
    const areaOf = new Map<string, string[]>();
    for (const a of areas) areaOf.set(a.shiftId, [...(areaOf.get(a.shiftId) ?? []), a.kato]);
    const coverage = (shiftId: string, kato: string): boolean =>
      (areaOf.get(shiftId) ?? []).some((a) => katoCovers(a, kato));
    const policy = await this.policies.inForce(this.ds.manager, regionKato, from);
    return { routes, trips, waitlisted, coverage, rideFactor: policy.maxRideTime.factor };
  }

  /**
   * Computes a proposal for the day; writes nothing. `releasePinned`: the dispatcher lets rides
   * they placed by hand and rides confirmed to a driver move too.
   */
  async plan(
    regionKato: string,
    date: LocalDate,
    opts: PlanOptions & { releasePinned?: boolean },
  ): Promise<PlanResult> {
    const { routes, trips, waitlisted, coverage, rideFactor } = await this.load(regionKato, date);
    const onRoute = [...new Set(routes.flatMap((r) => r.pending.map((s) => s.bookingId)))];
    const placed = opts.releasePinned
      ? new Set<string>()
      : await this.routeModel.dispatcherPlaced(this.ds.manager, routes);
    const pinned = opts.releasePinned
      ? []
      : [...new Set([...onRoute.filter((id) => trips.get(id)?.confirmedToDriver), ...placed])].sort();
    const parts = partitionDay(routes, trips, waitlisted, opts.maxRequestsPerPart ?? MAX_REQUESTS_PER_PART);
    const present = await this.present(date, routes);
    const search = (asLateAsNow?: ReadonlySet<string>) =>
      searchParts(parts, trips, this.travel, {
        ...opts,
        ...present,
        coverage,
        pinned: new Set(pinned),
        keepTimes: placed,
        lockConfirmed: !opts.releasePinned,
        rideFactor,
        asLateAsNow,
      });
    const lostOf = (xs: PartSolution[]) =>
      xs.flatMap((x) => x.solution.unassigned).filter((id) => trips.has(id));
    let solved = await search();
    // A ride already late everywhere keeps its vehicle, as late as it is now, and the rest of
    // the day is still planned (issue 18: one late ride answered "no changes" to every re-plan).
    const late = lostOf(solved);
    if (late.length > 0) solved = await search(new Set(late));
    const before = combineFigures(solved.map((x) => x.before));
    const after = combineFigures(solved.map((x) => x.after));
    const none = (note: PlanNote): PlanResult => ({
      before,
      after: before,
      note,
      proposal: null,
      basis: null,
    });
    // No vehicle works that day: said as such, not as "no changes" (walk t23).
    if (routes.length === 0) return none('NO_SHIFTS');
    if (solved.every((x) => x.built.problem.requests.length === 0)) return none('NOTHING_TO_PLAN');
    // A booking already on a route must stay on one: SCHEDULED has no way back to WAITLISTED.
    const lost = lostOf(solved);
    if (lost.length > 0) return { ...none('WOULD_DROP_SCHEDULED'), stranded: lost.sort() };

    const placedAfter = new Map<string, RidePlacement>();
    const proposalRoutes: ReplanProposal['routes'] = [];
    for (const x of solved)
      for (const route of x.solution.routes) {
        const plan = toStopPlans(route.stops, x.built.toDate);
        proposalRoutes.push({
          shiftId: route.vehicleId,
          stops: plan.map((p) => ({
            bookingId: p.bookingId,
            kind: p.kind,
            plannedAt: p.plannedAt.toISOString(),
          })),
        });
        for (const p of plan)
          if (p.kind === 'PICKUP')
            placedAfter.set(p.bookingId, { shiftId: route.vehicleId, pickupAt: p.plannedAt });
      }
    const placedBefore = new Map<string, RidePlacement>();
    for (const r of routes)
      for (const s of r.pending)
        if (s.kind === 'PICKUP')
          placedBefore.set(s.bookingId, { shiftId: r.shift.id, pickupAt: s.plannedAt });
    const changes = rideChanges(placedBefore, placedAfter);
    const served = waitlisted.filter((t) => placedAfter.has(t.id));
    if (changes.length === 0 && after.km >= before.km) return none('NO_IMPROVEMENT');
    // More kilometres are worth it only for riders served from the waitlist.
    if (after.km > before.km && served.length === 0) return none('NO_IMPROVEMENT');
    const proposal: ReplanProposal = {
      shiftIds: routes.map((r) => r.shift.id),
      routes: proposalRoutes,
      changes: changes.map((c) => ({
        ...c,
        oldPickupAt: c.oldPickupAt?.toISOString() ?? null,
        newPickupAt: c.newPickupAt.toISOString(),
      })),
      served: served.map((t) => t.id),
      leftOut: waitlisted.filter((t) => !placedAfter.has(t.id)).map((t) => t.id),
      pinned,
    };
    return { before, after, note: null, proposal, basis: planBasis(routes, trips, served) };
  }
}
