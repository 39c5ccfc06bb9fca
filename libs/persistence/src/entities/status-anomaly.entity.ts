import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { JsonObject } from './json';
import { BookingEntity } from './booking.entity';
import { ShiftEntity } from './shift.entity';

/**
 * A driver's status that was taken but may not be true (issue 18): very late, or far from the
 * pickup by the vehicle's last position. The board shows it to the dispatcher, who confirms the
 * ride (it is billed) or rejects it (it is not); until then billing leaves the ride out.
 * params hold figures only (minutes, metres), never personal data.
 */
@Entity('status_anomaly')
@Check('ck_status_anomaly_review', `review IN ('PENDING', 'CONFIRMED', 'REJECTED')`)
@Index('ix_status_anomaly_review', ['review', 'reportedAt'])
export class StatusAnomalyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => BookingEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'uuid', nullable: true })
  shiftId: string | null;

  @ManyToOne(() => ShiftEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'shift_id' })
  shift?: ShiftEntity | null;

  /** The status the driver reported. */
  @Column({ type: 'text' })
  status: string;

  /** A StatusAnomalyCode of @invataxi/domain: the text is rendered in the reader's language. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: JsonObject;

  @Column({ type: 'timestamptz' })
  reportedAt: Date;

  @Column({ type: 'text', default: 'PENDING' })
  review: 'PENDING' | 'CONFIRMED' | 'REJECTED';

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
