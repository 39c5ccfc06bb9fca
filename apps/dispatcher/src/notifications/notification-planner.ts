import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import type { LocalDate, NotificationChannel } from '@invataxi/domain';
import { NotificationsRepository, type BookingEntity, type UnitOfWork } from '@invataxi/persistence';
import {
  composeMessage,
  isUrgentFor,
  nextAllowedInstant,
  notificationSettings,
  SETTLE_MS,
  STATES_PICKUP,
  toE164Kz,
  type NotificationKind,
  type PairFacts,
  type NotificationSettings,
  type ProcurementBookingRules,
} from '@invataxi/notifications';
import { JobName, message } from '@invataxi/queue';
import { recipientsOf } from './recipients';

export interface PlanRequest {
  booking: BookingEntity;
  kind: NotificationKind;
  /**
   * What makes this message unique besides booking, kind, recipient and channel: 'v<version>'
   * for a status change (a ride scheduled again after a change is news again), 'once' for the
   * reminder and the arrival alert.
   */
  occasion: string;
  now: Date;
  /** Minutes to the vehicle's arrival (VEHICLE_ARRIVING). */
  minutes?: number;
  /**
   * The pickup time the message tells, when not the planned one: the live ETA of "in N min"
   * (VEHICLE_ARRIVING) and of "running late, now about HH:MM" (VEHICLE_LATE), stored with it.
   */
  statedPickupAt?: Date;
  /** The other leg of a ride there and back, when one has a vehicle and the other waits. */
  pair?: PairFacts;
  /** AWAITING_PROCUREMENT: the local date service is expected from in the area (null: unknown). */
  expectedServiceDate?: LocalDate | null;
  /** AWAITING_PROCUREMENT: the region's booking horizon and phone (when the date opens, whom to call). */
  procurementBooking?: ProcurementBookingRules;
}

/**
 * Decides who is told what, over which channel and when, and stores one notification row per
 * recipient and channel. The dedup key is unique: a second run of the same job inserts nothing
 * and enqueues nothing. Each new row's delivery job goes through the outbox in the same
 * transaction, delayed to its send time (quiet hours for non-urgent SMS).
 */
@Injectable()
export class NotificationPlanner {
  readonly settings: NotificationSettings;

  constructor(
    @Inject(CONFIG) config: AppConfig,
    private readonly notifications: NotificationsRepository,
  ) {
    this.settings = notificationSettings(config);
  }

  async plan(uow: UnitOfWork, req: PlanRequest): Promise<string[]> {
    const { booking, kind, now } = req;
    const created: string[] = [];
    // One SMS per phone: a guardian who shares the rider's number gets the rider's message only.
    const phones = new Set<string>();
    for (const r of await recipientsOf(this.notifications, uow.manager, booking.beneficiaryId)) {
      const channels: NotificationChannel[] = [];
      if (r.inApp) channels.push('IN_APP');
      const phone = r.phone ? (toE164Kz(r.phone) ?? r.phone) : null;
      if (r.sms && this.settings.sms && phone && !phones.has(phone)) {
        phones.add(phone);
        channels.push('SMS');
      }
      if (channels.length === 0) continue;
      const composed = composeMessage(
        kind,
        r.language,
        booking,
        req.minutes,
        req.pair,
        req.expectedServiceDate,
        req.procurementBooking,
        req.statedPickupAt,
      );
      for (const channel of channels) {
        const sendAfter =
          channel === 'SMS'
            ? this.smsSendTime(kind, booking.pickupEarliest, now)
            : this.settledTime(kind, booking.pickupEarliest, now);
        const id = await this.notifications.insertPlanned(uow.manager, {
          dedupKey: `${booking.id}.${req.occasion}.${kind}.${r.key}.${channel}`,
          bookingId: booking.id,
          beneficiaryId: r.beneficiaryId,
          recipientUserId: r.userId,
          channel,
          kind,
          language: r.language,
          text: composed.text,
          segments: channel === 'SMS' ? composed.segments.segments : 1,
          sendAfter,
          pickupAt: req.statedPickupAt ?? (STATES_PICKUP.includes(kind) ? booking.plannedPickupAt : null),
          createdAt: now,
        });
        if (!id) continue;
        created.push(id);
        const delay = Math.max(0, sendAfter.getTime() - now.getTime());
        uow.enqueue(message(JobName.SendNotification, { notificationId: id }, id, delay));
      }
    }
    if (created.length > 0)
      uow.audit({
        action: 'notification.planned',
        entityType: 'booking',
        entityId: booking.id,
        after: { kind, occasion: req.occasion, notifications: created.length },
      });
    return created;
  }

  /**
   * Non-urgent SMS settle a moment (see SETTLE_MS) and never go out in quiet hours; urgent
   * ones (isUrgentFor: also news of a ride within a day that will not happen as booked) go now.
   */
  private smsSendTime(kind: NotificationKind, rideStart: Date, now: Date): Date {
    if (isUrgentFor(kind, rideStart, now)) return now;
    return nextAllowedInstant(this.settledTime(kind, rideStart, now), this.settings.quietHours);
  }

  /**
   * When a message has settled (SETTLE_MS; urgent ones at once): in-app messages wait as long as
   * SMS, so a change undone meanwhile reaches neither the phone nor the page (issue 18).
   */
  private settledTime(kind: NotificationKind, rideStart: Date, now: Date): Date {
    if (isUrgentFor(kind, rideStart, now)) return now;
    return new Date(now.getTime() + (SETTLE_MS[kind] ?? 0));
  }
}
