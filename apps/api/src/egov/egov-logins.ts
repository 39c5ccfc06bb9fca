import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { REDIS } from '@invataxi/platform';
import type { EgovLoginState } from './egov-client';

interface Stored extends EgovLoginState {
  /** SHA-256 of the random value in the browser's flow cookie: the callback must come from that browser. */
  binding: string;
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * Started eGov sign-ins, in Redis under the state's hash, for EGOV_LOGIN_TTL_SECONDS and taken
 * once (GETDEL): the nonce and the PKCE verifier never reach the browser, and a state replayed
 * or older than the TTL is refused. Each is bound to the browser that started it by a random
 * value in an httpOnly cookie (only its hash is stored), so a callback link planted in someone
 * else's browser (login CSRF) does not sign them in. Redis losing them costs only a retry.
 */
@Injectable()
export class EgovLogins {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** Keeps the sign-in; answers the value for the browser's flow cookie. */
  async keep(login: EgovLoginState): Promise<string> {
    const binding = randomBytes(32).toString('base64url');
    const stored: Stored = { ...login, binding: sha256(binding) };
    await this.redis.set(
      this.key(login.state),
      JSON.stringify(stored),
      'EX',
      this.config.EGOV_LOGIN_TTL_SECONDS,
    );
    return binding;
  }

  /** The sign-in started with this state by the browser holding `binding`, once; else null. */
  async take(state: string, binding: string | undefined): Promise<EgovLoginState | null> {
    if (!state || state.length > 200) return null;
    const raw = await this.redis.getdel(this.key(state));
    if (!raw || !binding) return null;
    const stored = JSON.parse(raw) as Stored;
    const a = Buffer.from(stored.binding, 'hex');
    const b = Buffer.from(sha256(binding), 'hex');
    if (a.length !== b.length || !timingSafeEqual(a, b) || stored.state !== state) return null;
    return { state: stored.state, nonce: stored.nonce, codeVerifier: stored.codeVerifier };
  }

  private key(state: string): string {
    return `${this.config.QUEUE_PREFIX}:egov-login:${sha256(state)}`;
  }
}
