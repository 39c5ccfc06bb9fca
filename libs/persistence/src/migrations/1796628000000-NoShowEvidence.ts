import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 23: a no-show's evidence (the vehicle's pings) and the rider's dispute of it. */
export class NoShowEvidence1796628000000 implements MigrationInterface {
  name = 'NoShowEvidence1796628000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" ADD "no_show_evidence" jsonb');
    await q.query('ALTER TABLE "booking" ADD "no_show_disputed_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "booking" ADD "no_show_dispute_text" text');
    await q.query('ALTER TABLE "booking" ADD "no_show_dispute_decision" text');
    await q.query('ALTER TABLE "booking" ADD "no_show_dispute_decided_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "booking" ADD "no_show_dispute_decided_by" uuid');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_dispute_decided_by"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_dispute_decided_at"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_dispute_decision"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_dispute_text"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_disputed_at"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_evidence"');
  }
}
