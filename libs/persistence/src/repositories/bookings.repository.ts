import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  NON_FINAL_STATUSES,
  QUOTA_COUNTED_STATUSES,
  assertTransition,
  endOfLocalMonth,
  startOfLocalMonth,
} from '@invataxi/domain';
import { BeneficiaryEntity } from '../entities/beneficiary.entity';
import { BookingEntity } from '../entities/booking.entity';
import type { JsonObject } from '../entities/json';
import { PersonBookingsChanged, recordTransition } from '../booking-transition';
import { hydrate, queryPrepared } from '../rows';
import type { KeyedRequest, UnitOfWork } from '../unit-of-work';

/** What the booking use case decides about a new booking: everything but its lifecycle columns. */
export type NewBooking = Pick<
  BookingEntity,
  | 'beneficiaryId'
  | 'bookedByUserId'
  | 'channel'
  | 'portalOrderId'
  | 'regionKato'
  | 'policyId'
  | 'pickupAddress'
  | 'pickupLat'
  | 'pickupLon'
  | 'pickupKato'
  | 'dropoffAddress'
  | 'dropoffLat'
  | 'dropoffLon'
  | 'dropoffKato'
  | 'timeAnchor'
  | 'requestedTime'
  | 'purpose'
  | 'companions'
  | 'mobility'
  | 'loadSeats'
  | 'loadWheelchairPlaces'
  | 'stepFree'
  | 'needsLift'
  | 'boardingSeconds'
  | 'notes'
  | 'returnOfBookingId'
  | 'seriesId'
  | 'seriesDate'
  | 'pickupEarliest'
  | 'pickupLatest'
  | 'dropoffEarliest'
  | 'dropoffLatest'
  | 'maxRideSeconds'
  | 'directSeconds'
  | 'directMetres'
>;

/** A lone booking's Idempotency-Key: recorded in the booking's own statement, with the answer made from the row. */
export interface BookingAnswer {
  keyed: KeyedRequest;
  respond: (booking: BookingEntity) => unknown;
}

/**
 * booking's columns in the INSERT's order, with the row's value for each: every column is
 * given, so the stored row is known before it is written (the answer recorded with it) and the
 * INSERT need not return it.
 */
const INSERT_COLUMNS: readonly [column: string, value: (b: BookingEntity) => unknown][] = [
  ['id', (b) => b.id],
  ['beneficiary_id', (b) => b.beneficiaryId],
  ['booked_by_user_id', (b) => b.bookedByUserId],
  ['channel', (b) => b.channel],
  ['portal_order_id', (b) => b.portalOrderId],
  ['region_kato', (b) => b.regionKato],
  ['policy_id', (b) => b.policyId],
  ['pickup_address', (b) => b.pickupAddress],
  ['pickup_lat', (b) => b.pickupLat],
  ['pickup_lon', (b) => b.pickupLon],
  ['pickup_kato', (b) => b.pickupKato],
  ['dropoff_address', (b) => b.dropoffAddress],
  ['dropoff_lat', (b) => b.dropoffLat],
  ['dropoff_lon', (b) => b.dropoffLon],
  ['dropoff_kato', (b) => b.dropoffKato],
  ['time_anchor', (b) => b.timeAnchor],
  ['requested_time', (b) => b.requestedTime],
  ['purpose', (b) => b.purpose],
  ['companions', (b) => b.companions],
  ['mobility', (b) => JSON.stringify(b.mobility)],
  ['load_seats', (b) => b.loadSeats],
  ['load_wheelchair_places', (b) => b.loadWheelchairPlaces],
  ['step_free', (b) => b.stepFree],
  ['needs_lift', (b) => b.needsLift],
  ['boarding_seconds', (b) => b.boardingSeconds],
  ['notes', (b) => b.notes],
  ['return_of_booking_id', (b) => b.returnOfBookingId],
  ['series_id', (b) => b.seriesId],
  ['series_date', (b) => b.seriesDate],
  ['status', (b) => b.status],
  ['status_reason', (b) => b.statusReason],
  ['pickup_earliest', (b) => b.pickupEarliest],
  ['pickup_latest', (b) => b.pickupLatest],
  ['dropoff_earliest', (b) => b.dropoffEarliest],
  ['dropoff_latest', (b) => b.dropoffLatest],
  ['max_ride_seconds', (b) => b.maxRideSeconds],
  ['direct_seconds', (b) => b.directSeconds],
  ['direct_metres', (b) => b.directMetres],
  ['shift_id', (b) => b.shiftId],
  ['confirmed_to_driver', (b) => b.confirmedToDriver],
  ['planned_pickup_at', (b) => b.plannedPickupAt],
  ['planned_dropoff_at', (b) => b.plannedDropoffAt],
  ['arrived_at', (b) => b.arrivedAt],
  ['actual_pickup_at', (b) => b.actualPickupAt],
  ['actual_dropoff_at', (b) => b.actualDropoffAt],
  ['actual_metres', (b) => b.actualMetres],
  ['cancelled_at', (b) => b.cancelledAt],
  ['cancelled_by_user_id', (b) => b.cancelledByUserId],
  ['late_cancellation', (b) => b.lateCancellation],
  ['no_show_forgiven_at', (b) => b.noShowForgivenAt],
  ['no_show_forgiven_reason', (b) => b.noShowForgivenReason],
  ['procurement_request_id', (b) => b.procurementRequestId],
  ['created_at', (b) => b.createdAt],
  ['updated_at', (b) => b.updatedAt],
  ['version', (b) => b.version],
];

