import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  isValidLocalDate,
  localDateTimeToUtc,
  DomainError,
  CLOCK,
  staffDisplayName,
  stopEstimate,
  type Clock,
} from '@invataxi/domain';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { REDIS } from '@invataxi/platform';
import type { Principal } from '@invataxi/auth';
import {
  liveEtaKey,
  RegionPolicies,
  tripNeeds,
  vehicleFeatures,
  vehicleLayouts,
  type ShiftRow,
  type TripRow,
} from '@invataxi/dispatch';
import {
  CoverageRepository,
  DispatchAlertsRepository,
  DispatchConsoleRepository,
  StatusAnomaliesRepository,
  type OpenTripRow,
} from '@invataxi/persistence';
import { boardAlerts, type BoardAlert } from './board-alerts';
import { consoleScope, scopeHasPlace, scopeHasShift } from './console-scope';
import { flagView, type StatusFlagView } from './status-flags.service';

/** A warning on the board: what a dispatcher should look at before it goes wrong. */
export interface BoardWarning {
  code: 'LATE_RISK' | 'RIDE_TIME_NEAR_LIMIT' | 'VEHICLE_LACKS_FEATURE' | 'VEHICLE_OVER_CAPACITY';
  bookingId: string;
  detail: string;
}

export interface BoardBooking {
  id: string;
  status: string;
  version: number;
  statusReason: string | null;
  pickupKato: string;
  pickupEarliest: string;
  pickupLatest: string;
  dropoffLatest: string;
  purpose: string;
  load: { seats: number; wheelchairPlaces: number };
  needs: string[];
}

export interface BoardStop {
  bookingId: string;
  kind: string;
  sequence: number;
  plannedAt: string;
  actualAt: string | null;
  bookingStatus: string;
  /**
   * Not reached yet, off its plan (walk t22 m3): when the vehicle is now expected, from its live
   * position's ETA, never before now; null while the plan holds.
   */
  estimatedAt: string | null;
  /**
   * Whole minutes the estimate runs behind the planned time (0 on time or without one). Not
   * lateness: a stop is late only past the rider's window (walk t23 M2), which the console
   * counts from these times and the ride's windows by `stopMinutesLate`.
   */
  minutesBehindPlan: number;
}

/** How full a route is (issue 23, the vehicle picker): its rides and the most on board at once. */
export interface BoardShiftLoad {
  rides: number;
  peakSeats: number;
  peakWheelchairPlaces: number;
}

export interface BoardShift {
  id: string;
  providerId: string;
  /** The provider's name, as the vehicle picker shows it. */
  providerName: string;
  vehicleId: string;
  status: string;
  startsAt: string;
  endsAt: string;
  features: string[];
  layouts: number[][];
  stops: BoardStop[];
  load: BoardShiftLoad;
  warnings: BoardWarning[];
  /** Where the vehicle last was (its driver's latest ping, issue 23's map); null before the first. */
  position: { lat: number; lon: number; at: string } | null;
}

export interface Board {
  date: string;
  scope: string;
  unassigned: BoardBooking[];
  waitlisted: BoardBooking[];
  awaitingProcurement: BoardBooking[];
  shifts: BoardShift[];
  /** Rides sent back to dispatch together (a breakdown, a cancelled shift) that this scope can take. */
  alerts: BoardAlert[];
  /** Driver statuses taken but flagged on the day's routes (issue 18): waiting for a dispatcher first. */
  statusFlags: StatusFlagView[];
  /**
   * Who rides each ride on the board (surname and initials) and their phone, for a dispatcher,
   * who calls and places them (issue 18, walk F3; issue 23); empty for other roles.
   */
  riders: { bookingId: string; riderName: string; phone: string | null }[];
}

/** Minutes of slack under which a planned pickup counts as at risk of being late. */
const LATE_SLACK_MS = 5 * 60_000;
const RIDE_NEAR_LIMIT = 0.9;
/** Rides whose stops a vehicle has yet to reach (the others are done, cancelled or missed). */
const RIDE_UNDER_WAY = new Set(['SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD']);

