// When a driver's status report can be true (issue 18, "Statuses in time"). A status is taken
// only from a shift that is running or about to start, for a ride of that shift's day; EN_ROUTE
// and ARRIVED far from the planned time are refused when they cannot be true yet and flagged for
// the dispatcher when they are merely strange (very late, far from the pickup); nothing completes
// before the ride could have been driven. Pure: "now" and the last ping come in as arguments.
import { distanceMetres, type GeoPoint } from './geo';
import { localDateOf, localTimeOf, addDaysToLocalDate, MINUTE_MS, type LocalDate } from './time';

/** The margins: the configuration is their one place (DRIVER_STATUS_* in config/src/schema.ts). */
export interface DriverStatusRules {
  /** Statuses are taken from this many minutes before the shift starts. */
  shiftLeadMinutes: number;
  /** A ride may still be started (EN_ROUTE) until this many minutes after the shift ends. */
  shiftOverrunMinutes: number;
  /**
   * ARRIVED is refused earlier than this many minutes before the pickup window opens; EN_ROUTE
   * earlier than that less the drive to the pickup (enRouteOpensAt).
   */
  arrivalLeadMinutes: number;
  /** EN_ROUTE or ARRIVED more than this many minutes after the window closed is flagged. */
  lateFlagMinutes: number;
  /**
   * ARRIVED or ON_BOARD more than this many minutes before the pickup window opens is taken but
   * flagged (walk F6/F8): billed only once a dispatcher confirms it, and the rider is not told
   * "the driver is waiting" on the driver's word alone (the arrival is under review).
   */
  earlyFlagMinutes: number;
  /** ARRIVED with the vehicle's fresh last position farther than this from the pickup is flagged. */
  arrivalDistanceMetres: number;
  /** COMPLETED is refused before boarding + this share (percent) of the direct travel time. */
  minRidePercent: number;
}

/** A position older than this says nothing about where the vehicle is now. */
export const PING_FRESH_MS = 10 * MINUTE_MS;

export const DRIVER_REPORTED_STATUSES = ['EN_ROUTE', 'ARRIVED', 'ON_BOARD', 'COMPLETED', 'NO_SHOW'] as const;
export type DriverReportedStatus = (typeof DRIVER_REPORTED_STATUSES)[number];

/** Why a report is refused: each is a ConflictReason with a kk/ru/en message in the driver's words. */
export type StatusRefusalCode =
  | 'SHIFT_NOT_STARTED'
  | 'SHIFT_NOT_OPEN'
  | 'SHIFT_OVER'
  | 'RIDE_NOT_OF_SHIFT_DAY'
  | 'EN_ROUTE_TOO_EARLY'
  | 'ARRIVED_TOO_EARLY'
  | 'COMPLETED_TOO_SOON';

/** What a report taken may still be wrong about: the dispatcher confirms or rejects it. */
export const STATUS_ANOMALY_CODES = [
  'LATE_START',
  'LATE_ARRIVAL',
  'ARRIVED_AWAY',
  'EARLY_ARRIVAL',
  'EARLY_BOARDING',
] as const;
export type StatusAnomalyCode = (typeof STATUS_ANOMALY_CODES)[number];

/** Flags on an ARRIVED that hold the rider's "the vehicle is here" until a dispatcher confirms. */
export const ARRIVAL_REVIEW_CODES: readonly StatusAnomalyCode[] = ['ARRIVED_AWAY', 'EARLY_ARRIVAL'];

export interface StatusRefusal {
  code: StatusRefusalCode;
  /** The message's parameters: local times 'HH:MM' and local dates 'YYYY-MM-DD' (said in words). */
  params: { [k: string]: string | number };
}

export interface StatusAnomaly {
  code: StatusAnomalyCode;
  /** Figures for the dispatcher's text: minutes late, metres away. */
  params: { [k: string]: number };
}

export type StatusVerdict = { ok: true; anomalies: StatusAnomaly[] } | { ok: false; refusal: StatusRefusal };

