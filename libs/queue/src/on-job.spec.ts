import 'reflect-metadata';
import { JobName, type JobOf } from './job-catalogue';
import { jobHandlerOf, OnJob } from './on-job';

class Handlers {
  @OnJob(JobName.Sweep, { repeat: () => ({ everyMs: 1000 }) })
  async sweep(): Promise<number> {
    return 1;
  }

  @OnJob(JobName.SendNotification)
  async send(p: JobOf<JobName.SendNotification>): Promise<string> {
    return p.notificationId;
  }

  async plain(): Promise<void> {}
}

describe('@OnJob', () => {
  it("marks a method with its job's name and repeat, and leaves others unmarked", () => {
    const proto = Handlers.prototype;
    const sweep = jobHandlerOf(proto.sweep);
    expect(sweep?.name).toBe(JobName.Sweep);
    expect(sweep?.repeat?.({} as never)).toEqual({ everyMs: 1000 });
    expect(jobHandlerOf(proto.send)).toEqual({ name: JobName.SendNotification });
    expect(jobHandlerOf(proto.plain)).toBeUndefined();
    expect(jobHandlerOf('not a method')).toBeUndefined();
  });
});
