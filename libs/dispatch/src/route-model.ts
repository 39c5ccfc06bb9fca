// PostgreSQL rows <-> the solver's model. A shift is a vehicle of the dial-a-ride problem (its
// id is the shift id); a booking is a trip request (its id is the booking id). Times are seconds
// from an origin chosen per problem, so the solver works with small numbers.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { vehicleRequirement, type BookingStatus } from '@invataxi/domain';
import type {
  DialARideProblem,
  GeoPoint,
  InitialRoute,
  PlannedStop,
  TravelTimeProvider,
  TripRequest,
  VehicleShift,
} from '@invataxi/routing';
import { localMinutesOf, pickupTimeChanged } from '@invataxi/domain';
import { JobName, message } from '@invataxi/queue';
import { allowLateness } from './lateness';
import {
  RoutesRepository,
  type UnitOfWork,
  type ShiftRow,
  type StopPlan,
  type StopRow,
  type TripRow,
} from '@invataxi/persistence';

export { SHIFT_COLUMNS, TRIP_COLUMNS } from '@invataxi/persistence';
export type { ShiftRow, StopPlan, StopRow, TripRow } from '@invataxi/persistence';

/** A shift with its route: stops already served (history) and stops still to drive. */
export interface LoadedRoute {
  shift: ShiftRow;
  served: StopRow[];
  pending: StopRow[];
}

/** Bookings whose stops still belong on a route. A cancelled booking's stops are dropped. */
export const ON_ROUTE_STATUSES: readonly BookingStatus[] = ['SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD'];

/** Rides told when a route write moves their pickup (not yet picked up, still planned). */
const TOLD_WHEN_MOVED: readonly string[] = ['SCHEDULED', 'EN_ROUTE'];

/**
 * The rider is told the new pickup time, once per change: NotifyPickupMoved ->
 * PICKUP_TIME_CHANGED naming the ride; the job id is keyed by the new time.
 */
export const pickupMovedMessage = (bookingId: string, plannedPickupAt: string) =>
  message(
    JobName.NotifyPickupMoved,
    { bookingId, plannedPickupAt },
    `${bookingId}.${new Date(plannedPickupAt).getTime()}`,
  );

/** Features a vehicle offers; STEP_FREE stands for "a ramp or a lift" (either will do). */
export function vehicleFeatures(s: Pick<ShiftRow, 'hasRamp' | 'hasLift' | 'hasRestraints'>): string[] {
  const f: string[] = [];
  if (s.hasRamp) f.push('RAMP');
  if (s.hasLift) f.push('LIFT');
  if (s.hasRestraints) f.push('WHEELCHAIR_RESTRAINTS');
  if (s.hasRamp || s.hasLift) f.push('STEP_FREE');
  return f;
}

/** What the trip needs from the vehicle, in the same words as vehicleFeatures. */
export function tripNeeds(t: Pick<TripRow, 'mobility' | 'stepFree' | 'needsLift'>): string[] {
  const req = vehicleRequirement(t.mobility);
  const needs = new Set<string>(req.allOf);
  // Step-free boarding is a ramp or a lift, never a ramp alone (issue 18).
  if (req.stepFree || t.stepFree) needs.add('STEP_FREE');
  if (t.needsLift) needs.add('LIFT');
  return [...needs];
}

export function vehicleLayouts(
  s: Pick<ShiftRow, 'seats' | 'wheelchairPlaces' | 'alternativeLayouts'>,
): number[][] {
  return [
    [s.seats, s.wheelchairPlaces],
    ...(s.alternativeLayouts ?? []).map((l) => [l.seats, l.wheelchairPlaces]),
  ];
}

export interface BuiltProblem {
  problem: DialARideProblem;
  /** The routes as they stand, for the solver to start from. */
  initial: InitialRoute[];
  /** Epoch milliseconds of time 0. */
  origin: number;
  toDate(seconds: number): Date;
}

