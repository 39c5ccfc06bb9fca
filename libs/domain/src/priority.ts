// Who is served first when capacity is short (waitlisted and awaiting-procurement bookings):
// the region's purpose tiers first (Karasay district practice: work, study and haemodialysis),
// then first come, first served by the time of request (DOMAIN.md, "Booking today").
import type { ServicePolicyRules } from './policy';
import type { TripPurpose } from './vocabulary';

export interface QueuedBooking {
  id: string;
  purpose: TripPurpose;
  /** When the booking was requested (not the trip time). */
  requestedAt: Date;
}

/** 0 for the first tier, 1 for the second...; purposes in no tier rank after every tier. */
export function purposeRank(purpose: TripPurpose, tiers: readonly (readonly TripPurpose[])[]): number {
  const index = tiers.findIndex((tier) => tier.includes(purpose));
  return index === -1 ? tiers.length : index;
}

/** Negative when `a` is served before `b`. Ties on time are broken by id, so order is total. */
export function comparePriority(
  a: QueuedBooking,
  b: QueuedBooking,
  tiers: readonly (readonly TripPurpose[])[],
): number {
  return (
    purposeRank(a.purpose, tiers) - purposeRank(b.purpose, tiers) ||
    a.requestedAt.getTime() - b.requestedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A comparator for Array.prototype.sort under a region's policy. */
export function byServicePriority(
  policy: Pick<ServicePolicyRules, 'purposePriorityTiers'>,
): (a: QueuedBooking, b: QueuedBooking) => number {
  return (a, b) => comparePriority(a, b, policy.purposePriorityTiers);
}

/** A ride sent back to dispatch with others (a breakdown, a cancelled shift). */
export interface ReturnedRide {
  id: string;
  purpose: TripPurpose;
  /** When its pickup window opens. */
  pickupEarliest: Date;
}

/**
 * The order in which a dispatcher is shown rides that went back to dispatch together (issue 18):
 * the region's purpose tiers first, as for the waitlist (haemodialysis, work and study before the
 * rest), then the pickup that comes first, since it must be found a vehicle first.
 */
export function compareReturnedRides(
  a: ReturnedRide,
  b: ReturnedRide,
  tiers: readonly (readonly TripPurpose[])[],
): number {
  return (
    purposeRank(a.purpose, tiers) - purposeRank(b.purpose, tiers) ||
    a.pickupEarliest.getTime() - b.pickupEarliest.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
