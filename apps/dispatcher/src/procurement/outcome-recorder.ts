// PollProcurement: what became of the published lots. AWARDED -> the supplier is onboarded as a
// provider through the providers' registry (origin PROCUREMENT_CONTRACT, the request's KATO codes
// as its service area, the contract's tariff) and the officer and the supplier's admins are prompted to add fleet and
// shifts; FAILED -> the officer is alerted and may resubmit (single source). Each outcome is
// applied once: the request row is locked and must still be PUBLISHED, alerts have dedup keys,
// so a poll that runs twice or a callback that arrives twice changes nothing more.
// Each lot's outcome is applied on its own (issue 20): an award that cannot be applied (the
// registry refuses it) is recorded on its request (award_error), the officer is alerted at once,
// the poll goes on with the next lot and leaves that one alone until the officer retries.
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addDaysToLocalDate,
  CLOCK,
  isDomainError,
  isValidBin,
  localDateOf,
  type Clock,
} from '@invataxi/domain';
import {
  ProcurementRequestEntity,
  ProviderEntity,
  SYSTEM_ACTOR,
  transact,
  ProcurementRequestsRepository,
  type UnitOfWork,
} from '@invataxi/persistence';
import { JobName, jobId, message } from '@invataxi/queue';
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
import { SupplierInvitations, type PendingInvitation } from './supplier-invitations';
import { ProcurementWaitNews } from '../notifications/procurement-wait-news';

export interface PollResult {
  asked: number;
  awarded: string[];
  failed: string[];
  /** Awards that came but could not be applied (recorded, the officer alerted). */
  notApplied: string[];
  unreachable: number;
}

/** An award the registry refuses for good: the officer must fix the cause, then retry. */
class AwardNotApplied extends Error {
  constructor(readonly code: string) {
    super(`award not applied: ${code}`);
  }
}

@Injectable()
export class OutcomeRecorder {
  constructor(
    private readonly ds: DataSource,
    @Inject(PROCUREMENT_SYSTEM) private readonly system: ProcurementSystem | null,
    private readonly providers: ProviderRegistryService,
    private readonly requests: ProcurementRequestsRepository,
    /** Null: no invitation (the registry's own tests); the worker always has it. */
    @Inject(SupplierInvitations) private readonly invitations: SupplierInvitations | null,
    // The platform's time, as the rider's and the officer's dates count from it (a demo's or a
    // test's clock is set ahead; the awarded date must not be the machine's day).
    @Inject(CLOCK) private readonly clock: Clock,
    /** Null: riders are not told (the registry's own tests); the worker always has it. */
    @Optional() @Inject(ProcurementWaitNews) private readonly waitNews: ProcurementWaitNews | null = null,
  ) {}

