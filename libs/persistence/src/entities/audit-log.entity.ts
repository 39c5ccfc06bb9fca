import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonObject } from './json';

/** Who did what, when, from which request. before/after carry no personal data. */
@Entity('audit_log')
@Index('ix_audit_entity', ['entityType', 'entityId', 'at'])
// The refused booking requests by when they were asked (the operations figures): an expression
// index, made by its migration (AuditRefusedAttemptAt).
@Index('ix_audit_refused_attempt_at', { synchronize: false })
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text' })
  actorRole: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: JsonObject | null;

  @Column({ type: 'jsonb', nullable: true })
  after: JsonObject | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;
}
