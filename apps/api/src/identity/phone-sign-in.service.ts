import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { DomainError, judgePhoneCode, PHONE_CODE, phoneCodeWait, type Language } from '@invataxi/domain';
import { IdentityRepository, transact } from '@invataxi/persistence';
import { AbuseLimiter } from './abuse-limiter';
import type { ClientInfo } from './cookies';
import type { PhoneCodeSent } from './identity.dto';
import { keyedHash, randomDigits, sameHash } from './secrets';
import { ANONYMOUS, SessionIssuer, type IssuedSession } from './session-issuer';
import { SignInSms } from './sms-sender';

/**
 * Riders and guardians sign in with their phone (issue 19): a 6-digit code by SMS, valid 5
 * minutes, 5 tries, resend throttled, stored as a keyed hash. Asking for a code answers the same
 * whether or not the number is known; only a right code tells: the account it signs in to, or
 * how to get registered.
 */
@Injectable()
export class PhoneSignIn {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: IdentityRepository,
    private readonly sessions: SessionIssuer,
    private readonly limiter: AbuseLimiter,
    private readonly sms: SignInSms,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  private phoneHash(phone: string): string {
    return keyedHash(this.config.DATA_HASH_KEY, 'phone', phone);
  }

  async sendCode(
    phone: string,
    client: ClientInfo,
    lang: Language,
    requestId?: string,
  ): Promise<PhoneCodeSent> {
    await this.limiter.fromAddress('phone-code', client.ip);
    const phoneHash = this.phoneHash(phone);
    const code = randomDigits(PHONE_CODE.digits);
    await transact(this.ds, { ...ANONYMOUS, requestId }, async (uow) => {
      const m = uow.manager;
      const now = new Date();
      const wait = phoneCodeWait(
        await this.repo.codesSentSince(m, phoneHash, new Date(now.getTime() - 3600_000)),
        now,
      );
      if (wait > 0) throw new DomainError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: wait, seconds: wait });
      await this.repo.insertPhoneCode(
        m,
        phoneHash,
        keyedHash(this.config.DATA_HASH_KEY, `code:${phoneHash}`, code),
        now,
        new Date(now.getTime() + PHONE_CODE.ttlSeconds * 1000),
      );
      uow.audit({ action: 'auth.phone_code_sent', entityType: 'phone', entityId: phoneHash.slice(0, 16) });
      // Sent inside the transaction: a gateway failure leaves no code behind that nobody got.
      await this.sms.sendCode(phone, code, lang);
    });
    return { sent: true, expiresIn: PHONE_CODE.ttlSeconds, resendAfter: PHONE_CODE.resendAfterSeconds };
  }

  async verify(phone: string, code: string, client: ClientInfo, requestId?: string): Promise<IssuedSession> {
    const byAddress = await this.limiter.fromAddress('phone-verify', client.ip);
    const phoneHash = this.phoneHash(phone);
    const byAccount = await this.limiter.onAccount('phone-verify', phoneHash);
    const outcome = await transact(this.ds, { ...ANONYMOUS, requestId }, async (uow) => {
      const m = uow.manager;
      const now = new Date();
      const stored = await this.repo.latestPhoneCodeForUpdate(m, phoneHash);
      const matches =
        !!stored &&
        sameHash(stored.codeHash, keyedHash(this.config.DATA_HASH_KEY, `code:${phoneHash}`, code));
      const judged = judgePhoneCode(stored, matches, now);
      if (judged !== 'ACCEPTED') {
        if (stored && !stored.consumedAt && stored.expiresAt > now)
          await this.repo.countPhoneCodeTry(m, stored.id, judged === 'EXHAUSTED', now);
        uow.audit({
          action: 'auth.sign_in_failed',
          entityType: 'phone',
          entityId: phoneHash.slice(0, 16),
          after: { method: 'PHONE_CODE', reason: judged },
        });
        return { refused: judged } as const;
      }
      await this.repo.consumePhoneCode(m, stored!.id, now);
      let user = await this.repo.riderByPhone(m, phone);
      if (!user) {
        // The first sign-in of a beneficiary on record links their account.
        const b = await this.repo.beneficiaryToLink(m, phone);
        if (b) {
          user = await this.repo.insertUser(m, {
            role: 'BENEFICIARY',
            displayName: b.fullName,
            phone,
            language: b.language,
            beneficiaryId: b.id,
          });
          uow.audit({
            action: 'app_user.registered',
            entityType: 'app_user',
            entityId: user.id,
            after: { role: 'BENEFICIARY', beneficiaryId: b.id, via: 'PHONE_CODE' },
          });
        }
      }
      if (!user) {
        uow.audit({
          action: 'auth.sign_in_failed',
          entityType: 'phone',
          entityId: phoneHash.slice(0, 16),
          after: { method: 'PHONE_CODE', reason: 'NOT_REGISTERED' },
        });
        return { refused: 'NOT_REGISTERED' } as const;
      }
      if (user.status !== 'ACTIVE' || !user.role) return { refused: 'INVALID' } as const;
      return { session: await this.sessions.openIn(uow, user.id, client, 'PHONE_CODE') };
    });
    if ('session' in outcome && outcome.session) {
      await this.limiter.succeeded(byAddress, byAccount);
      return outcome.session;
    }
    if (outcome.refused === 'NOT_REGISTERED')
      throw new DomainError('FORBIDDEN', { reason: 'NOT_REGISTERED' });
    if (outcome.refused === 'EXHAUSTED')
      throw new DomainError('TOO_MANY_ATTEMPTS', {
        reason: 'CODE_INVALID',
        retryAfterSeconds: PHONE_CODE.resendAfterSeconds,
        seconds: PHONE_CODE.resendAfterSeconds,
      });
    throw new DomainError('UNAUTHENTICATED', { reason: 'CODE_INVALID' });
  }
}
