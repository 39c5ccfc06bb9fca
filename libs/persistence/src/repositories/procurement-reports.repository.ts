// Unmet demand as the ministry's analyst reads it: counts and codes only, no person appears here.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { districtOfSql } from './kato-place.sql';

export interface UnmetDemandRow {
  regionKato: string;
  districtKato: string;
  /** Local month the bookings started waiting, YYYY-MM. */
  month: string;
  enteredAwaiting: number;
  stillWaiting: number;
  servedAfterProcurement: number;
  expired: number;
  cancelled: number;
  avgDaysWaited: number;
  maxDaysWaited: number;
}

export interface WaitingNowRow {
  regionKato: string;
  districtKato: string;
  waiting: number;
  oldestDaysWaited: number;
}

export interface RequestStateRow {
  id: string;
  regionKato: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  method: string | null;
  waitingBookings: number;
  beneficiaries: number;
  estimatedBudgetTenge: number;
  awardedPriceTenge: number | null;
  submittedAt: Date | null;
  createdAt: Date;
}

export interface RequestsByStatusRow {
  regionKato: string;
  status: string;
  count: number;
}

/** The district of a place, in the one convention of every answer (kato-place.sql.ts). */
const DISTRICT_SQL = districtOfSql;
/** Local time of Kazakhstan (UTC+5 since 1 March 2024). */
const LOCAL = (col: string): string => `(${col} AT TIME ZONE 'UTC' + interval '5 hours')`;

/** The unmet-demand report's statements, each over a region's KATO prefix (null: the country). */
@Injectable()
export class ProcurementReportsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Bookings that started waiting for procurement in [start, end), by region, district and local
   * month, with how the wait ended. When a booking started waiting and how the wait ended come
   * from the audit log: each status change writes one row (transitionBooking), so the history is exact.
   */
  waitsByDistrictAndMonth(prefix: string | null, start: Date, end: Date): Promise<UnmetDemandRow[]> {
    return this.ds.query(
      `WITH entered AS (
       SELECT a.entity_id::uuid AS booking_id, min(a.at) AS at
         FROM audit_log a
        WHERE a.entity_type = 'booking' AND a.action = 'booking.awaiting_procurement'
          AND a.at >= $1 AND a.at < $2
        GROUP BY a.entity_id
     ), waits AS (
       SELECT e.booking_id, e.at AS entered_at, b.region_kato, ${DISTRICT_SQL('b.pickup_kato')} AS district_kato,
              b.status, x.at AS left_at, x.action AS left_action
         FROM entered e
         JOIN booking b ON b.id = e.booking_id
         LEFT JOIN LATERAL (
           SELECT l.at, l.action FROM audit_log l
            WHERE l.entity_type = 'booking' AND l.entity_id = e.booking_id::text AND l.at > e.at
              AND l.action IN ('booking.accepted', 'booking.expired', 'booking.cancelled')
            ORDER BY l.at LIMIT 1) x ON true
        WHERE ($3::text IS NULL OR left(b.region_kato, $4) = $3)
     )
     SELECT region_kato AS "regionKato", district_kato AS "districtKato",
            to_char(${LOCAL('entered_at')}, 'YYYY-MM') AS month,
            count(*)::int AS "enteredAwaiting",
            (count(*) FILTER (WHERE left_at IS NULL AND status = 'AWAITING_PROCUREMENT'))::int AS "stillWaiting",
            (count(*) FILTER (WHERE left_action = 'booking.accepted'))::int AS "servedAfterProcurement",
            (count(*) FILTER (WHERE left_action = 'booking.expired'))::int AS expired,
            (count(*) FILTER (WHERE left_action = 'booking.cancelled'))::int AS cancelled,
            round(avg(extract(epoch FROM coalesce(left_at, now()) - entered_at) / 86400)::numeric, 2)::float AS "avgDaysWaited",
            round(max(extract(epoch FROM coalesce(left_at, now()) - entered_at) / 86400)::numeric, 2)::float AS "maxDaysWaited"
       FROM waits
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3`,
      [start, end, prefix, prefix?.length ?? 0],
    );
  }

  /** Bookings waiting for procurement now, by region and district. */
  waitingNow(prefix: string | null): Promise<WaitingNowRow[]> {
    return this.ds.query(
      `SELECT b.region_kato AS "regionKato", ${DISTRICT_SQL('b.pickup_kato')} AS "districtKato",
            count(*)::int AS waiting,
            round(max(extract(epoch FROM now() - b.created_at) / 86400)::numeric, 2)::float AS "oldestDaysWaited"
       FROM booking b
      WHERE b.status = 'AWAITING_PROCUREMENT' AND ($1::text IS NULL OR left(b.region_kato, $2) = $1)
      GROUP BY 1, 2 ORDER BY 1, 2`,
      [prefix, prefix?.length ?? 0],
    );
  }

  /** Requests still open, or changed since start, created before end; the newest first. */
  requestsInPeriod(prefix: string | null, start: Date, end: Date, limit: number): Promise<RequestStateRow[]> {
    return this.ds.query(
      `SELECT r.id, r.region_kato AS "regionKato", to_char(r.period_start, 'YYYY-MM-DD') AS "periodStart",
            to_char(r.period_end, 'YYYY-MM-DD') AS "periodEnd", r.status, r.method,
            coalesce((r.demand->>'waitingBookings')::int, 0) AS "waitingBookings",
            coalesce((r.demand->>'beneficiaries')::int, 0) AS beneficiaries,
            r.estimated_budget_tenge::float AS "estimatedBudgetTenge",
            r.awarded_price_tenge::float AS "awardedPriceTenge", r.submitted_at AS "submittedAt", r.created_at AS "createdAt"
       FROM procurement_request r
      WHERE ($1::text IS NULL OR left(r.region_kato, $2) = $1)
        AND r.created_at < $4 AND (r.status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED') OR r.updated_at >= $3)
      ORDER BY r.created_at DESC LIMIT $5`,
      [prefix, prefix?.length ?? 0, start, end, limit],
    );
  }

  requestsByStatus(prefix: string | null): Promise<RequestsByStatusRow[]> {
    return this.ds.query(
      `SELECT region_kato AS "regionKato", status, count(*)::int AS count FROM procurement_request
      WHERE ($1::text IS NULL OR left(region_kato, $2) = $1) GROUP BY 1, 2 ORDER BY 1, 2`,
      [prefix, prefix?.length ?? 0],
    );
  }
}
