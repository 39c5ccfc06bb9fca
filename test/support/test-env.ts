/**
 * Test isolation: each test file gets its own PostgreSQL database (created from scratch by the
 * migrations, dropped at the end) and its own BullMQ prefix, so files run in parallel and a
 * run leaves nothing behind. PostgreSQL and Redis are always the real ones.
 */
import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '@invataxi/config';
import { createDataSource, runMigrations } from '@invataxi/persistence';
import { signToken, type Principal } from '@invataxi/auth';
import { CLOCK_OFFSET_MS, testNow } from './clock';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestEnv {
  config: AppConfig;
  env: Record<string, string>;
  dbName: string;
  /** "Now" as the apps under test see it (test/support/clock.ts). */
  now(): Date;
  token(p: Principal, ttlSeconds?: number): string;
  teardown(): Promise<void>;
}

/** Where the database is created and the queues live: the shared servers unless given. */
export interface TestServers {
  adminUrl?: string;
  redisUrl?: string;
}

async function admin<T>(adminUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh migrated database and queue prefix, and a config pointing at them. */
export async function createTestEnv(
  overrides: Record<string, string> = {},
  servers: TestServers = {},
): Promise<TestEnv> {
  const adminUrl = servers.adminUrl ?? ADMIN_URL;
  const redisUrl = servers.redisUrl ?? REDIS_URL;
  const id = randomBytes(5).toString('hex');
  const dbName = `invataxi_test_${id}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${dbName}`));
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: url.toString(),
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `t${id}`,
    API_PORT: '0',
    JWT_SECRET: randomBytes(32).toString('base64'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATA_HASH_KEY: randomBytes(32).toString('base64'),
    OUTBOX_RELAY_INTERVAL_MS: '50',
    SWEEPER_INTERVAL_MS: '3600000',
    DISPATCHER_CONCURRENCY: '2',
    // Specs drive many requests through one token (a dispatcher booking a city's rides); the
    // limiter still runs, high enough not to throttle them. test/security sets its own limits.
    RATE_LIMIT_BOOKINGS_PER_WINDOW: '1000000',
    RATE_LIMIT_LOOKUP_PER_WINDOW: '1000000',
    RATE_LIMIT_PORTAL_PER_WINDOW: '1000000',
    // Every sign-in of a suite comes from 127.0.0.1; test/identity/sign-in-limits sets its own.
    AUTH_ADDRESS_LIMIT: '1000000',
    TEST_CLOCK_OFFSET_MS: String(CLOCK_OFFSET_MS),
    ...overrides,
  };
  const config = loadConfig(env);
  const ds = createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  return {
    config,
    env,
    dbName,
    now: testNow,
    token: (p, ttl = 3600) => signToken({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER }, p, ttl),
    teardown: async () => {
      await admin(adminUrl, async (c) => {
        await c.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [dbName],
        );
        await c.query(`DROP DATABASE IF EXISTS ${dbName}`);
      });
      await deleteRedisPrefix(redisUrl, config.QUEUE_PREFIX);
    },
  };
}

export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Polls until the check returns a value (not undefined/false), or fails after the timeout. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false | null>,
  timeoutMs = 15000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false && v !== null) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`eventually: timed out${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
