import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 (walk h3 finding 3): the driver's miss 'vehicle late' recorded at the door after the
 * window closed (the rider gone) is the provider-caused no-show, vehicle late, no longer a late
 * cancellation. Roll-ups are derived data: dropped, the dispatcher computes each day (and month,
 * and its riders' misses) again, and the reports read the days live until it has.
 */
export class OperationsRollupVehicleLateNoShow1796660860000 implements MigrationInterface {
  name = 'OperationsRollupVehicleLateNoShow1796660860000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM "operations_month_rollup"');
    await q.query('DELETE FROM "operations_rollup"');
  }

  async down(): Promise<void> {
    // Nothing to restore: the roll-ups are computed again from the recorded rides.
  }
}
