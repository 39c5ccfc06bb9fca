import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Public, Roles, type Principal } from '@invataxi/auth';
import { DomainError, ROLES, totpRequired } from '@invataxi/domain';
import { maskPhone } from '@invataxi/notifications';
import { IdentityRepository, transact, type AppUserEntity } from '@invataxi/persistence';
import { clientOf } from './cookies';
import {
  AccountPatchDto,
  InvitationAcceptDto,
  InvitationCreateDto,
  InvitationTokenParam,
  UserPatchDto,
  UsersQueryDto,
  type AccountView,
  type InvitationAccepted,
  type InvitationListItem,
  type InvitationSent,
  type InvitationView,
  type InviteOptions,
  type SessionView,
  type UserView,
} from './identity.dto';
import { SessionIssuer, signedInUser } from './session-issuer';
import { StaffService } from './staff.service';

function accountView(u: AppUserEntity): AccountView {
  const role = u.role;
  if (!role) throw new DomainError('FORBIDDEN', { scope: 'role' });
  return {
    ...signedInUser({ ...u, role }),
    phoneMasked: u.phone ? maskPhone(u.phone) : null,
    email: u.email,
    totpRequired: totpRequired(role),
  };
}

/** The signed-in person's own account: name, language, sessions. */
@ApiTags('identity')
@Controller('account')
export class AccountController {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: IdentityRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  private async own(p: Principal): Promise<AppUserEntity> {
    const u = await this.repo.userById(this.ds.manager, p.userId);
    if (!u) throw new DomainError('NOT_FOUND', { entity: 'app_user', id: p.userId });
    return u;
  }

  /** Your account. */
  @Get()
  @Roles(...ROLES)
  async get(@CurrentPrincipal() p: Principal): Promise<AccountView> {
    return accountView(await this.own(p));
  }

  /** Change your display name or language. */
  @Patch()
  @Roles(...ROLES)
  async patch(
    @Body() dto: AccountPatchDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<AccountView> {
    await transact(this.ds, { userId: p.userId, role: p.role, requestId: String(req.id) }, async (uow) => {
      const change: Partial<AppUserEntity> = {};
      if (dto.displayName !== undefined) change.displayName = dto.displayName.trim();
      if (dto.language !== undefined) change.language = dto.language;
      if (Object.keys(change).length === 0) return;
      await this.repo.updateUser(uow.manager, p.userId, change);
      uow.audit({
        action: 'app_user.account_changed',
        entityType: 'app_user',
        entityId: p.userId,
        after: { fields: Object.keys(change) },
      });
    });
    return accountView(await this.own(p));
  }

  /** Your signed-in sessions (browsers and devices), most recently used first. */
  @Get('sessions')
  @Roles(...ROLES)
  async list(@CurrentPrincipal() p: Principal): Promise<SessionView[]> {
    const rows = await this.repo.liveSessions(this.ds.manager, p.userId, new Date());
    return rows.map((s) => ({
      id: s.id,
      method: s.method,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      userAgent: s.userAgent,
      current: s.id === p.sessionId,
    }));
  }

  /** Sign one of your sessions out. */
  @Delete('sessions/:id')
  @HttpCode(204)
  @Roles(...ROLES)
  async end(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    if (!(await this.sessions.signOutSession(p, id, String(req.id))))
      throw new DomainError('NOT_FOUND', { entity: 'session', id });
  }
}

/** Staff invitations: sent by those who manage staff, opened and accepted by the invited person. */
@ApiTags('identity')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly staff: StaffService) {}

  /** Invite someone to a staff role within your scope; the link goes by SMS. */
  @Post()
  @Roles('ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  async create(
    @Body() dto: InvitationCreateDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<InvitationSent> {
    return this.staff.invite(p, dto, String(req.id));
  }

  /** Invitations not accepted (pending, expired, revoked) for roles you manage, last sent first. */
  @Get()
  @Roles('ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  async list(@CurrentPrincipal() p: Principal): Promise<InvitationListItem[]> {
    return this.staff.invitations(p);
  }

  /** What the invitation form offers you: regions by name, driver records without a login, your language. */
  @Get('options')
  @Roles('ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  async options(@CurrentPrincipal() p: Principal): Promise<InviteOptions> {
    return this.staff.options(p);
  }

  /** Send an invitation again: a new link (the old one opens nothing) and a new expiry. */
  @Post(':id/resend')
  @Roles('ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  async resend(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<InvitationSent> {
    return this.staff.resend(p, id, String(req.id));
  }

  /** Withdraw an invitation: its link then says so. */
  @Post(':id/revoke')
  @HttpCode(204)
  @Roles('ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  async revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.staff.revoke(p, id, String(req.id));
  }

  /** What an invitation offers (the page shows it before the password is chosen). */
  @Get(':token')
  @Public()
  async get(@Param() params: InvitationTokenParam, @Req() req: FastifyRequest): Promise<InvitationView> {
    return this.staff.invitation(params.token, clientOf(req));
  }

  /** Accept an invitation: choose the password; then sign in with it. */
  @Post(':token/accept')
  @Public()
  async accept(
    @Param() params: InvitationTokenParam,
    @Body() dto: InvitationAcceptDto,
    @Req() req: FastifyRequest,
  ): Promise<InvitationAccepted> {
    return this.staff.accept(params.token, dto, clientOf(req), String(req.id));
  }
}

/** Staff accounts within the caller's scope. */
@ApiTags('identity')
@Controller('users')
export class UsersController {
  constructor(private readonly staff: StaffService) {}

  /** Staff accounts you manage. */
  @Get()
  @Roles('ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  async list(@Query() q: UsersQueryDto, @CurrentPrincipal() p: Principal): Promise<UserView[]> {
    return this.staff.list(p, q);
  }

  /** Disable or re-enable an account, change or remove its role (its sessions end). */
  @Patch(':id')
  @Roles('ADMIN', 'LEB_OFFICER', 'PROVIDER_ADMIN')
  async patch(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UserPatchDto,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ): Promise<UserView> {
    return this.staff.patch(p, id, dto, String(req.id));
  }
}
