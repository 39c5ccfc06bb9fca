import type { DataSource, EntityManager } from 'typeorm';
import type { JsonObject } from './entities/json';
import { JOB_QUEUE, type JobMessage } from '@invataxi/queue';

/** Who acts: the signed-in user (or the system), with the request that carried the act. */
export interface Actor {
  userId: string | null;
  role: string;
  requestId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'SYSTEM', requestId: null };

/** before/after hold ids, statuses and figures: never names, IINs, phones or addresses. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: JsonObject | null;
  after?: JsonObject | null;
}

/**
 * One transaction: the state change, its audit rows and its outbox rows commit together or
 * not at all (DESIGN.md, "Truth and flow"). Work is handed to the queues only through the
 * outbox, never by enqueueing directly from a transaction that might still roll back.
 */
export class UnitOfWork {
  private readonly audits: AuditEntry[] = [];
  private readonly messages: JobMessage[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
  ) {}

  audit(entry: AuditEntry): void {
    this.audits.push(entry);
  }

  enqueue(...msgs: JobMessage[]): void {
    this.messages.push(...msgs);
  }

  /**
   * Writes what was gathered, in one statement (audit rows, outbox rows and the relay's wake-up
   * call): every write of the system ends here, so each round trip saved is saved everywhere.
   * Called by transact() just before commit.
   */
  async flush(): Promise<void> {
    if (this.audits.length === 0 && this.messages.length === 0) return;
    await this.manager.query(`WITH ${gatheredRows(1)} SELECT 1`, this.gathered());
  }

  /**
   * Runs `statement` (a single INSERT/UPDATE ... RETURNING or SELECT with parameters $1..$n) in
   * the same round trip as writing what was gathered so far, and returns its rows: for the hot
   * paths, whose last statement can carry their audit and outbox rows along.
   */
  async flushWith<R>(statement: string, params: unknown[]): Promise<R[]> {
    const sql = `WITH main AS (${statement}), ${gatheredRows(params.length + 1)} SELECT * FROM main`;
    return (await this.manager.query(sql, [...params, ...this.gathered()])) as R[];
  }

  /** The parameters of gatheredRows(), and the lists emptied (they are written once). */
  private gathered(): unknown[] {
    const audits = this.audits.map((a) => ({
      action: a.action,
      entity_type: a.entityType,
      entity_id: a.entityId,
      before: a.before ?? null,
      after: a.after ?? null,
    }));
    const outbox = this.messages.map((m) => ({
      queue: JOB_QUEUE[m.name],
      job_name: m.name,
      job_id: m.jobId,
      payload: m.payload,
      delay_ms: m.delayMs ?? 0,
    }));
    this.audits.length = 0;
    this.messages.length = 0;
    return [
      this.actor.userId,
      this.actor.role,
      this.actor.requestId ?? null,
      JSON.stringify(audits),
      JSON.stringify(outbox),
    ];
  }
}

export const OUTBOX_CHANNEL = 'invataxi_outbox';

/**
 * The audit and outbox INSERTs as CTEs, parameters $p..$p+4 (actor user, role, request id, audit
 * rows, outbox rows as JSON arrays). Rows keep the order they were gathered in (ids follow the
 * arrays). A data-modifying CTE always runs to completion, RETURNING included, so pg_notify is
 * called once per outbox row (PostgreSQL folds repeats within a transaction) and, like NOTIFY,
 * delivered at commit: it wakes the relay then, so work starts in milliseconds, not at its poll.
 */
function gatheredRows(p: number): string {
  return `audits AS (
    INSERT INTO audit_log (actor_user_id, actor_role, request_id, action, entity_type, entity_id, before, after)
    SELECT $${p}::uuid, $${p + 1}, $${p + 2}, x.action, x.entity_type, x.entity_id, x.before, x.after
      FROM ROWS FROM (jsonb_to_recordset($${p + 3}::jsonb)
             AS (action text, entity_type text, entity_id text, before jsonb, after jsonb))
           WITH ORDINALITY AS x(action, entity_type, entity_id, before, after, n)
     ORDER BY x.n
  ), messages AS (
    INSERT INTO outbox (queue, job_name, job_id, payload, delay_ms)
    SELECT y.queue, y.job_name, y.job_id, y.payload, y.delay_ms
      FROM ROWS FROM (jsonb_to_recordset($${p + 4}::jsonb)
             AS (queue text, job_name text, job_id text, payload jsonb, delay_ms int))
           WITH ORDINALITY AS y(queue, job_name, job_id, payload, delay_ms, n)
     ORDER BY y.n
    RETURNING pg_notify('${OUTBOX_CHANNEL}', '')
  )`;
}

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export async function transact<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
  isolation: IsolationLevel = 'READ COMMITTED',
): Promise<T> {
  const run = async (manager: EntityManager): Promise<T> => {
    const uow = new UnitOfWork(manager, actor);
    const result = await work(uow);
    await uow.flush();
    return result;
  };
  // READ COMMITTED is PostgreSQL's default: naming it would cost a SET round trip per transaction.
  return isolation === 'READ COMMITTED' ? ds.transaction(run) : ds.transaction(isolation, run);
}
