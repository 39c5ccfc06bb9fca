import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored what-if runs (issue 25): an officer's scenarios (and sizing searches), their progress and result. */
export class WhatIfRun1796650000000 implements MigrationInterface {
  name = 'WhatIfRun1796650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "whatif_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL DEFAULT 'SCENARIO', "region_kato" character(9) NOT NULL, "name" text NOT NULL, "params" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "result" jsonb, "note" text, "attempts" smallint NOT NULL DEFAULT '0', "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_whatif_run_result" CHECK ((status = 'DONE') = (result IS NOT NULL)), CONSTRAINT "ck_whatif_run_progress" CHECK (progress >= 0 AND progress <= 100), CONSTRAINT "ck_whatif_run_kind" CHECK (kind IN ('SCENARIO', 'SIZING')), CONSTRAINT "ck_whatif_run_status" CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')), CONSTRAINT "PK_whatif_run" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_whatif_run_region" ON "whatif_run" ("region_kato", "created_at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."ix_whatif_run_region"');
    await q.query('DROP TABLE "whatif_run"');
  }
}
