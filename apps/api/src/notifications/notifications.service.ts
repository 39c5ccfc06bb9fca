import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { DomainError, isValidKato, katoCovers, CLOCK, type Clock } from '@invataxi/domain';
import { forbid, inRegion, type Principal } from '@invataxi/auth';
import {
  CoverageRepository,
  GuardianshipsRepository,
  NotificationEntity,
  NotificationsRepository,
  transact,
} from '@invataxi/persistence';
import { inAppChannel, type InAppRecipient } from '@invataxi/notifications';
import { liveChannel } from '@invataxi/dispatch';
import { JobName, jobId, message } from '@invataxi/queue';
import type {
  DeliveryReportDto,
  DeliveryView,
  InAppNotificationView,
  MineQuery,
  NotificationPreferencesDto,
  PreferencesView,
} from './notifications.dto';

function actorOf(p: Principal): { userId: string; role: string } {
  return { userId: p.userId, role: p.role };
}

/**
 * Rider notifications over HTTP: the in-app list (rider by beneficiary, guardian by user),
 * the rider's channel choices, the dispatcher's delivery view, and the SMS gateway's signed
 * delivery reports.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
    private readonly coverage: CoverageRepository,
    private readonly guardianships: GuardianshipsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(NotificationEntity) private readonly notificationRows: Repository<NotificationEntity>,
  ) {}

  /** Whose in-app messages the caller reads. */
  recipientOf(p: Principal): InAppRecipient {
    if (p.role === 'BENEFICIARY') {
      if (!p.beneficiaryId) return forbid('own');
      return { kind: 'rider', beneficiaryId: p.beneficiaryId };
    }
    return { kind: 'user', userId: p.userId };
  }

  streamChannel(p: Principal): string {
    return inAppChannel(this.config.QUEUE_PREFIX, this.recipientOf(p));
  }

  /**
   * The rider whose booking changes the caller's stream also carries: the rider themselves, or
   * a guardian's ward (checked); null for a guardian who names none.
   */
  async riderChannel(p: Principal, beneficiaryId: string | undefined): Promise<string | null> {
    let id: string | null = null;
    if (p.role === 'BENEFICIARY') {
      if (beneficiaryId && beneficiaryId !== p.beneficiaryId) forbid('own');
      id = p.beneficiaryId ?? null;
    } else if (beneficiaryId) {
      if (!(await this.guardianships.isGuardianOf(this.ds.manager, p.userId, beneficiaryId))) forbid('ward');
      id = beneficiaryId;
    }
    return id ? liveChannel(this.config.QUEUE_PREFIX, 'rider', id) : null;
  }

  async mine(p: Principal, q: MineQuery): Promise<InAppNotificationView[]> {
    const r = this.recipientOf(p);
    const rows = await this.notifications.inAppOf(r, {
      unreadOnly: q.unread === true,
      limit: q.limit ?? 50,
      now: this.clock.now(),
    });
    return rows.map((n) => ({
      id: n.id,
      bookingId: n.bookingId,
      kind: n.kind,
      text: n.text,
      createdAt: n.createdAt,
      toldAt: n.sentAt ?? n.sendAfter ?? n.createdAt,
      readAt: n.readAt,
    }));
  }

  async markRead(p: Principal, id: string): Promise<{ id: string; readAt: Date }> {
    const r = this.recipientOf(p);
    return transact(this.ds, actorOf(p), async (uow) => {
      const n = await uow.manager
        .getRepository(NotificationEntity)
        .findOne({ where: { id, channel: 'IN_APP' }, lock: { mode: 'pessimistic_write' } });
      const mine =
        n &&
        (r.kind === 'rider'
          ? n.beneficiaryId === r.beneficiaryId && n.recipientUserId === null
          : n.recipientUserId === r.userId);
      // Someone else's message is "not found", not "forbidden": ids are not to be probed.
      if (!n || !mine) throw new DomainError('NOT_FOUND', { entity: 'notification', id });
      if (n.readAt) return { id, readAt: n.readAt };
      const readAt = this.clock.now();
      await uow.manager.update(NotificationEntity, { id }, { readAt });
      uow.audit({ action: 'notification.read', entityType: 'notification', entityId: id });
      return { id, readAt };
    });
  }

  /** Every message about a booking with its delivery state, for staff in scope. */
  async forBooking(p: Principal, bookingId: string): Promise<DeliveryView[]> {
    const b = await this.notifications.placeOfBooking(this.ds.manager, bookingId);
    if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: bookingId });
    await this.assertStaffScope(p, b.pickupKato, b.shiftProviderId);
    const list = await this.notificationRows.find({
      where: { bookingId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return list.map((n) => ({
      id: n.id,
      recipient: n.recipientUserId ? 'GUARDIAN' : 'RIDER',
      channel: n.channel,
      kind: n.kind,
      language: n.language,
      text: n.text,
      segments: n.segments,
      status: n.status,
      attempts: n.attempts,
      error: n.error,
      sendAfter: n.sendAfter,
      sentAt: n.sentAt,
      deliveredAt: n.deliveredAt,
      readAt: n.readAt,
      createdAt: n.createdAt,
    }));
  }

  /**
   * Sends a FAILED message again (the gateway is back, the phone was corrected): the row goes
   * back to PENDING and gets a fresh delivery job, since the failed job's id may still be held.
   */
  async resend(p: Principal, id: string): Promise<{ id: string; status: string }> {
    return transact(this.ds, actorOf(p), async (uow) => {
      const n = await uow.manager
        .getRepository(NotificationEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!n || !n.bookingId) throw new DomainError('NOT_FOUND', { entity: 'notification', id });
      const b = await this.notifications.placeOfBooking(uow.manager, n.bookingId);
      if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: n.bookingId });
      await this.assertStaffScope(p, b.pickupKato, b.shiftProviderId);
      if (n.status !== 'FAILED') throw new DomainError('CONFLICT', { reason: 'ONLY_FAILED_MESSAGES_RESENT' });
      await uow.manager.update(
        NotificationEntity,
        { id },
        { status: 'PENDING', error: null, sendAfter: this.clock.now() },
      );
      uow.enqueue(message(JobName.SendNotification, { notificationId: id }, jobId(id, 'resend', n.attempts)));
      uow.audit({
        action: 'notification.resend',
        entityType: 'notification',
        entityId: id,
        before: { status: n.status, attempts: n.attempts },
        after: { status: 'PENDING' },
      });
      return { id, status: 'PENDING' };
    });
  }

  /**
   * LEB officer: the booking's pickup in their region. Dispatcher: of a regional dispatch
   * centre, the same; of a provider, a booking on one of the provider's shifts or in its area.
   */
  private async assertStaffScope(
    p: Principal,
    pickupKato: string,
    shiftProviderId: string | null,
  ): Promise<void> {
    if (p.role === 'LEB_OFFICER' && inRegion(p, pickupKato)) return;
    if (p.role === 'DISPATCHER') {
      if (p.regionKato && inRegion(p, pickupKato)) return;
      if (p.providerId) {
        if (shiftProviderId === p.providerId) return;
        const areas = await this.coverage.serviceAreaOf(this.ds.manager, p.providerId);
        if (areas.some((a) => isValidKato(a) && katoCovers(a, pickupKato))) return;
      }
    }
    forbid('region');
  }

  /** The rider's channel choices: the rider, or a guardian for their ward. */
  async setPreferences(p: Principal, dto: NotificationPreferencesDto): Promise<PreferencesView> {
    const beneficiaryId = p.role === 'BENEFICIARY' ? p.beneficiaryId : dto.beneficiaryId;
    if (!beneficiaryId) throw DomainError.validation([{ field: 'beneficiaryId', code: 'REQUIRED' }]);
    if (p.role === 'BENEFICIARY' && dto.beneficiaryId && dto.beneficiaryId !== p.beneficiaryId) forbid('own');
    return transact(this.ds, actorOf(p), async (uow) => {
      if (p.role === 'GUARDIAN') {
        if (!(await this.guardianships.isGuardianOf(uow.manager, p.userId, beneficiaryId))) forbid('ward');
      }
      const current = await this.notifications.lockPreferencesOf(uow.manager, beneficiaryId);
      if (!current) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
      const next = {
        smsOptOut: dto.sms === undefined ? current.smsOptOut : !dto.sms,
        inAppOptOut: dto.inApp === undefined ? current.inAppOptOut : !dto.inApp,
        notifyGuardians: dto.notifyGuardians ?? current.notifyGuardians,
      };
      await this.notifications.savePreferences(uow.manager, beneficiaryId, next);
      uow.audit({
        action: 'beneficiary.notification_preferences',
        entityType: 'beneficiary',
        entityId: beneficiaryId,
        before: {
          smsOptOut: current.smsOptOut,
          inAppOptOut: current.inAppOptOut,
          notifyGuardians: current.notifyGuardians,
        },
        after: next,
      });
      return {
        beneficiaryId,
        sms: !next.smsOptOut,
        inApp: !next.inAppOptOut,
        notifyGuardians: next.notifyGuardians,
      };
    });
  }

  /**
   * A delivery report from the SMS gateway (its signature checked by DeliveryReportSignatureGuard).
   * Idempotent: a report for a message already settled changes nothing; "delivered" wins over
   * an earlier "failed" (the gateway got it through after all).
   */
  async deliveryReport(dto: DeliveryReportDto): Promise<{ id: string; status: string }> {
    return transact(this.ds, { userId: null, role: 'SMS_GATEWAY' }, async (uow) => {
      const repo = uow.manager.getRepository(NotificationEntity);
      const n = await repo.findOne({
        where: { id: dto.client_message_id, channel: 'SMS' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!n) throw new DomainError('NOT_FOUND', { entity: 'notification', id: dto.client_message_id });
      const delivered = dto.status === 'DELIVERED';
      const applies = delivered
        ? n.status !== 'DELIVERED' && n.status !== 'SUPPRESSED'
        : n.status === 'SENT' || n.status === 'PENDING';
      if (!applies) return { id: n.id, status: n.status };
      const now = this.clock.now();
      const status = delivered ? 'DELIVERED' : 'FAILED';
      await repo.update(
        { id: n.id },
        {
          status,
          externalId: n.externalId ?? dto.message_id,
          sentAt: n.sentAt ?? now,
          deliveredAt: delivered ? now : null,
          error: delivered ? null : `${dto.status}${dto.error_code ? `: ${dto.error_code}` : ''}`,
        },
      );
      uow.audit({
        action: `notification.${status.toLowerCase()}`,
        entityType: 'notification',
        entityId: n.id,
        before: { status: n.status },
        after: { status, report: dto.status },
      });
      return { id: n.id, status };
    });
  }
}
