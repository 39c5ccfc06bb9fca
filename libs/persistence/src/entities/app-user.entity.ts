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
import { LANGUAGES, ROLES, USER_STATUSES, type Language, type Role, type UserStatus } from '@invataxi/domain';
import { ProviderEntity } from './provider.entity';
import { BeneficiaryEntity } from './beneficiary.entity';
import { DriverEntity } from './driver.entity';
import { RegionEntity } from './region.entity';
import { inList } from './sql';

/**
 * Someone who signs in (issue 19): a phone and/or e-mail, a name, a language, a status, and the
 * one role assignment the platform grants with its scope: a region (KATO subtree), a provider, a
 * beneficiary (own rides), a driver record; a guardian's wards are in guardianship. No role
 * (removed) = cannot sign in. Staff have a password (argon2id) and may have a TOTP secret
 * (sealed with DATA_ENCRYPTION_KEY).
 */
@Entity('app_user')
@Check('ck_app_user_role', `role IN (${inList(ROLES)})`)
@Check('ck_app_user_language', `language IN (${inList(LANGUAGES)})`)
@Check('ck_app_user_status', `status IN (${inList(USER_STATUSES)})`)
@Index('ux_app_user_email', ['email'], { unique: true, where: 'email IS NOT NULL' })
@Index('ux_app_user_staff_phone', ['phone'], { unique: true, where: 'password_hash IS NOT NULL' })
export class AppUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null: the role was removed; the account can no longer sign in. */
  @Column({ type: 'text', nullable: true })
  role: Role | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: UserStatus;

  /** Lower-case; unique among accounts (ux_app_user_email). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** argon2id (PHC string); null for riders, who sign in with a phone code. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** The TOTP secret, sealed (nonce | tag | ciphertext), and the key id it was sealed under. */
  @Column({ type: 'bytea', nullable: true })
  totpSecret: Buffer | null;

  @Column({ type: 'text', nullable: true })
  totpKeyId: string | null;

  /** The secret was confirmed with a code: sign-in asks for one. */
  @Column({ type: 'boolean', default: false })
  totpEnabled: boolean;

  /** The last TOTP time step accepted: a code is good once. */
  @Column({ type: 'bigint', nullable: true })
  totpLastStep: string | null;

  /** Failed passwords / second-factor codes in a row, and the lock-out they led to. */
  @Column({ type: 'int', default: 0 })
  failedSignIns: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

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
