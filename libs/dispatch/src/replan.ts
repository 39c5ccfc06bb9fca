// A day's re-plan as a proposal the dispatcher applies, discards or undoes (issue 18). The
// worker computes it (routes, and what they change for each ride) against a fingerprint of the
// routes it started from; the apply (the API's, or the evening run's own) writes it only if
// the routes are still those, keeps what it needs to undo it, and tells riders whose pickup
// moved. Ids and times only: the dispatcher's list reads addresses and plates when shown.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DomainError,
  driverActedOn,
  pickupTimeChanged,
  type BookingStatusReason,
  type RideChangeKind,
} from '@invataxi/domain';
import {
  PlanningRepository,
  transitionBooking,
  type JsonObject,
  type PlanRunEntity,
  type UnitOfWork,
} from '@invataxi/persistence';
import { RouteModel, pickupMovedMessage, type LoadedRoute, type StopPlan, type TripRow } from './route-model';

export interface ProposalStop {
  bookingId: string;
  kind: 'PICKUP' | 'DROPOFF';
  plannedAt: string;
}

export interface ProposedChange {
  bookingId: string;
  kind: RideChangeKind;
  fromShiftId: string | null;
  toShiftId: string;
  oldPickupAt: string | null;
  newPickupAt: string;
}

/** What plan_run.proposal holds. */
export interface ReplanProposal {
  /** Every shift whose pending stops the proposal rewrites (all routes it read). */
  shiftIds: string[];
  /** The new pending stops of each shift (a shift absent here ends with none). */
  routes: { shiftId: string; stops: ProposalStop[] }[];
  changes: ProposedChange[];
  /** Waitlisted rides the proposal schedules. */
  served: string[];
  /** Waitlisted rides it could not place. */
  leftOut: string[];
  /** Rides kept on their vehicle: a dispatcher's choice or confirmed to the driver. */
  pinned: string[];
}

/** What plan_run.undo holds once applied. */
export interface ReplanUndo {
  routes: { shiftId: string; stops: ProposalStop[] }[];
  /** Each ride on the routes right after the apply: its status and whether its driver had seen it. */
  rides: { id: string; status: string; confirmed: boolean }[];
  /** Waitlisted rides it scheduled, with the reason they were waiting. */
  served: { id: string; statusReason: BookingStatusReason | null }[];
  /** Rides whose riders were told a new time. */
  told: string[];
  afterBasis: string;
}

export interface ApplyOutcome {
  moved: number;
  served: number;
  retimed: number;
  told: number;
}

/**
 * Fingerprint of the routes a proposal is computed from: each shift's status and pending stops
 * in order with their booking's version and confirmation, and the waitlisted rides it serves
 * with their versions. Any move, status change or new ride on these routes changes it.
 */
export function planBasis(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
  served: readonly TripRow[],
): string {
  const h = createHash('sha256');
  for (const r of [...routes].sort((a, b) => (a.shift.id < b.shift.id ? -1 : 1))) {
    h.update(`${r.shift.id}:${r.shift.status}:`);
    for (const s of r.pending) {
      const t = trips.get(s.bookingId);
      h.update(`${s.bookingId}${s.kind}${t?.version}${t?.status}${t?.confirmedToDriver ? 'c' : ''},`);
    }
    h.update(`|${r.served.length};`);
  }
  h.update('#');
  for (const t of [...served].sort((a, b) => (a.id < b.id ? -1 : 1)))
    h.update(`${t.id}${t.version}${t.status},`);
  return h.digest('hex');
}

const stopsOf = (r: LoadedRoute): ProposalStop[] =>
  r.pending.map((s) => ({ bookingId: s.bookingId, kind: s.kind, plannedAt: s.plannedAt.toISOString() }));

const toPlan = (stops: readonly ProposalStop[]): StopPlan[] =>
  stops.map((s) => ({ bookingId: s.bookingId, kind: s.kind, plannedAt: new Date(s.plannedAt) }));

/** Applies and undoes proposals on the caller's unit of work (the API's, the evening job's). */
@Injectable()
export class Replans {
  constructor(
    private readonly routeModel: RouteModel,
    private readonly planning: PlanningRepository,
  ) {}

