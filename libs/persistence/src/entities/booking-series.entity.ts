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
  VersionColumn,
} from 'typeorm';
import { BeneficiaryEntity } from './beneficiary.entity';

/**
 * A recurring series (e.g. haemodialysis Mon/Wed/Fri 07:30 for three months). Occurrences are
 * materialised as bookings a rolling number of days ahead by a repeatable job.
 */
@Entity('booking_series')
@Check('ck_booking_series_status', `status IN ('ACTIVE', 'ENDED', 'CANCELLED')`)
@Check('ck_booking_series_period', 'to_date >= from_date')
export class BookingSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @ManyToOne(() => BeneficiaryEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: BeneficiaryEntity;

  @Column({ type: 'uuid', nullable: true })
  bookedByUserId: string | null;

  /** ISO weekdays, 1 = Monday .. 7 = Sunday. */
  @Column({ type: 'smallint', array: true })
  weekdays: number[];

  /** Local time HH:MM. */
  @Column({ type: 'char', length: 5 })
  localTime: string;

  @Column({ type: 'date' })
  fromDate: string;

  @Column({ type: 'date' })
  toDate: string;

  /** The ride of each occurrence (points, purpose, needs, anchor, companions, return). */
  @Column({ type: 'jsonb' })
  template: JsonObject;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: 'ACTIVE' | 'ENDED' | 'CANCELLED';

  @Column({ type: 'date', nullable: true })
  materialisedUntil: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
