// What a manual move would do, in the dispatcher's words (issue 18, finding 3): every broken
// constraint named by the vehicle's plate, the missing equipment and the ride's window, and every
// other rider it makes late or moves, with a fingerprint the save must confirm.
import { createHash } from 'node:crypto';
import type { Violation } from '@invataxi/routing';
import {
  localTimeOf,
  message,
  minutesPastWindow,
  missingFeatureKey,
  OVERRIDE_REASON_LABELS,
  OVERRIDE_REASONS,
  overrideNoteRequired,
  staffDisplayName,
  type FeasibilityReason,
  type Language,
  type OverrideReason,
  type RiderConsequence,
  type RouteMessageKey,
} from '@invataxi/domain';
import type { LoadedRoute, StopPlan, TripRow } from '@invataxi/dispatch';
import type { AffectedRiderRow } from '@invataxi/persistence';

export const VIOLATION_CODE: Record<Violation['kind'], FeasibilityReason> = {
  'unknown-request': 'ROUTE_UNKNOWN_BOOKING',
  'stop-order': 'ROUTE_STOP_ORDER',
  'missing-feature': 'ROUTE_MISSING_FEATURE',
  'pinned-elsewhere': 'ROUTE_PINNED_ELSEWHERE',
  capacity: 'ROUTE_CAPACITY',
  'time-window': 'ROUTE_TIME_WINDOW',
  'ride-time': 'ROUTE_RIDE_TIME',
  'route-duration': 'ROUTE_SHIFT_END',
  schedule: 'ROUTE_SCHEDULE',
};

/** One broken constraint: a stable code (its kind) and the sentence that says it, unfilled. */
export interface RouteConflict {
  code: string;
  say: { key: RouteMessageKey; params: Record<string, string | number> };
  /** The ride the sentence names by its window, if any (the preview adds the rider's name). */
  bookingId?: string;
  /** Equipment or places: physical facts no override can bend (time windows and ride times can be). */
  physical: boolean;
  /** Its sentence is the whole refusal (a vehicle out of service): said once, not as a route conflict. */
  refuses?: boolean;
}

/** Violations an override may never accept: the vehicle lacks the equipment or the places. */
export const PHYSICAL_VIOLATIONS: ReadonlySet<Violation['kind']> = new Set(['missing-feature', 'capacity']);

/** Everything the words of a conflict draw on. */
export interface ConflictContext {
  target: LoadedRoute;
  plates: ReadonlyMap<string, string>;
  /** The rides the check saw: the route's and the one being placed. */
  trips: ReadonlyMap<string, TripRow>;
  /** The stops as checked, in the order the violations' stopIndex counts them. */
  stops: readonly { bookingId: string; kind: 'PICKUP' | 'DROPOFF' }[];
  plan: readonly StopPlan[];
  toDate(seconds: number): Date;
}

const hhmm = (d: Date): string => localTimeOf(d);
const windowOf = (t: TripRow | undefined): string =>
  t ? `${hhmm(t.pickupEarliest)}–${hhmm(t.pickupLatest)}` : '—';

