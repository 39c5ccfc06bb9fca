import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK, type Clock, type NotificationStatus } from '@invataxi/domain';
import { NotificationEntity, NotificationsRepository, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import {
  ChannelRejectedError,
  ChannelUnavailableError,
  inAppChannel,
  isNotificationKind,
  NOT_RETOLD,
  PLAN_KINDS,
  replacedByLater,
  STILL_TRUE_IN,
  toE164Kz,
  type Channel,
  type InAppEvent,
  type OutgoingMessage,
} from '@invataxi/notifications';
import {
  JobName,
  OnJob,
  QUEUE_JOB_OPTIONS,
  QueueName,
  UnrecoverableError,
  type JobContext,
  type JobOf,
} from '@invataxi/queue';
import { InAppChannel } from './in-app.channel';
import { SMS_CHANNEL } from './sms.channel';
import { inAppOptedOut, inAppRecipientOf, phoneOf } from './recipients';

/** Attempts the notifications queue gives a job: the last one marks the message FAILED. */
const MAX_ATTEMPTS = QUEUE_JOB_OPTIONS[QueueName.Notifications].attempts ?? 1;

/**
 * Delivers one stored notification. The row is the truth: only a PENDING row is sent, so a
 * job that runs twice sends once (the SMS gateway also recognises our client message id).
 * A gateway that is down is retried with the queue's back-off; the last attempt marks the
 * message FAILED, where the dispatcher sees it.
 */
@Injectable()
export class SendNotificationProcessor {
  constructor(
    private readonly ds: DataSource,
    private readonly inApp: InAppChannel,
    @Inject(SMS_CHANNEL) private readonly sms: Channel | null,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnJob(JobName.SendNotification)
  async run(
    payload: JobOf<JobName.SendNotification>,
    ctx: JobContext,
  ): Promise<{ status: NotificationStatus }> {
    const found = await this.notifications.findForDelivery(payload.notificationId, PLAN_KINDS);
    if (!found) throw new UnrecoverableError('notification not found');
    const { notification: n, bookingStatus } = found;
    if (n.status !== 'PENDING') return { status: n.status };

    if (bookingStatus && isNotificationKind(n.kind) && !STILL_TRUE_IN[n.kind].includes(bookingStatus))
      return this.finish(n, 'SUPPRESSED', 'RIDE_MOVED_ON');
    // One notice per change, the latest truth: a later message about the ride that was or will be
    // delivered replaces this one, and what the person was last told already (the same words, or
    // the same new pickup time) is not told again
    if (replacedByLater(found.later, bookingStatus)) return this.finish(n, 'SUPPRESSED', 'SUPERSEDED');
    // (walk F19: a reassignment at the same time texted the rider the very same words again)
    const told = found.lastTold;
    if (
      told &&
      (told.sameText || (told.samePickup && isNotificationKind(n.kind) && NOT_RETOLD.includes(n.kind)))
    )
      return this.finish(n, 'SUPPRESSED', 'ALREADY_TOLD');

    const out = await this.address(n);
    if ('skip' in out) return this.finish(n, out.skip, out.reason);
    const channel = n.channel === 'SMS' ? this.sms : this.inApp;
    if (!channel) return this.finish(n, 'SUPPRESSED', 'SMS_DISABLED');

    await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      await this.notifications.countAttempt(uow.manager, n.id);
    });
    try {
      const receipt = await channel.send(out.message);
      await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
        // The clock's time, as the row's planning (a demo's history plays on a moved clock).
        const now = this.clock.now();
        uow.audit({
          action: 'notification.sent',
          entityType: 'notification',
          entityId: n.id,
          after: { channel: n.channel, kind: n.kind, attempt: ctx.attempt },
        });
        // The row's update and its audit row in one round trip.
        await this.notifications.markSent(uow, n.id, {
          status: receipt.delivered ? 'DELIVERED' : 'SENT',
          externalId: receipt.externalId,
          sentAt: now,
          deliveredAt: receipt.delivered ? now : null,
        });
      });
      return { status: receipt.delivered ? 'DELIVERED' : 'SENT' };
    } catch (e) {
      if (e instanceof ChannelRejectedError) {
        await this.finish(n, 'FAILED', e.message);
        throw new UnrecoverableError(e.message);
      }
      const reason = e instanceof ChannelUnavailableError ? e.message : `${(e as Error).name}`;
      if (ctx.attempt >= MAX_ATTEMPTS)
        await this.finish(n, 'FAILED', `${reason} (after ${ctx.attempt} attempts)`);
      else await this.note(n.id, reason);
      throw e;
    }
  }

  /** Where the message goes, read now: a rider who opted out since is not messaged. */
  private async address(
    n: NotificationEntity,
  ): Promise<{ message: OutgoingMessage } | { skip: NotificationStatus; reason: string }> {
    if (n.channel === 'SMS') {
      const { phone, optedOut } = await phoneOf(this.notifications, this.ds.manager, n);
      if (optedOut) return { skip: 'SUPPRESSED', reason: 'OPTED_OUT' };
      const e164 = phone ? toE164Kz(phone) : null;
      if (!e164) return { skip: 'FAILED', reason: 'NO_USABLE_PHONE' };
      return { message: { notificationId: n.id, address: e164, text: n.text } };
    }
    if (await inAppOptedOut(this.notifications, this.ds.manager, n))
      return { skip: 'SUPPRESSED', reason: 'OPTED_OUT' };
    const event: InAppEvent = {
      id: n.id,
      bookingId: n.bookingId,
      kind: n.kind,
      text: n.text,
      createdAt: n.createdAt.toISOString(),
    };
    return {
      message: {
        notificationId: n.id,
        address: inAppChannel(this.config.QUEUE_PREFIX, inAppRecipientOf(n)),
        text: JSON.stringify(event),
      },
    };
  }

  private async finish(
    n: NotificationEntity,
    status: NotificationStatus,
    reason: string,
  ): Promise<{ status: NotificationStatus }> {
    await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      const r = await uow.manager.update(
        NotificationEntity,
        { id: n.id, status: 'PENDING' },
        { status, error: reason.slice(0, 500) },
      );
      if (r.affected)
        uow.audit({
          action: `notification.${status.toLowerCase()}`,
          entityType: 'notification',
          entityId: n.id,
          after: { channel: n.channel, kind: n.kind, reason: reason.slice(0, 200) },
        });
    });
    return { status };
  }

  /** The last error of a failed try, for the dispatcher's view while retries go on. */
  private async note(id: string, reason: string): Promise<void> {
    await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      await uow.manager.update(
        NotificationEntity,
        { id, status: 'PENDING' },
        { error: reason.slice(0, 500) },
      );
    });
  }
}
