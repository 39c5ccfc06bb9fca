import type { BeforeApplicationShutdown, Type } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, UnrecoverableError, type Job, type Worker } from 'bullmq';
import { JOB_QUEUE, JobName, type JobOf } from './job-catalogue';
import type { QueueName } from './queue-names';
import { QUEUE_CONCURRENCY } from './job-options';
import { workerConnection } from './redis-connection';

export { UnrecoverableError };

export interface JobContext {
  jobId: string;
  /** 1 on the first try. */
  attempt: number;
  progress(value: number | object): Promise<void>;
}

/**
 * Thrown by a handler whose job may not run yet (another process holds what it needs): the job
 * goes back to wait this long, not counted as an attempt and not a failure.
 */
export class RetryLater extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'RetryLater';
  }
}

export type JobHandler<N extends JobName> = (payload: JobOf<N>, ctx: JobContext) => Promise<unknown>;
export type JobHandlers = { [N in JobName]?: JobHandler<N> };

export interface FinalFailure {
  queue: QueueName;
  jobName: string;
  jobId: string;
  payload: Record<string, unknown>;
  error: string;
  attempts: number;
}

/**
 * The jobs of the consumed queues that have no handler. Start-up refuses to go on while there
 * is one (immich's rule): such jobs would otherwise fail silently forever.
 */
export function unhandledJobs(queues: readonly QueueName[], handlers: JobHandlers): JobName[] {
  return (Object.values(JobName) as JobName[]).filter((n) => queues.includes(JOB_QUEUE[n]) && !handlers[n]);
}

/**
 * One queue's BullMQ worker (@nestjs/bullmq's WorkerHost): routes each job by name to its
 * handler and tells when a job will not be retried again. A subclass supplies the handlers and
 * where a final failure is recorded, through its injected collaborators.
 */
export abstract class JobWorkerHost extends WorkerHost implements BeforeApplicationShutdown {
  protected abstract handlerFor(name: JobName): JobHandler<JobName> | undefined;
  /** Called once a job will not be retried again: record it where a person can see it. */
  protected abstract recordFinalFailure(failure: FinalFailure): Promise<void>;
  protected abstract workerError(error: Error): void;

  get queue(): QueueName {
    return this.worker.name as QueueName;
  }

  /** The worker is created stopped (autorun: false) and starts once every handler is known. */
  start(): void {
    this.worker.run().catch((e: unknown) => this.workerError(e as Error));
  }

  async process(job: Job, token?: string): Promise<unknown> {
    const handler = this.handlerFor(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
    try {
      return await handler(job.data as JobOf<JobName>, {
        jobId: job.id ?? '',
        attempt: job.attemptsMade + 1,
        progress: (value) => job.updateProgress(value),
      });
    } catch (e) {
      if (!(e instanceof RetryLater)) throw e;
      // BullMQ's way to re-delay a job from its processor: move it, then throw DelayedError so
      // the worker neither completes nor fails it.
      await job.moveToDelayed(Date.now() + e.delayMs, token);
      throw new DelayedError();
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    if (!job) return;
    const final =
      err instanceof UnrecoverableError ||
      err.name === 'UnrecoverableError' ||
      job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    this.recordFinalFailure({
      queue: this.queue,
      jobName: job.name,
      jobId: job.id ?? '',
      payload: job.data as Record<string, unknown>,
      error: `${err.name}: ${err.message}`.slice(0, 2000),
      attempts: job.attemptsMade,
    }).catch((e: unknown) => this.workerError(e as Error));
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.workerError(error);
  }

  /**
   * SIGTERM: running jobs finish before the queues, the relay and the database close (this hook
   * runs before every onApplicationShutdown), so a deploy never half-does a job.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.close();
  }

  /** Closes the worker once BullModule has made it (a refused start-up may come first). */
  async close(): Promise<void> {
    let worker: Worker;
    try {
      worker = this.worker;
    } catch {
      return;
    }
    await worker.close();
  }
}

export interface QueueWorkerOptions {
  redisUrl: string;
  concurrency: number;
}

/**
 * One @Processor class per consumed queue, each a subclass of `base` (so all get its injected
 * collaborators). Only these queues get a worker: a process never consumes another queue.
 */
export function queueProcessors(
  base: Type<JobWorkerHost>,
  queues: readonly QueueName[],
  options: QueueWorkerOptions,
): Type<JobWorkerHost>[] {
  return queues.map((queue) => {
    // Abstract only to the compiler: `base` is the concrete class Nest builds.
    abstract class QueueProcessor extends base {}
    const processor = QueueProcessor as Type<JobWorkerHost>;
    Object.defineProperty(processor, 'name', { value: `${base.name}(${queue})` });
    Processor(queue, {
      connection: workerConnection(options.redisUrl),
      concurrency: QUEUE_CONCURRENCY[queue] ?? options.concurrency,
      autorun: false,
      // A killed worker's job becomes stalled and is picked up again after this long.
      stalledInterval: 5000,
      maxStalledCount: 3,
    })(processor);
    return processor;
  });
}
