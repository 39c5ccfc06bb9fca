import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isValidIin, pickLanguage } from '@invataxi/domain';
import { BeneficiariesRepository, IinCipher, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { LOGGER, type Logger } from '@invataxi/platform';
import { AbuseLimiter } from '../identity/abuse-limiter';
import { EgovClient, EgovNotConfigured } from './egov-client';
import { EgovLogins } from './egov-logins';
import { RIDER_SESSIONS, type RiderSessions, type SessionMeta } from './rider-sessions';

/** Where the browser goes after the callback: pages of the web app (kk/ru/en words there). */
export const EGOV_PAGES = {
  signedIn: '/',
  notRegistered: '/signin/not-registered?via=egov',
  cancelled: '/signin?egov=cancelled',
  failed: '/signin?egov=failed',
  unavailable: '/signin?egov=unavailable',
  tooMany: '/signin?egov=tooMany',
  disabled: '/signin?egov=disabled',
} as const;

export type EgovOutcome = keyof typeof EGOV_PAGES;

export interface EgovCallbackResult {
  outcome: EgovOutcome;
  /** Set-Cookie values to send with the redirect (the refresh cookie of a new session). */
  cookies: string[];
}

/**
 * "Sign in with eGov" (issue 19): the person proves who they are at the state identity
 * provider; its ID token's IIN is hashed with the register's keyed hash (DATA_HASH_KEY) and
 * matched to a beneficiary, whose rider account is then signed in (linked at the first time).
 * An IIN that matches nobody signs no one in: the person is told how to get registered. The
 * IIN itself is never stored, logged or audited; the audit names only the outcome.
 */
@Injectable()
export class EgovService {
  constructor(
    private readonly client: EgovClient,
    private readonly logins: EgovLogins,
    private readonly cipher: IinCipher,
    private readonly beneficiaries: BeneficiariesRepository,
    @Inject(RIDER_SESSIONS) private readonly sessions: RiderSessions,
    private readonly limiter: AbuseLimiter,
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts a sign-in: the provider's URL, and the flow cookie's value; null when eGov is not configured. */
  async start(language: string | undefined, ip: string): Promise<{ url: string; binding: string } | null> {
    if (!this.client.configured) return null;
    // Each start keeps a record in Redis: per client address, a budget (429 TOO_MANY_ATTEMPTS).
    await this.limiter.fromAddress('egov', ip);
    try {
      const { login, url } = await this.client.start(pickLanguage(language));
      return { url, binding: await this.logins.keep(login) };
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'egov sign-in could not start');
      return null;
    }
  }

  async callback(
    query: Record<string, string>,
    binding: string | undefined,
    meta: SessionMeta,
  ): Promise<EgovCallbackResult> {
    const login = await this.logins.take(query.state ?? '', binding);
    if (!login) return this.refuse('failed', 'STATE_INVALID', meta);
    if (query.error) {
      const cancelled = query.error === 'access_denied';
      return this.refuse(
        cancelled ? 'cancelled' : 'failed',
        cancelled ? 'CANCELLED' : 'PROVIDER_ERROR',
        meta,
      );
    }
    let iin: unknown;
    try {
      ({ iin } = await this.client.finish(query, login));
    } catch (e) {
      if (e instanceof EgovNotConfigured) return { outcome: 'unavailable', cookies: [] };
      this.logger.warn({ err: (e as Error).message, requestId: meta.requestId }, 'egov code exchange failed');
      return this.refuse('failed', 'PROVIDER_ERROR', meta);
    }
    if (typeof iin !== 'string' || !isValidIin(iin)) return this.refuse('failed', 'NO_IIN', meta);
    const hash = this.cipher.hash(iin);
    const person = await this.beneficiaries.idByIinHash(this.ds.manager, hash);
    if (!person) return this.refuse('notRegistered', 'NOT_REGISTERED', meta, hash);
    const cookies = await this.sessions.signInBeneficiary(person, meta);
    if (!cookies) return this.refuse('disabled', 'ACCOUNT_DISABLED', meta, hash);
    return { outcome: 'signedIn', cookies };
  }

  /**
   * Audits a refused eGov sign-in and answers where the browser goes. The audit names the reason
   * and, when the provider said who it was, a prefix of the IIN's keyed hash (as the phone
   * sign-in names the phone's): never the IIN, the name or the code.
   */
  private async refuse(
    outcome: EgovOutcome,
    reason: string,
    meta: SessionMeta,
    iinHash?: string,
  ): Promise<EgovCallbackResult> {
    await transact(
      this.ds,
      { ...SYSTEM_ACTOR, role: 'ANONYMOUS', requestId: meta.requestId ?? null },
      async (uow) => {
        uow.audit({
          action: 'auth.sign_in_failed',
          entityType: 'egov',
          entityId: iinHash ? iinHash.slice(0, 16) : 'egov',
          after: { method: 'EGOV', reason },
        });
      },
    );
    return { outcome, cookies: [] };
  }
}
