import { createHmac } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import type { Principal } from '@invataxi/auth';
import { afterFailedSignIn, DomainError, lockedForSeconds, totpRequired } from '@invataxi/domain';
import { toE164Kz } from '@invataxi/notifications';
import {
  IdentityRepository,
  SecretBox,
  transact,
  type AppUserEntity,
  type UnitOfWork,
} from '@invataxi/persistence';
import { AbuseLimiter } from './abuse-limiter';
import type { ClientInfo } from './cookies';
import type { MfaAnswer, TotpEnabled, TotpEnrolment } from './identity.dto';
import { verifyPassword } from './passwords';
import { keyedHash } from './secrets';
import { ANONYMOUS, principalOf, SessionIssuer, type IssuedSession } from './session-issuer';

const MFA_TTL_SECONDS = 300;
const MFA_AUDIENCE = 'invataxi:mfa';
const TOTP_PURPOSE = 'totp-secret';
const TOTP_ISSUER = 'Invataxi';
/** A code of the step before or after is still taken (the phone's clock drifts); each step once. */
const TOTP_TOLERANCE: [number, number] = [30, 30];

type MfaStage = 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';

/**
 * Staff sign in with phone or e-mail + password (argon2id) and, for the roles that must
 * (administrators, LEB officers, analysts) or chose to, a TOTP code (issue 19). The password step
 * answers tokens, or a short-lived mfaToken for the TOTP step. Failed passwords and codes count
 * towards the account's lock-out (5 in a row: 15 minutes); both steps are limited per client
 * address and per account, counting failures: a step that succeeds gives its attempt back.
 */
@Injectable()
export class StaffSignIn {
  private readonly box: SecretBox;
  private readonly mfaKey: Buffer;

