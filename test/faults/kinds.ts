/**
 * The faults the fault suite injects, each as one function on a running Stack, so that the
 * suite's scenarios and the soak (test/faults/soak.ts) inject the same ones. Each returns what it
 * did, in words for the report.
 */
import IORedis from 'ioredis';
import type { PortalReceived } from './checks';
import type { Stack } from './stack';

export const REDIS_DOWN_MS = 18_000;
export const POSTGRES_DOWN_MS = 8_000;
export const PORTAL_DOWN_MS = 20_000;
export const PORTAL_SLOW_MS = 8_000;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A dispatcher process killed with SIGKILL; started again after `downMs` (null: left down). */
export async function killDispatcher(
  stack: Stack,
  name: string,
  downMs: number | null = 1000,
): Promise<string> {
  await stack.kill(name, 'SIGKILL');
  if (downMs === null) return `${name} SIGKILL`;
  await sleep(downMs);
  await stack.restart(name);
  return `${name} SIGKILL, restarted after ${downMs / 1000} s`;
}

/** The newest api worker killed with SIGKILL (connections to it cut); the primary starts another. */
export async function killApiWorker(stack: Stack): Promise<string> {
  const started = Date.now();
  const pid = await stack.killApiWorker();
  return `api worker ${pid} SIGKILL, replaced after ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** Redis emptied by FLUSHALL; `gapMs` later killed with SIGKILL; an empty one `downMs` after. */
export async function loseRedis(stack: Stack, gapMs: number, downMs = REDIS_DOWN_MS): Promise<string> {
  const redis = stack.servers!.redis;
  const client = new IORedis(redis.url, { maxRetriesPerRequest: 1 });
  await client.flushall();
  client.disconnect();
  await sleep(gapMs);
  await redis.kill();
  const down = Date.now();
  await sleep(downMs);
  await redis.start();
  return `Redis FLUSHALL; SIGKILL ${gapMs / 1000} s later, down ${Math.round((Date.now() - down) / 1000)} s, an empty Redis started`;
}

/** PostgreSQL stopped (fast shutdown) for `downMs`; `outage` gets when it was away. */
export async function stopPostgres(
  stack: Stack,
  outage: { from: number; to: number } = { from: 0, to: 0 },
  downMs = POSTGRES_DOWN_MS,
): Promise<string> {
  const pg = stack.servers!.postgres;
  outage.from = Date.now();
  await pg.stop();
  const down = Date.now();
  await sleep(downMs);
  await pg.start();
  outage.to = Date.now();
  return `PostgreSQL stop -m fast, down ${Math.round((Date.now() - down) / 1000)} s, start`;
}

/**
 * The Portal stand-in failing (503 to every call) for a second, then killed for `downMs` and
 * restarted empty, then slower than our timeout for `slowMs`. What it had acknowledged before the
 * kill goes to `archive` (a restarted one starts empty).
 */
export async function troublePortal(
  stack: Stack,
  archive: PortalReceived[],
  downMs = PORTAL_DOWN_MS,
  slowMs = PORTAL_SLOW_MS,
): Promise<string> {
  // Failing first, so that what it acknowledged before can be read back.
  await stack.portal('POST', '/mode', { failStatus: 503 });
  await sleep(1000);
  archive.push(...(await stack.portal<PortalReceived[]>('GET', '/statuses')));
  await stack.kill('portal', 'SIGKILL');
  const down = Date.now();
  await sleep(downMs);
  await stack.restart('portal');
  const gone = Math.round((Date.now() - down) / 1000);
  await stack.portal('POST', '/mode', { delayMs: 2500 });
  await sleep(slowMs);
  await stack.portal('POST', '/mode', {});
  return `Portal 503 for 1 s, SIGKILL, down ${gone} s, restarted empty; answers after 2.5 s for ${slowMs / 1000} s`;
}

/** Everything the Portal stand-in acknowledged: the archive of earlier processes and the live one's. */
export async function portalReceived(stack: Stack, archive: PortalReceived[]): Promise<PortalReceived[]> {
  return [...archive, ...(await stack.portal<PortalReceived[]>('GET', '/statuses'))];
}
