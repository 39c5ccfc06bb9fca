import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { createRedis } from '@invataxi/queue';
import { REDIS } from '@invataxi/platform';
import { liveChannel, livePositionKey, type LiveTopic } from '@invataxi/dispatch';

export type { LiveTopic };

/** What a live view is told: ids, statuses, times, a vehicle's position. Never personal data. */
export interface LiveEvent {
  type: 'status' | 'position' | 'route';
  bookingId?: string;
  shiftId?: string;
  status?: string;
  version?: number;
  position?: { lat: number; lon: number; at: string };
  /** Seconds until the vehicle reaches the next stops, by booking and kind. */
  etas?: { bookingId: string; kind: string; etaSeconds: number; at: string }[];
  plannedPickupAt?: string | null;
}

/**
 * Redis pub/sub for the server-sent event streams: a channel per booking and per region under
 * the QUEUE_PREFIX namespace (tests and deployments share one Redis). One subscriber connection
 * per process fans messages out to the open streams.
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private sub: Redis | null = null;
  private readonly listeners = new Map<string, Set<(msg: string) => void>>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  channel(topic: LiveTopic, id: string): string {
    return liveChannel(this.config.QUEUE_PREFIX, topic, id);
  }

  /** Where the latest position of a shift's vehicle is kept. */
  positionKey(shiftId: string): string {
    return livePositionKey(this.config.QUEUE_PREFIX, shiftId);
  }

  async publish(topic: LiveTopic, id: string, event: LiveEvent): Promise<void> {
    await this.redis.publish(this.channel(topic, id), JSON.stringify(event));
  }

  /** Calls `fn` with every message on the channel until the returned function is called. */
  async subscribe(topic: LiveTopic, id: string, fn: (msg: string) => void): Promise<() => void> {
    const ch = this.channel(topic, id);
    if (!this.sub) {
      this.sub = createRedis(this.config.REDIS_URL, 'worker');
      this.sub.on('message', (channel: string, msg: string) => {
        for (const l of this.listeners.get(channel) ?? []) l(msg);
      });
    }
    let set = this.listeners.get(ch);
    if (!set) {
      set = new Set();
      this.listeners.set(ch, set);
      await this.sub.subscribe(ch);
    }
    set.add(fn);
    return () => {
      const s = this.listeners.get(ch);
      if (!s) return;
      s.delete(fn);
      if (s.size === 0) {
        this.listeners.delete(ch);
        void this.sub?.unsubscribe(ch).catch(() => undefined);
      }
    };
  }

  onModuleDestroy(): void {
    this.sub?.disconnect();
    this.sub = null;
  }
}
