import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { ServicePolicyRules } from '@invataxi/domain';
import { RegionEntity } from './region.entity';

/**
 * A region's service policy, effective-dated. Versions are never edited in place: a booking
 * records the version it was checked against.
 */
@Entity('service_policy')
@Unique('uq_service_policy_region_version', ['regionKato', 'version'])
@Index('ix_service_policy_effective', ['regionKato', 'effectiveFrom'])
export class ServicePolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 9 })
  regionKato: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_kato' })
  region?: RegionEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'timestamptz' })
  effectiveFrom: Date;

  @Column({ type: 'jsonb' })
  rules: ServicePolicyRules;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
