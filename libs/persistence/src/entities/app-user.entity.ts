import {
  JoinColumn,
  ManyToOne,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { LANGUAGES, ROLES, type Language, type Role } from '@invataxi/domain';
import { ProviderEntity } from './provider.entity';
import { BeneficiaryEntity } from './beneficiary.entity';
import { DriverEntity } from './driver.entity';
import { RegionEntity } from './region.entity';
import { inList } from './sql';

/**
 * Someone who signs in. Identity comes from the state sign-in in production; this row holds
 * the role and the scope the platform grants: a region (KATO subtree), a provider, a
 * beneficiary (own rides) or a driver.
 */
@Entity('app_user')
@Check('ck_app_user_role', `role IN (${inList(ROLES)})`)
@Check('ck_app_user_language', `language IN (${inList(LANGUAGES)})`)
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', default: 'ru' })
  language: Language;

  @Index()
  @Column({ type: 'char', length: 9, nullable: true })
  regionKato: string | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_kato' })
  region?: RegionEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @ManyToOne(() => ProviderEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  beneficiaryId: string | null;

  @ManyToOne(() => BeneficiaryEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: BeneficiaryEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  driverId: string | null;

  @ManyToOne(() => DriverEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'driver_id' })
  driver?: DriverEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
