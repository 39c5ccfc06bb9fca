import type { JsonObject } from './json';
import {
  JoinColumn,
  ManyToOne,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  PROCUREMENT_METHODS,
  PROCUREMENT_STATUSES,
  type ProcurementMethod,
  type ProcurementStatus,
} from '@invataxi/domain';
import { RegionEntity } from './region.entity';
import { inList } from './sql';

/**
 * Demand that no provider covers, bought under the public procurement law (Law No. 106-VIII).
 * One DRAFT per region's buyer and period is kept up to date automatically.
 */
@Entity('procurement_request')
@Check('ck_procurement_status', `status IN (${inList(PROCUREMENT_STATUSES)})`)
@Check('ck_procurement_method', `method IS NULL OR method IN (${inList(PROCUREMENT_METHODS)})`)
@Index('uq_procurement_open_draft', ['regionKato', 'periodStart'], {
  unique: true,
  where: `status = 'DRAFT'`,
})
export class ProcurementRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'char', length: 9 })
  regionKato: string;

  @ManyToOne(() => RegionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_kato' })
  region?: RegionEntity;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  /**
   * The lot's period as the officer picked it (issue 20); null: the default, from the first day
   * counted to the period's end. The aggregation computes the lot over it.
   */
  @Column({ type: 'date', nullable: true })
  lotStart: string | null;

  @Column({ type: 'date', nullable: true })
  lotEnd: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status: ProcurementStatus;

  @Column({ type: 'text', nullable: true })
  method: ProcurementMethod | null;

  @Column({ type: 'int', nullable: true })
  termDays: number | null;

  @Column({ type: 'char', length: 9, array: true, default: () => "'{}'" })
  uncoveredKato: string[];

  /** Aggregated demand: bookings, beneficiaries, wheelchair share, trips and km per month. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  demand: JsonObject;

  @Column({ type: 'bigint', default: 0 })
  estimatedBudgetTenge: string;

  @Index({ unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Column({ type: 'char', length: 12, nullable: true })
  supplierBin: string | null;

  @Column({ type: 'bigint', nullable: true })
  awardedPriceTenge: string | null;

  @Column({ type: 'uuid', nullable: true })
  awardedProviderId: string | null;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  /**
   * What the procurement system awarded (issue 20): supplier name, contract number, tariffs,
   * contract dates, the supplier's contact. Set when the award is applied.
   */
  @Column({ type: 'jsonb', nullable: true })
  award: JsonObject | null;

  /** When the award was applied (the onboarding clock starts here). */
  @Column({ type: 'timestamptz', nullable: true })
  awardedAt: Date | null;

  /**
   * An award that came but could not be applied: `{code, at, attempt}`. The request stays
   * PUBLISHED, the poll leaves it alone until the officer retries.
   */
  @Column({ type: 'jsonb', nullable: true })
  awardError: JsonObject | null;

  @Column({ type: 'uuid', nullable: true })
  previousRequestId: string | null;

  /**
   * The sizing run (procurement_sizing, issue 25) the lot's specification carries: the first run
   * that finishes, then whichever the officer chooses; null: the lot is not sized yet.
   */
  @Column({ type: 'uuid', nullable: true })
  attachedSizingId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
