import { createHash, randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DomainError } from '@invataxi/domain';
import type { Principal } from '@invataxi/auth';
import { IdempotencyKeysRepository, type KeyedRequest, type RecordedKey } from '@invataxi/persistence';

export type { KeyedRequest };
import { BestEffortRedis } from './best-effort-redis';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_RE = /^[A-Za-z0-9._:-]{1,200}$/;
/**
 * A claim older than this whose request never finished (a crash, or the database gone before
 * its release) may be taken over by a retry. Safe however slow the original is: taking over
 * changes the claim's token, so the original's transactions fail their claim check and roll
 * back (transact(), KeyedRequest); an original that committed first has recorded its answer,
 * which the retry replays.
 */
export const ABANDONED_AFTER_S = 15;
/** Retry-After of the 409 "still in progress": the first copy usually answers within it. */
export const IN_PROGRESS_RETRY_AFTER_S = 1;

type Claim = { kind: 'claimed'; token: string } | { kind: 'replay'; status: number; body: unknown };

/** How an Idempotent endpoint claims its key (KeyedRequest.taken). */
export type ClaimTaken = KeyedRequest['taken'];

/**
 * The keyed request each request with an Idempotency-Key is served under, set by the
 * interceptor before the handler runs; the handler takes it with @Keyed() and passes it down to
 * the use case, which gives it to the transaction that answers.
 */
const keyedRequests = new WeakMap<object, KeyedRequest>();

/** The request's KeyedRequest (undefined without an Idempotency-Key, or on an endpoint not @Idempotent). */
export function keyedRequestOf(req: object): KeyedRequest | undefined {
  return keyedRequests.get(req);
}

/** The handler's parameter that receives the request's KeyedRequest, for its use case. */
export const Keyed = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  keyedRequestOf(ctx.switchToHttp().getRequest<object>()),
);

/** The same JSON whatever the key order, so a client that reorders fields still matches. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${stableJson(body ?? null)}`)
    .digest('hex');
}

/**
 * The idempotency_record table. For a claim taken before: a key is claimed before the work runs
 * (so two copies of one request in flight do not both run), with a token of its own; the
 * response is recorded by the work's own transaction (transact's answersRequest) or, for an
 * endpoint whose response is not a transaction's result, completed after it; the claim is
 * released when the work failed (a refused request may be retried with the same key once its
 * cause is fixed). Completing and releasing touch the claim only while its token is still ours.
 * For a claim taken with the answer the answering transaction inserts the row itself; here are
 * only the look-up of what was recorded (answerRecorded) and the late record (record).
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly keys: IdempotencyKeysRepository) {}

  async claim(principal: string, key: string, hash: string, tries = 0): Promise<Claim> {
    const token = randomUUID();
    if (await this.keys.claim({ principal, key }, hash, token)) return { kind: 'claimed', token };
    return this.existing(await this.recorded(principal, key), principal, key, hash, tries);
  }

  /**
   * For a claim taken with the answer: the answer recorded under the key (replay), or null when
   * none is; another body under the key: 422; a claim still unanswered: 409 in progress.
   */
  async answerRecorded(principal: string, key: string, hash: string): Promise<Claim | null> {
    const row = await this.recorded(principal, key);
    if (!row) return null;
    return this.verdict(row, hash) ?? Promise.reject(inProgress());
  }

  /**
   * A claim taken with the answer whose handler answered without a transaction recording it:
   * recorded now (after the work, as complete() does for a claim taken before).
   */
  async record(claim: KeyedRequest, body: unknown): Promise<void> {
    await this.keys.recordAnswer(claim, body);
  }

  private recorded(principal: string, key: string): Promise<RecordedKey | undefined> {
    return this.keys.find({ principal, key }, ABANDONED_AFTER_S);
  }

  /** Another body under the key: 422; answered: the replay; still open: undefined. */
  private verdict(row: RecordedKey, hash: string): Claim | undefined {
    if (row.request_hash !== hash)
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', { header: 'Idempotency-Key' });
    if (row.response_status !== 0)
      return { kind: 'replay', status: row.response_status, body: row.response_body };
    return undefined;
  }

  /** The key is already recorded (`row`, or gone meanwhile): replay, refuse, or take it over. */
  private async existing(
    row: RecordedKey | undefined,
    principal: string,
    key: string,
    hash: string,
    tries: number,
  ): Promise<Claim> {
    // Released between our insert and select, or (below) answered or taken over by another copy
    // while we took it over: look again.
    const again = () =>
      tries < 3 ? this.claim(principal, key, hash, tries + 1) : Promise.reject(inProgress());
    if (!row) return again();
    const seen = this.verdict(row, hash);
    if (seen) return seen;
    if (!row.abandoned) throw inProgress();
    const token = randomUUID();
    const taken = await this.keys.takeOverAbandoned({ principal, key }, ABANDONED_AFTER_S, token);
    return taken ? { kind: 'claimed', token } : again();
  }

  /**
   * Records the response of a claim still ours and unanswered; `replacing`: replaces the one a
   * transaction of ours recorded.
   */
  async complete(
    principal: string,
    key: string,
    token: string,
    status: number,
    body: unknown,
    replacing = false,
  ): Promise<void> {
    await this.keys.complete({ principal, key, token }, status, body, replacing);
  }

  async release(principal: string, key: string, token: string): Promise<void> {
    await this.keys.release({ principal, key, token });
  }
}

