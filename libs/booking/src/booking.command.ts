import type { Principal } from '@invataxi/auth';
import type {
  NoShowForgiveReason,
  NoShowDisputeRejection,
  BookingChannel,
  BookingStatus,
  MobilityNeeds,
  NoShowEvidence,
  Role,
  StaffChangeReason,
  TimeAnchor,
  TripPurpose,
} from '@invataxi/domain';
import { staffDisplayName } from '@invataxi/domain';
import type { BookingEntity, BookingSeriesEntity, RiderContactRow } from '@invataxi/persistence';

export interface PlaceInput {
  address: string;
  lat: number;
  lon: number;
  kato: string;
}

/** The return leg: the same places the other way round, same purpose, companions and needs. */
export interface ReturnTripInput {
  timeAnchor: TimeAnchor;
  /** For a single booking: the instant. */
  time?: Date;
  /** For a series: the local time on each occurrence's date, 'HH:MM'. */
  localTime?: string;
  notes?: string | null;
}

/** Weekdays + local time + date range (e.g. haemodialysis Mon/Wed/Fri 07:30 for three months). */
export interface RecurrenceInput {
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  weekdays: number[];
  /** Local time of the anchor, 'HH:MM'. */
  localTime: string;
  /** Local dates, inclusive. */
  fromDate: string;
  toDate: string;
}

/**
 * Book a ride (issue 3). The API's controller, the Portal adapter and the seeder all call
 * BookingService.create with this. Exactly one of `time` (a single ride) or `recurrence` (a
 * series) is given.
 */
export interface CreateBookingCommand {
  /** Who acts: their scope decides for whom they may book. */
  actor: Principal;
  requestId?: string;
  beneficiaryId: string;
  /** Derived from the actor's role when omitted (channelFor). */
  channel?: BookingChannel;
  portalOrderId?: string | null;
  pickup: PlaceInput;
  dropoff: PlaceInput;
  timeAnchor: TimeAnchor;
  time?: Date;
  purpose: TripPurpose;
  companions: number;
  /** Needs for this ride; the person's profile when omitted. */
  mobility?: MobilityNeeds;
  notes?: string | null;
  returnTrip?: ReturnTripInput;
  recurrence?: RecurrenceInput;
}

export interface TimeWindowsView {
  pickupEarliest: string;
  pickupLatest: string;
  dropoffEarliest: string;
  dropoffLatest: string;
}

export interface BookingView {
  id: string;
  beneficiaryId: string;
  bookedByUserId: string | null;
  channel: BookingChannel;
  portalOrderId: string | null;
  status: BookingStatus;
  statusReason: string | null;
  version: number;
  regionKato: string;
  policyId: string | null;
  pickup: PlaceInput;
  dropoff: PlaceInput;
  timeAnchor: TimeAnchor;
  requestedTime: string;
  purpose: TripPurpose;
  companions: number;
  mobility: MobilityNeeds;
  notes: string | null;
  windows: TimeWindowsView;
  maxRideSeconds: number;
  directSeconds: number;
  directMetres: number;
  returnOfBookingId: string | null;
  seriesId: string | null;
  seriesDate: string | null;
  shiftId: string | null;
  plannedPickupAt: string | null;
  plannedDropoffAt: string | null;
  cancelledAt: string | null;
  lateCancellation: boolean;
  noShowForgivenAt: string | null;
  /** A no-show's evidence and its dispute (issue 23); null unless the ride is a no-show. */
  noShow: NoShowView | null;
  /** Why the no-show was forgiven (the LEB officer's reason); null while it is not. */
  noShowForgivenReason: NoShowForgiveReason | null;
  /**
   * In a person's ride list (the phone desk's history) only: why staff changed the ride, when it
   * was replaced by a change (read from the change's audit entry).
   */
  changeReason?: StaffChangeReason;
  /**
   * In a dispatcher's search only (issue 23): who rides (surname and initials) and the phone to
   * call them on. Every ride a search returns is in the dispatcher's scope.
   */
  rider?: { name: string; phone: string | null };
  createdAt: string;
}

/** What the vehicle's pings showed, and the rider's dispute with its decision. */
export interface NoShowView {
  /** Null for a no-show recorded before evidence was required (issue 23). */
  evidence: NoShowEvidence | null;
  /**
   * The last local day (YYYY-MM-DD) the rider may dispute it (the region's noShowDisputeDays from
   * the day it was recorded); null for a no-show recorded before the deadline existed.
   */
  disputeUntil: string | null;
  disputedAt: string | null;
  disputeText: string | null;
  decision: 'UPHELD' | 'REJECTED' | null;
  decidedAt: string | null;
  /** A rejected dispute: why, as a code (NO_SHOW_DISPUTE_REJECTIONS). */
  decisionReason: NoShowDisputeRejection | null;
  /** The decider's own words to the rider, if any. */
  decisionNote: string | null;
}

