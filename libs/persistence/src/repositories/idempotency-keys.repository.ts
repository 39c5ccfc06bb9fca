import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../rows';
import type { KeyedRequest } from '../unit-of-work';

/** What idempotency_record holds under a key, and whether its claim has outlived its lease. */
export interface RecordedKey {
  request_hash: string;
  response_status: number;
  response_body: unknown;
  abandoned: boolean;
}

type KeyOf = Pick<KeyedRequest, 'principal' | 'key'>;
type OwnClaim = Pick<KeyedRequest, 'principal' | 'key' | 'token'>;

/**
 * The stored Idempotency-Keys (idempotency_record) and their retention. A key's row is written
 * with the work's answer by the unit of work (claimStatement, UnitOfWork.flushWith); here are the
 * claim taken before the work, the look-ups, and what the HTTP layer records after it.
 */
@Injectable()
export class IdempotencyKeysRepository {
  constructor(private readonly ds: DataSource) {}

  /** A claim on a key nobody holds, with its token; false when the key is taken. */
  async claim(k: KeyOf, hash: string, token: string): Promise<boolean> {
    const inserted = await queryPrepared(
      this.ds.manager,
      `INSERT INTO idempotency_record (principal, key, request_hash, response_status, response_body, claim_token)
       VALUES ($1, $2, $3, 0, 'null', $4) ON CONFLICT DO NOTHING RETURNING 1 AS ok`,
      [k.principal, k.key, hash, token],
    );
    return inserted.length > 0;
  }

  /** What is recorded under the key; `abandoned` when it was claimed more than `leaseS` ago. */
  async find(k: KeyOf, leaseS: number): Promise<RecordedKey | undefined> {
    const rows = await queryPrepared<RecordedKey>(
      this.ds.manager,
      `SELECT request_hash, response_status, response_body,
              created_at < now() - make_interval(secs => $3) AS abandoned
         FROM idempotency_record WHERE principal = $1 AND key = $2`,
      [k.principal, k.key, leaseS],
    );
    return rows[0];
  }

  /**
   * Takes an unanswered claim older than `leaseS` over with a new token; false when it was
   * answered or taken meanwhile. Waits for a transaction of the original that is recording its
   * answer (it holds the row).
   */
  async takeOverAbandoned(k: KeyOf, leaseS: number, token: string): Promise<boolean> {
    const taken = (await this.ds.query(
      `UPDATE idempotency_record SET created_at = now(), claim_token = $4
        WHERE principal = $1 AND key = $2 AND response_status = 0
          AND created_at < now() - make_interval(secs => $3) RETURNING 1 AS ok`,
      [k.principal, k.key, leaseS, token],
    )) as [unknown[], number];
    return taken[0].length > 0;
  }

  /** A key taken with the answer whose work answered without recording it: recorded now. */
  async recordAnswer(keyed: KeyedRequest, body: unknown): Promise<void> {
    await this.ds.query(
      `INSERT INTO idempotency_record (principal, key, request_hash, response_status, response_body, claim_token)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT DO NOTHING`,
      [keyed.principal, keyed.key, keyed.hash, keyed.status, JSON.stringify(body ?? null), keyed.token],
    );
  }

  /**
   * Records the response of a claim still ours and unanswered; `replacing`: replaces the one a
   * transaction of ours recorded.
   */
  async complete(c: OwnClaim, status: number, body: unknown, replacing = false): Promise<void> {
    await this.ds.query(
      `UPDATE idempotency_record SET response_status = $4, response_body = $5::jsonb
        WHERE principal = $1 AND key = $2 AND claim_token = $3${replacing ? '' : ' AND response_status = 0'}`,
      [c.principal, c.key, c.token, status, JSON.stringify(body ?? null)],
    );
  }

  /** Lets the key go when the work failed (a refused request may be sent again once fixed). */
  async release(c: OwnClaim): Promise<void> {
    await this.ds.query(
      `DELETE FROM idempotency_record
        WHERE principal = $1 AND key = $2 AND claim_token = $3 AND response_status = 0`,
      [c.principal, c.key, c.token],
    );
  }

  /**
   * For a request whose key is written with its answer: a copy of it has recorded its answer
   * (this one is a retry, whose failure gives way to that answer). For what a failure would
   * write about itself, such as the audit of a refused attempt.
   */
  async answeredByAnotherCopy(m: EntityManager, keyed: KeyedRequest | undefined): Promise<boolean> {
    if (!keyed || keyed.taken !== 'with-answer' || keyed.answered) return false;
    const rows = await queryPrepared<{ request_hash: string }>(
      m,
      'SELECT request_hash FROM idempotency_record WHERE principal = $1 AND key = $2',
      [keyed.principal, keyed.key],
    );
    // Another body under the key is another request, refused on its own.
    return rows[0]?.request_hash === keyed.hash;
  }

  /**
   * Deletes up to `batch` keys older than the retention; returns how many went. By ctid, since
   * the table has no index on its age (one would cost every keyed request).
   */
  async deleteExpiredBatch(retentionHours: number, batch: number): Promise<number> {
    const [, deleted] = (await this.ds.query(
      `DELETE FROM idempotency_record WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM idempotency_record WHERE created_at < now() - make_interval(hours => $1)
          LIMIT $2))`,
      [retentionHours, batch],
    )) as [unknown, number];
    return deleted;
  }
}
