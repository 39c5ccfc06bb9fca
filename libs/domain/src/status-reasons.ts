// Why a booking is in its status (booking.status_reason), and why a route refuses a ride. Each
// code reaches a person (the rider's rides, the dispatcher's board, a refusal) and has a text in
// kk, ru and en (messages.ts); codes are stored: never rename one.
import type { ReasonCode } from './reasons';

export const STATUS_REASONS = [
  /** Held in REQUESTED until the Portal confirms the person's eligibility. */
  'ELIGIBILITY_PENDING',
  /** Waitlisted: no shift of any provider runs at that time. */
  'NO_SHIFT_AVAILABLE',
  /** Waitlisted: vehicles work in the area then, but none with a lift (walk F10). */
  'NO_LIFT_VEHICLE',
  /** Waitlisted: vehicles work then, but none with step-free boarding and a wheelchair place. */
  'NO_WHEELCHAIR_VEHICLE',
  /** Waitlisted: vehicles work then, but none has the seats the ride needs. */
  'NO_VEHICLE_WITH_PLACES',
  /** Waitlisted: shifts run, but the ride fits none of their routes. */
  'NO_FEASIBLE_INSERTION',
  /** Awaiting procurement: no provider serves the area. */
  'NO_PROVIDER_COVERS_AREA',
  /** Expired: the waitlist found no vehicle before the pickup window passed. */
  'WAITLIST_WINDOW_PASSED',
  /** Back to dispatch: a provider is now contracted for the area. */
  'PROCUREMENT_PROVIDER_AVAILABLE',
  /** Expired: the procurement did not give a provider in time. */
  'PROCUREMENT_NOT_IN_TIME',
  /** Placed on a route by a dispatcher. */
  'MANUAL_ASSIGN',
  /** Placed on a route by a dispatcher although the route breaks a rule. */
  'MANUAL_OVERRIDE',
  /** Back to dispatch: the dispatcher took the ride off its route. */
  'UNASSIGNED_BY_DISPATCHER',
  /** Back to dispatch: the vehicle broke down. */
  'VEHICLE_BREAKDOWN',
  /** Back to dispatch: the driver did not come. */
  'DRIVER_ABSENT',
  /** Back to dispatch: the shift was cancelled. */
  'SHIFT_CANCELLED',
  /** Back to dispatch: the driver was deactivated. */
  'DRIVER_INACTIVE',
  /** Back to dispatch: the vehicle was taken out of service. */
  'VEHICLE_OUT_OF_SERVICE',
  /** Back to dispatch: the vehicle lost equipment or seats the ride needs. */
  'VEHICLE_NO_LONGER_FITS',
  /** Back to dispatch: the provider was suspended. */
  'PROVIDER_SUSPENDED',
  /** Back to dispatch: the provider's contract ended. */
  'PROVIDER_TERMINATED',
  /** Back to dispatch: the provider no longer serves the area. */
  'SERVICE_AREA_REDUCED',
  /** Cancelled on the Portal (its own free text is not kept: it may name health). */
  'PORTAL_CANCELLED',
  /** Cancelled by staff on the rider's behalf: the rider asked (by phone). */
  'CANCELLED_RIDER_ASKED',
  /** Cancelled by staff: the ride was booked in error. */
  'CANCELLED_BOOKED_IN_ERROR',
  /** Cancelled by staff: the ride duplicates another one. */
  'CANCELLED_DUPLICATE',
  /** Replaced by a changed ride (time or places changed on the rider's request; issue 21). */
  'REPLACED_BY_CHANGE',
  /** Missed on the provider's side (issue 23): the driver could not reach the address. */
  'MISSED_ADDRESS_UNREACHABLE',
  /** Missed on the provider's side: the vehicle came too late for the promised window. */
  'MISSED_VEHICLE_LATE',
  /** Missed on the provider's side: a problem with the vehicle. */
  'MISSED_VEHICLE_PROBLEM',
  /** A no-show forgiven (issue 21): the vehicle came late or to another place. */
  'NO_SHOW_VEHICLE_LATE',
  /** A no-show forgiven: an emergency kept the rider (the reason's category only, no details). */
  'NO_SHOW_RIDER_EMERGENCY',
  /** A no-show forgiven: the rider cancelled in time, but it was not recorded. */
  'NO_SHOW_CANCELLED_IN_TIME',
  /** A no-show forgiven: recorded in error (the rider rode, or the ride was not theirs). */
  'NO_SHOW_RECORDED_IN_ERROR',
] as const;
export type StatusReason = (typeof STATUS_REASONS)[number];

/** Why staff cancel a ride on a person's behalf (the phone desk, issue 21): recorded in status_reason. */
export const STAFF_CANCEL_REASONS = [
  'CANCELLED_RIDER_ASKED',
  'CANCELLED_BOOKED_IN_ERROR',
  'CANCELLED_DUPLICATE',
] as const satisfies readonly StatusReason[];
export type StaffCancelReason = (typeof STAFF_CANCEL_REASONS)[number];

/**
 * Why staff change a ride on a person's behalf (the phone desk, issue 21): required from staff,
 * kept in the booking.changed audit entry (the replaced ride's status_reason stays
 * REPLACED_BY_CHANGE). Codes are stored in the audit: never rename one.
 */
export const STAFF_CHANGE_REASONS = [
  'CHANGED_RIDER_ASKED',
  'CHANGED_APPOINTMENT_MOVED',
  'CHANGED_BOOKED_IN_ERROR',
  'CHANGED_OTHER',
] as const;
export type StaffChangeReason = (typeof STAFF_CHANGE_REASONS)[number];

export function isStaffChangeReason(value: unknown): value is StaffChangeReason {
  return (STAFF_CHANGE_REASONS as readonly unknown[]).includes(value);
}

/** Why the LEB officer forgives a no-show (issue 21): kept with it, shown where it is listed. */
export const NO_SHOW_FORGIVE_REASONS = [
  'NO_SHOW_VEHICLE_LATE',
  'NO_SHOW_RIDER_EMERGENCY',
  'NO_SHOW_CANCELLED_IN_TIME',
  'NO_SHOW_RECORDED_IN_ERROR',
] as const satisfies readonly StatusReason[];
export type NoShowForgiveReason = (typeof NO_SHOW_FORGIVE_REASONS)[number];

/** What a booking's status_reason may hold: a reason above, or a refusal's ReasonCode. */
export type BookingStatusReason = StatusReason | ReasonCode;

export function isStatusReason(value: unknown): value is StatusReason {
  return (STATUS_REASONS as readonly unknown[]).includes(value);
}

/**
 * Why a route cannot take a ride (the solver's violations, as a manual assignment's refusal
 * reports them in `errors[].code`).
 */
export const FEASIBILITY_REASONS = [
  'ROUTE_UNKNOWN_BOOKING',
  'ROUTE_STOP_ORDER',
  'ROUTE_MISSING_FEATURE',
  'ROUTE_PINNED_ELSEWHERE',
  'ROUTE_CAPACITY',
  'ROUTE_TIME_WINDOW',
  'ROUTE_RIDE_TIME',
  'ROUTE_SHIFT_END',
  'ROUTE_SCHEDULE',
] as const;
export type FeasibilityReason = (typeof FEASIBILITY_REASONS)[number];
