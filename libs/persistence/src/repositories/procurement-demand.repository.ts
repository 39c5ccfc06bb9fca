import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TripPurpose } from '@invataxi/domain';

/** A booking waiting for procurement, with what the demand figures need of it. */
export interface AwaitingProcurementRow {
  id: string;
  beneficiary_id: string;
  pickup_kato: string;
  purpose: TripPurpose;
  created_at: Date;
  pickup_latest: Date;
  direct_metres: number;
  load_wheelchair_places: number;
  series_id: string | null;
  /** The request the booking is linked to, if any, and its status. */
  procurement_request_id: string | null;
  request_status: string | null;
}

/**
 * A request of the region that is buying, or has bought, a service not yet running (issue 20):
 * SUBMITTED, PUBLISHED, or AWARDED while its supplier has had no shift yet (onboarding) and its
 * period is not over. Waiting rides its area covers are attached to it, not to a new DRAFT.
 */
export interface LiveRequestRow {
  id: string;
  status: string;
  uncovered_kato: string[];
}

/** An ACTIVE recurring series, its dates as YYYY-MM-DD. */
export interface ActiveSeriesRow {
  id: string;
  weekdays: number[];
  local_time: string;
  from_date: string;
  to_date: string;
}

/**
 * What the procurement fallback's demand aggregation reads and writes: the region's waiting
 * bookings, whether a place is served by a provider with shifts, the series and contract
 * tariffs behind the figures, the link of bookings to their request.
 */
@Injectable()
export class ProcurementDemandRepository {
  constructor(private readonly ds: DataSource) {}

  /** The region's AWAITING_PROCUREMENT bookings in id order, locked for the caller's transaction. */
  lockAwaitingOfRegion(m: EntityManager, regionKato: string): Promise<AwaitingProcurementRow[]> {
    return m.query(
      `SELECT b.id, b.beneficiary_id, b.pickup_kato, b.purpose, b.created_at, b.pickup_latest,
              b.direct_metres, b.load_wheelchair_places, b.series_id, b.procurement_request_id,
              r.status AS request_status
         FROM booking b LEFT JOIN procurement_request r ON r.id = b.procurement_request_id
        WHERE b.region_kato = $1 AND b.status = 'AWAITING_PROCUREMENT'
        ORDER BY b.id
        FOR UPDATE OF b`,
      [regionKato],
    );
  }

