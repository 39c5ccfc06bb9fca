import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '@invataxi/config';
import { queueProcessors } from '@invataxi/queue';
import { JobRegistry } from './job-registry';
import { OutboxRelay } from './outbox-relay';
import { QueueWorker } from './queue-worker';
import { SweepRegistry } from './sweep-registry';
import { consumedQueues, QUEUE_WORKERS, WorkerRunner } from './worker-runner';

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
      imports: [DiscoveryModule],
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
