import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BookingEntity,
  NotificationsRepository,
  selectById,
  SYSTEM_ACTOR,
  transact,
} from '@invataxi/persistence';
import { kindForStatusChange, type NotificationKind } from '@invataxi/notifications';
import { JobName, OnJob, UnrecoverableError, type JobOf } from '@invataxi/queue';
import { NotificationPlanner } from './notification-planner';
import { CLOCK, type Clock } from '@invataxi/domain';

/**
 * NotifyBookingStatus (enqueued by the booking fan-out on every status change): decides
 * whether the change is news to the rider and plans the messages. A status that is no longer
 * the booking's is not announced: the later change has its own job.
 */
@Injectable()
export class BookingStatusProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly planner: NotificationPlanner,
    private readonly notifications: NotificationsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnJob(JobName.NotifyBookingStatus)
  async run(
    payload: JobOf<JobName.NotifyBookingStatus>,
  ): Promise<{ kind: NotificationKind | null; created: number; skipped?: string }> {
    const booking = await selectById(this.ds.manager, BookingEntity, payload.bookingId);
    if (!booking) throw new UnrecoverableError('booking not found');
    if (booking.version < payload.version) throw new Error('booking row older than the job: retry');
    if (booking.status !== payload.status) return { kind: null, created: 0, skipped: 'MOVED_ON' };
    const change = await this.notifications.statusChangeOf(booking.id, payload.status, payload.version);
    const kind = kindForStatusChange({ to: payload.status, ...change });
    // The version is marked handled with its messages, also when it tells nobody: the sweeper
    // re-enqueues this job for a recent version that is not marked (Redis lost the job).
    const created = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const ids = kind
        ? await this.planner.plan(uow, {
            booking,
            kind,
            occasion: `v${payload.version}`,
            now: this.clock.now(),
          })
        : [];
      await this.notifications.markStatusHandled(uow.manager, booking.id, payload.version);
      return ids;
    });
    return { kind, created: created.length };
  }
}
