import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { JOB_QUEUE, QueueProducer, unhandledJobs, type JobWorkerHost } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import { JobRegistry } from './job-registry';

/** The processors of the queues this process consumes (one per queue, see core.module.ts). */
export const QUEUE_WORKERS = Symbol('QUEUE_WORKERS');

/**
 * Starts the queues' workers once every module has registered its handlers (refusing to start
 * while a consumed job has none), and keeps the repeatable schedules in Redis: Redis may lose
 * everything, so they are re-asserted every half minute.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private keeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly registry: JobRegistry,
    private readonly producer: QueueProducer,
    @Inject(QUEUE_WORKERS) private readonly workers: readonly JobWorkerHost[],
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get queues(): string[] {
    return this.workers.map((w) => w.queue);
  }

  onApplicationBootstrap(): void {
    const missing = unhandledJobs(
      this.workers.map((w) => w.queue),
      this.registry.handlers,
    );
    if (missing.length > 0) throw new Error(`No handler for jobs: ${missing.join(', ')}`);
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
