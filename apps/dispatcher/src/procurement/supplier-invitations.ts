// A supplier who can start (issue 20): the award invites the supplier's administrator (the
// contact in the procurement system's answer) through the identity issue's staff invitation, in
// the contact's language, with what to do first. The invitation row is written in the award's
// transaction (only the token's hash is stored); the SMS carrying the link goes after the commit,
// straight through the SMS gateway as the sign-in's own SMS do (a link must never sit in a job
// payload, the outbox or the notifications table). Whether it went is recorded on the request,
// so the officer's page can say "invited on ..." or "not delivered".
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { invitationLink, newOpaqueToken, tokenHash } from '@invataxi/auth';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { CLOCK, type Clock, type Language } from '@invataxi/domain';
import { notificationSettings, SmsGatewayChannel } from '@invataxi/notifications';
import { IdentityRepository, ProcurementRequestsRepository, type UnitOfWork } from '@invataxi/persistence';
import { LOGGER, type Logger } from '@invataxi/platform';
import { procurementMessage, type LotAward } from '@invataxi/procurement';

/** Why no invitation was made at the award (the page says so; the officer can invite from Staff). */
export type NoInvitation = 'NO_PHONE' | 'HAS_ADMIN' | 'LOGIN_TAKEN';

/** An invitation made in the award's transaction, its SMS still to send. */
export interface PendingInvitation {
  requestId: string;
  invitationId: string;
  phone: string;
  text: string;
}

@Injectable()
export class SupplierInvitations {
  private readonly channel: SmsGatewayChannel | null;

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly identity: IdentityRepository,
    private readonly requests: ProcurementRequestsRepository,
    @Inject(CLOCK) clock: Clock,
  ) {
    const sms = notificationSettings(config).sms;
    this.channel = sms ? new SmsGatewayChannel(sms, fetch, clock) : null;
  }

  /**
   * In the award's transaction: an invitation for the provider's administrator, unless the
   * award gave no phone, the provider already has an administrator (a known supplier), or the
   * phone already signs in to another account (the company's registration elsewhere).
   */
  async create(
    uow: UnitOfWork,
    r: { requestId: string; providerId: string; regionKato: string },
    award: LotAward,
  ): Promise<PendingInvitation | NoInvitation> {
    const c = award.supplierContact;
    const phone = c?.phone && /^\+7\d{10}$/.test(c.phone) ? c.phone : null;
    if (!phone) return 'NO_PHONE';
    const m = uow.manager;
    if (await this.identity.providerHasAdmin(m, r.providerId)) return 'HAS_ADMIN';
    if (await this.identity.staffPhoneTaken(m, phone)) return 'LOGIN_TAKEN';
    const email =
      c?.email && !(await this.identity.emailTaken(m, c.email.toLowerCase())) ? c.email.toLowerCase() : null;
    const lang: Language = c?.language ?? 'ru';
    const token = newOpaqueToken();
    const inv = await this.identity.insertInvitation(m, {
      tokenHash: tokenHash(token),
      role: 'PROVIDER_ADMIN',
      displayName: (c?.name ?? award.supplierName).trim().slice(0, 200),
      phone,
      email,
      language: lang,
      regionKato: r.regionKato,
      providerId: r.providerId,
      driverId: null,
      invitedBy: null,
      expiresAt: new Date(Date.now() + this.config.AUTH_INVITATION_TTL_HOURS * 3600_000),
    });
    uow.audit({
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: inv.id,
      after: {
        role: 'PROVIDER_ADMIN',
        regionKato: r.regionKato,
        providerId: r.providerId,
        requestId: r.requestId,
      },
    });
    const text = procurementMessage('SUPPLIER_INVITATION', lang, {
      company: award.supplierName.trim(),
      contract: award.contractNumber,
      link: invitationLink(this.config.PUBLIC_BASE_URL, token),
    });
    return { requestId: r.requestId, invitationId: inv.id, phone, text };
  }

  /**
   * After the commit: the SMS. A gateway failure is recorded (the page says the invitation was
   * not delivered and the officer invites again from Staff); it never undoes the award.
   */
  async send(p: PendingInvitation): Promise<boolean> {
    let sent = false;
    if (this.channel) {
      try {
        await this.channel.send({ notificationId: randomUUID(), address: p.phone, text: p.text });
        sent = true;
      } catch (e) {
        this.logger.warn(
          { errorClass: (e as Error).constructor.name, requestId: p.requestId },
          'supplier invitation SMS not sent',
        );
      }
    }
    await this.requests.recordSupplierInvitation(p.requestId, p.invitationId, sent ? new Date() : null);
    return sent;
  }
}
