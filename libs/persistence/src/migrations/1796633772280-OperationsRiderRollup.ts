import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22: the riders' misses of each rolled-up day (operations_rider_rollup), which the
 * officer's per-rider table sums. The day and month roll-ups made before have no rider rows: they
 * are emptied (derived data), so the dispatcher's next pass computes every closed day again, with
 * its riders; until then the reports compute those days from the rides.
 */
export class OperationsRiderRollup1796633772280 implements MigrationInterface {
  name = 'OperationsRiderRollup1796633772280';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "operations_rider_rollup" ("id" BIGSERIAL NOT NULL, "region_kato" character(9) NOT NULL, "day" date NOT NULL, "beneficiary_id" uuid NOT NULL, "district_kato" character(9) NOT NULL, "provider_id" uuid, "no_shows_rider" integer NOT NULL, "no_shows_provider" integer NOT NULL, "late_cancels_rider" integer NOT NULL, "late_cancels_provider" integer NOT NULL, CONSTRAINT "PK_c57a469d8d5f4c409ee83056eca" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "ix_operations_rider_rollup_region_day" ON "operations_rider_rollup"  ("region_kato", "day") ',
    );
    await q.query('DELETE FROM "operations_month_rollup"');
    await q.query('DELETE FROM "operations_rollup"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."ix_operations_rider_rollup_region_day"');
    await q.query('DROP TABLE "operations_rider_rollup"');
  }
}
