/**
 * One app of the platform (the api or the dispatcher) in a worker thread of `npm run demo`, while
 * it plays the history (issue 22; platform-threads.ts starts it). Its clock follows the history's
 * through shared memory; the parent's message ends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@invataxi/config';
import { CLOCK, type OffsetClock } from '@invataxi/domain';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';

export interface PlatformThreadData {
  app: 'api' | 'dispatcher';
  config: AppConfig;
  /** The history's clock offset (OffsetClock.sharedOffset()). */
  clock: SharedArrayBuffer;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('platform-thread.ts runs in a worker thread');
  const { app, config, clock } = workerData as PlatformThreadData;
  let instance: INestApplicationContext;
  if (app === 'api') {
    const api = await createApi(config);
    (api.get(CLOCK) as OffsetClock).follow(clock);
    await api.listen({ host: config.API_HOST, port: config.API_PORT });
    instance = api as NestFastifyApplication;
  } else {
    instance = await createDispatcher(config);
    (instance.get(CLOCK) as OffsetClock).follow(clock);
  }
  port.once('message', () => {
    void instance.close().then(
      () => port.postMessage({ closed: true }),
      (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e) }),
    );
  });
  port.postMessage({ ready: true });
}

main().catch((e: unknown) => parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) }));
