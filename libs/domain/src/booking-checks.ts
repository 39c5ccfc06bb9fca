// The checks a booking request must pass before it is ACCEPTED (issue 3, "Bookings"), each with
// a reason code. Pure: the caller reads the beneficiary, the policy version, the month's count
// and the person's other bookings, then writes nothing when the answer is not ok. All reasons are
// collected, not only the first, so the person can fix everything at once.
import type { DisabilityRecord } from './disability';
import type { NeedEvidence } from './eligibility';
import { checkEligibility } from './eligibility';
import type { GeoPoint } from './geo';
import { distanceMetres, isPointInRing, isValidGeoPoint } from './geo';
import { isValidKato, katoWithinAny } from './kato';
import type { MobilityNeeds, RideLoad, VehicleRequirement } from './mobility';
import { boardingSeconds as boardingSecondsOf, rideLoad, vehicleRequirement } from './mobility';
import type { ServicePolicyRules } from './policy';
import type { Reason, ReasonCode } from './reasons';
import { isWithinServiceHours } from './service-hours';
import type { LocalDate } from './time';
import { addDaysToLocalDate, localDateOf, localTimeOf } from './time';
import type { TimeWindows } from './time-windows';
import { computeTripTiming } from './time-windows';
import type { TimeAnchor, TripPurpose } from './vocabulary';

/** Points closer than this are one place: a trip needs somewhere to go. */
export const SAME_PLACE_METRES = 50;

export interface TripPlace {
  kato: string;
  point: GeoPoint;
}

/** Another booking of the same person, as its nominal interval (see TripTiming). */
/**
 * One of the person's active rides, as the overlap check sees it: from the earliest the vehicle
 * may come for them to the latest it may set them down (bookedSpan), and its anchor time (said
 * in the refusal).
 */
export interface BookedInterval {
  start: Date;
  end: Date;
  /** The ride's own time (pick-up or arrival, as asked); the refusal names it. */
  at?: Date;
}

/**
 * What a ride holds of its rider's day: [earliest pick-up, latest drop-off]. A person cannot be
 * in two vehicles: a second ride whose vehicle may come while the first may still be driving
 * them is a double booking, and its driver would record a no-show against someone who was
 * riding (t22 M5: picked up twice at 07:13 and 07:17, then "no-show" at midday while on the
 * other vehicle). The nominal interval (as driven directly) missed that: two rides 30 minutes
 * apart both passed. Half-open: a return whose window opens when the outbound's closes (the
 * arrival time of "get me there by") is fine.
 */
export function bookedSpan(w: TimeWindows): { start: Date; end: Date } {
  return { start: w.pickupEarliest, end: w.dropoffLatest };
}

/** The first of `others` that overlaps `span` (half-open intervals), or null. */
export function overlappingRide<T extends BookedInterval>(
  span: { start: Date; end: Date },
  others: readonly T[],
): T | null {
  const start = span.start.getTime();
  const end = span.end.getTime();
  return others.find((b) => start < b.end.getTime() && b.start.getTime() < end) ?? null;
}

export interface BookingCheckInput {
  now: Date;
  policy: ServicePolicyRules;
  beneficiary: {
    /** From the IIN. */
    birthDate: LocalDate;
    disability: DisabilityRecord | null;
    /** Needs on record with their evidence's validity (wheelchair user, visual impairment...). */
    needs: readonly NeedEvidence[];
    /**
     * Companions the person is entitled to: a number, or true = as many as the policy allows
     * (maxCompanions), false = none.
     */
    companionsEntitled: number | boolean;
    /** From the no-show rule (no-show.ts) or an officer's decision; null = not suspended. */
    suspendedUntil: Date | null;
  } | null;
  trip: {
    anchor: TimeAnchor;
    /** "Pick me up at" or "get me there by" this instant. */
    time: Date;
    purpose: TripPurpose;
    pickup: TripPlace;
    dropoff: TripPlace;
    companions: number;
    /** Mobility needs for this ride. */
    mobility: MobilityNeeds;
    /** Direct travel time pickup -> drop-off, from the TravelTimeProvider. */
    directTravelSeconds: number;
  };
  /** Non-cancelled bookings of this person in the local month of the trip (QUOTA_COUNTED_STATUSES). */
  tripsInMonth: number;
  /** Trips this request takes from the quota (1; 2 for a return trip in the same month). */
  tripsRequested?: number;
  /** The person's other non-final bookings, as nominal intervals. */
  otherBookings: readonly BookedInterval[];
}

export interface AcceptedBooking {
  ok: true;
  windows: TimeWindows;
  maxRideSeconds: number;
  nominalPickup: Date;
  nominalDropoff: Date;
  boardingSeconds: number;
  load: RideLoad;
  vehicle: VehicleRequirement;
  /** The local date of the trip (what the quota month and service day are taken from). */
  tripDate: LocalDate;
}

export interface RejectedBooking {
  ok: false;
  reasons: ReasonCode[];
  /** The same reasons with the parameters of their messages. */
  details: Reason[];
}

