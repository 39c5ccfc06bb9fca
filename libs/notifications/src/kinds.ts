// What a rider is told about. Stored in notification.kind: renaming one is a data migration.
import type { PairSituation } from './templates';

export const NOTIFICATION_KINDS = [
  'BOOKING_ACCEPTED',
  'BOOKING_REFUSED',
  'BOOKING_SCHEDULED',
  /** A scheduled ride went back to dispatch (unassigned, vehicle broke down): a new time follows. */
  'BOOKING_CHANGED',
  /** Cancelled by an operator (dispatcher, LEB officer, provider), not by the rider. */
  'BOOKING_CANCELLED',
  'BOOKING_WAITLISTED',
  /** No provider serves the area: the akimat is procuring the service (DESIGN.md, procurement). */
  'AWAITING_PROCUREMENT',
  /** Waitlisted or awaiting procurement until it was too late: nobody could take the ride. */
  'BOOKING_EXPIRED',
  'REMINDER',
  'VEHICLE_ARRIVING',
  /** The vehicle is running late: its new estimate (walk t23 M5). */
  'VEHICLE_LATE',
  'DRIVER_ARRIVED',
  'NO_SHOW',
  /** A dispatcher's override moved the pickup of this scheduled ride: its new time (issue 18). */
  'PICKUP_TIME_CHANGED',
  /** The rider's dispute of a no-show was upheld: it is forgiven (issue 23). */
  'NO_SHOW_DISPUTE_UPHELD',
  /** The rider's dispute of a no-show was rejected: it counts, and why (issue 23). */
  'NO_SHOW_DISPUTE_REJECTED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Sent even in quiet hours: the rider has to act now (go out, or learn the ride is off).
 * Everything else waits for the morning.
 */
export const URGENT_KINDS: readonly NotificationKind[] = [
  'VEHICLE_ARRIVING',
  'VEHICLE_LATE',
  'DRIVER_ARRIVED',
  'BOOKING_CANCELLED',
];

export function isUrgent(kind: NotificationKind): boolean {
  return URGENT_KINDS.includes(kind);
}

/**
 * Sent even in quiet hours when the ride is within URGENT_WITHIN_MS: the rider learns the ride
 * will not happen as booked and has to arrange another way (issue 20: "no provider, the akimat
 * is buying the service" held until 08:00 ahead of a 09:02 pickup).
 */
export const URGENT_WHEN_CLOSE_KINDS: readonly NotificationKind[] = ['AWAITING_PROCUREMENT'];
export const URGENT_WITHIN_MS = 24 * 3600_000;

/** Whether a message about a ride starting at `rideStart` goes out even in quiet hours. */
export function isUrgentFor(kind: NotificationKind, rideStart: Date, now: Date): boolean {
  if (isUrgent(kind)) return true;
  return URGENT_WHEN_CLOSE_KINDS.includes(kind) && rideStart.getTime() - now.getTime() < URGENT_WITHIN_MS;
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * The booking statuses in which a message of this kind is still true. A message waiting for
 * the morning (quiet hours) or for a retry is dropped (SUPPRESSED) when the ride has moved on:
 * "your vehicle comes 10:00-10:30" must not arrive after the ride was cancelled.
 */
export const STILL_TRUE_IN: { readonly [K in NotificationKind]: readonly string[] } = {
  BOOKING_ACCEPTED: ['ACCEPTED'],
  BOOKING_REFUSED: ['REJECTED'],
  BOOKING_SCHEDULED: ['SCHEDULED'],
  BOOKING_CHANGED: ['ACCEPTED'],
  BOOKING_CANCELLED: ['CANCELLED'],
  BOOKING_WAITLISTED: ['WAITLISTED'],
  AWAITING_PROCUREMENT: ['AWAITING_PROCUREMENT'],
  BOOKING_EXPIRED: ['EXPIRED'],
  REMINDER: ['SCHEDULED'],
  VEHICLE_ARRIVING: ['SCHEDULED', 'EN_ROUTE'],
  VEHICLE_LATE: ['SCHEDULED', 'EN_ROUTE'],
  DRIVER_ARRIVED: ['ARRIVED'],
  NO_SHOW: ['NO_SHOW'],
  PICKUP_TIME_CHANGED: ['SCHEDULED', 'EN_ROUTE'],
  NO_SHOW_DISPUTE_UPHELD: ['NO_SHOW'],
  NO_SHOW_DISPUTE_REJECTED: ['NO_SHOW'],
};

/** Roles that act as the service rather than as the rider: their cancellation is news to the rider. */
const OPERATOR_ROLES = ['DISPATCHER', 'LEB_OFFICER', 'PROVIDER_ADMIN', 'DRIVER', 'SYSTEM'];

export interface StatusChange {
  to: string;
  /** The status before this change (from the audit row); null when unknown. */
  from: string | null;
  /** Role of whoever made the change (audit row); null when unknown. */
  actorRole: string | null;
}

/** Which message a booking status change calls for, if any. */
export function kindForStatusChange(c: StatusChange): NotificationKind | null {
  switch (c.to) {
    case 'ACCEPTED':
      // Back from SCHEDULED/EN_ROUTE: the vehicle was taken away; otherwise a fresh acceptance
      // (from REQUESTED, or a provider now covers an area that was being procured).
      return c.from === 'SCHEDULED' || c.from === 'EN_ROUTE' ? 'BOOKING_CHANGED' : 'BOOKING_ACCEPTED';
    case 'REJECTED':
      return 'BOOKING_REFUSED';
    case 'SCHEDULED':
      return 'BOOKING_SCHEDULED';
    case 'WAITLISTED':
      return 'BOOKING_WAITLISTED';
    case 'AWAITING_PROCUREMENT':
      return 'AWAITING_PROCUREMENT';
    case 'EXPIRED':
      return 'BOOKING_EXPIRED';
    case 'ARRIVED':
      return 'DRIVER_ARRIVED';
    case 'NO_SHOW':
      return 'NO_SHOW';
    case 'CANCELLED':
      // The rider (or their guardian, or the Portal on their behalf) knows what they cancelled.
      return c.actorRole !== null && OPERATOR_ROLES.includes(c.actorRole) ? 'BOOKING_CANCELLED' : null;
    default:
      // REQUESTED, EN_ROUTE, ON_BOARD, COMPLETED: nothing the rider needs to be told.
      return null;
  }
}

/**
 * A message that waits a little before it goes, by SMS and in the app alike (issue 18: the page
 * and the phone say the same, once): dispatch usually schedules a fresh booking within seconds,
 * and then "accepted" followed by "scheduled" would be two messages where one says it all. If
 * the status has moved on by then, or a later message about the ride is planned, the first is
 * suppressed.
 */
export const SETTLE_MS: { readonly [K in NotificationKind]?: number } = {
  BOOKING_ACCEPTED: 120_000,
  // A ride sent back to dispatch (a breakdown) is usually placed again within seconds: then the
  // rider hears the new time, or that the ride waits, not first 'a new time will follow' (walk).
  BOOKING_CHANGED: 120_000,
  // A re-plan applied and undone, an override then a re-plan: the rider hears the last time only.
  PICKUP_TIME_CHANGED: 120_000,
};

/**
 * Messages that say what the plan of a ride is (whether a vehicle comes, and when). One waiting
 * to be sent is dropped when a later one of these about the same ride is planned for the same
 * person and channel: the later one is the truth (issue 18, walk F5/F11/F19: a re-plan's new time
 * followed by the undo's, an override's followed by a re-plan's).
 */
export const PLAN_KINDS: readonly NotificationKind[] = [
  'BOOKING_ACCEPTED',
  'BOOKING_SCHEDULED',
  'BOOKING_CHANGED',
  'BOOKING_WAITLISTED',
  'AWAITING_PROCUREMENT',
  'PICKUP_TIME_CHANGED',
  'REMINDER',
];

/**
 * Whether later messages about the ride's plan replace one waiting to go (PLAN_KINDS): one that
 * reached the person (or whose words they already knew), or one still waiting that is true of
 * the ride as it is now and so will go. A later one dropped for another reason, or waiting but
 * no longer true (a reassignment's "scheduled" held for the morning while the vehicle is already
 * on its way), tells them nothing, so the earlier one still goes (issue 23 N3: a rider told no
 * new pickup time at all).
 */
export function replacedByLater(
  later: { told: boolean; pendingKinds: readonly string[] },
  bookingStatus: string | null,
): boolean {
  if (later.told) return true;
  return later.pendingKinds.some(
    (k) => !bookingStatus || !isNotificationKind(k) || STILL_TRUE_IN[k].includes(bookingStatus),
  );
}

/** Kinds whose text states the ride's planned pickup (stored with the message). */
export const STATES_PICKUP: readonly NotificationKind[] = [
  'BOOKING_SCHEDULED',
  'PICKUP_TIME_CHANGED',
  'REMINDER',
];

/**
 * Kinds not sent when the last message that reached the person already stated the same pickup:
 * a change back to what they were told (an undo after a message that never went out) is no news.
 */
export const NOT_RETOLD: readonly NotificationKind[] = ['PICKUP_TIME_CHANGED'];

/** Statuses of a leg that "has a vehicle" for the pair message: planned, not yet over. */
const LEG_SET = ['SCHEDULED', 'EN_ROUTE', 'ARRIVED'];

/**
 * Whether a message about one leg of a ride there and back must also say the other leg is in the
 * opposite state (one has a vehicle, the other waits), and which way round. Null otherwise.
 */
export function pairSituation(
  kind: NotificationKind,
  thisIsReturn: boolean,
  otherStatus: string,
): PairSituation | null {
  if (kind === 'BOOKING_WAITLISTED' && LEG_SET.includes(otherStatus))
    return thisIsReturn ? 'RETURN_WAITING_OUTBOUND_SET' : 'OUTBOUND_WAITING_RETURN_SET';
  if (kind === 'BOOKING_SCHEDULED' && otherStatus === 'WAITLISTED')
    return thisIsReturn ? 'RETURN_SET_OUTBOUND_WAITING' : 'OUTBOUND_SET_RETURN_WAITING';
  return null;
}