  /**
   * Writes a PROPOSED run's routes if they are still those it was computed from (else
   * CONFLICT PLAN_STALE), schedules the waitlisted rides it serves, and tells each rider whose
   * pickup moved by RIDE_TIME_CHANGE_MINUTES or more. The caller holds the run's row lock and
   * marks it APPLIED with the undo this returns.
   */
  async apply(uow: UnitOfWork, run: PlanRunEntity): Promise<{ outcome: ApplyOutcome; undo: ReplanUndo }> {
    const m = uow.manager;
    const prop = run.proposal as unknown as ReplanProposal;
    const { routes, trips } = await this.routeModel.loadRoutes(m, prop.shiftIds, true);
    const waiting = await this.routeModel.loadTrips(m, prop.served);
    const served = prop.served.map((id) => waiting.get(id)).filter((t): t is TripRow => !!t);
    if (routes.length !== prop.shiftIds.length || planBasis(routes, trips, served) !== run.basis)
      throw new DomainError('CONFLICT', { reason: 'PLAN_STALE', runId: run.id });
    const before = routes.map((r) => ({ shiftId: r.shift.id, stops: stopsOf(r) }));

    // Every pending stop goes first, so a ride can move between routes without meeting its own
    // old stop in the unique (booking_id, kind) constraint.
    await this.planning.clearPendingStops(m, prop.shiftIds);
    for (const r of prop.routes) await this.routeModel.writeRoute(uow, r.shiftId, toPlan(r.stops));
    const outcome: ApplyOutcome = { moved: 0, served: 0, retimed: 0, told: 0 };
    const told: string[] = [];
    for (const c of prop.changes) {
      if (c.kind === 'SERVED') {
        const t = waiting.get(c.bookingId) as TripRow;
        const stops = prop.routes.find((r) => r.shiftId === c.toShiftId)?.stops ?? [];
        const at = (kind: string) =>
          stops.find((s) => s.bookingId === c.bookingId && s.kind === kind)?.plannedAt;
        await transitionBooking(uow, {
          bookingId: c.bookingId,
          to: 'SCHEDULED',
          expectedVersion: t.version,
          patch: {
            shiftId: c.toShiftId,
            plannedPickupAt: new Date(at('PICKUP') as string),
            plannedDropoffAt: new Date(at('DROPOFF') as string),
          },
          reason: null,
        });
        outcome.served++;
        continue;
      }
      if (c.kind === 'MOVED') {
        await this.planning.moveToShift(m, c.bookingId, c.toShiftId);
        outcome.moved++;
      } else outcome.retimed++;
      if (pickupTimeChanged(c.oldPickupAt ? new Date(c.oldPickupAt) : null, new Date(c.newPickupAt))) {
        uow.enqueue(pickupMovedMessage(c.bookingId, c.newPickupAt));
        told.push(c.bookingId);
      }
    }
    outcome.told = told.length;

    const after = await this.routeModel.loadRoutes(m, prop.shiftIds);
    const undo: ReplanUndo = {
      routes: before,
      rides: [...after.trips.values()].map((t) => ({
        id: t.id,
        status: t.status,
        confirmed: t.confirmedToDriver,
      })),
      served: served.map((t) => ({ id: t.id, statusReason: null })),
      told,
      afterBasis: planBasis(after.routes, after.trips, []),
    };
    const reasons = await this.planning.statusReasonsOf(
      m,
      served.map((t) => t.id),
    );
    for (const s of undo.served) s.statusReason = reasons.get(s.id) ?? null;
    uow.audit({
      action: 'plan.applied',
      entityType: 'plan_run',
      entityId: run.id,
      after: { regionKato: run.regionKato, date: run.date, ...outcome } as JsonObject,
    });
    return { outcome, undo };
  }

  /**
   * Puts the routes back as they were before an APPLIED run, while no driver has acted on a
   * ride of them since (else CONFLICT PLAN_DRIVER_ACTED) and nothing else moved them (else
   * PLAN_CHANGED_SINCE); the rides it served go back to the waitlist, riders told a new time
   * are told the old one again. The caller holds the run's row lock and marks it UNDONE.
   */
  async undo(uow: UnitOfWork, run: PlanRunEntity): Promise<{ restoredRides: number }> {
    const m = uow.manager;
    const prop = run.proposal as unknown as ReplanProposal;
    const undo = run.undo as unknown as ReplanUndo;
    const { routes, trips } = await this.routeModel.loadRoutes(m, prop.shiftIds, true);
    const then = new Map(undo.rides.map((r) => [r.id, r]));
    const now = await this.routeModel.loadTrips(
      m,
      undo.rides.map((r) => r.id),
    );
    const acted = driverActedOn(
      [...now.values()].map((t) => ({
        status: t.status,
        statusAtApply: then.get(t.id)?.status ?? t.status,
        confirmedToDriver: t.confirmedToDriver,
        confirmedAtApply: then.get(t.id)?.confirmed ?? false,
      })),
    );
    if (acted) throw new DomainError('CONFLICT', { reason: 'PLAN_DRIVER_ACTED', runId: run.id });
    if (planBasis(routes, trips, []) !== undo.afterBasis)
      throw new DomainError('CONFLICT', { reason: 'PLAN_CHANGED_SINCE', runId: run.id });

    await this.planning.clearPendingStops(m, prop.shiftIds);
    for (const r of undo.routes) await this.routeModel.writeRoute(uow, r.shiftId, toPlan(r.stops));
    for (const c of prop.changes)
      if (c.kind === 'MOVED' && c.fromShiftId) await this.planning.moveToShift(m, c.bookingId, c.fromShiftId);
    for (const s of undo.served) {
      // SCHEDULED has no way straight back to WAITLISTED: through ACCEPTED, in one transaction
      // (the dispatch job ACCEPTED enqueues finds it waitlisted and lets it be).
      const back = await transitionBooking(uow, {
        bookingId: s.id,
        to: 'ACCEPTED',
        expectedVersion: null,
        patch: { shiftId: null, plannedPickupAt: null, plannedDropoffAt: null },
        reason: null,
      });
      await transitionBooking(uow, {
        bookingId: s.id,
        to: 'WAITLISTED',
        expectedVersion: back.version,
        reason: s.statusReason,
      });
    }
    for (const id of undo.told) {
      const stop = undo.routes.flatMap((r) => r.stops).find((x) => x.bookingId === id && x.kind === 'PICKUP');
      if (stop) uow.enqueue(pickupMovedMessage(id, stop.plannedAt));
    }
    uow.audit({
      action: 'plan.undone',
      entityType: 'plan_run',
      entityId: run.id,
      after: { regionKato: run.regionKato, date: run.date, served: undo.served.length } as JsonObject,
    });
    return { restoredRides: prop.changes.length };
  }
}
