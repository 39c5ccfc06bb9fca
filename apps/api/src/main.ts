import 'reflect-metadata';
import cluster from 'node:cluster';
import { loadConfigOrExit, type AppConfig } from '@invataxi/config';
import { createLogger } from '@invataxi/platform';
import { createApi } from './create-api';

/** A worker that dies is replaced after this pause (a crash loop must not spin the CPU). */
const RESPAWN_DELAY_MS = 1000;
/** After Ctrl-C, a worker still running this much later is sent SIGTERM itself. */
const SIGINT_GRACE_MS = 10_000;

async function serve(config: AppConfig): Promise<void> {
  const app = await createApi(config);
  await app.listen({ host: config.API_HOST, port: config.API_PORT });
}

/**
 * API_WORKERS > 1: this process forks that many APIs sharing the port (node:cluster hands the
 * connections round-robin) and serves nothing itself. The API is one thread; on a host with
 * several cores for it, one process would leave them idle while requests queue. A worker that
 * dies is replaced; on SIGTERM/SIGINT every worker stops as a single API does (requests in flight
 * finish) and this process exits after the last.
 */
function supervise(config: AppConfig): void {
  const log = createLogger(config.LOG_LEVEL, 'api-primary');
  let stopping = false;
  for (let i = 0; i < config.API_WORKERS; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, 'api worker died: starting another');
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, RESPAWN_DELAY_MS);
  });
  const stopWorkers = (): void => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  };
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    // Ctrl-C signals the whole process group: the workers are stopping already, and a second
    // signal would cut their requests in flight. Only if one is still there later is it told.
    if (signal === 'SIGINT') setTimeout(stopWorkers, SIGINT_GRACE_MS).unref();
    else stopWorkers();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  log.info({ workers: config.API_WORKERS, port: config.API_PORT }, 'api workers started');
}

const config = loadConfigOrExit();
if (config.API_WORKERS > 1 && cluster.isPrimary) supervise(config);
else void serve(config);
