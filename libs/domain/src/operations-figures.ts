// The figures an akimat and the ministry run the service by (issue 22), computed from what the
// platform recorded: each booking's statuses and times, the shifts, the contracts' tariffs.
// Defined in the README ("Operations figures"); the definitions live here once. A day of one
// region is rolled up into cells (district x provider) that add up, so a year of figures is
// the sum of its days' cells and never a re-read of every ride; percentiles come from the
// cells' histograms (bin edges below), so they are exact to the bin.
import type { BookingStatus } from './vocabulary';
import { distanceMetres, type GeoPoint } from './geo';
import { ridePrice, tariffOn, type Tariff } from './tariff';
import { localDateOf, localMinutesOf, MINUTE_MS } from './time';
import type { PROVIDER_MISS_REASONS } from './no-show-evidence';

/** One booking as the figures read it. Times are instants; the day is the local date of its pickup window. */
export interface TripFact {
  id: string;
  beneficiaryId: string;
  /** The pickup's district (the one KATO convention of the reports). */
  districtKato: string;
  /** The provider of the shift the ride is (or was last) on; null: never on a route. */
  providerId: string | null;
  shiftId: string | null;
  status: BookingStatus;
  statusReason: string | null;
  pickupEarliest: Date;
  pickupLatest: Date;
  arrivedAt: Date | null;
  /** The rider on board, boarding done: the driver's "on board" report (a plan's: plannedOnBoardAt). */
  actualPickupAt: Date | null;
  /** The vehicle at the drop-off: the driver's "dropped off" report. */
  actualDropoffAt: Date | null;
  /** When the driver reported the no-show (the pickup stop's served time). */
  noShowAt: Date | null;
  cancelledAt: Date | null;
  lateCancellation: boolean;
  directSeconds: number;
  directMetres: number;
  actualMetres: number | null;
  /** The policy's ride-time limit for this ride. */
  maxRideSeconds: number;
  companions: number;
  wheelchair: boolean;
  pickup: GeoPoint;
  dropoff: GeoPoint;
  /** The policy's wait at the door before a no-show may be reported. */
  noShowWaitMinutes: number;
}

/**
 * A booking request the rules refused (nothing was booked: the attempt's audit): when it was
 * asked, the rider's home district, and the reasons given.
 */
export interface RefusalFact {
  at: Date;
  districtKato: string;
  reasons: string[];
  /** Its asked trip is kept for the what-if replay (refused_request), which replays it. */
  kept?: boolean;
}

/** A shift (vehicle + driver + period) as the productivity figures read it. */
export interface ShiftFact {
  id: string;
  providerId: string;
  /** The district the shift starts in. */
  districtKato: string;
  startsAt: Date;
  endsAt: Date;
  /**
   * When a shift closed early (a breakdown, the driver absent) stopped serving: its last served
   * stop (its start when it served none); null: it ran to its planned end.
   */
  endedAt?: Date | null;
  start: GeoPoint;
  end: GeoPoint;
}

export interface ProviderTariff extends Tariff {
  providerId: string;
}

/**
 * Who caused a no-show or a late cancellation: the rider, or the provider for one of its
 * reasons (the vehicle late, the driver leaving before the wait, and the driver's own reports of
 * a miss: the address out of reach, a problem with the vehicle).
 */
export type MissCause =
  'RIDER' | 'VEHICLE_LATE' | 'DRIVER_LEFT_EARLY' | 'ADDRESS_UNREACHABLE' | 'VEHICLE_PROBLEM';
export const MISS_CAUSES: readonly MissCause[] = [
  'RIDER',
  'VEHICLE_LATE',
  'DRIVER_LEFT_EARLY',
  'ADDRESS_UNREACHABLE',
  'VEHICLE_PROBLEM',
];
/** The provider's causes (every one but the rider's). */
export const PROVIDER_CAUSES: readonly MissCause[] = MISS_CAUSES.filter((c) => c !== 'RIDER');

/**
 * Who caused a no-show: the provider when the vehicle reached the door after the pickup window
 * closed (or never reported arriving; and the driver's miss 'vehicle late' recorded at the door
 * after the window, the rider gone: cameLateRiderGone), or when the driver reported the no-show before the
 * policy's wait had passed (counted from the later of arriving and the window opening, as the
 * driver app's rule); otherwise the rider. Null: not a no-show.
 */
