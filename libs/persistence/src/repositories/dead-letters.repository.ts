import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DeadLetterEntity } from '../entities/dead-letter.entity';

/** Jobs that ran out of retries, kept where a person can see and retry them. */
@Injectable()
export class DeadLettersRepository {
  constructor(private readonly ds: DataSource) {}

  /** The jobs not retried yet, the latest failure first. */
  notRetried(limit: number): Promise<DeadLetterEntity[]> {
    return this.ds.getRepository(DeadLetterEntity).find({
      where: { retriedAt: IsNull() },
      order: { failedAt: 'DESC' },
      take: limit,
    });
  }

  /** A job that will not be retried again (its attempts spent, or an unrecoverable error). */
  async record(failure: {
    queue: string;
    jobName: string;
    jobId: string;
    payload: Record<string, unknown>;
    error: string;
    attempts: number;
  }): Promise<void> {
    // The payload is the job's own JSON; `never` spares the compiler TypeORM's deep partial of JsonObject.
    await this.ds.getRepository(DeadLetterEntity).insert({ ...failure, payload: failure.payload as never });
  }
}
