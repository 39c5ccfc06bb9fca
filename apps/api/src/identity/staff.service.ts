import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { forbid, invitationLink, mayManage, refuseGrant, type Grant, type Principal } from '@invataxi/auth';
import {
  DomainError,
  invitationStatus,
  katoPrefix,
  totpRequired,
  type FieldRule,
  type Language,
  type Role,
  type UserStatus,
} from '@invataxi/domain';
import { maskPhone } from '@invataxi/notifications';
import {
  IdentityRepository,
  transact,
  type AppUserEntity,
  type InvitationEntity,
  type InvitationRow,
  type UserListScope,
  type UserRow,
} from '@invataxi/persistence';
import { AbuseLimiter } from './abuse-limiter';
import type { ClientInfo } from './cookies';
import type {
  InvitationAccepted,
  InvitationCreateDto,
  InvitationListItem,
  InvitationSent,
  InvitationView,
  InviteOptions,
  UserPatchDto,
  UserView,
} from './identity.dto';
import { hashPassword } from './passwords';
import { newOpaqueToken, tokenHash } from './secrets';
import { ANONYMOUS } from './session-issuer';
import { SignInSms } from './sms-sender';

/** Roles each manager sees in the user list (and may grant: libs/auth grants.ts decides). */
const MANAGED: Partial<Record<Role, readonly Role[]>> = {
  ADMIN: ['ADMIN', 'LEB_OFFICER', 'MINISTRY_ANALYST'],
  LEB_OFFICER: ['PROVIDER_ADMIN', 'DISPATCHER'],
  PROVIDER_ADMIN: ['DISPATCHER', 'DRIVER'],
};

const ROLE_NAMES: Record<Language, Partial<Record<Role, string>>> = {
  kk: {
    ADMIN: 'әкімші',
    LEB_OFFICER: 'ЖӘБ маманы',
    MINISTRY_ANALYST: 'министрлік талдаушысы',
    PROVIDER_ADMIN: 'тасымалдаушы әкімшісі',
    DISPATCHER: 'диспетчер',
    DRIVER: 'жүргізуші',
  },
  ru: {
    ADMIN: 'администратор',
    LEB_OFFICER: 'специалист ОЗСП',
    MINISTRY_ANALYST: 'аналитик министерства',
    PROVIDER_ADMIN: 'администратор перевозчика',
    DISPATCHER: 'диспетчер',
    DRIVER: 'водитель',
  },
  en: {
    ADMIN: 'administrator',
    LEB_OFFICER: 'LEB officer',
    MINISTRY_ANALYST: 'ministry analyst',
    PROVIDER_ADMIN: 'provider administrator',
    DISPATCHER: 'dispatcher',
    DRIVER: 'driver',
  },
};

function maskEmail(email: string): string {
  const [name = '', domain = ''] = email.split('@');
  return `${name.slice(0, 1)}***@${domain}`;
}

function userView(u: UserRow): UserView {
  return {
    id: u.id,
    displayName: u.displayName,
    role: u.role,
    status: u.status,
    regionKato: u.regionKato,
    providerId: u.providerId,
    driverId: u.driverId,
    phoneMasked: u.phone ? maskPhone(u.phone) : null,
    email: u.email,
    totpEnabled: u.totpEnabled,
    passwordSet: u.passwordSet,
    createdAt: u.createdAt,
  };
}

/** What the invited person signs in with: the phone the invitation came to, and the e-mail if any. */
function loginOf(i: { email: string | null; phone: string | null }): string {
  return [i.phone && maskPhone(i.phone), i.email && maskEmail(i.email)].filter(Boolean).join(' / ');
}

