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
import { DayPlanner } from './day-planner';

/**
 * Queue "plan": the evening schedule fans out one PlanDay per region with shifts tomorrow; each
 * PlanDay re-plans its region's day and records progress and figures in its plan_run row.
 */
@Injectable()
export class PlanningProcessor {
  constructor(
    readonly planner: DayPlanner,
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly planning: PlanningRepository,
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
    if (!run || run.status === 'DONE') return { skipped: true };
    await this.runs.update(
      { id: runId },
      { status: 'RUNNING', startedAt: this.clock.now(), progress: 0, note: null },
    );
    let last = 0;
    try {
      const result = await this.planner.plan(regionKato, date, {
        timeLimitMs: this.config.PLAN_TIME_LIMIT_MS,
        onProgress: async ({ percent, currentCost }) => {
          await progress({ percent, currentCost });
          if (Date.now() - last < 1000) return;
          last = Date.now();
          await this.runs.update({ id: runId }, { progress: percent, currentCost });
        },
      });
      await this.runs.update({ id: runId }, {
        status: 'DONE',
        progress: 100,
        currentCost: result.after.km,
        before: result.before as JsonObject,
        after: {
          ...result.after,
          moved: result.moved,
          scheduledFromWaitlist: result.scheduledFromWaitlist,
        } as JsonObject,
        note: result.note,
        finishedAt: this.clock.now(),
        // JSON columns are too deep for TypeORM's partial type; the values are plain figures.
      } as never);
      await progress({ percent: 100, currentCost: result.after.km });
      this.logger.info({ regionKato, date, runId, applied: result.applied }, 'day re-planned');
      return result;
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
