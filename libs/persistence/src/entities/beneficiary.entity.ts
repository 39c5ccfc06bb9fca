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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  DISABILITY_CATEGORIES,
  LANGUAGES,
  type DisabilityCategory,
  type Language,
  type MobilityNeeds,
} from '@invataxi/domain';
import { RegionEntity } from './region.entity';
import { inList } from './sql';

/**
 * A person with a disability. The IIN is stored only encrypted (AES-256-GCM, key id beside it)
 * and found by a keyed hash; the masked form is what lists show.
 */
@Entity('beneficiary')
@Check('ck_beneficiary_category', `disability_category IN (${inList(DISABILITY_CATEGORIES)})`)
@Check('ck_beneficiary_language', `language IN (${inList(LANGUAGES)})`)
export class BeneficiaryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bytea' })
  iinCiphertext: Buffer;

  @Column({ type: 'text' })
  iinKeyId: string;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  iinHash: string;

  @Column({ type: 'char', length: 12 })
  iinMasked: string;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'date' })
  birthDate: string;

  @Column({ type: 'char', length: 1 })
  sex: 'M' | 'F';

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', default: 'ru' })
  language: Language;

  @Index()
  @Column({ type: 'char', length: 9 })
  residenceKato: string;

  @ManyToOne(() => RegionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'residence_kato' })
  residence?: RegionEntity;

  @Column({ type: 'text' })
  residenceAddress: string;

  @Column({ type: 'double precision' })
  residenceLat: number;

  @Column({ type: 'double precision' })
  residenceLon: number;

  @Column({ type: 'text' })
  disabilityCategory: DisabilityCategory;

  /** Null: set without a re-examination date. */
  @Column({ type: 'date', nullable: true })
  disabilityValidUntil: string | null;

  /** Evidence records (disability record, form 035-1/у), each with its own validity. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence: JsonValue[];

  @Column({ type: 'jsonb' })
  mobility: MobilityNeeds;

  @Column({ type: 'boolean', default: false })
  companionEntitled: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ type: 'boolean', default: false })
  smsOptOut: boolean;

  @Column({ type: 'boolean', default: false })
  inAppOptOut: boolean;

  @Column({ type: 'boolean', default: true })
  notifyGuardians: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;

  /**
   * Bumped by every booking made for the person, in the booking's own INSERT statement, only
   * while it still holds the value the booking's checks read with the person's month: a
   * concurrent booking makes the INSERT match nothing and the checks run again (BookingsRepository.insertNew).
   * Not `version`: that one guards profile edits, which bookings must not turn into 409s.
   */
  @Column({ type: 'integer', default: 0 })
  bookingSeq: number;
}
