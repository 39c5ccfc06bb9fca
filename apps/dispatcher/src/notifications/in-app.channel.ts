import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '@invataxi/platform';
import type { Channel, ChannelReceipt, OutgoingMessage } from '@invataxi/notifications';

/**
 * In-app: the row in PostgreSQL is the message (the API lists it); publishing on the
 * recipient's Redis channel only wakes the open streams. A publish nobody hears is fine: the
 * list still has it. So it counts as delivered once published.
 */
@Injectable()
export class InAppChannel implements Channel {
  readonly channel = 'IN_APP' as const;

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async send(m: OutgoingMessage): Promise<ChannelReceipt> {
    await this.redis.publish(m.address, m.text);
    return { externalId: null, delivered: true };
  }
}
