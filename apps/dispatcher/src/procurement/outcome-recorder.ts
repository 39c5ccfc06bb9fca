// PollProcurement: what became of the published lots. AWARDED -> the supplier is onboarded as a
// provider (origin PROCUREMENT_CONTRACT, the request's KATO codes as its service area, the
// contract's tariff) and the officer and the supplier's admins are prompted to add fleet and
// shifts; FAILED -> the officer is alerted and may resubmit (single source). Each outcome is
// applied once: the request row is locked and must still be PUBLISHED, alerts have dedup keys,
// so a poll that runs twice or a callback that arrives twice changes nothing more.
import type { DataSource } from 'typeorm';
import { addDaysToLocalDate, isValidBin, localDateOf } from '@invataxi/domain';
import {
  ProcurementRequestEntity,
  ProviderEntity,
  SYSTEM_ACTOR,
  transact,
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
import { raiseAlert } from './alerts';

export interface PollResult {
  asked: number;
  awarded: string[];
  failed: string[];
  unreachable: number;
}

export class OutcomeRecorder {
  constructor(
    private readonly ds: DataSource,
    private readonly system: ProcurementSystem | null,
  ) {}

  /** Asks about every published lot; one unreachable lot does not stop the others. */
  async poll(): Promise<PollResult> {
    const out: PollResult = { asked: 0, awarded: [], failed: [], unreachable: 0 };
    if (!this.system) return out;
    const published: { id: string; external_id: string }[] = await this.ds.query(
      `SELECT id, external_id FROM procurement_request
        WHERE status = 'PUBLISHED' AND external_id IS NOT NULL ORDER BY submitted_at, id LIMIT 500`,
    );
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
      await raiseAlert(uow, {
        regionKato: r.regionKato,
        requestId: r.id,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_PROCUREMENT_AWARDED',
        params: { requestId: r.id, bin: award.supplierBin, providerId },
        dedupKey: `awarded.${r.id}`,
      });
      await raiseAlert(uow, {
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
      await raiseAlert(uow, {
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
   * The supplier as a provider, in the same tables the providers' registry writes: a new
   * provider (or the existing one with that BIN), the request's KATO codes added to its area,
   * and the contract with its tariff for the awarded term.
   */
  private async onboardSupplier(
    uow: UnitOfWork,
    r: ProcurementRequestEntity,
    award: LotAward,
  ): Promise<string> {
    const m = uow.manager;
    let provider = await m.findOne(ProviderEntity, {
      where: { bin: award.supplierBin },
      lock: { mode: 'pessimistic_write' },
    });
    if (!provider) {
      provider = await m.save(
        m.create(ProviderEntity, {
          bin: award.supplierBin,
          legalName: award.supplierName.trim(),
          contacts: {},
          origin: 'PROCUREMENT_CONTRACT',
          contractReference: award.contractNumber,
          regionKato: r.regionKato,
          status: 'ACTIVE',
          statusReason: null,
          statusChangedAt: new Date(),
        }),
      );
    }
    const area = r.uncoveredKato.map((k) => k.trim());
    await m.query(
      `INSERT INTO provider_service_area (provider_id, kato_code)
       SELECT $1, unnest($2::char(9)[]) ON CONFLICT DO NOTHING`,
      [provider.id, area],
    );
    const validFrom = localDateOf(new Date(award.signedAt));
    const validTo = addDaysToLocalDate(validFrom, Math.max(1, award.termDays) - 1);
    // One contract per provider and period (ex_provider_contract_overlap): a supplier already
    // under contract for these dates keeps it, and the audit row says so.
    const overlapping: unknown[] = await m.query(
      `SELECT 1 FROM provider_contract WHERE provider_id = $1
          AND daterange(valid_from, valid_to, '[]') && daterange($2::date, $3::date, '[]') LIMIT 1`,
      [provider.id, validFrom, validTo],
    );
    let contractId: string | null = null;
    if (overlapping.length === 0) {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO provider_contract (provider_id, reference, tariff_per_trip, tariff_per_km, valid_from, valid_to)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [provider.id, award.contractNumber, award.tariffPerTrip, award.tariffPerKm, validFrom, validTo],
      );
      contractId = rows[0]?.id ?? null;
    }
    uow.audit({
      action: 'provider.onboarded_from_procurement',
      entityType: 'provider',
      entityId: provider.id,
      after: {
        bin: provider.bin,
        origin: provider.origin,
        regionKato: provider.regionKato,
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
    return provider.id;
  }
}
