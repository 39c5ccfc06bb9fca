import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import { forbid } from '@invataxi/auth';
import {
  addDaysToLocalDate,
  DomainError,
  katoPrefix,
  localDateOf,
  localDateTimeToUtc,
  startOfLocalMonth,
  endOfLocalMonth,
  type ProviderOrigin,
  type ProviderStatus,
} from '@invataxi/domain';
import { ProviderContractEntity, ProviderEntity, ProviderServiceAreaEntity } from '@invataxi/persistence';
import { assertMayReadProvider } from './provider-scope';

export interface ContractView {
  id: string;
  reference: string;
  tariffPerTrip: number;
  tariffPerKm: number;
  validFrom: string;
  validTo: string | null;
}

export interface ProviderView {
  id: string;
  bin: string;
  legalName: string;
  contacts: Record<string, string>;
  origin: ProviderOrigin;
  contractReference: string | null;
  regionKato: string;
  status: ProviderStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  serviceArea: string[];
  contracts: ContractView[];
  version: number;
}

/** One line of the LEB officer's list: the provider and what it runs. */
export interface ProviderOverview {
  id: string;
  bin: string;
  legalName: string;
  origin: ProviderOrigin;
  status: ProviderStatus;
  regionKato: string;
  serviceArea: string[];
  vehicles: number;
  activeVehicles: number;
  /** Wheelchair places of ACTIVE vehicles, each in its layout with the most. */
  wheelchairPlaces: number;
  activeShiftsToday: number;
  bookingsServedThisMonth: number;
  currentContract: { reference: string; tariffPerTrip: number; tariffPerKm: number } | null;
}

interface OverviewRow {
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

/** Reads of the registry: one provider, its contracts, and the region's overview. */
@Injectable()
export class ProviderDirectoryService {
  constructor(private readonly ds: DataSource) {}

  /** The region's providers with fleet size, wheelchair places, shifts today, trips this month. */
  async overview(p: Principal, now: Date = new Date()): Promise<ProviderOverview[]> {
    // The ministry's analyst reads the whole country unless the token names a region.
    const national = p.role === 'MINISTRY_ANALYST' && !p.regionKato;
    if (!p.regionKato && !national) forbid('region');
    const today = localDateOf(now);
    const dayStart = localDateTimeToUtc(today, '00:00');
    const dayEnd = localDateTimeToUtc(addDaysToLocalDate(today, 1), '00:00');
    const rows = (await this.ds.query(OVERVIEW_SQL, [
      p.regionKato ? `${katoPrefix(p.regionKato)}%` : '%',
      dayStart,
      dayEnd,
      startOfLocalMonth(now),
      endOfLocalMonth(now),
      today,
    ])) as OverviewRow[];
    return rows.map((r) => ({
      id: r.id,
      bin: r.bin,
      legalName: r.legal_name,
      origin: r.origin,
      status: r.status,
      regionKato: r.region_kato,
      serviceArea: r.service_area.map((c) => c.trim()),
      vehicles: r.vehicles,
      activeVehicles: r.active_vehicles,
      wheelchairPlaces: r.wheelchair_places,
      activeShiftsToday: r.active_shifts_today,
      bookingsServedThisMonth: r.served_this_month,
      currentContract:
        r.contract_reference !== null
          ? {
              reference: r.contract_reference,
              tariffPerTrip: r.tariff_per_trip ?? 0,
              tariffPerKm: r.tariff_per_km ?? 0,
            }
          : null,
    }));
  }

  async get(p: Principal, providerId: string): Promise<ProviderView> {
    const provider = await this.ds.getRepository(ProviderEntity).findOneBy({ id: providerId });
    if (!provider) throw new DomainError('NOT_FOUND', { entity: 'provider', id: providerId });
    assertMayReadProvider(p, provider);
    const [area, contracts] = await Promise.all([
      this.ds.getRepository(ProviderServiceAreaEntity).find({ where: { providerId } }),
      this.ds
        .getRepository(ProviderContractEntity)
        .find({ where: { providerId }, order: { validFrom: 'ASC' } }),
    ]);
    return {
      id: provider.id,
      bin: provider.bin,
      legalName: provider.legalName,
      contacts: provider.contacts,
      origin: provider.origin,
      contractReference: provider.contractReference,
      regionKato: provider.regionKato,
      status: provider.status,
      statusReason: provider.statusReason,
      statusChangedAt: provider.statusChangedAt,
      serviceArea: area.map((a) => a.katoCode).sort(),
      contracts: contracts.map((c) => ({
        id: c.id,
        reference: c.reference,
        tariffPerTrip: c.tariffPerTrip,
        tariffPerKm: c.tariffPerKm,
        validFrom: c.validFrom,
        validTo: c.validTo,
      })),
      version: provider.version,
    };
  }
}
