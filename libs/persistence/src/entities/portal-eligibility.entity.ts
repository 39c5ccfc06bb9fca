import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { JsonObject } from './json';

/**
 * Eligibility answers of the Social Services Portal, cached by the IIN's keyed hash (never the
 * IIN itself) until they expire. A person the Portal does not know is cached too (snapshot
 * null), so a refused person does not make every booking attempt call the Portal.
 */
@Entity('portal_eligibility')
@Check('ck_portal_eligibility_expiry', 'expires_at > fetched_at')
export class PortalEligibilityEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  iinHash: string;

  /** The Portal's snapshot (category, valid-until, needs, companion, paying akimat); null = not registered. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: JsonObject | null;

  @Column({ type: 'timestamptz' })
  fetchedAt: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
