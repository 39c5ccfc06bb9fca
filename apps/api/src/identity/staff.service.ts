import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { forbid, mayManage, refuseGrant, type Grant, type Principal } from '@invataxi/auth';
import {
  DomainError,
  katoPrefix,
  totpRequired,
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
  type UserRow,
} from '@invataxi/persistence';
import { AbuseLimiter } from './abuse-limiter';
import type { ClientInfo } from './cookies';
import type {
  InvitationAccepted,
  InvitationCreateDto,
  InvitationSent,
  InvitationView,
  UserPatchDto,
  UserView,
} from './identity.dto';
import { hashPassword } from './passwords';
import { newOpaqueToken, tokenHash } from './secrets';
import { ANONYMOUS } from './session-issuer';
import { SignInSms } from './sms-sender';

/** The page of the web app an invitation link opens. */
export const INVITATION_PAGE = '/invite/';

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
    createdAt: u.createdAt,
  };
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
    if (!dto.phone) throw DomainError.validation([{ field: 'phone', code: 'REQUIRED' }]);
    const phone = dto.phone;
    const token = newOpaqueToken();
    return transact(this.ds, { userId: actor.userId, role: actor.role, requestId }, async (uow) => {
      const m = uow.manager;
      const g = await this.grantOf(m, actor, dto);
      const why = refuseGrant(actor, g);
      if (why) forbid(why);
      if (g.role === 'DRIVER' && !g.driverId)
        throw DomainError.validation([{ field: 'driverId', code: 'REQUIRED' }]);
      if (await this.repo.staffPhoneTaken(m, phone))
        throw new DomainError('CONFLICT', { reason: 'LOGIN_TAKEN' });
      if (dto.email && (await this.repo.emailTaken(m, dto.email)))
        throw new DomainError('CONFLICT', { reason: 'LOGIN_TAKEN' });
      const lang = dto.language ?? 'ru';
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
      const link = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}${INVITATION_PAGE}${token}`;
      await this.sms.sendInvitation(phone, ROLE_NAMES[lang][g.role] ?? g.role, link, lang);
      return {
        id: inv.id,
        role: inv.role,
        expiresAt: inv.expiresAt,
        channel: 'SMS' as const,
        sentTo: maskPhone(phone),
      };
    });
  }

  private live(inv: InvitationEntity | null): InvitationEntity {
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
      login: inv.email ? maskEmail(inv.email) : maskPhone(inv.phone ?? ''),
      totpRequired: totpRequired(inv.role),
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
      return { userId, login: inv.email ? maskEmail(inv.email) : maskPhone(inv.phone ?? '') };
    });
  }

  async list(actor: Principal, q: { status?: UserStatus; role?: Role }): Promise<UserView[]> {
    const roles = MANAGED[actor.role];
    if (!roles) forbid('role');
    const rows = await this.repo.listUsers(this.ds.manager, {
      roles,
      regionPrefix: actor.role === 'LEB_OFFICER' && actor.regionKato ? katoPrefix(actor.regionKato) : null,
      providerId:
        actor.role === 'PROVIDER_ADMIN' ? (actor.providerId ?? '00000000-0000-0000-0000-000000000000') : null,
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
      return userView({ ...after, totpEnabled: after.totpEnabled, createdAt: after.createdAt });
    });
  }
}
