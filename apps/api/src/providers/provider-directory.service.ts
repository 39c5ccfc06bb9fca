import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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
  CLOCK,
  type Clock,
} from '@invataxi/domain';
import {
  ProviderContractEntity,
  ProviderDirectoryRepository,
  ProviderEntity,
  ProviderServiceAreaEntity,
} from '@invataxi/persistence';
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

/** Reads of the registry: one provider, its contracts, and the region's overview. */
@Injectable()
export class ProviderDirectoryService {
  constructor(
    private readonly directory: ProviderDirectoryRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(ProviderEntity) private readonly providers: Repository<ProviderEntity>,
    @InjectRepository(ProviderServiceAreaEntity)
    private readonly areas: Repository<ProviderServiceAreaEntity>,
    @InjectRepository(ProviderContractEntity) private readonly contracts: Repository<ProviderContractEntity>,
  ) {}

  /** The region's providers with fleet size, wheelchair places, shifts today, trips this month. */
  async overview(p: Principal, now: Date = this.clock.now()): Promise<ProviderOverview[]> {
    // The ministry's analyst reads the whole country unless the token names a region.
    const national = p.role === 'MINISTRY_ANALYST' && !p.regionKato;
    if (!p.regionKato && !national) forbid('region');
    const today = localDateOf(now);
    const rows = await this.directory.overviewOfRegion(p.regionKato ? `${katoPrefix(p.regionKato)}%` : '%', {
      dayStart: localDateTimeToUtc(today, '00:00'),
      dayEnd: localDateTimeToUtc(addDaysToLocalDate(today, 1), '00:00'),
      monthStart: startOfLocalMonth(now),
      monthEnd: endOfLocalMonth(now),
      today,
    });
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
    const provider = await this.providers.findOneBy({ id: providerId });
    if (!provider) throw new DomainError('NOT_FOUND', { entity: 'provider', id: providerId });
    assertMayReadProvider(p, provider);
    const [area, contracts] = await Promise.all([
      this.areas.find({ where: { providerId } }),
      this.contracts.find({ where: { providerId }, order: { validFrom: 'ASC' } }),
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
