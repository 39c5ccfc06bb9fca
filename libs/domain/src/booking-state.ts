// The booking lifecycle of DESIGN.md ("Booking lifecycle") as one transition table. Every status
// change in the system goes through canTransition / assertTransition; the persistence layer adds
// the optimistic version check (two dispatchers acting at once: one wins, one gets STALE_VERSION).
import { DomainError } from './domain-error';
import type { BookingStatus } from './vocabulary';
import { BOOKING_STATUSES } from './vocabulary';

/**
 * Allowed moves, from -> to. Two deliberate readings of DESIGN.md:
 * - EN_ROUTE -> ACCEPTED: a vehicle can break down on its way, not only before it leaves; the
 *   booking goes back to dispatch just as from SCHEDULED.
 * - ON_BOARD has no CANCELLED: with the person in the vehicle a ride can only end with
 *   COMPLETED (dropped off, wherever that is), so "any non-final -> CANCELLED" stops at the door.
 * - ARRIVED -> EN_ROUTE: a dispatcher rejects an arrival reported far from the pick-up (issue
 *   18): the vehicle is still on its way. Only a dispatcher's review takes it (see
 *   driverMayReport); a driver never reports a ride back.
 */
export const BOOKING_TRANSITIONS: { readonly [S in BookingStatus]: readonly BookingStatus[] } = {
  REQUESTED: ['ACCEPTED', 'REJECTED', 'CANCELLED'],
  ACCEPTED: ['SCHEDULED', 'WAITLISTED', 'AWAITING_PROCUREMENT', 'CANCELLED'],
  AWAITING_PROCUREMENT: ['ACCEPTED', 'EXPIRED', 'CANCELLED'],
  WAITLISTED: ['SCHEDULED', 'EXPIRED', 'CANCELLED'],
  SCHEDULED: ['EN_ROUTE', 'ACCEPTED', 'CANCELLED'],
  EN_ROUTE: ['ARRIVED', 'ACCEPTED', 'CANCELLED'],
  ARRIVED: ['ON_BOARD', 'NO_SHOW', 'CANCELLED', 'EN_ROUTE'],
  ON_BOARD: ['COMPLETED'],
  COMPLETED: [],
  NO_SHOW: [],
  CANCELLED: [],
  REJECTED: [],
  EXPIRED: [],
};

export const FINAL_STATUSES: readonly BookingStatus[] = BOOKING_STATUSES.filter(
  (s) => BOOKING_TRANSITIONS[s].length === 0,
);
export const NON_FINAL_STATUSES: readonly BookingStatus[] = BOOKING_STATUSES.filter(
  (s) => BOOKING_TRANSITIONS[s].length > 0,
);

/**
 * Statuses in which dispatch still owes the booking a decision: the sweeper re-enqueues these.
 * Every other status is "decided": SCHEDULED, WAITLISTED, AWAITING_PROCUREMENT, the ride in
 * progress (EN_ROUTE, ARRIVED, ON_BOARD) and the final statuses.
 */
export const UNDECIDED_STATUSES: readonly BookingStatus[] = ['REQUESTED', 'ACCEPTED'];
export const DECIDED_STATUSES: readonly BookingStatus[] = BOOKING_STATUSES.filter(
  (s) => !UNDECIDED_STATUSES.includes(s),
);

/**
 * Rides waiting for a vehicle, on no shift yet: undecided, waitlisted or awaiting procurement.
 * Whoever can take them must see them: the region's dispatch centre and every provider whose
 * service area reaches the pickup (issue 18).
 */
export const AWAITING_VEHICLE_STATUSES: readonly BookingStatus[] = [
  'REQUESTED',
  'ACCEPTED',
  'WAITLISTED',
  'AWAITING_PROCUREMENT',
];

/**
 * A ride that may still be changed (time or places, issue 21): not yet under way, not final, and
 * not held for the Portal's eligibility answer (REQUESTED); it is replaced by a new booking.
 */
export const CHANGEABLE_STATUSES: readonly BookingStatus[] = [
  'ACCEPTED',
  'WAITLISTED',
  'AWAITING_PROCUREMENT',
  'SCHEDULED',
];

/** A ride under way: the vehicle is coming or the person is aboard. */
export const IN_PROGRESS_STATUSES: readonly BookingStatus[] = ['EN_ROUTE', 'ARRIVED', 'ON_BOARD'];

/**
 * Statuses that count against the monthly quota and for overlap: everything not cancelled,
 * rejected or expired (a no-show used the vehicle, so it counts).
 */
export const QUOTA_COUNTED_STATUSES: readonly BookingStatus[] = BOOKING_STATUSES.filter(
  (s) => s !== 'CANCELLED' && s !== 'REJECTED' && s !== 'EXPIRED',
);

export function isFinal(status: BookingStatus): boolean {
  return BOOKING_TRANSITIONS[status].length === 0;
}

export function isDecided(status: BookingStatus): boolean {
  return !UNDECIDED_STATUSES.includes(status);
}

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return BOOKING_TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: BookingStatus): readonly BookingStatus[] {
  return BOOKING_TRANSITIONS[from];
}

/** Moves a driver's report may make: the table's, forward only (never ARRIVED -> EN_ROUTE). */
export function driverMayReport(from: BookingStatus, to: BookingStatus): boolean {
  return canTransition(from, to) && !(from === 'ARRIVED' && to === 'EN_ROUTE');
}

/** Throws DomainError ILLEGAL_TRANSITION {from, to} when the table forbids the move. */
export function assertTransition(from: BookingStatus, to: BookingStatus): void {
  if (!canTransition(from, to)) throw new DomainError('ILLEGAL_TRANSITION', { from, to });
}

/** Throws DomainError STALE_VERSION when the caller acted on an old version of the record. */
export function assertVersion(expected: number, actual: number): void {
  if (expected !== actual) throw new DomainError('STALE_VERSION', { expected, actual });
}

/**
 * A cancellation is late when it comes less than `lateCancelMinutes` before the pickup window
 * opens (or after it opened). The window length is a regional setting (unverified in the Rules).
 */
export function isLateCancellation(
  pickupEarliest: Date,
  now: Date,
  policy: { lateCancelMinutes: number },
): boolean {
  return now.getTime() > pickupEarliest.getTime() - policy.lateCancelMinutes * 60_000;
}
