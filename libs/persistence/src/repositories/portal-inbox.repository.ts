import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The Portal's event and the answer recorded for it. */
export interface InboxRow {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
}

/** Identifies one event of the Portal: its client and its event id. */
export interface InboxEvent {
  clientId: string;
  eventId: string;
  requestHash: string;
}

/**
 * The Portal's inbox: each event accepted once (client id + event id), its answer recorded in the
 * transaction that did its work, and a savepoint so a refusal leaves the claim but not the work.
 */
@Injectable()
export class PortalInboxRepository {
  /** The event's recorded answer, if the work that made it has committed. */
  async answerOf(m: EntityManager, event: InboxEvent): Promise<InboxRow | null> {
    const rows: InboxRow[] = await m.query(
      `SELECT request_hash, response_status, response_body FROM inbox
        WHERE client_id = $1 AND event_id = $2 AND response_status IS NOT NULL`,
      [event.clientId, event.eventId],
    );
    return rows[0] ?? null;
  }

  /**
   * Claims the event for this transaction. False when another copy holds it: the insert waited
   * on that copy's row and it committed.
   */
  async claim(m: EntityManager, event: InboxEvent): Promise<boolean> {
    const claimed: unknown[] = await m.query(
      `INSERT INTO inbox (client_id, event_id, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (client_id, event_id) DO NOTHING RETURNING 1 AS ok`,
      [event.clientId, event.eventId, event.requestHash],
    );
    return claimed.length > 0;
  }

  /** Marks where the event's work begins, to undo it alone on a final refusal. */
  async beginWork(m: EntityManager): Promise<void> {
    await m.query('SAVEPOINT portal_event');
  }

  async undoWork(m: EntityManager): Promise<void> {
    await m.query('ROLLBACK TO SAVEPOINT portal_event');
  }

  async recordAnswer(m: EntityManager, event: InboxEvent, status: number, body: unknown): Promise<void> {
    await m.query(
      `UPDATE inbox SET response_status = $3, response_body = $4 WHERE client_id = $1 AND event_id = $2`,
      [event.clientId, event.eventId, status, JSON.stringify(body)],
    );
  }

  /** Serialises everything about one Portal order id, whatever the event id. */
  async lockOrder(m: EntityManager, orderId: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`portal-order:${orderId}`]);
  }
}
