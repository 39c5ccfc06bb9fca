// PollProcurement: what became of the published lots. AWARDED -> the supplier is onboarded as a
// provider through the providers' registry (origin PROCUREMENT_CONTRACT, the request's KATO codes
// as its service area, the contract's tariff) and the officer and the supplier's admins are prompted to add fleet and
// shifts; FAILED -> the officer is alerted and may resubmit (single source). Each outcome is
// applied once: the request row is locked and must still be PUBLISHED, alerts have dedup keys,
// so a poll that runs twice or a callback that arrives twice changes nothing more.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDaysToLocalDate, isDomainError, isValidBin, localDateOf } from '@invataxi/domain';
import {
  ProcurementRequestEntity,
  ProviderEntity,
  SYSTEM_ACTOR,
  transact,
  ProcurementRequestsRepository,
  type UnitOfWork,
} from '@invataxi/persistence';
import { JobName, jobId, message, UnrecoverableError } from '@invataxi/queue';
import {
  assertProcurementTransition,
  ProcurementUnavailableError,
  type Lot,
  type LotAward,
  type ProcurementSystem,
} from '@invataxi/procurement';
import { ProviderRegistryService, type ContractTerms } from '@invataxi/providers';
import { raiseAlert } from './alerts';
import { PROCUREMENT_SYSTEM } from './procurement-system.provider';

export interface PollResult {
  asked: number;
  awarded: string[];
  failed: string[];
  unreachable: number;
}

@Injectable()
export class OutcomeRecorder {
  constructor(
    private readonly ds: DataSource,
    @Inject(PROCUREMENT_SYSTEM) private readonly system: ProcurementSystem | null,
    private readonly providers: ProviderRegistryService,
    private readonly requests: ProcurementRequestsRepository,
  ) {}

  /** Asks about every published lot; one unreachable lot does not stop the others. */
  async poll(): Promise<PollResult> {
    const out: PollResult = { asked: 0, awarded: [], failed: [], unreachable: 0 };
    if (!this.system) return out;
    const published = await this.requests.findPublished();
    let lastError: Error | null = null;
    for (const p of published) {
      out.asked++;
      let lot: Lot;
      try {
        lot = await this.system.getLot(p.external_id);
      } catch (e) {
        if (!(e instanceof ProcurementUnavailableError)) throw e;
        out.unreachable++;
        lastError = e;
        continue;
      }
      if (lot.status === 'AWARDED' && lot.award && (await this.recordAward(p.id, lot.award)))
        out.awarded.push(p.id);
      if (lot.status === 'FAILED' && (await this.recordFailure(p.id, lot.failureReason ?? 'NO_BIDS')))
        out.failed.push(p.id);
    }
    // What could not be asked is asked again by the queue's back-off, not forgotten.
    if (lastError && out.awarded.length + out.failed.length === 0) throw lastError;
    return out;
  }

