import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { DomainError } from '@invataxi/domain';
import { BestEffortRedis } from '../http/best-effort-redis';
import { WINDOW_COMMAND, WINDOW_SCRIPT, type WindowCommand } from '../http/rate-limit';

/** The sign-in steps each have their own budgets. */
export type SignInStep =
  | 'phone-code'
  | 'phone-verify'
  | 'password'
  | 'totp'
  | 'invitation'
  | 'refresh'
  /** Starting "Sign in with eGov" (per address only: nobody is known yet). */
  | 'egov';

/**
 * Per-account budgets (fixed; the per-address one is AUTH_ADDRESS_LIMIT per 10 minutes): what one
 * phone number, login or account may try per window. They come on top of the code's own 5 tries
 * and the account lock-out (libs/domain sign-in.ts).
 */
export const ACCOUNT_LIMITS: Record<SignInStep, { limit: number; windowSeconds: number }> = {
  'phone-code': { limit: 5, windowSeconds: 3600 },
  'phone-verify': { limit: 10, windowSeconds: 3600 },
  password: { limit: 10, windowSeconds: 600 },
  totp: { limit: 10, windowSeconds: 600 },
  invitation: { limit: 10, windowSeconds: 600 },
  refresh: { limit: 120, windowSeconds: 600 },
  egov: { limit: 10, windowSeconds: 600 },
};

const ADDRESS_WINDOW_SECONDS = 600;

/**
 * Counts sign-in attempts in Redis (one fixed window per step and subject) and refuses over the
 * budget with 429 TOO_MANY_ATTEMPTS and Retry-After. Fails open when Redis is away: the code
 * tries and the lock-out live in PostgreSQL and still hold.
 */
@Injectable()
export class AbuseLimiter {
  constructor(
    private readonly redis: BestEffortRedis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {
    redis.define(WINDOW_COMMAND, WINDOW_SCRIPT);
  }

  /**
   * One attempt of the step from this client address. A refresh is no attempt at guessing
   * anything (every open tab refreshes every few minutes, an office shares one address): ten
   * times the budget.
   */
  async fromAddress(step: SignInStep, ip: string): Promise<void> {
    const limit = this.config.AUTH_ADDRESS_LIMIT * (step === 'refresh' ? 10 : 1);
    await this.hit(`${step}:ip:${ip}`, limit, ADDRESS_WINDOW_SECONDS);
  }

  /** One attempt of the step on this account (a keyed hash of the phone or login, or a user id). */
  async onAccount(step: SignInStep, subject: string): Promise<void> {
    const l = ACCOUNT_LIMITS[step];
    await this.hit(`${step}:acct:${subject}`, l.limit, l.windowSeconds);
  }

  private async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const res = await this.redis.run('sign-in limits', (r) =>
      (r as unknown as WindowCommand)[WINDOW_COMMAND](
        `${this.config.QUEUE_PREFIX}:auth-limit:${key}`,
        windowSeconds * 1000,
      ),
    );
    if (!res) return;
    const [count, ttlMs] = [Number(res[0]), Number(res[1])];
    if (count > limit) {
      const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
      throw new DomainError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: seconds, seconds });
    }
  }
}
