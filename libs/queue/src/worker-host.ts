import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_QUEUE, JobName, type JobOf } from './job-catalogue';
import type { QueueName } from './queue-names';

export { UnrecoverableError };

export interface JobContext {
  jobId: string;
  /** 1 on the first try. */
  attempt: number;
  progress(value: number | object): Promise<void>;
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

export interface WorkerHostOptions {
  connection: () => Redis;
  prefix: string;
  queues: readonly QueueName[];
  concurrency: number;
  /** Called once a job will not be retried again: record it where a person can see it. */
  onFinalFailure: (failure: FinalFailure) => Promise<void>;
  onError?: (error: Error) => void;
}

/**
 * Runs BullMQ workers for the configured queues and routes each job to its handler.
 * Refuses to start when a consumed queue carries a job that has no handler (immich's rule):
 * such jobs would otherwise fail silently forever.
 */
export class WorkerHost {
  private readonly workers: Worker[] = [];

  constructor(
    private readonly handlers: JobHandlers,
    private readonly options: WorkerHostOptions,
  ) {}

  start(): void {
    const missing = (Object.values(JobName) as JobName[]).filter(
      (n) => this.options.queues.includes(JOB_QUEUE[n]) && !this.handlers[n],
    );
    if (missing.length > 0) throw new Error(`No handler for jobs: ${missing.join(', ')}`);
    for (const queue of this.options.queues) {
      const worker = new Worker(queue, (job: Job) => this.run(job), {
        connection: this.options.connection(),
        prefix: this.options.prefix,
        concurrency: this.options.concurrency,
        // A killed worker's job becomes stalled and is picked up again after this long.
        stalledInterval: 5000,
        maxStalledCount: 3,
      });
      worker.on('failed', (job, err) => {
        if (!job) return;
        const final =
          err instanceof UnrecoverableError ||
          err.name === 'UnrecoverableError' ||
          job.attemptsMade >= (job.opts.attempts ?? 1);
        if (!final) return;
        this.options
          .onFinalFailure({
            queue,
            jobName: job.name,
            jobId: job.id ?? '',
            payload: job.data as Record<string, unknown>,
            error: `${err.name}: ${err.message}`.slice(0, 2000),
            attempts: job.attemptsMade,
          })
          .catch((e: unknown) => this.options.onError?.(e as Error));
      });
      worker.on('error', (e) => this.options.onError?.(e));
      this.workers.push(worker);
    }
  }

  private async run(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as JobHandler<JobName> | undefined;
    if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
    return handler(job.data as JobOf<JobName>, {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
      progress: (value) => job.updateProgress(value),
    });
  }

  /** Lets running jobs finish (SIGTERM): a deploy never half-does a job. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
