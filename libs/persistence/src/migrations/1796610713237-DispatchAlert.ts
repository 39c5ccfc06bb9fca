import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DispatchAlert1796610713237 implements MigrationInterface {
  name = 'DispatchAlert1796610713237';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "dispatch_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "shift_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "booking_ids" uuid array NOT NULL, "pickups_from" TIMESTAMP WITH TIME ZONE NOT NULL, "pickups_until" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_dispatch_alert_kind" CHECK (kind IN (\'VEHICLE_BREAKDOWN\', \'DRIVER_ABSENT\', \'SHIFT_CANCELLED\')), CONSTRAINT "PK_97d903bfe767bbf46dff2bad86a" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_5acc0e9c33ec72bf9a8e96f12d" ON "dispatch_alert"  ("shift_id") ');
    await q.query(
      'CREATE INDEX "ix_dispatch_alert_pickups" ON "dispatch_alert"  ("pickups_until", "pickups_from") ',
    );
    await q.query(
      'ALTER TABLE "dispatch_alert" ADD CONSTRAINT "FK_5acc0e9c33ec72bf9a8e96f12dd" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "dispatch_alert" ADD CONSTRAINT "FK_9ca40e74797324a2a0fc3f02d61" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "dispatch_alert" DROP CONSTRAINT "FK_9ca40e74797324a2a0fc3f02d61"');
    await q.query('ALTER TABLE "dispatch_alert" DROP CONSTRAINT "FK_5acc0e9c33ec72bf9a8e96f12dd"');
    await q.query('DROP INDEX "public"."ix_dispatch_alert_pickups"');
    await q.query('DROP INDEX "public"."IDX_5acc0e9c33ec72bf9a8e96f12d"');
    await q.query('DROP TABLE "dispatch_alert"');
  }
}
