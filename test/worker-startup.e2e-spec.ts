import { Test } from '@nestjs/testing';
import { JobName, QueueName } from '@invataxi/queue';
import { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { createLogger, REDIS } from '@invataxi/platform';
import { DispatcherModule } from '../apps/dispatcher/src/dispatcher.module';
import { JobRegistry } from '../apps/dispatcher/src/core/job-registry';
import { WorkerRunner } from '../apps/dispatcher/src/core/worker-runner';
import { SeriesProcessor } from '../apps/dispatcher/src/series/series.processor';
import { createTestEnv, type TestEnv } from './support/test-env';

/**
 * The dispatcher's start-up: every @OnJob method is found, a consumed queue whose job has no
 * handler stops the process from starting (immich's rule), and only the queues named in
 * DISPATCHER_QUEUES get a worker.
 */
describe('dispatcher start-up', () => {
  let t: TestEnv;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,maintenance,plan' });
  });
  afterAll(async () => {
    await t?.teardown();
  });

  async function boot(withoutSeries: boolean) {
    const logger = createLogger('silent', 'dispatcher');
    let builder = Test.createTestingModule({ imports: [DispatcherModule.forRoot(t.config, logger)] });
    if (withoutSeries) builder = builder.overrideProvider(SeriesProcessor).useValue({});
    // The compiled module is an application context with no HTTP, as the dispatcher is.
    return builder.compile();
  }

  it('finds every handler, and consumes only the configured queues', async () => {
    const app = await boot(false);
    await app.init();
    try {
      const handlers = app.get(JobRegistry).handlers;
      for (const name of Object.values(JobName))
        expect([name, typeof handlers[name]]).toEqual([name, 'function']);
      expect(app.get(WorkerRunner).queues.sort()).toEqual([QueueName.Maintenance, QueueName.Plan]);
    } finally {
      await app.close();
    }
  });

  it('refuses to start while a consumed job has no handler', async () => {
    const app = await boot(true);
    await expect(app.init()).rejects.toThrow(`No handler for jobs: ${JobName.MaterialiseSeries}`);
    // Nest's close() rethrows the failed start-up: release the database and Redis here.
    await app.get(DataSource).destroy();
    app.get<Redis>(REDIS).disconnect();
  });
});
