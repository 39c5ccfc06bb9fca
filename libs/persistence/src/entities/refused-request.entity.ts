import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MobilityNeeds, ReasonCode, TimeAnchor, TripPurpose } from '@invataxi/domain';

/**
 * A booking request the rules refused for a reason a what-if policy variant can change (service
 * hours, minimum notice, horizon: REPLAYABLE_REFUSALS), kept so the what-if replay can judge it
 * again under the variant's rules (issue 25, t25 M2). Written in the same transaction as the
 * refusal's audit (booking.rejected_attempt names it: refusedRequestId), all or nothing.
 *
 * Planning data only, no personal data: no name, IIN, phone, address text or beneficiary id;
 * the home district (not the address), and the points rounded to 0.001° (about 100 m), enough
 * to route a vehicle in a plan, not to find a door. The vehicle needs (wheelchair, step-free,
 * lift) and companions are what a vehicle must offer.
 *
 * Retention: a what-if base is a recorded period of at most 31 days ending by yesterday; rows
 * older than the audit's own retention serve no scenario and may be deleted with it.
 */
@Entity('refused_request')
@Check('ck_refused_request_companions', 'companions >= 0')
@Index('ix_refused_request_region_asked', ['regionKato', 'askedAt'])
export class RefusedRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The region whose rules refused it (the policy's, else the rider's home region). */
  @Column({ type: 'char', length: 9 })
  regionKato: string;

  /** The rider's home district (KATO), as the reports count refusals. */
  @Column({ type: 'char', length: 9 })
  districtKato: string;

  /** When it was asked, on the rules' clock. */
  @Column({ type: 'timestamptz' })
  askedAt: Date;

  @Column({ type: 'text' })
  timeAnchor: TimeAnchor;

  /** The pickup (PICKUP anchor) or arrival (DROPOFF anchor) time asked for. */
  @Column({ type: 'timestamptz' })
  requestedTime: Date;

  @Column({ type: 'text' })
  purpose: TripPurpose;

  /** Rounded to 0.001° (about 100 m). */
  @Column({ type: 'double precision' })
  pickupLat: number;

  @Column({ type: 'double precision' })
  pickupLon: number;

  @Column({ type: 'char', length: 9 })
  pickupKato: string;

  @Column({ type: 'double precision' })
  dropoffLat: number;

  @Column({ type: 'double precision' })
  dropoffLon: number;

  @Column({ type: 'char', length: 9 })
  dropoffKato: string;

  /** The direct travel the refusal's check used, from the exact points (seconds, metres). */
  @Column({ type: 'integer' })
  directSeconds: number;

  @Column({ type: 'integer' })
  directMetres: number;

  @Column({ type: 'smallint', default: 0 })
  companions: number;

  /** The vehicle needs (wheelchair type, step-free, lift). */
  @Column({ type: 'jsonb' })
  mobility: MobilityNeeds;

  /** The refusal's reason codes (all of REPLAYABLE_REFUSALS). */
  @Column({ type: 'text', array: true })
  reasons: ReasonCode[];
}
