/**
 * The sweeper deletes Idempotency-Keys older than IDEMPOTENCY_KEY_RETENTION_HOURS, answered or
 * not, and keeps younger ones (a retry within the retention still gets its answer).
 */
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { Sweeper } from '../../apps/dispatcher/src/maintenance/sweeper';
import { createTestEnv, type TestEnv } from '../support/test-env';

describe('Idempotency-Key retention', () => {
  let t: TestEnv;
  let worker: INestApplicationContext;
  let ds: DataSource;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox', IDEMPOTENCY_KEY_RETENTION_HOURS: '24' });
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.teardown();
  });

  it('deletes the keys older than the retention, answered or not, in batches; keeps the younger ones', async () => {
    const key = (name: string, status: number, hoursAgo: number) =>
      ds.query(
        `INSERT INTO idempotency_record (principal, key, request_hash, response_status, response_body, created_at)
         VALUES ('BENEFICIARY:u1', $1, repeat('a', 64), $2, '{}', now() - make_interval(hours => $3))`,
        [name, status, hoursAgo],
      );
    await key('old-answered', 201, 25);
    await key('old-unanswered', 0, 30);
    await key('young', 201, 23);
    await key('new', 0, 0);
    // A backlog larger than one batch goes in one pass too.
    await ds.query(
      `INSERT INTO idempotency_record (principal, key, request_hash, response_status, response_body, created_at)
       SELECT 'BENEFICIARY:u2', 'backlog-' || n, repeat('b', 64), 201, '{}', now() - interval '3 days'
         FROM generate_series(1, 12000) AS n`,
    );
    await worker.get(Sweeper).sweep();
    const left = (await ds.query(`SELECT key FROM idempotency_record ORDER BY key`)) as { key: string }[];
    expect(left.map((r) => r.key)).toEqual(['new', 'young']);
  });
});
