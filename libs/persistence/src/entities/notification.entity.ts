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
import {
  LANGUAGES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  type Language,
  type NotificationChannel,
  type NotificationStatus,
} from '@invataxi/domain';
import { BookingEntity } from './booking.entity';
import { inList } from './sql';

/** A message to a rider or guardian. dedup_key makes "one reminder per booking per kind" a fact. */
@Entity('notification')
@Check('ck_notification_channel', `channel IN (${inList(NOTIFICATION_CHANNELS)})`)
@Check('ck_notification_status', `status IN (${inList(NOTIFICATION_STATUSES)})`)
@Check('ck_notification_language', `language IN (${inList(LANGUAGES)})`)
// The waiting messages by their send time, partial (status = 'PENDING'): written by its migration.
@Index('ix_notification_pending_send_after', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  dedupKey: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  bookingId: string | null;

  @ManyToOne(() => BookingEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  beneficiaryId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ type: 'text' })
  channel: NotificationChannel;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'smallint', default: 1 })
  segments: number;

  @Column({ type: 'text', default: 'PENDING' })
  status: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sendAfter: Date | null;

  /** The planned pickup the message states (a scheduled ride, a new pickup time, a reminder). */
  @Column({ type: 'timestamptz', nullable: true })
  pickupAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
