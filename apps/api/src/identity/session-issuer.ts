import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { signAccessToken, type Principal } from '@invataxi/auth';
import { CLOCK, decideRefresh, type Clock } from '@invataxi/domain';
import {
  IdentityRepository,
  transact,
  type Actor,
  type AppUserEntity,
  type AuthSessionEntity,
  type UnitOfWork,
} from '@invataxi/persistence';
import { KeyRing } from './key-ring.service';
import { refreshCookie, type ClientInfo } from './cookies';
import { newOpaqueToken, tokenHash } from './secrets';
import type { SignedInUser, TokenAnswer } from './identity.dto';

export type SignInMethod = AuthSessionEntity['method'];

/** An opened or refreshed session: the JSON answer and the Set-Cookie header carrying the refresh token. */
export interface IssuedSession {
  answer: TokenAnswer;
  cookie: string;
}

/** Who signs in anonymously, for the audit of a failure. */
export const ANONYMOUS: Actor = { userId: null, role: 'ANONYMOUS' };

/** The principal a user's row grants, or null when it may not sign in (disabled, no role). */
export function principalOf(u: AppUserEntity): Principal | null {
  if (u.status !== 'ACTIVE' || !u.role) return null;
  return {
    userId: u.id,
    role: u.role,
    regionKato: u.regionKato,
    providerId: u.providerId,
    beneficiaryId: u.beneficiaryId,
    driverId: u.driverId,
  };
}

export function signedInUser(u: AppUserEntity & { role: NonNullable<AppUserEntity['role']> }): SignedInUser {
  return {
    id: u.id,
    displayName: u.displayName,
    role: u.role,
    language: u.language,
    regionKato: u.regionKato,
    providerId: u.providerId,
    beneficiaryId: u.beneficiaryId,
    driverId: u.driverId,
    totpEnabled: u.totpEnabled,
  };
}