const MARKS_PURPOSE = 'in-flight marks of Idempotency-Keys';
/** How long a mark outlives its last renewal: a dead process's mark is gone within it. */
const MARK_TTL_MS = ABANDONED_AFTER_S * 1000;
/** A running request renews its mark this often. */
const MARK_RENEW_MS = MARK_TTL_MS / 3;
/** Renews (ARGV[2] > 0: its lifetime in ms) or deletes (0) a mark only while it is the request's own (its token). */
const OWN_MARK_COMMAND = 'invataxiOwnInFlightMark';
const OWN_MARK_SCRIPT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '0' then return redis.call('DEL', KEYS[1]) end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
`;
type OwnMarkCommand = Record<
  typeof OWN_MARK_COMMAND,
  (key: string, token: string, ttlMs: number) => Promise<number>
>;
type Marked = Pick<KeyedRequest, 'principal' | 'key' | 'token'>;

/**
 * Redis marks of the keyed requests in flight whose key is written with the answer (nothing in
 * PostgreSQL says they are running): a copy arriving meanwhile is told 409 REQUEST_IN_PROGRESS,
 * as a claim taken before would tell it, instead of running its checks against a state the first
 * copy is about to change (and being refused while the first then books). A copy that finds a
 * mark looks for the recorded answer first. A mark is renewed while its request runs (however
 * long the Portal makes it), cleared when the request fails (so it may be sent again at once),
 * and left to expire after an answer; a process that died leaves it for at most
 * ABANDONED_AFTER_S, as a claim taken before is held for its lease. Best effort: while Redis is
 * away copies run, and the key still lets only one of them book.
 */
@Injectable()
export class InFlightMarks {
  constructor(
    private readonly redis: BestEffortRedis,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {
    redis.define(OWN_MARK_COMMAND, OWN_MARK_SCRIPT);
  }

  keyOf(claim: Pick<KeyedRequest, 'principal' | 'key'>): string {
    return `${this.config.QUEUE_PREFIX}:in-flight:${claim.principal}:${claim.key}`;
  }

  /** 'set': marked for this request; 'held': another copy marked it; null: Redis unavailable. */
  async mark(claim: Marked): Promise<'set' | 'held' | null> {
    const set = await this.redis.run(
      MARKS_PURPOSE,
      async (r) => (await r.set(this.keyOf(claim), claim.token, 'PX', MARK_TTL_MS, 'NX')) === 'OK',
    );
    return set === null ? null : set ? 'set' : 'held';
  }

  /** Keeps the request's mark alive while `work` runs. */
  async whileRunning<T>(claim: Marked, work: () => Promise<T>): Promise<T> {
    const renew = setInterval(() => void this.own(claim, MARK_TTL_MS), MARK_RENEW_MS);
    try {
      return await work();
    } finally {
      clearInterval(renew);
    }
  }

  async clear(claim: Marked): Promise<void> {
    await this.own(claim, 0);
  }

  private async own(claim: Marked, ttlMs: number): Promise<void> {
    await this.redis.run(MARKS_PURPOSE, (r) =>
      (r as unknown as OwnMarkCommand)[OWN_MARK_COMMAND](this.keyOf(claim), claim.token, ttlMs),
    );
  }
}

function inProgress(): DomainError {
  return new DomainError('REQUEST_IN_PROGRESS', {
    reason: 'the same request is still in progress',
    header: 'Idempotency-Key',
    retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_S,
  });
}

/**
 * Idempotency-Key on a POST (issue 3): the same key and body give the same response (the work
 * runs once); the same key with another body is refused with 422 IDEMPOTENCY_KEY_REUSED. Keys
 * are per caller (token subject). Without the header the request runs as it is.
 * Successful responses only are recorded; the body is stored as returned, so an endpoint must
 * not return what may not be stored (a full IIN). The handler gets the request's KeyedRequest
 * (@Keyed()) and passes it to its use case, down to the transaction that answers: by default
 * the key is claimed before the handler runs and that transaction rolls back if a retry took the
 * claim over; an endpoint marked `@Idempotent('with-answer')` has its key written only by its
 * answering write (a copy that lost the race replays the winner's answer). Either way the
 * transaction that answers records the response before it commits.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly marks: InFlightMarks,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const raw = req.headers[IDEMPOTENCY_HEADER];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (key === undefined) return next.handle();
    if (!KEY_RE.test(key)) throw DomainError.validation([{ field: 'Idempotency-Key', code: 'MALFORMED' }]);
    const principal = req.principal ? `${req.principal.role}:${req.principal.userId}` : 'anonymous';
    const hash = requestHash(req.method, req.url, req.body);
    const handler = ctx.getHandler();
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, handler) ?? 201;
    const taken = this.reflector.get<ClaimTaken | undefined>(IDEMPOTENT_KEY, handler) ?? 'before';
    return from(this.run(req, { principal, key, hash, status, taken }, next));
  }

  private async run(
    req: object,
    request: Pick<KeyedRequest, 'principal' | 'key' | 'hash' | 'status' | 'taken'>,
    next: CallHandler,
  ): Promise<unknown> {
    if (request.taken === 'with-answer') return this.runWithAnswer(req, request, next);
    const { principal, key, hash, status } = request;
    const claim = await this.store.claim(principal, key, hash);
    if (claim.kind === 'replay') return claim.body;
    const scope: KeyedRequest = { ...request, token: claim.token, answered: false, body: null, done: false };
    let body: unknown;
    try {
      body = await handle(req, scope, next);
    } catch (e) {
      scope.done = true;
      await this.store.release(principal, key, claim.token).catch(() => undefined);
      throw e;
    }
    return this.finish(scope, body, () => this.store.complete(principal, key, claim.token, status, body));
  }

  /**
   * A claim taken with the answer: nothing is written before the handler runs but the request's
   * in-flight mark in Redis. A copy that finds the mark gets the recorded answer, or 409 while
   * there is none. A copy that runs anyway (Redis away, or the mark expired) fails on the key if
   * the request was answered meanwhile, or is refused for what the answered copy booked; either
   * way it then replays the recorded answer.
   */
  private async runWithAnswer(
    req: object,
    request: Pick<KeyedRequest, 'principal' | 'key' | 'hash' | 'status' | 'taken'>,
    next: CallHandler,
  ): Promise<unknown> {
    const { principal, key, hash } = request;
    const scope: KeyedRequest = { ...request, token: randomUUID(), answered: false, body: null, done: false };
    if ((await this.marks.mark(scope)) === 'held') {
      const recorded = await this.store.answerRecorded(principal, key, hash);
      if (recorded?.kind === 'replay') return recorded.body;
      throw inProgress();
    }
    let body: unknown;
    try {
      body = await this.marks.whileRunning(scope, () => handle(req, scope, next));
    } catch (e) {
      scope.done = true;
      try {
        const first = scope.answered ? null : await this.answerOfAnotherCopy(scope, e);
        if (first?.kind === 'replay') return first.body;
        // The key was taken, by a copy or a claim whose record is gone now: in progress for the
        // client (a retry runs, or replays), not the raw unique violation.
        if (isKeyTaken(e)) throw inProgress();
        throw e;
      } finally {
        // Also when marking seemed to fail (timed out): it may have landed. Only our own goes.
        await this.marks.clear(scope);
      }
    }
    return this.finish(scope, body, () => this.store.record(scope, body));
  }

  /**
   * The handler answered: recorded by `unrecorded` when no transaction of it recorded the
   * answer; replaced when the endpoint sent other than what its transaction recorded.
   */
  private async finish(
    scope: KeyedRequest,
    body: unknown,
    unrecorded: () => Promise<void>,
  ): Promise<unknown> {
    scope.done = true;
    if (!scope.answered) await unrecorded();
    else if (!sameJson(body, scope.body))
      await this.store.complete(scope.principal, scope.key, scope.token, scope.status, body, true);
    return body;
  }

  /**
   * After the handler failed: the answer of a copy of the request that got there first (this one
   * failed on the key, or was refused for what that copy booked), or null.
   */
  private async answerOfAnotherCopy(scope: KeyedRequest, failure: unknown): Promise<Claim | null> {
    try {
      return await this.store.answerRecorded(scope.principal, scope.key, scope.hash);
    } catch (e) {
      // Still in progress, or another body under the key: that answer.
      if (e instanceof DomainError) throw e;
      // The database gone: the failure stands, but not as the key's raw unique violation.
      if (isKeyTaken(failure)) throw inProgress();
      return null;
    }
  }
}

/** Runs the handler with `scope` as the request's KeyedRequest (@Keyed()). */
function handle(req: object, scope: KeyedRequest, next: CallHandler): Promise<unknown> {
  keyedRequests.set(req, scope);
  return lastValueFrom(next.handle(), { defaultValue: undefined });
}

/** The unique violation of idempotency_record: a copy of the request recorded its answer first. */
function isKeyTaken(e: unknown): boolean {
  const pg = (e as { driverError?: { code?: string; table?: string } }).driverError;
  return pg?.code === '23505' && pg.table === 'idempotency_record';
}

/**
 * `body` sent as JSON is `recorded` (JSON text), key order aside: a recorded response is stored
 * as jsonb, which keeps no key order, and a response recorded ahead of its write (a booking's,
 * BookingsRepository.insertNew) may order the keys of a jsonb column otherwise than the row read back.
 */
function sameJson(body: unknown, recorded: string | null): boolean {
  const sent = JSON.stringify(body) ?? 'null';
  if (sent === recorded) return true;
  return recorded !== null && stableJson(JSON.parse(sent)) === stableJson(JSON.parse(recorded));
}

export const IDEMPOTENT_KEY = 'invataxi:idempotent';

/**
 * Marks a POST as honouring Idempotency-Key (IdempotencyStore, InFlightMarks and BestEffortRedis
 * come from the global HttpHelpersModule).
 * 'with-answer' (KeyedRequest.taken): for a handler whose only writes that must not happen twice
 * are in its answering transaction (what else it writes, such as the audit of a refused
 * attempt, may be written by each copy of the request).
 */
export const Idempotent = (taken: ClaimTaken = 'before') =>
  applyDecorators(SetMetadata(IDEMPOTENT_KEY, taken), UseInterceptors(IdempotencyInterceptor));