export interface BuildOptions {
  /** Keep bookings confirmed to a driver on their vehicle (the evening re-plan). */
  lockConfirmed?: boolean;
  /** Local hour whose speed applies; default: the hour of the earliest pickup window. */
  hour?: number;
  /**
   * Which pickup places each shift's provider covers (the re-plan may move a booking to any
   * vehicle: only to one whose provider serves the place). Encoded as features the solver checks.
   */
  coverage?: (shiftId: string, pickupKato: string) => boolean;
  /** Bookings kept on the vehicle they are on (a dispatcher placed them there, issue 18). */
  pinned?: ReadonlySet<string>;
  /**
   * Bookings on a route whose planned pickup stays what it is (a dispatcher placed them: walk
   * F22, a cancellation let another ride in before a dispatcher's dialysis pickup and moved it):
   * the pickup window shrinks to the planned time, the drop-off and ride limits stretch to the
   * planned ones when a dispatcher's override set them later. A route that cannot keep them is
   * not offered (the solver drops a route that does not check out as given).
   */
  keepTimes?: ReadonlySet<string>;
  /**
   * The present (a live move: a dispatcher's assignment, a rescue of a late vehicle's ride): no
   * vehicle starts before it, so no stop is planned in the past (walk t23: a ride whose pickup
   * had passed was moved and its rider texted that past time). Without it the routes are
   * planned from the shifts' starts (a future day's plan). With it, lateness that is already a
   * fact is allowed (see allowLateness): a late stop does not shut its vehicle to new rides, and
   * an ACCEPTED ride no vehicle can reach within its window is placed late, never in the past.
   */
  now?: Date;
  /**
   * Each vehicle's last known position (its latest ping): with `now`, the route starts there
   * when the ping is later than the last stop the vehicle served.
   */
  positions?: ReadonlyMap<string, { lat: number; lon: number; at: Date }>;
}

/**
 * A kept time's give, in seconds (later only): planned times are stored to the millisecond, so
 * the schedule that produced one may start a fraction of a millisecond after it; without this
 * the route the time came from might not check out (seen in the walk: the re-plan left out the
 * rider behind a dispatcher's kept pickup, WOULD_DROP_SCHEDULED).
 */
const KEEP_SLACK_SECONDS = 1;

/** The pending stops' planned times of these bookings, as `sec` counts them (seconds from an origin). */
export function plannedSeconds(
  routes: readonly LoadedRoute[],
  ids: ReadonlySet<string> | undefined,
  sec: (d: Date) => number,
): Map<string, { pickup?: number; dropoff?: number }> {
  const out = new Map<string, { pickup?: number; dropoff?: number }>();
  if (!ids?.size) return out;
  for (const r of routes)
    for (const s of r.pending)
      if (ids.has(s.bookingId))
        out.set(s.bookingId, {
          ...out.get(s.bookingId),
          [s.kind === 'PICKUP' ? 'pickup' : 'dropoff']: sec(s.plannedAt),
        });
  return out;
}

/**
 * The routing problem for these routes plus the given unrouted trips. Every trip of a route is
 * in it; trips being driven (EN_ROUTE, ARRIVED) stay on their vehicle, passengers on board
 * have only their drop-off left. A vehicle with served stops starts from the last one.
 */
