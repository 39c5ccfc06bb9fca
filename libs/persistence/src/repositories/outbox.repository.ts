import { Injectable } from '@nestjs/common';
import type { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../rows';
import { OUTBOX_CHANNEL } from '../unit-of-work';

/** An outbox row waiting for the relay: the job to enqueue, with its deterministic id. */
export interface UnsentOutboxRow {
  id: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

/** The outbox the relay drains (the rows themselves are written by the unit of work). */
@Injectable()
export class OutboxRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The oldest unsent rows, locked for the caller's transaction; SKIP LOCKED lets several
   * relays share the work without waiting on each other.
   */
  claimUnsent(m: EntityManager, limit: number): Promise<UnsentOutboxRow[]> {
    return queryPrepared<UnsentOutboxRow>(
      m,
      `SELECT id, job_name, job_id, payload, delay_ms FROM outbox
        WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markSent(m: EntityManager, ids: readonly string[]): Promise<void> {
    await queryPrepared(m, 'UPDATE outbox SET sent_at = now() WHERE id = ANY($1::bigint[])', [ids]);
  }

  /** Sent rows are history after a day; unsent ones stay until relayed. */
  async deleteSentBeforeYesterday(): Promise<void> {
    await this.ds.query(`DELETE FROM outbox WHERE sent_at < now() - interval '1 day'`);
  }

  /** Subscribes a dedicated connection to the commit-time notice of new outbox rows. */
  async listen(client: Client): Promise<void> {
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
  }
}
