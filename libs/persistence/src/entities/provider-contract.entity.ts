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
} from 'typeorm';
import { ProviderEntity } from './provider.entity';

/** Contract and tariff, in whole tenge. One contract per provider and period (no overlaps). */
@Entity('provider_contract')
@Check('ck_provider_contract_period', 'valid_to IS NULL OR valid_to >= valid_from')
@Check('ck_provider_contract_tariff', 'tariff_per_trip >= 0 AND tariff_per_km >= 0')
@Exclusion(
  'ex_provider_contract_overlap',
  `USING gist ("provider_id" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&)`,
)
export class ProviderContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity;

  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'int' })
  tariffPerTrip: number;

  @Column({ type: 'int' })
  tariffPerKm: number;

  @Column({ type: 'date' })
  validFrom: string;

  /** Null: open-ended. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
