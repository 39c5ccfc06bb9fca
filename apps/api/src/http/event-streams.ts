import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { createRedis } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';

type Listener = (message: string) => void;

/** Comment lines keep idle streams open through proxies that close silent connections. */
const HEARTBEAT_MS = 15_000;

export interface EventStreamOptions {
  /** The Redis channel whose messages the stream relays. */
  channel: string;
  /** The SSE event name each message is sent under. */
  event: string;
  /** How long the browser's EventSource waits before reconnecting. */
  retryMs: number;
  /** An event sent first (a snapshot of the state the messages then update). */
  first?: { event: string; data: string };
  /** More channels relayed on the same stream, each under its own event name. */
  also?: readonly { channel: string; event: string }[];
  /**
   * Whether this stream's reader may be told a message (the scope's check, walk t22 m2); messages
   * keep their order. A failing check withholds the message.
   */
  pass?: (message: string) => Promise<boolean>;
}

/**
 * The API's server-sent event streams (the rider's notifications, the live booking and region
 * views): one Redis subscriber per process fans the published messages out to the open streams,
 * a channel being subscribed while someone listens on it. Streams only save polling: what they
 * carry is stored first, so a closed stream loses nothing. Open streams are ended when the API
 * shuts down (clients reconnect elsewhere).
 */
@Injectable()
export class EventStreams implements OnModuleDestroy {
  private sub: Redis | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly open = new Set<ServerResponse>();

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
      if (!s?.delete(listener)) return;
      if (s.size === 0) {
        this.listeners.delete(channel);
        await this.sub?.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  /**
   * Answers the request with an event stream: `retry`, the first event if any, then each message
   * of the channel. `: connected` marks the moment the channel is listened to.
   */
  async stream(req: FastifyRequest, reply: FastifyReply, o: EventStreamOptions): Promise<void> {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': String(req.id),
    });
    let checked: Promise<void> = Promise.resolve();
    raw.write(`retry: ${o.retryMs}\n${o.first ? `event: ${o.first.event}\ndata: ${o.first.data}\n` : ''}\n`);
    const stops = await Promise.all(
      [{ channel: o.channel, event: o.event }, ...(o.also ?? [])].map((c) =>
        this.listen(c.channel, (message) => {
          const write = () => raw.write(`event: ${c.event}\ndata: ${message}\n\n`);
          if (!o.pass) return void write();
          const pass = o.pass;
          checked = checked.then(async () => {
            if (await pass(message).catch(() => false)) write();
          });
        }),
      ),
    );
    const stop = async (): Promise<void> => {
      await Promise.all(stops.map((s) => s()));
    };
    this.open.add(raw);
    raw.write(': connected\n\n');
    const beat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    beat.unref();
    // The client went away, or the server is ending the stream.
    const close = (): void => {
      clearInterval(beat);
      this.open.delete(raw);
      void stop();
    };
    raw.once('close', close);
  }

  onModuleDestroy(): void {
    for (const res of this.open) res.end();
    this.open.clear();
    this.sub?.disconnect();
    this.sub = null;
  }
}
