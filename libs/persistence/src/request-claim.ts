import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The Idempotency-Key claim of the HTTP request being served (apps/api's IdempotencyInterceptor
 * runs the handler inside it). Every transact() within it checks, in its last statement before
 * commit, that the claim is still this request's (its token unchanged, no response recorded yet):
 * a retry that took an abandoned claim over makes the original's late commit roll back, so the
 * work never runs twice. The transaction that answers the request (transact's `answersRequest`)
 * records the response in that same statement, so the response commits with the state it
 * describes.
 */
export interface RequestClaim {
  /** idempotency_record's key: the caller (`role:userId`) and the Idempotency-Key. */
  readonly principal: string;
  readonly key: string;
  /** idempotency_record.claim_token when this request claimed the key. */
  readonly token: string;
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

/** The claim a transaction started now must check, if any: none once answered or done. */
export function openRequestClaim(): RequestClaim | undefined {
  const claim = claims.getStore();
  return claim && !claim.answered && !claim.done ? claim : undefined;
}