function invitationItem(i: InvitationRow, now: Date): InvitationListItem {
  return {
    id: i.id,
    role: i.role,
    displayName: i.displayName,
    sentTo: loginOf(i),
    language: i.language,
    regionKato: i.regionKato,
    regionNames: i.regionNameRu ? { kk: i.regionNameKk!, ru: i.regionNameRu, en: i.regionNameEn! } : null,
    providerName: i.providerName,
    driverId: i.driverId,
    invitedBy: i.invitedByName,
    sentAt: i.sentAt,
    expiresAt: i.expiresAt,
    status: invitationStatus({ acceptedAt: null, revokedAt: i.revokedAt, expiresAt: i.expiresAt }, now),
  };
}

/** A grant that lacks the record it must name: said as the field to fill, never as "no rights". */
function missingScope(actor: Principal, dto: InvitationCreateDto): { field: string; rule: FieldRule } | null {
  if (dto.role === 'DRIVER' && !dto.driverId) return { field: 'driverId', rule: 'DRIVER_RECORD_REQUIRED' };
  if (actor.role === 'ADMIN' && dto.role === 'LEB_OFFICER' && !dto.regionKato)
    return { field: 'regionKato', rule: 'REGION_REQUIRED' };
  if (actor.role === 'LEB_OFFICER' && dto.role === 'PROVIDER_ADMIN' && !dto.providerId)
    return { field: 'providerId', rule: 'PROVIDER_REQUIRED' };
  return null;
}