export interface SeriesView {
  id: string;
  beneficiaryId: string;
  weekdays: number[];
  localTime: string;
  fromDate: string;
  toDate: string;
  status: 'ACTIVE' | 'ENDED' | 'CANCELLED';
  materialisedUntil: string | null;
  version: number;
}

/**
 * A ride as its booking's answer gives it. `awaitingProvider`: no ACTIVE provider's service area
 * covers its pickup place when it is booked, the test dispatch makes first (DispatchJobs), so the
 * ride will wait for the provider the akimat procures rather than get a vehicle; the rider is
 * told so at once, not "finding a vehicle" (walk t25 M4).
 */
export interface BookedRideView extends BookingView {
  awaitingProvider: boolean;
}

export interface CreateBookingResult {
  /** The bookings created now: the ride (and its return), or a series' first occurrences. */
  bookings: BookedRideView[];
  series: SeriesView | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function bookingView(b: BookingEntity): BookingView {
  return {
    id: b.id,
    beneficiaryId: b.beneficiaryId,
    bookedByUserId: b.bookedByUserId,
    channel: b.channel,
    portalOrderId: b.portalOrderId,
    status: b.status,
    statusReason: b.statusReason,
    version: b.version,
    regionKato: b.regionKato,
    policyId: b.policyId,
    pickup: { address: b.pickupAddress, lat: b.pickupLat, lon: b.pickupLon, kato: b.pickupKato },
    dropoff: { address: b.dropoffAddress, lat: b.dropoffLat, lon: b.dropoffLon, kato: b.dropoffKato },
    timeAnchor: b.timeAnchor,
    requestedTime: b.requestedTime.toISOString(),
    purpose: b.purpose,
    companions: b.companions,
    mobility: b.mobility,
    notes: b.notes,
    windows: {
      pickupEarliest: b.pickupEarliest.toISOString(),
      pickupLatest: b.pickupLatest.toISOString(),
      dropoffEarliest: b.dropoffEarliest.toISOString(),
      dropoffLatest: b.dropoffLatest.toISOString(),
    },
    maxRideSeconds: b.maxRideSeconds,
    directSeconds: b.directSeconds,
    directMetres: b.directMetres,
    returnOfBookingId: b.returnOfBookingId,
    seriesId: b.seriesId,
    seriesDate: b.seriesDate,
    shiftId: b.shiftId,
    plannedPickupAt: iso(b.plannedPickupAt),
    plannedDropoffAt: iso(b.plannedDropoffAt),
    cancelledAt: iso(b.cancelledAt),
    lateCancellation: b.lateCancellation,
    noShowForgivenAt: iso(b.noShowForgivenAt),
    noShow:
      b.status === 'NO_SHOW'
        ? {
            evidence: b.noShowEvidence,
            disputeUntil: b.noShowDisputeUntil,
            disputedAt: iso(b.noShowDisputedAt),
            disputeText: b.noShowDisputeText,
            decision:
              b.noShowDisputeDecision === 'UPHELD' || b.noShowDisputeDecision === 'REJECTED'
                ? b.noShowDisputeDecision
                : null,
            decidedAt: iso(b.noShowDisputeDecidedAt),
            decisionReason: b.noShowDisputeReason,
            decisionNote: b.noShowDisputeNote,
          }
        : null,
    noShowForgivenReason: b.noShowForgivenReason,
    createdAt: b.createdAt.toISOString(),
  };
}

export function seriesView(s: BookingSeriesEntity): SeriesView {
  return {
    id: s.id,
    beneficiaryId: s.beneficiaryId,
    weekdays: s.weekdays,
    localTime: s.localTime,
    fromDate: s.fromDate,
    toDate: s.toDate,
    status: s.status,
    materialisedUntil: s.materialisedUntil,
    version: s.version,
  };
}

/** The channel a booking came through follows from who booked it. */
export function channelFor(role: Role): BookingChannel {
  switch (role) {
    case 'BENEFICIARY':
    case 'GUARDIAN':
      return 'APP';
    case 'PORTAL':
      return 'PORTAL';
    default:
      return 'PHONE';
  }
}

/** Names the riders of these rides (surname and initials) with their phone, for staff in scope. */
export function withRiders(items: BookingView[], riders: readonly RiderContactRow[]): BookingView[] {
  const byId = new Map(riders.map((r) => [r.id, r]));
  for (const b of items) {
    const r = byId.get(b.id);
    if (r) b.rider = { name: staffDisplayName(r.fullName), phone: r.phone };
  }
  return items;
}
