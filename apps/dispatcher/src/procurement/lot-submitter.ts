// SubmitProcurement: send a SUBMITTED request to the procurement system and mark it PUBLISHED
// with the lot's id. The idempotency key is the request id + the version the officer submitted,
// so a retry after a timeout or a lost answer gets the same lot, never a second one; the
// PUBLISHED update is guarded by that version, so a withdrawn request is not published here.
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { UnrecoverableError } from '@invataxi/queue';
import {
  ProcurementRequestEntity,
  ProcurementSizingEntity,
  SYSTEM_ACTOR,
  transact,
  ProcurementRequestsRepository,
} from '@invataxi/persistence';
import {
  assertProcurementTransition,
  lotSizingSpec,
  ProcurementRejectedError,
  type LotSizing,
  type LotRequest,
  type ProcurementSystem,
} from '@invataxi/procurement';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { raiseAlert } from './alerts';
import { PROCUREMENT_SYSTEM } from './procurement-system.provider';

export type SubmitResult =
  { kind: 'published'; lotId: string } | { kind: 'stale'; status: string } | { kind: 'gone' };

export function idempotencyKeyOf(requestId: string, version: number): string {
  return `${requestId}.v${version}`;
}

@Injectable()
export class LotSubmitter {
  constructor(
    private readonly ds: DataSource,
    @Inject(PROCUREMENT_SYSTEM) private readonly system: ProcurementSystem | null,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly requests: ProcurementRequestsRepository,
    @InjectRepository(ProcurementRequestEntity) private readonly rows: Repository<ProcurementRequestEntity>,
    @InjectRepository(ProcurementSizingEntity) private readonly sizings: Repository<ProcurementSizingEntity>,
  ) {}

  async submit(requestId: string, version: number): Promise<SubmitResult> {
    const r = await this.rows.findOneBy({ id: requestId });
    if (!r) return { kind: 'gone' };
    if (r.status !== 'SUBMITTED' || r.version !== version) return { kind: 'stale', status: r.status };
    if (!this.system || !r.method || !r.termDays)
      throw new UnrecoverableError(
        !this.system
          ? 'procurement system not configured (PROCUREMENT_URL, PROCUREMENT_SECRET)'
          : 'request lacks method or term',
      );
    const previous = r.previousRequestId ? await this.rows.findOneBy({ id: r.previousRequestId }) : null;
    const n = (v: unknown): number => (typeof v === 'number' ? v : 0);
    const sized =
      r.demand.lot && typeof r.demand.lot === 'object' && !Array.isArray(r.demand.lot)
        ? (r.demand.lot as Record<string, unknown>)
        : null;
    // The fleet sized from evidence (issue 25) that the officer attached: the lot's specification.
    const attached = r.attachedSizingId ? await this.sizings.findOneBy({ id: r.attachedSizingId }) : null;
    const sizing =
      attached?.status === 'DONE' && attached.result ? (attached.result as unknown as LotSizing) : null;
    const lot: LotRequest = {
      reference: r.id,
      buyerRegionKato: r.regionKato,
      method: r.method,
      termDays: r.termDays,
      serviceAreaKato: r.uncoveredKato.map((k) => k.trim()),
      // The lot's own period (the officer's pick or from the first day counted), else the request's.
      periodStart: typeof sized?.start === 'string' ? sized.start : r.periodStart,
      periodEnd: typeof sized?.end === 'string' ? sized.end : r.periodEnd,
      estimatedBudgetTenge: Number(r.estimatedBudgetTenge),
      // The lot's figures (issue 20: the service for the period), else the waiting rides' own.
      tripsPerMonth: n(sized?.tripsPerMonth ?? r.demand.tripsPerMonth),
      kmPerMonth: n(sized?.kmPerMonth ?? r.demand.kmPerMonth),
      wheelchairShare: n(r.demand.wheelchairShare),
      previousLotId: previous?.externalId ?? null,
      callbackUrl: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/procurement/callbacks`,
      sizing: sizing ? lotSizingSpec(sizing) : null,
    };
    let lotId: string;
    try {
      lotId = (await this.system.publishLot(lot, idempotencyKeyOf(r.id, version))).lotId;
    } catch (e) {
      if (!(e instanceof ProcurementRejectedError)) throw e; // unavailable: the queue backs off and retries
      await transact(this.ds, SYSTEM_ACTOR, (uow) =>
        raiseAlert(this.requests, uow, {
          regionKato: r.regionKato,
          requestId: r.id,
          audience: 'LEB_OFFICER',
          kind: 'ALERT_PROCUREMENT_REJECTED',
          params: { requestId: r.id, reason: e.code, status: e.status },
          dedupKey: `rejected.${r.id}.v${version}`,
        }),
      );
      throw new UnrecoverableError(e.message);
    }
    return transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const cur = await uow.manager
        .getRepository(ProcurementRequestEntity)
        .findOne({ where: { id: r.id }, lock: { mode: 'pessimistic_write' } });
      if (!cur || cur.status !== 'SUBMITTED' || cur.version !== version)
        return { kind: 'stale' as const, status: cur?.status ?? 'GONE' };
      assertProcurementTransition('SUBMITTED', 'PUBLISHED');
      await uow.manager
        .getRepository(ProcurementRequestEntity)
        .update({ id: cur.id, version: cur.version }, { status: 'PUBLISHED', externalId: lotId });
      uow.audit({
        action: 'procurement.published',
        entityType: 'procurement_request',
        entityId: cur.id,
        before: { status: 'SUBMITTED', version: cur.version },
        after: { status: 'PUBLISHED', version: cur.version + 1, externalId: lotId },
      });
      return { kind: 'published' as const, lotId };
    });
  }
}
