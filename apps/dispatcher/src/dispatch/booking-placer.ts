// Places one booking on a route: the real-time path shared by the dispatch job, the waitlist
// retry and the breakdown re-dispatch. Framework-free (DataSource in, outcome out) so the API's
// console and the worker run the same code (novu's use-case pattern).
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { DispatchPlanner, type Insertion, type TravelTimeProvider } from '@invataxi/routing';
import {
  CLOCK,
  isDomainError,
  noVehicleReason,
  type BookingStatus,
  type Clock,
  type StatusReason,
} from '@invataxi/domain';
import {
  transact,
  transitionBooking,
  type Actor,
  DispatchConsoleRepository,
  DispatchRepository,
  type UnitOfWork,
} from '@invataxi/persistence';
import {
  buildProblem,
  toStopPlans,
  TRAVEL_TIME,
  type BuildOptions,
  type LoadedRoute,
  type TripRow,
  RouteModel,
} from '@invataxi/dispatch';
import { rankSketches, shiftNeedOf, sketchCandidates } from './candidates';

/** Routes tried per exact insertion: the nearest few, then the next few (see rankSketches). */
export const ROUTES_PER_BATCH = 8;
/**
 * Batches tried before giving up: a route ranked past the nearest sixteen would need a long
 * detour and rarely takes the trip, while every batch costs a matrix and a compile (bench:
 * dispatch: two batches keep p95 under 50 ms for 1.4 points of served share). A booking left out this way is waitlisted and retried when capacity changes.
 */
export const MAX_BATCHES = 2;
/** Another writer changed the chosen route between the search and the lock: search again. */
const MAX_ATTEMPTS = 5;

export type PlaceOutcome =
  | { kind: 'scheduled'; shiftId: string; plannedPickupAt: Date; plannedDropoffAt: Date }
  /** No vehicle can even be tried; `reason` says what is true (none works then, or none with a lift...). */
  | { kind: 'no-shift'; reason: StatusReason }
  | { kind: 'no-fit' }
  /** The booking moved on (another worker, a cancellation): nothing to do. */
  | { kind: 'gone' };

export const WAITLIST_REASON = { noFit: 'NO_FEASIBLE_INSERTION' } as const;

/**
 * The cheapest insertion of the trip into these routes that keeps every stop already on them
 * (the worker and the benchmark); the pickups of `keepTimes` (rides a dispatcher placed) keep
 * their planned time too. The worker plans from `now` and the vehicles' last pings (no stop in
 * the past; lateness already a fact allowed, see allowLateness); the benchmark has no present.
 */
export async function insertInto(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
  trip: TripRow,
  travel: TravelTimeProvider,
  opts: Pick<BuildOptions, 'keepTimes' | 'now' | 'positions'> = {},
): Promise<{ ins: Insertion; toDate: (s: number) => Date } | null> {
  let pool = [...routes];
  while (pool.length > 0) {
    // One speed for every judgement (see OneHourTravelTime): the search over a batch and the
    // re-check under the lock must judge the route alike.
    const built = await buildProblem(pool, trips, [trip], travel, opts);
    const ins = new DispatchPlanner(built.problem).insertRequest(built.initial, trip.id);
    if (!ins) return null;
    const route = pool.find((r) => r.shift.id === ins.vehicleId) as LoadedRoute;
    // The solver drops a route that does not check out as given (e.g. a dispatcher's override)
    // and would then offer its empty vehicle: never write that, it would lose the other stops.
    if (ins.route.stops.length === route.pending.length + 2) return { ins, toDate: built.toDate };
    pool = pool.filter((r) => r !== route);
  }
  return null;
}

