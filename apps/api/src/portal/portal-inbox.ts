import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DomainError,
  isDomainError,
  type DomainErrorCode,
  type ErrorParams,
  type JsonValue,
} from '@invataxi/domain';
import {
  PortalInboxRepository,
  UnitOfWork,
  transact,
  type Actor,
  type InboxRow,
} from '@invataxi/persistence';
import type { PortalEvent } from './portal-signature.guard';

export interface PortalAnswer {
  status: number;
  body: JsonValue;
}

type Stored = { kind: 'ok'; body: JsonValue } | { kind: 'error'; code: DomainErrorCode; params: ErrorParams };

/**
 * Refusals that are the event's final answer: replaying the event gets the same refusal.
 * Others (NOT_FOUND: a cancel that overtook its order; STALE_VERSION, CONFLICT: a race) are not
 * stored, so the Portal's retry of the same event is judged again.
 */
const FINAL_REFUSALS: ReadonlySet<DomainErrorCode> = new Set([
  'BOOKING_REJECTED',
  'VALIDATION',
  'ILLEGAL_TRANSITION',
]);

/**
 * Each event of the Portal is accepted once (inbox: client id + event id). The inbox row is
 * inserted in the same transaction as the work it records, before the work: a concurrent copy
 * of the event waits on the row's unique key and, once the first commits, answers what the
 * first answered; if the first rolls back, the copy does the work itself. Nothing is done twice.
 */
@Injectable()
export class PortalInbox {
  constructor(
    private readonly ds: DataSource,
    private readonly rows: PortalInboxRepository,
  ) {}

  async handle(
    event: PortalEvent,
    actor: Actor,
    work: (uow: UnitOfWork) => Promise<PortalAnswer>,
  ): Promise<PortalAnswer> {
    const seen = await this.rows.answerOf(this.ds.manager, event);
    if (seen) return this.replay(event, seen);
    const outcome = await transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      if (!(await this.rows.claim(m, event))) {
        // Another copy committed first (we waited on its row): answer as it did.
        const first = await this.rows.answerOf(m, event);
        if (!first) throw new DomainError('CONFLICT', { reason: 'EVENT_IN_FLIGHT' });
        return { kind: 'replay' as const, row: first };
      }
      await this.rows.beginWork(m);
      // The work's own audit and outbox rows go with its savepoint: a refusal leaves none behind.
      const inner = new UnitOfWork(m, uow.actor);
      let answer: PortalAnswer;
      let stored: Stored;
      try {
        answer = await work(inner);
        await inner.flush();
        stored = { kind: 'ok', body: answer.body };
      } catch (e) {
        if (!isDomainError(e) || !FINAL_REFUSALS.has(e.code)) throw e;
        await this.rows.undoWork(m);
        stored = { kind: 'error', code: e.code, params: e.params };
        answer = { status: 0, body: null };
        uow.audit({
          action: 'portal.event_refused',
          entityType: 'inbox',
          entityId: `${event.clientId}/${event.eventId}`,
          after: { code: e.code, reasons: reasonCodes(e.params) },
        });
      }
      await this.rows.recordAnswer(m, event, stored.kind === 'ok' ? answer.status : 422, stored);
      return { kind: 'done' as const, stored, answer };
    });
    if (outcome.kind === 'replay') return this.replay(event, outcome.row);
    if (outcome.stored.kind === 'error') throw new DomainError(outcome.stored.code, outcome.stored.params);
    return outcome.answer;
  }

  /** The first answer again; the same event id with a different request is refused. */
  private replay(event: PortalEvent, row: InboxRow): PortalAnswer {
    if (row.request_hash !== event.requestHash)
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', { header: 'X-Portal-Event-Id' });
    const stored = row.response_body as Stored;
    if (stored.kind === 'error') throw new DomainError(stored.code, stored.params);
    return { status: row.response_status ?? 200, body: stored.body };
  }
}

function reasonCodes(params: ErrorParams): JsonValue {
  const reasons = params.reasons;
  if (!Array.isArray(reasons)) return [];
  return reasons.map((r) => (typeof r === 'object' && r && !Array.isArray(r) ? (r.code ?? null) : r));
}
