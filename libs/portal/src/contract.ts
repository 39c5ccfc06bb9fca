// The wire shapes of our contract with the Social Services Portal (libs/portal/openapi.json, generated from the API).
// The Portal's real API is not public: these are ours, and the adapter is the one place that
// would change if the Portal's differ.
import type { BillingActStatus, BookingStatus, DisabilityCategory, WheelchairType } from '@invataxi/domain';

/**
 * A person's needs as the Portal sends them. `needsRamp` is the Portal's name for step-free
 * boarding: a vehicle with a ramp or with a lift serves it (mobilityNeedsOf reads it as
 * MobilityNeeds.stepFree); `needsLift` asks for a lift specifically.
 */
export interface PortalNeeds {
  wheelchair: WheelchairType;
  /** Step-free boarding: a ramp or a lift, either will do. */
  needsRamp: boolean;
  /** A lift specifically: the wheelchair cannot go up a ramp. */
  needsLift: boolean;
  visual: boolean;
  hearing: boolean;
  intellectual: boolean;
  guideDog: boolean;
}

/** What the Portal knows of a person's entitlement (the order carries it; a look-up returns it). */
export interface EligibilitySnapshot {
  category: DisabilityCategory;
  /** Last day the disability record applies (local date); null = set without re-examination. */
  validUntil: string | null;
  needs: PortalNeeds;
  companionEntitled: boolean;
  /** KATO of the akimat that pays for the rides. */
  payerKato: string;
}

/** The answer to an eligibility look-up. */
export type EligibilityAnswer =
  { registered: true; eligibility: EligibilitySnapshot } | { registered: false };

/** The vehicle serving a ride: what the rider looks for at the kerb and what it can carry. */
export interface PortalVehicle {
  plate: string;
  model: string;
  ramp: boolean;
  lift: boolean;
  wheelchairPlaces: number;
}

/**
 * A status change of a Portal order, sent Invataxi -> Portal. Nothing personal of the rider
 * (no IIN, name or phone); of the driver only the first name, so the rider can greet them.
 */
export interface PortalStatusUpdate {
  orderId: string;
  bookingId: string;
  status: BookingStatus;
  /** The booking's version: the Portal drops an update older than one it already has. */
  version: number;
  /** A reason code (refusal, hold, unassignment, cancellation) or null. */
  reason: string | null;
  /** The vehicle the ride stood on at this version; null before it is scheduled or after unassignment. */
  vehicle: PortalVehicle | null;
  /** The driver's first name, with the vehicle. */
  driver: { firstName: string } | null;
  plannedPickupAt: string | null;
  plannedDropoffAt: string | null;
  actualPickupAt: string | null;
  actualDropoffAt: string | null;
  /** When the vehicle is expected at the pickup; only while EN_ROUTE. */
  etaAt: string | null;
  /** Cancelled later before the pickup than the region's policy allows; false unless CANCELLED. */
  lateCancellation: boolean;
  changedAt: string;
}

export type PortalStatusAck = { accepted: true } | { accepted: false; stale: true; currentVersion: number };

export interface PortalActLine {
  kind: 'COMPLETED' | 'NO_SHOW';
  bookingId: string;
  portalOrderId: string | null;
  pickupAt: string | null;
  dropoffAt: string | null;
  plannedPickupAt: string | null;
  plannedMetres: number;
  actualMetres: number | null;
  /** The contract tariff the line was priced at (whole tenge). */
  tariffPerTrip: number;
  tariffPerKm: number;
  amountTenge: number;
}

/**
 * A monthly act for one provider and region, Invataxi -> Portal, as issued at approval: these
 * fields' canonical JSON are the bytes the akimat's signature covers.
 */
export interface PortalBillingAct {
  /** This version's id: every version of a period has its own. */
  actId: string;
  /** 1, then 2, 3, ... for each correction of the same provider, region and month. */
  actVersion: number;
  /** The version this one corrects and replaces; null for version 1. */
  supersedesActId: string | null;
  /** Why it was corrected; null for version 1. */
  correctionReason: string | null;
  providerBin: string;
  regionKato: string;
  /** YYYY-MM (local). */
  month: string;
  completedTrips: number;
  noShows: number;
  plannedMetres: number;
  actualMetres: number;
  amountTenge: number;
  lines: PortalActLine[];
}

/**
 * An act as handed to the Portal (pushed at submission, pulled on request): the act, and the
 * detached CMS signature (base64 DER) over the canonical JSON of `act` with the signer's
 * certificate (PEM). Both null when the platform runs without a signing key (development).
 */
export interface SignedBillingAct {
  act: PortalBillingAct;
  signature: string | null;
  certificate: string | null;
}

export type PortalPaymentStatus = 'PENDING' | 'PAID' | 'REJECTED';

export interface PortalActPayment {
  reference: string;
  status: PortalPaymentStatus;
  reason: string | null;
  paidAt: string | null;
}

/** Act statuses that the Portal's payment answer may still change. */
export const RECONCILABLE_ACT_STATUSES: readonly BillingActStatus[] = ['SUBMITTED'];
