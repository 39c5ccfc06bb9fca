import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dispatch alerts also for a vehicle taken out of service and a driver taken off duty (issue 18).
 * TypeORM compares check constraints by name only, so this one is written by hand.
 */
export class DispatchAlertKinds1796612443451 implements MigrationInterface {
  name = 'DispatchAlertKinds1796612443451';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "dispatch_alert" DROP CONSTRAINT "ck_dispatch_alert_kind"');
    await q.query(
      `ALTER TABLE "dispatch_alert" ADD CONSTRAINT "ck_dispatch_alert_kind" CHECK (kind IN ('VEHICLE_BREAKDOWN', 'DRIVER_ABSENT', 'SHIFT_CANCELLED', 'VEHICLE_OUT_OF_SERVICE', 'DRIVER_INACTIVE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "dispatch_alert" DROP CONSTRAINT "ck_dispatch_alert_kind"');
    await q.query(
      `ALTER TABLE "dispatch_alert" ADD CONSTRAINT "ck_dispatch_alert_kind" CHECK (kind IN ('VEHICLE_BREAKDOWN', 'DRIVER_ABSENT', 'SHIFT_CANCELLED'))`,
    );
  }
}
