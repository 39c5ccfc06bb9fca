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
import { DRIVER_STATUSES, type DriverStatus } from '@invataxi/domain';
import { ProviderEntity } from './provider.entity';
import { inList } from './sql';

@Entity('driver')
@Check('ck_driver_status', `status IN (${inList(DRIVER_STATUSES)})`)
export class DriverEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity;

  @Column({ type: 'text' })
  fullName: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  licenceNumber: string;

  /** The licence is valid through this local day (YYYY-MM-DD); null: recorded before issue 21 kept it. */
  @Column({ type: 'date', nullable: true })
  licenceValidUntil: string | null;

  @Column({ type: 'text' })
  phone: string;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: DriverStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
