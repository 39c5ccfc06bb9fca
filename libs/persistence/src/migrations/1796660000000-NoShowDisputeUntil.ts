import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 23: the last day a no-show may be disputed. No-shows recorded before it get the default
 * 14 days from their pickup window's local day (Kazakhstan, UTC+5), the moment they were taken.
 */
export class NoShowDisputeUntil1796660000000 implements MigrationInterface {
  name = 'NoShowDisputeUntil1796660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" ADD "no_show_dispute_until" date');
    await q.query(
      `UPDATE "booking" SET "no_show_dispute_until" = (("pickup_latest" AT TIME ZONE INTERVAL '+05:00')::date + 14)
        WHERE "status" = 'NO_SHOW'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_dispute_until"');
  }
}
