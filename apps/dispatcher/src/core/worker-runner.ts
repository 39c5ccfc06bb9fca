import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { DeadLetterEntity } from '@invataxi/persistence';
import {
  createRedis,
  isQueueName,
  JOB_QUEUE,
  QueueProducer,
  WorkerHost,
  type QueueName,
} from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import { JobRegistry } from './job-registry';

/**
 * Starts the BullMQ workers for the queues this process consumes (config DISPATCHER_QUEUES)
 * once every module has registered its handlers, and keeps the repeatable schedules in Redis:
 * Redis may lose everything, so they are re-asserted every half minute.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private host: WorkerHost | null = null;
  private keeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly registry: JobRegistry,
    private readonly producer: QueueProducer,
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get queues(): QueueName[] {
    const unknown = this.config.DISPATCHER_QUEUES.filter((q) => q !== 'outbox' && !isQueueName(q));
    if (unknown.length) throw new Error(`DISPATCHER_QUEUES names unknown queues: ${unknown.join(', ')}`);
    return this.config.DISPATCHER_QUEUES.filter(isQueueName);
  }

  onApplicationBootstrap(): void {
    const queues = this.queues;
    this.host = new WorkerHost(this.registry.handlers, {
      connection: () => createRedis(this.config.REDIS_URL, 'worker'),
      prefix: this.config.QUEUE_PREFIX,
      queues,
      concurrency: this.config.DISPATCHER_CONCURRENCY,
      onFinalFailure: async (f) => {
        this.logger.error(
          { queue: f.queue, jobName: f.jobName, jobId: f.jobId, attempts: f.attempts },
          'job failed for good',
        );
        await this.ds.getRepository(DeadLetterEntity).insert({
          queue: f.queue,
          jobName: f.jobName,
          jobId: f.jobId,
          payload: f.payload as never,
          error: f.error,
          attempts: f.attempts,
        });
      },
      onError: (e) =>
        this.logger.warn({ errorClass: e.constructor.name, msg: e.message.slice(0, 200) }, 'worker error'),
    });
    this.host.start();
    void this.keepSchedules();
    this.keeper = setInterval(() => void this.keepSchedules(), 30000);
    this.logger.info({ queues }, 'dispatcher consuming');
  }

  private async keepSchedules(): Promise<void> {
    const mine = this.registry.schedules.filter((s) => this.queues.includes(JOB_QUEUE[s.name]));
    for (const s of mine) {
      try {
        await this.producer.schedule(s.name, s.every, {} as never);
      } catch {
        // Redis down: the next pass re-asserts it.
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.keeper) clearInterval(this.keeper);
    await this.host?.close();
  }
}
