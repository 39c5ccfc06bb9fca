import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One rider's no-shows and late cancellations of one region's closed day, by district and
 * provider (issue 22), written by the dispatcher with the day's roll-up (operations_rollup, same
 * transaction): the officer's per-rider table sums these rows instead of re-reading every miss of
 * the period (bench:reports: a year's table read 40,000 rides and took 2.4 s of the 2.7 s p95).
 * Derived data, like the day's roll-up: dropping a day's rows with it makes the dispatcher
 * compute both again. No personal data: names are looked up when the officer asks.
 */
@Entity('operations_rider_rollup')
@Index('ix_operations_rider_rollup_region_day', ['regionKato', 'day'])
export class OperationsRiderRollupEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'char', length: 9 })
  regionKato: string;

  /** Local date of the rides' pickup windows. */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Column({ type: 'char', length: 9 })
  districtKato: string;

  /** The provider of the shift the rides were (last) on; null: never on a route. */
  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'int' })
  noShowsRider: number;

  @Column({ type: 'int' })
  noShowsProvider: number;

  @Column({ type: 'int' })
  lateCancelsRider: number;

  @Column({ type: 'int' })
  lateCancelsProvider: number;
}
