import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProcurementAlert1795587329374 implements MigrationInterface {
  name = 'ProcurementAlert1795587329374';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "procurement_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_kato" character(9) NOT NULL, "request_id" uuid, "provider_id" uuid, "audience" text NOT NULL, "kind" text NOT NULL, "params" jsonb NOT NULL DEFAULT \'{}\', "dedup_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_user_id" uuid, CONSTRAINT "ck_procurement_alert_audience" CHECK (audience IN (\'LEB_OFFICER\', \'PROVIDER_ADMIN\')), CONSTRAINT "PK_4a4a8129d3af7fd10ff45bbce31" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_64329488ade79d5615d0874372" ON "procurement_alert"  ("request_id") ');
    await q.query('CREATE INDEX "IDX_0adc764270bc3430c66a839cfa" ON "procurement_alert"  ("provider_id") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_c7e31c2ddc3530b4b6bb90052d" ON "procurement_alert"  ("dedup_key") ',
    );
    await q.query(
      'CREATE INDEX "ix_procurement_alert_region_open" ON "procurement_alert"  ("region_kato", "acknowledged_at", "created_at") ',
    );
    await q.query(
      'ALTER TABLE "procurement_alert" ADD CONSTRAINT "FK_76f86d543470130d88fc1597575" FOREIGN KEY ("region_kato") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "procurement_alert" ADD CONSTRAINT "FK_64329488ade79d5615d0874372f" FOREIGN KEY ("request_id") REFERENCES "procurement_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "procurement_alert" ADD CONSTRAINT "FK_0adc764270bc3430c66a839cfab" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "procurement_alert" DROP CONSTRAINT "FK_0adc764270bc3430c66a839cfab"');
    await q.query('ALTER TABLE "procurement_alert" DROP CONSTRAINT "FK_64329488ade79d5615d0874372f"');
    await q.query('ALTER TABLE "procurement_alert" DROP CONSTRAINT "FK_76f86d543470130d88fc1597575"');
    await q.query('DROP INDEX "public"."ix_procurement_alert_region_open"');
    await q.query('DROP INDEX "public"."IDX_c7e31c2ddc3530b4b6bb90052d"');
    await q.query('DROP INDEX "public"."IDX_0adc764270bc3430c66a839cfa"');
    await q.query('DROP INDEX "public"."IDX_64329488ade79d5615d0874372"');
    await q.query('DROP TABLE "procurement_alert"');
  }
}
