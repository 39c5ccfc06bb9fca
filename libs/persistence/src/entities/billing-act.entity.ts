import type { JsonValue } from './json';
import {
  JoinColumn,
  ManyToOne,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { BILLING_ACT_STATUSES, type BillingActStatus } from '@invataxi/domain';
import { ProviderEntity } from './provider.entity';
import { inList } from './sql';

/** Monthly act per provider and region: completed rides priced by the contract tariff (KZT). */
@Entity('billing_act')
@Unique('uq_billing_act_period', ['providerId', 'regionKato', 'month'])
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
