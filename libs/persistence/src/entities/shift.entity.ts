import {
  Check,
  Exclusion,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { SHIFT_STATUSES, type ShiftStatus } from '@invataxi/domain';
import { DriverEntity } from './driver.entity';
import { ProviderEntity } from './provider.entity';
import { VehicleEntity } from './vehicle.entity';
import { inList } from './sql';

/**
 * A vehicle with a driver for a period. The route of a shift is its route_stop rows; the
 * dispatcher locks the shift row (SELECT ... FOR UPDATE) while it rewrites the route.
 * Overlaps of a vehicle or a driver are refused by exclusion constraints (migration).
 */
@Entity('shift')
@Check('ck_shift_status', `status IN (${inList(SHIFT_STATUSES)})`)
@Check('ck_shift_period', 'ends_at > starts_at')
@Exclusion(
  'ex_shift_vehicle_overlap',
  `USING gist ("vehicle_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (status <> 'CANCELLED')`,
)
@Exclusion(
  'ex_shift_driver_overlap',
  `USING gist ("driver_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (status <> 'CANCELLED')`,
)
@Index('ix_shift_provider_time', ['providerId', 'startsAt'])
export class ShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity;

  @Index()
  @Column({ type: 'uuid' })
  vehicleId: string;

  @ManyToOne(() => VehicleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vehicle_id' })
  vehicle?: VehicleEntity;

  @Index()
  @Column({ type: 'uuid' })
  driverId: string;

  @ManyToOne(() => DriverEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'driver_id' })
  driver?: DriverEntity;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'double precision' })
  startLat: number;

  @Column({ type: 'double precision' })
  startLon: number;

  @Column({ type: 'double precision' })
  endLat: number;

  @Column({ type: 'double precision' })
  endLon: number;

  @Column({ type: 'char', length: 9 })
  startKato: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status: ShiftStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
