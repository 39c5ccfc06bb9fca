import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  DomainError,
  isValidKato,
  isValidLocalDate,
  katoCovers,
  katoRegion,
  katoWithinAny,
  validateBin,
  type FieldError,
  type ProviderOrigin,
  type ProviderStatus,
} from '@invataxi/domain';
import {
  InjectDataSource,
  ProviderContractEntity,
  ProviderEntity,
  ProviderServiceAreaEntity,
  PlannedWorkRepository,
  ProviderContractsRepository,
  transact,
  type UnitOfWork,
} from '@invataxi/persistence';
import { assertActsForRegion, type RegistryActor } from './acting';
import { coverageChanged, capacityAdded } from './capacity-messages';
import { asConflict, conflict } from './db-conflict';

export interface ContractTerms {
  reference: string;
  /** Whole tenge. */
  tariffPerTrip: number;
  tariffPerKm: number;
  /** Local dates YYYY-MM-DD; validTo null or absent: open-ended. */
  validFrom: string;
  validTo?: string | null;
}

export interface RegisterProviderCommand {
  bin: string;
  legalName: string;
  contacts?: Record<string, string>;
  origin: ProviderOrigin;
  /** The procurement contract the provider came from (required for PROCUREMENT_CONTRACT). */
  contractReference?: string | null;
  /** KATO codes: settlements, districts or the whole region, all inside `regionKato`. */
  serviceArea: readonly string[];
  /** The owning region; defaults to the officer's region. Required when the system acts. */
  regionKato?: string;
  contract?: ContractTerms;
}

export interface UpdateProviderCommand {
  legalName?: string;
  contacts?: Record<string, string>;
  serviceArea?: readonly string[];
}

export interface ChangeProviderStatusCommand {
  status: ProviderStatus;
  reason: string;
}

export interface RegisteredProvider {
  providerId: string;
  /** The contract registered with it, if the command had one. */
  contractId: string | null;
}

export interface ProviderChange {
  providerId: string;
  status: ProviderStatus;
  version: number;
  /** Bookings sent back to dispatch by this change. */
  sentBackToDispatch: string[];
}

/** Reason codes written to bookings sent back to dispatch (the dispatcher sees why). */
export const SEND_BACK_REASON = {
  SUSPENDED: 'PROVIDER_SUSPENDED',
  TERMINATED: 'PROVIDER_TERMINATED',
  SERVICE_AREA_REDUCED: 'SERVICE_AREA_REDUCED',
} as const;

function contractErrors(c: ContractTerms, prefix: string): FieldError[] {
  const out: FieldError[] = [];
  if (!isValidLocalDate(c.validFrom)) out.push({ field: `${prefix}validFrom`, code: 'INVALID_DATE' });
  if (c.validTo != null && !isValidLocalDate(c.validTo))
    out.push({ field: `${prefix}validTo`, code: 'INVALID_DATE' });
  else if (c.validTo != null && c.validTo < c.validFrom)
    out.push({
      field: `${prefix}validTo`,
      code: 'BEFORE_VALID_FROM',
      message: 'validTo must not be before validFrom',
    });
  for (const k of ['tariffPerTrip', 'tariffPerKm'] as const)
    if (!Number.isInteger(c[k]) || c[k] < 0)
      out.push({
        field: `${prefix}${k}`,
        code: 'WHOLE_TENGE',
        message: `${k} must be whole tenge, not negative`,
      });
  return out;
}

function areaErrors(codes: readonly string[], regionKato: string): FieldError[] {
  const out: FieldError[] = [];
  if (codes.length === 0) out.push({ field: 'serviceArea', code: 'REQUIRED' });
  codes.forEach((code, i) => {
    if (!isValidKato(code)) out.push({ field: `serviceArea[${i}]`, code: 'INVALID_KATO' });
    else if (!katoCovers(regionKato, code))
      out.push({ field: `serviceArea[${i}]`, code: 'OUTSIDE_REGION', message: 'must lie inside the region' });
  });
  return out;
}

/**
 * The provider registry of a region (issue 4): register, change, suspend, reinstate, terminate,
 * contracts and tariffs. Used by the API for the LEB officer and by the procurement worker
 * (acting as the system) to onboard an awarded supplier: the one place a provider is registered.
 */