  /**
   * Does an ACTIVE provider whose area lists one of `coveringCodes` have a shift planned or
   * running that is not over at `now`?
   */
  async servedWithShifts(m: EntityManager, coveringCodes: readonly string[], now: Date): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM provider_service_area a
         JOIN provider p ON p.id = a.provider_id AND p.status = 'ACTIVE'
        WHERE a.kato_code = ANY($1::char(9)[])
          AND EXISTS (SELECT 1 FROM shift s WHERE s.provider_id = p.id
                       AND s.status IN ('PLANNED', 'ACTIVE') AND s.ends_at > $2)
        LIMIT 1`,
      [coveringCodes, now],
    );
    return rows.length > 0;
  }

  /** The region's live requests (LiveRequestRow), oldest first; `today` a local date. */
  liveRequestsOfRegion(m: EntityManager, regionKato: string, today: string): Promise<LiveRequestRow[]> {
    return m.query(
      `SELECT r.id, r.status, r.uncovered_kato FROM procurement_request r
        WHERE r.region_kato = $1
          AND (r.status IN ('SUBMITTED', 'PUBLISHED')
               OR (r.status = 'AWARDED' AND r.period_end >= $2::date
                   AND NOT EXISTS (SELECT 1 FROM shift s WHERE s.provider_id = r.awarded_provider_id)))
        ORDER BY r.created_at, r.id`,
      [regionKato, today],
    );
  }

  /**
   * Beneficiaries registered (residence) in the places: each place a KATO prefix (katoPrefix),
   * so a district counts its settlements.
   */
  async eligiblePeople(m: EntityManager, placePrefixes: readonly string[]): Promise<number> {
    if (placePrefixes.length === 0) return 0;
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM beneficiary WHERE residence_kato LIKE ANY($1::text[])`,
      [placePrefixes.map((p) => `${p}%`)],
    );
    return rows[0]?.n ?? 0;
  }

  /**
   * The share of the region's registered beneficiaries who booked a ride served or being served
   * (not waiting for procurement, not expired) since `since`; null when the region has no such
   * rides or nobody registered (no history to tell).
   */
  async regionRidersShare(m: EntityManager, regionKato: string, since: Date): Promise<number | null> {
    const rows: { riders: number; people: number }[] = await m.query(
      `SELECT (SELECT count(DISTINCT b.beneficiary_id)::int FROM booking b
                WHERE b.region_kato = $1 AND b.created_at >= $3
                  AND b.status NOT IN ('AWAITING_PROCUREMENT', 'EXPIRED')) AS riders,
              (SELECT count(*)::int FROM beneficiary WHERE residence_kato LIKE $2) AS people`,
      [regionKato, `${regionKato.slice(0, 2)}%`, since],
    );
    const r = rows[0];
    if (!r || r.riders === 0 || r.people === 0) return null;
    return Math.min(1, r.riders / r.people);
  }

  /** Links the bookings to the request. Not a status change: no version bump. */
  async linkToRequest(m: EntityManager, requestId: string, bookingIds: readonly string[]): Promise<void> {
    await m.query(
      `UPDATE booking SET procurement_request_id = $1
        WHERE id = ANY($2::uuid[]) AND procurement_request_id IS DISTINCT FROM $1`,
      [requestId, bookingIds],
    );
  }

  /** Those of the series that are ACTIVE. */
  activeSeries(m: EntityManager, seriesIds: readonly string[]): Promise<ActiveSeriesRow[]> {
    return m.query(
      `SELECT id, weekdays, local_time, to_char(from_date, 'YYYY-MM-DD') AS from_date,
              to_char(to_date, 'YYYY-MM-DD') AS to_date
         FROM booking_series WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
      [seriesIds],
    );
  }

  /** The tariffs of the contracts valid on `today` (YYYY-MM-DD) of the region's ACTIVE providers. */
  tariffsInForce(
    m: EntityManager,
    regionKato: string,
    today: string,
  ): Promise<{ tariff_per_trip: number; tariff_per_km: number }[]> {
    return m.query(
      `SELECT c.tariff_per_trip, c.tariff_per_km FROM provider_contract c
         JOIN provider p ON p.id = c.provider_id
        WHERE p.region_kato = $1 AND p.status = 'ACTIVE'
          AND c.valid_from <= $2::date AND (c.valid_to IS NULL OR c.valid_to >= $2::date)`,
      [regionKato, today],
    );
  }

  /**
   * Regions whose waiting bookings have something to do at `now`: not yet in a request, now
   * served by a provider with shifts, or past their time (at most 1,000).
   */
  async regionsWithAwaitingWork(now: Date): Promise<string[]> {
    const rows: { region_kato: string }[] = await this.ds.query(
      `SELECT DISTINCT b.region_kato FROM booking b
        WHERE b.status = 'AWAITING_PROCUREMENT'
          AND (b.procurement_request_id IS NULL
               OR b.pickup_latest <= $1
               OR EXISTS (
                 SELECT 1 FROM provider_service_area a
                   JOIN provider p ON p.id = a.provider_id AND p.status = 'ACTIVE'
                  WHERE a.kato_code IN (b.pickup_kato,
                                        rpad(substr(b.pickup_kato, 1, 2), 9, '0'),
                                        rpad(substr(b.pickup_kato, 1, 4), 9, '0'),
                                        rpad(substr(b.pickup_kato, 1, 6), 9, '0'))
                    AND EXISTS (SELECT 1 FROM shift s WHERE s.provider_id = p.id
                                 AND s.status IN ('PLANNED', 'ACTIVE') AND s.ends_at > $1)))
        LIMIT 1000`,
      [now],
    );
    return rows.map((r) => r.region_kato.trim());
  }
}
