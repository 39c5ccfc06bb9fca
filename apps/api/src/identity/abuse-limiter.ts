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
 * Gives one counted attempt back: DECR, never below zero nor on a window that has ended (a DECR
 * there would leave a key without expiry).
 */
const REFUND_COMMAND = 'invataxiAuthRefund';
const REFUND_SCRIPT = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n > 0 then return redis.call('DECR', KEYS[1]) end
return 0
`;
type RefundCommand = Record<typeof REFUND_COMMAND, (key: string) => Promise<number>>;

/**
 * One attempt as counted: what a success gives back. From an address, the attempt itself (others
 * on that address may be guessing); on an account, the whole window (the person has just proved
 * who they are, as the lock-out's count of failures in a row is cleared).
 */
export interface CountedAttempt {
  readonly key: string;
  readonly onSuccess: 'refund' | 'reset';
}

/**
 * Counts sign-in attempts in Redis (one fixed window per step and subject) and refuses over the
 * budget with 429 TOO_MANY_ATTEMPTS and Retry-After. An attempt is counted when it starts (so
 * guesses sent at once all count while they are checked) and given back when it turns out right
 * (`succeeded`): the budgets are for failures, and a dispatcher signing in at one workstation
 * after another is never refused. Fails open when Redis is away: the code tries and the lock-out
 * live in PostgreSQL and still hold.
 */
@Injectable()
export class AbuseLimiter {
  constructor(
    private readonly redis: BestEffortRedis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {
    redis.define(WINDOW_COMMAND, WINDOW_SCRIPT);
    redis.define(REFUND_COMMAND, REFUND_SCRIPT);
  }

  /**
   * One attempt of the step from this client address. A refresh is no attempt at guessing
   * anything (every open tab refreshes every few minutes, an office shares one address): ten
   * times the budget.
   */
  async fromAddress(step: SignInStep, ip: string): Promise<CountedAttempt | null> {
    const limit = this.config.AUTH_ADDRESS_LIMIT * (step === 'refresh' ? 10 : 1);
    return this.hit({ key: `${step}:ip:${ip}`, onSuccess: 'refund' }, limit, ADDRESS_WINDOW_SECONDS);
  }

  /** One attempt of the step on this account (a keyed hash of the phone or login, or a user id). */
  async onAccount(step: SignInStep, subject: string): Promise<CountedAttempt | null> {
    const l = ACCOUNT_LIMITS[step];
    return this.hit({ key: `${step}:acct:${subject}`, onSuccess: 'reset' }, l.limit, l.windowSeconds);
  }

  /**
   * The attempts turned out right: each address gets its attempt back, each account its window.
   * Only for guesses (password, TOTP, code check): what costs something whatever the outcome (an
   * SMS sent) stays counted.
   */
  async succeeded(...attempts: (CountedAttempt | null)[]): Promise<void> {
    for (const a of attempts) {
      if (!a) continue; // not counted (Redis was away)
      const key = this.keyOf(a.key);
      await this.redis.run('sign-in limits', (r) =>
        a.onSuccess === 'reset' ? r.del(key) : (r as unknown as RefundCommand)[REFUND_COMMAND](key),
      );
    }
  }

  private async hit(
    attempt: CountedAttempt,
    limit: number,
    windowSeconds: number,
  ): Promise<CountedAttempt | null> {
    const res = await this.redis.run('sign-in limits', (r) =>
      (r as unknown as WindowCommand)[WINDOW_COMMAND](this.keyOf(attempt.key), windowSeconds * 1000),
    );
    if (!res) return null;
    const [count, ttlMs] = [Number(res[0]), Number(res[1])];
    if (count > limit) {
      const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
      throw new DomainError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: seconds, seconds });
    }
    return attempt;
  }

  private keyOf(key: string): string {
    return `${this.config.QUEUE_PREFIX}:auth-limit:${key}`;
  }
}
