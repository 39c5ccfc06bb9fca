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
import { DISPATCH_ALERT_KINDS, type DispatchAlertKind } from '@invataxi/domain';
import { ProviderEntity } from './provider.entity';
import { ShiftEntity } from './shift.entity';
import { inList } from './sql';

/**
 * Rides a shift could no longer serve (its vehicle broke down, its driver did not come, it was
 * cancelled), sent back to dispatch at once (issue 18). Every dispatcher who can take them (the
 * provider's, those of providers whose area reaches a pickup, the region's centre) finds it on
 * the board until each ride has a vehicle again. Ids only: the board reads names and times.
 */
@Entity('dispatch_alert')
@Check('ck_dispatch_alert_kind', `kind IN (${inList(DISPATCH_ALERT_KINDS)})`)
@Index('ix_dispatch_alert_pickups', ['pickupsUntil', 'pickupsFrom'])
export class DispatchAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DispatchAlertKind;

  @Index()
  @Column({ type: 'uuid' })
  shiftId: string;

  @ManyToOne(() => ShiftEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id' })
  shift?: ShiftEntity;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: ProviderEntity;

  /** The rides sent back to dispatch. */
  @Column({ type: 'uuid', array: true })
  bookingIds: string[];

  /** The earliest and latest pickup window opening of those rides: the board's days. */
  @Column({ type: 'timestamptz' })
  pickupsFrom: Date;

  @Column({ type: 'timestamptz' })
  pickupsUntil: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the breakdown was undone ("back in service"): the board says so instead of the alert. */
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;
}
