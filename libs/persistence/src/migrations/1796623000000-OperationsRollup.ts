import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22: the dispatcher's daily roll-ups of the operations figures (one row per region and
 * closed day), and an index to find the days whose rides changed since their roll-up.
 */
export class OperationsRollup1796623000000 implements MigrationInterface {
  name = 'OperationsRollup1796623000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "operations_rollup" ("region_kato" character(9) NOT NULL, "day" date NOT NULL, "cells" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_90ac5f5a3098de1510910220b34" PRIMARY KEY ("region_kato", "day"))',
    );
    await q.query('CREATE INDEX "ix_operations_rollup_day" ON "operations_rollup"  ("day") ');
    await q.query('CREATE INDEX "ix_booking_updated" ON "booking"  ("updated_at") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."ix_booking_updated"');
    await q.query('DROP INDEX "public"."ix_operations_rollup_day"');
    await q.query('DROP TABLE "operations_rollup"');
  }
}
