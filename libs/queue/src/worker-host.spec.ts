import type { Job } from 'bullmq';
import { JobName } from './job-catalogue';
import { QueueName } from './queue-names';
import {
  JobWorkerHost,
  UnrecoverableError,
  unhandledJobs,
  type FinalFailure,
  type JobHandler,
  type JobHandlers,
} from './worker-host';

class TestHost extends JobWorkerHost {
  readonly failures: FinalFailure[] = [];
  constructor(private readonly handlers: JobHandlers) {
    super();
  }
  override get queue(): QueueName {
    return QueueName.Maintenance;
  }
  protected handlerFor(name: JobName): JobHandler<JobName> | undefined {
    return this.handlers[name] as JobHandler<JobName> | undefined;
  }
  protected async recordFinalFailure(f: FinalFailure): Promise<void> {
    this.failures.push(f);
  }
  protected workerError(): void {}
}

function job(name: string, attemptsMade: number, attempts = 3): Job {
  return {
    name,
    id: `${name}.1`,
    data: {},
    attemptsMade,
    opts: { attempts },
    updateProgress: async () => undefined,
  } as unknown as Job;
}

describe('worker host', () => {
  it('refuses a consumed queue whose job has no handler, and ignores the queues not consumed', () => {
    const handlers: JobHandlers = { [JobName.Sweep]: async () => undefined };
    expect(unhandledJobs([QueueName.Maintenance], handlers)).toEqual([
      JobName.MaterialiseSeries,
      JobName.RollUpOperations,
    ]);
    handlers[JobName.MaterialiseSeries] = async () => undefined;
    handlers[JobName.RollUpOperations] = async () => undefined;
    expect(unhandledJobs([QueueName.Maintenance], handlers)).toEqual([]);
    expect(unhandledJobs([], {})).toEqual([]);
  });

  it("routes a job to its name's handler with its attempt, and fails for good without one", async () => {
    const host = new TestHost({ [JobName.Sweep]: async (_p, ctx) => ({ attempt: ctx.attempt }) });
    expect(await host.process(job(JobName.Sweep, 1))).toEqual({ attempt: 2 });
    await expect(host.process(job(JobName.MaterialiseSeries, 0))).rejects.toBeInstanceOf(UnrecoverableError);
  });

  it('records a failure once retries are spent or the error is unrecoverable, not before', async () => {
    const host = new TestHost({});
    host.onFailed(job(JobName.Sweep, 1), new Error('try again'));
    host.onFailed(job(JobName.Sweep, 3), new Error('spent'));
    host.onFailed(job(JobName.MaterialiseSeries, 1), new UnrecoverableError('never'));
    await new Promise((r) => setImmediate(r));
    expect(host.failures.map((f) => [f.jobName, f.attempts, f.error])).toEqual([
      [JobName.Sweep, 3, 'Error: spent'],
      [JobName.MaterialiseSeries, 1, 'UnrecoverableError: never'],
    ]);
  });
});
