import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DispatchPlanner, type RouteStop, type TravelTimeProvider, type Violation } from '@invataxi/routing';
import {
  CLOCK,
  DomainError,
  OVERRIDE_NOTE_MIN_CHARS,
  overrideNoteRequired,
  riderConsequences,
  rideNotMovable,
  shiftNotInService,
  minutesLateAsShown,
  stopEstimate,
  type Clock,
  type JsonValue,
  type Language,
  type OverrideReason,
  type RiderConsequence,
  type RiderTimes,
  type RiderWindows,
} from '@invataxi/domain';
import { forbid, type Principal } from '@invataxi/auth';
import {
  CoverageRepository,
  DispatchAlertsRepository,
  DispatchConsoleRepository,
  PlannedWorkRepository,
  transact,
  transitionBooking,
  type Actor,
  type UnitOfWork,
} from '@invataxi/persistence';
import { bookingStatusMessages, JobName, message } from '@invataxi/queue';
import {
  buildProblem,
  RegionPolicies,
  toStopPlans,
  TRAVEL_TIME,
  type LoadedRoute,
  type StopPlan,
  type TripRow,
  RouteModel,
} from '@invataxi/dispatch';
import { consoleScope, scopeHasPlace, scopeHasShift, type ConsoleScope } from './console-scope';
import { LiveEvents } from './live-events';
import { BoardService } from './board.service';
import {
  conflictTexts,
  describeViolation,
  previewToken,
  renderPreview,
  willBeTold,
  type AssignPreview,
  type RouteConflict,
  type RunningLate,
} from './override-preview';

export interface AssignResult {
  bookingId: string;
  shiftId: string;
  version: number;
  plannedPickupAt: string;
  plannedDropoffAt: string;
  /** What the dispatcher overrode, in the caller's language (empty when the route checks out). */
  overridden: { kind: string; code: string; message: string }[];
  /** Other riders whose new pickup time they are being told (booking ids). */
  ridersTold: string[];
}

export interface BreakdownResult {
  shiftId: string;
  status: string;
  returnedToDispatch: string[];
  /** Riders already aboard or met at the door: the driver must finish with them. */
  stillWithVehicle: string[];
}

export interface BreakdownUndoResult {
  shiftId: string;
  /** The shift's status again: ACTIVE (it had started) or PLANNED. */
  status: string;
  /** Rides put back on this vehicle (their route checks out again). */
  backOnVehicle: string[];
  /** Rides already with another vehicle: they stay there. */
  withOtherVehicles: string[];
  /** Rides still waiting that the vehicle cannot take back as its route stands now. */
  stillWaiting: string[];
}

/** How long after a breakdown it may be undone (the vehicle back in service, its rides back where they still can go). */
export const BREAKDOWN_UNDO_MINUTES = 15;

const BREAKDOWN_REASONS = ['VEHICLE_BREAKDOWN', 'DRIVER_ABSENT'] as const;

export interface AssignCommand {
  shiftId: string;
  expectedVersion: number;
  override?: { reason: OverrideReason; note?: string };
  /** The preview's `confirmation`: required with an override that makes other riders late or moves them. */
  confirm?: string;
}

const actorOf = (p: Principal, requestId?: string): Actor => ({
  userId: p.userId,
  role: p.role,
  requestId: requestId ?? null,
});

/** A move worked out on the routes as they stand: what it writes and what it does to others. */
interface Evaluation {
  trip: TripRow;
  routes: LoadedRoute[];
  target: LoadedRoute;
  trips: Map<string, TripRow>;
  plan: StopPlan[];
  violations: Violation[];
  conflicts: RouteConflict[];
  consequences: RiderConsequence[];
  plates: Map<string, string>;
  token: string;
  /** The target vehicle is behind the check's plan now (its live estimate): by how much, and the pick-up then. */
  runningLate: RunningLate | null;
}

