import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Redis } from 'ioredis';
import {
  DomainError,
  arrivalOpensAt,
  checkStatusReport,
  driverMayReport,
  localDateOf,
  localTimeOf,
  noShowEvidence,
  shiftHasBegun,
  startOfLocalDay,
  DAY_MS,
  rideTrail,
  trailMetres,
  CLOCK,
  type BookingStatus,
  type Clock,
  type DriverReportedStatus,
  type DriverStatusRules,
  type NoShowEvidence,
  type NoShowRefusalCode,
  type ProviderMissReason,
} from '@invataxi/domain';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { forbid, type Principal } from '@invataxi/auth';
import {
  DriverShiftsRepository,
  StatusAnomaliesRepository,
  transact,
  transactAnswering,
  transitionBooking,
  type JsonObject,
  type KeyedRequest,
  type ManifestStopRow,
  type ReportedBookingRow,
  type StopAheadRow,
} from '@invataxi/persistence';
import { REDIS } from '@invataxi/platform';
import type { GeoPoint, TravelTimeProvider } from '@invataxi/routing';
import { ARRIVAL_REVIEW_CODES, localMinutesOf, stopEtas, type StopAhead } from '@invataxi/domain';
import { TRAVEL_TIME, RegionPolicies } from '@invataxi/dispatch';
import { NoShowService } from '@invataxi/booking';
import { arrivalAlertsOf, runningLateChecksOf } from '@invataxi/notifications';
import { LiveEvents } from '../dispatch/live-events';

/** A manifest stop as the driver's app gets it: times as ISO strings. */
export interface ManifestStop extends Omit<
  ManifestStopRow,
  'plannedAt' | 'actualAt' | 'windowFrom' | 'windowTo' | 'boardedAt' | 'fromLat' | 'fromLon'
> {
  plannedAt: string;
  actualAt: string | null;
  /** When the rider boarded (ON_BOARD reported), null before. */
  boardedAt: string | null;
  windowFrom: string;
  windowTo: string;
  /**
   * A pickup's drive from the stop before it on the route (the shift's start point for the
   * first), seconds by the travel model: "On my way" is taken from the window's opening less
   * arrivalLeadMinutes less this (the domain's enRouteOpensAt). Null for a drop-off.
   */
  travelSeconds: number | null;
}

export interface Manifest {
  /**
   * The shift under way: begun, or within DRIVER_STATUS_SHIFT_LEAD_MINUTES of its start (the
   * domain's shiftHasBegun), not ended; null when none is (a shift still ahead is in `coming`).
   */
  shiftId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  stops: ManifestStop[];
  /**
   * The driver's coming shifts after this one, starting within COMING_SHIFT_DAYS, the earliest
   * first, with their rides as planned so far (issue 23). Read-only: no rider's phone yet (it is
   * given only while a stop of the shift under way is open).
   */
  coming: ManifestShift[];
  /**
   * DRIVER_STATUS_SHIFT_LEAD_MINUTES: a coming shift becomes workable this many minutes before it
   * starts (the page, showing a kept copy, follows the same rule as the API).
   */
  shiftLeadMinutes: number;
  /**
   * DRIVER_STATUS_ARRIVAL_LEAD_MINUTES: "I have arrived" is taken from this many minutes before a
   * pickup's window opens (the domain's arrivalOpensAt), "On my way" from that less the stop's
   * travelSeconds (enRouteOpensAt): the page shows each button disabled until then, saying from
   * when, offline too.
   */
  arrivalLeadMinutes: number;
  /**
   * DRIVER_STATUS_MIN_RIDE_PERCENT: "Dropped off" is taken from boarding plus this share of the
   * ride's direct travel time (the domain's completedOpensAt): the page shows the button disabled
   * until then, saying from when (no drop-off a tap after "On board").
   */
  minRidePercent: number;
  /**
   * The driver's shifts of today (still to run) that were cancelled, with the reason given and
   * the role of whoever cancelled it (walk t23 m13: the page said only "No open shift.").
   */
  cancelledToday: CancelledShift[];
}

