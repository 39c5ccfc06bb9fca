import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DomainError,
  checkBookingRequest,
  vehicleRequirement,
  type BookingChannel,
  type MobilityNeeds,
  type Reason,
  type TimeAnchor,
  type TripPurpose,
} from '@invataxi/domain';
import {
  BookingsRepository,
  type BeneficiaryEntity,
  type BookingAnswer,
  type BookingEntity,
  type PersonLoad,
  type UnitOfWork,
  BeneficiariesRepository,
} from '@invataxi/persistence';
import type { PolicyInForce } from './policy-reader';
import { eligibilityPersonOf } from './beneficiary-records';
import type { PlaceInput } from './booking.command';
import { DirectTravelEstimator } from './travel-estimate';

/** One ride to check and, when it passes, to write. */
export interface TripSpec {
  pickup: PlaceInput;
  dropoff: PlaceInput;
  timeAnchor: TimeAnchor;
  time: Date;
  purpose: TripPurpose;
  companions: number;
  mobility: MobilityNeeds;
  notes: string | null;
}

export interface PlaceArgs {
  beneficiary: BeneficiaryEntity;
  /**
   * The person's load for this trip's month when it was read with the person
   * (readPerson); otherwise place() reads it.
   */
  load?: PersonLoad;
  policy: PolicyInForce;
  channel: BookingChannel;
  bookedByUserId: string | null;
  portalOrderId?: string | null;
  trip: TripSpec;
  /** Trips this request takes from the month's quota (2 for a ride with its return in the same month). */
  tripsRequested?: number;
  returnOfBookingId?: string | null;
  /** A status reason that keeps the booking REQUESTED (issue 8: waiting for the Portal's eligibility answer). */
  hold?: string | null;
  seriesId?: string | null;
  seriesDate?: string | null;
  now: Date;
  /**
   * The request's Idempotency-Key and its answer from the booking, for a booking written alone
   * (transactInOneStatement): recorded in the booking's own statement.
   */
  answer?: BookingAnswer;
}

export type PlaceOutcome =
  | { ok: true; booking: BookingEntity }
  /** `asked`: what the refused trip was checked with (its direct travel, its vehicle needs). */
  | { ok: false; details: Reason[]; asked: RefusedAsk };

/** A refused trip's direct travel and vehicle needs as its check used them. */
export interface RefusedAsk {
  direct: { seconds: number; metres: number };
  mobility: MobilityNeeds;
}

/**
 * The core of booking, shared by the API (single rides, returns, a series' first occurrences)
 * and the dispatcher's series materialiser: the domain's checks against the person's month and
 * other rides, then the booking written by BookingsRepository.insertNew (ACCEPTED, audit, outbox fan-out to
 * dispatch, guarded by the person's booking_seq), in the caller's unit of work.
 */
@Injectable()
export class BookingWriter {
  constructor(
    private readonly beneficiaries: BeneficiariesRepository,
    private readonly travel: DirectTravelEstimator,
    private readonly bookings: BookingsRepository,
  ) {}

  /**
   * The person and their load for a trip at `time`, in one round trip and without a lock: what a
   * single ride's checks need before its INSERT (BookingsRepository.insertNew's guard makes it
   * race-free). `lock` first takes the person's row (FOR NO KEY UPDATE), then reads in a fresh
   * statement: for a caller that lost the race to other bookings for the same person and now
   * waits its turn.
   */
  async readPerson(
    m: EntityManager,
    beneficiaryId: string,
    time: Date,
    lock = false,
  ): Promise<{ person: BeneficiaryEntity; load: PersonLoad } | null> {
    if (lock && !(await this.beneficiaries.findById(m, beneficiaryId, 'no-key-update'))) return null;
    return this.bookings.personWithLoad(m, beneficiaryId, time);
  }

  async place(uow: UnitOfWork, a: PlaceArgs): Promise<PlaceOutcome> {
    const { beneficiary: person, policy, trip } = a;
    const direct = this.travel.estimate(trip.pickup, trip.dropoff, trip.time);
    // An unusable time is the domain's INVALID_TRIP_TIME; loadParams counts nothing then.
    const load = a.load ?? (await this.bookings.personLoad(uow.manager, person.id, trip.time));
    if (!load) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: person.id });
    const check = checkBookingRequest({
      now: a.now,
      policy: policy.rules,
      beneficiary: {
        ...eligibilityPersonOf(person),
        companionsEntitled: person.companionEntitled,
        suspendedUntil: person.suspendedUntil,
      },
      trip: {
        anchor: trip.timeAnchor,
        time: trip.time,
        purpose: trip.purpose,
        pickup: { kato: trip.pickup.kato, point: { lat: trip.pickup.lat, lon: trip.pickup.lon } },
        dropoff: { kato: trip.dropoff.kato, point: { lat: trip.dropoff.lat, lon: trip.dropoff.lon } },
        companions: trip.companions,
        mobility: trip.mobility,
        directTravelSeconds: direct.seconds,
      },
      tripsInMonth: load.inMonth,
      tripsRequested: a.tripsRequested ?? 1,
      otherBookings: load.others.map((o) => ({
        start: new Date(o.s),
        end: new Date(o.e),
        at: new Date(o.t),
      })),
    });
    if (!check.ok) return { ok: false, details: check.details, asked: { direct, mobility: trip.mobility } };

    const booking = await this.bookings.insertNew(
      uow,
      {
        beneficiaryId: person.id,
        bookedByUserId: a.bookedByUserId,
        channel: a.channel,
        portalOrderId: a.portalOrderId ?? null,
        regionKato: policy.regionKato,
        policyId: policy.id,
        pickupAddress: trip.pickup.address,
        pickupLat: trip.pickup.lat,
        pickupLon: trip.pickup.lon,
        pickupKato: trip.pickup.kato,
        dropoffAddress: trip.dropoff.address,
        dropoffLat: trip.dropoff.lat,
        dropoffLon: trip.dropoff.lon,
        dropoffKato: trip.dropoff.kato,
        timeAnchor: trip.timeAnchor,
        requestedTime: trip.time,
        purpose: trip.purpose,
        companions: trip.companions,
        mobility: trip.mobility,
        loadSeats: check.load.seats,
        loadWheelchairPlaces: check.load.wheelchairPlaces,
        stepFree: vehicleRequirement(trip.mobility).stepFree,
        needsLift: trip.mobility.needsLift,
        boardingSeconds: check.boardingSeconds,
        notes: trip.notes,
        returnOfBookingId: a.returnOfBookingId ?? null,
        seriesId: a.seriesId ?? null,
        seriesDate: a.seriesDate ?? null,
        pickupEarliest: check.windows.pickupEarliest,
        pickupLatest: check.windows.pickupLatest,
        dropoffEarliest: check.windows.dropoffEarliest,
        dropoffLatest: check.windows.dropoffLatest,
        maxRideSeconds: check.maxRideSeconds,
        directSeconds: direct.seconds,
        directMetres: direct.metres,
      },
      {
        hold: a.hold ?? null,
        requested: {
          channel: a.channel,
          // When it was asked, on the rules' clock (a demo's history plays on a moved one; the
          // row's created_at is this process's real time): the what-if replay judges it then.
          at: a.now.toISOString(),
          policyId: policy.id,
          policyVersion: policy.version,
          seriesId: a.seriesId ?? null,
          returnOfBookingId: a.returnOfBookingId ?? null,
        },
        bookingSeq: load.seq,
      },
      a.answer,
    );
    return { ok: true, booking };
  }
}
