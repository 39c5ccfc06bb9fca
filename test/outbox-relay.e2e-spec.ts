import type { INestApplicationContext } from '@nestjs/common';
import IORedis from 'ioredis';
import { UnrecoverableError, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { JobName, QueueName, QueueProducer, message } from '@invataxi/queue';
import { createDispatcher } from '../apps/dispatcher/src/create-dispatcher';
import { OutboxRelay } from '../apps/dispatcher/src/core/outbox-relay';
import { Sweeper } from '../apps/dispatcher/src/maintenance/sweeper';
import { createTestEnv, eventually, type TestEnv } from './support/test-env';

/**
 * The handoff from PostgreSQL to Redis: a transaction's outbox rows reach BullMQ once, even
 * when relayed twice; and after Redis loses everything, the sweeper rebuilds the work from
 * PostgreSQL. The dispatcher runs the relay only (no queue consumers), so the queues can be read.
 */
describe('outbox relay and sweeper', () => {
  let t: TestEnv;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let producer: QueueProducer;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox', SWEEPER_STALE_AFTER_MS: '1000' });
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    producer = worker.get(QueueProducer);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.teardown();
  });

  async function insertAcceptedBooking(): Promise<{ id: string; version: number }> {
    const [b] = await ds.query(`
      WITH ben AS (
        INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
          residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility, version)
        VALUES ('\\x00', 'k1', md5(random()::text) || md5(random()::text), '9001******11', 'T', '1990-01-01', 'M',
          '711410000', 'a', 51.1, 71.4, 'ADULT_GROUP_1', '{}', 1) RETURNING id)
      INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
        dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
        load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
        max_ride_seconds, direct_seconds, direct_metres, version, updated_at)
      SELECT id, 'APP', '710000000', 'a', 51.1, 71.4, '711410000', 'b', 51.2, 71.5, '711410000', 'PICKUP',
        now() + interval '1 day', 'MEDICAL', '{}', 1, 0, 'ACCEPTED', now() + interval '1 day',
        now() + interval '1 day 15 minutes', now() + interval '1 day', now() + interval '1 day 1 hour',
        3600, 900, 8000, 1, now() - interval '1 hour' FROM ben RETURNING id, version`);
    return b;
  }

  it('relays an outbox row once, even when relayed twice', async () => {
    const relay = worker.get(OutboxRelay);
    const id = 'foundation-relay-test';
    await transact(ds, SYSTEM_ACTOR, async (uow) => {
      uow.audit({ action: 'test.enqueue', entityType: 'test', entityId: id });
      uow.enqueue(message(JobName.AggregateDemand, { regionKato: '710000000' }, id));
    });
    const queue = producer.queue(QueueName.Procurement);
    const jobId = `${JobName.AggregateDemand}.${id}`;
    await eventually(async () => (await queue.getJob(jobId)) ?? false);
    // The relay enqueues first and marks the row sent when its transaction commits: the job can
    // be seen a moment before the mark (this read was the flaky step).
    await eventually(
      async () =>
        (await ds.query(`SELECT 1 FROM outbox WHERE job_id = $1 AND sent_at IS NOT NULL`, [jobId])).length ===
        1,
    );
    const [row] = await ds.query(`SELECT id, sent_at FROM outbox WHERE job_id = $1`, [jobId]);
    expect(row.sent_at).not.toBeNull();
    // As if the relay's commit had been lost after enqueueing: the row is relayed again.
    await ds.query(`UPDATE outbox SET sent_at = NULL WHERE id = $1`, [row.id]);
    await eventually(
      async () =>
        (await ds.query(`SELECT 1 FROM outbox WHERE id = $1 AND sent_at IS NOT NULL`, [row.id])).length === 1,
    );
    await relay.relayOnce();
    expect(await queue.getJobCounts('waiting', 'delayed', 'active', 'completed')).toEqual(
      expect.objectContaining({ waiting: 1 }),
    );
    const audit = await ds.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [id]);
    expect(audit).toEqual([{ action: 'test.enqueue' }]);
  });

  it('rebuilds the dispatch work from PostgreSQL after Redis loses everything', async () => {
    const booking = await insertAcceptedBooking();
    const redis = new IORedis(t.config.REDIS_URL);
    // FLUSHALL would hit the other test files running in parallel: drop this file's keys only.
    const keys = await redis.keys(`${t.config.QUEUE_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    const queue = producer.queue(QueueName.Dispatch);
    const jobId = `${JobName.DispatchBooking}.${booking.id}.v${booking.version}`;
    expect(await queue.getJob(jobId)).toBeUndefined();
    const { enqueued } = await worker.get(Sweeper).sweep();
    expect(enqueued).toBeGreaterThanOrEqual(1);
    const job = await queue.getJob(jobId);
    expect(job?.data).toEqual({ bookingId: booking.id, version: booking.version });
    // A second sweep enqueues the same id: still one job.
    await worker.get(Sweeper).sweep();
    expect((await queue.getJobs(['waiting', 'delayed'])).filter((j) => j.id === jobId)).toHaveLength(1);
  });

  it('gives a job that failed for good another go when the booking is still undecided', async () => {
    const booking = await insertAcceptedBooking();
    const queue = producer.queue(QueueName.Dispatch);
    const jobId = `${JobName.DispatchBooking}.${booking.id}.v${booking.version}`;
    await worker.get(Sweeper).sweep();
    // A worker that cannot do the job: it fails for good at once.
    const connection = new IORedis(t.config.REDIS_URL, { maxRetriesPerRequest: null });
    const failing = new Worker(
      QueueName.Dispatch,
      async (job) => {
        if (job.id === jobId) throw new UnrecoverableError('cannot place now');
      },
      {
        connection: new IORedis(t.config.REDIS_URL, { maxRetriesPerRequest: null }),
        prefix: t.config.QUEUE_PREFIX,
      },
    );
    await eventually(async () => (await queue.getJob(jobId))?.isFailed());
    await failing.close();
    connection.disconnect();
    await worker.get(Sweeper).sweep();
    expect(await (await queue.getJob(jobId))!.getState()).toBe('waiting');
  });

  it('runs a job again when Redis says completed but PostgreSQL says undecided (a database restored from backup)', async () => {
    const booking = await insertAcceptedBooking();
    const queue = producer.queue(QueueName.Dispatch);
    const jobId = `${JobName.DispatchBooking}.${booking.id}.v${booking.version}`;
    await worker.get(Sweeper).sweep();
    // The job ran and decided the booking, but that decision was in WAL the restore did not
    // have: Redis holds the job as completed, PostgreSQL the booking as ACCEPTED.
    const connection = new IORedis(t.config.REDIS_URL, { maxRetriesPerRequest: null });
    const done = new Worker(QueueName.Dispatch, async () => ({ kind: 'scheduled' }), {
      connection,
      prefix: t.config.QUEUE_PREFIX,
    });
    await eventually(async () => (await queue.getJob(jobId))?.isCompleted());
    await done.close();
    connection.disconnect();
    await worker.get(Sweeper).sweep();
    expect(await (await queue.getJob(jobId))!.getState()).toBe('waiting');
  });

  it("writes a transaction's audit and outbox rows in their order, or none when it rolls back", async () => {
    const actor = {
      userId: '7d1c1a52-4a55-4c0e-9a57-2a3c7c5e0f11',
      role: 'LEB_OFFICER',
      requestId: 'req-uow-1',
    };
    await transact(ds, actor, async (uow) => {
      uow.audit({ action: 'test.first', entityType: 'test', entityId: 'uow-1', after: { n: 1 } });
      uow.audit({
        action: 'test.second',
        entityType: 'test',
        entityId: 'uow-1',
        before: { n: 1 },
        after: { n: 2 },
      });
      uow.enqueue(message(JobName.AggregateDemand, { regionKato: '710000000' }, 'uow-1a'));
      uow.enqueue(message(JobName.AggregateDemand, { regionKato: '750000000' }, 'uow-1b', 5000));
    });
    const audits = await ds.query(
      `SELECT action, actor_user_id, actor_role, request_id, before, after FROM audit_log WHERE entity_id = 'uow-1' ORDER BY id`,
    );
    expect(audits).toEqual([
      {
        action: 'test.first',
        actor_user_id: actor.userId,
        actor_role: 'LEB_OFFICER',
        request_id: 'req-uow-1',
        before: null,
        after: { n: 1 },
      },
      {
        action: 'test.second',
        actor_user_id: actor.userId,
        actor_role: 'LEB_OFFICER',
        request_id: 'req-uow-1',
        before: { n: 1 },
        after: { n: 2 },
      },
    ]);
    const rows = await ds.query(
      `SELECT job_id, payload, delay_ms FROM outbox WHERE job_id LIKE '%uow-1_' ORDER BY id`,
    );
    expect(rows).toEqual([
      { job_id: `${JobName.AggregateDemand}.uow-1a`, payload: { regionKato: '710000000' }, delay_ms: 0 },
      { job_id: `${JobName.AggregateDemand}.uow-1b`, payload: { regionKato: '750000000' }, delay_ms: 5000 },
    ]);

    // flushWith: the caller's statement and the gathered rows in one round trip, its rows returned.
    const answer = await transact(ds, SYSTEM_ACTOR, async (uow) => {
      uow.audit({ action: 'test.carried', entityType: 'test', entityId: 'uow-3' });
      uow.enqueue(message(JobName.AggregateDemand, { regionKato: '710000000' }, 'uow-3'));
      const rows = await uow.flushWith<{ n: number }>('SELECT $1::int * 2 AS n', [21]);
      await uow.flush(); // nothing left to write: no second copy
      return rows;
    });
    expect(answer).toEqual([{ n: 42 }]);
    expect(await ds.query(`SELECT count(*)::int AS c FROM audit_log WHERE entity_id = 'uow-3'`)).toEqual([
      { c: 1 },
    ]);
    expect(await ds.query(`SELECT count(*)::int AS c FROM outbox WHERE job_id LIKE '%uow-3'`)).toEqual([
      { c: 1 },
    ]);

    await expect(
      transact(ds, SYSTEM_ACTOR, async (uow) => {
        uow.audit({ action: 'test.rolled_back', entityType: 'test', entityId: 'uow-2' });
        uow.enqueue(message(JobName.AggregateDemand, { regionKato: '710000000' }, 'uow-2'));
        await uow.flush();
        throw new Error('changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    expect(await ds.query(`SELECT 1 FROM audit_log WHERE entity_id = 'uow-2'`)).toEqual([]);
    expect(await ds.query(`SELECT 1 FROM outbox WHERE job_id LIKE '%uow-2'`)).toEqual([]);
  });
});
