import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProviderEntity } from './provider.entity';

/**
 * One KATO code of a provider's service area (a settlement, a district or a whole region).
 * The coverage query looks codes up by the ancestors of a settlement, hence the index on kato.
 */
@Entity('provider_service_area')
export class ProviderServiceAreaEntity {
  @PrimaryColumn({ type: 'uuid' })
  providerId: string;

  @Index()
  @PrimaryColumn({ type: 'char', length: 9 })
  katoCode: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity;
}
