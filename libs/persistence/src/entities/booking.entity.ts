import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  BOOKING_CHANNELS,
  BOOKING_STATUSES,
  NO_SHOW_FORGIVE_REASONS,
  NO_SHOW_DISPUTE_REJECTIONS,
  type NoShowDisputeRejection,
  TIME_ANCHORS,
  TRIP_PURPOSES,
  type BookingChannel,
  type BookingStatus,
  type MobilityNeeds,
  type NoShowForgiveReason,
  type TimeAnchor,
  type TripPurpose,
  type NoShowEvidence,
} from '@invataxi/domain';
import { BeneficiaryEntity } from './beneficiary.entity';
import { ShiftEntity } from './shift.entity';
import { ServicePolicyEntity } from './service-policy.entity';
import { BookingSeriesEntity } from './booking-series.entity';
import { ProcurementRequestEntity } from './procurement-request.entity';
import { RegionEntity } from './region.entity';
import { inList } from './sql';

/**
 * One ride for one beneficiary. Status moves only through the domain's state machine with
 * the version column as an optimistic lock. shift_id is the single assignment: a booking can
 * sit on one route at most, by construction.
 */
@Entity('booking')
@Check('ck_booking_status', `status IN (${inList(BOOKING_STATUSES)})`)
@Check('ck_booking_channel', `channel IN (${inList(BOOKING_CHANNELS)})`)
@Check('ck_booking_anchor', `time_anchor IN (${inList(TIME_ANCHORS)})`)
@Check('ck_booking_purpose', `purpose IN (${inList(TRIP_PURPOSES)})`)
@Check(
  'ck_booking_no_show_forgiven_reason',
  `no_show_forgiven_reason IN (${inList(NO_SHOW_FORGIVE_REASONS)})`,
)
@Check(
  'ck_booking_no_show_dispute_reason',
  `no_show_dispute_reason IN (${inList(NO_SHOW_DISPUTE_REJECTIONS)})`,
)
@Check('ck_booking_load', 'companions >= 0 AND load_seats >= 0 AND load_wheelchair_places >= 0')
@Check('ck_booking_windows', 'pickup_latest >= pickup_earliest AND dropoff_latest >= dropoff_earliest')
@Index('ix_booking_region_day', ['regionKato', 'pickupEarliest'])
@Index('ix_booking_status_updated', ['status', 'updatedAt'])
@Index('ix_booking_beneficiary_time', ['beneficiaryId', 'pickupEarliest'])
/** The operations roll-up finds the days whose rides changed since it last computed them. */
@Index('ix_booking_updated', ['updatedAt'])
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @ManyToOne(() => BeneficiaryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: BeneficiaryEntity;

  @Column({ type: 'uuid', nullable: true })
  bookedByUserId: string | null;

  @Column({ type: 'text' })
  channel: BookingChannel;

  @Index({ unique: true, where: 'portal_order_id IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  portalOrderId: string | null;

  /** The region whose policy applies (the beneficiary's region of residence, KATO level 1). */
  @Column({ type: 'char', length: 9 })
  regionKato: string;

  @ManyToOne(() => RegionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_kato' })
  region?: RegionEntity;

  @Column({ type: 'uuid', nullable: true })
  policyId: string | null;

  @ManyToOne(() => ServicePolicyEntity, {
    nullable: true,
    onDelete: 'RESTRICT',
  })
  @JoinColumn({ name: 'policy_id' })
  policy?: ServicePolicyEntity | null;

  @Column({ type: 'text' })
  pickupAddress: string;

  @Column({ type: 'double precision' })
  pickupLat: number;

  @Column({ type: 'double precision' })
  pickupLon: number;

  @Index()
  @Column({ type: 'char', length: 9 })
  pickupKato: string;

  @Column({ type: 'text' })
  dropoffAddress: string;

  @Column({ type: 'double precision' })
  dropoffLat: number;

  @Column({ type: 'double precision' })
  dropoffLon: number;

  @Column({ type: 'char', length: 9 })
  dropoffKato: string;

  @Column({ type: 'text' })
  timeAnchor: TimeAnchor;

  @Column({ type: 'timestamptz' })
  requestedTime: Date;

  @Column({ type: 'text' })
  purpose: TripPurpose;

  @Column({ type: 'smallint', default: 0 })
  companions: number;

  @Column({ type: 'jsonb' })
  mobility: MobilityNeeds;

  @Column({ type: 'smallint' })
  loadSeats: number;

  @Column({ type: 'smallint' })
  loadWheelchairPlaces: number;

  /** Step-free boarding (a ramp or a lift, either will do): a wheelchair user or the profile's need. */
  @Column({ type: 'boolean', default: false })
  stepFree: boolean;

  @Column({ type: 'boolean', default: false })
  needsLift: boolean;

  @Column({ type: 'int', default: 60 })
  boardingSeconds: number;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  returnOfBookingId: string | null;

  @ManyToOne(() => BookingEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'return_of_booking_id' })
  returnOf?: BookingEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => BookingSeriesEntity, {
    nullable: true,
    onDelete: 'SET NULL',
  })
  @JoinColumn({ name: 'series_id' })
  series?: BookingSeriesEntity | null;

  /** Local date of the occurrence within its series (unique per series). */
  @Column({ type: 'date', nullable: true })
  seriesDate: string | null;

  @Column({ type: 'text' })
  status: BookingStatus;

  /** Why it is in this status (reason code or free text: waitlist reason, unassign reason). */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'timestamptz' })
  pickupEarliest: Date;

  @Column({ type: 'timestamptz' })
  pickupLatest: Date;

  @Column({ type: 'timestamptz' })
  dropoffEarliest: Date;

  @Column({ type: 'timestamptz' })
  dropoffLatest: Date;

  @Column({ type: 'int' })
  maxRideSeconds: number;

  @Column({ type: 'int' })
  directSeconds: number;

  @Column({ type: 'int' })
  directMetres: number;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  shiftId: string | null;

  @ManyToOne(() => ShiftEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shift_id' })
  shift?: ShiftEntity | null;

  /** Confirmed to the driver: the evening re-plan may not move it. */
  @Column({ type: 'boolean', default: false })
  confirmedToDriver: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  plannedPickupAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  plannedDropoffAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  arrivedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  actualPickupAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  actualDropoffAt: Date | null;

  @Column({ type: 'int', nullable: true })
  actualMetres: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledByUserId: string | null;

  @Column({ type: 'boolean', default: false })
  lateCancellation: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  noShowForgivenAt: Date | null;

  /** What the vehicle's pings showed when the no-show was taken (issue 23; no-show-evidence.ts). */
  @Column({ type: 'jsonb', nullable: true })
  noShowEvidence: NoShowEvidence | null;

  /**
   * The last local day (YYYY-MM-DD) the rider may dispute the no-show: set when it is recorded,
   * from the region's noShowDisputeDays then in force (issue 23).
   */
  @Column({ type: 'date', nullable: true })
  noShowDisputeUntil: string | null;

  /** The rider disputes the no-show: when, and in their words. */
  @Column({ type: 'timestamptz', nullable: true })
  noShowDisputedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  noShowDisputeText: string | null;

  /** UPHELD (the no-show is forgiven) or REJECTED, by the LEB officer or a dispatcher. */
  @Column({ type: 'text', nullable: true })
  noShowDisputeDecision: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  noShowDisputeDecidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  noShowDisputeDecidedBy: string | null;

  /** A rejected dispute: why (NO_SHOW_DISPUTE_REJECTIONS), and the decider's own words if any. */
  @Column({ type: 'text', nullable: true })
  noShowDisputeReason: NoShowDisputeRejection | null;

  @Column({ type: 'text', nullable: true })
  noShowDisputeNote: string | null;
  /** Why the no-show was forgiven (NO_SHOW_FORGIVE_REASONS); null while it is not. */
  @Column({ type: 'text', nullable: true })
  noShowForgivenReason: NoShowForgiveReason | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  procurementRequestId: string | null;

  @ManyToOne(() => ProcurementRequestEntity, {
    nullable: true,
    onDelete: 'SET NULL',
  })
  @JoinColumn({ name: 'procurement_request_id' })
  procurementRequest?: ProcurementRequestEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
