import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanRun1795588310774 implements MigrationInterface {
  name = 'PlanRun1795588310774';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "plan_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_kato" character(9) NOT NULL, "date" date NOT NULL, "status" text NOT NULL DEFAULT \'QUEUED\', "progress" smallint NOT NULL DEFAULT \'0\', "current_cost" double precision, "before" jsonb, "after" jsonb, "note" text, "requested_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_plan_run_progress" CHECK (progress >= 0 AND progress <= 100), CONSTRAINT "ck_plan_run_status" CHECK (status IN (\'QUEUED\', \'RUNNING\', \'DONE\', \'FAILED\')), CONSTRAINT "PK_343d555d39ffbd189ef2adcfb19" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ix_plan_run_region_date" ON "plan_run"  ("region_kato", "date") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."ix_plan_run_region_date"');
    await q.query('DROP TABLE "plan_run"');
  }
}