  constructor(
    private readonly ds: DataSource,
    private readonly repo: IdentityRepository,
    private readonly sessions: SessionIssuer,
    private readonly limiter: AbuseLimiter,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {
    this.box = SecretBox.fromConfig(config);
    // Its own key: an mfaToken can never pass for an access token (nor the reverse).
    this.mfaKey = createHmac('sha256', config.JWT_SECRET).update('invataxi:mfa-token').digest();
  }

  /** The password step. */
  async password(
    login: string,
    password: string,
    client: ClientInfo,
    requestId?: string,
  ): Promise<IssuedSession | MfaAnswer> {
    const byAddress = await this.limiter.fromAddress('password', client.ip);
    const normal = normaliseLogin(login);
    const byAccount = await this.limiter.onAccount(
      'password',
      keyedHash(this.config.DATA_HASH_KEY, 'login', normal.email ?? normal.phone ?? login),
    );
    const user = normal.email || normal.phone ? await this.repo.staffByLogin(this.ds.manager, normal) : null;
    if (user) this.assertNotLocked(user);
    const right = await verifyPassword(user?.passwordHash ?? null, password);
    return transact(this.ds, { ...ANONYMOUS, requestId }, async (uow) => {
      if (!user || !right || !principalOf(user)) {
        if (user) await this.countFailure(uow, user.id, 'PASSWORD');
        else
          uow.audit({
            action: 'auth.sign_in_failed',
            entityType: 'login',
            entityId: keyedHash(this.config.DATA_HASH_KEY, 'login', login).slice(0, 16),
            after: { method: 'PASSWORD', reason: 'UNKNOWN_LOGIN' },
          });
        return { refused: true } as const;
      }
      if (user.failedSignIns > 0) await this.repo.updateUser(uow.manager, user.id, { failedSignIns: 0 });
      if (user.totpEnabled) return this.mfa(user.id, 'TOTP_REQUIRED');
      if (totpRequired(user.role)) return this.mfa(user.id, 'TOTP_ENROLMENT_REQUIRED');
      return this.sessions.openIn(uow, user.id, client, 'PASSWORD');
    }).then(async (r) => {
      if ('refused' in r) throw new DomainError('UNAUTHENTICATED', { reason: 'INVALID_CREDENTIALS' });
      await this.limiter.succeeded(byAddress, byAccount);
      return r;
    });
  }

  /** TOTP enrolment: during sign-in (mfaToken) or signed in (optional second factor). */
  async enrol(by: { mfaToken?: string; principal?: Principal }): Promise<TotpEnrolment> {
    const userId = this.subjectOf(by);
    return transact(this.ds, { userId, role: by.principal?.role ?? 'ANONYMOUS' }, async (uow) => {
      const user = await this.repo.userById(uow.manager, userId, 'update');
      if (!user || !principalOf(user))
        throw new DomainError('UNAUTHENTICATED', { reason: 'MFA_TOKEN_INVALID' });
      if (user.totpEnabled) throw new ConflictException('TOTP is already on');
      const secret = generateSecret();
      await this.repo.updateUser(uow.manager, user.id, {
        totpSecret: this.box.seal(TOTP_PURPOSE, secret),
        totpKeyId: this.box.keyId,
      });
      uow.audit({ action: 'auth.totp_enrolment_started', entityType: 'app_user', entityId: user.id });
      const label = user.email ?? user.phone ?? user.displayName;
      const otpauthUrl = generateURI({ issuer: TOTP_ISSUER, label, secret });
      const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { secret, otpauthUrl, qrSvg };
    });
  }

  /** The TOTP step of a sign-in (tokens), or the confirmation of an optional enrolment. */
  async verify(
    by: { mfaToken?: string; principal?: Principal },
    code: string,
    client: ClientInfo,
    requestId?: string,
  ): Promise<IssuedSession | TotpEnabled> {
    const userId = this.subjectOf(by);
    const byAddress = await this.limiter.fromAddress('totp', client.ip);
    const byAccount = await this.limiter.onAccount('totp', userId);
    const outcome = await transact(this.ds, { ...ANONYMOUS, userId, requestId }, async (uow) => {
      const user = await this.repo.userById(uow.manager, userId, 'update');
      if (!user || !principalOf(user) || !user.totpSecret || !user.totpKeyId)
        return { refused: 'MFA_TOKEN_INVALID' } as const;
      this.assertNotLocked(user);
      const secret = this.box.open(TOTP_PURPOSE, user.totpSecret, user.totpKeyId);
      const last = user.totpLastStep === null ? undefined : Number(user.totpLastStep);
      const res = await verifyTotp({
        secret,
        token: code,
        epochTolerance: TOTP_TOLERANCE,
        afterTimeStep: last,
      }).catch(() => ({ valid: false as const }));
      if (!res.valid) {
        await this.countFailure(uow, user.id, 'TOTP');
        return { refused: 'TOTP_INVALID' } as const;
      }
      const enrolled = !user.totpEnabled;
      await this.repo.updateUser(uow.manager, user.id, {
        totpEnabled: true,
        totpLastStep: String((res as { timeStep?: number }).timeStep ?? Math.floor(Date.now() / 30_000)),
        failedSignIns: 0,
      });
      if (enrolled) uow.audit({ action: 'auth.totp_enabled', entityType: 'app_user', entityId: user.id });
      if (by.principal) return { enabled: { totpEnabled: true as const } };
      return { session: await this.sessions.openIn(uow, user.id, client, 'PASSWORD') };
    });
    if (!('refused' in outcome)) await this.limiter.succeeded(byAddress, byAccount);
    if ('session' in outcome && outcome.session) return outcome.session;
    if ('enabled' in outcome && outcome.enabled) return outcome.enabled;
    throw new DomainError('UNAUTHENTICATED', {
      reason: 'refused' in outcome ? outcome.refused : 'TOTP_INVALID',
    });
  }

  private mfa(userId: string, stage: MfaStage): MfaAnswer {
    const mfaToken = jwt.sign({ stage }, this.mfaKey, {
      algorithm: 'HS256',
      audience: MFA_AUDIENCE,
      subject: userId,
      expiresIn: MFA_TTL_SECONDS,
    });
    return { mfa: stage, mfaToken, expiresIn: MFA_TTL_SECONDS };
  }

  /** The user an mfaToken (or, signed in, the bearer) speaks for. */
  private subjectOf(by: { mfaToken?: string; principal?: Principal }): string {
    if (by.mfaToken) {
      try {
        const c = jwt.verify(by.mfaToken, this.mfaKey, { algorithms: ['HS256'], audience: MFA_AUDIENCE });
        if (typeof c !== 'string' && typeof c.sub === 'string') return c.sub;
      } catch {
        // falls through to the refusal
      }
      throw new DomainError('UNAUTHENTICATED', { reason: 'MFA_TOKEN_INVALID' });
    }
    if (by.principal?.sessionId) return by.principal.userId;
    // Neither an mfaToken nor a signed-in session: the request itself is incomplete.
    throw DomainError.validation([{ field: 'mfaToken', code: 'REQUIRED' }]);
  }

  private assertNotLocked(user: AppUserEntity): void {
    const seconds = lockedForSeconds(user, new Date());
    if (seconds > 0)
      throw new DomainError('TOO_MANY_ATTEMPTS', {
        reason: 'ACCOUNT_LOCKED',
        retryAfterSeconds: seconds,
        seconds,
        minutes: Math.ceil(seconds / 60),
      });
  }

  /** One more failure on the account; the one that locks it is audited as a lock-out. */
  private async countFailure(uow: UnitOfWork, userId: string, method: 'PASSWORD' | 'TOTP'): Promise<void> {
    const u = await this.repo.userById(uow.manager, userId, 'update');
    if (!u) return;
    const now = new Date();
    const next = afterFailedSignIn(u, now);
    await this.repo.updateUser(uow.manager, userId, next);
    const locked = lockedForSeconds(next, now) > 0 && lockedForSeconds(u, now) === 0;
    uow.audit({
      action: locked ? 'auth.locked_out' : 'auth.sign_in_failed',
      entityType: 'app_user',
      entityId: userId,
      after: { method, failedSignIns: next.failedSignIns },
    });
  }
}

/** A login as typed: an e-mail (lower-cased) or a Kazakh phone (+7...). */
export function normaliseLogin(login: string): { email?: string; phone?: string } {
  const t = login.trim();
  if (t.includes('@')) return { email: t.toLowerCase() };
  const phone = toE164Kz(t);
  return phone ? { phone } : {};
}
