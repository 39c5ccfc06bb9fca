import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { pickLanguage, type Language } from '@invataxi/domain';
import { BestEffortRedis } from './best-effort-redis';
import type { Principal } from '@invataxi/auth';

/**
 * What a limit protects, and so which RATE_LIMIT_* variable sets it (issue 10, "Security
 * hardening"): booking writes per user, the IIN look-up (an IIN oracle) per user, and the
 * Portal's signed endpoints per client key id.
 */
export type RateLimitBucket = 'bookings' | 'lookup' | 'portal';

export const RATE_LIMIT_KEY = 'invataxi:rate-limit';

/**
 * One fixed window per key, opened by its first request: INCR, and the expiry set with the
 * first hit; returns the count and the milliseconds left. Atomic (one script), one round trip.
 * Sent as EVALSHA (ioredis defineCommand: the script's text once per connection, again after a
 * NOSCRIPT when Redis lost it), so Redis does not hash ~300 bytes of Lua on every booking.
 */
export const WINDOW_COMMAND = 'invataxiRateWindow';

export const WINDOW_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}
`;

const TOO_MANY: Record<Language, string> = {
  kk: 'Сұраулар тым көп. {seconds} секундтан кейін қайталаңыз.',
  ru: 'Слишком много запросов. Повторите через {seconds} с.',
  en: 'Too many requests. Please retry in {seconds} s.',
};

/** 429 with the seconds until the window ends; the ErrorFilter sends them as Retry-After. */
export class RateLimitedException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    lang: Language,
  ) {
    super(TOO_MANY[lang].replace('{seconds}', String(retryAfterSeconds)), HttpStatus.TOO_MANY_REQUESTS);
  }
}

export type WindowCommand = Record<
  typeof WINDOW_COMMAND,
  (key: string, windowMs: number) => Promise<[number, number]>
>;

type LimitedRequest = FastifyRequest & {
  principal?: Principal;
  /** Set by PortalSignatureGuard once the signature is verified. */
  portalEvent?: { clientId: string };
};

/**
 * Limits a caller's requests to an endpoint: a fixed window in Redis per (endpoint, caller),
 * the caller being the token's user, else the verified Portal client key id, else the IP.
 * Runs after the global AccessGuard (and a controller's signature guard), so an
 * unauthenticated request is refused 401 without spending anyone's budget and the principal
 * it is counted against is a verified one.
 *
 * Fails OPEN when Redis is unavailable (BestEffortRedis): a rider must still be able to book a
 * dialysis ride while the queue store is down; losing throttling for that while is the lesser
 * harm.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly redis: BestEffortRedis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {
    redis.define(WINDOW_COMMAND, WINDOW_SCRIPT);
  }

  limitOf(bucket: RateLimitBucket): number {
    switch (bucket) {
      case 'bookings':
        return this.config.RATE_LIMIT_BOOKINGS_PER_WINDOW;
      case 'lookup':
        return this.config.RATE_LIMIT_LOOKUP_PER_WINDOW;
      case 'portal':
        return this.config.RATE_LIMIT_PORTAL_PER_WINDOW;
    }
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateLimitBucket | undefined>(RATE_LIMIT_KEY, ctx.getHandler());
    if (!bucket) return true;
    const http = ctx.switchToHttp();
    const req = http.getRequest<LimitedRequest>();
    const reply = http.getResponse<FastifyReply>();
    const subject = req.principal
      ? `u:${req.principal.userId}`
      : req.portalEvent
        ? `c:${req.portalEvent.clientId}`
        : `ip:${req.ip}`;
    const key = `${this.config.QUEUE_PREFIX}:rate-limit:${bucket}:${ctx.getClass().name}.${ctx.getHandler().name}:${subject}`;
    const windowMs = this.config.RATE_LIMIT_WINDOW_SECONDS * 1000;
    const hit = await this.count(key, windowMs);
    if (!hit) return true; // Redis unavailable: fail open (see above)
    const limit = this.limitOf(bucket);
    const resetSeconds = Math.max(1, Math.ceil(hit.ttlMs / 1000));
    void reply.header('RateLimit-Limit', String(limit));
    void reply.header('RateLimit-Remaining', String(Math.max(0, limit - hit.count)));
    void reply.header('RateLimit-Reset', String(resetSeconds));
    if (hit.count <= limit) return true;
    const accept = req.headers['accept-language'];
    throw new RateLimitedException(resetSeconds, pickLanguage(Array.isArray(accept) ? accept[0] : accept));
  }

  private async count(key: string, windowMs: number): Promise<{ count: number; ttlMs: number } | null> {
    const res = await this.redis.run('rate limiting', (r) =>
      (r as unknown as WindowCommand)[WINDOW_COMMAND](key, windowMs),
    );
    return res && { count: Number(res[0]), ttlMs: Number(res[1]) };
  }
}

/**
 * Limits the endpoint per caller (see RateLimitGuard); the limit is the bucket's RATE_LIMIT_*
 * variable per RATE_LIMIT_WINDOW_SECONDS. Over it: 429 with Retry-After and the standard error body.
 */
export const RateLimit = (bucket: RateLimitBucket) =>
  applyDecorators(SetMetadata(RATE_LIMIT_KEY, bucket), UseGuards(RateLimitGuard));
