import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { addDaysToLocalDate, localDateOf, CLOCK, type Clock } from '@invataxi/domain';
import {
  PlanningRepository,
  PlanRunEntity,
  SYSTEM_ACTOR,
  transact,
  type JsonObject,
} from '@invataxi/persistence';
import { JobName, message, OnJob, type JobContext, type JobOf } from '@invataxi/queue';
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
  plan(payload: JobOf<JobName.PlanDay>, ctx: JobContext): Promise<unknown> {
    // The repeatable schedule carries no payload: it is the evening fan-out.
    return payload.regionKato ? this.planDay(payload, (p) => ctx.progress(p)) : this.fanOut();
  }

  /** One plan_run and one PlanDay per region that has shifts tomorrow. */
  async fanOut(): Promise<{ regions: number }> {
    const date = addDaysToLocalDate(localDateOf(this.clock.now()), 1);
    const regions = await this.planning.regionsWithShiftsOn(date);
    await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      for (const regionKato of regions) {
        const existing = await uow.manager.findOne(PlanRunEntity, { where: { regionKato, date } });
        if (existing) continue;
        const run = await uow.manager.save(
          PlanRunEntity,
          uow.manager.create(PlanRunEntity, { regionKato, date }),
        );
        uow.enqueue(message(JobName.PlanDay, { regionKato, date, runId: run.id }, `run.${run.id}`));
      }
    });
    return { regions: regions.length };
  }

  async planDay(
    { regionKato, date, runId }: JobOf<JobName.PlanDay>,
    progress: (p: object) => Promise<void> = async () => undefined,
  ): Promise<object> {
    const run = await this.runs.findOneBy({ id: runId });
    if (!run || (run.status !== 'QUEUED' && run.status !== 'RUNNING' && run.status !== 'FAILED'))
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
          await this.runs.update({ id: runId }, { progress: percent, currentCost });
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