export async function buildProblem(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
  extra: readonly TripRow[],
  travel: TravelTimeProvider,
  opts: BuildOptions = {},
): Promise<BuiltProblem> {
  const onRoute = new Map<string, LoadedRoute>();
  for (const r of routes) for (const s of r.pending) onRoute.set(s.bookingId, r);
  const all: TripRow[] = [...new Set([...onRoute.keys()])].map((id) => trips.get(id) as TripRow);
  for (const t of extra) if (!onRoute.has(t.id)) all.push(t);

  let origin = Infinity;
  for (const r of routes) origin = Math.min(origin, r.shift.startsAt.getTime());
  for (const t of all)
    origin = Math.min(origin, t.pickupEarliest.getTime(), t.actualPickupAt?.getTime() ?? Infinity);
  for (const r of routes)
    for (const s of r.served) origin = Math.min(origin, s.actualAt?.getTime() ?? Infinity);
  if (!Number.isFinite(origin)) origin = Date.now();
  origin = Math.floor(origin / 60000) * 60000;
  const sec = (d: Date): number => (d.getTime() - origin) / 1000;

  const points: GeoPoint[] = [];
  const at = (lat: number, lon: number): number => points.push({ lat, lon }) - 1;

  const places = [...new Set(all.map((t) => t.pickupKato))];
  const vehicles: VehicleShift[] = routes.map((r) => {
    const last = r.served[r.served.length - 1];
    let startLoc: number;
    let earliestStart = sec(r.shift.startsAt);
    if (last) {
      const t = trips.get(last.bookingId);
      startLoc = t
        ? last.kind === 'PICKUP'
          ? at(t.pickupLat, t.pickupLon)
          : at(t.dropoffLat, t.dropoffLon)
        : at(r.shift.startLat, r.shift.startLon);
      earliestStart = Math.max(earliestStart, sec(last.actualAt as Date));
    } else startLoc = at(r.shift.startLat, r.shift.startLon);
    if (opts.now) {
      const now = opts.now;
      const ping = opts.positions?.get(r.shift.id);
      if (ping && ping.at <= now && (!last?.actualAt || ping.at > last.actualAt))
        startLoc = at(ping.lat, ping.lon);
      earliestStart = Math.max(earliestStart, sec(now));
    }
    return {
      id: r.shift.id,
      startLocation: startLoc,
      endLocation: at(r.shift.endLat, r.shift.endLon),
      earliestStart,
      latestEnd: sec(r.shift.endsAt),
      capacities: vehicleLayouts(r.shift),
      features: [
        ...vehicleFeatures(r.shift),
        ...(opts.coverage
          ? places.filter((k) => opts.coverage?.(r.shift.id, k)).map((k) => `AREA:${k}`)
          : []),
      ],
    };
  });

  const kept = plannedSeconds(routes, opts.keepTimes, sec);
  const requests: TripRequest[] = all.map((t) => {
    const route = onRoute.get(t.id);
    const keep = route && t.status === 'SCHEDULED' ? kept.get(t.id) : undefined;
    const pickupAt = keep?.pickup;
    const dropoffLatest = Math.max(sec(t.dropoffLatest), (keep?.dropoff ?? -Infinity) + KEEP_SLACK_SECONDS);
    const pinned =
      route &&
      (t.status === 'EN_ROUTE' ||
        t.status === 'ARRIVED' ||
        (opts.lockConfirmed && t.confirmedToDriver) ||
        opts.pinned?.has(t.id))
        ? route.shift.id
        : undefined;
    const boarded = route && t.status === 'ON_BOARD' && t.actualPickupAt;
    return {
      id: t.id,
      pickup: {
        location: at(t.pickupLat, t.pickupLon),
        serviceTime: t.boardingSeconds,
        earliest: pickupAt ?? sec(t.pickupEarliest),
        latest: pickupAt === undefined ? sec(t.pickupLatest) : pickupAt + KEEP_SLACK_SECONDS,
      },
      dropoff: {
        location: at(t.dropoffLat, t.dropoffLon),
        serviceTime: t.boardingSeconds,
        earliest: sec(t.dropoffEarliest),
        latest: dropoffLatest,
      },
      load: [t.loadSeats, t.loadWheelchairPlaces],
      maxRideTime:
        pickupAt === undefined
          ? t.maxRideSeconds
          : Math.max(t.maxRideSeconds, dropoffLatest - pickupAt - t.boardingSeconds),
      needs: opts.coverage ? [...tripNeeds(t), `AREA:${t.pickupKato}`] : tripNeeds(t),
      // On a route: promised to its rider (SCHEDULED has no way back to the waitlist).
      ...(route ? { required: true } : {}),
      ...(boarded
        ? { onBoard: { vehicleId: route.shift.id, pickedUpAt: sec(t.actualPickupAt as Date) } }
        : pinned
          ? { lockedToVehicle: pinned }
          : {}),
    };
  });

  let hour = opts.hour;
  if (hour === undefined) {
    const first = all.reduce<Date | null>(
      (m, t) => (m === null || t.pickupEarliest < m ? t.pickupEarliest : m),
      null,
    );
    hour = Math.floor(localMinutesOf(first ?? new Date(origin)) / 60);
  }
  const travel_ = await travel.matrix(points, hour);

  const initial: InitialRoute[] = routes.map((r) => ({
    vehicleId: r.shift.id,
    stops: r.pending.map((s) => ({
      requestId: s.bookingId,
      kind: s.kind === 'PICKUP' ? 'pickup' : 'dropoff',
    })),
  }));
  const problem: DialARideProblem = { requests, vehicles, travel: travel_ };
  return {
    // Planned from now, lateness already a fact is allowed, not a reason to refuse the vehicle;
    // a ride accepted and not on a route (sent back after a breakdown) may be placed late.
    problem: opts.now
      ? allowLateness(
          problem,
          initial,
          new Set(extra.filter((t) => !onRoute.has(t.id) && t.status === 'ACCEPTED').map((t) => t.id)),
        )
      : problem,
    initial,
    origin,
    toDate: (s) => new Date(origin + Math.round(s * 1000)),
  };
}

