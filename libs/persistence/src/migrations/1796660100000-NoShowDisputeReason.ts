import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 23: why a rider's dispute of a no-show was rejected (a code), and the decider's words. */
export class NoShowDisputeReason1796660100000 implements MigrationInterface {
  name = 'NoShowDisputeReason1796660100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" ADD "no_show_dispute_reason" text');
    await q.query('ALTER TABLE "booking" ADD "no_show_dispute_note" text');
    await q.query(
      `ALTER TABLE "booking" ADD CONSTRAINT "ck_booking_no_show_dispute_reason" CHECK (no_show_dispute_reason IN ('DISPUTE_EVIDENCE_CONFIRMS', 'DISPUTE_NOT_AT_ADDRESS', 'DISPUTE_NOT_CANCELLED', 'DISPUTE_OTHER'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "ck_booking_no_show_dispute_reason"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_dispute_note"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_dispute_reason"');
  }
}
