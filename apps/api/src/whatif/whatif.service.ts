import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import {
  CLOCK,
  DomainError,
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  validateFleetTakeaway,
  validateWhatIfScenario,
  type Clock,
  type WhatIfRunResult,
  type WhatIfScenarioParams,
} from '@invataxi/domain';
import {
  transact,
  WhatIfRepository,
  WhatIfRunsRepository,
  type JsonObject,
  type WhatIfRunEntity,
  type WhatIfRunStatus,
} from '@invataxi/persistence';
import { runWhatIfMessage } from '@invataxi/queue';
import { actorOf, assertCanAct, assertCanRead, listPrefix } from '../procurement/procurement-scope';
import type { CreateWhatIfScenarioDto } from './whatif.dto';

/** One stored scenario as the officer and the analyst read it. */
export interface WhatIfScenarioView {
  id: string;
  regionKato: string;
  name: string;
  params: WhatIfScenarioParams;
  status: WhatIfRunStatus;
  /** 0..100 while running. */
  progress: number;
  /** Why it failed (a code). */
  note: string | null;
  /** Replays started: more than one when a dispatcher died and another took it over. */
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The figures, once DONE (absent from lists). */
  result: WhatIfRunResult | null;
}

/** Scenarios listed at most. */
const LIST_LIMIT = 100;

/**
 * What-if scenarios (issue 25, item 1): an LEB officer creates and runs them for their region;
 * the ministry's analyst reads them nationally. Creating one stores it and enqueues its replay
 * in the same transaction (the outbox), so a scenario never exists without its job.
 */
@Injectable()
export class WhatIfService {
  constructor(
    private readonly ds: DataSource,
    private readonly runs: WhatIfRunsRepository,
    private readonly recorded: WhatIfRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(p: Principal, body: CreateWhatIfScenarioDto, requestId: string): Promise<WhatIfScenarioView> {
    const regionKato = body.regionKato ?? p.regionKato ?? '';
    assertCanAct(p, regionKato);
    const params: WhatIfScenarioParams = {
      demand: { from: body.demand.from, to: body.demand.to, growth: body.demand.growth },
      fleet: body.fleet.map((f) => ({
        kind: f.kind,
        count: f.count,
        shiftStart: f.shiftStart,
        shiftEnd: f.shiftEnd,
      })),
      policy: {
        serviceHours: body.policy.serviceHours
          ? { from: body.policy.serviceHours.from, to: body.policy.serviceHours.to }
          : null,
        minLeadMinutes: body.policy.minLeadMinutes ?? null,
        windowMinutes: body.policy.windowMinutes ?? null,
        rideTimeFactor: body.policy.rideTimeFactor ?? null,
      },
    };
    const errors = validateWhatIfScenario(params, localDateOf(this.clock.now()));
    if (body.name.trim().length === 0)
      errors.unshift({ field: 'name', code: 'REQUIRED', say: { key: 'FIELD_REQUIRED' } });
    if (!errors.some((e) => e.field.startsWith('demand')) && params.fleet.some((f) => f.count < 0)) {
      // Taking away more vehicles than the period's fleet had is refused, naming how many it had.
      const from = localDateTimeToUtc(params.demand.from, '00:00');
      const to = localDateTimeToUtc(addDaysToLocalDate(params.demand.to, 1), '00:00');
      const have = await this.recorded.vehiclesOfPeriod(regionKato, from, to);
      errors.push(...validateFleetTakeaway(params.fleet, have));
    }
    if (errors.length) throw DomainError.validation(errors);
    const run = await transact(this.ds, actorOf(p, requestId), async (uow) => {
      const run = await this.runs.create(uow.manager, {
        kind: 'SCENARIO',
        regionKato,
        name: body.name.trim(),
        params: params as unknown as JsonObject,
        createdByUserId: p.userId,
        createdAt: this.clock.now(),
      });
      uow.enqueue(runWhatIfMessage(run.id, 0));
      uow.audit({
        action: 'whatif.created',
        entityType: 'whatif_run',
        entityId: run.id,
        after: { regionKato, name: run.name },
      });
      return run;
    });
    return this.view(run);
  }

  /** Runs a FAILED scenario again (a DONE one keeps its result: make a new one to change it). */
  async rerun(p: Principal, id: string, requestId: string): Promise<WhatIfScenarioView> {
    const run = await this.find(id);
    assertCanAct(p, run.regionKato);
    if (run.status !== 'FAILED')
      throw new DomainError('CONFLICT', { reason: 'WHATIF_NOT_FAILED', status: run.status });
    await transact(this.ds, actorOf(p, requestId), async (uow) => {
      await this.runs.requeue(uow.manager, id);
      uow.enqueue(runWhatIfMessage(id, run.attempts));
      uow.audit({
        action: 'whatif.rerun',
        entityType: 'whatif_run',
        entityId: id,
        after: { attempts: run.attempts },
      });
    });
    return this.view(await this.find(id));
  }

  /** Deletes a scenario of the officer's region; one that waits or runs is refused (its replay would write to it). */
  async remove(p: Principal, id: string, requestId: string): Promise<void> {
    const run = await this.find(id);
    assertCanAct(p, run.regionKato);
    await transact(this.ds, actorOf(p, requestId), async (uow) => {
      if (!(await this.runs.removeFinished(uow.manager, id)))
        throw new DomainError('CONFLICT', { reason: 'WHATIF_RUNNING', status: run.status });
      uow.audit({
        action: 'whatif.deleted',
        entityType: 'whatif_run',
        entityId: id,
        before: { regionKato: run.regionKato.trim(), name: run.name, status: run.status },
      });
    });
  }

  async get(p: Principal, id: string): Promise<WhatIfScenarioView> {
    const run = await this.find(id);
    assertCanRead(p, run.regionKato);
    return this.view(run);
  }

  async list(p: Principal, regionKato: string | undefined): Promise<WhatIfScenarioView[]> {
    const prefix = listPrefix(p, regionKato);
    const rows = await this.runs.list('SCENARIO', prefix, LIST_LIMIT);
    return rows.map((r) => this.view({ ...r, result: null }));
  }

  /** One or two scenarios, each readable by the caller, in the order asked. */
  async several(p: Principal, ids: readonly string[]): Promise<WhatIfScenarioView[]> {
    return Promise.all(ids.map((id) => this.get(p, id)));
  }

  private async find(id: string): Promise<WhatIfRunEntity> {
    const run = await this.runs.byId(id);
    if (!run || run.kind !== 'SCENARIO') throw new DomainError('NOT_FOUND', { entity: 'whatif_run', id });
    return run;
  }

  private view(r: WhatIfRunEntity): WhatIfScenarioView {
    return {
      id: r.id,
      regionKato: r.regionKato.trim(),
      name: r.name,
      params: r.params as unknown as WhatIfScenarioParams,
      status: r.status,
      progress: r.progress,
      note: r.note,
      attempts: r.attempts,
      createdAt: r.createdAt.toISOString(),
      startedAt: r.startedAt?.toISOString() ?? null,
      finishedAt: r.finishedAt?.toISOString() ?? null,
      result: (r.result as unknown as WhatIfRunResult | null) ?? null,
    };
  }
}
