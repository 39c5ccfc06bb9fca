import { JoinColumn, ManyToOne, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ShiftEntity } from './shift.entity';

/** A vehicle's position trail; the latest position also lives in Redis for live views. */
@Entity('location_ping')
@Index('ix_location_ping_shift_at', ['shiftId', 'at'])
export class LocationPingEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  shiftId: string;

  @ManyToOne(() => ShiftEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id' })
  shift?: ShiftEntity;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;
}