export function toStopPlans(stops: readonly PlannedStop[], toDate: (s: number) => Date): StopPlan[] {
  return stops.map((s) => ({
    bookingId: s.requestId,
    kind: s.kind === 'pickup' ? 'PICKUP' : 'DROPOFF',
    plannedAt: toDate(s.serviceStart),
  }));
}

/**
 * Routes read and written on the caller's manager, shared by the API's console and driver views
 * and the worker's dispatch and planning (DispatchModelModule provides it).
 */
@Injectable()
export class RouteModel {
  constructor(private readonly routes: RoutesRepository) {}

  /** The bookings on these routes a dispatcher placed there (see BuildOptions.keepTimes). */
  async dispatcherPlaced(m: EntityManager, routes: readonly LoadedRoute[]): Promise<Set<string>> {
    const ids = [...new Set(routes.flatMap((r) => r.pending.map((s) => s.bookingId)))];
    return new Set(await this.routes.manuallyPlacedOf(m, ids));
  }

  async loadTrips(m: EntityManager, ids: readonly string[]): Promise<Map<string, TripRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.routes.tripsByIds(m, ids);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The routes of these shifts and every booking on them. `lock`: SELECT ... FOR UPDATE on the
   * shift rows in id order (one order everywhere, so two writers never deadlock).
   */
  async loadRoutes(
    m: EntityManager,
    shiftIds: readonly string[],
    lock = false,
  ): Promise<{ routes: LoadedRoute[]; trips: Map<string, TripRow> }> {
    if (shiftIds.length === 0) return { routes: [], trips: new Map() };
    const shifts = await this.routes.shiftsWithVehicles(m, shiftIds, lock);
    const stops = await this.routes.stopsOfShifts(m, shiftIds);
    const trips = await this.loadTrips(m, [...new Set(stops.map((s) => s.bookingId))]);
    const byShift = new Map<string, StopRow[]>();
    for (const s of stops) byShift.set(s.shiftId, [...(byShift.get(s.shiftId) ?? []), s]);
    const routes = shifts.map((shift) => {
      const all = byShift.get(shift.id) ?? [];
      return {
        shift,
        served: all.filter((s) => s.actualAt !== null),
        pending: all.filter((s) => {
          const t = trips.get(s.bookingId);
          return s.actualAt === null && !!t && ON_ROUTE_STATUSES.includes(t.status);
        }),
      };
    });
    return { routes, trips };
  }

  /**
   * Rewrites what is left of a shift's route: stops already served stay as history, the rest is
   * replaced by `plan` (numbered after them), and every booking on it gets its planned times.
   * The caller holds the shift's row lock and commits this with the booking's status change.
   * The unique (booking_id, kind) constraint refuses a booking that stands on another route.
   *
   * Every route write goes through here, so here every scheduled rider whose pickup this write
   * moves by RIDE_TIME_CHANGE_MINUTES or more is told the new time (issue 18), in the same
   * transaction (outbox), once per change (job id and notification keyed by the new time). A
   * booking the caller tells otherwise (its own status message) is named in `toldOtherwise`.
   * Returns the bookings told.
   */
  async writeRoute(
    uow: UnitOfWork,
    shiftId: string,
    plan: readonly StopPlan[],
    toldOtherwise: readonly string[] = [],
  ): Promise<string[]> {
    const rows = await this.routes.replacePendingStops(uow.manager, shiftId, plan);
    const told: string[] = [];
    for (const r of rows) {
      if (!r.after || !TOLD_WHEN_MOVED.includes(r.status) || toldOtherwise.includes(r.bookingId)) continue;
      if (!r.before || !pickupTimeChanged(r.before, r.after)) continue;
      uow.enqueue(pickupMovedMessage(r.bookingId, r.after.toISOString()));
      told.push(r.bookingId);
    }
    return told;
  }
}
