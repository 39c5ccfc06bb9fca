import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from './json';

/**
 * Work handed from a transaction to the queues. The relay claims unsent rows with
 * FOR UPDATE SKIP LOCKED and enqueues each with job id = job_id, so relaying twice enqueues once.
 */
@Entity('outbox')
@Index('ix_outbox_unsent', ['id'], { where: 'sent_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  jobName: string;

  @Column({ type: 'text' })
  jobId: string;

  /** Ids only, never personal data. */
  @Column({ type: 'jsonb' })
  payload: JsonObject;

  @Column({ type: 'int', default: 0 })
  delayMs: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
