import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { OutboxRepository } from '@invataxi/persistence';
import { QueueProducer, type JobMessage, type JobName } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';

/**
 * Moves outbox rows to BullMQ. Claims a batch with FOR UPDATE SKIP LOCKED (several relays
 * share the work), enqueues with the row's deterministic job id, marks the rows sent, all in
 * one transaction: if Redis is down nothing is marked and the rows wait; if the commit is lost
 * after enqueueing, the next pass enqueues the same ids again, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private listener: Client | null = null;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private listenRetry: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly producer: QueueProducer,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  /** Before the queues close (their onApplicationShutdown): a pass in flight finishes first. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    if (this.timer) clearTimeout(this.timer);
    if (this.listenRetry) clearTimeout(this.listenRetry);
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  /** One pass: returns how many rows it relayed. Public for tests. */
  async relayOnce(): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows = await this.outbox.claimUnsent(m, this.config.OUTBOX_BATCH_SIZE);
      if (rows.length === 0) return 0;
      const msgs: JobMessage[] = rows.map((r) => ({
        name: r.job_name as JobName,
        payload: r.payload as never,
        jobId: r.job_id,
        ...(r.delay_ms > 0 ? { delayMs: r.delay_ms } : {}),
      }));
      await this.producer.addBulk(msgs);
      await this.outbox.markSent(
        m,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayOnce();
        failures = 0;
      } catch (e) {
        failures++;
        if (failures === 1 || failures % 50 === 0)
          this.logger.warn(
            { errorClass: (e as Error)?.constructor?.name, failures },
            'outbox relay pass failed; will retry',
          );
      }
      if (relayed >= this.config.OUTBOX_BATCH_SIZE) continue;
      const wait =
        failures > 0
          ? Math.min(5000, this.config.OUTBOX_RELAY_INTERVAL_MS * 2 ** Math.min(failures, 5))
          : this.config.OUTBOX_RELAY_INTERVAL_MS;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, wait);
      });
      this.wake = null;
    }
  }

  private retryListen(): void {
    if (!this.running || this.listenRetry) return;
    this.listenRetry = setTimeout(() => {
      this.listenRetry = null;
      void this.listen();
    }, 2000);
  }

  /** LISTEN makes the relay react at commit time; polling stays as the safety net. */
  private async listen(): Promise<void> {
    if (!this.running) return;
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'outbox-listener',
    });
    client.on('error', () => {
      this.listener = null;
      this.retryListen();
    });
    try {
      await client.connect();
      client.on('notification', () => this.wake?.());
      await this.outbox.listen(client);
      this.listener = client;
    } catch {
      await client.end().catch(() => undefined);
      this.retryListen();
    }
  }
}