export function noShowCause(f: TripFact): MissCause | null {
  if (cameLateRiderGone(f)) return 'VEHICLE_LATE';
  if (f.status !== 'NO_SHOW') return null;
  if (f.arrivedAt === null || f.arrivedAt > f.pickupLatest) return 'VEHICLE_LATE';
  const waitFrom = Math.max(f.arrivedAt.getTime(), f.pickupEarliest.getTime());
  const reportedAt = f.noShowAt ?? f.arrivedAt;
  if (reportedAt.getTime() < waitFrom + f.noShowWaitMinutes * MINUTE_MS) return 'DRIVER_LEFT_EARLY';
  return 'RIDER';
}

/**
 * The vehicle reached the door after the window had closed and the rider was gone: the driver
 * app refuses the rider's no-show then (NO_SHOW_ARRIVED_LATE) and the driver records the
 * provider's miss, vehicle late (POST /driver/bookings/:id/missed). Nobody cancelled: it is the
 * provider-caused no-show the figures call "vehicle late" (walk h3 finding 3: as a late
 * cancellation it left that no-show figure 0 whatever the drivers did).
 */
function cameLateRiderGone(f: TripFact): boolean {
  return (
    f.status === 'CANCELLED' &&
    f.statusReason === 'MISSED_VEHICLE_LATE' &&
    f.arrivedAt !== null &&
    f.arrivedAt > f.pickupLatest
  );
}

/** Cancellations staff record for a booking made in error: nobody's miss. */
const CLERICAL_CANCELS = new Set(['CANCELLED_BOOKED_IN_ERROR', 'CANCELLED_DUPLICATE']);

/** The driver's report of a miss on the provider's side (POST /driver/bookings/:id/missed), by its cause. */
const PROVIDER_MISS_CAUSE: Readonly<Record<(typeof PROVIDER_MISS_REASONS)[number], MissCause>> = {
  MISSED_VEHICLE_LATE: 'VEHICLE_LATE',
  MISSED_ADDRESS_UNREACHABLE: 'ADDRESS_UNREACHABLE',
  MISSED_VEHICLE_PROBLEM: 'VEHICLE_PROBLEM',
};
const PROVIDER_MISSES: ReadonlyMap<string, MissCause> = new Map(Object.entries(PROVIDER_MISS_CAUSE));
const providerMissCause = (reason: string | null): MissCause | null =>
  reason === null ? null : (PROVIDER_MISSES.get(reason) ?? null);

/**
 * Who caused a late cancellation: the provider when the driver recorded a miss on the provider's
 * side (the rider was not picked up, whatever the time), under the driver's reason (the vehicle
 * late, a problem with it, the address out of reach); the provider (vehicle late) when the ride was cancelled after its pickup window
 * had closed with no vehicle at the door; otherwise the rider, when the cancellation came inside
 * the policy's late-cancel window. Null: not a late cancellation.
 */
export function lateCancelCause(f: TripFact): MissCause | null {
  if (f.status !== 'CANCELLED' || f.cancelledAt === null || cameLateRiderGone(f)) return null;
  if (f.statusReason !== null && CLERICAL_CANCELS.has(f.statusReason)) return null;
  const reported = providerMissCause(f.statusReason);
  if (reported) return reported;
  const noVehicle = f.arrivedAt === null || f.arrivedAt > f.pickupLatest;
  if (f.cancelledAt > f.pickupLatest && noVehicle) return 'VEHICLE_LATE';
  return f.lateCancellation ? 'RIDER' : null;
}

/** How an accepted ride ended, one outcome a ride; null: still open (waiting, on a route, under way). */
export type TripOutcome = 'COMPLETED' | 'NO_SHOW' | 'CANCELLED' | 'EXPIRED';

/**
 * The one outcome of a ride, so the trip stages add up (walk t22 finding 4): the driver's miss
 * 'vehicle late' at the door after the window (booking CANCELLED by the driver) is a no-show
 * (noShowCause: vehicle late), not also a cancellation; every other CANCELLED ride is cancelled,
 * whether it was on a route (counted in scheduled) or never was (a waitlisted ride the rider
 * called off: cancelledBeforeRoute). A refused or undecided request has none.
 */
export function tripOutcome(f: TripFact): TripOutcome | null {
  if (noShowCause(f) !== null) return 'NO_SHOW';
  if (f.status === 'COMPLETED' || f.status === 'CANCELLED' || f.status === 'EXPIRED') return f.status;
  return null;
}