/**
 * Manual assignment by a dispatcher: the same route model and solver as the worker, so the
 * console's "feasible" means what the dispatcher's means. A refusal says what breaks in the
 * dispatcher's words (plate, equipment, seats, windows); a preview says what a move would do to
 * the other riders on the route; an override (a reason from the list) that makes any of them
 * late or moves them is saved only with the preview's confirmation, audited, and those riders
 * are told their new time.
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly routeModel: RouteModel,
    private readonly ds: DataSource,
    @Inject(TRAVEL_TIME) private readonly travel: TravelTimeProvider,
    private readonly live: LiveEvents,
    private readonly plannedWork: PlannedWorkRepository,
    private readonly console: DispatchConsoleRepository,
    private readonly coverage: CoverageRepository,
    private readonly alerts: DispatchAlertsRepository,
    private readonly policies: RegionPolicies,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly board: BoardService,
  ) {}

  /** What assigning the booking to the shift would do, without doing it. */
  async preview(
    p: Principal,
    bookingId: string,
    cmd: { shiftId: string; expectedVersion: number },
    lang: Language,
  ): Promise<AssignPreview> {
    const m = this.ds.manager;
    const ev = await this.evaluate(m, p, bookingId, cmd, false);
    return this.render(m, ev, lang);
  }

  async assign(
    p: Principal,
    bookingId: string,
    cmd: AssignCommand,
    requestId?: string,
    lang: Language = 'ru',
  ): Promise<AssignResult> {
    const override = cmd.override;
    if (
      override &&
      overrideNoteRequired(override.reason) &&
      (override.note?.trim().length ?? 0) < OVERRIDE_NOTE_MIN_CHARS
    )
      throw new DomainError('VALIDATION', {
        errors: [
          {
            field: 'override.note',
            code: 'OVERRIDE_NOTE_REQUIRED',
            say: { key: 'OVERRIDE_NOTE_REQUIRED', params: { min: OVERRIDE_NOTE_MIN_CHARS } },
          },
        ],
      });
    const result = await transact(this.ds, actorOf(p, requestId), async (uow) => {
      const m = uow.manager;
      const ev = await this.evaluate(m, p, bookingId, cmd, true);
      const { trip, target, plan, violations, conflicts, consequences, routes } = ev;
      if (violations.length > 0 && !override)
        throw new DomainError('CONFLICT', {
          reason: 'ROUTE_INFEASIBLE',
          errors: conflicts.map((c) => ({ field: 'shiftId', code: c.code, say: c.say })),
        });
      // Equipment and places are physical facts: an override bends times, never these.
      const physical = conflicts.filter((c) => c.physical);
      if (physical.length > 0)
        throw new DomainError('CONFLICT', {
          reason: 'OVERRIDE_NOT_ALLOWED',
          plate: ev.plates.get(target.shift.id) ?? '—',
          errors: physical.map((c) => ({ field: 'shiftId', code: c.code, say: c.say })),
        });
      if (override && consequences.length > 0 && cmd.confirm !== ev.token) {
        // Nothing is saved: the dispatcher sees (again) whom it hurts and confirms that.
        const reason = cmd.confirm ? 'OVERRIDE_PREVIEW_STALE' : 'OVERRIDE_NEEDS_CONFIRMATION';
        const preview = await this.render(m, ev, lang);
        throw new DomainError(
          'CONFLICT',
          {
            reason,
            plate: preview.vehicle,
            count: consequences.length,
            preview: preview as unknown as JsonValue,
          },
          reason,
        );
      }
      // The old route first: its stops of this booking go, the rest keep their times.
      const source = routes.find((r) => r.shift.id === trip.shiftId && r !== target);
      if (source) await this.dropFrom(uow, source, bookingId);
      await this.routeModel.writeRoute(uow, target.shift.id, plan, [bookingId]);
      const pickup = plan.find((x) => x.bookingId === bookingId && x.kind === 'PICKUP')?.plannedAt as Date;
      const dropoff = plan.find((x) => x.bookingId === bookingId && x.kind === 'DROPOFF')?.plannedAt as Date;
      let version: number;
      if (trip.status === 'SCHEDULED') {
        // Reassign: the status stays, the booking still changes (new vehicle, new times).
        const row = await this.console.moveScheduledBooking(m, {
          bookingId,
          shiftId: target.shift.id,
          plannedPickupAt: pickup,
          plannedDropoffAt: dropoff,
          expectedVersion: cmd.expectedVersion,
        });
        if (!row)
          throw new DomainError('STALE_VERSION', { entity: 'booking', expected: cmd.expectedVersion });
        version = row.version;
        uow.audit({
          action: 'booking.reassigned',
          entityType: 'booking',
          entityId: bookingId,
          before: { shiftId: trip.shiftId, version: trip.version },
          after: { shiftId: target.shift.id, version },
        });
        uow.enqueue(...bookingStatusMessages(row));
        // The old route has a free place now.
        uow.enqueue(
          message(
            JobName.RetryWaitlist,
            { regionKato: trip.regionKato, reason: 'reassign' },
            `reassign.${bookingId}.v${version}`,
          ),
        );
      } else {
        const b = await transitionBooking(uow, {
          bookingId,
          to: 'SCHEDULED',
          expectedVersion: cmd.expectedVersion,
          patch: { shiftId: target.shift.id, plannedPickupAt: pickup, plannedDropoffAt: dropoff },
          reason: override ? 'MANUAL_OVERRIDE' : 'MANUAL_ASSIGN',
        });
        version = b.version;
      }
      if (override)
        uow.audit({
          action: 'booking.assign_override',
          entityType: 'booking',
          entityId: bookingId,
          after: {
            shiftId: target.shift.id,
            reason: override.reason,
            note: override.note?.trim() || null,
            violations: conflicts.map((c) => c.code),
            // Ids and times only: who they are stays in the booking rows.
            confirmed: consequences.map((c) => ({
              bookingId: c.bookingId,
              oldPickupAt: c.before.pickupAt?.toISOString() ?? null,
              newPickupAt: c.after.pickupAt?.toISOString() ?? null,
              minutesLate: c.minutesLate,
            })),
          },
        });
      // Every other rider whose pickup moved is told the new time, once per change.
      const told = consequences.filter(
        (c) => willBeTold(c) && ['SCHEDULED', 'EN_ROUTE'].includes(ev.trips.get(c.bookingId)?.status ?? ''),
      );
      for (const c of told) {
        const at = c.after.pickupAt as Date;
        uow.enqueue(
          message(
            JobName.NotifyPickupMoved,
            { bookingId: c.bookingId, plannedPickupAt: at.toISOString() },
            `${c.bookingId}.${at.getTime()}`,
          ),
        );
      }
      return {
        bookingId,
        shiftId: target.shift.id,
        version,
        plannedPickupAt: pickup.toISOString(),
        plannedDropoffAt: dropoff.toISOString(),
        overridden: conflictTexts(conflicts, lang).map((c, i) => ({ kind: violations[i]!.kind, ...c })),
        ridersTold: told.map((c) => c.bookingId),
        regionKato: trip.regionKato,
      };
    });
    const { regionKato, ...out } = result;
    await this.announce(regionKato, bookingId, 'SCHEDULED', out.version, out.shiftId);
    return out;
  }

  /**
   * The move worked out on the routes as they stand (under the shifts' row locks when `lock`):
   * scope, version and status checks, the plan, what breaks and what it does to the others.
   */
  private async evaluate(
    m: EntityManager,
    p: Principal,
    bookingId: string,
    cmd: { shiftId: string; expectedVersion: number },
    lock: boolean,
  ): Promise<Evaluation> {
    const scope = await consoleScope(m, this.coverage, p);
    const before = (await this.routeModel.loadTrips(m, [bookingId])).get(bookingId);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
    // An ended or started ride says so, whatever the version (walk t18: "another dispatcher changed it").
    refuseIfNotMovable(before.status);
    if (before.version !== cmd.expectedVersion)
      throw new DomainError('STALE_VERSION', {
        entity: 'booking',
        expected: cmd.expectedVersion,
        actual: before.version,
      });
    if (!['ACCEPTED', 'WAITLISTED', 'SCHEDULED'].includes(before.status))
      throw new DomainError('ILLEGAL_TRANSITION', { from: before.status, to: 'SCHEDULED' });
    if (before.shiftId === cmd.shiftId) throw new DomainError('CONFLICT', { reason: 'ALREADY_ON_SHIFT' });
    let notInService: RouteConflict | null = null;
    if (!scopeHasPlace(scope, before.pickupKato)) forbid('region');
    // Locks in shift id order (the worker's order): the target and, for a reassign, the source.
    const shiftIds = [...new Set([cmd.shiftId, ...(before.shiftId ? [before.shiftId] : [])])].sort();
    const { routes, trips } = await this.routeModel.loadRoutes(m, shiftIds, lock);
    const target = routes.find((r) => r.shift.id === cmd.shiftId);
    if (!target) throw new DomainError('NOT_FOUND', { entity: 'shift', id: cmd.shiftId });
    await this.assertShiftInScope(m, scope, target);
    // A cancelled shift, a vehicle sent for repair, a suspended driver: no ride goes there, with
    // or without an override (walk F9: a dialysis rider was put on a vehicle with a broken lift).
    const closed = shiftNotInService(target.shift);
    if (closed) {
      const plate = (await this.console.platesOfShifts(m, [target.shift.id])).get(target.shift.id) ?? '—';
      const say = { key: closed.key, params: { plate, ...(closed.note ? { note: closed.note } : {}) } };
      if (lock)
        throw new DomainError('CONFLICT', {
          reason: closed.code,
          errors: [{ field: 'shiftId', code: closed.code, say }],
        });
      notInService = { code: closed.code, say, physical: true, refuses: true };
    }
    if (lock) {
      // Re-read under the booking's row lock: the version check above may have raced.
      const locked = await this.console.lockBookingVersion(m, bookingId);
      if (locked !== cmd.expectedVersion)
        throw new DomainError('STALE_VERSION', {
          entity: 'booking',
          expected: cmd.expectedVersion,
          actual: locked,
        });
    }
    const fitted = await this.fit(target, trips, before);
    const runningLate = notInService ? null : await this.runningLate(target, fitted, before);
    // Late once the vehicle's delay is counted: the override path, as a late placement is.
    if (runningLate?.violation) fitted.violations.push(runningLate.violation);
    const all = new Map(trips);
    all.set(before.id, before);
    const pinned = fitted.violations.flatMap((v) => (v.kind === 'pinned-elsewhere' ? [v.vehicleId] : []));
    const plates = await this.console.platesOfShifts(m, [target.shift.id, ...pinned]);
    // Not in service: the preview says only that (no one else is affected: it cannot be saved).
    const conflicts = notInService
      ? [notInService]
      : fitted.violations.map((v) =>
          describeViolation(v, {
            target,
            plates,
            trips: all,
            stops: fitted.stops,
            plan: fitted.plan,
            toDate: fitted.toDate,
          }),
        );
    const consequences = notInService ? [] : consequencesOf(target, fitted.plan, trips, bookingId);
    return {
      trip: before,
      routes,
      target,
      trips: all,
      plan: fitted.plan,
      violations: fitted.violations,
      conflicts,
      consequences,
      plates,
      runningLate: runningLate && { minutes: runningLate.minutes, pickupAt: runningLate.pickupAt },
      token: previewToken({
        bookingId,
        version: before.version,
        target,
        plan: fitted.plan,
        consequences,
      }),
    };
  }

  /** The preview in the caller's language: who the riders are, their windows and priority. */
  private async render(m: EntityManager, ev: Evaluation, lang: Language): Promise<AssignPreview> {
    const riders = await this.console.affectedRiders(m, [
      ...new Set([
        ...ev.consequences.map((c) => c.bookingId),
        ...ev.conflicts.flatMap((c) => (c.bookingId ? [c.bookingId] : [])),
      ]),
    ]);
    const rules = await this.policies.inForce(m, ev.trip.regionKato, ev.trip.pickupEarliest);
    return renderPreview({
      bookingId: ev.trip.id,
      target: ev.target,
      plates: ev.plates,
      plan: ev.plan,
      conflicts: ev.conflicts,
      consequences: ev.consequences,
      trips: ev.trips,
      riders,
      firstTier: rules.purposePriorityTiers[0] ?? [],
      token: ev.token,
      runningLate: ev.runningLate,
      lang,
    });
  }

  /** SCHEDULED -> ACCEPTED: off the route, back to dispatch (the fan-out enqueues the job). */
  async unassign(
    p: Principal,
    bookingId: string,
    cmd: { expectedVersion: number; reason?: string },
    requestId?: string,
  ): Promise<{ bookingId: string; version: number }> {
    const out = await transact(this.ds, actorOf(p, requestId), async (uow) => {
      const scope = await consoleScope(uow.manager, this.coverage, p);
      const trip = (await this.routeModel.loadTrips(uow.manager, [bookingId])).get(bookingId);
      if (!trip) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
      refuseIfNotMovable(trip.status);
      if (trip.version !== cmd.expectedVersion)
        throw new DomainError('STALE_VERSION', {
          entity: 'booking',
          expected: cmd.expectedVersion,
          actual: trip.version,
        });
      if (trip.status !== 'SCHEDULED')
        throw new DomainError('ILLEGAL_TRANSITION', { from: trip.status, to: 'ACCEPTED' });
      if (!trip.shiftId) throw new DomainError('CONFLICT', { reason: 'NOT_ON_ROUTE' });
      const { routes } = await this.routeModel.loadRoutes(uow.manager, [trip.shiftId]);
      if (routes[0]) await this.assertShiftInScope(uow.manager, scope, routes[0]);
      const sent = await this.plannedWork.sendBackToDispatch(
        uow,
        { kind: 'bookings', bookingIds: [bookingId] },
        { reason: 'UNASSIGNED_BY_DISPATCHER' },
      );
      const back = sent.find((s) => s.bookingId === bookingId);
      if (!back) throw new DomainError('STALE_VERSION', { entity: 'booking', expected: cmd.expectedVersion });
      if (back.version !== cmd.expectedVersion + 1)
        throw new DomainError('STALE_VERSION', { entity: 'booking', expected: cmd.expectedVersion });
      uow.audit({
        action: 'booking.unassigned',
        entityType: 'booking',
        entityId: bookingId,
        after: { fromShiftId: trip.shiftId, note: cmd.reason ?? null },
      });
      uow.enqueue(
        message(
          JobName.RetryWaitlist,
          { regionKato: trip.regionKato, reason: 'unassign' },
          `unassign.${bookingId}.v${back.version}`,
        ),
      );
      return { bookingId, version: back.version, regionKato: trip.regionKato };
    });
    await this.announce(out.regionKato, bookingId, 'ACCEPTED', out.version);
    return { bookingId: out.bookingId, version: out.version };
  }

  /**
   * A vehicle broke down or its driver did not come: the shift is closed for work, and every
   * booking not yet with the vehicle goes back to dispatch at once (and is re-inserted elsewhere
   * or waitlisted by the worker).
   */
  async breakdown(
    p: Principal,
    shiftId: string,
    cmd: { kind: 'BREAKDOWN' | 'DRIVER_ABSENT'; note?: string },
    requestId?: string,
  ): Promise<BreakdownResult> {
    const out = await transact(this.ds, actorOf(p, requestId), async (uow) => {
      const scope = await consoleScope(uow.manager, this.coverage, p);
      const { routes, trips } = await this.routeModel.loadRoutes(uow.manager, [shiftId], true);
      const route = routes[0];
      if (!route) throw new DomainError('NOT_FOUND', { entity: 'shift', id: shiftId });
      await this.assertShiftInScope(uow.manager, scope, route);
      if (route.shift.status !== 'PLANNED' && route.shift.status !== 'ACTIVE')
        throw new DomainError('CONFLICT', { reason: 'SHIFT_NOT_OPEN', status: route.shift.status });
      const reason = cmd.kind === 'BREAKDOWN' ? 'VEHICLE_BREAKDOWN' : 'DRIVER_ABSENT';
      // Started shifts are closed (their history stays), future ones cancelled: either way no
      // insertion can land on it again.
      const status = route.served.length > 0 ? 'CLOSED' : 'CANCELLED';
      await this.console.closeShift(uow.manager, shiftId, status, reason);
      const sent = await this.plannedWork.sendBackToDispatch(
        uow,
        { kind: 'shifts', shiftIds: [shiftId] },
        { reason, statuses: ['SCHEDULED', 'EN_ROUTE'] },
      );
      const alert = await this.alerts.record(uow, {
        kind: reason,
        shiftId,
        bookingIds: sent.map((x) => x.bookingId),
      });
      uow.audit({
        action: 'shift.breakdown',
        entityType: 'shift',
        entityId: shiftId,
        before: { status: route.shift.status },
        after: { status, reason, returned: sent.length, note: cmd.note ?? null },
      });
      const still = [...trips.values()]
        .filter((t) => t.shiftId === shiftId && (t.status === 'ARRIVED' || t.status === 'ON_BOARD'))
        .map((t) => t.id);
      const regions = [...new Set([...trips.values()].map((t) => t.regionKato))];
      return {
        shiftId,
        status,
        returnedToDispatch: sent.map((s) => s.bookingId),
        stillWithVehicle: still,
        regions,
        alert,
      };
    });
    for (const r of out.regions)
      await this.live.publish('region', r, { type: 'route', shiftId }).catch(() => undefined);
    await this.live.announceAlerts(out.alert ? [out.alert] : []);
    const { regions: _regions, alert: _alert, ...result } = out;
    void _regions;
    void _alert;
    return result;
  }

  /**
   * A breakdown declared by mistake or repaired at once (issue 18): within BREAKDOWN_UNDO_MINUTES
   * and while the shift has not ended, the vehicle is back in service; each of its rides still
   * waiting goes back on it where its route checks out (pick-up order), a ride already with
   * another vehicle stays there, and the answer says which is which.
   */
  async undoBreakdown(p: Principal, shiftId: string, requestId?: string): Promise<BreakdownUndoResult> {
    const now = this.clock.now();
    const out = await transact(this.ds, actorOf(p, requestId), async (uow) => {
      const m = uow.manager;
      const scope = await consoleScope(m, this.coverage, p);
      const loaded = await this.routeModel.loadRoutes(m, [shiftId], true);
      let route = loaded.routes[0];
      if (!route) throw new DomainError('NOT_FOUND', { entity: 'shift', id: shiftId });
      await this.assertShiftInScope(m, scope, route);
      const reason = route.shift.statusReason;
      if (
        (route.shift.status !== 'CLOSED' && route.shift.status !== 'CANCELLED') ||
        !BREAKDOWN_REASONS.some((r) => r === reason)
      )
        throw new DomainError('CONFLICT', { reason: 'NO_BREAKDOWN_TO_UNDO' });
      if (route.shift.endsAt.getTime() <= now.getTime())
        throw new DomainError('CONFLICT', { reason: 'SHIFT_NOT_OPEN', status: route.shift.status });
      const alert = await this.alerts.lastOfShift(m, shiftId, [...BREAKDOWN_REASONS]);
      const ago = alert ? Math.floor(alert.ageSeconds / 60) : 0;
      if (ago >= BREAKDOWN_UNDO_MINUTES)
        throw new DomainError('CONFLICT', {
          reason: 'BREAKDOWN_UNDO_EXPIRED',
          minutes: BREAKDOWN_UNDO_MINUTES,
          ago,
        });
      const status = await this.console.reopenShift(m, shiftId, BREAKDOWN_REASONS);
      if (!status) throw new DomainError('CONFLICT', { reason: 'NO_BREAKDOWN_TO_UNDO' });
      // The board's alert says the vehicle is back, not that the rides still wait (walk t18, finding 3).
      if (alert) await this.alerts.markUndone(m, alert.id, now);
      const ids = alert?.bookingIds ?? [];
      const rides = [...(await this.routeModel.loadTrips(m, ids)).values()].sort(
        (a, b) => a.pickupEarliest.getTime() - b.pickupEarliest.getTime() || a.id.localeCompare(b.id),
      );
      const back: string[] = [];
      const elsewhere: string[] = [];
      const waiting: string[] = [];
      for (const trip of rides) {
        if (trip.shiftId) {
          elsewhere.push(trip.id);
          continue;
        }
        if (trip.status !== 'ACCEPTED' && trip.status !== 'WAITLISTED') continue;
        const fresh = await this.routeModel.loadRoutes(m, [shiftId], false);
        route = fresh.routes[0] as LoadedRoute;
        const { plan, violations } = await this.fit(route, fresh.trips, trip);
        if (violations.length > 0) {
          waiting.push(trip.id);
          continue;
        }
        await this.routeModel.writeRoute(uow, shiftId, plan, [trip.id]);
        const at = (kind: 'PICKUP' | 'DROPOFF') =>
          plan.find((x) => x.bookingId === trip.id && x.kind === kind)?.plannedAt as Date;
        await transitionBooking(uow, {
          bookingId: trip.id,
          to: 'SCHEDULED',
          expectedVersion: null,
          patch: { shiftId, plannedPickupAt: at('PICKUP'), plannedDropoffAt: at('DROPOFF') },
          reason: null,
        });
        back.push(trip.id);
      }
      uow.audit({
        action: 'shift.breakdown_undone',
        entityType: 'shift',
        entityId: shiftId,
        before: { status: route.shift.status, reason },
        after: { status, back: back.length, elsewhere: elsewhere.length, waiting: waiting.length },
      });
      const regions = [
        ...new Set([route.shift.startKato.slice(0, 2).padEnd(9, '0'), ...rides.map((t) => t.regionKato)]),
      ];
      return {
        shiftId,
        status,
        backOnVehicle: back,
        withOtherVehicles: elsewhere,
        stillWaiting: waiting,
        regions,
      };
    });
    const { regions, ...result } = out;
    for (const r of regions)
      await this.live.publish('region', r, { type: 'route', shiftId }).catch(() => undefined);
    return result;
  }

  private async assertShiftInScope(m: EntityManager, scope: ConsoleScope, route: LoadedRoute): Promise<void> {
    const providerRegion = await this.console.providerRegionOf(m, route.shift.providerId);
    if (
      !scopeHasShift(scope, {
        providerId: route.shift.providerId,
        startKato: route.shift.startKato,
        providerRegion: providerRegion ?? '',
      })
    )
      forbid('shift');
  }

  /**
   * The cheapest feasible way to add the booking to the route; if there is none, the stops in
   * time order and what breaks there (the schedule is still given, for an override).
   */
  private async fit(
    target: LoadedRoute,
    trips: ReadonlyMap<string, TripRow>,
    trip: TripRow,
  ): Promise<{
    plan: StopPlan[];
    violations: Violation[];
    stops: { bookingId: string; kind: 'PICKUP' | 'DROPOFF' }[];
    toDate(seconds: number): Date;
  }> {
    const route: LoadedRoute = { ...target, pending: target.pending.filter((s) => s.bookingId !== trip.id) };
    // Planned from now and from where the vehicle is: a ride moved after its pickup time (a
    // rescue from a late vehicle) is picked up late, never in the past (walk t23).
    const positions = new Map(
      (await this.console.lastPositions([route.shift.id])).map((p) => [p.shiftId, p] as const),
    );
    const built = await buildProblem([route], trips, [trip], this.travel, {
      now: this.clock.now(),
      positions,
    });
    const planner = new DispatchPlanner(built.problem);
    const ins = planner.insertRequest(built.initial, trip.id);
    const asStops = (list: readonly RouteStop[]) =>
      list.map((s) => ({
        bookingId: s.requestId,
        kind: s.kind === 'pickup' ? ('PICKUP' as const) : ('DROPOFF' as const),
      }));
    if (ins && ins.route.stops.length === route.pending.length + 2)
      return {
        plan: toStopPlans(ins.route.stops, built.toDate),
        violations: [],
        stops: asStops(ins.route.stops),
        toDate: built.toDate,
      };
    // No feasible place: put the pickup and drop-off where their windows fall among the stops.
    const keyed: { stop: RouteStop; at: number }[] = route.pending.map((s) => ({
      stop: { requestId: s.bookingId, kind: s.kind === 'PICKUP' ? 'pickup' : 'dropoff' },
      at: s.plannedAt.getTime(),
    }));
    keyed.push({ stop: { requestId: trip.id, kind: 'pickup' }, at: trip.pickupEarliest.getTime() });
    keyed.push({ stop: { requestId: trip.id, kind: 'dropoff' }, at: trip.dropoffEarliest.getTime() + 1 });
    keyed.sort((a, b) => a.at - b.at);
    const stops = keyed.map((k) => k.stop);
    const check = planner.checkRoute(route.shift.id, stops);
    const violations = check.violations.length
      ? [...check.violations]
      : [{ kind: 'schedule', message: 'no feasible place on this route' } as Violation];
    return {
      plan: toStopPlans(check.schedule, built.toDate),
      violations,
      stops: asStops(stops),
      toDate: built.toDate,
    };
  }

  /**
   * How far the target vehicle is behind the check's plan now (walk t23 M2: "It fits: pick-up
   * about 13:25", and right after Confirm the board said "now expected at 13:54, late by 29 min"):
   * its next stop as the board estimates it (the same live ETA and the same rule, `stopEstimate`)
   * against the time the check planned it. Null when the vehicle keeps to the plan. Its pick-up of
   * the ride then comes that much later; after its window, that is a late pick-up (`violation`).
   */
  private async runningLate(
    target: LoadedRoute,
    fitted: Awaited<ReturnType<AssignmentService['fit']>>,
    trip: TripRow,
  ): Promise<(RunningLate & { violation: Violation | null }) | null> {
    const next = [...target.pending].sort((a, b) => a.sequence - b.sequence)[0];
    if (!next || next.bookingId === trip.id) return null;
    const planned =
      fitted.plan.find((s) => s.bookingId === next.bookingId && s.kind === next.kind)?.plannedAt ??
      next.plannedAt;
    const live = await this.board.liveEtas([next.bookingId]);
    const est = stopEstimate(planned, live.get(`${next.bookingId}:${next.kind}`) ?? null, this.clock.now());
    if (!est || est.minutesBehindPlan < 1) return null;
    const delayMs = est.estimatedAt.getTime() - planned.getTime();
    const stopIndex = fitted.stops.findIndex((s) => s.bookingId === trip.id && s.kind === 'PICKUP');
    const pickup = fitted.plan.find((s) => s.bookingId === trip.id && s.kind === 'PICKUP')?.plannedAt;
    if (!pickup) return null;
    const expected = new Date(pickup.getTime() + delayMs);
    const seconds = (d: Date) => (d.getTime() - fitted.toDate(0).getTime()) / 1000;
    // Already late in the check's own plan: that violation says it (at the plan's time).
    const lateAlready = fitted.violations.some((v) => v.kind === 'time-window' && v.requestId === trip.id);
    const violation: Violation | null =
      !lateAlready && minutesLateAsShown(expected.getTime(), trip.pickupLatest.getTime()) > 0
        ? {
            kind: 'time-window',
            stopIndex,
            requestId: trip.id,
            serviceStart: seconds(expected),
            latest: seconds(trip.pickupLatest),
            message: "late pick-up once the vehicle's current delay is counted",
          }
        : null;
    return { minutes: est.minutesBehindPlan, pickupAt: expected.toISOString(), violation };
  }

  private async dropFrom(uow: UnitOfWork, source: LoadedRoute, bookingId: string): Promise<void> {
    const rest = source.pending.filter((s) => s.bookingId !== bookingId);
    await this.routeModel.writeRoute(
      uow,
      source.shift.id,
      rest.map((s) => ({ bookingId: s.bookingId, kind: s.kind, plannedAt: s.plannedAt })),
    );
  }

  private async announce(
    regionKato: string,
    bookingId: string,
    status: string,
    version: number,
    shiftId?: string,
  ): Promise<void> {
    const ev = { type: 'status' as const, bookingId, status, version, ...(shiftId ? { shiftId } : {}) };
    // Live views are a convenience: a Redis hiccup must not fail a committed assignment.
    await this.live.publish('booking', bookingId, ev).catch(() => undefined);
    await this.live.publish('region', regionKato, ev).catch(() => undefined);
  }
}

