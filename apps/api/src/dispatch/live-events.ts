import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { REDIS } from '@invataxi/platform';
import { liveChannel, liveEtaKey, livePositionKey, type LiveTopic } from '@invataxi/dispatch';

export type { LiveTopic };

/** What a live view is told: ids, statuses, times, a vehicle's position. Never personal data. */
export interface LiveEvent {
  type: 'status' | 'position' | 'route' | 'alert';
  /** With `alert`: rides went back to dispatch together (the board reads the alert). */
  alertId?: string;
  bookingId?: string;
  shiftId?: string;
  status?: string;
  version?: number;
  /** With an ARRIVED reported far from the pick-up: a dispatcher has yet to confirm it (issue 18). */
  arrivalUnderReview?: boolean;
  position?: { lat: number; lon: number; at: string };
  /**
   * When the vehicle reaches the next stops, by booking and kind: `at` is the expected arrival
   * (computed once, at the ping: its time + etaSeconds), shown as it is. With the status
   * ON_BOARD: the rider's arrival at the destination, driven from the pickup (walk F7).
   */
  etas?: { bookingId: string; kind: string; etaSeconds: number; at: string }[];
  plannedPickupAt?: string | null;
}

/**
 * What the live views are told, published on Redis: a channel per booking and per region under
 * the QUEUE_PREFIX namespace (tests and deployments share one Redis). EventStreams relays a
 * channel to the open streams.
 */
@Injectable()
export class LiveEvents {
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

  /** Where the latest ETAs of a booking's stops are kept. */
  etaKey(bookingId: string): string {
    return liveEtaKey(this.config.QUEUE_PREFIX, bookingId);
  }

  async publish(topic: LiveTopic, id: string, event: LiveEvent): Promise<void> {
    await this.redis.publish(this.channel(topic, id), JSON.stringify(event));
  }

  /**
   * Tells the boards of the rides' regions that rides went back to dispatch together: every
   * dispatcher following them (the region's, and each provider's, which follows its region)
   * reloads and sees the alert. After the commit; a Redis hiccup must not undo the change.
   */
  async announceAlerts(alerts: readonly { id: string; regions: readonly string[] }[]): Promise<void> {
    for (const a of alerts)
      for (const r of a.regions)
        await this.publish('region', r, { type: 'alert', alertId: a.id }).catch(() => undefined);
  }
}
