// The errors the domain throws. A code from one closed list, plus JSON parameters for the
// message; never an HTTP status: the API's one global filter maps codes to statuses
// (STYLE.md, practice 8).
import type { ReasonCode } from './reasons';

export const DOMAIN_ERROR_CODES = [
  /** A booking status change that the lifecycle table does not allow. */
  'ILLEGAL_TRANSITION',
  /** Optimistic version check failed: someone else changed the record first. */
  'STALE_VERSION',
  'NOT_FOUND',
  /**
   * The record's state does not allow this now; params.reason (a ConflictReason) or
   * params.reasons say which: a CONFLICT without one is answered as "changed meanwhile, reload".
   */
  'CONFLICT',
  /** The actor may not act on this record (role, region or provider scope). */
  'FORBIDDEN',
  /** Input breaks a field rule; params.errors lists the fields. */
  'VALIDATION',
  /** A booking request failed the service-policy checks; params.reasons lists ReasonCodes. */
  'BOOKING_REJECTED',
  /** The same idempotency key was reused with a different request body. */
  'IDEMPOTENCY_KEY_REUSED',
  /** The same request (Idempotency-Key) is being handled by another copy: retry shortly. */
  'REQUEST_IN_PROGRESS',
  /** A sign-in step refused (params.reason: one of AUTH_REFUSALS). */
  'UNAUTHENTICATED',
  /** Too many tries of a sign-in step (params.reason, params.retryAfterSeconds). */
  'TOO_MANY_ATTEMPTS',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Reasons a CONFLICT may carry (params.reason) that callers act on by code: the API answers
 * under the reason's code, with its own message in the caller's language.
 */
export const CONFLICT_REASONS = [
  /** The person already has an active ride whose time overlaps the one asked for (params date, time). */
  'OVERLAPPING_BOOKING',
  /** The Portal re-sent an order id with another ride than the one it was booked for. */
  'PORTAL_ORDER_CHANGED',
  /** Another copy of the same Portal event is being handled right now. */
  'EVENT_IN_FLIGHT',
  /** The record was deleted by another request meanwhile. */
  'CONCURRENT_DELETE',
  'NO_WAITING_DEMAND',
  'ONLY_FAILED_REQUESTS_ARE_RESUBMITTED',
  'ALREADY_RESUBMITTED',
  /** Retry of an award asked for a request with no award waiting to be applied. */
  'NO_AWARD_TO_RETRY',
  /** Sizing a lot (issue 25): one run of a request at a time; only a DRAFT's lot; only a finished run attaches. */
  'SIZING_RUNNING',
  'SIZING_NOT_DRAFT',
  'SIZING_NOT_DONE',
  'ACT_ALREADY_APPROVED',
  'ACT_NOT_ISSUED',
  'ACT_ALREADY_CORRECTED',
  'NO_CONTRACT_FOR_RIDES',
  'PORTAL_REFERENCE_MISMATCH',
  'ROUTE_INFEASIBLE',
  /** An override would make other riders late or move them: the dispatcher confirms the preview first. */
  'OVERRIDE_NEEDS_CONFIRMATION',
  /** The route changed since the preview the dispatcher confirmed: a new preview comes with it. */
  'OVERRIDE_PREVIEW_STALE',
  /** The vehicle lacks equipment or places the ride needs: no override can change that. */
  'OVERRIDE_NOT_ALLOWED',
  'NO_SHOW_TOO_EARLY',
  // A no-show without the vehicle's own evidence (issue 23; no-show-evidence.ts)
  'NO_SHOW_NO_POSITION',
  'NO_SHOW_AWAY',
  'NO_SHOW_ARRIVED_LATE',
  'ALREADY_ON_SHIFT',
  'SHIFT_NOT_OPEN',
  /** A breakdown's undo (issue 18): there is none on the shift, or its time to undo it has passed. */
  'NO_BREAKDOWN_TO_UNDO',
  'BREAKDOWN_UNDO_EXPIRED',
  'NOT_ON_ROUTE',
  'NO_OPEN_SHIFT',
  'NOT_A_NO_SHOW',
  'NO_SHOW_ALREADY_FORGIVEN',
  /** A no-show's dispute (issue 23): one per no-show, decided once. */
  'NO_SHOW_ALREADY_DISPUTED',
  'NO_SHOW_NOT_DISPUTED',
  'NO_SHOW_DISPUTE_DECIDED',
  /** Disputed after the region's noShowDisputeDays had passed (params.lastDay). */
  'NO_SHOW_DISPUTE_TOO_LATE',
  'ONLY_FAILED_MESSAGES_RESENT',
  /** A what-if scenario is run again only when its replay failed (issue 25). */
  'WHATIF_NOT_FAILED',
  /** A what-if scenario is deleted only once it is done or failed, not while it waits or runs. */
  'WHATIF_RUNNING',
  'UNKNOWN_JOB',
  /** A person with this IIN is already registered. */
  'IIN_ALREADY_REGISTERED',
  /** A re-plan of the same region and day is already queued or running. */
  'REPLAN_RUNNING',
  // The fleet's and the provider registry's refusals (libs/providers conflict()).
  'PROVIDER_TERMINATED',
  'PROVIDER_NOT_ACTIVE',
  'PROVIDER_BIN_EXISTS',
  'CONTRACT_PERIOD_OVERLAP',
  'PLATE_EXISTS',
  'LICENCE_EXISTS',
  'STATUS_UNCHANGED',
  'VEHICLE_OUT_OF_SERVICE',
  'DRIVER_INACTIVE',
  'SHIFT_NOT_CANCELLABLE',
  /** A shift whose hours are over (walk t23 m12): nothing is left of it to cancel. */
  'SHIFT_ENDED',
  // A shift changed (issue 21): only a planned one, and only while it carries no ride.
  'SHIFT_NOT_PLANNED',
  'SHIFT_CARRIES_RIDES',
  'RIDE_UNDER_WAY',
  /** A ride that has ended or is under way cannot be moved or unassigned (route-messages rideNotMovable). */
  'RIDE_FINISHED',
  'RIDE_STARTED',
  'VEHICLE_SHIFT_OVERLAP',
  'DRIVER_SHIFT_OVERLAP',
  /**
   * A driver's change of a ride no longer theirs to serve (issue 23: a change queued offline, or a
   * tap a second late): cancelled meanwhile (params.name, the rider's first name; params.at, HH:MM),
   * moved to another vehicle, or taken off the route back to dispatch (params.name).
   */
  'RIDE_CANCELLED',
  'RIDE_MOVED_TO_OTHER_VEHICLE',
  'RIDE_TAKEN_OFF_ROUTE',
  // A driver's status that cannot be true yet (issue 18; driver-status.ts)
  'SHIFT_NOT_STARTED',
  'SHIFT_OVER',
  'RIDE_NOT_OF_SHIFT_DAY',
  'EN_ROUTE_TOO_EARLY',
  'ARRIVED_TOO_EARLY',
  'COMPLETED_TOO_SOON',
  /** A status anomaly already confirmed or rejected by a dispatcher. */
  'ANOMALY_ALREADY_REVIEWED',
  /** The phone or e-mail is already the login of another account. */
  'LOGIN_TAKEN',
  /** A person cannot change their own role or status. */
  'OWN_ACCOUNT',
  /** The routes changed after the proposal was computed: re-plan again. */
  'PLAN_STALE',
  /** The proposal was already applied or discarded (or never became one). */
  'PLAN_NOT_PROPOSED',
  /** Only an applied re-plan can be undone, and only once. */
  'PLAN_NOT_APPLIED',
  /** A driver has acted on a ride of the applied re-plan: undoing it would contradict them. */
  'PLAN_DRIVER_ACTED',
  /** The routes changed after the re-plan was applied (a later move): undo would erase it. */
  'PLAN_CHANGED_SINCE',
  /** A ride under way or over cannot be changed (the phone desk's change, issue 21). */
  'RIDE_NOT_CHANGEABLE',
  /** A change that changes nothing (same time, same places). */
  'NOTHING_CHANGED',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/**
 * Why a sign-in step is refused (issue 19): the API answers under the reason's code. None of them
 * tells whether an account exists.
 */
export const AUTH_REFUSALS = [
  'CODE_INVALID',
  'NOT_REGISTERED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'TOTP_INVALID',
  'MFA_TOKEN_INVALID',
  'INVITATION_INVALID',
  /** An invitation revoked by whoever manages it (the link says so, not "expired"). */
  'INVITATION_REVOKED',
  'CSRF_HEADER_REQUIRED',
  'SMS_UNAVAILABLE',
] as const;
export type AuthRefusal = (typeof AUTH_REFUSALS)[number];

export function isAuthRefusal(value: unknown): value is AuthRefusal {
  return (AUTH_REFUSALS as readonly unknown[]).includes(value);
}

export function isConflictReason(value: unknown): value is ConflictReason {
  return (CONFLICT_REASONS as readonly unknown[]).includes(value);
}

/**
 * Codes of refusals that happen before a use case runs (credentials, signatures, the body
 * itself, the infrastructure): the API answers under them, with a message in the caller's
 * language like every other error.
 */
/** Why a signed request (the Portal's, a partner's) is refused: safe to tell, it names no secret. */
export const SIGNATURE_REFUSALS = [
  'MISSING_HEADERS',
  'BAD_EVENT_ID',
  'UNKNOWN_KEY',
  'BAD_TIMESTAMP',
  'STALE_TIMESTAMP',
  'BAD_SIGNATURE',
] as const;

/**
 * Field rules of the sign-in, invitation and enrolment forms with words of their own (issue 19):
 * a refusal names the field and says the rule ("At least 10 characters"), not "check this field".
 */
export const FIELD_RULES = [
  'FIELD_REQUIRED',
  'PHONE_FORMAT',
  'EMAIL_FORMAT',
  'PASSWORD_TOO_SHORT',
  'CODE_FORMAT',
  /** A time of day that cannot be read ("25:99", "noon"): hours:minutes on the 24-hour clock. */
  'TIME_FORMAT',
  'REGION_REQUIRED',
  'PROVIDER_REQUIRED',
  /** A driver's invitation needs the driver record (added first on the Fleet page). */
  'DRIVER_RECORD_REQUIRED',
  /** The driver record already has a login (password): it needs no invitation. */
  'DRIVER_HAS_LOGIN',
] as const;
export type FieldRule = (typeof FIELD_RULES)[number];

/**
 * The words of the common class-validator rules (a DTO field's @Min, @MaxLength, @IsIn...)
 * without words of their own: the rule said with its numbers ("At least 1."), never the
 * validator's English sentence or the field's internal name.
 */
export const VALIDATOR_RULES = [
  'TOO_SMALL',
  'TOO_LARGE',
  'TOO_SHORT',
  'TOO_LONG',
  'LENGTH_BETWEEN',
  'FORMAT_INVALID',
  'NOT_INTEGER',
  'NOT_NUMBER',
  'NOT_POSITIVE',
  'NOT_ONE_OF',
  'ID_INVALID',
  'DATE_INVALID',
  'NOT_YES_NO',
  'NOT_TEXT',
  'NOT_LIST',
  'TOO_FEW_ITEMS',
  'TOO_MANY_ITEMS',
  'LATITUDE_INVALID',
  'LONGITUDE_INVALID',
  /** A field the request does not have (forbidNonWhitelisted). */
  'FIELD_UNKNOWN',
] as const;
export type ValidatorRule = (typeof VALIDATOR_RULES)[number];

export const REQUEST_ERROR_CODES = [
  'UNAUTHORIZED',
  ...SIGNATURE_REFUSALS,
  'BAD_REQUEST',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ALREADY_EXISTS',
  /** A field broke a rule that has no words of its own: "check this field". */
  'FIELD_INVALID',
  /** The sentences of the officer's lot period refusals (issue 20, at lotStart / lotEnd). */
  'LOT_PERIOD_IN_PAST',
  'LOT_PERIOD_TOO_SHORT',
  'LOT_PERIOD_TOO_LONG',
  /** The lot's figures are not counted yet (NO_LOT_YET at lotEnd): what to do. */
  'LOT_NOT_COUNTED_YET',
  /** A lot date that is no calendar date (INVALID_DATE at lotStart / lotEnd). */
  'LOT_DATE_INVALID',
  /** A re-plan of a day already over (issue 23: any day from today on). */
  'PLAN_DAY_IN_PAST',
  /** A what-if scenario's refusals (issue 25) at demand.to, fleet[i].count, policy.serviceHours.to. */
  'WHATIF_PERIOD_ORDER',
  'WHATIF_PERIOD_TOO_LONG',
  /** An operations report's period refusals (walk t22 m1, at `to`). */
  'REPORT_PERIOD_ORDER',
  'REPORT_PERIOD_TOO_LONG',
  'WHATIF_PERIOD_NOT_BEGUN',
  'WHATIF_PERIOD_NOT_OVER',
  'WHATIF_FLEET_TOO_FEW_VANS',
  'WHATIF_FLEET_TOO_FEW_CARS',
  'WHATIF_FLEET_ZERO',
  'WHATIF_HOURS_ORDER',
  /** A region's GTFS-Flex feed while no contracted provider serves it (walk t25 M6). */
  'GTFS_NO_SERVICE',
  'REFERENCE_CONFLICT',
  'CONCURRENT_CHANGE',
  'INTERNAL',
  'UNAVAILABLE',
  ...FIELD_RULES,
  ...VALIDATOR_RULES,
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type ErrorParams = { [key: string]: JsonValue };

/** One broken field rule: `field` is a path such as "serviceHours[2][0]". */
export interface FieldError {
  field: string;
  /** A stable machine code, e.g. "REQUIRED", "OUT_OF_RANGE", "IIN_BAD_CHECK_DIGIT". */
  code: string;
  message?: string;
  /** The sentence of this error, when the rule has words of its own (a FieldRule and its parameters). */
  say?: { key: string; params?: { [key: string]: JsonValue } };
}

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    readonly params: ErrorParams = {},
    message?: string,
  ) {
    super(message ?? `${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    Object.setPrototypeOf(this, new.target.prototype);
  }

  static validation(errors: readonly FieldError[]): DomainError {
    return new DomainError('VALIDATION', {
      errors: errors.map((e) => ({
        field: e.field,
        code: e.code,
        ...(e.message ? { message: e.message } : {}),
        ...(e.say ? { say: e.say } : {}),
      })),
    });
  }

  static bookingRejected(reasons: readonly ReasonCode[]): DomainError {
    return new DomainError('BOOKING_REJECTED', { reasons: [...reasons] });
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