/** A violation as the dispatcher reads it: plate, equipment, seats, the ride's window, times. */
export function describeViolation(v: Violation, c: ConflictContext): RouteConflict {
  const plate = c.plates.get(c.target.shift.id) ?? '—';
  const code = VIOLATION_CODE[v.kind];
  const bookingId = 'requestId' in v ? v.requestId : undefined;
  const said = (key: RouteMessageKey, params: Record<string, string | number> = {}): RouteConflict => ({
    code,
    say: { key, params: { plate, ...params } },
    ...(bookingId && 'window' in params ? { bookingId } : {}),
    physical: PHYSICAL_VIOLATIONS.has(v.kind),
  });
  switch (v.kind) {
    case 'missing-feature':
      return said(missingFeatureKey(v.feature), { window: windowOf(c.trips.get(v.requestId)) });
    case 'capacity': {
      const stop = c.stops[v.stopIndex];
      const at = stop && c.plan.find((p) => p.bookingId === stop.bookingId && p.kind === stop.kind);
      return said('ROUTE_CAPACITY_AT', {
        at: at ? hhmm(at.plannedAt) : '—',
        seats: v.load[0] ?? 0,
        wheelchairs: v.load[1] ?? 0,
        seatsMax: c.target.shift.seats,
        wheelchairsMax: c.target.shift.wheelchairPlaces,
      });
    }
    case 'time-window': {
      const trip = c.trips.get(v.requestId);
      const dropoff = c.stops[v.stopIndex]?.kind === 'DROPOFF';
      // Minutes past the window the rider was promised, by the rule the table of affected riders
      // uses (riderConsequences), never past the check's own limit: on a route already late that
      // limit is the stop's current late time (allowLateness), and the sentence said "38 min
      // after the window" for 13:33 against 12:40 (walk t23 M3).
      const promised = trip ? (dropoff ? trip.dropoffLatest : trip.pickupLatest) : c.toDate(v.latest);
      const serviceAt = c.toDate(v.serviceStart);
      const minutes = minutesPastWindow(serviceAt, promised);
      const at = hhmm(serviceAt);
      return dropoff
        ? said('ROUTE_DROPOFF_LATE', { window: windowOf(trip), at, minutes, latest: hhmm(promised) })
        : said('ROUTE_PICKUP_LATE', { window: windowOf(trip), at, minutes });
    }
    case 'ride-time':
      return said('ROUTE_RIDE_TOO_LONG', {
        window: windowOf(c.trips.get(v.requestId)),
        ride: Math.ceil(v.rideTime / 60),
        limit: Math.floor(v.maxRideTime / 60),
      });
    case 'route-duration': {
      const last = c.plan[c.plan.length - 1];
      const end = c.target.shift.endsAt;
      return last && last.plannedAt > end
        ? said('ROUTE_ENDS_AFTER_SHIFT', { at: hhmm(last.plannedAt), end: hhmm(end) })
        : said('ROUTE_SHIFT_TOO_LONG', {
            duration: Math.ceil(v.duration / 60),
            limit: Math.floor(v.maxDuration / 60),
          });
    }
    case 'pinned-elsewhere':
      return said('ROUTE_HELD_BY_OTHER', {
        window: windowOf(c.trips.get(v.requestId)),
        other: c.plates.get(v.vehicleId) ?? '—',
      });
    case 'schedule':
      return said('ROUTE_NO_SCHEDULE');
    default:
      // unknown-request, stop-order: the route moved under the check.
      return said('ROUTE_CHANGED');
  }
}

/**
 * The fingerprint of a preview: the ride and its version, the target route as it stood and the
 * plan with its consequences. The save recomputes it under the route's lock; any difference
 * means the dispatcher confirmed something that is no longer what would happen.
 */
