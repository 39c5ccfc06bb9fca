/**
 * The demo's history (issue 22) is played against the api and the dispatcher running each in a
 * worker thread of the demo's process, all on one clock the history moves (OffsetClock.follow:
 * shared memory, no message per step): the simulated city, the api and the dispatcher then work
 * side by side on the machine's cores instead of taking turns on one thread.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppConfig } from '@invataxi/config';
import type { PlatformThreadData } from './platform-thread';

const ROOT = join(__dirname, '..', '..');

interface Message {
  ready?: true;
  closed?: true;
  error?: string;
}

function startThread(data: PlatformThreadData): Promise<Worker> {
  // A worker runs JavaScript: TypeScript through the same register hook as the demo itself.
  const code = `require(${JSON.stringify(join(ROOT, 'scripts/register.js'))});
require(${JSON.stringify(join(__dirname, 'platform-thread.ts'))});`;
  // The history's transactions commit without waiting for the WAL to reach the disk (PostgreSQL's
  // synchronous_commit=off, for these threads' sessions only): a crash could lose the last
  // moments of it, never leave it inconsistent; the days played are the marker either way.
  const env = {
    ...process.env,
    PGOPTIONS: `${process.env.PGOPTIONS ?? ''} -c synchronous_commit=off`.trim(),
  };
  const worker = new Worker(code, { eval: true, workerData: data, env });
  return new Promise((resolve, reject) => {
    const failed = (e: unknown): void => {
      void worker.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    worker.once('error', failed);
    worker.once('exit', (code) =>
      failed(new Error(`the ${data.app} thread ended (${code}) before it was ready`)),
    );
    worker.once('message', (m: Message) => {
      worker.removeAllListeners('exit');
      if (m.ready) resolve(worker);
      else failed(new Error(`the ${data.app} thread failed: ${m.error ?? 'unknown'}`));
    });
  });
}

async function stopThread(worker: Worker): Promise<void> {
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, 15_000);
    worker.once('message', () => {
      clearTimeout(t);
      resolve();
    });
    worker.postMessage('close');
  });
  // Whatever a closed app left open (a socket, a timer) does not keep the thread.
  await worker.terminate();
}

/** The api (listening on API_PORT) and the dispatcher, each in its thread, their clocks following `clock`. */
export async function startPlatformThreads(
  config: AppConfig,
  clock: SharedArrayBuffer,
): Promise<{ close: () => Promise<void> }> {
  const started = await Promise.allSettled(
    (['api', 'dispatcher'] as const).map((app) => startThread({ app, config, clock })),
  );
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await Promise.all(workers.map(stopThread));
    throw failure.reason;
  }
  return { close: () => Promise.all(workers.map(stopThread)).then(() => undefined) };
}
