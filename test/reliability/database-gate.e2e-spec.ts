import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client, type Pool } from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import {
  BACKED_UP_AFTER_MS,
  BACKED_UP_QUEUE_PER_CONNECTION,
  UNREACHABLE_HOLD_MS,
} from '../../apps/api/src/http/database-gate';
import { injectBounded, type Answer } from '../support/inject';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The API's door while PostgreSQL cannot serve (apps/api/src/http/database-gate.ts): a request
 * that could only queue for a connection, or meet a server that was out of reach a moment ago,
 * is answered 503 with Retry-After at once; once the queue moves or the hold is over, the next
 * request is served. One connection in the pool, held by the test, stands for a pool taken by
 * requests that cannot finish (PostgreSQL back after an outage, the clients' retries all at once).
 */
describe('database gate: 503 with Retry-After at once, not a place in a queue that cannot move', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  let token: string;

  beforeAll(async () => {
    t = await createTestEnv({ DATABASE_POOL_SIZE: '1' });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    ds = api.get(DataSource);
    token = t.token({ userId: randomUUID(), role: 'DISPATCHER', regionKato: '710000000' });
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  /** An endpoint that reads PostgreSQL: the region's providers. */
  const providers = (): Promise<Answer> =>
    injectBounded(api.getHttpAdapter().getInstance(), {
      method: 'GET',
      url: '/providers',
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });

  /** The request's answer and how long it took. */
  async function timed(answer: Promise<Answer>): Promise<{ a: Answer; ms: number }> {
    const at = Date.now();
    const a = await answer;
    return { a, ms: Date.now() - at };
  }

  function expectRefusedAtOnce({ a, ms }: { a: Answer; ms: number }): void {
    expect(a.statusCode).toBe(503);
    expect(a.headers['retry-after']).toBe('5');
    expect((a.json() as { code: string }).code).toBe('UNAVAILABLE');
    // At once: the pool's own limit on waiting for a connection is 5 s.
    expect(ms).toBeLessThan(1000);
  }

  async function holdTheConnection(): Promise<QueryRunner> {
    const runner = ds.createQueryRunner();
    await runner.connect();
    return runner;
  }

  it(`the oldest request for a connection waited ${BACKED_UP_AFTER_MS / 1000} s: the next one is answered 503 at once; the waiting one is served when the connection comes back, and so is the next`, async () => {
    const runner = await holdTheConnection();
    const waiting = timed(providers());
    await sleep(BACKED_UP_AFTER_MS + 200);
    expectRefusedAtOnce(await timed(providers()));
    await runner.release();
    const served = await waiting;
    expect(served.a.statusCode).toBe(200);
    expect(served.ms).toBeGreaterThanOrEqual(BACKED_UP_AFTER_MS);
    expect((await providers()).statusCode).toBe(200);
  });

  it(`${BACKED_UP_QUEUE_PER_CONNECTION} requests queued for each connection: the next one is answered 503 at once; the queued ones are served`, async () => {
    const runner = await holdTheConnection();
    const queued = Array.from({ length: BACKED_UP_QUEUE_PER_CONNECTION }, () => providers());
    // Until they have asked the pool (the answers are not awaited: they wait for the connection).
    await sleep(200);
    expectRefusedAtOnce(await timed(providers()));
    await runner.release();
    for (const a of await Promise.all(queued)) expect(a.statusCode).toBe(200);
  });

  it(`a new connection refused by the server: requests are answered 503 without trying for ${UNREACHABLE_HOLD_MS / 1000} s, then the server is tried again`, async () => {
    // TypeORM's pool for this DataSource; its next connection is made to a port nobody listens on.
    const pool = (ds.driver as unknown as { master: Pool }).master;
    const options = pool.options as { connectionString: string };
    const url = options.connectionString;
    const closed = new URL(url);
    closed.port = '1';
    // The api's idle connection ends (as PostgreSQL stopping ends it) and the pool drops it.
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    await eventually(async () => pool.totalCount === 0);
    options.connectionString = closed.toString();
    try {
      const refused = await providers();
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
    } finally {
      options.connectionString = url;
    }
    // The server is reachable again, but within the hold the door does not try it.
    expectRefusedAtOnce(await timed(providers()));
    await sleep(UNREACHABLE_HOLD_MS);
    expect((await providers()).statusCode).toBe(200);
  });
});
