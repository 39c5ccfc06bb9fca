import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from './rows';

/**
 * The Idempotency-Key claim of the HTTP request being served (apps/api's IdempotencyInterceptor
 * runs the handler inside it), taken one of two ways (`taken`):
 * - 'before': the key's row was written before the handler ran. Every transact() within it
 *   checks, in its last statement before commit, that the claim is still this request's (its
 *   token unchanged, no response recorded yet): a retry that took an abandoned claim over makes
 *   the original's late commit roll back, so the work never runs twice.
 * - 'with-answer': the row is written only by the transaction that answers, in its last
 *   statement, with the response; other transactions of the handler do not touch it. A copy of
 *   the request that raced it fails on the key (nothing of its work commits) and replays the
 *   answer. One write less, and no claim a crash could leave behind; for handlers whose only
 *   writes that must not happen twice are in their answering transaction.
 * Either way the transaction that answers the request (transact's `answersRequest`) records the
 * response in that same statement, so the response commits with the state it describes.
 */
export interface RequestClaim {
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
  /**
   * The handler has returned or failed: transactions still started in this async context (work
   * the request left running) are not the request's and check nothing.
   */
  done: boolean;
}

const claims = new AsyncLocalStorage<RequestClaim>();

/** Runs `fn` (and everything it starts) inside the request's claim. */
export function withRequestClaim<T>(claim: RequestClaim, fn: () => T): T {
  return claims.run(claim, fn);
}

/**
 * The claim a transaction started now must check, if any: none once answered or done, and
 * none for a transaction that does not answer a claim taken with the answer.
 */
export function openRequestClaim(answersRequest = false): RequestClaim | undefined {
  const claim = claims.getStore();
  if (!claim || claim.answered || claim.done) return undefined;
  return claim.taken === 'before' || answersRequest ? claim : undefined;
}

/**
 * Inside a request whose key is written with its answer: a copy of it has recorded its answer
 * (this one is a retry, whose failure gives way to that answer). For what a failure would write
 * about itself, such as the audit of a refused attempt.
 */
export async function answeredByAnotherCopy(m: EntityManager): Promise<boolean> {
  const claim = claims.getStore();
  if (!claim || claim.taken !== 'with-answer' || claim.answered) return false;
  const rows = await queryPrepared<{ request_hash: string }>(
    m,
    'SELECT request_hash FROM idempotency_record WHERE principal = $1 AND key = $2',
    [claim.principal, claim.key],
  );
  // Another body under the key is another request, refused on its own.
  return rows[0]?.request_hash === claim.hash;
}
