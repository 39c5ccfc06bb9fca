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
  PROVIDER_ORIGINS,
  PROVIDER_STATUSES,
  type ProviderOrigin,
  type ProviderStatus,
} from '@invataxi/domain';
import { RegionEntity } from './region.entity';
import { inList } from './sql';

/**
 * An invataxi operator's registration with one region's LEB (company or sole trader, by BIN).
 * One company may hold registrations with several akimats (issue 20): one row per BIN and region.
 */
@Entity('provider')
@Index('uq_provider_bin_region', ['bin', 'regionKato'], { unique: true })
@Check('ck_provider_status', `status IN (${inList(PROVIDER_STATUSES)})`)
@Check('ck_provider_origin', `origin IN (${inList(PROVIDER_ORIGINS)})`)
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'char', length: 12 })
  bin: string;

  @Column({ type: 'text' })
  legalName: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  contacts: Record<string, string>;

  @Column({ type: 'text' })
  origin: ProviderOrigin;

  @Column({ type: 'text', nullable: true })
  contractReference: string | null;

  /** The region whose LEB registered it and may change it. */
  @Index()
  @Column({ type: 'char', length: 9 })
  regionKato: string;

  @ManyToOne(() => RegionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_kato' })
  region?: RegionEntity;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: ProviderStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
