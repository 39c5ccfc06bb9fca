import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Why the LEB officer forgave a no-show (issue 21: the officer gives a reason). */
export class NoShowForgivenReason1796634832097 implements MigrationInterface {
  name = 'NoShowForgivenReason1796634832097';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" ADD "no_show_forgiven_reason" text');
    await q.query(
      "ALTER TABLE \"booking\" ADD CONSTRAINT \"ck_booking_no_show_forgiven_reason\" CHECK (no_show_forgiven_reason IN ('NO_SHOW_VEHICLE_LATE', 'NO_SHOW_RIDER_EMERGENCY', 'NO_SHOW_CANCELLED_IN_TIME', 'NO_SHOW_RECORDED_IN_ERROR'))",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "ck_booking_no_show_forgiven_reason"');
    await q.query('ALTER TABLE "booking" DROP COLUMN "no_show_forgiven_reason"');
  }
}