export interface StatusReportFacts {
  status: DriverReportedStatus;
  now: Date;
  shift: { startsAt: Date; endsAt: Date; status: string };
  /** The ride's pickup: window, planned time (null before planning), place. */
  pickup: { earliest: Date; latest: Date; plannedAt: Date | null; place: GeoPoint };
  /** The drive to the pickup from the stop before it on the route (or the shift's start), seconds. */
  travelSeconds: number;
  /** When the rider boarded (ON_BOARD), for COMPLETED. */
  boardedAt: Date | null;
  /** Direct travel time of the ride, seconds. */
  directSeconds: number;
  /** The vehicle's last reported position on this shift, if any. */
  lastPing: (GeoPoint & { at: Date }) | null;
}

/** The local dates a shift covers (one, or two when it runs over midnight). */
export function shiftLocalDates(startsAt: Date, endsAt: Date): LocalDate[] {
  const out: LocalDate[] = [];
  const last = localDateOf(new Date(Math.max(startsAt.getTime(), endsAt.getTime() - 1)));
  for (let d = localDateOf(startsAt); d <= last; d = addDaysToLocalDate(d, 1)) out.push(d);
  return out;
}

/**
 * When a shift becomes workable: its start less the lead-in (DRIVER_STATUS_SHIFT_LEAD_MINUTES).
 * The one rule for "the shift under way" (issue 23, tester's walk): before it the driver's page
 * shows the shift as coming (read-only, no rider's phone, no status buttons), the manifest does
 * not give it as the current one, and a status on it is refused (SHIFT_NOT_STARTED).
 */
export function shiftOpensAt(startsAt: Date, leadMinutes: number): Date {
  return new Date(startsAt.getTime() - leadMinutes * MINUTE_MS);
}

/** Whether a shift is workable at `now`: from its lead-in on (its end is the caller's to check). */
export function shiftHasBegun(startsAt: Date, now: Date, leadMinutes: number): boolean {
  return now.getTime() >= shiftOpensAt(startsAt, leadMinutes).getTime();
}

/**
 * When the driver may mark the arrival at a pickup (ARRIVED): `arrivalLeadMinutes` before its
 * window opens. The one rule: the API refuses an earlier ARRIVED (ARRIVED_TOO_EARLY) and the
 * driver's page shows "I have arrived" disabled until then, saying from when (walk t23 M3: it was
 * offered online and taken into the offline queue, to be refused only after reconnecting).
 */
export function arrivalOpensAt(windowFrom: Date, arrivalLeadMinutes: number): Date {
  return new Date(windowFrom.getTime() - arrivalLeadMinutes * MINUTE_MS);
}

/**
 * When the driver may set off for a pickup (EN_ROUTE): when the arrival may be marked
 * (arrivalOpensAt) less the drive to it from the stop before it on the route (the shift's start
 * point for the first). The one rule: the API refuses an earlier EN_ROUTE (EN_ROUTE_TOO_EARLY) and
 * the driver's page shows "On my way" disabled until then, saying from when. Setting off earlier
 * only tells the rider "the vehicle is on its way" for a vehicle that could not yet be there
 * (walk t23 M3: taken at 13:09 for a 14:55-15:10 window, 2 hours before its planned time).
 */
export function enRouteOpensAt(windowFrom: Date, travelSeconds: number, arrivalLeadMinutes: number): Date {
  return new Date(arrivalOpensAt(windowFrom, arrivalLeadMinutes).getTime() - travelSeconds * 1000);
}

/**
 * When a ride on board may be ended (COMPLETED): boarding plus `minRidePercent` of its direct
 * travel time. The one rule: the API refuses an earlier drop-off (COMPLETED_TOO_SOON) and the
 * driver's page shows "Dropped off" disabled until then, saying from when (walk h2 N3: offered
 * the instant "On board" was tapped, in the same place on the card, inviting a mis-tap that
 * ended the ride at the rider's door).
 */
export function completedOpensAt(boardedAt: Date, directSeconds: number, minRidePercent: number): Date {
  return new Date(boardedAt.getTime() + Math.ceil((directSeconds * minRidePercent) / 100) * 1000);
}

/** 'HH:MM' of the first whole minute at or after an instant (a "from" never reads earlier than it is). */
function fromTimeOf(instant: Date): string {
  return localTimeOf(new Date(Math.ceil(instant.getTime() / MINUTE_MS) * MINUTE_MS));
}

const refuse = (code: StatusRefusalCode, params: StatusRefusal['params']): StatusVerdict => ({
  ok: false,
  refusal: { code, params },
});

