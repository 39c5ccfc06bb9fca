import IORedis, { type Redis } from 'ioredis';

/**
 * Workers block on Redis, so they need maxRetriesPerRequest: null (BullMQ docs); producers in
 * the API fail fast instead, so a request never hangs on a Redis that is down.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}
