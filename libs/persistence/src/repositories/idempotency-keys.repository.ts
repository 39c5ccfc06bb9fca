import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The stored Idempotency-Keys (idempotency_record) and their retention. */
@Injectable()
export class IdempotencyKeysRepository {
  constructor(private readonly ds: DataSource) {}

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
