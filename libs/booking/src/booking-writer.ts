import { Injectable } from '@nestjs/common';
import {
  NON_FINAL_STATUSES,
  QUOTA_COUNTED_STATUSES,
  checkBookingRequest,
  endOfLocalMonth,
  needsFromMobility,
  nominalInterval,
  startOfLocalMonth,
  type BookingChannel,
  type MobilityNeeds,
  type Reason,
  type TimeAnchor,
  type TripPurpose,
} from '@invataxi/domain';
import {
  createBooking,
  queryPrepared,
  type BookingEntity,
  type BeneficiaryEntity,
  type UnitOfWork,
} from '@invataxi/persistence';
import type { PolicyInForce } from './policy-reader';
import { needsOf } from './beneficiary-records';
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
  /** Read with the row lock held (loadBeneficiary 'no-key-update'): quota and overlap are then race-free. */
  beneficiary: BeneficiaryEntity;
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
}

export type PlaceOutcome = { ok: true; booking: BookingEntity } | { ok: false; details: Reason[] };

interface PersonLoad {
  in_month: string;
  others: { a: TimeAnchor; t: string; d: number; b: number }[];
}

const DAY_MS = 86_400_000;

/**
 * The core of booking, shared by the API (single rides, returns, a series' first occurrences)
 * and the dispatcher's series materialiser: the domain's checks against the person's month and
 * other rides, then the row as REQUESTED and its move to ACCEPTED through transitionBooking
 * (audit + outbox fan-out to dispatch), all in the caller's transaction.
 */
@Injectable()
export class BookingWriter {
  constructor(private readonly travel: DirectTravelEstimator) {}

  async place(uow: UnitOfWork, a: PlaceArgs): Promise<PlaceOutcome> {
    const { beneficiary: person, policy, trip } = a;
    const direct = this.travel.estimate(trip.pickup, trip.dropoff, trip.time);
    // An unusable time is the domain's INVALID_TRIP_TIME; there is no month to count then.
    const load = Number.isFinite(trip.time.getTime())
      ? await this.personLoad(uow, person.id, trip.time)
      : { in_month: '0', others: [] };
    const check = checkBookingRequest({
      now: a.now,
      policy: policy.rules,
      beneficiary: {
        birthDate: person.birthDate,
        disability: {
          category: person.disabilityCategory,
          validFrom: null,
          validUntil: person.disabilityValidUntil,
        },
        needs: [...needsOf(person), ...needsFromMobility(person.mobility, null)],
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
      tripsInMonth: Number(load.in_month),
      tripsRequested: a.tripsRequested ?? 1,
      otherBookings: load.others.map((o) =>
        nominalInterval({ anchor: o.a, time: new Date(o.t), directTravelSeconds: o.d, boardingSeconds: o.b }),
      ),
    });
    if (!check.ok) return { ok: false, details: check.details };

    const booking = await createBooking(
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
        needsRamp: trip.mobility.needsRamp,
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
          policyId: policy.id,
          policyVersion: policy.version,
          seriesId: a.seriesId ?? null,
          returnOfBookingId: a.returnOfBookingId ?? null,
        },
      },
    );
    return { ok: true, booking };
  }

  /**
   * The person's trips counted in the trip's local month, and their live rides near the trip
   * (a day either side covers any ride that could overlap it): one round trip.
   */
  private async personLoad(uow: UnitOfWork, beneficiaryId: string, time: Date): Promise<PersonLoad> {
    const rows = (await queryPrepared(
      uow.manager,
      `SELECT
         (SELECT count(*) FROM booking
           WHERE beneficiary_id = $1 AND status = ANY($2) AND requested_time >= $3 AND requested_time < $4) AS in_month,
         COALESCE((SELECT json_agg(json_build_object('a', time_anchor, 't', requested_time, 'd', direct_seconds, 'b', boarding_seconds))
           FROM booking
           WHERE beneficiary_id = $1 AND status = ANY($5) AND requested_time > $6 AND requested_time < $7), '[]'::json) AS others`,
      [
        beneficiaryId,
        QUOTA_COUNTED_STATUSES,
        startOfLocalMonth(time),
        endOfLocalMonth(time),
        NON_FINAL_STATUSES,
        new Date(time.getTime() - DAY_MS),
        new Date(time.getTime() + DAY_MS),
      ],
    )) as PersonLoad[];
    return rows[0] as PersonLoad;
  }
}