/**
 * When a planned ride has its rider on board: the planned pickup (the start of service at the
 * door) plus the ride's boarding time. The longest ride rule counts from then (the planner's
 * maxRideTime, libs/routing model.ts: drop-off minus the end of service at the pickup), as the
 * reports count ride time from the driver's "on board" report; a plan read as driven (the
 * what-if) gives this as its actualPickupAt (walk t25 M2: counted from the planned pickup, the
 * boarding minutes put 14% of planned rides over a limit the planner had kept).
 */
export function plannedOnBoardAt(plannedPickupAt: Date, boardingSeconds: number): Date {
  return new Date(plannedPickupAt.getTime() + boardingSeconds * 1000);
}

/**
 * Ride time, seconds, the one measure of the reports, the what-if and the longest ride rule:
 * from the rider on board to the vehicle at the drop-off, to the second (a plan's times are
 * rounded to the millisecond, so one at its limit would otherwise read a millisecond over).
 */
export function rideSeconds(f: Pick<TripFact, 'actualPickupAt' | 'actualDropoffAt'>): number | null {
  if (f.actualPickupAt === null || f.actualDropoffAt === null) return null;
  return Math.round((f.actualDropoffAt.getTime() - f.actualPickupAt.getTime()) / 1000);
}

/**
 * Minutes the vehicle reached the door outside the promised pickup window: negative early,
 * positive late, 0 inside. Null when it never reached the door.
 */
export function pickupDeviationMinutes(f: TripFact): number | null {
  const at = f.arrivedAt ?? f.actualPickupAt;
  if (at === null) return null;
  if (at < f.pickupEarliest) return -(f.pickupEarliest.getTime() - at.getTime()) / MINUTE_MS;
  if (at > f.pickupLatest) return (at.getTime() - f.pickupLatest.getTime()) / MINUTE_MS;
  return 0;
}

const SCHEDULED_ONCE: ReadonlySet<BookingStatus> = new Set([
  'SCHEDULED',
  'EN_ROUTE',
  'ARRIVED',
  'ON_BOARD',
  'COMPLETED',
  'NO_SHOW',
]);

/** Histogram bins: minutes early or late, by 5 minutes, the last bin open (60+). */
export const DEVIATION_BIN_MINUTES = 5;
export const DEVIATION_BINS = 13;
/** Ride time in minutes, by 5 minutes, the last bin open (180+). */
export const RIDE_BIN_MINUTES = 5;
export const RIDE_BINS = 37;
/** Ride time over direct time, by 0.1, the last bin open (4.0+). */
export const RATIO_BIN = 0.1;
export const RATIO_BINS = 41;

function bin(value: number, width: number, bins: number): number {
  return Math.min(bins - 1, Math.max(0, Math.floor(value / width + 1e-9)));
}

/** One district x provider of one day: counts and sums that add up across days and cells. */
export interface FigureCell {
  day: string;
  districtKato: string;
  providerId: string | null;
  requested: number;
  accepted: number;
  scheduled: number;
  completed: number;
  refused: number;
  refusedByReason: Record<string, number>;
  /** Cancelled rides (tripOutcome CANCELLED), of them never on a route (cancelledBeforeRoute). */
  cancelled: number;
  cancelledBeforeRoute: number;
  waitlistedExpired: number;
  unmet: number;
  /** Unmet rides by the local hour of their pickup window (24 entries). */
  unmetByHour: number[];
  arrivals: number;
  onTime: number;
  early: number;
  late: number;
  earlyMinutes: number[];
  lateMinutes: number[];
  noShows: Record<MissCause, number>;
  lateCancels: Record<MissCause, number>;
  passengerTrips: number;
  companions: number;
  wheelchairTrips: number;
  rideMeasured: number;
  rideSecondsSum: number;
  rideRatioSum: number;
  rideOverLimit: number;
  rideMinutes: number[];
  rideRatio: number[];
  shifts: number;
  serviceSeconds: number;
  occupiedSeconds: number;
  vehicleMetres: number;
  deadheadMetres: number;
  costTenge: number;
  pricedTrips: number;
  passengerMetres: number;
  /** Completed rides on a day no contract of the provider covers (not in the cost). */
  unpricedTrips: number;
}

const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);
const causes = (): Record<MissCause, number> => ({
  RIDER: 0,
  VEHICLE_LATE: 0,
  DRIVER_LEFT_EARLY: 0,
  ADDRESS_UNREACHABLE: 0,
  VEHICLE_PROBLEM: 0,
});