export interface CancelledShift {
  shiftId: string;
  startsAt: string;
  endsAt: string;
  /** The reason given: a code (VEHICLE_BREAKDOWN, DRIVER_ABSENT, ...) or an admin's own words. */
  reason: string | null;
  /** The role of whoever cancelled it (PROVIDER_ADMIN, DISPATCHER, ...), when recorded. */
  byRole: string | null;
}

export interface ManifestShift {
  shiftId: string;
  startsAt: string;
  endsAt: string;
  stops: ManifestStop[];
}

/** The stops ahead as the ETA rule reads them. */
const stopsAheadOf = (rows: readonly StopAheadRow[]): StopAhead[] =>
  rows.map((s) => ({
    bookingId: s.bookingId,
    kind: s.kind,
    status: s.status,
    serviceSeconds: s.service,
    opensAt: s.opensAt ? new Date(s.opensAt) : null,
  }));

export interface Eta {
  bookingId: string;
  kind: string;
  /** Seconds from the ping to the vehicle reaching the stop. */
  etaSeconds: number;
  /** When the vehicle is expected at the stop: the ping's time + etaSeconds (not to add again). */
  at: string;
}

/** How many days ahead the driver's page lists the coming shifts. */
export const COMING_SHIFT_DAYS = 7;

/** How long a booking's last ETAs stay readable for a live view opened between pings. */
const ETA_KEEP_SECONDS = 15 * 60;

/** Pings from this long before the pickup window opens are read as a no-show's evidence. */
const NO_SHOW_PINGS_BEFORE_WINDOW_MS = 2 * 3600_000;

/** A no-show refused for want of evidence: the reason's code, its figures, the field it is about. */
function noShowRefused(code: NoShowRefusalCode, params: { [k: string]: string | number }): DomainError {
  return new DomainError('CONFLICT', {
    reason: code,
    ...params,
    // Retry-After and the body's retryAfterSeconds: the page counts the wait down.
    ...(code === 'NO_SHOW_TOO_EARLY' ? { retryAfterSeconds: params.secondsLeft as number } : {}),
    errors: [{ field: 'status', code, message: `a no-show needs the vehicle's evidence: ${code}` }],
  });
}

/** A status report's answer (recorded under its Idempotency-Key). */
export interface DriverReportAnswer {
  bookingId: string;
  status: string;
  version: number;
}

/** What the rider's page and the region's board are told of a reported change. */
interface Announced {
  status: string;
  version: number;
  regionKato: string;
  shiftId: string | null;
  arrivalUnderReview?: boolean;
  /** The ride's own ETAs with its new status (the rider's stream only). */
  etas?: Eta[];
}

/** A position taken this far ahead of the server's clock is refused (phones' clocks drift). */
const PING_CLOCK_SLACK_MS = 2 * 60_000;
/** A batch's newest position moves the live views (ETAs, the board) only while this fresh. */
const PING_LIVE_MS = 2 * 60_000;

/** How many upcoming stops get an ETA with each position report. */
const ETA_STOPS = 5;

/** The margins of "statuses in time", from their one place: the configuration. */
export function driverStatusRulesOf(c: AppConfig): DriverStatusRules {
  return {
    shiftLeadMinutes: c.DRIVER_STATUS_SHIFT_LEAD_MINUTES,
    shiftOverrunMinutes: c.DRIVER_STATUS_SHIFT_OVERRUN_MINUTES,
    arrivalLeadMinutes: c.DRIVER_STATUS_ARRIVAL_LEAD_MINUTES,
    lateFlagMinutes: c.DRIVER_STATUS_LATE_FLAG_MINUTES,
    earlyFlagMinutes: c.DRIVER_STATUS_EARLY_FLAG_MINUTES,
    arrivalDistanceMetres: c.DRIVER_STATUS_ARRIVAL_DISTANCE_METRES,
    minRidePercent: c.DRIVER_STATUS_MIN_RIDE_PERCENT,
  };
}

