import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JsonValue } from './json';

/** Idempotency-Key of a POST: same key and body -> the same response; other body -> 422. */
@Entity('idempotency_record')
export class IdempotencyRecordEntity {
  @PrimaryColumn({ type: 'text' })
  principal: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'int' })
  responseStatus: number;

  @Column({ type: 'jsonb' })
  responseBody: JsonValue;

  /**
   * Who holds the claim while responseStatus is 0: a fresh token per claim and per takeover of an
   * abandoned one, so the original request's late writes (its commit, complete, release) find the
   * token changed and do nothing. A row written with its answer carries its request's token (a
   * replacing complete() checks it). Null on rows claimed before tokens existed.
   */
  @Column({ type: 'uuid', nullable: true })
  claimToken: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
