import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: a procurement lot's default period and its shortest length are the region's policy
 * (procurementNextYearFromMonth, procurementMinLotDays), no longer code constants. Every stored
 * version gets the values it was read with until now (the national defaults: 1 October, 30 days),
 * so no region's lots change by the migration.
 */
export class PolicyProcurementLot1796634000000 implements MigrationInterface {
  name = 'PolicyProcurementLot1796634000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "service_policy"
          SET "rules" = jsonb_build_object('procurementMinLotDays', 30, 'procurementNextYearFromMonth', 10) || "rules"
        WHERE NOT ("rules" ? 'procurementMinLotDays' AND "rules" ? 'procurementNextYearFromMonth')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "service_policy" SET "rules" = "rules" - 'procurementMinLotDays' - 'procurementNextYearFromMonth'`,
    );
  }
}
