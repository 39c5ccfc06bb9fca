import { Inject, Injectable } from '@nestjs/common';
import { DeadLettersRepository } from '@invataxi/persistence';
import { JobWorkerHost, type FinalFailure, type JobHandler, type JobName } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import { JobRegistry } from './job-registry';

/**
 * What every queue's processor shares (core.module.ts makes one @Processor subclass per
 * consumed queue): the handlers the feature modules registered, and the dead letter.
 */
@Injectable()
export class QueueWorker extends JobWorkerHost {
  constructor(
    private readonly registry: JobRegistry,
    private readonly deadLetters: DeadLettersRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  protected handlerFor(name: JobName): JobHandler<JobName> | undefined {
    return this.registry.handlers[name] as JobHandler<JobName> | undefined;
  }

  protected async recordFinalFailure(f: FinalFailure): Promise<void> {
    this.logger.error(
      { queue: f.queue, jobName: f.jobName, jobId: f.jobId, attempts: f.attempts },
      'job failed for good',
    );
    await this.deadLetters.record(f);
  }

  protected workerError(e: Error): void {
    this.logger.warn({ errorClass: e.constructor.name, msg: e.message.slice(0, 200) }, 'worker error');
  }
}
