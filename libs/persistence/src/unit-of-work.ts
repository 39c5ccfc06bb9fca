import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DomainError } from '@invataxi/domain';
import type { JsonObject } from './entities/json';
import { JOB_QUEUE, type JobMessage } from '@invataxi/queue';
import { openRequestClaim, type RequestClaim } from './request-claim';
import { queryPrepared } from './rows';

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
  private respond?: (stored: never) => unknown;
  /** The response a lone final write recorded with the request's key (its JSON). */
  answeredWith: string | null = null;

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
    /** Set when transact() defers BEGIN (TransactOptions.deferBegin). */
    private readonly deferred?: DeferredBegin,
    /** The request's claim taken with the answer, when this unit answers it (deferred units only). */
    private readonly claim?: RequestClaim,
  ) {}

  /**
   * The request's response, as it follows from the row the final write stores (flushWith's
   * `storing`): lets a lone final write record the response with the request's Idempotency-Key
   * in its own statement. Without it that write opens a transaction, and the response is
   * recorded at commit.
   */
  respondWith<S>(respond: (stored: S) => unknown): void {
    this.respond = respond as (stored: never) => unknown;
  }

  /**
   * Opens the transaction now when BEGIN is deferred (the work is about to write more than once);
   * otherwise, and once open, nothing.
   */
  async begin(): Promise<void> {
    await this.deferred?.begin();
  }

  audit(entry: AuditEntry): void {
    this.audits.push(entry);
  }

  enqueue(...msgs: JobMessage[]): void {
    this.messages.push(...msgs);
  }

  /**
   * Writes what was gathered, in one statement (audit rows, outbox rows and the relay's wake-up
   * call): every write of the system ends here, so each round trip saved is saved everywhere.
   * Called by transact() just before commit, with the request's Idempotency-Key claim when one
   * is open: then the same statement checks the claim is still ours (else CONFLICT, and the
   * transaction rolls back) and records the response if this transaction answers the request,
   * even when nothing was gathered; a claim taken with the answer is inserted there instead
   * (claimStatement).
   */
  async flush(check?: ClaimCheck): Promise<void> {
    const gathered = this.audits.length > 0 || this.messages.length > 0;
    if (!check) {
      if (gathered)
        await this.write(() =>
          queryPrepared(this.manager, `WITH ${gatheredRows(1)} SELECT 1`, this.gathered()),
        );
      return;
    }
    const statement = claimStatement(check, gathered ? this.gathered() : null);
    const rows = await this.write(() =>
      queryPrepared<{ ours: number }>(this.manager, statement.sql, statement.params),
    );
    if (rows[0]?.ours !== 1)
      throw new DomainError('REQUEST_IN_PROGRESS', {
        reason: 'a retry of the same request took its Idempotency-Key over',
        header: 'Idempotency-Key',
      });
  }

  /**
   * Runs `statement` (a single INSERT/UPDATE ... RETURNING or SELECT with parameters $1..$n) in
   * the same round trip as writing what was gathered so far, and returns its rows: for the hot
   * paths, whose last statement can carry their audit and outbox rows along. What was gathered
   * is written only when the statement returns a row: a guarded write that matched nothing (a
   * version that moved on) leaves no audit of a change that did not happen. `ctes` are more
   * common table expressions ahead of the statement (`name AS (...), ...`): a data-modifying
   * one cannot be nested inside it.
   *
   * `storing`: the row the statement stores, complete (made only when needed), for
   * respondWith(). Inside a request's
   * claim taken with the answer, a lone write records the response and the key in this same
   * statement (only when it returned a row); a copy of the request that got there first makes
   * it fail on the key, with nothing written.
   */
  async flushWith<R>(
    statement: string,
    params: unknown[],
    ctes?: string,
    storing?: () => object,
  ): Promise<R[]> {
    let answer: string | null = null;
    if (this.claim && this.deferred && !this.deferred.open) {
      const value = storing !== undefined && this.respond ? this.respond(storing() as never) : undefined;
      if (value === undefined) await this.begin();
      else answer = JSON.stringify(value) ?? 'null';
    }
    const p = params.length + 1;
    const key = answer === null ? '' : `, ${claimWithAnswer(p + GATHERED_PARAMS, 'main')}`;
    const sql = `WITH ${ctes ? `${ctes}, ` : ''}main AS (${statement}), ${gatheredRows(p, 'main')}${key} SELECT * FROM main`;
    const all = [...params, ...this.gathered()];
    if (answer !== null && this.claim) all.push(...claimWithAnswerParams(this.claim, answer));
    const rows = await this.write(() => queryPrepared<R>(this.manager, sql, all));
    if (answer !== null && rows.length > 0) this.answeredWith = answer;
    return rows;
  }

  /** A write of the unit's own: alone (atomic by itself) when BEGIN is deferred and not yet sent. */
  private write<R>(run: () => Promise<R>): Promise<R> {
    return this.deferred ? this.deferred.alone(run) : run();
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

/** How many parameters gatheredRows() takes (UnitOfWork.gathered() gives them). */
const GATHERED_PARAMS = 5;

/**
 * The audit and outbox INSERTs as CTEs, parameters $p..$p+4 (actor user, role, request id, audit
 * rows, outbox rows as JSON arrays). Rows keep the order they were gathered in (ids follow the
 * arrays). A data-modifying CTE always runs to completion, RETURNING included, so pg_notify is
 * called once per outbox row (PostgreSQL folds repeats within a transaction) and, like NOTIFY,
 * delivered at commit: it wakes the relay then, so work starts in milliseconds, not at its poll.
 */
function gatheredRows(p: number, onlyIfRowsIn?: string): string {
  const only = onlyIfRowsIn ? `WHERE EXISTS (SELECT 1 FROM ${onlyIfRowsIn})` : '';
  return `audits AS (
    INSERT INTO audit_log (actor_user_id, actor_role, request_id, action, entity_type, entity_id, before, after)
    SELECT $${p}::uuid, $${p + 1}, $${p + 2}, x.action, x.entity_type, x.entity_id, x.before, x.after
      FROM ROWS FROM (jsonb_to_recordset($${p + 3}::jsonb)
             AS (action text, entity_type text, entity_id text, before jsonb, after jsonb))
           WITH ORDINALITY AS x(action, entity_type, entity_id, before, after, n)
     ${only}
     ORDER BY x.n
  ), messages AS (
    INSERT INTO outbox (queue, job_name, job_id, payload, delay_ms)
    SELECT y.queue, y.job_name, y.job_id, y.payload, y.delay_ms
      FROM ROWS FROM (jsonb_to_recordset($${p + 4}::jsonb)
             AS (queue text, job_name text, job_id text, payload jsonb, delay_ms int))
           WITH ORDINALITY AS y(queue, job_name, job_id, payload, delay_ms, n)
     ${only}
     ORDER BY y.n
    RETURNING pg_notify('${OUTBOX_CHANNEL}', '')
  )`;
}

/**
 * The final write of a transaction inside a request's claim: the claim's row updated only while
 * it is still ours (token unchanged, no response yet), with the response when `response` is
 * given, and what was gathered, in one statement; `ours` is 1 when the claim was ours. The UPDATE
 * holds the row until commit, so a takeover waits for this transaction and then sees the answer.
 * A claim taken with the answer has no row yet: it is inserted with the response (a copy that
 * inserted it first makes the statement fail on the key).
 */
export function claimStatement(
  check: ClaimCheck,
  gathered: unknown[] | null,
): { sql: string; params: unknown[] } {
  const { claim, response } = check;
  if (claim.taken === 'with-answer') {
    if (response === null) throw new Error('a claim taken with the answer is written only by the answer');
    const sql = `WITH ${claimWithAnswer(1)}${gathered ? `, ${gatheredRows(1 + CLAIM_WITH_ANSWER_PARAMS)}` : ''} SELECT count(*)::int AS ours FROM claim`;
    return { sql, params: [...claimWithAnswerParams(claim, response), ...(gathered ?? [])] };
  }
  const sql = `WITH claim AS (
    UPDATE idempotency_record SET response_status = $4, response_body = $5::jsonb
     WHERE principal = $1 AND key = $2 AND claim_token = $3::uuid AND response_status = 0
    RETURNING 1
  )${gathered ? `, ${gatheredRows(6)}` : ''} SELECT count(*)::int AS ours FROM claim`;
  const params = [
    claim.principal,
    claim.key,
    claim.token,
    response === null ? 0 : claim.status,
    response ?? 'null',
    ...(gathered ?? []),
  ];
  return { sql, params };
}

/**
 * The key's row of a claim taken with the answer, with the response, as a CTE `claim`;
 * parameters $p..$p+5 (claimWithAnswerParams). No ON CONFLICT: a copy of the request that wrote
 * it first makes the whole statement fail (unique violation), so none of its work commits. With
 * `onlyIfRowsIn`, written only when that CTE returned a row.
 */
const CLAIM_WITH_ANSWER_PARAMS = 6;

function claimWithAnswer(p: number, onlyIfRowsIn?: string): string {
  const values = `$${p}, $${p + 1}, $${p + 2}, $${p + 3}::int, $${p + 4}::jsonb, $${p + 5}::uuid`;
  return `claim AS (
    INSERT INTO idempotency_record (principal, key, request_hash, response_status, response_body, claim_token)
    ${onlyIfRowsIn ? `SELECT ${values} WHERE EXISTS (SELECT 1 FROM ${onlyIfRowsIn})` : `VALUES (${values})`}
    RETURNING 1
  )`;
}

function claimWithAnswerParams(claim: RequestClaim, response: string): unknown[] {
  return [claim.principal, claim.key, claim.hash, claim.status, response, claim.token];
}

/** What transact() checks and records at its final flush inside a request's claim. */
export interface ClaimCheck {
  claim: RequestClaim;
  /** The response body to record (JSON), or null: this transaction does not answer the request. */
  response: string | null;
}

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export interface TransactOptions {
  isolation?: IsolationLevel;
  /**
   * Inside a request with an Idempotency-Key (RequestClaim), this transaction's result is the
   * response body exactly as the controller returns it: it is recorded in the transaction, so
   * the response commits with the state it describes and a retry replays it. Set only where the
   * endpoint returns the result unchanged; a transaction that fails records nothing.
   */
  answersRequest?: boolean;
  /**
   * BEGIN only when the work needs it (READ COMMITTED, outside a request's claim or inside one
   * taken with the answer: flushWith then carries the key with the answer). Under READ
   * COMMITTED every statement reads its own fresh snapshot whether or not a transaction is open,
   * so plain reads run as they come; the first statement that writes or locks sends BEGIN first
   * (recognised by its SQL). Work whose only write is its final flushWith, guarded inside itself
   * against what it read having changed, then runs as that one statement, atomic on its own:
   * no BEGIN, no COMMIT, two round trips of a booking's four. A statement needing a transaction
   * after such a lone write is an error (it could not be atomic with it). TypeORM's save(),
   * which opens a transaction of its own, is refused here too.
   */
  deferBegin?: boolean;
}

export async function transact<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
  options: IsolationLevel | TransactOptions = {},
): Promise<T> {
  const {
    isolation = 'READ COMMITTED',
    answersRequest = false,
    deferBegin = false,
  } = typeof options === 'string' ? { isolation: options } : options;
  const claim = openRequestClaim(answersRequest);
  // Inside a claim taken before, the final statement checks the claim: it needs the work in its
  // transaction. A claim taken with the answer is written by a lone final write as well.
  if (deferBegin && isolation === 'READ COMMITTED' && (!claim || claim.taken === 'with-answer'))
    return transactDeferred(ds, actor, work, claim);
  const recorded: { response: string | null } = { response: null };
  const run = async (manager: EntityManager): Promise<T> => {
    const uow = new UnitOfWork(manager, actor);
    const result = await work(uow);
    if (!claim) await uow.flush();
    else {
      // What Fastify sends for the result: JSON.stringify (Dates as ISO strings).
      const response = answersRequest ? (JSON.stringify(result) ?? 'null') : null;
      await uow.flush({ claim, response });
      recorded.response = response;
    }
    return result;
  };
  // READ COMMITTED is PostgreSQL's default: naming it would cost a SET round trip per transaction.
  const result =
    isolation === 'READ COMMITTED' ? await ds.transaction(run) : await ds.transaction(isolation, run);
  // Committed: the request is answered (the interceptor records nothing more).
  if (claim && recorded.response !== null) {
    claim.answered = true;
    claim.body = recorded.response;
  }
  return result;
}

