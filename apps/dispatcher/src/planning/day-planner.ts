// The evening re-plan of a region's day (queue "plan"): every open shift of the day with its
// route, every booking of the day not yet confirmed to a driver free to move, the waitlisted
// ones offered again, improved by the ALNS search within a time budget, and written back in one
// transaction. Bookings confirmed to a driver or under way stay on their vehicle.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DarpSolver, type SearchProgress, type TravelTimeProvider } from '@invataxi/routing';
import { CLOCK, katoCovers, localDateTimeToUtc, type Clock, type LocalDate } from '@invataxi/domain';
import {
  SYSTEM_ACTOR,
  transact,
  transitionBooking,
  type JsonObject,
  PlanningRepository,
} from '@invataxi/persistence';
import type { Solution } from '@invataxi/routing';
import {
  buildProblem,
  type BuiltProblem,
  toStopPlans,
  TRAVEL_TIME,
  type LoadedRoute,
  type TripRow,
  RouteModel,
} from '@invataxi/dispatch';
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
  opts: PlanOptions & { coverage?: (shiftId: string, kato: string) => boolean },
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
    const built = await buildProblem(part.routes, trips, part.extra, travel, {
      lockConfirmed: true,
      coverage: opts.coverage,
    });
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

export interface PlanResult {
  before: PlanFigures;
  after: PlanFigures;
  applied: boolean;
  note: string | null;
  moved: number;
  scheduledFromWaitlist: number;
}

/** A snapshot of what the search started from: if it changed meanwhile, the plan is stale. */
function fingerprint(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
  extra: readonly TripRow[],
): string {
  const parts: string[] = [];
  for (const r of [...routes].sort((a, b) => (a.shift.id < b.shift.id ? -1 : 1)))
    parts.push(
      r.shift.id,
      r.shift.status,
      ...r.pending.map((s) => `${s.bookingId}${s.kind}${trips.get(s.bookingId)?.version}`),
    );
  parts.push('|', ...extra.map((t) => `${t.id}${t.version}`).sort());
  return parts.join(',');
}

@Injectable()
export class DayPlanner {
  constructor(
    private readonly routeModel: RouteModel,
    private readonly ds: DataSource,
    @Inject(TRAVEL_TIME) private readonly travel: TravelTimeProvider,
    private readonly planning: PlanningRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

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
    return { routes, trips, waitlisted, coverage };
  }

  async plan(regionKato: string, date: LocalDate, opts: PlanOptions): Promise<PlanResult> {
    const { routes, trips, waitlisted, coverage } = await this.load(regionKato, date);
    const print = fingerprint(routes, trips, waitlisted);
    const parts = partitionDay(routes, trips, waitlisted, opts.maxRequestsPerPart ?? MAX_REQUESTS_PER_PART);
    const solved = await searchParts(parts, trips, this.travel, { ...opts, coverage });
    const before = combineFigures(solved.map((x) => x.before));
    const after = combineFigures(solved.map((x) => x.after));
    if (solved.every((x) => x.built.problem.requests.length === 0))
      return {
        before,
        after: before,
        applied: false,
        note: 'nothing to plan',
        moved: 0,
        scheduledFromWaitlist: 0,
      };

    // A booking already on a route must stay on one: SCHEDULED has no way back to WAITLISTED.
    const lost = solved.flatMap((x) => x.solution.unassigned).filter((id) => trips.has(id));
    if (lost.length > 0)
      return {
        before,
        after: before,
        applied: false,
        note: `kept the current plan: the search left ${lost.length} scheduled booking(s) out`,
        moved: 0,
        scheduledFromWaitlist: 0,
      };
    const placed = solved.reduce(
      (n, x) => n + x.built.problem.requests.length - x.solution.unassigned.length,
      0,
    );
    if (after.km > before.km && placed <= trips.size)
      return {
        before,
        after: before,
        applied: false,
        note: 'kept the current plan: no improvement',
        moved: 0,
        scheduledFromWaitlist: 0,
      };

    const shiftOf = new Map<string, string>();
    for (const r of routes) for (const s of r.pending) shiftOf.set(s.bookingId, r.shift.id);
    let moved = 0;
    let fromWaitlist = 0;
    await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const m = uow.manager;
      const locked = await this.routeModel.loadRoutes(
        m,
        routes.map((r) => r.shift.id),
        true,
      );
      const current = await this.routeModel.loadTrips(
        m,
        waitlisted.map((t) => t.id),
      );
      const fresh = waitlisted
        .map((t) => current.get(t.id))
        .filter((t): t is TripRow => t?.status === 'WAITLISTED');
      if (fingerprint(locked.routes, locked.trips, fresh) !== print)
        throw new Error('the day changed while it was being planned; the job retries');
      // Every pending stop goes first, so a booking can move between routes without meeting
      // its own old stop in the unique (booking_id, kind) constraint.
      await this.planning.clearPendingStops(
        m,
        routes.map((r) => r.shift.id),
      );
      const waitIds = new Set(waitlisted.map((t) => t.id));
      for (const { route, toDate } of solved.flatMap((x) =>
        x.solution.routes.map((route) => ({ route, toDate: x.built.toDate })),
      )) {
        const plan = toStopPlans(route.stops, toDate);
        await this.routeModel.writeRoute(m, route.vehicleId, plan);
        for (const p of plan) {
          if (p.kind !== 'PICKUP') continue;
          const drop = plan.find(
            (q) => q.bookingId === p.bookingId && q.kind === 'DROPOFF',
          ) as (typeof plan)[number];
          if (waitIds.has(p.bookingId)) {
            const t = waitlisted.find((x) => x.id === p.bookingId) as TripRow;
            await transitionBooking(uow, {
              bookingId: p.bookingId,
              to: 'SCHEDULED',
              expectedVersion: t.version,
              patch: {
                shiftId: route.vehicleId,
                plannedPickupAt: p.plannedAt,
                plannedDropoffAt: drop.plannedAt,
              },
              reason: null,
            });
            fromWaitlist++;
          } else if (shiftOf.get(p.bookingId) !== route.vehicleId) {
            await this.planning.moveToShift(m, p.bookingId, route.vehicleId);
            moved++;
          }
        }
      }
      uow.audit({
        action: 'plan.applied',
        entityType: 'region',
        entityId: regionKato,
        after: {
          date,
          moved,
          scheduledFromWaitlist: fromWaitlist,
          ...before,
          ...prefix('after', after),
        } as JsonObject,
      });
    });
    return { before, after, applied: true, note: null, moved, scheduledFromWaitlist: fromWaitlist };
  }
}

function prefix(p: string, o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [`${p}${k[0].toUpperCase()}${k.slice(1)}`, v]));
}
