import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { addDaysToLocalDate, localDateOf, CLOCK, type Clock } from '@invataxi/domain';
import {
  PlanningRepository,
  PlanRunEntity,
  PLAN_NOTE_WAITING_FOR_REGION,
  SYSTEM_ACTOR,
  transact,
  type JsonObject,
} from '@invataxi/persistence';
import { JobName, message, OnJob, RetryLater, type JobContext, type JobOf } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import { Replans } from '@invataxi/dispatch';
import { DayPlanner } from './day-planner';

/**
 * Queue "plan": the evening schedule fans out one PlanDay per region with shifts tomorrow; each
 * PlanDay computes a proposal for its region's day and records progress, figures and the
 * proposal in its plan_run row (issue 18). A dispatcher's run waits for their decision. The
 * evening run applies its proposal itself only when it overrules nobody: no ride of the day is
 * confirmed to a driver or placed by a dispatcher (nothing pinned), so no person's decision is
 * touched; the riders whose pickup moves are told, and a dispatcher can still undo it until a
 * driver acts. Otherwise it too waits as a proposal on the board.
 */
@Injectable()
export class PlanningProcessor {
  constructor(
    readonly planner: DayPlanner,
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly planning: PlanningRepository,
    private readonly replans: Replans,
    @InjectRepository(PlanRunEntity) private readonly runs: Repository<PlanRunEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnJob(JobName.PlanDay, { repeat: (c) => ({ pattern: c.PLAN_EVENING_CRON, tz: 'UTC' }) })
  async plan(payload: JobOf<JobName.PlanDay>, ctx: JobContext): Promise<unknown> {
    // The repeatable schedule carries no payload: it is the evening fan-out.
    if (!payload.regionKato) return this.fanOut();
    const result = await this.planDay(payload, (p) => ctx.progress(p));
    if ('waitingFor' in result)
      throw new RetryLater(
        this.config.PLAN_REGION_WAIT_SECONDS * 1000,
        `region re-planned by run ${result.waitingFor}`,
      );
    return result;
  }

  /**
   * One plan_run and one PlanDay per region that has shifts tomorrow. Every dispatcher process
   * may run this at the same moment: the unique index of open runs (one QUEUED or RUNNING per
   * region and day) lets one create the run; the others find it and skip.
   */
  async fanOut(): Promise<{ regions: number; created: number }> {
    const date = addDaysToLocalDate(localDateOf(this.clock.now()), 1);
    const regions = await this.planning.regionsWithShiftsOn(date);
    let created = 0;
    // One transaction per region: a region another process (or a dispatcher) started already
    // never holds up the others.
    for (const regionKato of regions) {
      const run = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
        const existing = await uow.manager.findOne(PlanRunEntity, { where: { regionKato, date } });
        if (existing) return null;
        const run = await this.planning.createOpenPlanRun(uow.manager, { regionKato, date });
        if (run) uow.enqueue(message(JobName.PlanDay, { regionKato, date, runId: run.id }, `run.${run.id}`));
        return run;
      });
      if (run) created++;
    }
    return { regions: regions.length, created };
  }

  /**
   * Runs one re-plan, holding its region so that no other process re-plans the region meanwhile
   * (issue 24): a run that finds its region held answers `waitingFor` (the run it waits for,
   * written in its note) and is tried again later; a run whose process died is taken over by
   * another once BullMQ sees its job stalled, and the dead process's hold is already gone.
   */
  async planDay(
    payload: JobOf<JobName.PlanDay>,
    progress: (p: object) => Promise<void> = async () => undefined,
  ): Promise<object | { waitingFor: string | null }> {
    const run = await this.runs.findOneBy({ id: payload.runId });
    if (!run || (run.status !== 'QUEUED' && run.status !== 'RUNNING' && run.status !== 'FAILED'))
      return { skipped: true };
    const hold = await this.planning.holdRegionForPlanning(payload.regionKato);
    if (!hold) {
      const waitingFor = await this.planning.runningPlanOfRegion(payload.regionKato, payload.runId);
      await this.runs.update(
        { id: payload.runId },
        { note: `${PLAN_NOTE_WAITING_FOR_REGION}:${waitingFor ?? ''}` },
      );
      this.logger.info(
        { regionKato: payload.regionKato, runId: payload.runId, waitingFor },
        're-plan waits for its region',
      );
      return { waitingFor };
    }
    try {
      return await this.planHeldDay(payload, progress);
    } finally {
      await hold.release();
    }
  }

  private async planHeldDay(
    { regionKato, date, runId }: JobOf<JobName.PlanDay>,
    progress: (p: object) => Promise<void>,
  ): Promise<object> {
    const run = await this.runs.findOneByOrFail({ id: runId });
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING' && run.status !== 'FAILED')
      return { skipped: true };
    await this.runs.update(
      { id: runId },
      { status: 'RUNNING', startedAt: this.clock.now(), progress: 0, note: null },
    );
    let last = 0;
    try {
      const result = await this.planner.plan(regionKato, date, {
        timeLimitMs: this.config.PLAN_TIME_LIMIT_MS,
        releasePinned: run.releasePinned,
        onProgress: async ({ percent, currentCost }) => {
          await progress({ percent, currentCost });
          if (Date.now() - last < 1000) return;
          last = Date.now();
          // Only while the run runs: the search reports without waiting (day-planner), so a
          // late report could land after the proposal was stored at 100 and show it at 99.
          await this.runs.update({ id: runId, status: 'RUNNING' }, { progress: percent, currentCost });
        },
      });
      const evening = run.requestedByUserId === null;
      const status = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
        const m = uow.manager;
        const row = await m.findOne(PlanRunEntity, {
          where: { id: runId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!row || row.status !== 'RUNNING') return row?.status ?? 'FAILED';
        Object.assign(row, {
          status: result.proposal ? 'PROPOSED' : 'DONE',
          progress: 100,
          currentCost: result.after.km,
          before: result.before as JsonObject,
          after: result.after as JsonObject,
          // The rides a 'would drop' note means, for the console to name them (issue 18).
          note: result.stranded?.length
            ? `${result.note}:${result.stranded.slice(0, 5).join(',')}`
            : result.note,
          basis: result.basis,
          proposal: result.proposal as unknown as JsonObject | null,
          finishedAt: this.clock.now(),
        });
        if (evening && result.proposal && result.proposal.pinned.length === 0) {
          // Stale (a ride arrived meanwhile): the error rolls this back and BullMQ retries.
          const { undo } = await this.replans.apply(uow, row);
          Object.assign(row, {
            status: 'APPLIED',
            undo: undo as unknown as JsonObject,
            decidedAt: this.clock.now(),
          });
        }
        await m.save(PlanRunEntity, row);
        return row.status;
      });
      await progress({ percent: 100, currentCost: result.after.km });
      this.logger.info({ regionKato, date, runId, status }, 'day re-planned');
      return { status, note: result.note, before: result.before, after: result.after };
    } catch (e) {
      // Recorded where the dispatcher watches; rethrown so BullMQ retries (the day may have
      // changed under the search) and dead-letters it in the end.
      await this.runs.update(
        { id: runId },
        { status: 'FAILED', note: (e as Error).message.slice(0, 500), finishedAt: this.clock.now() },
      );
      throw e;
    }
  }
}