export function emptyCell(day: string, districtKato: string, providerId: string | null): FigureCell {
  return {
    day,
    districtKato,
    providerId,
    requested: 0,
    accepted: 0,
    scheduled: 0,
    completed: 0,
    refused: 0,
    refusedByReason: {},
    cancelled: 0,
    cancelledBeforeRoute: 0,
    waitlistedExpired: 0,
    unmet: 0,
    unmetByHour: zeros(24),
    arrivals: 0,
    onTime: 0,
    early: 0,
    late: 0,
    earlyMinutes: zeros(DEVIATION_BINS),
    lateMinutes: zeros(DEVIATION_BINS),
    noShows: causes(),
    lateCancels: causes(),
    passengerTrips: 0,
    companions: 0,
    wheelchairTrips: 0,
    rideMeasured: 0,
    rideSecondsSum: 0,
    rideRatioSum: 0,
    rideOverLimit: 0,
    rideMinutes: zeros(RIDE_BINS),
    rideRatio: zeros(RATIO_BINS),
    shifts: 0,
    serviceSeconds: 0,
    occupiedSeconds: 0,
    vehicleMetres: 0,
    deadheadMetres: 0,
    costTenge: 0,
    pricedTrips: 0,
    passengerMetres: 0,
    unpricedTrips: 0,
  };
}

/**
 * A shift's service time in seconds: from its start to its planned end, but a shift still running
 * only up to now, and a shift closed early (a breakdown) only until it stopped serving (walk t22
 * m9: a half-over day counted five full 14-hour shifts, the broken-down vehicle's afternoon too).
 */
export function serviceSeconds(shift: ShiftFact, now: Date): number {
  const end = Math.min(shift.endsAt.getTime(), shift.endedAt?.getTime() ?? Infinity, now.getTime());
  return Math.max(0, (end - shift.startsAt.getTime()) / 1000);
}

/**
 * A shift's vehicle time and distance: service time as serviceSeconds (up to `now`); the vehicle
 * drives from its start point through each served stop (pickups, drop-offs, the door of a
 * no-show) in the order they happened to its end point, in straight legs (great circle); a
 * leg is deadhead when nobody is aboard; occupied time is the time somebody is aboard.
 */
export function shiftUse(
  shift: ShiftFact,
  trips: readonly TripFact[],
  now: Date,
): { serviceSeconds: number; occupiedSeconds: number; vehicleMetres: number; deadheadMetres: number } {
  const events: { at: number; point: GeoPoint; load: number }[] = [];
  for (const t of trips) {
    if (t.status === 'COMPLETED' && t.actualPickupAt && t.actualDropoffAt) {
      events.push({ at: t.actualPickupAt.getTime(), point: t.pickup, load: 1 });
      events.push({ at: t.actualDropoffAt.getTime(), point: t.dropoff, load: -1 });
    } else if (t.status === 'NO_SHOW' && t.arrivedAt) {
      events.push({ at: t.arrivedAt.getTime(), point: t.pickup, load: 0 });
    }
  }
  // Drop-offs before pickups at the same instant: a vehicle is never counted carrying a ghost.
  events.sort((a, b) => a.at - b.at || a.load - b.load);
  let here = shift.start;
  let aboard = 0;
  let since = 0;
  let occupied = 0;
  let vehicle = 0;
  let deadhead = 0;
  for (const e of events) {
    const leg = distanceMetres(here, e.point);
    vehicle += leg;
    if (aboard === 0) deadhead += leg;
    if (aboard === 0 && e.load > 0) since = e.at;
    aboard += e.load;
    if (aboard === 0 && e.load < 0) occupied += e.at - since;
    here = e.point;
  }
  if (events.length > 0) {
    const leg = distanceMetres(here, shift.end);
    vehicle += leg;
    deadhead += leg;
  }
  return {
    serviceSeconds: serviceSeconds(shift, now),
    occupiedSeconds: occupied / 1000,
    vehicleMetres: Math.round(vehicle),
    deadheadMetres: Math.round(deadhead),
  };
}

/**
 * One region's day in cells: every ride whose pickup window opens that local day, every shift
 * that starts that day, every request refused that day (requested and refused, in the rider's
 * home district with no provider, under each reason it was given). Rides are priced at their
 * provider's tariff in force that day. `now`: the shifts' service time counts up to it.
 */
