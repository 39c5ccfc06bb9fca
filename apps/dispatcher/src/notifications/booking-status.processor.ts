import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { liveChannel, type RiderBookingEvent } from '@invataxi/dispatch';
import {
  BookingEntity,
  NotificationsRepository,
  selectById,
  StatusAnomaliesRepository,
  SYSTEM_ACTOR,
  transact,
} from '@invataxi/persistence';
import {
  kindForStatusChange,
  pairSituation,
  type NotificationKind,
  type PairFacts,
} from '@invataxi/notifications';
import { REDIS } from '@invataxi/platform';
import { JobName, OnJob, UnrecoverableError, type JobOf } from '@invataxi/queue';
import { NotificationPlanner } from './notification-planner';
import { ProcurementWaitNews } from './procurement-wait-news';
import { CLOCK, type Clock } from '@invataxi/domain';

/**
 * NotifyBookingStatus (enqueued by the booking fan-out on every status change): decides
 * whether the change is news to the rider and plans the messages. A status that is no longer
 * the booking's is not announced: the later change has its own job.
 *
 * One message per change, not per job: the messages are keyed by the version of the transition
 * into the status (its audit row), not by the job's version. A job for a later version in the
 * same status (the sweeper's, after a write that moved the version but not the status: a
 * manual move, a forgiven no-show) finds the same change and plans nothing new. Issue 18: four
 * identical "the driver is waiting" SMS came from one ARRIVED.
 */
@Injectable()
export class BookingStatusProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly planner: NotificationPlanner,
    private readonly notifications: NotificationsRepository,
    private readonly waitNews: ProcurementWaitNews,
    private readonly anomalies: StatusAnomaliesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.NotifyBookingStatus)
  async run(
    payload: JobOf<JobName.NotifyBookingStatus>,
  ): Promise<{ kind: NotificationKind | null; created: number; skipped?: string }> {
    const booking = await selectById(this.ds.manager, BookingEntity, payload.bookingId);
    if (!booking) throw new UnrecoverableError('booking not found');
    if (booking.version < payload.version) throw new Error('booking row older than the job: retry');
    if (booking.status !== payload.status) return { kind: null, created: 0, skipped: 'MOVED_ON' };
    // An arrival reported far from the pickup waits for the dispatcher: "the vehicle is at the
    // door" only once confirmed (the review enqueues this job again), never if rejected.
    if (
      payload.status === 'ARRIVED' &&
      (await this.anomalies.arrivalUnderReview(this.ds.manager, booking.id))
    )
      return { kind: null, created: 0, skipped: 'UNDER_REVIEW' };
    const change = await this.notifications.statusChangeOf(booking.id, payload.status, payload.version);
    const kind = kindForStatusChange({ to: payload.status, ...change });
    const pair = kind ? await this.pairOf(booking, kind) : undefined;
    const waiting =
      kind === 'AWAITING_PROCUREMENT' ? await this.waitNews.factsOf(this.ds.manager, booking) : undefined;
    const expected = waiting?.expected;
    const procurementBooking = waiting?.booking;
    // The version is marked handled with its messages, also when it tells nobody: the sweeper
    // re-enqueues this job for a recent version that is not marked (Redis lost the job).
    const created = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const ids = kind
        ? await this.planner.plan(uow, {
            booking,
            kind,
            occasion: `v${change.version ?? payload.version}`,
            now: this.clock.now(),
            ...(pair ? { pair } : {}),
            ...(expected !== undefined ? { expectedServiceDate: expected } : {}),
            ...(procurementBooking ? { procurementBooking } : {}),
          })
        : [];
      await this.notifications.markStatusHandled(uow.manager, booking.id, payload.version);
      return ids;
    });
    await this.tellRiderPage(booking);
    return { kind, created: created.length };
  }

  /** The other leg of a ride there and back, when it is in the opposite state (one waits). */
  private async pairOf(booking: BookingEntity, kind: NotificationKind): Promise<PairFacts | undefined> {
    if (kind !== 'BOOKING_WAITLISTED' && kind !== 'BOOKING_SCHEDULED') return undefined;
    const other = await this.notifications.linkedLegOf(this.ds.manager, booking);
    if (!other) return undefined;
    const situation = pairSituation(kind, !other.isReturn, other.status);
    return situation ? { situation, requestedTime: other.requestedTime } : undefined;
  }

  /**
   * Every change of a rider's booking wakes their open page (GET /notifications/stream): its
   * rides, trips left and messages are read again. Ids only; a publish nobody hears is fine.
   */
  private async tellRiderPage(b: BookingEntity): Promise<void> {
    const ev: RiderBookingEvent = { type: 'booking', bookingId: b.id, status: b.status, version: b.version };
    await this.redis
      .publish(liveChannel(this.config.QUEUE_PREFIX, 'rider', b.beneficiaryId), JSON.stringify(ev))
      .catch(() => undefined);
    // The driver's page hears of every change of a ride on the shift (a cancellation at the door).
    if (b.shiftId)
      await this.redis
        .publish(liveChannel(this.config.QUEUE_PREFIX, 'shift', b.shiftId), JSON.stringify(ev))
        .catch(() => undefined);
  }
}
