import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 (f22 finding 1): the driver's provider-side misses "address unreachable" and "vehicle
 * problem" are causes of their own in the operations figures; the kept roll-ups counted them
 * under "vehicle late". Roll-ups are derived data: dropped, the dispatcher computes each day (and
 * month) again with the new causes, and the reports read the days live until it has.
 */
export class OperationsRollupMissCauses1796660500000 implements MigrationInterface {
  name = 'OperationsRollupMissCauses1796660500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM "operations_month_rollup"');
    await q.query('DELETE FROM "operations_rollup"');
  }

  async down(): Promise<void> {
    // Nothing to restore: the roll-ups are computed again from the recorded rides.
  }
}
