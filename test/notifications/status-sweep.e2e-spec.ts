import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BookingStatus } from '@invataxi/domain';
import { transact, transitionBooking, type Actor } from '@invataxi/persistence';
import {
  bookingNotifyMessage,
  JobName,
  QueueName,
  QueueProducer,
  type JobContext,
  type JobOf,
} from '@invataxi/queue';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { JobRegistry } from '../../apps/dispatcher/src/core/job-registry';
import { Sweeper } from '../../apps/dispatcher/src/maintenance/sweeper';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { testNow } from '../support/clock';

/**
 * A status change whose NotifyBookingStatus job Redis lost after the relay sent it: PostgreSQL
 * (booking_notified) says the version was never handled, and the sweeper enqueues the job again
 * under the fan-out's id. The dispatcher runs the relay only (no consumers), so the queue can be
 * read; the job is then run through the registered handler, as the worker would.
 */
const DISPATCHER: Actor = { userId: null, role: 'DISPATCHER' };
const RIDER: Actor = { userId: null, role: 'BENEFICIARY' };

describe('notification sweep: status changes whose job Redis lost', () => {
  let t: TestEnv;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let producer: QueueProducer;

  beforeAll(async () => {
    t = await createTestEnv({
      DISPATCHER_QUEUES: 'outbox',
      SWEEPER_STALE_AFTER_MS: '30000',
      NOTIFY_QUIET_HOURS: '',
    });
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    producer = worker.get(QueueProducer);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.teardown();
  });

  /** An ACCEPTED booking (v1) of a rider reachable in the app only. */
  async function acceptedBooking(): Promise<string> {
    const [b] = (await ds.query(`
      WITH ben AS (
        INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
          language, residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility,
          notify_guardians, version)
        VALUES ('\\x00', 'k1', md5(random()::text) || md5(random()::text), '9001******11', 'T', '1990-01-01', 'M',
          'en', '711410000', 'a', 51.1, 71.4, 'ADULT_GROUP_1', '{}', false, 1) RETURNING id)
      INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
        dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
        load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
        max_ride_seconds, direct_seconds, direct_metres, version)
      SELECT id, 'APP', '710000000', 'a', 51.1, 71.4, '711410000', 'b', 51.2, 71.5, '711410000', 'PICKUP',
        now() + interval '1 day', 'MEDICAL', '{}', 1, 0, 'ACCEPTED', now() + interval '1 day',
        now() + interval '1 day 15 minutes', now() + interval '1 day', now() + interval '1 day 1 hour',
        3600, 900, 8000, 1 FROM ben RETURNING id`)) as { id: string }[];
    return b!.id;
  }

  const jobIdOf = (bookingId: string, version: number): string =>
    `${JobName.NotifyBookingStatus}.${bookingId}.v${version}`;

  /** A status change through the real fan-out; its job reaches Redis and is then lost there. */
  async function moveAndLoseJob(
    bookingId: string,
    to: BookingStatus,
    actor: Actor,
    patch: Record<string, unknown> = {},
  ): Promise<number> {
    const b = await transact(ds, actor, (uow) =>
      transitionBooking(uow, { bookingId, to, expectedVersion: null, patch }),
    );
    // Relayed (the outbox row is marked sent, so no relay pass sends it again), then lost.
    const jobId = jobIdOf(bookingId, b.version);
    await eventually(
      async () =>
        (await ds.query(`SELECT 1 FROM outbox WHERE job_id = $1 AND sent_at IS NOT NULL`, [jobId])).length ===
        1,
    );
    const job = await producer.queue(QueueName.Notifications).getJob(jobId);
    expect(job).toBeDefined();
    await job!.remove();
    return b.version;
  }

  /** As if the change were `ago` old. */
  const age = (bookingId: string, ago: string): Promise<unknown> =>
    ds.query(`UPDATE booking SET updated_at = now() - $2::interval WHERE id = $1`, [bookingId, ago]);

  async function sweptJob(bookingId: string, version: number) {
    await worker.get(Sweeper).sweep();
    return producer.queue(QueueName.Notifications).getJob(jobIdOf(bookingId, version));
  }

  /** Runs a queued NotifyBookingStatus job through the registered handler and removes it. */
  async function runJob(bookingId: string, version: number): Promise<unknown> {
    const queue = producer.queue(QueueName.Notifications);
    const job = await queue.getJob(jobIdOf(bookingId, version));
    const handler = worker.get(JobRegistry).handlers[JobName.NotifyBookingStatus]!;
    const ctx: JobContext = { jobId: job!.id!, attempt: 1, progress: async () => undefined };
    const result = await handler(job!.data as JobOf<JobName.NotifyBookingStatus>, ctx);
    await job!.remove();
    return result;
  }

  const notifications = (bookingId: string): Promise<{ kind: string; channel: string }[]> =>
    ds.query(`SELECT kind, channel FROM notification WHERE booking_id = $1 ORDER BY created_at`, [bookingId]);

  it('re-enqueues a lost status job once it is stale, and the rider is told exactly once', async () => {
    const booking = await acceptedBooking();
    const version = await moveAndLoseJob(booking, 'SCHEDULED', DISPATCHER, {
      plannedPickupAt: new Date(testNow().getTime() + 86_400_000),
    });
    // Not stale yet: the job may still be on its way.
    expect(await sweptJob(booking, version)).toBeUndefined();

    await age(booking, '1 minute');
    const job = await sweptJob(booking, version);
    expect(job?.data).toEqual({ bookingId: booking, version, status: 'SCHEDULED' });
    expect(await runJob(booking, version)).toEqual({ kind: 'BOOKING_SCHEDULED', created: 1 });
    expect(await notifications(booking)).toEqual([{ kind: 'BOOKING_SCHEDULED', channel: 'IN_APP' }]);
    expect(await ds.query(`SELECT version FROM booking_notified WHERE booking_id = $1`, [booking])).toEqual([
      { version },
    ]);

    // Handled: the next sweep leaves it alone; a stray second run creates nothing.
    expect(await sweptJob(booking, version)).toBeUndefined();
    await producer.ensure([bookingNotifyMessage({ id: booking, version, status: 'SCHEDULED' })]);
    expect(await runJob(booking, version)).toEqual({ kind: 'BOOKING_SCHEDULED', created: 0 });
    expect(await notifications(booking)).toHaveLength(1);
  });

  it('marks a version that tells nobody (the rider cancelled) as handled: not re-enqueued', async () => {
    const booking = await acceptedBooking();
    const version = await moveAndLoseJob(booking, 'CANCELLED', RIDER);
    await age(booking, '1 minute');
    expect(await sweptJob(booking, version)).toBeDefined();
    expect(await runJob(booking, version)).toEqual({ kind: null, created: 0 });
    expect(await notifications(booking)).toEqual([]);
    expect(await sweptJob(booking, version)).toBeUndefined();
  });

  it('never re-announces a change older than the horizon (a day)', async () => {
    const booking = await acceptedBooking();
    const version = await moveAndLoseJob(booking, 'SCHEDULED', DISPATCHER, {
      plannedPickupAt: new Date(testNow().getTime() + 86_400_000),
    });
    await age(booking, '25 hours');
    expect(await sweptJob(booking, version)).toBeUndefined();
    expect(await notifications(booking)).toEqual([]);
  });
});