export function rollUpDay(
  day: string,
  trips: readonly TripFact[],
  shifts: readonly ShiftFact[],
  tariffs: readonly ProviderTariff[],
  refusals: readonly RefusalFact[],
  now: Date,
): FigureCell[] {
  const cells = new Map<string, FigureCell>();
  const cellOf = (district: string, provider: string | null): FigureCell => {
    const key = `${district}|${provider ?? ''}`;
    let c = cells.get(key);
    if (!c) {
      c = emptyCell(day, district, provider);
      cells.set(key, c);
    }
    return c;
  };
  const tripsOfShift = new Map<string, TripFact[]>();
  for (const f of trips) {
    if (localDateOf(f.pickupEarliest) !== day) continue;
    const c = cellOf(f.districtKato, f.providerId);
    c.requested++;
    if (f.status === 'REJECTED') {
      c.refused++;
      const reason = f.statusReason ?? 'OTHER';
      c.refusedByReason[reason] = (c.refusedByReason[reason] ?? 0) + 1;
    } else if (f.status !== 'REQUESTED') c.accepted++;
    if (SCHEDULED_ONCE.has(f.status) || (f.shiftId !== null && f.status === 'CANCELLED')) c.scheduled++;
    if (tripOutcome(f) === 'CANCELLED') {
      c.cancelled++;
      if (f.shiftId === null) c.cancelledBeforeRoute++;
    }
    if (f.status === 'EXPIRED' && f.statusReason === 'WAITLIST_WINDOW_PASSED') c.waitlistedExpired++;
    if (unmetRide(f)) {
      c.unmet++;
      c.unmetByHour[Math.floor(localMinutesOf(f.pickupEarliest) / 60)]++;
    }
    const dev = pickupDeviationMinutes(f);
    if (dev !== null) {
      c.arrivals++;
      if (dev === 0) c.onTime++;
      else if (dev < 0) {
        c.early++;
        c.earlyMinutes[bin(-dev, DEVIATION_BIN_MINUTES, DEVIATION_BINS)]++;
      } else {
        c.late++;
        c.lateMinutes[bin(dev, DEVIATION_BIN_MINUTES, DEVIATION_BINS)]++;
      }
    }
    const ns = noShowCause(f);
    if (ns) c.noShows[ns]++;
    const lc = lateCancelCause(f);
    if (lc) c.lateCancels[lc]++;
    if (f.status === 'COMPLETED') {
      c.completed++;
      c.passengerTrips += 1 + f.companions;
      c.companions += f.companions;
      if (f.wheelchair) c.wheelchairTrips++;
      c.passengerMetres += (1 + f.companions) * f.directMetres;
      const ride = rideSeconds(f);
      if (ride !== null) {
        const ratio = f.directSeconds > 0 ? ride / f.directSeconds : 1;
        c.rideMeasured++;
        c.rideSecondsSum += ride;
        c.rideRatioSum += ratio;
        if (ride > f.maxRideSeconds) c.rideOverLimit++;
        c.rideMinutes[bin(ride / 60, RIDE_BIN_MINUTES, RIDE_BINS)]++;
        c.rideRatio[bin(ratio, RATIO_BIN, RATIO_BINS)]++;
      }
      const tariff = f.providerId
        ? tariffOn(
            tariffs.filter((t) => t.providerId === f.providerId),
            day,
          )
        : null;
      if (tariff) {
        c.costTenge += ridePrice(tariff, f.actualMetres ?? f.directMetres);
        c.pricedTrips++;
      } else c.unpricedTrips++;
    }
    if (f.shiftId) {
      const list = tripsOfShift.get(f.shiftId) ?? [];
      list.push(f);
      tripsOfShift.set(f.shiftId, list);
    }
  }
  for (const r of refusals) {
    if (localDateOf(r.at) !== day) continue;
    const c = cellOf(r.districtKato, null);
    c.requested++;
    c.refused++;
    for (const reason of r.reasons.length > 0 ? r.reasons : ['OTHER'])
      c.refusedByReason[reason] = (c.refusedByReason[reason] ?? 0) + 1;
  }
  for (const s of shifts) {
    if (localDateOf(s.startsAt) !== day) continue;
    const c = cellOf(s.districtKato, s.providerId);
    const use = shiftUse(s, tripsOfShift.get(s.id) ?? [], now);
    c.shifts++;
    c.serviceSeconds += use.serviceSeconds;
    c.occupiedSeconds += use.occupiedSeconds;
    c.vehicleMetres += use.vehicleMetres;
    c.deadheadMetres += use.deadheadMetres;
  }
  return [...cells.values()];
}

