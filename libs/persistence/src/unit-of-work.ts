import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@invataxi/domain';
import type { JsonObject } from './entities/json';
import { JOB_QUEUE, type JobMessage } from '@invataxi/queue';
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
 * A request's Idempotency-Key, as the HTTP layer (apps/api's IdempotencyInterceptor) hands it to
 * the use case and the use case passes it down to what writes: what persistence writes under the
 * key, and (answered, body) what a committed transaction recorded. Taken one of two ways
 * (`taken`):
 * - 'before': the key's row was written before the handler ran. The transaction given it checks,
 *   in its last statement before commit, that the claim is still this request's (its token
 *   unchanged, no response recorded yet): a retry that took an abandoned claim over makes the
 *   original's late commit roll back, so the work never runs twice.
 * - 'with-answer': the row is written only by the transaction that answers, in its last
 *   statement, with the response. A copy of the request that raced it fails on the key (nothing
 *   of its work commits) and replays the answer. One write less, and no claim a crash could
 *   leave behind; for handlers whose only writes that must not happen twice are in their
 *   answering transaction.
 * Either way the transaction that answers the request records the response in that same
 * statement, so the response commits with the state it describes.
 */
export interface KeyedRequest {
  /** idempotency_record's key: the caller (`role:userId`) and the Idempotency-Key. */
  readonly principal: string;
  readonly key: string;
  /** idempotency_record.claim_token of this request's claim. */
  readonly token: string;
  readonly taken: 'before' | 'with-answer';
  /** idempotency_record.request_hash, for the row written with the answer. */
  readonly hash: string;
  /** The status the response will be sent with (201, or the endpoint's @HttpCode). */
  readonly status: number;
  /** A committed transaction recorded the response (its JSON: `body`). */
  answered: boolean;
  body: string | null;
  /** The handler has returned or failed: a transaction still given the key checks nothing. */
  done: boolean;
}

/** The key a transaction must check or write: none once answered or done, none for one that does not answer a key written with the answer. */
function openKey(keyed: KeyedRequest | undefined, answersRequest: boolean): KeyedRequest | undefined {
  if (!keyed || keyed.answered || keyed.done) return undefined;
  return keyed.taken === 'before' || answersRequest ? keyed : undefined;
}

/** A lone write's Idempotency-Key record: the key written with `answer` (JSON) in the write's own statement. */
export interface KeyWithAnswer {
  keyed: KeyedRequest;
  answer: string;
}

/**
 * One transaction: the state change, its audit rows and its outbox rows commit together or
 * not at all (DESIGN.md, "Truth and flow"). Work is handed to the queues only through the
 * outbox, never by enqueueing directly from a transaction that might still roll back.
 */
