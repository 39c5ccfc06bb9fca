import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { bookingNotifyMessage, JobName, message } from '@invataxi/queue';
import { BOOKING_STATUSES } from '@invataxi/domain';
import { BookingEntity, NotificationsRepository } from '@invataxi/persistence';
import { SweepRegistry } from '../core/sweep-registry';
import { ArrivalsProcessor } from './arrivals.processor';
import { BookingStatusProcessor } from './booking-status.processor';
import { InAppChannel } from './in-app.channel';
import { NotificationPlanner } from './notification-planner';
import { ProcurementWaitNews } from './procurement-wait-news';
import { PickupMovedProcessor } from './pickup-moved.processor';
import { NoShowDecisionProcessor } from './no-show-decision.processor';
import { RemindersProcessor } from './reminders.processor';
import { SendNotificationProcessor } from './send-notification.processor';
import { smsChannelProvider } from './sms.channel';

/**
 * How far back the sweeper looks for a status change whose notification job Redis lost: news
 * of a day ago is no news, and older history must never be announced again.
 */
export const NOTIFY_SWEEP_HORIZON_MS = 24 * 3600_000;

/**
 * Rider notifications (issue 11): decide, store, deliver; reminders and arrival alerts. The
 * processors' @OnJob methods handle the jobs; this module adds the sweep rules.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BookingEntity])],
  providers: [
    NotificationPlanner,
    ProcurementWaitNews,
    InAppChannel,
    smsChannelProvider,
    BookingStatusProcessor,
    SendNotificationProcessor,
    RemindersProcessor,
    ArrivalsProcessor,
    PickupMovedProcessor,
    NoShowDecisionProcessor,
  ],
  exports: [NotificationPlanner, ProcurementWaitNews],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly sweeps: SweepRegistry,
    private readonly notifications: NotificationsRepository,
  ) {}

  onModuleInit(): void {
    // A message still PENDING well after its send time has lost its delivery job (Redis lost
    // it): the same deterministic job id again; one still being retried is left alone by BullMQ.
    this.sweeps.add('pending-notifications', async (staleBefore) => {
      const ids = await this.notifications.findStalePendingIds(staleBefore);
      return ids.map((id) => message(JobName.SendNotification, { notificationId: id }, id));
    });
    // A booking changed a while ago (but within the horizon) whose current version the status
    // handler has not marked (booking_notified) has lost its NotifyBookingStatus job: the same
    // job id as the fan-out's. The handler decides again whether anyone is told, exactly once.
    this.sweeps.add('unnotified-status-changes', async (staleBefore) => {
      const rows = await this.notifications.findUnnotifiedStatusChanges(
        staleBefore,
        new Date(Date.now() - NOTIFY_SWEEP_HORIZON_MS),
        BOOKING_STATUSES,
      );
      return rows.map(bookingNotifyMessage);
    });
  }
}
