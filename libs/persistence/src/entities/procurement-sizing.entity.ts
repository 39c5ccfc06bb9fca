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
import type { JsonObject } from './json';
import { ProcurementRequestEntity } from './procurement-request.entity';

/** QUEUED -> RUNNING -> DONE (result kept) or FAILED (note says why). */
export const SIZING_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type SizingStatus = (typeof SIZING_STATUSES)[number];

/**
 * One "how many vehicles do we need to serve this demand at X% served" run of a procurement
 * request (issue 25, item 2): the dispatcher's what-if search on the request's waiting rides
 * (queue "whatif"), its progress, and the result (LotSizing in @invataxi/procurement: vehicles
 * by type, hours, served share, on-time, cost). Figures only, no personal data. The request's
 * `attachedSizingId` names the run its lot specification carries.
 */
@Entity('procurement_sizing')
@Check('ck_procurement_sizing_status', `status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Check('ck_procurement_sizing_progress', 'progress >= 0 AND progress <= 100')
@Check('ck_procurement_sizing_target', 'target_percent >= 50 AND target_percent <= 100')
@Index('ix_procurement_sizing_request', ['requestId', 'createdAt'])
// One run of a request at a time: a second click while one runs is refused.
@Index('ux_procurement_sizing_open', ['requestId'], {
  unique: true,
  where: `status IN ('QUEUED', 'RUNNING')`,
})
export class ProcurementSizingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => ProcurementRequestEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: ProcurementRequestEntity;

  /** The officer's target: the share of the rides to serve, in percent. */
  @Column({ type: 'smallint' })
  targetPercent: number;

  @Column({ type: 'text', default: 'QUEUED' })
  status: SizingStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** The LotSizing found (DONE). */
  @Column({ type: 'jsonb', nullable: true })
  result: JsonObject | null;

  /** Why it failed (FAILED). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
