import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 24: at most one open re-plan (QUEUED or RUNNING) per region and day, so dispatcher
 * processes and dispatchers starting one at the same moment cannot open two. Duplicates left by
 * the old code (they could exist) are closed as FAILED with a note, the newest kept.
 */
export class OnePlanRunOpenPerDay1796622588195 implements MigrationInterface {
  name = 'OnePlanRunOpenPerDay1796622588195';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE plan_run r SET status = 'FAILED', note = 'DUPLICATE_OPEN_RUN', finished_at = now()
       WHERE r.status IN ('QUEUED', 'RUNNING')
         AND EXISTS (SELECT 1 FROM plan_run o
                      WHERE o.region_kato = r.region_kato AND o.date = r.date
                        AND o.status IN ('QUEUED', 'RUNNING')
                        AND (o.created_at, o.id) > (r.created_at, r.id))`);
    await q.query(
      `CREATE UNIQUE INDEX "ux_plan_run_open_per_day" ON "plan_run" ("region_kato", "date") WHERE status IN ('QUEUED', 'RUNNING')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."ux_plan_run_open_per_day"');
  }
}