/**
 * Staff accounts (issue 19): invitations (single use, expiring, sent by SMS with a link to the
 * web app's page), their acceptance (the password), the user list and its changes (status,
 * role) for administrators, LEB officers and provider admins within their scope. Every change
 * is audited; a disabled account or a changed role loses its sessions at once and its access
 * tokens within their lifetime.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: IdentityRepository,
    private readonly sms: SignInSms,
    private readonly limiter: AbuseLimiter,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** The grant as the rules read it, with the provider's and driver's own facts looked up. */
  private async grantOf(
    m: DataSource['manager'],
    actor: Principal,
    g: { role: Role; regionKato?: string | null; providerId?: string | null; driverId?: string | null },
  ): Promise<Grant & { organisation: string | null }> {
    const providerId =
      g.providerId ?? (actor.role === 'PROVIDER_ADMIN' && g.role !== 'LEB_OFFICER' ? actor.providerId : null);
    const provider = providerId ? await this.repo.providerRegion(m, providerId) : null;
    if (providerId && !provider) throw new DomainError('NOT_FOUND', { entity: 'provider', id: providerId });
    const driverProviderId = g.driverId ? await this.repo.driverProvider(m, g.driverId) : null;
    if (g.driverId && !driverProviderId)
      throw new DomainError('NOT_FOUND', { entity: 'driver', id: g.driverId });
    const regionKato =
      provider?.regionKato ??
      g.regionKato ??
      (actor.role === 'LEB_OFFICER' && g.role === 'DISPATCHER' ? actor.regionKato : null);
    return {
      role: g.role,
      regionKato: regionKato ?? null,
      providerId: providerId ?? null,
      providerRegionKato: provider?.regionKato ?? null,
      driverId: g.driverId ?? null,
      driverProviderId,
      organisation: provider?.name ?? null,
    };
  }

  async invite(actor: Principal, dto: InvitationCreateDto, requestId?: string): Promise<InvitationSent> {
    if (!dto.phone)
      throw DomainError.validation([
        { field: 'phone', code: 'REQUIRED', say: { key: 'PHONE_FORMAT' satisfies FieldRule } },
      ]);
    const phone = dto.phone;
    const missing = missingScope(actor, dto);
    if (missing)
      throw DomainError.validation([{ field: missing.field, code: 'REQUIRED', say: { key: missing.rule } }]);
    const token = newOpaqueToken();
    return transact(this.ds, { userId: actor.userId, role: actor.role, requestId }, async (uow) => {
      const m = uow.manager;
      const g = await this.grantOf(m, actor, dto);
      const why = refuseGrant(actor, g);
      if (why) forbid(why);
      if (g.driverId && (await this.repo.userOfDriver(m, g.driverId))?.passwordHash)
        throw DomainError.validation([
          { field: 'driverId', code: 'DRIVER_HAS_LOGIN', say: { key: 'DRIVER_HAS_LOGIN' } },
        ]);
      if (await this.repo.staffPhoneTaken(m, phone))
        throw new DomainError('CONFLICT', { reason: 'LOGIN_TAKEN' });
      if (dto.email && (await this.repo.emailTaken(m, dto.email)))
        throw new DomainError('CONFLICT', { reason: 'LOGIN_TAKEN' });
      // The invited person's language, chosen by the inviter (default: the inviter's own).
      const lang = dto.language ?? (await this.repo.userById(m, actor.userId))?.language ?? 'ru';
      const inv = await this.repo.insertInvitation(m, {
        tokenHash: tokenHash(token),
        role: g.role,
        displayName: dto.displayName.trim(),
        phone,
        email: dto.email ?? null,
        language: lang,
        regionKato: g.regionKato ?? null,
        providerId: g.providerId ?? null,
        driverId: g.driverId ?? null,
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + this.config.AUTH_INVITATION_TTL_HOURS * 3600_000),
      });
      uow.audit({
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: inv.id,
        after: {
          role: g.role,
          regionKato: g.regionKato ?? null,
          providerId: g.providerId ?? null,
          driverId: g.driverId ?? null,
        },
      });
      return this.send(inv, token);
    });
  }

  /** The invitation's SMS, in the invited person's language, with the link of `token`. */
  private async send(inv: InvitationEntity, token: string): Promise<InvitationSent> {
    const link = invitationLink(this.config.PUBLIC_BASE_URL, token);
    const phone = inv.phone ?? '';
    await this.sms.sendInvitation(phone, ROLE_NAMES[inv.language][inv.role] ?? inv.role, link, inv.language);
    return {
      id: inv.id,
      role: inv.role,
      expiresAt: inv.expiresAt,
      channel: 'SMS' as const,
      sentTo: maskPhone(phone),
      language: inv.language,
    };
  }

  /** The scope of the caller's user and invitation lists. */
  private listScope(actor: Principal): Omit<UserListScope, 'status' | 'role'> {
    const roles = MANAGED[actor.role];
    if (!roles) forbid('role');
    return {
      roles,
      regionPrefix: actor.role === 'LEB_OFFICER' && actor.regionKato ? katoPrefix(actor.regionKato) : null,
      providerId:
        actor.role === 'PROVIDER_ADMIN' ? (actor.providerId ?? '00000000-0000-0000-0000-000000000000') : null,
    };
  }

  /** Invitations not accepted (pending, expired, revoked) in the caller's scope, last sent first. */
  async invitations(actor: Principal): Promise<InvitationListItem[]> {
    const rows = await this.repo.listInvitations(this.ds.manager, this.listScope(actor));
    const now = new Date();
    return rows.map((r) => invitationItem(r, now));
  }

  /** The caller's invitation, locked; one outside their scope is not found (as if it did not exist). */
  private async managed(m: DataSource['manager'], actor: Principal, id: string): Promise<InvitationEntity> {
    const inv = await this.repo.invitationById(m, id, 'update');
    const g = inv ? await this.grantOf(m, actor, inv) : null;
    if (!inv || !g || !mayManage(actor, g)) throw new DomainError('NOT_FOUND', { entity: 'invitation', id });
    if (inv.acceptedAt) throw new DomainError('NOT_FOUND', { reason: 'INVITATION_INVALID' });
    return inv;
  }

  /** Sends the invitation again with a new link (the old link opens nothing) and a new expiry. */
  async resend(actor: Principal, id: string, requestId?: string): Promise<InvitationSent> {
    const token = newOpaqueToken();
    return transact(this.ds, { userId: actor.userId, role: actor.role, requestId }, async (uow) => {
      const inv = await this.managed(uow.manager, actor, id);
      const sentAt = new Date();
      const expiresAt = new Date(sentAt.getTime() + this.config.AUTH_INVITATION_TTL_HOURS * 3600_000);
      await this.repo.resendInvitation(uow.manager, id, { tokenHash: tokenHash(token), sentAt, expiresAt });
      uow.audit({
        action: 'invitation.resent',
        entityType: 'invitation',
        entityId: id,
        before: { expiresAt: inv.expiresAt.toISOString(), revoked: inv.revokedAt !== null },
        after: { expiresAt: expiresAt.toISOString() },
      });
      return this.send({ ...inv, expiresAt }, token);
    });
  }

  /** Withdraws an invitation: its link then says it was withdrawn. */
  async revoke(actor: Principal, id: string, requestId?: string): Promise<void> {
    await transact(this.ds, { userId: actor.userId, role: actor.role, requestId }, async (uow) => {
      const inv = await this.managed(uow.manager, actor, id);
      if (inv.revokedAt) return;
      await this.repo.revokeInvitation(uow.manager, id, new Date());
      uow.audit({
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: id,
        after: { role: inv.role },
      });
    });
  }

  /**
   * What the invitation form offers the caller: the regions they may name (by name), their
   * provider's driver records still without a login, and the language it starts with (theirs).
   */
  async options(actor: Principal): Promise<InviteOptions> {
    const m = this.ds.manager;
    const me = await this.repo.userById(m, actor.userId);
    const regions =
      actor.role === 'ADMIN'
        ? await this.repo.regionChoices(m, null, null)
        : actor.role === 'LEB_OFFICER' && actor.regionKato
          ? await this.repo.regionChoices(m, actor.regionKato, katoPrefix(actor.regionKato))
          : [];
    const drivers =
      actor.role === 'PROVIDER_ADMIN' && actor.providerId
        ? await this.repo.driversWithoutLogin(m, actor.providerId, new Date())
        : [];
    return {
      language: me?.language ?? 'ru',
      regions: regions.map((r) => ({
        katoCode: r.katoCode,
        names: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
      })),
      drivers,
    };
  }

  private live(inv: InvitationEntity | null): InvitationEntity {
    if (inv?.revokedAt) throw new DomainError('NOT_FOUND', { reason: 'INVITATION_REVOKED' });
    if (!inv || inv.acceptedAt || inv.expiresAt.getTime() <= Date.now())
      throw new DomainError('NOT_FOUND', { reason: 'INVITATION_INVALID' });
    return inv;
  }

  async invitation(token: string, client: ClientInfo): Promise<InvitationView> {
    await this.limiter.fromAddress('invitation', client.ip);
    const inv = this.live(await this.repo.invitationByTokenHash(this.ds.manager, tokenHash(token)));
    const provider = inv.providerId ? await this.repo.providerRegion(this.ds.manager, inv.providerId) : null;
    return {
      role: inv.role,
      displayName: inv.displayName,
      expiresAt: inv.expiresAt,
      organisation: provider?.name ?? null,
      login: loginOf(inv),
      totpRequired: totpRequired(inv.role),
      language: inv.language,
    };
  }

  async accept(
    token: string,
    input: { password: string; displayName?: string; language?: Language },
    client: ClientInfo,
    requestId?: string,
  ): Promise<InvitationAccepted> {
    await this.limiter.fromAddress('invitation', client.ip);
    const passwordHash = await hashPassword(input.password);
    return transact(this.ds, { ...ANONYMOUS, requestId }, async (uow) => {
      const m = uow.manager;
      const inv = this.live(await this.repo.invitationByTokenHash(m, tokenHash(token), 'update'));
      if (inv.phone && (await this.repo.staffPhoneTaken(m, inv.phone)))
        throw new DomainError('CONFLICT', { reason: 'LOGIN_TAKEN' });
      const values: Partial<AppUserEntity> = {
        role: inv.role,
        status: 'ACTIVE',
        displayName: input.displayName?.trim() || inv.displayName,
        phone: inv.phone,
        email: inv.email,
        language: input.language ?? inv.language,
        regionKato: inv.regionKato,
        providerId: inv.providerId,
        driverId: inv.driverId,
        beneficiaryId: null,
        passwordHash,
        failedSignIns: 0,
        lockedUntil: null,
      };
      // A driver record already has its account (made with the record): the invitation gives it a password.
      const existing = inv.driverId ? await this.repo.userOfDriver(m, inv.driverId) : null;
      let userId: string;
      if (existing) {
        await this.repo.updateUser(m, existing.id, values);
        userId = existing.id;
      } else {
        userId = (await this.repo.insertUser(m, values)).id;
        uow.audit({
          action: 'app_user.registered',
          entityType: 'app_user',
          entityId: userId,
          after: { role: inv.role },
        });
      }
      await this.repo.markInvitationAccepted(m, inv.id, userId, new Date());
      uow.audit({
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: inv.id,
        after: { userId, role: inv.role },
      });
      return { userId, login: loginOf(inv) };
    });
  }

  async list(actor: Principal, q: { status?: UserStatus; role?: Role }): Promise<UserView[]> {
    const rows = await this.repo.listUsers(this.ds.manager, {
      ...this.listScope(actor),
      status: q.status,
      role: q.role,
    });
    return rows.map(userView);
  }

  async patch(actor: Principal, id: string, dto: UserPatchDto, requestId?: string): Promise<UserView> {
    if (id === actor.userId) throw new DomainError('CONFLICT', { reason: 'OWN_ACCOUNT' });
    return transact(this.ds, { userId: actor.userId, role: actor.role, requestId }, async (uow) => {
      const m = uow.manager;
      const u = await this.repo.userById(m, id, 'update');
      if (!u) throw new DomainError('NOT_FOUND', { entity: 'app_user', id });
      // The account as it is must be the caller's to manage...
      const current = await this.grantOf(m, actor, {
        role: u.role ?? dto.role ?? 'DISPATCHER',
        regionKato: u.regionKato,
        providerId: u.providerId,
        driverId: u.driverId,
      });
      if (!mayManage(actor, current)) throw new DomainError('NOT_FOUND', { entity: 'app_user', id });
      const change: Partial<AppUserEntity> = {};
      if (dto.status && dto.status !== u.status) change.status = dto.status;
      if (dto.role !== undefined && dto.role !== u.role) {
        if (dto.role !== null) {
          // ... and the role it is given one the caller may grant.
          const next = await this.grantOf(m, actor, {
            role: dto.role,
            regionKato: dto.regionKato ?? u.regionKato,
            providerId: dto.providerId ?? u.providerId,
            driverId: u.driverId,
          });
          const why = refuseGrant(actor, next);
          if (why) forbid(why);
          change.regionKato = next.regionKato ?? null;
          change.providerId = next.providerId ?? null;
        }
        change.role = dto.role;
      }
      if (Object.keys(change).length > 0) {
        await this.repo.updateUser(m, id, change);
        const revoked = await this.repo.revokeAllSessions(
          m,
          id,
          change.status === 'DISABLED' ? 'USER_DISABLED' : 'ROLE_CHANGED',
          new Date(),
        );
        if (change.status)
          uow.audit({
            action: 'app_user.status_changed',
            entityType: 'app_user',
            entityId: id,
            before: { status: u.status },
            after: { status: change.status, sessionsEnded: revoked },
          });
        if (change.role !== undefined)
          uow.audit({
            action: 'app_user.role_changed',
            entityType: 'app_user',
            entityId: id,
            before: { role: u.role, regionKato: u.regionKato, providerId: u.providerId },
            after: {
              role: change.role ?? null,
              regionKato: change.regionKato ?? u.regionKato,
              providerId: change.providerId ?? u.providerId,
              sessionsEnded: revoked,
            },
          });
      }
      const after = { ...u, ...change };
      return userView({
        ...after,
        totpEnabled: after.totpEnabled,
        passwordSet: after.passwordHash !== null,
        createdAt: after.createdAt,
      });
    });
  }
}
