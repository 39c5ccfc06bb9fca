import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { DomainError, isValidLocalDate } from '@invataxi/domain';
import { assertRegion, type Principal } from '@invataxi/auth';
import { PlanRunEntity, transact } from '@invataxi/persistence';
import { JobName, message } from '@invataxi/queue';

export interface PlanRunView {
  id: string;
  regionKato: string;
  date: string;
  status: string;
  progress: number;
  currentCost: number | null;
  before: object | null;
  after: object | null;
  note: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

const view = (r: PlanRunEntity): PlanRunView => ({
  id: r.id,
  regionKato: r.regionKato,
  date: r.date,
  status: r.status,
  progress: r.progress,
  currentCost: r.currentCost,
  before: r.before,
  after: r.after,
  note: r.note,
  startedAt: r.startedAt?.toISOString() ?? null,
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/** A dispatcher of a region starts a re-plan of a day and watches it. */
@Injectable()
export class PlanService {
  constructor(
    private readonly ds: DataSource,
    @InjectRepository(PlanRunEntity) private readonly runs: Repository<PlanRunEntity>,
  ) {}

  async start(p: Principal, regionKato: string, date: string): Promise<PlanRunView> {
    assertRegion(p, regionKato);
    if (!isValidLocalDate(date)) throw DomainError.validation([{ field: 'date', code: 'DATE_INVALID' }]);
    return transact(this.ds, { userId: p.userId, role: p.role }, async (uow) => {
      const running = await uow.manager.findOne(PlanRunEntity, {
        where: [
          { regionKato, date, status: 'QUEUED' },
          { regionKato, date, status: 'RUNNING' },
        ],
      });
      if (running)
        throw new DomainError('CONFLICT', {
          reason: 'REPLAN_RUNNING',
          runId: running.id,
        });
      const run = await uow.manager.save(
        PlanRunEntity,
        uow.manager.create(PlanRunEntity, { regionKato, date, requestedByUserId: p.userId }),
      );
      uow.enqueue(message(JobName.PlanDay, { regionKato, date, runId: run.id }, `run.${run.id}`));
      uow.audit({
        action: 'plan.requested',
        entityType: 'plan_run',
        entityId: run.id,
        after: { regionKato, date },
      });
      return view(run);
    });
  }

  async get(p: Principal, runId: string): Promise<PlanRunView> {
    const run = await this.runs.findOneBy({ id: runId });
    if (!run) throw new DomainError('NOT_FOUND', { entity: 'plan_run', id: runId });
    assertRegion(p, run.regionKato);
    return view(run);
  }
}
