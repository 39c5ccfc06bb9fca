// The figure a ministry analyst asks for first (issue 7): unmet demand by region and district
// over time (bookings that had to wait for procurement, how long they waited, how it ended) and
// the procurement requests with their state. Counts and codes only: no person appears here.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import { DomainError, isValidLocalDate, localDateTimeToUtc, addDaysToLocalDate } from '@invataxi/domain';
import { listPrefix } from './procurement-scope';

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

export interface UnmetDemandReport {
  from: string;
  to: string;
  byDistrictAndMonth: UnmetDemandRow[];
  waitingNow: WaitingNowRow[];
  requests: RequestStateRow[];
  requestsByStatus: { regionKato: string; status: string; count: number }[];
}

/** A district code of a KATO code: its first four digits (AB CD), padded. */
const DISTRICT_SQL = (col: string): string => `rpad(substr(${col}, 1, 4), 9, '0')`;
/** Local time of Kazakhstan (UTC+5 since 1 March 2024). */
const LOCAL = (col: string): string => `(${col} AT TIME ZONE 'UTC' + interval '5 hours')`;

@Injectable()
export class ProcurementReportsService {
  constructor(private readonly ds: DataSource) {}

  async unmetDemand(
    p: Principal,
    q: { from: string; to: string; regionKato?: string; limit?: number },
  ): Promise<UnmetDemandReport> {
    if (!isValidLocalDate(q.from) || !isValidLocalDate(q.to) || q.to < q.from)
      throw DomainError.validation([
        { field: 'to', code: 'OUT_OF_RANGE', message: 'from and to are local dates, from <= to' },
      ]);
    const prefix = listPrefix(p, q.regionKato);
    const start = localDateTimeToUtc(q.from, '00:00');
    const end = localDateTimeToUtc(addDaysToLocalDate(q.to, 1), '00:00');
    const len = prefix?.length ?? 0;
    // When a booking started waiting and how the wait ended come from the audit log: each
    // status change writes one row (transitionBooking), so the history is exact.
    const byDistrict: Record<string, unknown>[] = await this.ds.query(
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
      [start, end, prefix, len],
    );
    const waitingNow: Record<string, unknown>[] = await this.ds.query(
      `SELECT b.region_kato AS "regionKato", ${DISTRICT_SQL('b.pickup_kato')} AS "districtKato",
              count(*)::int AS waiting,
              round(max(extract(epoch FROM now() - b.created_at) / 86400)::numeric, 2)::float AS "oldestDaysWaited"
         FROM booking b
        WHERE b.status = 'AWAITING_PROCUREMENT' AND ($1::text IS NULL OR left(b.region_kato, $2) = $1)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [prefix, len],
    );
    const requests: Record<string, unknown>[] = await this.ds.query(
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
      [prefix, len, start, end, q.limit ?? 500],
    );
    const byStatus: Record<string, unknown>[] = await this.ds.query(
      `SELECT region_kato AS "regionKato", status, count(*)::int AS count FROM procurement_request
        WHERE ($1::text IS NULL OR left(region_kato, $2) = $1) GROUP BY 1, 2 ORDER BY 1, 2`,
      [prefix, len],
    );
    const trim = <T extends Record<string, unknown>>(r: T): T => {
      for (const k of ['regionKato', 'districtKato'] as const)
        if (typeof r[k] === 'string') (r as Record<string, unknown>)[k] = (r[k] as string).trim();
      return r;
    };
    return {
      from: q.from,
      to: q.to,
      byDistrictAndMonth: byDistrict.map(trim) as unknown as UnmetDemandRow[],
      waitingNow: waitingNow.map(trim) as unknown as WaitingNowRow[],
      requests: requests.map(trim) as unknown as RequestStateRow[],
      requestsByStatus: byStatus.map(trim) as unknown as {
        regionKato: string;
        status: string;
        count: number;
      }[],
    };
  }
}
