// Why a booking request is refused. Each code has a message in kk, ru and en (messages.ts)
// and an end-to-end test in the API. Codes are stored in the audit log: never rename one.
// Sources: the checks listed in issue 3 ("Bookings") over the policy fields of DOMAIN.md.

export const REASON_CODES = [
  /** Neither the disability category nor any need is eligible under the region's policy. */
  'CATEGORY_NOT_ELIGIBLE',
  /**
   * The Social Services Portal had no record of the person (yet). Retired by issue 21's one rule
   * (portalEffect): the record the officer registered stands then. Kept for the rides and audit
   * rows refused with it before (RETIRED_REASON_CODES).
   */
  'PORTAL_NO_RECORD',
  /** The disability record is not valid on the trip date (expired or not yet started). */
  'DISABILITY_EXPIRED',
  /** The category does not fit the person's age on the trip date (e.g. a child category at 18). */
  'CATEGORY_AGE_MISMATCH',
  /** The beneficiary is suspended (no-show rule). */
  'BENEFICIARY_SUSPENDED',
  'PURPOSE_NOT_ALLOWED',
  'OUTSIDE_SERVICE_HOURS',
  'LEAD_TIME_TOO_SHORT',
  'BEYOND_HORIZON',
  /** Pickup or drop-off outside the region's service area (KATO codes and optional polygon). */
  'OUTSIDE_SERVICE_AREA',
  /** The monthly trip quota is used up. */
  'QUOTA_EXCEEDED',
  /** More companions than the person is entitled to or the policy allows. */
  'TOO_MANY_COMPANIONS',
  /** The person already has a booking at that time. */
  'OVERLAPPING_BOOKING',
  /** Pickup and drop-off are the same place. */
  'PICKUP_EQUALS_DROPOFF',
  /** A place of the request is unusable: KATO not 9 digits, or coordinates out of range. */
  'INVALID_PLACE',
  /** The requested time or the direct travel time is not a usable value. */
  'INVALID_TRIP_TIME',
  /** The number of companions is not a whole number of zero or more. */
  'INVALID_COMPANIONS',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Codes no booking is refused with any more, kept with their words for rows that carry them. */
export const RETIRED_REASON_CODES: readonly ReasonCode[] = ['PORTAL_NO_RECORD'];

/** A reason with the parameters its message needs (e.g. the lead time in minutes). */
export interface Reason {
  code: ReasonCode;
  params?: { [key: string]: string | number };
}

export function isReasonCode(value: string): value is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(value);
}
