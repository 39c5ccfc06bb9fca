import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_QUEUE, type JobMessage } from './job-catalogue';
import type { QueueName } from './queue-names';
import { createRedis } from './redis-connection';

/** A delayed job by its message, and when it is due from now, in ms of the system's clock (<= 0: now). */
export interface DueJob {
  message: Pick<JobMessage, 'name' | 'jobId'>;
  dueInMs: number;
}

/**
 * Delayed jobs put back on a clock that is not the system's. BullMQ waits out a job's delay on
 * the system's clock, while the demo's history (issue 22) moves the platform's clock through a
 * day in seconds: a message planned for 08:00 of a past day would wait the real hours and go out
 * when the live city has started, as if new (walk h3 finding 2). Whoever moves the clock tells
 * each job when it is due on it: now (promoted) or in so many ms (its delay changed). A job not
 * delayed (not relayed yet, running, done) is left as it is: the next call sees it again.
 */
export class DelayedJobs {
  private readonly queues = new Map<string, Queue>();

  private constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  static open(redisUrl: string, prefix: string): DelayedJobs {
    return new DelayedJobs(createRedis(redisUrl, 'producer'), prefix);
  }

  /** Moves each delayed job to its due time; how many it moved. */
  async retime(jobs: readonly DueJob[]): Promise<number> {
    let moved = 0;
    for (const j of jobs) {
      const job = await this.queue(JOB_QUEUE[j.message.name]).getJob(j.message.jobId);
      if (!job || !(await job.isDelayed())) continue;
      try {
        if (j.dueInMs <= 0) await job.promote();
        else await job.changeDelay(Math.round(j.dueInMs));
        moved++;
      } catch {
        // Taken by a worker between the check and the move: it is running, which is what was wanted.
      }
    }
    return moved;
  }

  /**
   * Runs a job now and waits (at most `timeoutMs`) until it has finished: for work the platform
   * does on a timer of the system's clock (the sweeper's pass) that a moved clock has to have done
   * at its own time. Whether it succeeded or failed, the caller goes on.
   */
  async runNow(msg: JobMessage, timeoutMs = 30_000): Promise<void> {
    const job = await this.queue(JOB_QUEUE[msg.name]).add(msg.name, msg.payload, { jobId: msg.jobId });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const state = await job.getState();
      if (state === 'completed' || state === 'failed' || state === 'unknown') return;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Jobs of the queue waiting to run or running now (not the delayed ones). */
  async busy(name: QueueName): Promise<number> {
    const c = await this.queue(name).getJobCounts('waiting', 'active', 'prioritized');
    return Object.values(c).reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, q);
    }
    return q;
  }
}
