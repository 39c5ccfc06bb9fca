import type { JsonValue } from './json';
import {
  JoinColumn,
  ManyToOne,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { BILLING_ACT_STATUSES, type BillingActStatus } from '@invataxi/domain';
import { ProviderEntity } from './provider.entity';
import { inList } from './sql';

/**
 * Monthly act per provider and region: completed rides priced by the contract tariff (KZT).
 * A correction of an issued act is a new row (act version n+1, `supersedesActId`) and never
 * overwrites the act the Portal already holds: that one stays, marked superseded.
 */
@Entity('billing_act')
@Unique('uq_billing_act_period_version', ['providerId', 'regionKato', 'month', 'actVersion'])
@Index('uq_billing_act_supersedes', ['supersedesActId'], { unique: true })
@Check('ck_billing_act_status', `status IN (${inList(BILLING_ACT_STATUSES)})`)
export class BillingActEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity;

  @Column({ type: 'char', length: 9 })
  regionKato: string;

  /** First day of the month (local). */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status: BillingActStatus;

  @Column({ type: 'int', default: 0 })
  completedTrips: number;

  @Column({ type: 'int', default: 0 })
  noShows: number;

  @Column({ type: 'bigint', default: 0 })
  plannedMetres: string;

  @Column({ type: 'bigint', default: 0 })
  actualMetres: string;

  @Column({ type: 'bigint', default: 0 })
  amountTenge: string;

  /** One line per completed ride or no-show: booking id, times, km, price. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  lines: JsonValue[];

  @Column({ type: 'uuid', nullable: true })
  approvedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  portalReference: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  /** 1 for a month's first act; each correction is the next number of the same period. */
  @Column({ type: 'int', default: 1 })
  actVersion: number;

  /** The act version this one corrects (null for version 1). */
  @Column({ type: 'uuid', nullable: true })
  supersedesActId: string | null;

  /** Why the correction was made, as the LEB officer wrote it. */
  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  /** The correction that replaced this act once approved; the act itself stays as issued. */
  @Column({ type: 'uuid', nullable: true })
  supersededByActId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  /**
   * The act as issued at approval: its canonical JSON, exactly the bytes signed, kept so that
   * the push and every later pull hand out the same bytes as the signature covers.
   */
  @Column({ type: 'text', nullable: true })
  signedBody: string | null;

  /** Detached CMS SignedData (DER, base64) over `signedBody`; null when no signing key is configured. */
  @Column({ type: 'text', nullable: true })
  signature: string | null;

  /** The X.509 certificate (PEM) of the key that signed, kept with the act across key changes. */
  @Column({ type: 'text', nullable: true })
  signingCertificate: string | null;

  /** When the Portal reported the act paid (reconciliation). */
  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
