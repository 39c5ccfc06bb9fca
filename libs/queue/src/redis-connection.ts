import IORedis, { type Redis, type RedisOptions } from 'ioredis';

/**
 * Workers block on Redis, so they need maxRetriesPerRequest: null (BullMQ docs); producers in
 * the API fail fast instead, so a request never hangs on a Redis that is down.
 */
function roleOptions(role: 'worker' | 'producer'): RedisOptions {
  return {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
}

export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  return new IORedis(url, { ...roleOptions(role), lazyConnect: false });
}

/**
 * What each BullMQ worker duplicates its own two connections from (it owns and closes those).
 * Lazy, so this template never connects and leaves nothing to close.
 */
export function workerConnection(url: string): Redis {
  return new IORedis(url, { ...roleOptions('worker'), lazyConnect: true });
}