/**
 * The driver's side of a shift: the manifest in stop order (needs and notes, never the IIN or
 * the person's name), status reports with actual times, and position pings.
 */
@Injectable()
export class DriverService {
  private readonly rules: DriverStatusRules;
  /** NOTIFY_ARRIVAL_MINUTES: how close a pickup ETA calls for the "about to arrive" message. */
  private readonly arrivalMinutes: number;

  constructor(
    private readonly policies: RegionPolicies,
    private readonly ds: DataSource,
    private readonly shifts: DriverShiftsRepository,
    private readonly anomalies: StatusAnomaliesRepository,
    private readonly live: LiveEvents,
    private readonly noShows: NoShowService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(TRAVEL_TIME) private readonly travel: TravelTimeProvider,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) config: AppConfig,
  ) {
    this.rules = driverStatusRulesOf(config);
    this.arrivalMinutes = config.NOTIFY_ARRIVAL_MINUTES;
  }

  private driverId(p: Principal): string {
    if (!p.driverId) forbid('driver');
    return p.driverId;
  }

  async manifest(p: Principal): Promise<Manifest> {
    const driverId = this.driverId(p);
    return transact(this.ds, { userId: p.userId, role: p.role }, async (uow) => {
      const now = this.clock.now();
      const lead = this.rules.shiftLeadMinutes;
      const ahead = await this.shiftsAhead(uow.manager, driverId, now);
      // A shift not begun is coming, however near (the tester's walk: tomorrow's shift was
      // offered as the working one, with the rider's phone and status buttons, 11 hours early).
      const shift = ahead[0] && shiftHasBegun(ahead[0].startsAt, now, lead) ? ahead[0] : undefined;
      const later = shift ? ahead.slice(1) : ahead;
      const coming: ManifestShift[] = [];
      for (const c of later)
        coming.push({
          shiftId: c.id,
          startsAt: c.startsAt.toISOString(),
          endsAt: c.endsAt.toISOString(),
          // Not confirmed to the driver: the evening re-plan may still move them. No phone yet.
          stops: (await this.stopsOf(uow.manager, c.id)).map((s) => ({ ...s, riderPhone: null })),
        });
      const { arrivalLeadMinutes, minRidePercent } = this.rules;
      const cancelledToday = (
        await this.shifts.cancelledShiftsOf(
          uow.manager,
          driverId,
          now,
          new Date(startOfLocalDay(now).getTime() + DAY_MS),
        )
      ).map((c) => ({
        shiftId: c.id,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
        reason: c.reason,
        byRole: c.byRole,
      }));
      if (!shift)
        return {
          shiftId: null,
          startsAt: null,
          endsAt: null,
          stops: [],
          coming,
          shiftLeadMinutes: lead,
          arrivalLeadMinutes,
          minRidePercent,
          cancelledToday,
        };
      const stops = await this.stopsOf(uow.manager, shift.id);
      // Fetched for today: the driver has seen these rides, the evening re-plan may not move them.
      if (localDateOf(shift.startsAt) === localDateOf(now)) {
        const ids = [
          ...new Set(stops.filter((s) => s.bookingStatus === 'SCHEDULED').map((s) => s.bookingId)),
        ];
        if (ids.length) {
          await this.shifts.confirmToDriver(uow.manager, ids);
          uow.audit({
            action: 'shift.manifest_confirmed',
            entityType: 'shift',
            entityId: shift.id,
            after: { bookings: ids.length },
          });
        }
      }
      return {
        shiftId: shift.id,
        startsAt: shift.startsAt.toISOString(),
        endsAt: shift.endsAt.toISOString(),
        stops,
        coming,
        shiftLeadMinutes: lead,
        arrivalLeadMinutes,
        minRidePercent,
        cancelledToday,
      };
    });
  }

  /**
   * The driver's own open shifts not ended by now: the current (or the first ahead, even beyond
   * COMING_SHIFT_DAYS), then those starting within COMING_SHIFT_DAYS, the earliest first.
   */
  private async shiftsAhead(m: EntityManager, driverId: string, now: Date) {
    const until = now.getTime() + COMING_SHIFT_DAYS * 24 * 3600_000;
    const open = await this.shifts.openShiftsOf(m, driverId, now);
    return open.filter((s, i) => i === 0 || s.startsAt.getTime() < until);
  }

  /** The shifts the driver's page follows live: the current one and the coming ones. */
  async followedShifts(p: Principal): Promise<string[]> {
    const driverId = this.driverId(p);
    return (await this.shiftsAhead(this.ds.manager, driverId, this.clock.now())).map((s) => s.id);
  }

  /**
   * How far the ride went: from its pick-up through the vehicle's positions between boarding and
   * now to its drop-off, each step's road distance by the travel model rides are planned with.
   */
  private async rideMetres(
    m: EntityManager,
    b: {
      shiftId: string | null;
      pickupLat: number;
      pickupLon: number;
      dropoffLat: number;
      dropoffLon: number;
    },
    boardedAt: Date,
    now: Date,
  ): Promise<number> {
    const pings = b.shiftId ? await this.shifts.pingsOf(m, b.shiftId, boardedAt, now) : [];
    const trail = rideTrail({ lat: b.pickupLat, lon: b.pickupLon }, pings, {
      lat: b.dropoffLat,
      lon: b.dropoffLon,
    });
    const mx = await this.travel.matrix(trail, Math.floor(localMinutesOf(boardedAt) / 60));
    return trailMetres(trail.length, (i, j) => mx.distances[i * mx.size + j] ?? 0);
  }

  private async stopsOf(m: EntityManager, shiftId: string): Promise<ManifestStop[]> {
    const rows = await this.shifts.manifestOf(m, shiftId);
    return Promise.all(
      rows.map(async ({ fromLat, fromLon, ...r }) => ({
        ...r,
        plannedAt: r.plannedAt.toISOString(),
        actualAt: r.actualAt?.toISOString() ?? null,
        boardedAt: r.boardedAt?.toISOString() ?? null,
        windowFrom: r.windowFrom.toISOString(),
        windowTo: r.windowTo.toISOString(),
        travelSeconds: r.kind === 'PICKUP' ? await this.travelSecondsTo({ ...r, fromLat, fromLon }) : null,
      })),
    );
  }

  /**
   * The drive to a pickup from the stop before it on the route (or the shift's start point), by
   * the travel model at the hour the arrival may first be marked: the one figure the manifest
   * gives the page and the status check reads (when "On my way" is taken, enRouteOpensAt).
   */
  private async travelSecondsTo(
    r: Pick<ManifestStopRow, 'lat' | 'lon' | 'fromLat' | 'fromLon' | 'windowFrom'>,
  ): Promise<number> {
    const at = arrivalOpensAt(r.windowFrom, this.rules.arrivalLeadMinutes);
    const mx = await this.travel.matrix(
      [
        { lat: r.fromLat, lon: r.fromLon },
        { lat: r.lat, lon: r.lon },
      ],
      Math.floor(localMinutesOf(at) / 60),
    );
    return Math.round(mx.durations[1] ?? 0);
  }

  async report(
    p: Principal,
    bookingId: string,
    status: DriverReportedStatus,
    expectedVersion: number,
    keyed?: KeyedRequest,
    now = this.clock.now(),
  ): Promise<DriverReportAnswer> {
    const driverId = this.driverId(p);
    const told: { to: (Announced & { pickup: GeoPoint }) | null } = { to: null };
    const answer = await transactAnswering(
      this.ds,
      { userId: p.userId, role: p.role },
      async (uow) => {
        const m = uow.manager;
        const b = await this.shifts.reportedBooking(m, bookingId);
        if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
        await this.refuseIfGone(m, bookingId, driverId, b);
        if (b.driverId !== driverId || !b.shiftId || !b.shiftStatus || !b.shiftStartsAt || !b.shiftEndsAt)
          forbid('shift');
        // Setting off: from when the arrival may be marked less the drive from the stop before.
        const pickupStop =
          status === 'EN_ROUTE'
            ? (await this.shifts.manifestOf(m, b.shiftId)).find(
                (r) => r.bookingId === bookingId && r.kind === 'PICKUP',
              )
            : undefined;
        // Only what can be true now is taken; what is merely strange is flagged (issue 18).
        const verdict = checkStatusReport(
          {
            status,
            now,
            shift: { startsAt: b.shiftStartsAt, endsAt: b.shiftEndsAt, status: b.shiftStatus },
            pickup: {
              earliest: b.pickupEarliest,
              latest: b.pickupLatest,
              plannedAt: b.plannedPickupAt,
              place: { lat: b.pickupLat, lon: b.pickupLon },
            },
            travelSeconds: pickupStop ? await this.travelSecondsTo(pickupStop) : 0,
            boardedAt: b.actualPickupAt,
            directSeconds: b.directSeconds,
            lastPing: status === 'ARRIVED' ? await this.shifts.lastPingOf(m, b.shiftId, now) : null,
          },
          this.rules,
        );
        if (!verdict.ok)
          throw new DomainError('CONFLICT', { reason: verdict.refusal.code, ...verdict.refusal.params });
        const patch: Partial<Record<'arrivedAt' | 'actualPickupAt' | 'actualDropoffAt', Date>> & {
          actualMetres?: number;
        } = {};
        if (status === 'ARRIVED') patch.arrivedAt = now;
        if (status === 'ON_BOARD') patch.actualPickupAt = now;
        if (status === 'COMPLETED') {
          patch.actualDropoffAt = now;
          // The kilometres the act bills: along the vehicle's trail while the rider was on board.
          if (b.actualPickupAt) patch.actualMetres = await this.rideMetres(m, b, b.actualPickupAt, now);
        }
        // A no-show only with the vehicle's own pings at the pickup for the whole wait (issue 23).
        let evidence: NoShowEvidence | null = null;
        if (status === 'NO_SHOW' && b.status === 'ARRIVED') {
          const policy = await this.policies.ofBooking(m, b, now);
          const since = new Date(b.pickupEarliest.getTime() - NO_SHOW_PINGS_BEFORE_WINDOW_MS);
          const told = await this.shifts.toldOfPickup(m, bookingId, now);
          const verdict = noShowEvidence(
            {
              now,
              pickup: { lat: b.pickupLat, lon: b.pickupLon },
              window: { earliest: b.pickupEarliest, latest: b.pickupLatest },
              reportedArrivalAt: b.arrivedAt,
              toldPickupAt: told.pickupAt,
              toldArriving: told.arriving,
              toldAtDoorAt: told.atDoorAt,
              pings: await this.shifts.pingsOf(m, b.shiftId, since, now),
            },
            policy,
          );
          if (!verdict.ok) throw noShowRefused(verdict.refusal.code, verdict.refusal.params);
          evidence = verdict.evidence;
        }
        // Forward only: a ride goes back from ARRIVED to EN_ROUTE by a dispatcher's review alone.
        if (!driverMayReport(b.status as BookingStatus, status))
          throw new DomainError('ILLEGAL_TRANSITION', { from: b.status, to: status });
        const updated = await transitionBooking(uow, {
          bookingId,
          to: status,
          expectedVersion,
          patch: evidence ? { ...patch, noShowEvidence: evidence } : patch,
        });
        if (status === 'EN_ROUTE' && b.shiftStatus === 'PLANNED' && b.shiftId)
          await this.shifts.startShift(m, b.shiftId);
        if (status === 'ON_BOARD' || status === 'NO_SHOW')
          await this.shifts.recordStopServed(m, bookingId, 'PICKUP', now);
        if (status === 'COMPLETED') await this.shifts.recordStopServed(m, bookingId, 'DROPOFF', now);
        if (status === 'NO_SHOW') {
          await this.shifts.freeDropoffOfNoShow(m, bookingId);
          await this.noShows.applyNoShow(uow, bookingId, now);
        }
        const flags = verdict.anomalies.map((a) => a.code);
        if (verdict.anomalies.length)
          await this.anomalies.record(
            m,
            verdict.anomalies.map((a) => ({
              bookingId,
              shiftId: b.shiftId,
              status,
              code: a.code,
              params: a.params,
              reportedAt: now,
            })),
          );
        uow.audit({
          action: 'driver.reported',
          entityType: 'booking',
          entityId: bookingId,
          after: { status, at: now.toISOString(), ...(flags.length ? { flags } : {}) } as JsonObject,
        });
        told.to = {
          status: updated.status,
          version: updated.version,
          regionKato: b.regionKato,
          shiftId: b.shiftId,
          arrivalUnderReview: status === 'ARRIVED' && flags.some((f) => ARRIVAL_REVIEW_CODES.includes(f)),
          pickup: { lat: b.pickupLat, lon: b.pickupLon },
        };
        // The answer, recorded under the request's Idempotency-Key in this transaction: a resend
        // (the driver app's offline queue after a lost answer) replays it, the report is taken once.
        return { bookingId, status: updated.status, version: updated.version };
      },
      keyed,
    );
    const out = told.to;
    if (!out) return answer;
    // On board: the arrival at the destination at once, driven from the pickup where the vehicle
    // is, not from the next ping (walk F7: the page said nothing of it until then).
    const etas =
      out.status === 'ON_BOARD' && out.shiftId
        ? await this.etasFrom(out.shiftId, out.pickup, now)
            .then((x) => this.keepEtas(bookingId, x.etas))
            .catch(() => undefined)
        : undefined;
    await this.announce(bookingId, { ...out, etas });
    return answer;
  }

  /**
   * A change of a ride that has left the driver (issue 23: queued offline, or tapped a second
   * late) is refused with what became of it, the rider named by first name as on the manifest:
   * cancelled (and when), moved to another vehicle, or taken off the route. A ride that was never
   * on one of the driver's shifts stays forbidden, its rider unnamed.
   */
  private async refuseIfGone(
    m: EntityManager,
    bookingId: string,
    driverId: string,
    b: ReportedBookingRow,
  ): Promise<void> {
    const ours = b.driverId === driverId && !!b.shiftId;
    if (ours && b.status !== 'CANCELLED') return;
    const gone = await this.shifts.goneRideOf(m, bookingId, driverId);
    if (!gone || (!ours && !gone.wasDrivers)) forbid('shift');
    const reason =
      b.status === 'CANCELLED'
        ? 'RIDE_CANCELLED'
        : b.shiftId
          ? 'RIDE_MOVED_TO_OTHER_VEHICLE'
          : 'RIDE_TAKEN_OFF_ROUTE';
    const cancelled = reason === 'RIDE_CANCELLED';
    throw new DomainError('CONFLICT', {
      reason,
      name: gone.riderFirstName,
      ...(cancelled ? { at: localTimeOf(gone.cancelledAt) } : {}),
      ride: {
        riderFirstName: gone.riderFirstName,
        cancelledAt: cancelled ? gone.cancelledAt.toISOString() : null,
      },
    });
  }

  /** The rider's page and the region's board hear about a ride's new status. */
  private async announce(bookingId: string, out: Announced): Promise<void> {
    const ev = {
      type: 'status' as const,
      bookingId,
      status: out.status,
      version: out.version,
      ...(out.shiftId ? { shiftId: out.shiftId } : {}),
      // The rider's page keeps "on its way" with the ETA until a dispatcher confirms the arrival.
      ...(out.arrivalUnderReview ? { arrivalUnderReview: true } : {}),
    };
    await this.live
      .publish('booking', bookingId, out.etas?.length ? { ...ev, etas: out.etas } : ev)
      .catch(() => undefined);
    await this.live.publish('region', out.regionKato, ev).catch(() => undefined);
  }

  /**
   * The driver could not pick the rider up for a reason on the provider's side (issue 23): the
   * ride is cancelled with that reason, never as the rider's no-show, and the rider is told why.
   */
  async missed(
    p: Principal,
    bookingId: string,
    reason: ProviderMissReason,
    expectedVersion: number,
    keyed?: KeyedRequest,
    now = this.clock.now(),
  ): Promise<DriverReportAnswer> {
    const driverId = this.driverId(p);
    const told: { to: Announced | null } = { to: null };
    const answer = await transactAnswering(
      this.ds,
      { userId: p.userId, role: p.role },
      async (uow) => {
        const b = await this.shifts.reportedBooking(uow.manager, bookingId);
        if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
        await this.refuseIfGone(uow.manager, bookingId, driverId, b);
        if (b.driverId !== driverId || !b.shiftId) forbid('shift');
        // Only at the pickup's turn: before it the dispatcher re-plans, after it there is no pickup.
        if (b.status !== 'EN_ROUTE' && b.status !== 'ARRIVED')
          throw new DomainError('ILLEGAL_TRANSITION', { from: b.status, to: 'CANCELLED' });
        const updated = await transitionBooking(uow, {
          bookingId,
          to: 'CANCELLED',
          expectedVersion,
          reason,
          patch: { cancelledAt: now, cancelledByUserId: p.userId, lateCancellation: false },
        });
        uow.audit({
          action: 'driver.missed',
          entityType: 'booking',
          entityId: bookingId,
          after: { reason, at: now.toISOString() },
        });
        told.to = {
          status: updated.status,
          version: updated.version,
          regionKato: b.regionKato,
          shiftId: b.shiftId,
        };
        return { bookingId, status: updated.status, version: updated.version };
      },
      keyed,
    );
    if (told.to) await this.announce(bookingId, told.to);
    return answer;
  }

  /** Latest position in Redis (live views), trail in PostgreSQL, ETAs of the next stops. */
  async position(
    p: Principal,
    lat: number,
    lon: number,
    now = this.clock.now(),
  ): Promise<{ shiftId: string; etas: Eta[] }> {
    const driverId = this.driverId(p);
    const shift = await this.shifts.currentShiftOf(this.ds.manager, driverId, now);
    if (!shift) throw new DomainError('CONFLICT', { reason: 'NO_OPEN_SHIFT' });
    await this.shifts.recordPositions(this.ds.manager, [{ shiftId: shift.id, at: now, lat, lon }]);
    return { shiftId: shift.id, etas: await this.tellPosition(p, shift.id, lat, lon, now) };
  }

  /**
   * The phone's positions sent in a batch (issue 23), each at the time it was taken: stored on
   * the driver's open shift of that time, from the shift's lead-in (DRIVER_STATUS_SHIFT_LEAD_MINUTES)
   * to its end (one statement: all or none); those of a time no open shift of the driver covers
   * are counted and left out. The newest, when fresh, moves the live views as a single ping does.
   * A position from the future (past the clock slack) is refused with the field named.
   */
  async positions(
    p: Principal,
    pings: { lat: number; lon: number; at: string }[],
    keyed?: KeyedRequest,
    now = this.clock.now(),
  ): Promise<{ recorded: number; outsideShift: number }> {
    const driverId = this.driverId(p);
    const timed = pings.map((x) => ({ lat: x.lat, lon: x.lon, at: new Date(x.at) }));
    const future = timed
      .map((x, i) => (x.at.getTime() > now.getTime() + PING_CLOCK_SLACK_MS ? i : -1))
      .filter((i) => i >= 0);
    if (future.length)
      throw DomainError.validation(
        future.map((i) => ({
          field: `pings[${i}].at`,
          code: 'IN_THE_FUTURE',
          message: 'a position cannot be taken after now',
        })),
      );
    const earliest = new Date(Math.min(...timed.map((x) => x.at.getTime())));
    const shifts = await this.shifts.openShiftsOf(this.ds.manager, driverId, earliest);
    // The shift a single ping at that time would go to (the earliest not ended), from its lead-in on.
    const leadMs = this.rules.shiftLeadMinutes * 60_000;
    const rows = timed.flatMap((x) => {
      const shift = shifts.find((s) => x.at < s.endsAt);
      if (shift && x.at.getTime() < shift.startsAt.getTime() - leadMs) return [];
      return shift ? [{ shiftId: shift.id, at: x.at, lat: x.lat, lon: x.lon }] : [];
    });
    const answer = await transactAnswering(
      this.ds,
      { userId: p.userId, role: p.role },
      async (uow) => {
        await this.shifts.recordPositions(uow.manager, rows);
        return { recorded: rows.length, outsideShift: pings.length - rows.length };
      },
      keyed,
    );
    const newest = rows.reduce<(typeof rows)[number] | null>((a, x) => (!a || x.at > a.at ? x : a), null);
    if (newest && now.getTime() - newest.at.getTime() <= PING_LIVE_MS)
      await this.tellPosition(p, newest.shiftId, newest.lat, newest.lon, newest.at);
    return answer;
  }

  /**
   * A fresh position told to the live views: the latest in Redis, the ETAs of the stops ahead
   * (the riders' pages, "about to arrive" messages), the region's board.
   */
  private async tellPosition(
    p: Principal,
    shiftId: string,
    lat: number,
    lon: number,
    now: Date,
  ): Promise<Eta[]> {
    const shift = { id: shiftId };
    const at = { lat, lon, at: now.toISOString() };
    await this.redis.set(this.live.positionKey(shift.id), JSON.stringify(at), 'EX', 6 * 3600);
    const { next, etas } = await this.etasFrom(shift.id, { lat, lon }, now);
    // "The vehicle is about to arrive" from the same ETA the rider's page shows (once per ride).
    // And "running late, now about HH:MM" when the ETA slipped past what the rider was told (t23 M5).
    const ahead = stopsAheadOf(next);
    const alerts = [
      ...arrivalAlertsOf(ahead, etas, this.arrivalMinutes, now),
      ...runningLateChecksOf(ahead, etas, now),
    ];
    if (alerts.length)
      await transact(this.ds, { userId: p.userId, role: p.role }, async (uow) => {
        for (const m of alerts) uow.enqueue(m);
      });
    // Each rider hears about the vehicle coming for them (their ride's ETAs only, also kept for
    // a page opened before the next ping); the board hears about the vehicle.
    for (const id of new Set(next.map((s) => s.bookingId))) {
      const own = await this.keepEtas(id, etas);
      await this.live
        .publish('booking', id, { type: 'position', shiftId: shift.id, position: at, etas: own })
        .catch(() => undefined);
    }
    for (const r of new Set(next.map((s) => s.regionKato)))
      await this.live
        .publish('region', r, { type: 'position', shiftId: shift.id, position: at })
        .catch(() => undefined);
    return etas;
  }

  /**
   * The stops ahead of the shift (the next few, and on to every on-board rider's drop-off) and
   * when the vehicle reaches each, driving from `from` at `now` along the route.
   */
  private async etasFrom(
    shiftId: string,
    from: GeoPoint,
    now: Date,
  ): Promise<{ next: StopAheadRow[]; etas: Eta[] }> {
    const next = await this.shifts.stopsAhead(shiftId, ETA_STOPS);
    if (!next.length) return { next, etas: [] };
    const points: GeoPoint[] = [from, ...next.map((s) => ({ lat: s.lat, lon: s.lon }))];
    const mx = await this.travel.matrix(points, Math.floor(localMinutesOf(now) / 60));
    const legs = next.map((_, i) => mx.durations[i * mx.size + (i + 1)]);
    const etas = stopEtas(stopsAheadOf(next), legs, now);
    return { next, etas };
  }

  /** The ride's own ETAs, kept for its live view opened before the next ping. */
  private async keepEtas(bookingId: string, etas: readonly Eta[]): Promise<Eta[]> {
    const own = etas.filter((e) => e.bookingId === bookingId);
    await this.redis
      .set(this.live.etaKey(bookingId), JSON.stringify(own), 'EX', ETA_KEEP_SECONDS)
      .catch(() => undefined);
    return own;
  }
}
