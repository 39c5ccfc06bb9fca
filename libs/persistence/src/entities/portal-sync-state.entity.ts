import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BookingEntity } from './booking.entity';

/**
 * What the Social Services Portal has acknowledged of one booking's statuses. Status jobs may
 * run out of order (retries, a sweep, a resend): a version at or below the acknowledged one is
 * never sent again, so the Portal sees each booking's statuses in order.
 */
@Entity('portal_sync_state')
export class PortalSyncStateEntity {
  @PrimaryColumn({ type: 'uuid' })
  bookingId: string;

  @OneToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  /** The highest booking version the Portal acknowledged. */
  @Column({ type: 'int' })
  lastSentVersion: number;

  @Column({ type: 'text' })
  lastSentStatus: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  acknowledgedAt: Date;
}
