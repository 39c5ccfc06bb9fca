import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BillingActVersions1796605028915 implements MigrationInterface {
  name = 'BillingActVersions1796605028915';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "billing_act" DROP CONSTRAINT "uq_billing_act_period"');
    await q.query('ALTER TABLE "billing_act" ADD "act_version" integer NOT NULL DEFAULT \'1\'');
    await q.query('ALTER TABLE "billing_act" ADD "supersedes_act_id" uuid');
    await q.query('ALTER TABLE "billing_act" ADD "correction_reason" text');
    await q.query('ALTER TABLE "billing_act" ADD "superseded_by_act_id" uuid');
    await q.query('ALTER TABLE "billing_act" ADD "superseded_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "billing_act" ADD "signed_body" text');
    await q.query('ALTER TABLE "billing_act" ADD "signature" text');
    await q.query('ALTER TABLE "billing_act" ADD "signing_certificate" text');
    await q.query('CREATE UNIQUE INDEX "uq_billing_act_supersedes" ON "billing_act"  ("supersedes_act_id") ');
    await q.query(
      'ALTER TABLE "billing_act" ADD CONSTRAINT "uq_billing_act_period_version" UNIQUE ("provider_id", "region_kato", "month", "act_version")',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "billing_act" DROP CONSTRAINT "uq_billing_act_period_version"');
    await q.query('DROP INDEX "public"."uq_billing_act_supersedes"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "signing_certificate"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "signature"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "signed_body"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "superseded_at"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "superseded_by_act_id"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "correction_reason"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "supersedes_act_id"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "act_version"');
    await q.query(
      'ALTER TABLE "billing_act" ADD CONSTRAINT "uq_billing_act_period" UNIQUE ("provider_id", "region_kato", "month")',
    );
  }
}
