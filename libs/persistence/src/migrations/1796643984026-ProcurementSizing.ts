import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sizing a procurement request's lot from evidence (issue 25, item 2): runs and the attached one. */
export class ProcurementSizing1796643984026 implements MigrationInterface {
  name = 'ProcurementSizing1796643984026';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "procurement_sizing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "target_percent" smallint NOT NULL, "status" text NOT NULL DEFAULT \'QUEUED\', "progress" smallint NOT NULL DEFAULT \'0\', "result" jsonb, "note" text, "requested_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_procurement_sizing_target" CHECK (target_percent >= 50 AND target_percent <= 100), CONSTRAINT "ck_procurement_sizing_progress" CHECK (progress >= 0 AND progress <= 100), CONSTRAINT "ck_procurement_sizing_status" CHECK (status IN (\'QUEUED\', \'RUNNING\', \'DONE\', \'FAILED\')), CONSTRAINT "PK_67a4e20cec028e963b6f9b7e85e" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "ux_procurement_sizing_open" ON "procurement_sizing"  ("request_id") WHERE status IN (\'QUEUED\', \'RUNNING\')',
    );
    await q.query(
      'CREATE INDEX "ix_procurement_sizing_request" ON "procurement_sizing"  ("request_id", "created_at") ',
    );
    await q.query('ALTER TABLE "procurement_request" ADD "attached_sizing_id" uuid');
    await q.query(
      'ALTER TABLE "procurement_sizing" ADD CONSTRAINT "FK_c29cba1c80e1040ca01c7e4f45c" FOREIGN KEY ("request_id") REFERENCES "procurement_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "procurement_sizing" DROP CONSTRAINT "FK_c29cba1c80e1040ca01c7e4f45c"');
    await q.query('ALTER TABLE "procurement_request" DROP COLUMN "attached_sizing_id"');
    await q.query('DROP INDEX "public"."ix_procurement_sizing_request"');
    await q.query('DROP INDEX "public"."ux_procurement_sizing_open"');
    await q.query('DROP TABLE "procurement_sizing"');
  }
}
