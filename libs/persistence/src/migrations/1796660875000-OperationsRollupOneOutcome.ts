import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 (walk t22 finding 4): each ride is counted in one outcome. The driver's miss 'vehicle
 * late' at the door after the window (a provider-caused no-show since 7a4a874) is no longer also
 * counted as cancelled, and the cells count the cancelled rides never on a route
 * (cancelledBeforeRoute). Roll-ups are derived data: dropped, the dispatcher computes each day
 * (and month, and its riders' misses) again, and the reports read the days live until it has.
 */
export class OperationsRollupOneOutcome1796660875000 implements MigrationInterface {
  name = 'OperationsRollupOneOutcome1796660875000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM "operations_month_rollup"');
    await q.query('DELETE FROM "operations_rollup"');
  }

  async down(): Promise<void> {
    // Nothing to restore: the roll-ups are computed again from the recorded rides.
  }
}
