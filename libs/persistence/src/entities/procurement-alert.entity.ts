import type { JsonObject } from './json';
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
import { ProcurementRequestEntity } from './procurement-request.entity';
import { ProviderEntity } from './provider.entity';
import { RegionEntity } from './region.entity';

/**
 * Something a person must act on in the procurement fallback (issue 7): an award (add fleet and
 * shifts), a failed procurement (resubmit), a request left too long (escalation), a refusal by
 * the procurement system. Addressed to the region's LEB officers or to one provider's admins;
 * dedup_key makes "one alert per event" a fact, so a job that runs twice raises it once.
 * params hold ids, codes and figures only, never personal data.
 */
@Entity('procurement_alert')
@Check('ck_procurement_alert_audience', `audience IN ('LEB_OFFICER', 'PROVIDER_ADMIN')`)
@Index('ix_procurement_alert_region_open', ['regionKato', 'acknowledgedAt', 'createdAt'])
export class ProcurementAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 9 })
  regionKato: string;

  @ManyToOne(() => RegionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_kato' })
  region?: RegionEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  @ManyToOne(() => ProcurementRequestEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'request_id' })
  request?: ProcurementRequestEntity | null;

  /** Set for PROVIDER_ADMIN alerts: only that provider's admins see it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @ManyToOne(() => ProviderEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity | null;

  @Column({ type: 'text' })
  audience: 'LEB_OFFICER' | 'PROVIDER_ADMIN';

  /** A ProcurementMessageKey of @invataxi/procurement: the text is rendered in the reader's language. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: JsonObject;

  @Index({ unique: true })
  @Column({ type: 'text' })
  dedupKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedByUserId: string | null;
}
