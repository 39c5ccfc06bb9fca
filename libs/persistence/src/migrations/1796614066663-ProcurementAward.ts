import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: a supplier is one company by BIN that may be registered with several akimats (one
 * provider row per BIN and region); an award records what was awarded, when, and why it could
 * not be applied.
 */
export class ProcurementAward1796614066663 implements MigrationInterface {
  name = 'ProcurementAward1796614066663';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_4de5f68f43de4cec11fbc558cf"');
    await q.query('ALTER TABLE "procurement_request" ADD "award" jsonb');
    await q.query('ALTER TABLE "procurement_request" ADD "awarded_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "procurement_request" ADD "award_error" jsonb');
    await q.query('CREATE INDEX "IDX_4de5f68f43de4cec11fbc558cf" ON "provider"  ("bin") ');
    await q.query('CREATE UNIQUE INDEX "uq_provider_bin_region" ON "provider"  ("bin", "region_kato") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."uq_provider_bin_region"');
    await q.query('DROP INDEX "public"."IDX_4de5f68f43de4cec11fbc558cf"');
    await q.query('ALTER TABLE "procurement_request" DROP COLUMN "award_error"');
    await q.query('ALTER TABLE "procurement_request" DROP COLUMN "awarded_at"');
    await q.query('ALTER TABLE "procurement_request" DROP COLUMN "award"');
    await q.query('CREATE UNIQUE INDEX "IDX_4de5f68f43de4cec11fbc558cf" ON "provider" USING btree ("bin") ');
  }
}