@Injectable()
export class ProviderRegistryService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly plannedWork: PlannedWorkRepository,
    private readonly contracts: ProviderContractsRepository,
  ) {}

  /** Registers a provider in its own transaction. */
  async register(command: RegisterProviderCommand, actor: RegistryActor): Promise<RegisteredProvider> {
    return transact(this.ds, actor, (uow) => this.registerIn(uow, command, actor));
  }

  /** The same, inside the caller's transaction (procurement: award -> onboard -> re-route at once). */
  async registerIn(
    uow: UnitOfWork,
    command: RegisterProviderCommand,
    actor: RegistryActor,
  ): Promise<RegisteredProvider> {
    const regionKato =
      command.regionKato ??
      (actor.role !== 'SYSTEM' && actor.regionKato ? katoRegion(actor.regionKato) : null);
    if (!regionKato || !isValidKato(regionKato) || katoRegion(regionKato) !== regionKato)
      throw DomainError.validation([
        { field: 'regionKato', code: 'REQUIRED', message: 'a region KATO code' },
      ]);
    // Scope first: an officer of another region learns nothing about the request's faults.
    assertActsForRegion(actor, regionKato);
    for (const code of command.serviceArea) if (isValidKato(code)) assertActsForRegion(actor, code);

    const errors: FieldError[] = [];
    const bin = validateBin(command.bin);
    if (!bin.valid) errors.push({ field: 'bin', code: `BIN_${bin.reason}` });
    if (command.origin === 'PROCUREMENT_CONTRACT' && !command.contractReference?.trim())
      errors.push({
        field: 'contractReference',
        code: 'REQUIRED',
        message: 'required for a procurement contract',
      });
    errors.push(...areaErrors(command.serviceArea, regionKato));
    if (command.contract) errors.push(...contractErrors(command.contract, 'contract.'));
    if (errors.length) throw DomainError.validation(errors);

    const m = uow.manager;
    // One registration per company and akimat: the same BIN may be registered in another region
    // too (a company serving two akimats is ordinary), never twice in one.
    if (await m.existsBy(ProviderEntity, { bin: command.bin, regionKato }))
      throw conflict('PROVIDER_BIN_EXISTS', 'bin');
    const provider = await m.save(
      m.create(ProviderEntity, {
        bin: command.bin,
        legalName: command.legalName.trim(),
        contacts: command.contacts ?? {},
        origin: command.origin,
        contractReference: command.contractReference?.trim() || null,
        regionKato,
        status: 'ACTIVE',
        statusReason: null,
        statusChangedAt: new Date(),
      }),
    );
    const area = [...new Set(command.serviceArea)];
    await m.insert(
      ProviderServiceAreaEntity,
      area.map((katoCode) => ({ providerId: provider.id, katoCode })),
    );
    let contractId: string | null = null;
    if (command.contract) contractId = await this.insertContract(uow, provider.id, command.contract);
    uow.audit({
      action: 'provider.registered',
      entityType: 'provider',
      entityId: provider.id,
      after: {
        bin: provider.bin,
        origin: provider.origin,
        regionKato,
        serviceArea: area,
        status: provider.status,
        contractId,
      },
    });
    uow.enqueue(coverageChanged(regionKato, 'provider', provider.id, 'v', provider.version));
    return { providerId: provider.id, contractId };
  }

  /** Changes name, contacts or service area. A smaller area sends the rides it no longer covers back. */
  async update(
    providerId: string,
    command: UpdateProviderCommand,
    actor: RegistryActor,
  ): Promise<ProviderChange> {
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const p = await this.lockProvider(uow, providerId, actor, { live: true });
      let sent: string[] = [];
      const before = await this.areaOf(uow, p.id);
      let after = before;
      if (command.serviceArea) {
        for (const code of command.serviceArea) if (isValidKato(code)) assertActsForRegion(actor, code);
        const errors = areaErrors(command.serviceArea, p.regionKato);
        if (errors.length) throw DomainError.validation(errors);
        after = [...new Set(command.serviceArea)].sort();
        await m.delete(ProviderServiceAreaEntity, { providerId: p.id });
        await m.insert(
          ProviderServiceAreaEntity,
          after.map((katoCode) => ({ providerId: p.id, katoCode })),
        );
        sent = await this.sendBackUncovered(uow, p.id, after);
      }
      await m.update(
        ProviderEntity,
        { id: p.id },
        {
          ...(command.legalName !== undefined ? { legalName: command.legalName.trim() } : {}),
          ...(command.contacts !== undefined ? { contacts: command.contacts } : {}),
          // Touch the row so the version moves with an area-only change too.
          updatedAt: new Date(),
        },
      );
      const updated = await m.findOneByOrFail(ProviderEntity, { id: p.id });
      uow.audit({
        action: 'provider.updated',
        entityType: 'provider',
        entityId: p.id,
        before: { serviceArea: before, version: p.version },
        after: {
          serviceArea: after,
          version: updated.version,
          legalNameChanged: command.legalName !== undefined,
          contactsChanged: command.contacts !== undefined,
          sentBackToDispatch: sent.length,
        },
      });
      if (command.serviceArea) {
        uow.enqueue(coverageChanged(p.regionKato, 'provider', p.id, 'v', updated.version));
        uow.enqueue(
          capacityAdded(p.regionKato, 'SERVICE_AREA_CHANGED', 'provider', p.id, 'v', updated.version),
        );
      }
      return { providerId: p.id, status: updated.status, version: updated.version, sentBackToDispatch: sent };
    });
  }

  /**
   * ACTIVE <-> SUSPENDED, either -> TERMINATED (final). Suspending or terminating sends every
   * booking planned on the provider's shifts back to dispatch; a terminated provider's planned
   * shifts are cancelled. With coverage lost, ACCEPTED bookings without another provider are
   * turned over to procurement by dispatch, and the region's demand is recomputed.
   */
  async changeStatus(
    providerId: string,
    command: ChangeProviderStatusCommand,
    actor: RegistryActor,
  ): Promise<ProviderChange> {
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const p = await this.lockProvider(uow, providerId, actor, { live: true });
      if (p.status === command.status) throw conflict('STATUS_UNCHANGED');
      await m.update(
        ProviderEntity,
        { id: p.id, version: p.version },
        { status: command.status, statusReason: command.reason.trim(), statusChangedAt: new Date() },
      );
      const updated = await m.findOneByOrFail(ProviderEntity, { id: p.id });
      let sent: string[] = [];
      let cancelledShifts = 0;
      if (command.status !== 'ACTIVE') {
        const reason = SEND_BACK_REASON[command.status];
        const moved = await this.plannedWork.sendBackToDispatch(
          uow,
          { kind: 'provider', providerId: p.id },
          { reason },
        );
        sent = moved.map((b) => b.bookingId);
        if (command.status === 'TERMINATED') {
          cancelledShifts = await this.plannedWork.cancelPlannedShiftsOfProvider(m, p.id, reason);
        }
        // Waitlisted bookings of the region are retried: with this provider gone the dispatcher
        // re-checks coverage and hands what nobody covers to the procurement fallback.
        uow.enqueue(capacityAdded(p.regionKato, reason, 'provider', p.id, 'v', updated.version));
      } else {
        uow.enqueue(
          capacityAdded(p.regionKato, 'PROVIDER_REINSTATED', 'provider', p.id, 'v', updated.version),
        );
      }
      uow.enqueue(coverageChanged(p.regionKato, 'provider', p.id, 'v', updated.version));
      uow.audit({
        action: `provider.${command.status.toLowerCase()}`,
        entityType: 'provider',
        entityId: p.id,
        before: { status: p.status, version: p.version },
        after: {
          status: updated.status,
          version: updated.version,
          sentBackToDispatch: sent.length,
          cancelledShifts,
        },
      });
      return { providerId: p.id, status: updated.status, version: updated.version, sentBackToDispatch: sent };
    });
  }

  /** A contract and tariff; periods of one provider never overlap (409). */
  async addContract(
    providerId: string,
    terms: ContractTerms,
    actor: RegistryActor,
  ): Promise<{ contractId: string }> {
    return transact(this.ds, actor, (uow) => this.addContractIn(uow, providerId, terms, actor));
  }

  /** The same, inside the caller's transaction (procurement: a known supplier's awarded contract). */
  async addContractIn(
    uow: UnitOfWork,
    providerId: string,
    terms: ContractTerms,
    actor: RegistryActor,
  ): Promise<{ contractId: string }> {
    // A terminated provider is final: no new contract (it could not serve it).
    const p = await this.lockProvider(uow, providerId, actor, { live: true });
    const errors = contractErrors(terms, '');
    if (errors.length) throw DomainError.validation(errors);
    const contractId = await this.insertContract(uow, p.id, terms);
    uow.audit({
      action: 'provider.contract_added',
      entityType: 'provider_contract',
      entityId: contractId,
      after: {
        providerId: p.id,
        reference: terms.reference,
        tariffPerTrip: terms.tariffPerTrip,
        tariffPerKm: terms.tariffPerKm,
        validFrom: terms.validFrom,
        validTo: terms.validTo ?? null,
      },
    });
    return { contractId };
  }

  /**
   * Whether one of the provider's contracts covers a day of the period (local dates; validTo null:
   * open-ended). Procurement asks first: a supplier already under contract for the dates keeps it.
   */
  async contractOverlaps(
    uow: UnitOfWork,
    providerId: string,
    validFrom: string,
    validTo: string | null,
  ): Promise<boolean> {
    return this.contracts.overlapsPeriod(uow.manager, providerId, validFrom, validTo);
  }

  private async insertContract(uow: UnitOfWork, providerId: string, c: ContractTerms): Promise<string> {
    const m = uow.manager;
    // Checked here for a clear answer; the exclusion constraint still decides under races.
    if (await this.contractOverlaps(uow, providerId, c.validFrom, c.validTo ?? null))
      throw conflict('CONTRACT_PERIOD_OVERLAP');
    try {
      const row = await m.save(
        m.create(ProviderContractEntity, {
          providerId,
          reference: c.reference.trim(),
          tariffPerTrip: c.tariffPerTrip,
          tariffPerKm: c.tariffPerKm,
          validFrom: c.validFrom,
          validTo: c.validTo ?? null,
        }),
      );
      return row.id;
    } catch (e) {
      throw asConflict(e, { ex_provider_contract_overlap: 'CONTRACT_PERIOD_OVERLAP' });
    }
  }

  /** The company's first registration by BIN (it may hold one per region), if any. */
  async findByBin(
    bin: string,
  ): Promise<{ providerId: string; regionKato: string; status: ProviderStatus } | null> {
    const p = await this.ds
      .getRepository(ProviderEntity)
      .findOne({ where: { bin }, order: { createdAt: 'ASC' } });
    return p ? { providerId: p.id, regionKato: p.regionKato, status: p.status } : null;
  }

  /**
   * Adds codes to a provider's service area, keeping the ones it has (procurement: a known
   * supplier won a lot for another district). New coverage: the waitlist is retried.
   */
  async extendServiceArea(
    providerId: string,
    codes: readonly string[],
    actor: RegistryActor,
    uow?: UnitOfWork,
  ): Promise<{ serviceArea: string[] }> {
    const work = async (u: UnitOfWork): Promise<{ serviceArea: string[] }> => {
      const p = await this.lockProvider(u, providerId, actor);
      for (const code of codes) if (isValidKato(code)) assertActsForRegion(actor, code);
      const errors = areaErrors(codes, p.regionKato);
      if (errors.length) throw DomainError.validation(errors);
      if (p.status === 'TERMINATED') throw conflict('PROVIDER_TERMINATED');
      const before = await this.areaOf(u, p.id);
      const added = [...new Set(codes)].filter((c) => !before.includes(c));
      if (added.length === 0) return { serviceArea: before };
      await u.manager.insert(
        ProviderServiceAreaEntity,
        added.map((katoCode) => ({ providerId: p.id, katoCode })),
      );
      await u.manager.update(ProviderEntity, { id: p.id }, { updatedAt: new Date() });
      const updated = await u.manager.findOneByOrFail(ProviderEntity, { id: p.id });
      const after = [...before, ...added].sort();
      u.audit({
        action: 'provider.area_extended',
        entityType: 'provider',
        entityId: p.id,
        before: { serviceArea: before, version: p.version },
        after: { serviceArea: after, version: updated.version },
      });
      u.enqueue(coverageChanged(p.regionKato, 'provider', p.id, 'v', updated.version));
      u.enqueue(capacityAdded(p.regionKato, 'SERVICE_AREA_EXTENDED', 'provider', p.id, 'v', updated.version));
      return { serviceArea: after };
    };
    return uow ? work(uow) : transact(this.ds, actor, work);
  }

  /**
   * The provider's row, locked, once the actor may act for its region; `live`: refused (409)
   * when it is terminated.
   */
  private async lockProvider(
    uow: UnitOfWork,
    id: string,
    actor: RegistryActor,
    opts: { live?: boolean } = {},
  ): Promise<ProviderEntity> {
    const p = await uow.manager
      .getRepository(ProviderEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!p) throw new DomainError('NOT_FOUND', { entity: 'provider', id });
    assertActsForRegion(actor, p.regionKato);
    if (opts.live && p.status === 'TERMINATED') throw conflict('PROVIDER_TERMINATED');
    return p;
  }

  private async areaOf(uow: UnitOfWork, providerId: string): Promise<string[]> {
    const rows = await uow.manager.find(ProviderServiceAreaEntity, { where: { providerId } });
    return rows.map((r) => r.katoCode).sort();
  }

  /** Planned rides of the provider whose pickup the new area no longer covers go back to dispatch. */
  private async sendBackUncovered(
    uow: UnitOfWork,
    providerId: string,
    area: readonly string[],
  ): Promise<string[]> {
    const planned = await this.plannedWork.scheduledRidesOfProvider(uow.manager, providerId);
    const uncovered = planned.filter((b) => !katoWithinAny(b.pickupKato, area)).map((b) => b.id);
    if (uncovered.length === 0) return [];
    const moved = await this.plannedWork.sendBackToDispatch(
      uow,
      { kind: 'bookings', bookingIds: uncovered },
      { reason: SEND_BACK_REASON.SERVICE_AREA_REDUCED },
    );
    return moved.map((b) => b.bookingId);
  }
}
