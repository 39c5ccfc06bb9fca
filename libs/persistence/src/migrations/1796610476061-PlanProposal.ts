import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanProposal1796610476061 implements MigrationInterface {
  name = 'PlanProposal1796610476061';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "plan_run" ADD "release_pinned" boolean NOT NULL DEFAULT false');
    await q.query('ALTER TABLE "plan_run" ADD "basis" text');
    await q.query('ALTER TABLE "plan_run" ADD "proposal" jsonb');
    await q.query('ALTER TABLE "plan_run" ADD "undo" jsonb');
    await q.query('ALTER TABLE "plan_run" ADD "decided_by_user_id" uuid');
    await q.query('ALTER TABLE "plan_run" ADD "decided_at" TIMESTAMP WITH TIME ZONE');
    // TypeORM does not diff CHECK constraints: the new statuses by hand (issue 18).
    await q.query('ALTER TABLE "plan_run" DROP CONSTRAINT "ck_plan_run_status"');
    await q.query(
      "ALTER TABLE \"plan_run\" ADD CONSTRAINT \"ck_plan_run_status\" CHECK (status IN ('QUEUED', 'RUNNING', 'PROPOSED', 'APPLIED', 'DISCARDED', 'UNDONE', 'DONE', 'FAILED'))",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "plan_run" DROP CONSTRAINT "ck_plan_run_status"');
    await q.query(
      "ALTER TABLE \"plan_run\" ADD CONSTRAINT \"ck_plan_run_status\" CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))",
    );
    await q.query('ALTER TABLE "plan_run" DROP COLUMN "decided_at"');
    await q.query('ALTER TABLE "plan_run" DROP COLUMN "decided_by_user_id"');
    await q.query('ALTER TABLE "plan_run" DROP COLUMN "undo"');
    await q.query('ALTER TABLE "plan_run" DROP COLUMN "proposal"');
    await q.query('ALTER TABLE "plan_run" DROP COLUMN "basis"');
    await q.query('ALTER TABLE "plan_run" DROP COLUMN "release_pinned"');
  }
}
