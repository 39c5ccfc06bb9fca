import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JsonValue } from './json';

/**
 * One region's month of operations figures (issue 22): the sum of its days' roll-ups cell by
 * cell (district x provider), kept by the dispatcher with the days, so a year reads 12 rows
 * instead of 365 (bench:reports: the days alone made a year's report seconds long).
 */
@Entity('operations_month_rollup')
export class OperationsMonthRollupEntity {
  @PrimaryColumn({ type: 'char', length: 9 })
  regionKato: string;

  /** First local day of the month. */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'jsonb' })
  cells: JsonValue[];

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
