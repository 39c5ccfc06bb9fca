import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BookingEntity } from './booking.entity';

/**
 * The latest booking version whose NotifyBookingStatus handler has run (issue 11), written in
 * the transaction that stores that version's notification rows, also when it notified nobody
 * (the rider's own cancellation, opt-outs, a status that is no news). The sweeper re-enqueues
 * the job for a recently changed booking whose current version is not here: Redis lost it.
 * A table of its own so the notifications worker never writes (or locks) the booking row.
 */
@Entity('booking_notified')
export class BookingNotifiedEntity {
  @PrimaryColumn({ type: 'uuid' })
  bookingId: string;

  @OneToOne(() => BookingEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'int' })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
