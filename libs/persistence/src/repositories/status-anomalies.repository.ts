import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { JsonObject } from '../entities/json';
import { ARRIVAL_REVIEW_CODES } from '@invataxi/domain';

/** A driver's status taken but flagged (issue 18), as the board lists it. */
export interface StatusAnomalyRow {
  id: string;
  bookingId: string;
  shiftId: string | null;
  status: string;
  code: string;
  params: JsonObject;
  reportedAt: Date;
  review: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  reviewedAt: Date | null;
  reviewNote: string | null;
  plannedPickupAt: Date | null;
  pickupEarliest: Date;
  pickupLatest: Date;
}

/** A flag about to be reviewed, with what the reviewer's scope is checked against. */
export interface AnomalyUnderReviewRow {
  id: string;
  bookingId: string;
  review: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  /** The status the driver reported, the flag's code, and the ride as it is now. */
  status: string;
  code: string;
  bookingStatus: string;
  bookingVersion: number;
  bookingRegion: string;
  providerId: string | null;
  startKato: string | null;
  providerRegion: string | null;
}

export interface NewStatusAnomaly {
  bookingId: string;
  shiftId: string | null;
  status: string;
  code: string;
  params: JsonObject;
  reportedAt: Date;
}

const ANOMALY_COLUMNS = `a.id, a.booking_id AS "bookingId", a.shift_id AS "shiftId", a.status, a.code, a.params,
  a.reported_at AS "reportedAt", a.review, a.reviewed_at AS "reviewedAt", a.review_note AS "reviewNote",
  b.planned_pickup_at AS "plannedPickupAt", b.pickup_earliest AS "pickupEarliest", b.pickup_latest AS "pickupLatest"`;

/**
 * Statuses a driver reported that may not be true: recorded with the report, listed on the
 * board, confirmed or rejected by a dispatcher; billing leaves out the rides with a flag not
 * confirmed (BillingActsRepository.ridesToBill).
 */
@Injectable()
export class StatusAnomaliesRepository {
  constructor(private readonly ds: DataSource) {}

  async record(m: EntityManager, rows: readonly NewStatusAnomaly[]): Promise<void> {
    for (const r of rows)
      await m.query(
        `INSERT INTO status_anomaly (booking_id, shift_id, status, code, params, reported_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [r.bookingId, r.shiftId, r.status, r.code, JSON.stringify(r.params), r.reportedAt],
      );
  }

  /** The flags of the rides on these shifts, the ones waiting for a dispatcher first. */
  ofShifts(shiftIds: readonly string[]): Promise<StatusAnomalyRow[]> {
    if (shiftIds.length === 0) return Promise.resolve([]);
    return this.ds.query(
      `SELECT ${ANOMALY_COLUMNS} FROM status_anomaly a JOIN booking b ON b.id = a.booking_id
        WHERE b.shift_id = ANY($1::uuid[])
        ORDER BY (a.review = 'PENDING') DESC, a.reported_at, a.id`,
      [shiftIds],
    );
  }

  /** The flags of one ride, the earliest first. */
  ofBooking(m: EntityManager, bookingId: string): Promise<StatusAnomalyRow[]> {
    return m.query(
      `SELECT ${ANOMALY_COLUMNS} FROM status_anomaly a JOIN booking b ON b.id = a.booking_id
        WHERE a.booking_id = $1 ORDER BY a.reported_at, a.id`,
      [bookingId],
    );
  }

  /**
   * True while an ARRIVED reported far from the pickup waits for a dispatcher: the rider is not
   * told "the vehicle is at the door" on the driver's word alone, and their page keeps "on its
   * way" (issue 18). A rejected one took the ride back to EN_ROUTE; a later arrival is news again.
   */
  async arrivalUnderReview(m: EntityManager, bookingId: string): Promise<boolean> {
    return (await this.arrivalsUnderReview(m, [bookingId])).has(bookingId);
  }

  /** Of these bookings, the ones whose arrival waits for a dispatcher (see arrivalUnderReview). */
  async arrivalsUnderReview(m: EntityManager, bookingIds: readonly string[]): Promise<Set<string>> {
    if (bookingIds.length === 0) return new Set();
    const rows: { bookingId: string }[] = await m.query(
      `SELECT DISTINCT booking_id AS "bookingId" FROM status_anomaly
        WHERE booking_id = ANY($1) AND status = 'ARRIVED' AND code = ANY($2) AND review = 'PENDING'`,
      [bookingIds, ARRIVAL_REVIEW_CODES],
    );
    return new Set(rows.map((r) => r.bookingId));
  }

  /** The flag, locked, with the shift its ride is on (for the reviewer's scope). */
  async forReview(m: EntityManager, id: string): Promise<AnomalyUnderReviewRow | null> {
    const rows: AnomalyUnderReviewRow[] = await m.query(
      `SELECT a.id, a.booking_id AS "bookingId", a.review, a.status, a.code, b.status AS "bookingStatus",
              b.version AS "bookingVersion", b.region_kato AS "bookingRegion", s.provider_id AS "providerId",
              s.start_kato AS "startKato", p.region_kato AS "providerRegion"
         FROM status_anomaly a JOIN booking b ON b.id = a.booking_id
         LEFT JOIN shift s ON s.id = COALESCE(a.shift_id, b.shift_id)
         LEFT JOIN provider p ON p.id = s.provider_id
        WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Records the dispatcher's decision on a flag still waiting for one; false when it was not. */
  async review(
    m: EntityManager,
    id: string,
    decision: 'CONFIRMED' | 'REJECTED',
    userId: string,
    note: string | null,
    at: Date,
  ): Promise<boolean> {
    // An UPDATE answers [rows, count].
    const res: [unknown[], number] = await m.query(
      `UPDATE status_anomaly SET review = $2, reviewed_by_user_id = $3, review_note = $4, reviewed_at = $5
        WHERE id = $1 AND review = 'PENDING' RETURNING id`,
      [id, decision, userId, note, at],
    );
    return res[0].length > 0;
  }
}
