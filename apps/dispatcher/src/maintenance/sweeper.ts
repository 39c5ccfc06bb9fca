import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  IdempotencyKeysRepository,
  IdentityRepository,
  OutboxRepository,
  StuckBookingsRepository,
} from '@invataxi/persistence';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { JobName, OnJob, QueueProducer, message, type JobMessage } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';
import { SweepRegistry } from '../core/sweep-registry';

const KEY_SWEEP_EVERY_MS = 3_600_000;
const KEY_SWEEP_BATCH = 5000;

/**
 * The safety net for a Redis that lost everything: a repeatable job that asks PostgreSQL what
 * is unfinished and re-enqueues it with the same deterministic job ids. It also deletes what
 * has served its time (sent outbox rows, expired Idempotency-Keys).
 */
@Injectable()
export class Sweeper implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly bookings: StuckBookingsRepository,
    private readonly outbox: OutboxRepository,
    private readonly keys: IdempotencyKeysRepository,
    private readonly identity: IdentityRepository,
    private readonly producer: QueueProducer,
    private readonly sweeps: SweepRegistry,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // An ACCEPTED booking untouched for a while has lost its dispatch job.
    this.sweeps.add('accepted-bookings', async (staleBefore) => {
      const rows = await this.bookings.findStaleAccepted(staleBefore);
      return rows.map((r) =>
        message(JobName.DispatchBooking, { bookingId: r.id, version: r.version }, `${r.id}.v${r.version}`),
      );
    });
    this.sweeps.add('outbox-retention', async () => {
      await this.outbox.deleteSentBeforeYesterday();
      return [];
    });
    // Idempotency-Keys answer retries for their retention, then go: the table would otherwise
    // grow by a row per keyed request forever. A claim never answered is as old as its
    // request, long abandoned by then (a late commit of its request finds it gone and rolls
    // back, as after a takeover). Hourly, since a retention of hours needs no finer cut and the
    // table has no index on its age (see IdempotencyKeysRepository); in batches, so a
    // large backlog neither runs into the statement timeout nor holds up the other rules.
    let keysSweptAt = 0;
    this.sweeps.add('idempotency-key-retention', async () => {
      if (Date.now() - keysSweptAt < KEY_SWEEP_EVERY_MS) return [];
      keysSweptAt = Date.now();
      try {
        for (;;) {
          const deleted = await this.keys.deleteExpiredBatch(
            this.config.IDEMPOTENCY_KEY_RETENTION_HOURS,
            KEY_SWEEP_BATCH,
          );
          if (deleted < KEY_SWEEP_BATCH) break;
        }
      } catch (e) {
        keysSweptAt = 0; // next pass again
        this.logger.warn({ errorClass: (e as Error)?.constructor?.name }, 'idempotency-key retention failed');
      }
      return [];
    });
    // Sign-in codes and refresh tokens a day past their expiry answer nothing any more (issue 19).
    let signInSweptAt = 0;
    this.sweeps.add('sign-in-retention', async () => {
      if (Date.now() - signInSweptAt < KEY_SWEEP_EVERY_MS) return [];
      signInSweptAt = Date.now();
      await this.identity.purgeExpired(this.ds.manager, new Date(Date.now() - 86_400_000));
      return [];
    });
  }

  /** Public for tests: one full pass, returns how many jobs it (re-)enqueued. */
  @OnJob(JobName.Sweep, { repeat: (c) => ({ everyMs: c.SWEEPER_INTERVAL_MS }) })
  async sweep(): Promise<{ enqueued: number }> {
    const staleBefore = new Date(Date.now() - this.config.SWEEPER_STALE_AFTER_MS);
    let enqueued = 0;
    for (const { name, rule } of this.sweeps.rules) {
      const msgs: JobMessage[] = await rule(staleBefore);
      if (msgs.length > 0) {
        const revived = await this.producer.ensure(msgs);
        enqueued += msgs.length;
        this.logger.info({ rule: name, enqueued: msgs.length, revived }, 'sweeper re-enqueued work');
      }
    }
    return { enqueued };
  }
}