export type BookingCheckResult = AcceptedBooking | RejectedBooking;

const MINUTE = 60_000;

export function checkBookingRequest(input: BookingCheckInput): BookingCheckResult {
  const { policy, beneficiary: person, trip, now } = input;
  const details: Reason[] = [];
  const reject = (code: ReasonCode, params?: Reason['params']): void => {
    details.push(params ? { code, params } : { code });
  };
  const done = (): RejectedBooking => ({ ok: false, reasons: details.map((d) => d.code), details });

  // Shape first: without usable places and times the other checks mean nothing.
  const placesOk =
    isValidKato(trip.pickup.kato) &&
    isValidKato(trip.dropoff.kato) &&
    isValidGeoPoint(trip.pickup.point) &&
    isValidGeoPoint(trip.dropoff.point);
  if (!placesOk) reject('INVALID_PLACE');
  if (
    !Number.isFinite(trip.time.getTime()) ||
    !Number.isFinite(trip.directTravelSeconds) ||
    trip.directTravelSeconds < 0
  )
    reject('INVALID_TRIP_TIME');
  if (!Number.isInteger(trip.companions) || trip.companions < 0) reject('INVALID_COMPANIONS');
  if (placesOk && distanceMetres(trip.pickup.point, trip.dropoff.point) < SAME_PLACE_METRES)
    reject('PICKUP_EQUALS_DROPOFF');
  if (details.length > 0) return done();

  const boarding = boardingSecondsOf(trip.mobility, policy.boardingSeconds);
  const timing = computeTripTiming({
    anchor: trip.anchor,
    time: trip.time,
    directTravelSeconds: trip.directTravelSeconds,
    boardingSeconds: boarding,
    widths: policy.timeWindows,
    maxRideTime: policy.maxRideTime,
  });
  const tripDate = localDateOf(trip.time);

  // No person (a what-if replay's kept refused request, refused only for hours, notice or
  // horizon): the person passed the person's checks when asked; they are not made again.
  if (person !== null) {
    const eligibility = checkEligibility(
      { birthDate: person.birthDate, disability: person.disability, needs: person.needs },
      policy,
      tripDate,
    );
    if (!eligibility.eligible) reject(eligibility.reason);
    if (person.suspendedUntil !== null && now < person.suspendedUntil)
      reject('BENEFICIARY_SUSPENDED', { until: person.suspendedUntil.toISOString() });
  }

  if (!policy.allowedPurposes.includes(trip.purpose))
    reject('PURPOSE_NOT_ALLOWED', { purpose: trip.purpose });

  if (!isWithinServiceHours(policy.serviceHours, timing.nominalPickup, timing.nominalDropoff))
    reject('OUTSIDE_SERVICE_HOURS');

  if (timing.nominalPickup.getTime() - now.getTime() < policy.minLeadMinutes * MINUTE)
    reject('LEAD_TIME_TOO_SHORT', { minutes: policy.minLeadMinutes });

  if (tripDate > addDaysToLocalDate(localDateOf(now), policy.maxHorizonDays))
    reject('BEYOND_HORIZON', { days: policy.maxHorizonDays });

  const outside: string[] = [];
  for (const [which, place] of [
    ['pickup', trip.pickup],
    ['dropoff', trip.dropoff],
  ] as const) {
    const inKato = policy.serviceAreaKato.length === 0 || katoWithinAny(place.kato, policy.serviceAreaKato);
    const inPolygon =
      policy.serviceAreaPolygon === null || isPointInRing(place.point, policy.serviceAreaPolygon);
    if (!inKato || !inPolygon) outside.push(which);
  }
  if (outside.length > 0) reject('OUTSIDE_SERVICE_AREA', { which: outside.join(',') });

  const requested = input.tripsRequested ?? 1;
  if (policy.tripsPerMonth !== null && input.tripsInMonth + requested > policy.tripsPerMonth)
    reject('QUOTA_EXCEEDED', { limit: policy.tripsPerMonth });

  const entitled =
    person === null
      ? trip.companions
      : typeof person.companionsEntitled === 'boolean'
        ? person.companionsEntitled
          ? policy.maxCompanions
          : 0
        : person.companionsEntitled;
  const allowedCompanions = Math.min(entitled, policy.maxCompanions);
  if (trip.companions > allowedCompanions) reject('TOO_MANY_COMPANIONS', { max: allowedCompanions });

  const clash = overlappingRide(bookedSpan(timing.windows), input.otherBookings);
  if (clash) {
    const at = clash.at ?? clash.start;
    reject('OVERLAPPING_BOOKING', { date: localDateOf(at), time: localTimeOf(at) });
  }

  if (details.length > 0) return done();
  return {
    ok: true,
    windows: timing.windows,
    maxRideSeconds: timing.maxRideSeconds,
    nominalPickup: timing.nominalPickup,
    nominalDropoff: timing.nominalDropoff,
    boardingSeconds: boarding,
    load: rideLoad(trip.mobility, trip.companions),
    vehicle: vehicleRequirement(trip.mobility),
    tripDate,
  };
}