/** Unmet demand: a ride the service could not give a vehicle (waitlist or procurement ran out, or still waiting for a provider). */
export function unmetRide(f: TripFact): boolean {
  return (
    f.status === 'AWAITING_PROCUREMENT' ||
    (f.status === 'EXPIRED' &&
      (f.statusReason === 'WAITLIST_WINDOW_PASSED' || f.statusReason === 'PROCUREMENT_NOT_IN_TIME'))
  );
}

function addArrays(a: number[], b: readonly number[]): void {
  for (let i = 0; i < b.length; i++) a[i] = (a[i] ?? 0) + (b[i] ?? 0);
}

const SUMMED = [
  'requested',
  'accepted',
  'scheduled',
  'completed',
  'refused',
  'cancelled',
  'cancelledBeforeRoute',
  'waitlistedExpired',
  'unmet',
  'arrivals',
  'onTime',
  'early',
  'late',
  'passengerTrips',
  'companions',
  'wheelchairTrips',
  'rideMeasured',
  'rideSecondsSum',
  'rideRatioSum',
  'rideOverLimit',
  'shifts',
  'serviceSeconds',
  'occupiedSeconds',
  'vehicleMetres',
  'deadheadMetres',
  'costTenge',
  'pricedTrips',
  'passengerMetres',
  'unpricedTrips',
] as const satisfies readonly (keyof FigureCell)[];
const ARRAYS = [
  'unmetByHour',
  'earlyMinutes',
  'lateMinutes',
  'rideMinutes',
  'rideRatio',
] as const satisfies readonly (keyof FigureCell)[];

/** Adds cell b into a (counts, sums, histograms, reasons and causes). */
export function addCell(a: FigureCell, b: FigureCell): void {
  for (const k of SUMMED) a[k] += b[k];
  for (const k of ARRAYS) addArrays(a[k], b[k]);
  for (const [r, n] of Object.entries(b.refusedByReason))
    a.refusedByReason[r] = (a.refusedByReason[r] ?? 0) + n;
  // A cause a stored cell does not name counts 0 (cells kept before the cause existed).
  for (const k of MISS_CAUSES) {
    a.noShows[k] += b.noShows[k] ?? 0;
    a.lateCancels[k] += b.lateCancels[k] ?? 0;
  }
}

/**
 * Cells summed per district x provider under one period label (a month's roll-up from its days):
 * the same figures as the days' cells, in one cell a district and provider.
 */
export function mergeCells(cells: readonly FigureCell[], period: string): FigureCell[] {
  const out = new Map<string, FigureCell>();
  for (const c of cells) {
    const key = `${c.districtKato}|${c.providerId ?? ''}`;
    let m = out.get(key);
    if (!m) {
      m = emptyCell(period, c.districtKato, c.providerId);
      out.set(key, m);
    }
    addCell(m, c);
  }
  return [...out.values()];
}

/**
 * The value below which `q` of the observations fall, read from a histogram as the upper edge
 * of the bin that reaches q (the last, open bin reads as its lower edge). Null: no observation.
 */
export function histogramQuantile(hist: readonly number[], width: number, q: number): number | null {
  const total = hist.reduce((s, n) => s + n, 0);
  if (total === 0) return null;
  let seen = 0;
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i] as number;
    if (seen >= q * total) return round2(i === hist.length - 1 ? i * width : (i + 1) * width);
  }
  return round2(hist.length * width);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const share = (part: number, whole: number): number | null => (whole > 0 ? round2(part / whole) : null);
const per = (part: number, whole: number): number | null => (whole > 0 ? round2(part / whole) : null);

