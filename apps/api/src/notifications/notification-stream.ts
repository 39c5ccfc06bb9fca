import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { createRedis } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';

type Listener = (message: string) => void;

/**
 * One Redis subscriber per API process, shared by every open stream: a channel is subscribed
 * while someone listens on it. The dispatcher publishes after storing the message, so a
 * stream that was closed loses nothing: the list endpoint has it.
 */
@Injectable()
export class NotificationStream implements OnModuleDestroy {
  private sub: Redis | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly open = new Set<{ end(): void }>();

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  private subscriber(): Redis {
    if (!this.sub) {
      const sub = createRedis(this.config.REDIS_URL, 'worker');
      sub.on('message', (channel: string, message: string) => {
        for (const l of this.listeners.get(channel) ?? []) l(message);
      });
      sub.on('error', (e: Error) =>
        this.logger.warn({ errorClass: e.constructor.name }, 'stream subscriber error'),
      );
      this.sub = sub;
    }
    return this.sub;
  }

  /** Listens on a channel; the returned function stops listening. */
  async listen(channel: string, listener: Listener): Promise<() => Promise<void>> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.subscriber().subscribe(channel);
    }
    set.add(listener);
    return async () => {
      const s = this.listeners.get(channel);
      if (!s) return;
      s.delete(listener);
      if (s.size === 0) {
        this.listeners.delete(channel);
        await this.sub?.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  /** An open stream response, ended when the API shuts down (clients reconnect elsewhere). */
  track(res: { end(): void; once(event: 'close', fn: () => void): unknown }): void {
    this.open.add(res);
    res.once('close', () => this.open.delete(res));
  }

  onModuleDestroy(): void {
    for (const res of this.open) res.end();
    this.open.clear();
    this.sub?.disconnect();
    this.sub = null;
  }
}
