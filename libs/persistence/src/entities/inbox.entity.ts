import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JsonValue } from './json';

/** Events received from outside systems, each accepted once: a replay returns the first answer. */
@Entity('inbox')
export class InboxEntity {
  @PrimaryColumn({ type: 'text' })
  clientId: string;

  @PrimaryColumn({ type: 'text' })
  eventId: string;

  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: JsonValue;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
