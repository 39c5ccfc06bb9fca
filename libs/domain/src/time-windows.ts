// Time windows and the maximum ride time of a booking, computed from the policy and stored on
// the booking (issue 3). The dial-a-ride convention (Cordeau 2006): the ride runs from the end of
// boarding at the pickup to arrival at the drop-off and may last at most
// factor x direct time + plusMinutes.
import type { MaxRideTime, TimeWindowWidths } from './policy';
import type { TimeAnchor } from './vocabulary';

export interface TimeWindows {
  pickupEarliest: Date;
  pickupLatest: Date;
  dropoffEarliest: Date;
  dropoffLatest: Date;
}

export interface TripTiming {
  windows: TimeWindows;
  maxRideSeconds: number;
  /** The trip as if driven directly: what lead time, hours and overlap are judged on. */
  nominalPickup: Date;
  nominalDropoff: Date;
}

export function maxRideSeconds(directTravelSeconds: number, rule: MaxRideTime): number {
  return Math.ceil(directTravelSeconds * rule.factor + rule.plusMinutes * 60);
}

const at = (ms: number): Date => new Date(ms);

/**
 * "Pick me up at T" (PICKUP): the vehicle arrives in [T - before, T + after]; the drop-off
 * follows within the ride-time limit. "Get me there by T" (DROPOFF): arrival in
 * [T - before, T + after]; the pickup is as late as still reaches it directly and no earlier than
 * the longest allowed ride before the earliest arrival.
 */
export function computeTripTiming(args: {
  anchor: TimeAnchor;
  time: Date;
  directTravelSeconds: number;
  boardingSeconds: number;
  widths: TimeWindowWidths;
  maxRideTime: MaxRideTime;
}): TripTiming {
  const { anchor, widths } = args;
  const t = args.time.getTime();
  const direct = args.directTravelSeconds * 1000;
  const boarding = args.boardingSeconds * 1000;
  const maxRide = maxRideSeconds(args.directTravelSeconds, args.maxRideTime);
  const maxRideMs = maxRide * 1000;
  switch (anchor) {
    case 'PICKUP': {
      const pickupEarliest = t - widths.pickupBeforeMinutes * 60_000;
      const pickupLatest = t + widths.pickupAfterMinutes * 60_000;
      return {
        windows: {
          pickupEarliest: at(pickupEarliest),
          pickupLatest: at(pickupLatest),
          dropoffEarliest: at(pickupEarliest + boarding + direct),
          dropoffLatest: at(pickupLatest + boarding + maxRideMs),
        },
        maxRideSeconds: maxRide,
        nominalPickup: at(t),
        nominalDropoff: at(t + boarding + direct),
      };
    }
    case 'DROPOFF': {
      const dropoffEarliest = t - widths.dropoffBeforeMinutes * 60_000;
      const dropoffLatest = t + widths.dropoffAfterMinutes * 60_000;
      return {
        windows: {
          pickupEarliest: at(dropoffEarliest - maxRideMs - boarding),
          pickupLatest: at(dropoffLatest - direct - boarding),
          dropoffEarliest: at(dropoffEarliest),
          dropoffLatest: at(dropoffLatest),
        },
        maxRideSeconds: maxRide,
        nominalPickup: at(t - direct - boarding),
        nominalDropoff: at(t),
      };
    }
  }
}
