import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Roles, type Principal } from '@invataxi/auth';
import { DomainError } from '@invataxi/domain';
import { DeadLetterEntity, DeadLettersRepository, transact } from '@invataxi/persistence';
import { isJobName, JobName, type JobMessage } from '@invataxi/queue';
import { deadLetterView, type DeadLetterView } from './dead-letter.dto';

class DeadLetterQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

/**
 * Jobs that failed for good, for the people who can fix their cause. A retry goes back
 * through the outbox, so it is as safe as the first try.
 */
@ApiTags('admin')
@Controller('admin/dead-letters')
export class DeadLetterController {
  constructor(
    private readonly ds: DataSource,
    private readonly deadLetters: DeadLettersRepository,
  ) {}

  /** Jobs that ran out of retries, newest first. */
  @Get()
  @Roles('DISPATCHER', 'LEB_OFFICER')
  async list(@Query() q: DeadLetterQuery): Promise<DeadLetterView[]> {
    return (await this.deadLetters.notRetried(q.limit ?? 100)).map(deadLetterView);
  }

  /** Enqueue a dead-lettered job again. */
  @Post(':id/retry')
  @HttpCode(202)
  @Roles('DISPATCHER', 'LEB_OFFICER')
  async retry(
    @Param('id', ParseIntPipe) id: number,
    @CurrentPrincipal() p: Principal,
  ): Promise<{ id: string; retried: true }> {
    return transact(this.ds, { userId: p.userId, role: p.role }, async (uow) => {
      const row = await uow.manager
        .getRepository(DeadLetterEntity)
        .findOne({ where: { id: String(id) }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.retriedAt) throw new DomainError('NOT_FOUND', { entity: 'dead_letter', id });
      if (!isJobName(row.jobName)) throw new DomainError('CONFLICT', { reason: 'UNKNOWN_JOB' });
      await uow.manager.update(DeadLetterEntity, { id: row.id }, { retriedAt: new Date() });
      // A fresh job id: the failed one may still sit in Redis and would swallow the retry.
      const msg = {
        name: row.jobName as JobName,
        payload: row.payload,
        jobId: `${row.jobId}.retry${row.id}`,
      } as JobMessage;
      uow.enqueue(msg);
      uow.audit({
        action: 'dead_letter.retry',
        entityType: 'dead_letter',
        entityId: row.id,
        after: { jobName: row.jobName },
      });
      return { id: row.id, retried: true as const };
    });
  }
}
