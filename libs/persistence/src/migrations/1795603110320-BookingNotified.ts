import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingNotified1795603110320 implements MigrationInterface {
  name = 'BookingNotified1795603110320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "booking_notified" ("booking_id" uuid NOT NULL, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_507ec872658eafcfba6e332ca07" PRIMARY KEY ("booking_id"))',
    );
    await q.query(
      'ALTER TABLE "booking_notified" ADD CONSTRAINT "FK_507ec872658eafcfba6e332ca07" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "booking_notified" DROP CONSTRAINT "FK_507ec872658eafcfba6e332ca07"');
    await q.query('DROP TABLE "booking_notified"');
  }
}
