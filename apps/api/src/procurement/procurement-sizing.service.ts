// Sizing a procurement request's lot from evidence (issue 25, item 2): the LEB officer of the
// request's region starts "how many vehicles do we need to serve this demand at X% served"; the
// dispatcher runs it (queue "whatif", job SizeLot, through the outbox) and stores the result with
// the request; the first result is attached to the lot, a later one only when the officer
// attaches it. The ministry's analyst reads. Every change: one transaction with its audit row.
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import { CLOCK, DomainError, type Clock, type Language } from '@invataxi/domain';
import {
  ProcurementRequestEntity,
  ProcurementRequestsRepository,
  ProcurementSizingEntity,
  transact,
  type Actor,
  type SizingStatus,
} from '@invataxi/persistence';
import {
  lotSizingText,
  sizeLotMessage,
  sizingDemandChange,
  sizingDemandChangeText,
  sizingFailureText,
  type LotSizing,
} from '@invataxi/procurement';
import { assertCanAct, assertCanRead } from './procurement-scope';

/** One sizing run as the officer and the analyst read it. */
export interface SizingView {
  id: string;
  status: SizingStatus;
  /** 0..100 while it runs. */
  progress: number;
  targetPercent: number;
  /** The lot's specification carries this run. */
  attached: boolean;
  /** The figures found (DONE); null otherwise. */
  result: LotSizing | null;
  /** The result in the reader's language, sentence by sentence (DONE); empty otherwise. */
  text: string[];
  /** Why it failed, in the reader's language (FAILED). */
  failureText: string | null;
  /**
   * The rides it was sized on against those waiting now, with the sentence ("Sized on N rides;
   * M wait now."); null when unchanged or not done.
   */
  demandChanged: { sizedOn: number; now: number; text: string } | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** How many runs of a request the page lists (newest first). */
const RUNS_LISTED = 20;

@Injectable()
export class ProcurementSizingService {
  constructor(
    private readonly ds: DataSource,
    private readonly requests: ProcurementRequestsRepository,
    @InjectRepository(ProcurementRequestEntity)
    private readonly requestRows: Repository<ProcurementRequestEntity>,
    @InjectRepository(ProcurementSizingEntity)
    private readonly runs: Repository<ProcurementSizingEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Starts a run on a DRAFT's waiting rides; one run of a request at a time. */
  async start(
    p: Principal,
    actor: Actor,
    id: string,
    cmd: { targetPercent: number },
    lang: Language = 'ru',
  ): Promise<SizingView> {
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const r = await this.lock(m, p, id);
      if (r.status !== 'DRAFT')
        throw new DomainError('CONFLICT', { reason: 'SIZING_NOT_DRAFT', status: r.status });
      if ((await this.requests.countWaitingBookings(m, r.id)) === 0)
        throw DomainError.validation([{ field: 'waitingBookings', code: 'NO_WAITING_DEMAND' }]);
      const repo = m.getRepository(ProcurementSizingEntity);
      if (await repo.existsBy({ requestId: r.id, status: In(['QUEUED', 'RUNNING']) }))
        throw new DomainError('CONFLICT', { reason: 'SIZING_RUNNING' });
      const run = await repo.save(
        repo.create({
          requestId: r.id,
          targetPercent: cmd.targetPercent,
          requestedByUserId: p.userId,
          // The platform's time, as the run's start and end (a moved clock: the demo's).
          createdAt: this.clock.now(),
        }),
      );
      uow.audit({
        action: 'procurement.sizing_started',
        entityType: 'procurement_request',
        entityId: r.id,
        before: null,
        after: { sizingId: run.id, targetPercent: cmd.targetPercent },
      });
      uow.enqueue(sizeLotMessage(run.id));
      return this.view(run, r.attachedSizingId, null, lang);
    });
  }

