import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProviderOrigin, ProviderStatus } from '@invataxi/domain';

/** One provider of the LEB officer's list, with its fleet, shifts, trips and contract in force. */
export interface ProviderOverviewRow {
  id: string;
  bin: string;
  legal_name: string;
  origin: ProviderOrigin;
  status: ProviderStatus;
  region_kato: string;
  service_area: string[];
  vehicles: number;
  active_vehicles: number;
  wheelchair_places: number;
  active_shifts_today: number;
  served_this_month: number;
  contract_reference: string | null;
  tariff_per_trip: number | null;
  tariff_per_km: number | null;
}

/** The bounds the overview counts in: today's shifts, this month's trips, the contract in force today. */
export interface OverviewPeriod {
  dayStart: Date;
  dayEnd: Date;
  monthStart: Date;
  monthEnd: Date;
  /** Local date (YYYY-MM-DD) a contract must be valid on. */
  today: string;
}

/**
 * The providers of the region with their fleet and work, in one statement: each figure is an
 * aggregate grouped by provider over the region's providers, joined once (no query per row).
 */
const OVERVIEW_SQL = `
  WITH mine AS (SELECT id FROM provider WHERE region_kato LIKE $1),
  area AS (
    SELECT provider_id, array_agg(kato_code::text ORDER BY kato_code) AS codes
    FROM provider_service_area WHERE provider_id IN (SELECT id FROM mine) GROUP BY provider_id
  ),
  fleet AS (
    SELECT v.provider_id,
           count(*)::int AS vehicles,
           (count(*) FILTER (WHERE v.status = 'ACTIVE'))::int AS active_vehicles,
           COALESCE(sum(GREATEST(v.wheelchair_places, COALESCE(
             (SELECT max((l->>'wheelchairPlaces')::int) FROM jsonb_array_elements(v.alternative_layouts) l), 0)))
             FILTER (WHERE v.status = 'ACTIVE'), 0)::int AS wheelchair_places
    FROM vehicle v WHERE v.provider_id IN (SELECT id FROM mine) GROUP BY v.provider_id
  ),
  today AS (
    SELECT provider_id, count(*)::int AS shifts
    FROM shift
    WHERE provider_id IN (SELECT id FROM mine) AND status IN ('PLANNED', 'ACTIVE')
      AND starts_at < $3 AND ends_at > $2
    GROUP BY provider_id
  ),
  served AS (
    SELECT s.provider_id, count(*)::int AS trips
    FROM booking b JOIN shift s ON s.id = b.shift_id
    WHERE s.provider_id IN (SELECT id FROM mine) AND b.status = 'COMPLETED'
      AND NOT EXISTS (SELECT 1 FROM status_anomaly a WHERE a.booking_id = b.id AND a.review <> 'CONFIRMED')
      AND COALESCE(b.actual_dropoff_at, b.updated_at) >= $4 AND COALESCE(b.actual_dropoff_at, b.updated_at) < $5
    GROUP BY s.provider_id
  ),
  contract AS (
    SELECT DISTINCT ON (provider_id) provider_id, reference, tariff_per_trip, tariff_per_km
    FROM provider_contract
    WHERE provider_id IN (SELECT id FROM mine)
      AND valid_from <= $6::date AND (valid_to IS NULL OR valid_to >= $6::date)
    ORDER BY provider_id, valid_from DESC
  )
  SELECT p.id, p.bin, p.legal_name, p.origin, p.status, p.region_kato,
         COALESCE(area.codes, '{}') AS service_area,
         COALESCE(fleet.vehicles, 0) AS vehicles,
         COALESCE(fleet.active_vehicles, 0) AS active_vehicles,
         COALESCE(fleet.wheelchair_places, 0) AS wheelchair_places,
         COALESCE(today.shifts, 0) AS active_shifts_today,
         COALESCE(served.trips, 0) AS served_this_month,
         contract.reference AS contract_reference, contract.tariff_per_trip, contract.tariff_per_km
  FROM provider p
  LEFT JOIN area ON area.provider_id = p.id
  LEFT JOIN fleet ON fleet.provider_id = p.id
  LEFT JOIN today ON today.provider_id = p.id
  LEFT JOIN served ON served.provider_id = p.id
  LEFT JOIN contract ON contract.provider_id = p.id
  WHERE p.id IN (SELECT id FROM mine)
  ORDER BY p.legal_name, p.id`;

/** The provider directory's reads: the region's overview for the LEB officer and the ministry. */
@Injectable()
export class ProviderDirectoryRepository {
  constructor(private readonly ds: DataSource) {}

  /** Providers registered under the KATO prefix (`%` for the whole country), by name. */
  overviewOfRegion(katoLikePattern: string, period: OverviewPeriod): Promise<ProviderOverviewRow[]> {
    return this.ds.query(OVERVIEW_SQL, [
      katoLikePattern,
      period.dayStart,
      period.dayEnd,
      period.monthStart,
      period.monthEnd,
      period.today,
    ]);
  }
}
