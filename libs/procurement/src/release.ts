// What happens to the bookings waiting for procurement once something changes (issue 7): a
// booking whose time has passed expires (the person is told through the status fan-out); a
// booking whose pickup a provider with shifts now covers goes back to dispatch, in the region's
// priority order (purpose tiers, then first come, first served: DOMAIN.md, "Booking today"),
// so the first ones to be placed on the new provider's routes are the ones the region ranks first.
import { comparePriority, type TripPurpose } from '@invataxi/domain';

export interface AwaitingBooking {
  id: string;
  purpose: TripPurpose;
  requestedAt: Date;
  /** The end of the pickup window: past it, no provider can serve the ride. */
  pickupLatest: Date;
  covered: boolean;
}

export interface ReleasePlan {
  expire: string[];
  /** In the order they must go back to dispatch. */
  release: string[];
  /** Still waiting: not covered yet, time not passed. */
  waiting: string[];
}

export function planRelease(
  bookings: readonly AwaitingBooking[],
  tiers: readonly (readonly TripPurpose[])[],
  now: Date,
): ReleasePlan {
  const expire: string[] = [];
  const covered: AwaitingBooking[] = [];
  const waiting: string[] = [];
  for (const b of bookings) {
    if (b.pickupLatest.getTime() <= now.getTime()) expire.push(b.id);
    else if (b.covered) covered.push(b);
    else waiting.push(b.id);
  }
  covered.sort((a, b) => comparePriority(a, b, tiers));
  return { expire: expire.sort(), release: covered.map((b) => b.id), waiting: waiting.sort() };
}