export function previewToken(x: {
  bookingId: string;
  version: number;
  target: LoadedRoute;
  plan: readonly StopPlan[];
  consequences: readonly RiderConsequence[];
}): string {
  const ms = (d: Date | null) => (d ? d.getTime() : null);
  const canonical = JSON.stringify([
    x.bookingId,
    x.version,
    x.target.shift.id,
    x.target.shift.status,
    x.target.pending.map((s) => [s.bookingId, s.kind, s.plannedAt.getTime()]),
    x.plan.map((s) => [s.bookingId, s.kind, s.plannedAt.getTime()]),
    x.consequences.map((c) => [c.bookingId, ms(c.after.pickupAt), ms(c.after.dropoffAt), c.minutesLate]),
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 32);
}

/** Another rider whose times the move changes, as the dispatcher sees them. */
export interface AffectedRider {
  bookingId: string;
  /** Surname and initials. */
  riderName: string;
  purpose: string;
  /** Haemodialysis: a session that cannot wait. */
  dialysis: boolean;
  /** The ride's purpose is in the region's first priority tier. */
  priority: boolean;
  pickupAddress: string;
  dropoffAddress: string;
  /** The windows the rider was given. */
  pickupEarliest: string;
  pickupLatest: string;
  dropoffLatest: string;
  /** Null: the rider is already aboard. */
  oldPickupAt: string | null;
  newPickupAt: string | null;
  oldDropoffAt: string | null;
  newDropoffAt: string | null;
  /** Minutes past the window, the worse of pickup and arrival (0: moved, still within). */
  minutesLate: number;
  /** Minutes the pickup comes after the pickup window. */
  pickupMinutesLate: number;
  /** Minutes the rider arrives after the latest arrival (the dialysis session's start). */
  dropoffMinutesLate: number;
  /** Whether the rider will be told the new pickup time (not when already aboard). */
  willBeTold: boolean;
}

export interface OverrideReasonOption {
  code: OverrideReason;
  label: string;
  noteRequired: boolean;
}

/** The target vehicle is behind its plan now, by its live estimate (walk t23 M2). */
export interface RunningLate {
  /** Whole minutes its next stop is now expected after the check's plan. */
  minutes: number;
  /** The ride's pick-up counted with that delay (ISO). */
  pickupAt: string;
}

/** What a move would do, before it is saved. */
export interface AssignPreview {
  bookingId: string;
  shiftId: string;
  /** The vehicle's plate. */
  vehicle: string;
  /** True: the route checks out, no override is needed. */
  feasible: boolean;
  /**
   * False: the vehicle lacks equipment or places the ride needs; no override is offered and
   * `refusal` says why (the plate; `conflicts` say what is missing).
   */
  overridable: boolean;
  refusal: string | null;
  plannedPickupAt: string;
  plannedDropoffAt: string;
  /**
   * Null: the vehicle keeps to its plan. Otherwise it is running late now (its next stop's live
   * estimate), so the pick-up is expected at `pickupAt`; after the window that is a conflict too.
   */
  runningLate: RunningLate | null;
  /** What the check refuses, in the caller's language (empty when feasible). */
  conflicts: { code: string; message: string }[];
  /** Every other rider the move makes late or moves by 5 minutes or more. */
  affected: AffectedRider[];
  /**
   * Send it back as `confirm` with the override when `affected` is not empty: the save refuses
   * (409 OVERRIDE_PREVIEW_STALE, with a new preview) if the route changed since.
   */
  confirmation: string;
  /** The reasons an override may give, in the caller's language. */
  overrideReasons: OverrideReasonOption[];
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function conflictTexts(conflicts: readonly RouteConflict[], lang: Language) {
  return conflicts.map((c) => ({ code: c.code, message: message(c.say.key, lang, c.say.params) }));
}

export function renderPreview(x: {
  bookingId: string;
  target: LoadedRoute;
  plates: ReadonlyMap<string, string>;
  plan: readonly StopPlan[];
  conflicts: readonly RouteConflict[];
  consequences: readonly RiderConsequence[];
  trips: ReadonlyMap<string, TripRow>;
  riders: readonly AffectedRiderRow[];
  firstTier: readonly string[];
  token: string;
  lang: Language;
  runningLate: RunningLate | null;
}): AssignPreview {
  const at = (kind: 'PICKUP' | 'DROPOFF') =>
    (x.plan.find((s) => s.bookingId === x.bookingId && s.kind === kind)?.plannedAt as Date).toISOString();
  const riderOf = new Map(x.riders.map((r) => [r.id, r]));
  const plate = x.plates.get(x.target.shift.id) ?? '—';
  const overridable = !x.conflicts.some((c) => c.physical);
  const own = x.conflicts.find((c) => c.refuses);
  // Staff read the ride by its rider (surname and initials) as well as its window.
  const named = x.conflicts.map((c) => {
    const r = c.bookingId ? riderOf.get(c.bookingId) : undefined;
    return r && typeof c.say.params.window === 'string'
      ? {
          ...c,
          say: {
            ...c.say,
            params: { ...c.say.params, window: `${staffDisplayName(r.fullName)} (${c.say.params.window})` },
          },
        }
      : c;
  });
  return {
    bookingId: x.bookingId,
    shiftId: x.target.shift.id,
    vehicle: plate,
    feasible: x.conflicts.length === 0,
    overridable,
    refusal: own
      ? message(own.say.key, x.lang, own.say.params)
      : overridable
        ? null
        : message('OVERRIDE_NOT_ALLOWED', x.lang, { plate }),
    plannedPickupAt: at('PICKUP'),
    plannedDropoffAt: at('DROPOFF'),
    runningLate: x.runningLate,
    conflicts: own ? [] : conflictTexts(named, x.lang),
    affected: x.consequences.map((c) => {
      const t = x.trips.get(c.bookingId) as TripRow;
      const r = riderOf.get(c.bookingId);
      return {
        bookingId: c.bookingId,
        riderName: r ? staffDisplayName(r.fullName) : '—',
        purpose: t.purpose,
        dialysis: t.purpose === 'HAEMODIALYSIS',
        priority: x.firstTier.includes(t.purpose),
        pickupAddress: r?.pickupAddress ?? '',
        dropoffAddress: r?.dropoffAddress ?? '',
        pickupEarliest: t.pickupEarliest.toISOString(),
        pickupLatest: t.pickupLatest.toISOString(),
        dropoffLatest: t.dropoffLatest.toISOString(),
        oldPickupAt: iso(c.before.pickupAt),
        newPickupAt: iso(c.after.pickupAt),
        oldDropoffAt: iso(c.before.dropoffAt),
        newDropoffAt: iso(c.after.dropoffAt),
        minutesLate: c.minutesLate,
        pickupMinutesLate: c.pickupMinutesLate,
        dropoffMinutesLate: c.dropoffMinutesLate,
        willBeTold: willBeTold(c),
      };
    }),
    confirmation: x.token,
    overrideReasons: OVERRIDE_REASONS.map((code) => ({
      code,
      label: OVERRIDE_REASON_LABELS[code][x.lang],
      noteRequired: overrideNoteRequired(code),
    })),
  };
}

/** A rider still waiting for the vehicle whose pickup moves is told the new time. */
export function willBeTold(c: RiderConsequence): boolean {
  return (
    c.before.pickupAt !== null &&
    c.after.pickupAt !== null &&
    Math.abs(c.after.pickupAt.getTime() - c.before.pickupAt.getTime()) >= 60_000
  );
}