  /** The request's runs, newest first, each with whether the lot carries it. */
  async list(p: Principal, id: string, lang: Language = 'ru'): Promise<SizingView[]> {
    const r = await this.requestRows.findOneBy({ id });
    if (!r) throw new DomainError('NOT_FOUND', { entity: 'procurement_request', id });
    assertCanRead(p, r.regionKato);
    const runs = await this.runs.find({
      where: { requestId: r.id },
      order: { createdAt: 'DESC' },
      take: RUNS_LISTED,
    });
    const waiting = (await this.requests.stageFacts([r.id])).get(r.id)?.waiting ?? 0;
    return runs.map((run) => this.view(run, r.attachedSizingId, waiting, lang));
  }

  /**
   * The officer chooses this run's result for the lot: it replaces the one attached (audited),
   * only while the request is a DRAFT; `version` guards against a request changed meanwhile.
   */
  async attach(
    p: Principal,
    actor: Actor,
    id: string,
    sizingId: string,
    cmd: { version: number },
    lang: Language = 'ru',
  ): Promise<SizingView> {
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const r = await this.lock(m, p, id);
      if (r.version !== cmd.version)
        throw new DomainError('STALE_VERSION', {
          entity: 'procurement_request',
          expected: cmd.version,
          actual: r.version,
        });
      if (r.status !== 'DRAFT')
        throw new DomainError('CONFLICT', { reason: 'SIZING_NOT_DRAFT', status: r.status });
      const run = await m.getRepository(ProcurementSizingEntity).findOneBy({ id: sizingId, requestId: r.id });
      if (!run) throw new DomainError('NOT_FOUND', { entity: 'procurement_sizing', id: sizingId });
      if (run.status !== 'DONE')
        throw new DomainError('CONFLICT', { reason: 'SIZING_NOT_DONE', status: run.status });
      if (r.attachedSizingId !== run.id) {
        await m
          .getRepository(ProcurementRequestEntity)
          .update({ id: r.id, version: r.version }, { attachedSizingId: run.id });
        uow.audit({
          action: 'procurement.sizing_attached',
          entityType: 'procurement_request',
          entityId: r.id,
          before: { attachedSizingId: r.attachedSizingId, version: r.version },
          after: { attachedSizingId: run.id, version: r.version + 1 },
        });
      }
      const waiting = (await this.requests.stageFacts([r.id])).get(r.id)?.waiting ?? 0;
      return this.view(run, run.id, waiting, lang);
    });
  }

  /** The runs the lots of these requests carry, as views (list and detail of requests). */
  async attachedOf(
    rows: readonly { id: string; attachedSizingId: string | null }[],
    waiting: ReadonlyMap<string, number>,
    lang: Language,
  ): Promise<Map<string, SizingView>> {
    const ids = rows.map((r) => r.attachedSizingId).filter((x): x is string => !!x);
    if (ids.length === 0) return new Map();
    const runs = await this.runs.findBy({ id: In(ids) });
    return new Map(
      runs.map((run) => [run.requestId, this.view(run, run.id, waiting.get(run.requestId) ?? null, lang)]),
    );
  }

  private view(
    run: ProcurementSizingEntity,
    attachedId: string | null,
    waitingNow: number | null,
    lang: Language,
  ): SizingView {
    const result = run.status === 'DONE' && run.result ? (run.result as unknown as LotSizing) : null;
    const change = result && waitingNow !== null ? sizingDemandChange(result.rides, waitingNow) : null;
    return {
      id: run.id,
      status: run.status,
      progress: run.progress,
      targetPercent: run.targetPercent,
      attached: run.id === attachedId,
      result,
      text: result ? lotSizingText(result, lang) : [],
      failureText: run.status === 'FAILED' ? sizingFailureText(run.note, lang) : null,
      demandChanged: change ? { ...change, text: sizingDemandChangeText(change, lang) } : null,
      createdAt: run.createdAt,
      finishedAt: run.finishedAt,
    };
  }

  private async lock(m: EntityManager, p: Principal, id: string): Promise<ProcurementRequestEntity> {
    const r = await m
      .getRepository(ProcurementRequestEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!r) throw new DomainError('NOT_FOUND', { entity: 'procurement_request', id });
    assertCanAct(p, r.regionKato);
    return r;
  }
}