const N = INSERT_COLUMNS.length;

/**
 * The booking, inserted once per row of the CTE `seq` (the person's booking_seq moved on only
 * while it still had the value the checks read with): $1..$N the row, $N+1 the person, $N+2
 * that booking_seq.
 */
const INSERT_GUARDED = `INSERT INTO booking (${INSERT_COLUMNS.map(([c]) => c).join(', ')})
  SELECT ${INSERT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')} FROM seq RETURNING id`;
const SEQ_GUARD = `seq AS (
  UPDATE beneficiary SET booking_seq = booking_seq + 1
   WHERE id = $${N + 1} AND booking_seq = $${N + 2}
  RETURNING 1)`;

/** What the quota and overlap checks count, and the person's booking_seq they were read at. */
export interface PersonLoad {
  seq: number;
  inMonth: number;
  /** Their live rides near the trip: requested time, earliest pick-up, latest drop-off (ISO). */
  others: { t: string; s: string; e: string }[];
}

const DAY_MS = 86_400_000;

/**
 * The person's trips counted in the trip's local month and their live rides near it (a day
 * either side covers any ride that could overlap it), with their booking_seq, as SELECT columns
 * over the beneficiary row `b`; parameters $2..$7 (loadParams). One snapshot, so the counts and
 * the seq agree; insertNew's guard then catches any booking made after it.
 */
const LOAD_COLUMNS = `b.booking_seq AS load_seq,
  (SELECT count(*)::int FROM booking
    WHERE beneficiary_id = b.id AND status = ANY($2) AND requested_time >= $3 AND requested_time < $4) AS load_in_month,
  COALESCE((SELECT json_agg(json_build_object('t', requested_time, 's', pickup_earliest, 'e', dropoff_latest))
    FROM booking
    WHERE beneficiary_id = b.id AND status = ANY($5) AND requested_time > $6 AND requested_time < $7), '[]'::json) AS load_others`;

/** LOAD_COLUMNS' parameters for a trip at `time`; an unusable time counts nothing. */
function loadParams(time: Date): unknown[] {
  if (!Number.isFinite(time.getTime())) return [[], null, null, [], null, null];
  return [
    QUOTA_COUNTED_STATUSES,
    startOfLocalMonth(time),
    endOfLocalMonth(time),
    NON_FINAL_STATUSES,
    new Date(time.getTime() - DAY_MS),
    new Date(time.getTime() + DAY_MS),
  ];
}

interface LoadRow {
  load_seq: number;
  load_in_month: number;
  load_others: PersonLoad['others'];
}

function loadOf(row: LoadRow): PersonLoad {
  return { seq: row.load_seq, inMonth: row.load_in_month, others: row.load_others };
}

/**
 * What the booking hot path reads and writes by hand: the person with their load, and the new
 * booking (status changes: transitionBooking).
 */
@Injectable()
export class BookingsRepository {
  /** The person and their load for a trip at `time`, in one statement (one snapshot), no lock. */
  async personWithLoad(
    m: EntityManager,
    beneficiaryId: string,
    time: Date,
  ): Promise<{ person: BeneficiaryEntity; load: PersonLoad } | null> {
    const rows = await queryPrepared<Record<string, unknown> & LoadRow>(
      m,
      `SELECT b.*, ${LOAD_COLUMNS} FROM beneficiary b WHERE b.id = $1`,
      [beneficiaryId, ...loadParams(time)],
    );
    const row = rows[0];
    return row ? { person: hydrate(m, BeneficiaryEntity, row), load: loadOf(row) } : null;
  }

