import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { VEHICLE_STATUSES, type VehicleStatus } from '@invataxi/domain';
import { ProviderEntity } from './provider.entity';
import { inList } from './sql';

/** An accessible vehicle. Alternative capacity layouts: e.g. 4 seats, or 3 seats + 1 wheelchair. */
@Entity('vehicle')
@Check('ck_vehicle_status', `status IN (${inList(VEHICLE_STATUSES)})`)
@Check('ck_vehicle_capacity', 'seats >= 0 AND wheelchair_places >= 0 AND seats + wheelchair_places > 0')
export class VehicleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity;

  @Index({ unique: true })
  @Column({ type: 'text' })
  plate: string;

  @Column({ type: 'text' })
  model: string;

  @Column({ type: 'smallint' })
  seats: number;

  @Column({ type: 'smallint' })
  wheelchairPlaces: number;

  /** Extra layouts beyond (seats, wheelchairPlaces): [{ seats, wheelchairPlaces }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  alternativeLayouts: { seats: number; wheelchairPlaces: number }[];

  @Column({ type: 'boolean', default: false })
  hasRamp: boolean;

  @Column({ type: 'boolean', default: false })
  hasLift: boolean;

  @Column({ type: 'boolean', default: false })
  hasRestraints: boolean;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: VehicleStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