/** What a reader sees of a set of cells: the README's figures. Shares are 0..1, null when nothing to share. */
export interface FigureSummary {
  trips: {
    requested: number;
    accepted: number;
    scheduled: number;
    completed: number;
    refused: number;
    refusedByReason: { reason: string; count: number }[];
    /** No-shows of every cause (the rider's and the provider's, the vehicle-late miss among them). */
    noShows: number;
    /** Cancelled, not a no-show: before the pickup, on a route or still waiting for a vehicle. */
    cancelled: number;
    /** Of the cancelled, those never put on a route (waitlisted, awaiting procurement, undecided). */
    cancelledBeforeRoute: number;
    waitlistedUntilExpiry: number;
  };
  onTime: {
    arrivals: number;
    onTime: number;
    early: number;
    late: number;
    onTimeShare: number | null;
    /** Count per 5-minute bin (the last: 60 minutes or more). */
    earlyMinutes: number[];
    lateMinutes: number[];
    p95LateMinutes: number | null;
  };
  misses: {
    noShowsRider: number;
    noShowsVehicleLate: number;
    noShowsDriverLeftEarly: number;
    lateCancelsRider: number;
    lateCancelsVehicleLate: number;
    lateCancelsAddressUnreachable: number;
    lateCancelsVehicleProblem: number;
    riderCaused: number;
    providerCaused: number;
  };
  unmet: { total: number; byHour: number[] };
  productivity: {
    shifts: number;
    serviceHours: number;
    passengerTrips: number;
    passengerTripsPerServiceHour: number | null;
    deadheadShare: number | null;
    utilisation: number | null;
    vehicleKm: number;
  };
  rideTime: {
    measured: number;
    meanMinutes: number | null;
    p95Minutes: number | null;
    meanRatio: number | null;
    p95Ratio: number | null;
    overLimit: number;
    overLimitShare: number | null;
  };
  accessibility: { wheelchairTrips: number; companions: number };
  cost: {
    costTenge: number;
    pricedTrips: number;
    unpricedTrips: number;
    passengerKm: number;
    perTripTenge: number | null;
    perPassengerKmTenge: number | null;
  };
}

export function summarise(cells: readonly FigureCell[]): FigureSummary {
  const s = emptyCell('', '', null);
  for (const c of cells) addCell(s, c);
  const passengerKm = s.passengerMetres / 1000;
  return {
    trips: {
      requested: s.requested,
      accepted: s.accepted,
      scheduled: s.scheduled,
      completed: s.completed,
      refused: s.refused,
      refusedByReason: Object.entries(s.refusedByReason)
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      noShows: MISS_CAUSES.reduce((n, k) => n + s.noShows[k], 0),
      cancelled: s.cancelled,
      cancelledBeforeRoute: s.cancelledBeforeRoute,
      waitlistedUntilExpiry: s.waitlistedExpired,
    },
    onTime: {
      arrivals: s.arrivals,
      onTime: s.onTime,
      early: s.early,
      late: s.late,
      onTimeShare: share(s.onTime, s.arrivals),
      earlyMinutes: s.earlyMinutes,
      lateMinutes: s.lateMinutes,
      p95LateMinutes: histogramQuantile(s.lateMinutes, DEVIATION_BIN_MINUTES, 0.95),
    },
    misses: {
      noShowsRider: s.noShows.RIDER,
      noShowsVehicleLate: s.noShows.VEHICLE_LATE,
      noShowsDriverLeftEarly: s.noShows.DRIVER_LEFT_EARLY,
      lateCancelsRider: s.lateCancels.RIDER,
      lateCancelsVehicleLate: s.lateCancels.VEHICLE_LATE,
      lateCancelsAddressUnreachable: s.lateCancels.ADDRESS_UNREACHABLE,
      lateCancelsVehicleProblem: s.lateCancels.VEHICLE_PROBLEM,
      riderCaused: s.noShows.RIDER + s.lateCancels.RIDER,
      providerCaused: PROVIDER_CAUSES.reduce((n, k) => n + s.noShows[k] + s.lateCancels[k], 0),
    },
    unmet: { total: s.unmet, byHour: s.unmetByHour },
    productivity: {
      shifts: s.shifts,
      serviceHours: round2(s.serviceSeconds / 3600),
      passengerTrips: s.passengerTrips,
      passengerTripsPerServiceHour: per(s.passengerTrips, s.serviceSeconds / 3600),
      deadheadShare: share(s.deadheadMetres, s.vehicleMetres),
      utilisation: share(s.occupiedSeconds, s.serviceSeconds),
      vehicleKm: round2(s.vehicleMetres / 1000),
    },
    rideTime: {
      measured: s.rideMeasured,
      meanMinutes: per(s.rideSecondsSum / 60, s.rideMeasured),
      p95Minutes: histogramQuantile(s.rideMinutes, RIDE_BIN_MINUTES, 0.95),
      meanRatio: per(s.rideRatioSum, s.rideMeasured),
      p95Ratio: histogramQuantile(s.rideRatio, RATIO_BIN, 0.95),
      overLimit: s.rideOverLimit,
      overLimitShare: share(s.rideOverLimit, s.rideMeasured),
    },
    accessibility: { wheelchairTrips: s.wheelchairTrips, companions: s.companions },
    cost: {
      costTenge: s.costTenge,
      pricedTrips: s.pricedTrips,
      unpricedTrips: s.unpricedTrips,
      passengerKm: round2(passengerKm),
      perTripTenge: per(s.costTenge, s.pricedTrips),
      perPassengerKmTenge: per(s.costTenge, passengerKm),
    },
  };
}