  /**
   * Asks about every published lot (not those whose award is waiting for the officer's retry);
   * one unreachable lot, or one award that cannot be applied, does not stop the others.
   */
  async poll(): Promise<PollResult> {
    const out: PollResult = { asked: 0, awarded: [], failed: [], notApplied: [], unreachable: 0 };
    if (!this.system) return out;
    const published = await this.requests.findPublished();
    let lastError: unknown = null;
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
      try {
        if (lot.status === 'AWARDED' && lot.award) {
          const applied = await this.recordAward(p.id, lot.award);
          if (applied === 'not-applied') out.notApplied.push(p.id);
          else if (applied) out.awarded.push(p.id);
        }
        if (lot.status === 'FAILED' && (await this.recordFailure(p.id, lot.failureReason ?? 'NO_BIDS')))
          out.failed.push(p.id);
      } catch (e) {
        // A passing conflict (a concurrent award onboarding the same company): the next lots
        // still go ahead; the queue's back-off asks about this one again.
        lastError = e;
      }
    }
    // What could not be asked or applied is asked again by the queue's back-off, not forgotten.
    if (lastError && out.awarded.length + out.failed.length + out.notApplied.length === 0) throw lastError;
    return out;
  }

  /**
   * True when this call applied the award (false: already applied or no longer PUBLISHED);
   * 'not-applied' when the registry refused it for good: recorded on the request, officer alerted.
   */
  async recordAward(requestId: string, award: LotAward): Promise<boolean | 'not-applied'> {
    try {
      return await this.applyAward(requestId, award);
    } catch (e) {
      if (!(e instanceof AwardNotApplied)) throw e;
      return (await this.recordNotApplied(requestId, award, e.code)) ? 'not-applied' : false;
    }
  }

  private async applyAward(requestId: string, award: LotAward): Promise<boolean> {
    if (!isValidBin(award.supplierBin)) throw new AwardNotApplied('INVALID_BIN');
    let pending: PendingInvitation | null = null;
    const applied = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const r = await this.lockPublished(uow, requestId);
      if (!r) return false;
      assertProcurementTransition('PUBLISHED', 'AWARDED');
      const { providerId, validFrom, validTo } = await this.onboardSupplier(uow, r, award);
      // The supplier's administrator invited to start (issue 20); the SMS goes after the commit.
      const invited = this.invitations
        ? await this.invitations.create(
            uow,
            { requestId: r.id, providerId, regionKato: r.regionKato.trim() },
            award,
          )
        : null;
      if (invited && typeof invited === 'object') pending = invited;
      await uow.manager.getRepository(ProcurementRequestEntity).update(
        { id: r.id, version: r.version },
        {
          status: 'AWARDED',
          supplierBin: award.supplierBin,
          awardedPriceTenge: String(award.priceTenge),
          awardedProviderId: providerId,
          awardedAt: this.clock.now(),
          awardError: null,
          award: {
            supplierName: award.supplierName.trim(),
            contractNumber: award.contractNumber,
            priceTenge: award.priceTenge,
            termDays: award.termDays,
            tariffPerTrip: award.tariffPerTrip,
            tariffPerKm: award.tariffPerKm,
            contractStart: validFrom,
            contractEnd: validTo,
            signedAt: award.signedAt,
            contact: award.supplierContact ? { ...award.supplierContact } : null,
            invitation:
              invited === null
                ? null
                : typeof invited === 'object'
                  ? { id: invited.invitationId, sentAt: null }
                  : { none: invited },
          } as never,
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
      // The riders waiting on it are told a provider is chosen, with the date it is expected by
      // (walk t25 M1), in the award's transaction: once, with the award.
      if (this.waitNews) await this.waitNews.planAwardNews(uow, r.id);
      // Coverage changed: the region's waiting demand is recomputed (bookings go back to
      // dispatch as soon as the new provider has shifts).
      uow.enqueue(
        message(JobName.AggregateDemand, { regionKato: r.regionKato }, jobId(r.regionKato, 'awarded', r.id)),
      );
      return true;
    });
    const invitation: PendingInvitation | null = pending;
    if (applied && invitation && this.invitations) await this.invitations.send(invitation);
    return applied;
  }

  /**
   * The award came but cannot be applied: kept PUBLISHED with the reason (award_error), audited,
   * the officer alerted at once (one alert per failed attempt: the request's version).
   */
  private async recordNotApplied(requestId: string, award: LotAward, code: string): Promise<boolean> {
    return transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const r = await this.lockPublished(uow, requestId);
      if (!r || r.awardError) return false;
      const at = this.clock.now().toISOString();
      await uow.manager
        .getRepository(ProcurementRequestEntity)
        .update(
          { id: r.id, version: r.version },
          { awardError: { code, at, supplierBin: award.supplierBin } as never },
        );
      uow.audit({
        action: 'procurement.award_not_applied',
        entityType: 'procurement_request',
        entityId: r.id,
        before: { status: 'PUBLISHED', version: r.version },
        after: { status: 'PUBLISHED', version: r.version + 1, reason: code, supplierBin: award.supplierBin },
      });
      await raiseAlert(this.requests, uow, {
        regionKato: r.regionKato,
        requestId: r.id,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_AWARD_NOT_APPLIED',
        params: { requestId: r.id, bin: award.supplierBin, reason: code },
        dedupKey: `award-not-applied.${r.id}.v${r.version}`,
      });
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
   * The supplier as a provider of the request's region, through the providers' registry (the
   * validation, audit and coverage messages of an officer's registration, in this transaction).
   * A company is one BIN that may be registered with several akimats: its registration in this
   * region is extended by the request's codes (and the contract added unless one already covers
   * these dates: it keeps that one; the audit row says so); with none here yet, it is registered
   * here (origin PROCUREMENT_CONTRACT, the request's codes, the contract), under the name and
   * contacts of the award or of its registration elsewhere.
   */
  private async onboardSupplier(
    uow: UnitOfWork,
    r: ProcurementRequestEntity,
    award: LotAward,
  ): Promise<{ providerId: string; validFrom: string; validTo: string }> {
    const regionKato = r.regionKato.trim();
    const known = await uow.manager.findOne(ProviderEntity, {
      where: { bin: award.supplierBin, regionKato },
      lock: { mode: 'pessimistic_write' },
    });
    const elsewhere = known
      ? null
      : await uow.manager.findOne(ProviderEntity, {
          where: { bin: award.supplierBin },
          order: { createdAt: 'ASC' },
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
    const contacts = contactsOf(award, elsewhere);
    let providerId: string;
    let contractId: string | null = null;
    try {
      if (!known) {
        ({ providerId, contractId } = await this.providers.registerIn(
          uow,
          {
            bin: award.supplierBin,
            legalName: elsewhere?.legalName ?? award.supplierName,
            contacts,
            origin: 'PROCUREMENT_CONTRACT',
            contractReference: award.contractNumber,
            serviceArea: area,
            regionKato,
            contract,
          },
          SYSTEM_ACTOR,
        ));
      } else {
        providerId = known.id;
        await this.providers.extendServiceArea(known.id, area, SYSTEM_ACTOR, uow);
        if (!(await this.providers.contractOverlaps(uow, known.id, validFrom, validTo)))
          ({ contractId } = await this.providers.addContractIn(uow, known.id, contract, SYSTEM_ACTOR));
        // A supplier known without contacts gets the award's (never overwriting the ones it has).
        if (Object.keys(known.contacts ?? {}).length === 0 && Object.keys(contacts).length > 0)
          await uow.manager.update(ProviderEntity, { id: known.id }, { contacts });
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
        regionKato,
        alsoRegisteredIn: elsewhere ? elsewhere.regionKato.trim() : null,
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
    return { providerId, validFrom, validTo };
  }
}

/** The provider's contacts: the award's, else those of the company's registration elsewhere. */
function contactsOf(award: LotAward, elsewhere: ProviderEntity | null): Record<string, string> {
  const c = award.supplierContact;
  const out: Record<string, string> = {};
  if (c?.name) out.name = c.name;
  if (c?.phone) out.phone = c.phone;
  if (c?.email) out.email = c.email;
  return Object.keys(out).length > 0 ? out : { ...(elsewhere?.contacts ?? {}) };
}

/**
 * What the registry refuses for good (a terminated supplier, bad contract terms, a code it does
 * not take) is not fixed by retrying: the award waits, with its reason, for the officer to fix
 * the cause and retry. Any other conflict (the same new supplier onboarded by a concurrent
 * award) is retried by the queue.
 */
function refusedForGood(e: unknown): unknown {
  if (!isDomainError(e)) return e;
  const reason = typeof e.params.reason === 'string' ? e.params.reason : null;
  const reasons = Array.isArray(e.params.reasons) ? e.params.reasons.map(String) : [];
  if (reason === 'PROVIDER_TERMINATED' || reasons.includes('PROVIDER_TERMINATED'))
    return new AwardNotApplied('PROVIDER_TERMINATED');
  if (e.code === 'CONFLICT') return e;
  if (e.code === 'VALIDATION') {
    const errors = Array.isArray(e.params.errors) ? (e.params.errors as { code?: string }[]) : [];
    return new AwardNotApplied(errors[0]?.code ?? 'REGISTRY_REFUSED');
  }
  return new AwardNotApplied('REGISTRY_REFUSED');
}