/** transact() with TransactOptions.deferBegin. */
async function transactDeferred<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
  claim?: RequestClaim,
): Promise<T> {
  const qr = ds.createQueryRunner();
  const deferred = new DeferredBegin(qr);
  try {
    const uow = new UnitOfWork(qr.manager, actor, deferred, claim);
    const result = await work(uow);
    let answered = uow.answeredWith;
    if (claim && answered === null) {
      // Not recorded by a lone write: by the final statement (in the transaction if one is open).
      answered = JSON.stringify(result) ?? 'null';
      await uow.flush({ claim, response: answered });
    } else await uow.flush();
    if (qr.isTransactionActive) await qr.commitTransaction();
    if (claim && answered !== null) {
      claim.answered = true;
      claim.body = answered;
    }
    return result;
  } catch (e) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw e;
  } finally {
    await qr.release();
  }
}

const TRANSACTION_CONTROL = /^\s*(START\s+TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;
const PLAIN_READ = /^\s*SELECT\b/i;
const ROW_LOCK = /\bFOR\s+(UPDATE|NO\s+KEY\s+UPDATE|SHARE|KEY\s+SHARE)\b/i;

/**
 * The query runner of a deferred unit of work: sends BEGIN ahead of the first statement that
 * writes or locks, unless the unit runs it as its lone final write.
 */
class DeferredBegin {
  private beginning = false;
  private running = false;
  private wroteAlone = false;

  constructor(private readonly qr: QueryRunner) {
    const query = qr.query.bind(qr) as (...args: unknown[]) => Promise<unknown>;
    qr.query = (async (q: unknown, ...rest: unknown[]) => {
      const sql = typeof q === 'string' ? q : ((q as { text?: string }).text ?? '');
      // TypeORM marks its query runner active before it sends START TRANSACTION.
      if (!this.beginning && /^\s*START/i.test(sql))
        throw new Error('deferBegin: a transaction of its own (TypeORM save?) would commit part of the work');
      if (
        !qr.isTransactionActive &&
        !this.running &&
        !TRANSACTION_CONTROL.test(sql) &&
        (!PLAIN_READ.test(sql) || ROW_LOCK.test(sql))
      )
        await this.begin();
      return query(q, ...rest);
    }) as QueryRunner['query'];
  }

  /** BEGIN was sent. */
  get open(): boolean {
    return this.qr.isTransactionActive;
  }

  /** Runs the unit's write: alone, unless a transaction is already open. */
  async alone<R>(run: () => Promise<R>): Promise<R> {
    if (this.qr.isTransactionActive) return run();
    if (this.wroteAlone)
      throw new Error('deferBegin: a second write after a lone one could not be atomic with it');
    this.running = true;
    try {
      return await run();
    } finally {
      this.running = false;
      this.wroteAlone = true;
    }
  }

  async begin(): Promise<void> {
    if (this.qr.isTransactionActive) return;
    if (this.wroteAlone) throw new Error('deferBegin: a write after a lone one could not be atomic with it');
    this.beginning = true;
    try {
      await this.qr.startTransaction();
    } finally {
      this.beginning = false;
    }
  }
}

/**
 * transact() for the transaction whose result the endpoint returns unchanged as its response
 * (TransactOptions.answersRequest).
 */
export function transactAnswering<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  return transact(ds, actor, work, { answersRequest: true });
}