  /** The person's load for a trip at `time`, read now (it sees the caller's transaction's own bookings); null: no such person. */
  async personLoad(m: EntityManager, beneficiaryId: string, time: Date): Promise<PersonLoad | null> {
    const rows = await queryPrepared<LoadRow>(
      m,
      `SELECT ${LOAD_COLUMNS} FROM beneficiary b WHERE b.id = $1`,
      [beneficiaryId, ...loadParams(time)],
    );
    return rows[0] ? loadOf(rows[0]) : null;
  }

  /**
   * A new booking, REQUESTED (audited with `requested`), and at once ACCEPTED unless it is held.
   * The history is what insert + transitionBooking would leave (v1 REQUESTED, v2 ACCEPTED, two
   * audit rows, the fan-out of v2), written in ONE statement: the person's booking_seq guard,
   * the booking, its audit and outbox rows (UnitOfWork.flushWith) and, given `answer`, the
   * request's Idempotency-Key with the answer. Booking is the hot path: run alone
   * (transactInOneStatement) that statement needs no BEGIN and no COMMIT, and the guard stands
   * in for holding the person's row lock from the read on, so a booking is two round trips
   * (read, write) where a transaction with a lock, a re-read and an UPDATE took six.
   *
   * `bookingSeq` is the person's beneficiary.booking_seq read together with what the checks
   * counted (their month, their other rides): two bookings checked against the same month
   * cannot both land (the quota's last trip, an overlap). A miss throws PersonBookingsChanged
   * with nothing written.
   */
  async insertNew(
    uow: UnitOfWork,
    values: NewBooking,
    opts: { hold: string | null; requested: JsonObject; bookingSeq: number },
    answer?: BookingAnswer,
  ): Promise<BookingEntity> {
    const accept = opts.hold === null;
    if (accept) assertTransition('REQUESTED', 'ACCEPTED');
    // The id and timestamps are chosen here so the row is known before it is written: this
    // process's clock, the same host's where they run together; later updates stamp the
    // database's.
    const now = new Date();
    const row = Object.assign(new BookingEntity(), {
      ...values,
      id: randomUUID(),
      status: accept ? 'ACCEPTED' : 'REQUESTED',
      statusReason: accept ? null : opts.hold,
      shiftId: null,
      confirmedToDriver: false,
      plannedPickupAt: null,
      plannedDropoffAt: null,
      arrivedAt: null,
      actualPickupAt: null,
      actualDropoffAt: null,
      actualMetres: null,
      cancelledAt: null,
      cancelledByUserId: null,
      lateCancellation: false,
      noShowForgivenAt: null,
      // Written only by a no-show and its dispute, never at insert (not in INSERT_COLUMNS).
      noShowEvidence: null,
      noShowDisputeUntil: null,
      noShowDisputedAt: null,
      noShowDisputeText: null,
      noShowDisputeDecision: null,
      noShowDisputeDecidedAt: null,
      noShowDisputeDecidedBy: null,
      noShowDisputeReason: null,
      noShowDisputeNote: null,
      noShowForgivenReason: null,
      procurementRequestId: null,
      createdAt: now,
      updatedAt: now,
      version: accept ? 2 : 1,
    } satisfies Omit<
      BookingEntity,
      'beneficiary' | 'region' | 'policy' | 'returnOf' | 'series' | 'shift' | 'procurementRequest'
    >);
    uow.audit({
      action: 'booking.requested',
      entityType: 'booking',
      entityId: row.id,
      after: { status: 'REQUESTED', ...opts.requested },
    });
    if (accept)
      recordTransition(
        uow,
        {
          id: row.id,
          status: 'REQUESTED',
          version: 1,
          shiftId: null,
          statusReason: null,
          plannedPickupAt: null,
          plannedDropoffAt: null,
          actualPickupAt: null,
          actualDropoffAt: null,
        },
        row,
      );
    // Only a lone write records the key itself; a transaction records it at commit (transact).
    const key =
      answer && uow.alone && !answer.keyed.answered && !answer.keyed.done
        ? { keyed: answer.keyed, answer: JSON.stringify(answer.respond(row)) ?? 'null' }
        : undefined;
    const params = [...INSERT_COLUMNS.map(([, value]) => value(row)), values.beneficiaryId, opts.bookingSeq];
    const stored = await uow.flushWith<{ id: string }>(INSERT_GUARDED, params, SEQ_GUARD, key);
    if (stored.length === 0) throw new PersonBookingsChanged(values.beneficiaryId);
    return row;
  }
}
