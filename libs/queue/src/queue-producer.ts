import type { Queue } from 'bullmq';
import { JOB_QUEUE, type JobMessage, type JobName } from './job-catalogue';
import type { QueueName } from './queue-names';

/**
 * Adds jobs to the queues that QueueModule registers (BullModule.registerQueue): the only code
 * that adds jobs, always through the catalogue, so no queue name is spelled twice.
 */
export class QueueProducer {
  private readonly queues: ReadonlyMap<string, Queue>;

  constructor(queues: readonly Queue[]) {
    this.queues = new Map(queues.map((q) => [q.name, q]));
  }

  queue(name: QueueName): Queue {
    const q = this.queues.get(name);
    if (!q) throw new Error(`Unknown queue ${name}`);
    return q;
  }

  async add(msg: JobMessage): Promise<void> {
    await this.queue(JOB_QUEUE[msg.name]).add(msg.name, msg.payload, {
      jobId: msg.jobId,
      ...(msg.delayMs ? { delay: msg.delayMs } : {}),
    });
  }

  async addBulk(msgs: readonly JobMessage[]): Promise<void> {
    const byQueue = new Map<QueueName, JobMessage[]>();
    for (const m of msgs) {
      const q = JOB_QUEUE[m.name];
      byQueue.set(q, [...(byQueue.get(q) ?? []), m]);
    }
    for (const [q, list] of byQueue) {
      await this.queue(q).addBulk(
        list.map((m) => ({
          name: m.name,
          data: m.payload,
          opts: { jobId: m.jobId, ...(m.delayMs ? { delay: m.delayMs } : {}) },
        })),
      );
    }
  }

  /**
   * Makes sure each job exists and will run: adds the missing ones, and sends back to work the
   * ones BullMQ holds as finished under the same id (adding an id it holds is a no-op). For the
   * sweeper, whose messages are work PostgreSQL says is unfinished: a failed job gets another go
   * (the dead letter has already told a person); a completed one means Redis is ahead of the
   * database, as after a restore from backup (the job's effect was in WAL that was lost), so it
   * runs again; handlers are idempotent, so a run that raced the sweep costs only a repeat.
   * Returns how many revived.
   */
  async ensure(msgs: readonly JobMessage[]): Promise<number> {
    await this.addBulk(msgs);
    let revived = 0;
    for (const m of msgs) {
      const job = await this.queue(JOB_QUEUE[m.name]).getJob(m.jobId);
      const state = job ? await job.getState() : null;
      if (!job || (state !== 'failed' && state !== 'completed')) continue;
      try {
        await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
        revived++;
      } catch {
        // Moved since getState: another process's sweep revived it (the fault suite's dispatchers
        // race like this), or retention removed it. What matters is that it exists; the next
        // sweep sees it again if the work is still undone. A Redis outage throws from getJob.
        if (!(await this.queue(JOB_QUEUE[m.name]).getJob(m.jobId))) await this.add(m);
      }
    }
    return revived;
  }

  /** Registers a repeatable job (scheduler) by a stable key; calling it again updates it. */
  async schedule<N extends JobName>(
    name: N,
    every: { everyMs: number } | { pattern: string; tz?: string },
    payload: JobMessage<N>['payload'],
  ): Promise<void> {
    const repeat = 'everyMs' in every ? { every: every.everyMs } : { pattern: every.pattern, tz: every.tz };
    await this.queue(JOB_QUEUE[name]).upsertJobScheduler(name, repeat, { name, data: payload });
  }
}
