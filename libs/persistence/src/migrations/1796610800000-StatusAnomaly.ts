import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatusAnomaly1796610800000 implements MigrationInterface {
  name = 'StatusAnomaly1796610800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "status_anomaly" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "shift_id" uuid, "status" text NOT NULL, "code" text NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "review" text NOT NULL DEFAULT \'PENDING\', "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_user_id" uuid, "review_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_status_anomaly_review" CHECK (review IN (\'PENDING\', \'CONFIRMED\', \'REJECTED\')), CONSTRAINT "PK_e61883eb32197c3a6e490dc8478" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_2101431d70a388a29761777d82" ON "status_anomaly"  ("booking_id") ');
    await q.query('CREATE INDEX "ix_status_anomaly_review" ON "status_anomaly"  ("review", "reported_at") ');
    await q.query(
      'ALTER TABLE "status_anomaly" ADD CONSTRAINT "FK_2101431d70a388a29761777d821" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "status_anomaly" ADD CONSTRAINT "FK_87cbcdb46b5618976c668b71272" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "status_anomaly" DROP CONSTRAINT "FK_87cbcdb46b5618976c668b71272"');
    await q.query('ALTER TABLE "status_anomaly" DROP CONSTRAINT "FK_2101431d70a388a29761777d821"');
    await q.query('DROP INDEX "public"."ix_status_anomaly_review"');
    await q.query('DROP INDEX "public"."IDX_2101431d70a388a29761777d82"');
    await q.query('DROP TABLE "status_anomaly"');
  }
}
