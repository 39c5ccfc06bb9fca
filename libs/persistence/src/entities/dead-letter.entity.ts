import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from './json';

/** A job that failed for good, where a person can see it and retry it. */
@Entity('dead_letter')
@Index('ix_dead_letter_open', ['failedAt'], { where: 'retried_at IS NULL' })
export class DeadLetterEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  jobName: string;

  @Column({ type: 'text' })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: JsonObject;

  @Column({ type: 'text' })
  error: string;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  failedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  retriedAt: Date | null;
}