export class UnitOfWork {
  private readonly audits: AuditEntry[] = [];
  private readonly messages: JobMessage[] = [];
  private wrote = false;
  /** The response a lone final write recorded with the request's key (its JSON). */
  answeredWith: string | null = null;

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
    /** No transaction is open (transactInOneStatement): the unit writes once, in one statement. */
    readonly alone = false,
  ) {}

  audit(entry: AuditEntry): void {
    this.audits.push(entry);
  }

  /** Gathers jobs for the outbox; the same job (name and id) twice in one unit is kept once. */
  enqueue(...msgs: JobMessage[]): void {
    for (const m of msgs)
      if (!this.messages.some((x) => x.name === m.name && x.jobId === m.jobId)) this.messages.push(m);
  }

  /**
   * Writes what was gathered, in one statement (audit rows, outbox rows and the relay's wake-up
   * call): every write of the system ends here, so each round trip saved is saved everywhere.
   * Called by transact() just before commit, with the request's Idempotency-Key when it checks
   * one: then the same statement checks the claim is still ours (else CONFLICT, and the
   * transaction rolls back) and records the response if this transaction answers the request,
   * even when nothing was gathered; a key taken with the answer is inserted there instead
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
   * `key`: the request's Idempotency-Key written with its answer in this same statement (only
   * when the statement returned a row): a copy of the request that got there first makes it
   * fail on the key, with nothing written. For a unit whose write this is (alone).
   */
  async flushWith<R>(statement: string, params: unknown[], ctes?: string, key?: KeyWithAnswer): Promise<R[]> {
    const p = params.length + 1;
    const claim = key ? `, ${claimWithAnswer(p + GATHERED_PARAMS, 'main')}` : '';
    const sql = `WITH ${ctes ? `${ctes}, ` : ''}main AS (${statement}), ${gatheredRows(p, 'main')}${claim} SELECT * FROM main`;
    const all = [...params, ...this.gathered()];
    if (key) all.push(...claimWithAnswerParams(key.keyed, key.answer));
    const rows = await this.write(() => queryPrepared<R>(this.manager, sql, all));
    if (key && rows.length > 0) this.answeredWith = key.answer;
    return rows;
  }

  /** A write of the unit's own; a unit without a transaction writes only once (atomic by itself). */
  private write<R>(run: () => Promise<R>): Promise<R> {
    if (this.alone && this.wrote)
      throw new Error('transactInOneStatement: a second write could not be atomic with the first');
    this.wrote = true;
    return run();
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

function claimWithAnswerParams(claim: KeyedRequest, response: string): unknown[] {
  return [claim.principal, claim.key, claim.hash, claim.status, response, claim.token];
}

/** What transact() checks and records at its final flush inside a request's claim. */
export interface ClaimCheck {
  claim: KeyedRequest;
  /** The response body to record (JSON), or null: this transaction does not answer the request. */
  response: string | null;
}

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export interface TransactOptions {
  isolation?: IsolationLevel;
  /**
   * The request's Idempotency-Key (KeyedRequest), passed down by the use case. A key claimed
   * before is checked at commit; with answersRequest the result is recorded under the key.
   */
  keyed?: KeyedRequest;
  /**
   * This transaction's result is the response body exactly as the controller returns it: with
   * `keyed` it is recorded in the transaction, so the response commits with the state it
   * describes and a retry replays it. Set only where the endpoint returns the result unchanged;
   * a transaction that fails records nothing.
   */
  answersRequest?: boolean;
}

export async function transact<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
  options: IsolationLevel | TransactOptions = {},
): Promise<T> {
  const {
    isolation = 'READ COMMITTED',
    keyed,
    answersRequest = false,
  } = typeof options === 'string' ? { isolation: options } : options;
  const claim = openKey(keyed, answersRequest);
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
  if (claim && recorded.response !== null) answered(claim, recorded.response);
  return result;
}

function answered(keyed: KeyedRequest, body: string): void {
  keyed.answered = true;
  keyed.body = body;
}

/**
 * Work whose only write is one statement, atomic by itself: no BEGIN and no COMMIT, two round
 * trips of a booking's four. Its reads run as they come on one connection, each with its own
 * fresh snapshot (as they would under READ COMMITTED inside a transaction); its write must be
 * guarded inside itself against what it read having changed (BookingsRepository.insertNew's
 * booking_seq). The unit refuses a second write of its own; the work must not write by any
 * other way (a TypeORM save(), a statement on `uow.manager`): that would commit on its own.
 * The result answers the request: with `keyed` (taken with the answer) the key is recorded with
 * it, by the write itself (flushWith's `key`) or else by the final statement.
 */
export async function transactInOneStatement<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
  keyed?: KeyedRequest,
): Promise<T> {
  const claim = openKey(keyed, true);
  if (claim && claim.taken !== 'with-answer')
    throw new Error('transactInOneStatement: a key claimed before is checked inside a transaction');
  const qr = ds.createQueryRunner();
  try {
    const uow = new UnitOfWork(qr.manager, actor, true);
    const result = await work(uow);
    let recorded = uow.answeredWith;
    if (claim && recorded === null) {
      recorded = JSON.stringify(result) ?? 'null';
      await uow.flush({ claim, response: recorded });
    } else await uow.flush();
    if (claim && recorded !== null) answered(claim, recorded);
    return result;
  } finally {
    await qr.release();
  }
}

/**
 * transact() for the transaction whose result the endpoint returns unchanged as its response
 * (TransactOptions.answersRequest), under the request's Idempotency-Key when it has one.
 */
export function transactAnswering<T>(
  ds: DataSource,
  actor: Actor,
  work: (uow: UnitOfWork) => Promise<T>,
  keyed?: KeyedRequest,
): Promise<T> {
  return transact(ds, actor, work, { keyed, answersRequest: true });
}