@Injectable()
export class BookingPlacer {
  constructor(
    private readonly routeModel: RouteModel,
    private readonly ds: DataSource,
    @Inject(TRAVEL_TIME) private readonly travel: TravelTimeProvider,
    private readonly repo: DispatchRepository,
    private readonly console: DispatchConsoleRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The present these routes are planned from: now, and where each vehicle last was (walk t23:
   * a ride sent back after a breakdown, its window passing, was placed in the past and its
   * rider texted that time).
   */
  private async present(routes: readonly LoadedRoute[]): Promise<Pick<BuildOptions, 'now' | 'positions'>> {
    const pings = await this.console.lastPositions(routes.map((r) => r.shift.id));
    return { now: this.clock.now(), positions: new Map(pings.map((p) => [p.shiftId, p] as const)) };
  }

  /**
   * Puts the booking (in `from` status at `version`) on the cheapest feasible place among the
   * candidate shifts, and moves it to SCHEDULED, all in one transaction with the route rewrite.
   */
  async place(
    bookingId: string,
    from: BookingStatus,
    version: number,
    actor: Actor,
    /** The booking's row as the caller just read it (saves the first read). */
    known?: TripRow,
  ): Promise<PlaceOutcome> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const trip =
        attempt === 1 && known?.id === bookingId
          ? known
          : (await this.routeModel.loadTrips(this.ds.manager, [bookingId])).get(bookingId);
      if (!trip || trip.status !== from || trip.version !== version) return { kind: 'gone' };
      const sketches = await sketchCandidates(this.repo, this.ds.manager, trip);
      if (sketches.length === 0) {
        const need = shiftNeedOf(trip);
        const anyShiftWorks = await this.repo.anyShiftWorks(this.ds.manager, need);
        return {
          kind: 'no-shift',
          reason: noVehicleReason({
            anyShiftWorks,
            features: need.features,
            wheelchairPlaces: need.wheelchairPlaces,
          }),
        };
      }
      // Ranked from sketches; only the routes of a batch about to be tried are loaded whole.
      const ranked = rankSketches(sketches, trip);
      let chosen: string | null = null;
      for (
        let i = 0;
        i < ranked.length && i < MAX_BATCHES * ROUTES_PER_BATCH && !chosen;
        i += ROUTES_PER_BATCH
      ) {
        const batch = ranked.slice(i, i + ROUTES_PER_BATCH);
        const { routes, trips } = await this.routeModel.loadRoutes(this.ds.manager, batch);
        const inRankOrder = batch.flatMap((id) => routes.filter((r) => r.shift.id === id));
        const kept = await this.routeModel.dispatcherPlaced(this.ds.manager, routes);
        const found = await insertInto(inRankOrder, trips, trip, this.travel, {
          keepTimes: kept,
          ...(await this.present(routes)),
        });
        if (found) chosen = found.ins.vehicleId;
      }
      if (!chosen) return { kind: 'no-fit' };
      const shiftId = chosen;
      try {
        const done = await transact(this.ds, actor, (uow) => this.commit(uow, shiftId, trip));
        if (done) return done;
      } catch (e) {
        // The booking changed under us (version) or stands on another route already (unique
        // constraint): re-read; the next pass returns 'gone' if it moved on.
        if (isDomainError(e) && (e.code === 'STALE_VERSION' || e.code === 'ILLEGAL_TRANSITION')) continue;
        if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') continue;
        throw e;
      }
    }
    throw new Error('route kept changing during placement; retry');
  }

  /** Under the shift's row lock: insert again into the route as it now stands, and persist. */
  private async commit(uow: UnitOfWork, shiftId: string, trip: TripRow): Promise<PlaceOutcome | null> {
    const { routes, trips } = await this.routeModel.loadRoutes(uow.manager, [shiftId], true);
    const route = routes[0];
    if (!route || (route.shift.status !== 'PLANNED' && route.shift.status !== 'ACTIVE')) return null;
    const kept = await this.routeModel.dispatcherPlaced(uow.manager, routes);
    const found = await insertInto(routes, trips, trip, this.travel, {
      keepTimes: kept,
      ...(await this.present(routes)),
    });
    if (!found) return null;
    const plan = toStopPlans(found.ins.route.stops, found.toDate);
    await this.routeModel.writeRoute(uow, shiftId, plan);
    const pickup = plan.find((p) => p.bookingId === trip.id && p.kind === 'PICKUP')?.plannedAt as Date;
    const dropoff = plan.find((p) => p.bookingId === trip.id && p.kind === 'DROPOFF')?.plannedAt as Date;
    await transitionBooking(uow, {
      bookingId: trip.id,
      to: 'SCHEDULED',
      expectedVersion: trip.version,
      patch: { shiftId, plannedPickupAt: pickup, plannedDropoffAt: dropoff },
      reason: null,
    });
    return { kind: 'scheduled', shiftId, plannedPickupAt: pickup, plannedDropoffAt: dropoff };
  }
}
