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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
