import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 25 (t25 M2): the booking requests refused for service hours, notice or horizon, kept for
 * the what-if replay (RefusedRequestEntity: planning data only, no personal data).
 */
export class RefusedRequest1796660700000 implements MigrationInterface {
  name = 'RefusedRequest1796660700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "refused_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_kato" character(9) NOT NULL, "district_kato" character(9) NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_anchor" text NOT NULL, "requested_time" TIMESTAMP WITH TIME ZONE NOT NULL, "purpose" text NOT NULL, "pickup_lat" double precision NOT NULL, "pickup_lon" double precision NOT NULL, "pickup_kato" character(9) NOT NULL, "dropoff_lat" double precision NOT NULL, "dropoff_lon" double precision NOT NULL, "dropoff_kato" character(9) NOT NULL, "companions" smallint NOT NULL DEFAULT \'0\', "mobility" jsonb NOT NULL, "reasons" text array NOT NULL, "direct_seconds" integer NOT NULL, "direct_metres" integer NOT NULL, CONSTRAINT "ck_refused_request_companions" CHECK (companions >= 0), CONSTRAINT "PK_c010f903ba9c6949abbd1cf9077" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "ix_refused_request_region_asked" ON "refused_request"  ("region_kato", "asked_at") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."ix_refused_request_region_asked"');
    await q.query('DROP TABLE "refused_request"');
  }
}
