// The rules of a day's re-plan a dispatcher previews, applies and may undo (issue 18): which
// rides a proposal changes, how long a rider may ride after it, who is told, when an undo is
// still safe. Pure: the worker and the API share them.

/** A pickup moved by less than this is not news to the rider (nor a "change" in the list). */
export const RIDE_TIME_CHANGE_MINUTES = 5;

/**
 * The longest ride a re-plan may give a rider already on a route: the re-plan must not trade
 * riders' time on board for kilometres beyond the policy's ride-time factor. The booking's own
 * limit (factor x direct + plusMinutes) stays the hard ceiling; below it, a rider's ride may
 * grow only up to factor x direct, or stay as long as it already is. A rider not yet on a route
 * (served from the waitlist) keeps the booking's limit: a longer ride beats no ride.
 */
export function replanMaxRideSeconds(a: {
  bookedLimitSeconds: number;
  directSeconds: number;
  factor: number;
  /** The rider's ride in the current plan; null when not on a route. */
  currentRideSeconds: number | null;
}): number {
  if (a.currentRideSeconds === null) return a.bookedLimitSeconds;
  const byFactor = Math.ceil(a.directSeconds * a.factor);
  return Math.min(a.bookedLimitSeconds, Math.max(byFactor, Math.ceil(a.currentRideSeconds)));
}

/** Whether a new pickup time is worth telling the rider (and listing as a time change). */
export function pickupTimeChanged(before: Date | null, after: Date): boolean {
  if (!before) return true;
  return Math.abs(after.getTime() - before.getTime()) >= RIDE_TIME_CHANGE_MINUTES * 60_000;
}

export type RideChangeKind = 'MOVED' | 'RETIMED' | 'SERVED';

export interface RidePlacement {
  shiftId: string;
  pickupAt: Date;
}

export interface RideChange {
  bookingId: string;
  kind: RideChangeKind;
  fromShiftId: string | null;
  toShiftId: string;
  oldPickupAt: Date | null;
  newPickupAt: Date;
}

/**
 * What a proposal changes for each ride: MOVED to another vehicle, SERVED from the waitlist
 * (not on a route before), RETIMED on its vehicle by RIDE_TIME_CHANGE_MINUTES or more. Rides
 * not in `after` are left as they are; in booking id order.
 */
export function rideChanges(
  before: ReadonlyMap<string, RidePlacement>,
  after: ReadonlyMap<string, RidePlacement>,
): RideChange[] {
  const out: RideChange[] = [];
  for (const id of [...after.keys()].sort()) {
    const to = after.get(id) as RidePlacement;
    const from = before.get(id);
    const kind: RideChangeKind | null = !from
      ? 'SERVED'
      : from.shiftId !== to.shiftId
        ? 'MOVED'
        : pickupTimeChanged(from.pickupAt, to.pickupAt)
          ? 'RETIMED'
          : null;
    if (kind)
      out.push({
        bookingId: id,
        kind,
        fromShiftId: from?.shiftId ?? null,
        toShiftId: to.shiftId,
        oldPickupAt: from?.pickupAt ?? null,
        newPickupAt: to.pickupAt,
      });
  }
  return out;
}

/**
 * An undo is safe while no driver has acted on a ride of the re-plan's routes since it was
 * applied: each ride is in the status it had then (no EN_ROUTE, ARRIVED, ON_BOARD, COMPLETED,
 * NO_SHOW since) and no driver has been shown a ride that was not confirmed to them then.
 */
export function driverActedOn(
  rides: readonly {
    status: string;
    statusAtApply: string;
    confirmedToDriver: boolean;
    confirmedAtApply: boolean;
  }[],
): boolean {
  return rides.some((r) => r.status !== r.statusAtApply || (r.confirmedToDriver && !r.confirmedAtApply));
}
