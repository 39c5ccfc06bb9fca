import { Module, type DynamicModule, type InjectionToken } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_JOB_OPTIONS } from './job-options';
import { ALL_QUEUES } from './queue-names';
import { QueueProducer } from './queue-producer';

export interface QueueModuleOptions {
  /** The Redis client every queue shares (a producer's: it fails fast when Redis is down). */
  connection: InjectionToken;
  /** BullMQ key prefix (config QUEUE_PREFIX). */
  prefix: string;
}

/**
 * BullMQ wired the Nest way: one shared connection and prefix (BullModule.forRootAsync), every
 * queue of the catalogue registered with its retry policy (BullModule.registerQueue), and the
 * producer over those queues. Workers are the dispatcher's own (@Processor classes).
 */
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    const queues = BullModule.registerQueue(
      ...ALL_QUEUES.map((name) => ({ name, defaultJobOptions: QUEUE_JOB_OPTIONS[name] })),
    );
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          useFactory: (connection: Redis) => ({ connection, prefix: options.prefix }),
          inject: [options.connection],
        }),
        queues,
      ],
      providers: [
        {
          provide: QueueProducer,
          useFactory: (...registered: Queue[]) => new QueueProducer(registered),
          inject: ALL_QUEUES.map((name) => getQueueToken(name)),
        },
      ],
      exports: [queues, QueueProducer],
    };
  }
}