/** Whether a driver's status report can be taken now, and what about it the dispatcher should check. */
export function checkStatusReport(f: StatusReportFacts, rules: DriverStatusRules): StatusVerdict {
  const now = f.now.getTime();
  const { shift, pickup, status } = f;
  // A shift that has not begun: nothing on it can have happened yet.
  if (!shiftHasBegun(shift.startsAt, f.now, rules.shiftLeadMinutes)) {
    const openFrom = shiftOpensAt(shift.startsAt, rules.shiftLeadMinutes);
    return refuse('SHIFT_NOT_STARTED', {
      startsAt: localTimeOf(shift.startsAt),
      startsOn: localDateOf(shift.startsAt),
      from: fromTimeOf(openFrom),
      fromOn: localDateOf(openFrom),
    });
  }
  // A closed or cancelled shift takes only the end of a ride already on board.
  if (shift.status !== 'PLANNED' && shift.status !== 'ACTIVE' && status !== 'COMPLETED')
    return refuse('SHIFT_NOT_OPEN', {});
  const until = new Date(shift.endsAt.getTime() + rules.shiftOverrunMinutes * MINUTE_MS);
  if (status === 'EN_ROUTE' && now > until.getTime())
    return refuse('SHIFT_OVER', { endsAt: localTimeOf(shift.endsAt), endsOn: localDateOf(shift.endsAt) });
  // Before the rider boards, the ride must be one of the shift's day (not tomorrow's).
  const pickupAt = pickup.plannedAt ?? pickup.earliest;
  if (
    status !== 'COMPLETED' &&
    !shiftLocalDates(shift.startsAt, shift.endsAt).includes(localDateOf(pickupAt))
  )
    return refuse('RIDE_NOT_OF_SHIFT_DAY', {
      pickupAt: localTimeOf(pickupAt),
      pickupOn: localDateOf(pickupAt),
      startsOn: localDateOf(shift.startsAt),
    });

  const anomalies: StatusAnomaly[] = [];
  const lateBy = Math.floor((now - pickup.latest.getTime()) / MINUTE_MS);
  const earlyBy = Math.floor((pickup.earliest.getTime() - now) / MINUTE_MS);
  if (status === 'EN_ROUTE') {
    const from = enRouteOpensAt(pickup.earliest, f.travelSeconds, rules.arrivalLeadMinutes);
    if (now < from.getTime())
      return refuse('EN_ROUTE_TOO_EARLY', { pickupAt: localTimeOf(pickupAt), from: fromTimeOf(from) });
    if (lateBy > rules.lateFlagMinutes) anomalies.push({ code: 'LATE_START', params: { minutes: lateBy } });
  }
  if (status === 'ARRIVED') {
    const from = arrivalOpensAt(pickup.earliest, rules.arrivalLeadMinutes);
    if (now < from.getTime())
      return refuse('ARRIVED_TOO_EARLY', {
        windowFrom: localTimeOf(pickup.earliest),
        from: fromTimeOf(from),
      });
    if (lateBy > rules.lateFlagMinutes) anomalies.push({ code: 'LATE_ARRIVAL', params: { minutes: lateBy } });
    if (earlyBy > rules.earlyFlagMinutes)
      anomalies.push({ code: 'EARLY_ARRIVAL', params: { minutes: earlyBy } });
    const ping = f.lastPing;
    if (ping && now - ping.at.getTime() <= PING_FRESH_MS) {
      const metres = Math.round(distanceMetres(ping, pickup.place));
      if (metres > rules.arrivalDistanceMetres) anomalies.push({ code: 'ARRIVED_AWAY', params: { metres } });
    }
  }
  // Boarded long before the window opens: the rider may have been early, or the report is not true.
  if (status === 'ON_BOARD' && earlyBy > rules.earlyFlagMinutes)
    anomalies.push({ code: 'EARLY_BOARDING', params: { minutes: earlyBy } });
  if (status === 'COMPLETED' && f.boardedAt) {
    const from = completedOpensAt(f.boardedAt, f.directSeconds, rules.minRidePercent);
    if (now < from.getTime())
      return refuse('COMPLETED_TOO_SOON', {
        boardedAt: localTimeOf(f.boardedAt),
        minutes: Math.ceil((from.getTime() - f.boardedAt.getTime()) / MINUTE_MS),
        from: fromTimeOf(from),
      });
  }
  return { ok: true, anomalies };
}
