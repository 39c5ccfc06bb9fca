import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 22: month roll-ups of the operations figures beside the days' (a year reads 12 rows). */
export class OperationsMonthRollup1796626029519 implements MigrationInterface {
  name = 'OperationsMonthRollup1796626029519';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "operations_month_rollup" ("region_kato" character(9) NOT NULL, "month" date NOT NULL, "cells" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b1dfb6aa2fd47c3e34988747fc2" PRIMARY KEY ("region_kato", "month"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "operations_month_rollup"');
  }
}
