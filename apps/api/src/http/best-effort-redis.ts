import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { LOGGER, REDIS, type Logger } from '@invataxi/platform';

/** A Redis command slower than this counts as Redis being unavailable. */
const REDIS_TIMEOUT_MS = 500;

/**
 * Redis for what a request can go without while Redis is away (rate limits, in-flight marks):
 * Redis only carries work that PostgreSQL can rebuild (DESIGN.md), and a rider must still be able
 * to book a dialysis ride while it is down. A command not answered within REDIS_TIMEOUT_MS, or
 * sent while the connection is not ready (the producer connection has no offline queue, so it
 * would not wait for a reconnect anyway), gives null: the caller goes on without it. One
 * warning per outage and purpose, and a notice when Redis answers again.
 */
@Injectable()
export class BestEffortRedis {
  private readonly down = new Set<string>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Defines a Lua command on the connection (sent as EVALSHA: ioredis defineCommand), once. */
  define(name: string, lua: string, numberOfKeys = 1): void {
    if (!(name in this.redis)) this.redis.defineCommand(name, { numberOfKeys, lua });
  }

  /**
   * `command`'s answer, or null when Redis is unavailable. `purpose` names what is off meanwhile
   * in the logs ("rate limiting": "rate limiting off: ...", "rate limiting restored: ...").
   */
  async run<T>(purpose: string, command: (redis: Redis) => Promise<T>): Promise<T | null> {
    if (this.redis.status !== 'ready')
      return this.unavailable(purpose, new Error(`redis ${this.redis.status}`));
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = await Promise.race([
        command(this.redis),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('redis timeout')), REDIS_TIMEOUT_MS);
        }),
      ]);
      if (this.down.delete(purpose)) this.logger.info(`${purpose} restored: Redis answers again`);
      return answer;
    } catch (e) {
      return this.unavailable(purpose, e);
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  private unavailable(purpose: string, e: unknown): null {
    if (!this.down.has(purpose)) {
      this.down.add(purpose);
      this.logger.warn(
        { errorClass: (e as Error)?.constructor?.name, reason: (e as Error)?.message },
        `${purpose} off: Redis unavailable, requests are let through until it answers again`,
      );
    }
    return null;
  }
}
