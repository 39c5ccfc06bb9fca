import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PortalIntegration1795587196167 implements MigrationInterface {
  name = 'PortalIntegration1795587196167';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "portal_eligibility" ("iin_hash" character(64) NOT NULL, "snapshot" jsonb, "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_portal_eligibility_expiry" CHECK (expires_at > fetched_at), CONSTRAINT "PK_3a1b032bb7db895bc77418e5693" PRIMARY KEY ("iin_hash"))',
    );
    await q.query('CREATE INDEX "IDX_16a6848d888029a8e34e69c447" ON "portal_eligibility"  ("expires_at") ');
    await q.query(
      'CREATE TABLE "portal_sync_state" ("booking_id" uuid NOT NULL, "last_sent_version" integer NOT NULL, "last_sent_status" text NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_692ffda503bb9d0555835d61315" PRIMARY KEY ("booking_id"))',
    );
    await q.query('ALTER TABLE "billing_act" ADD "paid_at" TIMESTAMP WITH TIME ZONE');
    await q.query(
      'ALTER TABLE "portal_sync_state" ADD CONSTRAINT "FK_692ffda503bb9d0555835d61315" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "portal_sync_state" DROP CONSTRAINT "FK_692ffda503bb9d0555835d61315"');
    await q.query('ALTER TABLE "billing_act" DROP COLUMN "paid_at"');
    await q.query('DROP TABLE "portal_sync_state"');
    await q.query('DROP INDEX "public"."IDX_16a6848d888029a8e34e69c447"');
    await q.query('DROP TABLE "portal_eligibility"');
  }
}
