import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BookingEntity } from './booking.entity';
import { ShiftEntity } from './shift.entity';

/**
 * A stop on a shift's route. (booking_id, kind) is unique: a booking's pickup and drop-off
 * stand on one route at most, so no booking is ever assigned twice, whatever the code does.
 */
@Entity('route_stop')
@Unique('uq_route_stop_booking_kind', ['bookingId', 'kind'])
@Check('ck_route_stop_kind', `kind IN ('PICKUP', 'DROPOFF')`)
@Index('ix_route_stop_shift_seq', ['shiftId', 'sequence'])
export class RouteStopEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shiftId: string;

  @ManyToOne(() => ShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id' })
  shift?: ShiftEntity;

  @Column({ type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => BookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: BookingEntity;

  @Column({ type: 'text' })
  kind: 'PICKUP' | 'DROPOFF';

  @Column({ type: 'int' })
  sequence: number;

  /** When service at the stop is planned to begin. */
  @Column({ type: 'timestamptz' })
  plannedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  actualAt: Date | null;
}