/**
 * Opens, refreshes and ends sessions (issue 19, "Sessions"). A session is one refresh-token
 * family: each refresh token works once and is replaced; a used one presented again revokes the
 * family. Access tokens are short (AUTH_ACCESS_TTL_SECONDS <= 600) and carry the session id.
 * Every sign-in path (phone code, password + TOTP, eGov) ends in openSession.
 */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: IdentityRepository,
    private readonly keys: KeyRing,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Opens a session for a user whose identity was just proven (eGov callers: the user id of the
   * matched account). Refused 401 when the account is disabled or has no role.
   */
  async openSession(
    userId: string,
    client: ClientInfo,
    method: SignInMethod = 'EGOV',
    requestId?: string,
  ): Promise<IssuedSession> {
    return transact(this.ds, { ...ANONYMOUS, requestId }, (uow) => this.openIn(uow, userId, client, method));
  }

  /** openSession inside the caller's transaction (the sign-in that proved the identity). */
  async openIn(
    uow: UnitOfWork,
    userId: string,
    client: ClientInfo,
    method: SignInMethod,
  ): Promise<IssuedSession> {
    const m = uow.manager;
    const user = await this.repo.userById(m, userId);
    const p = user && principalOf(user);
    if (!user || !p) throw new UnauthorizedException();
    const now = new Date();
    const session = await this.repo.insertSession(m, {
      userId,
      method,
      userAgent: client.userAgent,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.config.AUTH_SESSION_MAX_SECONDS * 1000),
    });
    const refresh = await this.newRefreshToken(uow, session, now);
    uow.audit({
      action: 'auth.signed_in',
      entityType: 'app_user',
      entityId: userId,
      after: { method, sessionId: session.id, role: p.role },
    });
    return { answer: this.answer(user, p, session.id), cookie: refresh };
  }

  /**
   * A refresh token for a new pair. Unknown, expired, revoked: 401. Used before: the family is
   * revoked (committed), then 401. The user disabled or without a role: the session ends, 401.
   */
  async refresh(token: string, requestId?: string): Promise<IssuedSession> {
    const hash = tokenHash(token);
    const outcome = await transact(this.ds, { ...ANONYMOUS, requestId }, async (uow) => {
      const m = uow.manager;
      const found = await this.repo.refreshTokenForUpdate(m, hash);
      const now = new Date();
      const decision = decideRefresh(found?.token ?? null, found?.session ?? null, now);
      if (decision === 'REFUSE' || !found) return null;
      const { session } = found;
      if (decision === 'REUSE') {
        await this.repo.revokeSession(m, session.id, null, 'REFRESH_TOKEN_REUSED', now);
        uow.audit({
          action: 'auth.refresh_reuse_detected',
          entityType: 'app_user',
          entityId: session.userId,
          after: { sessionId: session.id },
        });
        return null;
      }
      const user = await this.repo.userById(m, session.userId);
      const p = user && principalOf(user);
      if (!user || !p) {
        await this.repo.revokeSession(
          m,
          session.id,
          null,
          user?.status === 'DISABLED' ? 'USER_DISABLED' : 'NO_ROLE',
          now,
        );
        return null;
      }
      await this.repo.markRefreshTokenUsed(m, hash, now);
      await this.repo.touchSession(m, session.id, now);
      const cookie = await this.newRefreshToken(uow, session, now);
      return { answer: this.answer(user, p, session.id), cookie };
    });
    if (!outcome) throw new UnauthorizedException();
    return outcome;
  }

  /** Ends the session of a refresh token (sign out); false when there was none live. */
  async signOutByToken(token: string, requestId?: string): Promise<boolean> {
    return transact(this.ds, { ...ANONYMOUS, requestId }, async (uow) => {
      const found = await this.repo.refreshTokenForUpdate(uow.manager, tokenHash(token));
      if (!found) return false;
      return this.end(uow, found.session.userId, found.session.id);
    });
  }

  /** Ends one session of the user (sign out, or the account page's session list). */
  async signOutSession(p: Principal, sessionId: string, requestId?: string): Promise<boolean> {
    return transact(this.ds, { userId: p.userId, role: p.role, requestId }, (uow) =>
      this.end(uow, p.userId, sessionId),
    );
  }

  /** Ends every session of the user. */
  async signOutEverywhere(p: Principal, requestId?: string): Promise<number> {
    return transact(this.ds, { userId: p.userId, role: p.role, requestId }, async (uow) => {
      const n = await this.repo.revokeAllSessions(uow.manager, p.userId, 'SIGNED_OUT_EVERYWHERE', new Date());
      uow.audit({
        action: 'auth.signed_out_everywhere',
        entityType: 'app_user',
        entityId: p.userId,
        after: { sessions: n },
      });
      return n;
    });
  }

  private async end(uow: UnitOfWork, userId: string, sessionId: string): Promise<boolean> {
    const ended = await this.repo.revokeSession(uow.manager, sessionId, userId, 'SIGNED_OUT', new Date());
    if (ended)
      uow.audit({
        action: 'auth.signed_out',
        entityType: 'app_user',
        entityId: userId,
        after: { sessionId },
      });
    return ended;
  }

  private async newRefreshToken(uow: UnitOfWork, session: AuthSessionEntity, now: Date): Promise<string> {
    const token = newOpaqueToken();
    const ttl = Math.min(
      this.config.AUTH_REFRESH_TTL_SECONDS,
      Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000),
    );
    await this.repo.insertRefreshToken(
      uow.manager,
      session.id,
      tokenHash(token),
      now,
      new Date(now.getTime() + ttl * 1000),
    );
    return refreshCookie(token, ttl);
  }

  private answer(user: AppUserEntity, p: Principal, sessionId: string): TokenAnswer {
    const ttl = this.config.AUTH_ACCESS_TTL_SECONDS;
    return {
      // Issued on the API's clock: a page on the same clock (a pinned test run) takes it as valid.
      accessToken: signAccessToken(
        this.keys.current(),
        this.config.JWT_ISSUER,
        p,
        sessionId,
        ttl,
        this.clock.now(),
      ),
      tokenType: 'Bearer',
      expiresIn: ttl,
      sessionId,
      user: signedInUser({ ...user, role: p.role }),
    };
  }
}
