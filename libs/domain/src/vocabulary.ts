// The words of the service, shared by every layer. Values are stored in PostgreSQL and sent in
// APIs and job payloads: renaming one is a data migration, not a refactor.

export const BOOKING_STATUSES = [
  'REQUESTED',
  'ACCEPTED',
  'REJECTED',
  'SCHEDULED',
  'WAITLISTED',
  'AWAITING_PROCUREMENT',
  'EN_ROUTE',
  'ARRIVED',
  'ON_BOARD',
  'COMPLETED',
  'NO_SHOW',
  'CANCELLED',
  'EXPIRED',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Order No. 260 of 29.06.2023 (medical and social expertise): the categories the platform uses. */
export const DISABILITY_CATEGORIES = [
  'CHILD_UNDER_7',
  'CHILD_GROUP_1',
  'CHILD_GROUP_2',
  'CHILD_GROUP_3',
  'ADULT_GROUP_1',
  'ADULT_GROUP_2',
  'ADULT_GROUP_3',
] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

export const WHEELCHAIR_TYPES = ['NONE', 'MANUAL', 'ELECTRIC'] as const;
export type WheelchairType = (typeof WHEELCHAIR_TYPES)[number];

export const TRIP_PURPOSES = [
  'MEDICAL',
  'HAEMODIALYSIS',
  'REHABILITATION',
  'SOCIAL_SERVICES',
  'EDUCATION',
  'WORK',
  'CULTURE_SPORT',
  'OTHER',
] as const;
export type TripPurpose = (typeof TRIP_PURPOSES)[number];

export const BOOKING_CHANNELS = ['APP', 'PHONE', 'PORTAL'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

/** "Pick me up at" or "get me there by". */
export const TIME_ANCHORS = ['PICKUP', 'DROPOFF'] as const;
export type TimeAnchor = (typeof TIME_ANCHORS)[number];

export const ROLES = [
  'BENEFICIARY',
  'GUARDIAN',
  'PORTAL',
  'LEB_OFFICER',
  'PROVIDER_ADMIN',
  'DISPATCHER',
  'DRIVER',
  'MINISTRY_ANALYST',
  /** National administrator: invites LEB officers and analysts (issue 19). */
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/** An account that may sign in, or one an administrator switched off (issue 19). */
export const USER_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const PROVIDER_STATUSES = ['ACTIVE', 'SUSPENDED', 'TERMINATED'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

export const PROVIDER_ORIGINS = ['LOCAL_REGISTRY', 'PROCUREMENT_CONTRACT'] as const;
export type ProviderOrigin = (typeof PROVIDER_ORIGINS)[number];

export const VEHICLE_STATUSES = ['ACTIVE', 'OUT_OF_SERVICE'] as const;
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];

export const DRIVER_STATUSES = ['ACTIVE', 'INACTIVE'] as const;
export type DriverStatus = (typeof DRIVER_STATUSES)[number];

/**
 * Why a shift's rides went back to dispatch all at once, as the dispatch board's alert says it:
 * the vehicle broke down, the driver did not come, the shift was cancelled, the provider took
 * the vehicle out of service or the driver off duty (issue 18).
 */
export const DISPATCH_ALERT_KINDS = [
  'VEHICLE_BREAKDOWN',
  'DRIVER_ABSENT',
  'SHIFT_CANCELLED',
  'VEHICLE_OUT_OF_SERVICE',
  'DRIVER_INACTIVE',
] as const;
export type DispatchAlertKind = (typeof DISPATCH_ALERT_KINDS)[number];

export const SHIFT_STATUSES = ['PLANNED', 'ACTIVE', 'CLOSED', 'CANCELLED'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

export const PROCUREMENT_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'PUBLISHED',
  'AWARDED',
  'FAILED',
  'CANCELLED',
] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];

/** Law No. 106-VIII of 01.07.2024 and MinFin order No. 687: the methods an officer may pick. */
export const PROCUREMENT_METHODS = ['PRICE_OFFERS', 'OPEN_TENDER', 'SINGLE_SOURCE'] as const;

/**
 * Contract terms the officer may set, in days: a day up to the longest lot (libs/procurement
 * period.ts: a lot ends at the latest on 31 December of the next budget year, so from 1 January
 * that is two years, 731 days with a leap year). The contract runs for the whole lot by default;
 * a shorter cap left purchased days without a contract (walk 20: 366 of a 390-day lot).
 */
export const MIN_TERM_DAYS = 1;
export const MAX_TERM_DAYS = 731;
export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number];

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const NOTIFICATION_CHANNELS = ['SMS', 'IN_APP'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['PENDING', 'SENT', 'DELIVERED', 'FAILED', 'SUPPRESSED'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const BILLING_ACT_STATUSES = ['DRAFT', 'APPROVED', 'SUBMITTED', 'PAID', 'REJECTED'] as const;
export type BillingActStatus = (typeof BILLING_ACT_STATUSES)[number];

/** Kazakhstan has had one time zone, UTC+5, since 1 March 2024. */
export const KZ_UTC_OFFSET_MINUTES = 300;

/**
 * Needs or conditions that can make a person eligible, besides the disability category
 * (DOMAIN.md, "Who may ride"; paragraph 31 of the Rules lets an akimat add more, e.g. Kostanay
 * added children with autism spectrum disorders).
 */
export const ELIGIBILITY_NEEDS = [
  'WHEELCHAIR_USER',
  'VISUAL_IMPAIRMENT',
  'HEARING_IMPAIRMENT',
  'INTELLECTUAL_IMPAIRMENT',
  'SEVERE_MENTAL_DISORDER',
  'AUTISM_SPECTRUM',
  'LIMITED_MOBILITY',
] as const;
export type EligibilityNeed = (typeof ELIGIBILITY_NEEDS)[number];

/** What a vehicle may carry for boarding and securing passengers (DESIGN.md, "vehicle"). */
export const VEHICLE_FEATURES = ['RAMP', 'LIFT', 'WHEELCHAIR_RESTRAINTS'] as const;
export type VehicleFeature = (typeof VEHICLE_FEATURES)[number];

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];