/** Cells grouped by a key (a day, a month, a district, a provider), each group summarised. */
export function summariseBy<K extends string>(
  cells: readonly FigureCell[],
  keyOf: (c: FigureCell) => K,
): { key: K; figures: FigureSummary }[] {
  const groups = new Map<K, FigureCell[]>();
  for (const c of cells) {
    const k = keyOf(c);
    const list = groups.get(k) ?? [];
    list.push(c);
    groups.set(k, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => ({ key, figures: summarise(list) }));
}

/** No-shows and late cancellations of one rider over a period, by cause. */
export interface RiderMisses {
  beneficiaryId: string;
  noShowsRider: number;
  noShowsProvider: number;
  lateCancelsRider: number;
  lateCancelsProvider: number;
}

/**
 * One rider's misses on one day in one district with one provider: what the dispatcher keeps per
 * rider beside the day's cells (operations_rider_rollup), so the officer's per-rider table sums a
 * few rows a rider instead of re-reading every no-show and cancellation of the period.
 */
export interface RiderMissCell extends RiderMisses {
  districtKato: string;
  providerId: string | null;
}

/** The rides' misses by rider, district and provider; rides without a miss are left out. */
export function riderMissCells(trips: readonly TripFact[]): RiderMissCell[] {
  const out = new Map<string, RiderMissCell>();
  for (const f of trips) {
    const ns = noShowCause(f);
    const lc = lateCancelCause(f);
    if (!ns && !lc) continue;
    const key = `${f.beneficiaryId}|${f.districtKato}|${f.providerId ?? ''}`;
    const r = out.get(key) ?? {
      beneficiaryId: f.beneficiaryId,
      districtKato: f.districtKato,
      providerId: f.providerId,
      noShowsRider: 0,
      noShowsProvider: 0,
      lateCancelsRider: 0,
      lateCancelsProvider: 0,
    };
    if (ns === 'RIDER') r.noShowsRider++;
    else if (ns) r.noShowsProvider++;
    if (lc === 'RIDER') r.lateCancelsRider++;
    else if (lc) r.lateCancelsProvider++;
    out.set(key, r);
  }
  return [...out.values()];
}

/** The most rider-caused misses first, then the most provider-caused, then by rider id. */
export function byMisses(a: RiderMisses, b: RiderMisses): number {
  return (
    b.noShowsRider + b.lateCancelsRider - (a.noShowsRider + a.lateCancelsRider) ||
    b.noShowsProvider + b.lateCancelsProvider - (a.noShowsProvider + a.lateCancelsProvider) ||
    (a.beneficiaryId < b.beneficiaryId ? -1 : a.beneficiaryId > b.beneficiaryId ? 1 : 0)
  );
}

/** Rows of riders' misses (of days, districts, providers) summed per rider, ordered byMisses. */
export function mergeRiderMisses(rows: readonly RiderMisses[]): RiderMisses[] {
  const out = new Map<string, RiderMisses>();
  for (const row of rows) {
    const r = out.get(row.beneficiaryId) ?? {
      beneficiaryId: row.beneficiaryId,
      noShowsRider: 0,
      noShowsProvider: 0,
      lateCancelsRider: 0,
      lateCancelsProvider: 0,
    };
    r.noShowsRider += row.noShowsRider;
    r.noShowsProvider += row.noShowsProvider;
    r.lateCancelsRider += row.lateCancelsRider;
    r.lateCancelsProvider += row.lateCancelsProvider;
    out.set(row.beneficiaryId, r);
  }
  return [...out.values()].sort(byMisses);
}

/** Per rider, the riders with any miss, the most rider-caused first. */
export function missesByRider(trips: readonly TripFact[]): RiderMisses[] {
  return mergeRiderMisses(riderMissCells(trips));
}
