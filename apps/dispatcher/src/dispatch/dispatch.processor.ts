import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isDomainError, CLOCK, type Clock } from '@invataxi/domain';
import { DispatchRepository, SYSTEM_ACTOR, transact, transitionBooking } from '@invataxi/persistence';
import { JobName, message, OnJob, type JobMessage, type JobOf } from '@invataxi/queue';
import { LOGGER, REDIS, type Logger } from '@invataxi/platform';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { liveChannel } from '@invataxi/dispatch';
import { SweepRegistry } from '../core/sweep-registry';
import { DispatchJobs } from './dispatch-jobs';

/** The dispatch queue's handlers, and the sweep rules that free and expire places. */
@Injectable()
export class DispatchProcessor implements OnModuleInit {
  constructor(
    readonly jobs: DispatchJobs,
    private readonly ds: DataSource,
    private readonly sweeps: SweepRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly repo: DispatchRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sweeps.add('cancelled-on-route', () => this.freeCancelledPlaces());
    this.sweeps.add('waitlist-expiry', () => this.expireWaitlist());
  }

  @OnJob(JobName.DispatchBooking)
  async dispatchBooking({ bookingId, version }: JobOf<JobName.DispatchBooking>) {
    const out = await this.jobs.dispatchBooking(bookingId, version).catch((e: unknown) => {
      // Logged with its class for the operator; rethrown so BullMQ retries it.
      this.logger.warn(
        {
          bookingId,
          version,
          errorClass: (e as Error)?.constructor?.name,
          msg: (e as Error)?.message?.slice(0, 200),
        },
        'dispatch attempt failed',
      );
      throw e;
    });
    this.logger.info({ bookingId, version, outcome: out.kind }, 'dispatch');
    if (out.kind !== 'gone') await this.announce(bookingId);
    return out;
  }

  @OnJob(JobName.RetryWaitlist)
  async retryWaitlist({ regionKato, reason }: JobOf<JobName.RetryWaitlist>) {
    const out = await this.jobs.retryWaitlist(regionKato);
    for (const id of out.scheduledIds) await this.announce(id);
    this.logger.info({ regionKato, reason, tried: out.tried, scheduled: out.scheduled }, 'waitlist retried');
    return out;
  }

  /** Tells the live views (rider, board) after the commit; a Redis hiccup must not fail the job. */
  private async announce(bookingId: string): Promise<void> {
    const b = await this.repo.liveStatusOf(this.ds.manager, bookingId);
    if (!b) return;
    const ev = JSON.stringify({
      type: 'status',
      bookingId,
      status: b.status,
      version: b.version,
      shiftId: b.shiftId,
      plannedPickupAt: b.plannedPickupAt?.toISOString() ?? null,
    });
    const prefix = this.config.QUEUE_PREFIX;
    await this.redis.publish(liveChannel(prefix, 'booking', bookingId), ev).catch(() => undefined);
    await this.redis.publish(liveChannel(prefix, 'region', b.regionKato), ev).catch(() => undefined);
    // A new stop on a shift: its driver's page hears of it.
    if (b.shiftId)
      await this.redis.publish(liveChannel(prefix, 'shift', b.shiftId), ev).catch(() => undefined);
  }

  /**
   * A cancelled (or expired) booking still standing on a route frees its place: its stops are
   * removed under the shift's lock, and the region's waitlist is retried (DESIGN.md: waitlisted
   * bookings are retried when capacity changes). Public for tests.
   */
  async freeCancelledPlaces(): Promise<JobMessage[]> {
    const rows = await this.repo.findStrandedStops(this.ds.manager);
    const out: JobMessage[] = [];
    for (const r of rows) {
      await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
        await this.repo.removePendingStops(uow.manager, r.shiftId, r.bookingId);
        uow.audit({
          action: 'route.stop_removed',
          entityType: 'shift',
          entityId: r.shiftId,
          after: { bookingId: r.bookingId, reason: 'booking cancelled' },
        });
      });
      out.push(
        message(
          JobName.RetryWaitlist,
          { regionKato: r.regionKato, reason: 'cancellation' },
          `cancel.${r.bookingId}`,
        ),
      );
    }
    return out;
  }

  /** A waitlisted booking whose pickup window has closed will not be served: EXPIRED. */
  private async expireWaitlist(): Promise<JobMessage[]> {
    const rows = await this.repo.findWaitlistedPastWindow(this.ds.manager, this.clock.now());
    for (const r of rows) {
      await transact(this.ds, SYSTEM_ACTOR, (uow) =>
        transitionBooking(uow, {
          bookingId: r.id,
          to: 'EXPIRED',
          expectedVersion: r.version,
          reason: 'WAITLIST_WINDOW_PASSED',
        }),
      ).catch((e: unknown) => {
        // Cancelled or scheduled meanwhile: nothing to expire.
        if (!(isDomainError(e) && (e.code === 'STALE_VERSION' || e.code === 'ILLEGAL_TRANSITION'))) throw e;
      });
    }
    return [];
  }
}
