import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { JsonValue } from './json';

/**
 * One region's closed day of operations figures (issue 22), kept by the dispatcher so a year of
 * reports sums 365 rows instead of re-reading every ride: the day's cells (district x provider)
 * as libs/domain's rollUpDay computes them. Derived data: dropping a row only makes the
 * dispatcher compute it again.
 */
@Entity('operations_rollup')
@Index('ix_operations_rollup_day', ['day'])
export class OperationsRollupEntity {
  @PrimaryColumn({ type: 'char', length: 9 })
  regionKato: string;

  /** Local date of the rides' pickup windows and the shifts' starts. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'jsonb' })
  cells: JsonValue[];

  /** When the facts were read: a booking of the day changed after it makes the row stale. */
  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
