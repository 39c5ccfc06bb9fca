import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18: a rider's "needs a ramp" was always a need for step-free boarding (a ramp or a
 * lift). The booking's column and the stored mobility profiles say so now: needs_ramp becomes
 * step_free (also true for a wheelchair user or a lift need, as the solver reads it), and every
 * profile's needsRamp becomes stepFree.
 */
export class StepFreeBoarding1796611652205 implements MigrationInterface {
  name = 'StepFreeBoarding1796611652205';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" RENAME COLUMN "needs_ramp" TO "step_free"');
    await q.query(
      `UPDATE "booking" SET "step_free" = true
        WHERE NOT "step_free" AND ("needs_lift" OR coalesce("mobility"->>'wheelchair', 'NONE') <> 'NONE')`,
    );
    for (const table of ['booking', 'beneficiary'])
      await q.query(
        `UPDATE "${table}"
            SET "mobility" = ("mobility" - 'needsRamp')
                || jsonb_build_object('stepFree', coalesce(("mobility"->>'needsRamp')::boolean, false))
          WHERE "mobility" ? 'needsRamp'`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['booking', 'beneficiary'])
      await q.query(
        `UPDATE "${table}"
            SET "mobility" = ("mobility" - 'stepFree')
                || jsonb_build_object('needsRamp', coalesce(("mobility"->>'stepFree')::boolean, false))
          WHERE "mobility" ? 'stepFree'`,
      );
    await q.query('ALTER TABLE "booking" RENAME COLUMN "step_free" TO "needs_ramp"');
  }
}
