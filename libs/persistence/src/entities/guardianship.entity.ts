import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUserEntity } from './app-user.entity';
import { BeneficiaryEntity } from './beneficiary.entity';

/** A guardian (legal representative) acting for a ward. */
@Entity('guardianship')
export class GuardianshipEntity {
  @PrimaryColumn({ type: 'uuid' })
  guardianUserId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  beneficiaryId: string;

  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guardian_user_id' })
  guardian?: AppUserEntity;

  @ManyToOne(() => BeneficiaryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: BeneficiaryEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
