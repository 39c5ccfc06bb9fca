import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@invataxi/config';
import { isQueueName, queueProcessors, type QueueName } from '@invataxi/queue';
import { JobRegistry } from './job-registry';
import { OutboxRelay } from './outbox-relay';
import { QueueWorker } from './queue-worker';
import { SweepRegistry } from './sweep-registry';
import { QUEUE_WORKERS, WorkerRunner } from './worker-runner';

/** The queues this process consumes (config DISPATCHER_QUEUES; "outbox" is the relay, always on). */
export function consumedQueues(config: AppConfig): QueueName[] {
  const unknown = config.DISPATCHER_QUEUES.filter((q) => q !== 'outbox' && !isQueueName(q));
  if (unknown.length) throw new Error(`DISPATCHER_QUEUES names unknown queues: ${unknown.join(', ')}`);
  return config.DISPATCHER_QUEUES.filter(isQueueName);
}

/**
 * The dispatcher's engine: registries that feature modules fill, the relay, and one BullMQ
 * processor per consumed queue, built from config so no other queue gets a worker.
 */
@Global()
@Module({})
export class DispatcherCoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    const processors = queueProcessors(QueueWorker, consumedQueues(config), {
      redisUrl: config.REDIS_URL,
      concurrency: config.DISPATCHER_CONCURRENCY,
    });
    return {
      module: DispatcherCoreModule,
      providers: [
        JobRegistry,
        SweepRegistry,
        OutboxRelay,
        WorkerRunner,
        ...processors,
        { provide: QUEUE_WORKERS, useFactory: (...workers: QueueWorker[]) => workers, inject: processors },
      ],
      exports: [JobRegistry, SweepRegistry, OutboxRelay, WorkerRunner],
    };
  }
}