@Injectable()
export class BoardService {
  constructor(
    private readonly ds: DataSource,
    private readonly console: DispatchConsoleRepository,
    private readonly coverage: CoverageRepository,
    private readonly alertRows: DispatchAlertsRepository,
    private readonly policies: RegionPolicies,
    private readonly anomalies: StatusAnomaliesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The live ETAs kept from the vehicles' last pings, by booking and stop kind ('id:KIND'): what
   * the board's "now expected" says, and what the move check counts a vehicle's delay by.
   */
  async liveEtas(bookingIds: readonly string[]): Promise<Map<string, Date>> {
    const out = new Map<string, Date>();
    if (bookingIds.length === 0) return out;
    const kept = await this.redis
      .mget(bookingIds.map((id) => liveEtaKey(this.config.QUEUE_PREFIX, id)))
      .catch(() => [] as (string | null)[]);
    for (const raw of kept) {
      if (!raw) continue;
      for (const e of JSON.parse(raw) as { bookingId: string; kind: string; at: string }[])
        out.set(`${e.bookingId}:${e.kind}`, new Date(e.at));
    }
    return out;
  }

  async board(p: Principal, date: string, region?: string): Promise<Board> {
    if (!isValidLocalDate(date)) throw DomainError.validation([{ field: 'date', code: 'DATE_INVALID' }]);
    const scope = await consoleScope(this.ds.manager, this.coverage, p, region);
    const from = localDateTimeToUtc(date, '00:00');
    const to = new Date(from.getTime() + 86_400_000);
    const open = await this.console.openTripsOfDay(from, to);
    const mine = open.filter((b) => scopeHasPlace(scope, b.pickupKato));
    const shifts = await this.console.shiftsOfDay(from, to);
    const visible = shifts.filter((s) => scopeHasShift(scope, s));
    const ids = visible.map((s) => s.id);
    const { stops, trips } = await this.console.routesOfShifts(ids);
    const tripOf = new Map(trips.map((t) => [t.id, t]));
    const flags = (await this.anomalies.ofShifts(ids)).map(flagView);
    const positions = new Map((await this.console.lastPositions(ids)).map((x) => [x.shiftId, x]));
    const now = this.clock.now().getTime();
    const notReached = (x: { bookingId: string; actualAt: Date | null }) =>
      !x.actualAt && RIDE_UNDER_WAY.has(tripOf.get(x.bookingId)?.status ?? '');
    const live = await this.liveEtas([...new Set(stops.filter(notReached).map((x) => x.bookingId))]);
    const estimateOf = (x: (typeof stops)[number]) => {
      const e = notReached(x)
        ? stopEstimate(x.plannedAt, live.get(`${x.bookingId}:${x.kind}`) ?? null, new Date(now))
        : null;
      return {
        estimatedAt: e?.estimatedAt.toISOString() ?? null,
        minutesBehindPlan: e?.minutesBehindPlan ?? 0,
      };
    };
    const alerts = await boardAlerts(
      await this.alertRows.ridesOfDay(from, to),
      scope,
      (region) => this.policies.inForce(this.ds.manager, region, new Date(now)),
      new Date(now),
    );
    const view = (b: OpenTripRow): BoardBooking => ({
      id: b.id,
      status: b.status,
      version: b.version,
      statusReason: b.statusReason,
      pickupKato: b.pickupKato,
      pickupEarliest: b.pickupEarliest.toISOString(),
      pickupLatest: b.pickupLatest.toISOString(),
      dropoffLatest: b.dropoffLatest.toISOString(),
      purpose: b.purpose,
      load: { seats: b.loadSeats, wheelchairPlaces: b.loadWheelchairPlaces },
      needs: tripNeeds(b),
    });
    const shown = [...new Set([...mine.map((b) => b.id), ...stops.map((x) => x.bookingId)])];
    const riders =
      p.role === 'DISPATCHER'
        ? (await this.console.affectedRiders(this.ds.manager, shown)).map((r) => ({
            bookingId: r.id,
            riderName: staffDisplayName(r.fullName),
            phone: r.phone,
          }))
        : [];
    return {
      date,
      scope: scope.kind === 'provider' ? `provider:${scope.providerId}` : `region:${scope.regionKato}`,
      unassigned: mine.filter((b) => b.status === 'ACCEPTED').map(view),
      waitlisted: mine.filter((b) => b.status === 'WAITLISTED').map(view),
      awaitingProcurement: mine.filter((b) => b.status === 'AWAITING_PROCUREMENT').map(view),
      shifts: visible.map((s) => {
        const own = stops.filter((x) => x.shiftId === s.id);
        return {
          id: s.id,
          providerId: s.providerId,
          providerName: s.providerName,
          vehicleId: s.vehicleId,
          status: s.status,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          features: vehicleFeatures(s),
          layouts: vehicleLayouts(s),
          stops: own.map((x) => ({
            bookingId: x.bookingId,
            kind: x.kind,
            sequence: x.sequence,
            plannedAt: x.plannedAt.toISOString(),
            actualAt: x.actualAt?.toISOString() ?? null,
            bookingStatus: tripOf.get(x.bookingId)?.status ?? 'UNKNOWN',
            ...estimateOf(x),
          })),
          load: routeLoad(own, tripOf),
          warnings: warningsOf(s, own, tripOf, now),
          position: positionView(positions.get(s.id)),
        };
      }),
      alerts,
      statusFlags: flags,
      riders,
    };
  }
}

/**
 * A route's load: its rides, and the most seats and wheelchair places taken at once along its
 * stops in order (a pick-up takes the ride's load, its drop-off gives it back).
 */
export function routeLoad(
  stops: readonly { bookingId: string; kind: string; sequence: number }[],
  tripOf: ReadonlyMap<string, Pick<TripRow, 'loadSeats' | 'loadWheelchairPlaces'>>,
): BoardShiftLoad {
  let seats = 0;
  let chairs = 0;
  const out: BoardShiftLoad = { rides: 0, peakSeats: 0, peakWheelchairPlaces: 0 };
  for (const x of [...stops].sort((a, b) => a.sequence - b.sequence)) {
    const t = tripOf.get(x.bookingId);
    if (!t) continue;
    const sign = x.kind === 'PICKUP' ? 1 : -1;
    if (x.kind === 'PICKUP') out.rides++;
    seats += sign * t.loadSeats;
    chairs += sign * t.loadWheelchairPlaces;
    out.peakSeats = Math.max(out.peakSeats, seats);
    out.peakWheelchairPlaces = Math.max(out.peakWheelchairPlaces, chairs);
  }
  return out;
}

function positionView(x: { lat: number; lon: number; at: Date } | undefined): BoardShift['position'] {
  return x ? { lat: x.lat, lon: x.lon, at: x.at.toISOString() } : null;
}

/** Warnings of one route, from planned times and the vehicle's equipment. */
export function warningsOf(
  s: ShiftRow,
  stops: readonly { bookingId: string; kind: string; plannedAt: Date; actualAt: Date | null }[],
  tripOf: ReadonlyMap<string, TripRow>,
  now: number,
): BoardWarning[] {
  const out: BoardWarning[] = [];
  const features = new Set(vehicleFeatures(s));
  const layouts = vehicleLayouts(s);
  const seen = new Set<string>();
  for (const x of stops) {
    const t = tripOf.get(x.bookingId);
    if (!t || x.actualAt) continue;
    if (x.kind === 'PICKUP') {
      const late =
        x.plannedAt.getTime() > t.pickupLatest.getTime() - LATE_SLACK_MS ||
        (x.plannedAt.getTime() < now && t.status !== 'ON_BOARD');
      if (late)
        out.push({
          code: 'LATE_RISK',
          bookingId: t.id,
          detail: `planned pickup ${x.plannedAt.toISOString()}, latest ${t.pickupLatest.toISOString()}`,
        });
    }
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    if (t.plannedPickupAt && t.plannedDropoffAt) {
      const ride = (t.plannedDropoffAt.getTime() - t.plannedPickupAt.getTime()) / 1000 - t.boardingSeconds;
      if (ride >= RIDE_NEAR_LIMIT * t.maxRideSeconds)
        out.push({
          code: 'RIDE_TIME_NEAR_LIMIT',
          bookingId: t.id,
          detail: `ride ${Math.round(ride / 60)} min, limit ${Math.round(t.maxRideSeconds / 60)} min`,
        });
    }
    const missing = tripNeeds(t).filter((n) => !features.has(n));
    if (missing.length)
      out.push({
        code: 'VEHICLE_LACKS_FEATURE',
        bookingId: t.id,
        detail: `vehicle lacks ${missing.join(', ')}`,
      });
    if (!layouts.some((l) => l[0] >= t.loadSeats && l[1] >= t.loadWheelchairPlaces))
      out.push({
        code: 'VEHICLE_OVER_CAPACITY',
        bookingId: t.id,
        detail: 'no layout of the vehicle holds this ride',
      });
  }
  return out;
}