/** What the new plan of the target route does to the riders already on it. */
function consequencesOf(
  target: LoadedRoute,
  plan: readonly StopPlan[],
  trips: ReadonlyMap<string, TripRow>,
  bookingId: string,
): RiderConsequence[] {
  const timesOf = (stops: readonly { bookingId: string; kind: string; plannedAt: Date }[]) => {
    const out = new Map<string, RiderTimes>();
    for (const s of stops) {
      if (s.bookingId === bookingId) continue;
      const t = out.get(s.bookingId) ?? { pickupAt: null, dropoffAt: null };
      if (s.kind === 'PICKUP') t.pickupAt = s.plannedAt;
      else t.dropoffAt = s.plannedAt;
      out.set(s.bookingId, t);
    }
    return out;
  };
  const windows = new Map<string, RiderWindows>();
  for (const [id, t] of trips)
    windows.set(id, { pickupLatest: t.pickupLatest, dropoffLatest: t.dropoffLatest });
  return riderConsequences(timesOf(target.pending), timesOf(plan), windows);
}

/** A ride that has ended or started is refused with its own status in words (rideNotMovable). */
function refuseIfNotMovable(status: string): void {
  const why = rideNotMovable(status);
  if (why)
    throw new DomainError('CONFLICT', {
      reason: why.reason,
      status,
      errors: [{ field: 'bookingId', code: why.reason, say: { key: why.key } }],
    });
}
