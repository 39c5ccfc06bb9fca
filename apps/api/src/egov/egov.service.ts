import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isValidIin, pickLanguage } from '@invataxi/domain';
import { BeneficiariesRepository, IinCipher, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { LOGGER, type Logger } from '@invataxi/platform';
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
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts a sign-in: the provider's URL, and the flow cookie's value; null when eGov is not configured. */
  async start(language: string | undefined): Promise<{ url: string; binding: string } | null> {
    if (!this.client.configured) return null;
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
    if (!login) return this.refuse('failed', 'state unknown, used, expired or from another browser', meta);
    if (query.error)
      return this.refuse(
        query.error === 'access_denied' ? 'cancelled' : 'failed',
        `provider: ${query.error}`,
        meta,
      );
    let iin: unknown;
    let name: string | null;
    try {
      ({ iin, name } = await this.client.finish(query, login));
    } catch (e) {
      if (e instanceof EgovNotConfigured) return { outcome: 'unavailable', cookies: [] };
      return this.refuse('failed', `code exchange: ${(e as Error).message}`, meta);
    }
    if (typeof iin !== 'string' || !isValidIin(iin)) return this.refuse('failed', 'no valid IIN claim', meta);
    const person = await this.beneficiaries.idByIinHash(this.ds.manager, this.cipher.hash(iin));
    if (!person) return this.refuse('notRegistered', 'IIN matches nobody on the register', meta);
    const cookies = await this.sessions.signInBeneficiary(person, { ...meta, displayName: name });
    if (!cookies) return this.refuse('notRegistered', 'the rider account is disabled', meta);
    return { outcome: 'signedIn', cookies };
  }

  /** Audits a refused eGov sign-in (the outcome only: no IIN, name or code) and answers it. */
  private async refuse(outcome: EgovOutcome, why: string, meta: SessionMeta): Promise<EgovCallbackResult> {
    this.logger.info({ outcome, why, requestId: meta.requestId }, 'egov sign-in refused');
    await transact(this.ds, { ...SYSTEM_ACTOR, requestId: meta.requestId ?? null }, async (uow) => {
      uow.audit({
        action: 'SIGN_IN_FAILED',
        entityType: 'sign_in',
        entityId: 'egov',
        after: { method: 'EGOV', outcome },
      });
    });
    return { outcome, cookies: [] };
  }
}
