import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import {
  isQueueName,
  JOB_QUEUE,
  QueueProducer,
  unhandledJobs,
  type JobWorkerHost,
  type QueueName,
} from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import { JobRegistry } from './job-registry';

/** The queues this process consumes (config DISPATCHER_QUEUES; "outbox" is the relay, always on). */
export function consumedQueues(config: AppConfig): QueueName[] {
  const unknown = config.DISPATCHER_QUEUES.filter((q) => q !== 'outbox' && !isQueueName(q));
  if (unknown.length) throw new Error(`DISPATCHER_QUEUES names unknown queues: ${unknown.join(', ')}`);
  return config.DISPATCHER_QUEUES.filter(isQueueName);
}

/** The processors of the queues this process consumes (one per queue, see core.module.ts). */
export const QUEUE_WORKERS = Symbol('QUEUE_WORKERS');

/**
 * Starts the queues' workers once every module has registered its handlers (refusing to start
 * while a consumed job has none), and keeps the repeatable schedules in Redis: Redis may lose
 * everything, so they are re-asserted every half minute.
 */
@Injectable()
export class WorkerRunner implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private keeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly registry: JobRegistry,
    private readonly producer: QueueProducer,
    @Inject(QUEUE_WORKERS) private readonly workers: readonly JobWorkerHost[],
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get queues(): QueueName[] {
    return consumedQueues(this.config);
  }

  /**
   * Before the relay or any worker runs (the workers are made stopped), so a refused start-up
   * leaves nothing running.
   */
  async onModuleInit(): Promise<void> {
    const missing = unhandledJobs(this.queues, this.registry.discover());
    if (missing.length === 0) return;
    await Promise.all(this.workers.map((w) => w.close()));
    throw new Error(`No handler for jobs: ${missing.join(', ')}`);
  }

  onApplicationBootstrap(): void {
    for (const w of this.workers) w.start();
    void this.keepSchedules();
    this.keeper = setInterval(() => void this.keepSchedules(), 30000);
    this.logger.info({ queues: this.queues }, 'dispatcher consuming');
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

  beforeApplicationShutdown(): void {
    if (this.keeper) clearInterval(this.keeper);
  }
}