  /** True when this call applied the award (false: already applied or no longer PUBLISHED). */
  async recordAward(requestId: string, award: LotAward): Promise<boolean> {
    if (!isValidBin(award.supplierBin))
      throw new UnrecoverableError('the procurement system awarded a supplier with an invalid BIN');
    return transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const r = await this.lockPublished(uow, requestId);
      if (!r) return false;
      assertProcurementTransition('PUBLISHED', 'AWARDED');
      const providerId = await this.onboardSupplier(uow, r, award);
      await uow.manager.getRepository(ProcurementRequestEntity).update(
        { id: r.id, version: r.version },
        {
          status: 'AWARDED',
          supplierBin: award.supplierBin,
          awardedPriceTenge: String(award.priceTenge),
          awardedProviderId: providerId,
        },
      );
      uow.audit({
        action: 'procurement.awarded',
        entityType: 'procurement_request',
        entityId: r.id,
        before: { status: 'PUBLISHED', version: r.version },
        after: {
          status: 'AWARDED',
          version: r.version + 1,
          supplierBin: award.supplierBin,
          priceTenge: award.priceTenge,
          providerId,
          contractNumber: award.contractNumber,
        },
      });
      await raiseAlert(this.requests, uow, {
        regionKato: r.regionKato,
        requestId: r.id,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_PROCUREMENT_AWARDED',
        params: { requestId: r.id, bin: award.supplierBin, providerId },
        dedupKey: `awarded.${r.id}`,
      });
      await raiseAlert(this.requests, uow, {
        regionKato: r.regionKato,
        requestId: r.id,
        providerId,
        audience: 'PROVIDER_ADMIN',
        kind: 'ALERT_SUPPLIER_ADD_FLEET',
        params: { requestId: r.id, providerId, serviceArea: r.uncoveredKato.map((k) => k.trim()) },
        dedupKey: `add-fleet.${r.id}`,
      });
      // Coverage changed: the region's waiting demand is recomputed (bookings go back to
      // dispatch as soon as the new provider has shifts).
      uow.enqueue(
        message(JobName.AggregateDemand, { regionKato: r.regionKato }, jobId(r.regionKato, 'awarded', r.id)),
      );
      return true;
    });
  }

  async recordFailure(requestId: string, reason: string): Promise<boolean> {
    return transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const r = await this.lockPublished(uow, requestId);
      if (!r) return false;
      assertProcurementTransition('PUBLISHED', 'FAILED');
      const code = reason.slice(0, 100);
      await uow.manager
        .getRepository(ProcurementRequestEntity)
        .update({ id: r.id, version: r.version }, { status: 'FAILED', failureReason: code });
      uow.audit({
        action: 'procurement.failed',
        entityType: 'procurement_request',
        entityId: r.id,
        before: { status: 'PUBLISHED', version: r.version },
        after: { status: 'FAILED', version: r.version + 1, reason: code },
      });
      await raiseAlert(this.requests, uow, {
        regionKato: r.regionKato,
        requestId: r.id,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_PROCUREMENT_FAILED',
        params: { requestId: r.id, reason: code },
        dedupKey: `failed.${r.id}`,
      });
      return true;
    });
  }

  private async lockPublished(uow: UnitOfWork, id: string): Promise<ProcurementRequestEntity | null> {
    const r = await uow.manager
      .getRepository(ProcurementRequestEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return r && r.status === 'PUBLISHED' ? r : null;
  }

  /**
   * The supplier as a provider, through the providers' registry (the validation, audit and
   * coverage messages of an officer's registration, in this transaction): a new provider
   * (origin PROCUREMENT_CONTRACT, the request's KATO codes, the contract with its tariff for the
   * awarded term), or the known one with that BIN, its area extended by the request's codes and
   * the contract added unless one already covers these dates (it keeps that one; the audit row
   * says so).
   */
  private async onboardSupplier(
    uow: UnitOfWork,
    r: ProcurementRequestEntity,
    award: LotAward,
  ): Promise<string> {
    const known = await uow.manager.findOne(ProviderEntity, {
      where: { bin: award.supplierBin },
      lock: { mode: 'pessimistic_write' },
    });
    const area = r.uncoveredKato.map((k) => k.trim());
    const validFrom = localDateOf(new Date(award.signedAt));
    const validTo = addDaysToLocalDate(validFrom, Math.max(1, award.termDays) - 1);
    const contract: ContractTerms = {
      reference: award.contractNumber,
      tariffPerTrip: award.tariffPerTrip,
      tariffPerKm: award.tariffPerKm,
      validFrom,
      validTo,
    };
    let providerId: string;
    let contractId: string | null = null;
    try {
      if (!known) {
        ({ providerId, contractId } = await this.providers.registerIn(
          uow,
          {
            bin: award.supplierBin,
            legalName: award.supplierName,
            contacts: {},
            origin: 'PROCUREMENT_CONTRACT',
            contractReference: award.contractNumber,
            serviceArea: area,
            regionKato: r.regionKato,
            contract,
          },
          SYSTEM_ACTOR,
        ));
      } else {
        providerId = known.id;
        await this.providers.extendServiceArea(known.id, area, SYSTEM_ACTOR, uow);
        if (!(await this.providers.contractOverlaps(uow, known.id, validFrom, validTo)))
          ({ contractId } = await this.providers.addContractIn(uow, known.id, contract, SYSTEM_ACTOR));
      }
    } catch (e) {
      throw refusedForGood(e);
    }
    uow.audit({
      action: 'provider.onboarded_from_procurement',
      entityType: 'provider',
      entityId: providerId,
      after: {
        bin: award.supplierBin,
        origin: known?.origin ?? 'PROCUREMENT_CONTRACT',
        regionKato: known?.regionKato ?? r.regionKato,
        serviceArea: area,
        contractId,
        contractNumber: award.contractNumber,
        tariffPerTrip: award.tariffPerTrip,
        tariffPerKm: award.tariffPerKm,
        validFrom,
        validTo,
        requestId: r.id,
      },
    });
    return providerId;
  }
}

/**
 * What the registry refuses for good (a code outside the supplier's region, a terminated
 * supplier, bad contract terms) is not fixed by retrying: the poll fails for a person to look at.
 * Any other conflict (the same new supplier onboarded by a concurrent award) is retried.
 */
function refusedForGood(e: unknown): unknown {
  if (!isDomainError(e)) return e;
  const reasons = Array.isArray(e.params.reasons) ? e.params.reasons : [];
  if (e.code === 'CONFLICT' && !reasons.includes('PROVIDER_TERMINATED')) return e;
  return new UnrecoverableError(`the provider registry refused the awarded supplier: ${e.message}`);
}
