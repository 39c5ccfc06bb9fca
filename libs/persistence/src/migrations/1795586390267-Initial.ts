import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795586390267 implements MigrationInterface {
  name = 'Initial1795586390267';

  async up(q: QueryRunner): Promise<void> {
    // btree_gist lets exclusion constraints mix equality (vehicle, driver) with range overlap.
    await q.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await q.query(
      'CREATE TABLE "region" ("kato_code" character(9) NOT NULL, "parent_code" character(9), "name_kk" text NOT NULL, "name_ru" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "PK_cafe55e3c7cb5314aa9c7f4b019" PRIMARY KEY ("kato_code"))',
    );
    await q.query('CREATE INDEX "IDX_73a16baaad741cbb01fa629e95" ON "region"  ("parent_code") ');
    await q.query(
      'CREATE TABLE "provider" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bin" character(12) NOT NULL, "legal_name" text NOT NULL, "contacts" jsonb NOT NULL DEFAULT \'{}\', "origin" text NOT NULL, "contract_reference" text, "region_kato" character(9) NOT NULL, "status" text NOT NULL DEFAULT \'ACTIVE\', "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_provider_origin" CHECK (origin IN (\'LOCAL_REGISTRY\', \'PROCUREMENT_CONTRACT\')), CONSTRAINT "ck_provider_status" CHECK (status IN (\'ACTIVE\', \'SUSPENDED\', \'TERMINATED\')), CONSTRAINT "PK_6ab2f66d8987bf1bfdd6136a2d5" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "IDX_4de5f68f43de4cec11fbc558cf" ON "provider"  ("bin") ');
    await q.query('CREATE INDEX "IDX_22ca59a92aece935cf63056320" ON "provider"  ("region_kato") ');
    await q.query(
      'CREATE TABLE "beneficiary" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "iin_ciphertext" bytea NOT NULL, "iin_key_id" text NOT NULL, "iin_hash" character(64) NOT NULL, "iin_masked" character(12) NOT NULL, "full_name" text NOT NULL, "birth_date" date NOT NULL, "sex" character(1) NOT NULL, "phone" text, "language" text NOT NULL DEFAULT \'ru\', "residence_kato" character(9) NOT NULL, "residence_address" text NOT NULL, "residence_lat" double precision NOT NULL, "residence_lon" double precision NOT NULL, "disability_category" text NOT NULL, "disability_valid_until" date, "evidence" jsonb NOT NULL DEFAULT \'[]\', "mobility" jsonb NOT NULL, "companion_entitled" boolean NOT NULL DEFAULT false, "suspended_until" TIMESTAMP WITH TIME ZONE, "sms_opt_out" boolean NOT NULL DEFAULT false, "in_app_opt_out" boolean NOT NULL DEFAULT false, "notify_guardians" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_beneficiary_language" CHECK (language IN (\'kk\', \'ru\', \'en\')), CONSTRAINT "ck_beneficiary_category" CHECK (disability_category IN (\'CHILD_UNDER_7\', \'CHILD_GROUP_1\', \'CHILD_GROUP_2\', \'CHILD_GROUP_3\', \'ADULT_GROUP_1\', \'ADULT_GROUP_2\', \'ADULT_GROUP_3\')), CONSTRAINT "PK_c7514d7fed62b8e619cb1840f41" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "IDX_16af0a30d3f8e1fbc01800deac" ON "beneficiary"  ("iin_hash") ');
    await q.query('CREATE INDEX "IDX_47be983c45fe5a0b9949a5bb5b" ON "beneficiary"  ("residence_kato") ');
    await q.query(
      'CREATE TABLE "driver" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "full_name" text NOT NULL, "licence_number" text NOT NULL, "phone" text NOT NULL, "status" text NOT NULL DEFAULT \'ACTIVE\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_driver_status" CHECK (status IN (\'ACTIVE\', \'INACTIVE\')), CONSTRAINT "PK_61de71a8d217d585ecd5ee3d065" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_cc0e5c81e556e09c42ccc145af" ON "driver"  ("provider_id") ');
    await q.query('CREATE UNIQUE INDEX "IDX_d3765e7ad7445ea235ef62f3bc" ON "driver"  ("licence_number") ');
    await q.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role" text NOT NULL, "display_name" text NOT NULL, "phone" text, "language" text NOT NULL DEFAULT \'ru\', "region_kato" character(9), "provider_id" uuid, "beneficiary_id" uuid, "driver_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_app_user_language" CHECK (language IN (\'kk\', \'ru\', \'en\')), CONSTRAINT "ck_app_user_role" CHECK (role IN (\'BENEFICIARY\', \'GUARDIAN\', \'PORTAL\', \'LEB_OFFICER\', \'PROVIDER_ADMIN\', \'DISPATCHER\', \'DRIVER\', \'MINISTRY_ANALYST\')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_b7869eea4b15714dd9bd6c3580" ON "app_user"  ("region_kato") ');
    await q.query('CREATE INDEX "IDX_f7aa348bb7b1d1f98fdca2ab5b" ON "app_user"  ("provider_id") ');
    await q.query('CREATE INDEX "IDX_9531979fdb933393429d6448dc" ON "app_user"  ("beneficiary_id") ');
    await q.query('CREATE INDEX "IDX_669936cd07a63f01fa68f2eacc" ON "app_user"  ("driver_id") ');
    await q.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_role" text NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ix_audit_entity" ON "audit_log"  ("entity_type", "entity_id", "at") ');
    await q.query(
      'CREATE TABLE "billing_act" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "region_kato" character(9) NOT NULL, "month" date NOT NULL, "status" text NOT NULL DEFAULT \'DRAFT\', "completed_trips" integer NOT NULL DEFAULT \'0\', "no_shows" integer NOT NULL DEFAULT \'0\', "planned_metres" bigint NOT NULL DEFAULT \'0\', "actual_metres" bigint NOT NULL DEFAULT \'0\', "amount_tenge" bigint NOT NULL DEFAULT \'0\', "lines" jsonb NOT NULL DEFAULT \'[]\', "approved_by_user_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "portal_reference" text, "rejection_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_billing_act_period" UNIQUE ("provider_id", "region_kato", "month"), CONSTRAINT "ck_billing_act_status" CHECK (status IN (\'DRAFT\', \'APPROVED\', \'SUBMITTED\', \'PAID\', \'REJECTED\')), CONSTRAINT "PK_2e44b848dd47ccc3af2d91239a2" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "booking_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "beneficiary_id" uuid NOT NULL, "booked_by_user_id" uuid, "weekdays" smallint array NOT NULL, "local_time" character(5) NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "template" jsonb NOT NULL, "status" text NOT NULL DEFAULT \'ACTIVE\', "materialised_until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_booking_series_period" CHECK (to_date >= from_date), CONSTRAINT "ck_booking_series_status" CHECK (status IN (\'ACTIVE\', \'ENDED\', \'CANCELLED\')), CONSTRAINT "PK_d9121388a3326c119114075fb61" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_56a75228200e598a29ffb1847c" ON "booking_series"  ("beneficiary_id") ');
    await q.query(
      'CREATE TABLE "vehicle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "plate" text NOT NULL, "model" text NOT NULL, "seats" smallint NOT NULL, "wheelchair_places" smallint NOT NULL, "alternative_layouts" jsonb NOT NULL DEFAULT \'[]\', "has_ramp" boolean NOT NULL DEFAULT false, "has_lift" boolean NOT NULL DEFAULT false, "has_restraints" boolean NOT NULL DEFAULT false, "status" text NOT NULL DEFAULT \'ACTIVE\', "status_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_vehicle_capacity" CHECK (seats >= 0 AND wheelchair_places >= 0 AND seats + wheelchair_places > 0), CONSTRAINT "ck_vehicle_status" CHECK (status IN (\'ACTIVE\', \'OUT_OF_SERVICE\')), CONSTRAINT "PK_187fa17ba39d367e5604b3d1ec9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_b1d8cd2e2e4f2c3683b92ce5c6" ON "vehicle"  ("provider_id") ');
    await q.query('CREATE UNIQUE INDEX "IDX_51922d0c6647cb10de3f76ba4e" ON "vehicle"  ("plate") ');
    await q.query(
      'CREATE TABLE "shift" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "vehicle_id" uuid NOT NULL, "driver_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "start_lat" double precision NOT NULL, "start_lon" double precision NOT NULL, "end_lat" double precision NOT NULL, "end_lon" double precision NOT NULL, "start_kato" character(9) NOT NULL, "status" text NOT NULL DEFAULT \'PLANNED\', "status_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_shift_period" CHECK (ends_at > starts_at), CONSTRAINT "ck_shift_status" CHECK (status IN (\'PLANNED\', \'ACTIVE\', \'CLOSED\', \'CANCELLED\')), CONSTRAINT "ex_shift_driver_overlap" EXCLUDE USING gist ("driver_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (status <> \'CANCELLED\'), CONSTRAINT "ex_shift_vehicle_overlap" EXCLUDE USING gist ("vehicle_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (status <> \'CANCELLED\'), CONSTRAINT "PK_53071a6485a1e9dc75ec3db54b9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_761fcaea4dbed88f5fc91d991b" ON "shift"  ("vehicle_id") ');
    await q.query('CREATE INDEX "IDX_9faf1c5627aa1df8a600367a85" ON "shift"  ("driver_id") ');
    await q.query('CREATE INDEX "ix_shift_provider_time" ON "shift"  ("provider_id", "starts_at") ');
    await q.query(
      'CREATE TABLE "service_policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_kato" character(9) NOT NULL, "version" integer NOT NULL, "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL, "rules" jsonb NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_service_policy_region_version" UNIQUE ("region_kato", "version"), CONSTRAINT "PK_03abaa6697f0db4168a28982541" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "ix_service_policy_effective" ON "service_policy"  ("region_kato", "effective_from") ',
    );
    await q.query(
      'CREATE TABLE "procurement_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_kato" character(9) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "status" text NOT NULL DEFAULT \'DRAFT\', "method" text, "term_days" integer, "uncovered_kato" character(9) array NOT NULL DEFAULT \'{}\', "demand" jsonb NOT NULL DEFAULT \'{}\', "estimated_budget_tenge" bigint NOT NULL DEFAULT \'0\', "external_id" text, "supplier_bin" character(12), "awarded_price_tenge" bigint, "awarded_provider_id" uuid, "failure_reason" text, "previous_request_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_procurement_method" CHECK (method IS NULL OR method IN (\'PRICE_OFFERS\', \'OPEN_TENDER\', \'SINGLE_SOURCE\')), CONSTRAINT "ck_procurement_status" CHECK (status IN (\'DRAFT\', \'SUBMITTED\', \'PUBLISHED\', \'AWARDED\', \'FAILED\', \'CANCELLED\')), CONSTRAINT "PK_63541cc7183cb462d9a213fb5dd" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_c4174b3b28a89939a74b9b5eb1" ON "procurement_request"  ("region_kato") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_ae7e7c3f3d39ba32566fa43d2a" ON "procurement_request"  ("external_id") WHERE external_id IS NOT NULL',
    );
    await q.query(
      'CREATE UNIQUE INDEX "uq_procurement_open_draft" ON "procurement_request"  ("region_kato", "period_start") WHERE status = \'DRAFT\'',
    );
    await q.query(
      'CREATE TABLE "booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "beneficiary_id" uuid NOT NULL, "booked_by_user_id" uuid, "channel" text NOT NULL, "portal_order_id" text, "region_kato" character(9) NOT NULL, "policy_id" uuid, "pickup_address" text NOT NULL, "pickup_lat" double precision NOT NULL, "pickup_lon" double precision NOT NULL, "pickup_kato" character(9) NOT NULL, "dropoff_address" text NOT NULL, "dropoff_lat" double precision NOT NULL, "dropoff_lon" double precision NOT NULL, "dropoff_kato" character(9) NOT NULL, "time_anchor" text NOT NULL, "requested_time" TIMESTAMP WITH TIME ZONE NOT NULL, "purpose" text NOT NULL, "companions" smallint NOT NULL DEFAULT \'0\', "mobility" jsonb NOT NULL, "load_seats" smallint NOT NULL, "load_wheelchair_places" smallint NOT NULL, "needs_ramp" boolean NOT NULL DEFAULT false, "needs_lift" boolean NOT NULL DEFAULT false, "boarding_seconds" integer NOT NULL DEFAULT \'60\', "notes" text, "return_of_booking_id" uuid, "series_id" uuid, "series_date" date, "status" text NOT NULL, "status_reason" text, "pickup_earliest" TIMESTAMP WITH TIME ZONE NOT NULL, "pickup_latest" TIMESTAMP WITH TIME ZONE NOT NULL, "dropoff_earliest" TIMESTAMP WITH TIME ZONE NOT NULL, "dropoff_latest" TIMESTAMP WITH TIME ZONE NOT NULL, "max_ride_seconds" integer NOT NULL, "direct_seconds" integer NOT NULL, "direct_metres" integer NOT NULL, "shift_id" uuid, "confirmed_to_driver" boolean NOT NULL DEFAULT false, "planned_pickup_at" TIMESTAMP WITH TIME ZONE, "planned_dropoff_at" TIMESTAMP WITH TIME ZONE, "arrived_at" TIMESTAMP WITH TIME ZONE, "actual_pickup_at" TIMESTAMP WITH TIME ZONE, "actual_dropoff_at" TIMESTAMP WITH TIME ZONE, "actual_metres" integer, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by_user_id" uuid, "late_cancellation" boolean NOT NULL DEFAULT false, "no_show_forgiven_at" TIMESTAMP WITH TIME ZONE, "procurement_request_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_booking_windows" CHECK (pickup_latest >= pickup_earliest AND dropoff_latest >= dropoff_earliest), CONSTRAINT "ck_booking_load" CHECK (companions >= 0 AND load_seats >= 0 AND load_wheelchair_places >= 0), CONSTRAINT "ck_booking_purpose" CHECK (purpose IN (\'MEDICAL\', \'HAEMODIALYSIS\', \'REHABILITATION\', \'SOCIAL_SERVICES\', \'EDUCATION\', \'WORK\', \'CULTURE_SPORT\', \'OTHER\')), CONSTRAINT "ck_booking_anchor" CHECK (time_anchor IN (\'PICKUP\', \'DROPOFF\')), CONSTRAINT "ck_booking_channel" CHECK (channel IN (\'APP\', \'PHONE\', \'PORTAL\')), CONSTRAINT "ck_booking_status" CHECK (status IN (\'REQUESTED\', \'ACCEPTED\', \'REJECTED\', \'SCHEDULED\', \'WAITLISTED\', \'AWAITING_PROCUREMENT\', \'EN_ROUTE\', \'ARRIVED\', \'ON_BOARD\', \'COMPLETED\', \'NO_SHOW\', \'CANCELLED\', \'EXPIRED\')), CONSTRAINT "PK_49171efc69702ed84c812f33540" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "IDX_aabd6fe8af19cf3c27bd976075" ON "booking"  ("portal_order_id") WHERE portal_order_id IS NOT NULL',
    );
    await q.query('CREATE INDEX "IDX_d6b855f303ed59f7e397a96098" ON "booking"  ("pickup_kato") ');
    await q.query('CREATE INDEX "IDX_d9121388a3326c119114075fb6" ON "booking"  ("series_id") ');
    await q.query('CREATE INDEX "IDX_1bed9e8b2a7ecf6a1a5b6ada0a" ON "booking"  ("shift_id") ');
    await q.query('CREATE INDEX "IDX_5a2419747f8b09c51f4c585be2" ON "booking"  ("procurement_request_id") ');
    await q.query(
      'CREATE INDEX "ix_booking_beneficiary_time" ON "booking"  ("beneficiary_id", "pickup_earliest") ',
    );
    await q.query('CREATE INDEX "ix_booking_status_updated" ON "booking"  ("status", "updated_at") ');
    await q.query('CREATE INDEX "ix_booking_region_day" ON "booking"  ("region_kato", "pickup_earliest") ');
    await q.query(
      'CREATE TABLE "dead_letter" ("id" BIGSERIAL NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "error" text NOT NULL, "attempts" integer NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retried_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e51e9e534cd18984b2aad76403c" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "ix_dead_letter_open" ON "dead_letter"  ("failed_at") WHERE retried_at IS NULL',
    );
    await q.query(
      'CREATE TABLE "guardianship" ("guardian_user_id" uuid NOT NULL, "beneficiary_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2e8572adb3562ae03f873e4a59" PRIMARY KEY ("guardian_user_id", "beneficiary_id"))',
    );
    await q.query('CREATE INDEX "IDX_e1a6d7727ef1dceb351e4cd0f4" ON "guardianship"  ("beneficiary_id") ');
    await q.query(
      'CREATE TABLE "idempotency_record" ("principal" text NOT NULL, "key" text NOT NULL, "request_hash" character(64) NOT NULL, "response_status" integer NOT NULL, "response_body" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8a94a2590e55c032bda567b882" PRIMARY KEY ("principal", "key"))',
    );
    await q.query(
      'CREATE TABLE "inbox" ("client_id" text NOT NULL, "event_id" text NOT NULL, "request_hash" character(64) NOT NULL, "response_status" integer, "response_body" jsonb, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b28923d6f3d760d31ddc587651c" PRIMARY KEY ("client_id", "event_id"))',
    );
    await q.query(
      'CREATE TABLE "location_ping" ("id" BIGSERIAL NOT NULL, "shift_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "lat" double precision NOT NULL, "lon" double precision NOT NULL, CONSTRAINT "PK_50d07864b26f41c3671464dccab" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ix_location_ping_shift_at" ON "location_ping"  ("shift_id", "at") ');
    await q.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedup_key" text NOT NULL, "booking_id" uuid, "beneficiary_id" uuid, "recipient_user_id" uuid, "channel" text NOT NULL, "kind" text NOT NULL, "language" text NOT NULL, "text" text NOT NULL, "segments" smallint NOT NULL DEFAULT \'1\', "status" text NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "external_id" text, "error" text, "send_after" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_language" CHECK (language IN (\'kk\', \'ru\', \'en\')), CONSTRAINT "ck_notification_status" CHECK (status IN (\'PENDING\', \'SENT\', \'DELIVERED\', \'FAILED\', \'SUPPRESSED\')), CONSTRAINT "ck_notification_channel" CHECK (channel IN (\'SMS\', \'IN_APP\')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "IDX_67ae21f119b1ce4326b472e201" ON "notification"  ("dedup_key") ');
    await q.query('CREATE INDEX "IDX_2817f0453a450b3ff239050770" ON "notification"  ("booking_id") ');
    await q.query('CREATE INDEX "IDX_b51c26433ee1dec17c9f5462d6" ON "notification"  ("beneficiary_id") ');
    await q.query('CREATE INDEX "IDX_7d7f411e854516f615ba846c6a" ON "notification"  ("recipient_user_id") ');
    await q.query(
      'CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "delay_ms" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ix_outbox_unsent" ON "outbox"  ("id") WHERE sent_at IS NULL');
    await q.query(
      'CREATE TABLE "provider_contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "reference" text NOT NULL, "tariff_per_trip" integer NOT NULL, "tariff_per_km" integer NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_provider_contract_tariff" CHECK (tariff_per_trip >= 0 AND tariff_per_km >= 0), CONSTRAINT "ck_provider_contract_period" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT "ex_provider_contract_overlap" EXCLUDE USING gist ("provider_id" WITH =, daterange("valid_from", "valid_to", \'[]\') WITH &&), CONSTRAINT "PK_2a9c43feda30b8d38864b0d81d2" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_91827ab70c5dd918c339d92dd1" ON "provider_contract"  ("provider_id") ');
    await q.query(
      'CREATE TABLE "provider_service_area" ("provider_id" uuid NOT NULL, "kato_code" character(9) NOT NULL, CONSTRAINT "PK_94d8846e7346eb02f20dcfa5edc" PRIMARY KEY ("provider_id", "kato_code"))',
    );
    await q.query('CREATE INDEX "IDX_4930c6b5b66ae7b4906bad50c7" ON "provider_service_area"  ("kato_code") ');
    await q.query(
      'CREATE TABLE "route_stop" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shift_id" uuid NOT NULL, "booking_id" uuid NOT NULL, "kind" text NOT NULL, "sequence" integer NOT NULL, "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actual_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_route_stop_booking_kind" UNIQUE ("booking_id", "kind"), CONSTRAINT "ck_route_stop_kind" CHECK (kind IN (\'PICKUP\', \'DROPOFF\')), CONSTRAINT "PK_bae45354739f262bfdc6f830f70" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ix_route_stop_shift_seq" ON "route_stop"  ("shift_id", "sequence") ');
    await q.query(
      'ALTER TABLE "region" ADD CONSTRAINT "FK_73a16baaad741cbb01fa629e95a" FOREIGN KEY ("parent_code") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "provider" ADD CONSTRAINT "FK_22ca59a92aece935cf630563208" FOREIGN KEY ("region_kato") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "beneficiary" ADD CONSTRAINT "FK_47be983c45fe5a0b9949a5bb5ba" FOREIGN KEY ("residence_kato") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "driver" ADD CONSTRAINT "FK_cc0e5c81e556e09c42ccc145afe" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_b7869eea4b15714dd9bd6c35804" FOREIGN KEY ("region_kato") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_f7aa348bb7b1d1f98fdca2ab5be" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_9531979fdb933393429d6448dc9" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_669936cd07a63f01fa68f2eacc2" FOREIGN KEY ("driver_id") REFERENCES "driver"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "billing_act" ADD CONSTRAINT "FK_0ea3d247f89f9a420c9ca9d02c8" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking_series" ADD CONSTRAINT "FK_56a75228200e598a29ffb1847c6" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "vehicle" ADD CONSTRAINT "FK_b1d8cd2e2e4f2c3683b92ce5c6e" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "shift" ADD CONSTRAINT "FK_d2c48397edd67c006a40cdbc1c3" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "shift" ADD CONSTRAINT "FK_761fcaea4dbed88f5fc91d991b9" FOREIGN KEY ("vehicle_id") REFERENCES "vehicle"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "shift" ADD CONSTRAINT "FK_9faf1c5627aa1df8a600367a85b" FOREIGN KEY ("driver_id") REFERENCES "driver"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "service_policy" ADD CONSTRAINT "FK_ab521f6385d0f6cf0a466458894" FOREIGN KEY ("region_kato") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "procurement_request" ADD CONSTRAINT "FK_c4174b3b28a89939a74b9b5eb16" FOREIGN KEY ("region_kato") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_3178b16efbdaac28be0e688301a" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_34d94657d6b87bfe500a1c657f8" FOREIGN KEY ("region_kato") REFERENCES "region"("kato_code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_80870a85c975ba459cd73871407" FOREIGN KEY ("policy_id") REFERENCES "service_policy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_0a6b254b25a6e402bcd0d863c3f" FOREIGN KEY ("return_of_booking_id") REFERENCES "booking"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_d9121388a3326c119114075fb61" FOREIGN KEY ("series_id") REFERENCES "booking_series"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_1bed9e8b2a7ecf6a1a5b6ada0ad" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "FK_5a2419747f8b09c51f4c585be24" FOREIGN KEY ("procurement_request_id") REFERENCES "procurement_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "guardianship" ADD CONSTRAINT "FK_84f451892b07e01a6424ec5851d" FOREIGN KEY ("guardian_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "guardianship" ADD CONSTRAINT "FK_e1a6d7727ef1dceb351e4cd0f4c" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "location_ping" ADD CONSTRAINT "FK_2288922962777014ad4eabed755" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_2817f0453a450b3ff2390507707" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "provider_contract" ADD CONSTRAINT "FK_91827ab70c5dd918c339d92dd1c" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "provider_service_area" ADD CONSTRAINT "FK_89fdbae869831d72d19855ed9cd" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "route_stop" ADD CONSTRAINT "FK_dc7490d3a76d5ec165e2fd5cba4" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "route_stop" ADD CONSTRAINT "FK_d36875f101aa606b49cc8a57cbb" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "route_stop" DROP CONSTRAINT "FK_d36875f101aa606b49cc8a57cbb"');
    await q.query('ALTER TABLE "route_stop" DROP CONSTRAINT "FK_dc7490d3a76d5ec165e2fd5cba4"');
    await q.query('ALTER TABLE "provider_service_area" DROP CONSTRAINT "FK_89fdbae869831d72d19855ed9cd"');
    await q.query('ALTER TABLE "provider_contract" DROP CONSTRAINT "FK_91827ab70c5dd918c339d92dd1c"');
    await q.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_2817f0453a450b3ff2390507707"');
    await q.query('ALTER TABLE "location_ping" DROP CONSTRAINT "FK_2288922962777014ad4eabed755"');
    await q.query('ALTER TABLE "guardianship" DROP CONSTRAINT "FK_e1a6d7727ef1dceb351e4cd0f4c"');
    await q.query('ALTER TABLE "guardianship" DROP CONSTRAINT "FK_84f451892b07e01a6424ec5851d"');
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_5a2419747f8b09c51f4c585be24"');
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_1bed9e8b2a7ecf6a1a5b6ada0ad"');
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_d9121388a3326c119114075fb61"');
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_0a6b254b25a6e402bcd0d863c3f"');
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_80870a85c975ba459cd73871407"');
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_34d94657d6b87bfe500a1c657f8"');
    await q.query('ALTER TABLE "booking" DROP CONSTRAINT "FK_3178b16efbdaac28be0e688301a"');
    await q.query('ALTER TABLE "procurement_request" DROP CONSTRAINT "FK_c4174b3b28a89939a74b9b5eb16"');
    await q.query('ALTER TABLE "service_policy" DROP CONSTRAINT "FK_ab521f6385d0f6cf0a466458894"');
    await q.query('ALTER TABLE "shift" DROP CONSTRAINT "FK_9faf1c5627aa1df8a600367a85b"');
    await q.query('ALTER TABLE "shift" DROP CONSTRAINT "FK_761fcaea4dbed88f5fc91d991b9"');
    await q.query('ALTER TABLE "shift" DROP CONSTRAINT "FK_d2c48397edd67c006a40cdbc1c3"');
    await q.query('ALTER TABLE "vehicle" DROP CONSTRAINT "FK_b1d8cd2e2e4f2c3683b92ce5c6e"');
    await q.query('ALTER TABLE "booking_series" DROP CONSTRAINT "FK_56a75228200e598a29ffb1847c6"');
    await q.query('ALTER TABLE "billing_act" DROP CONSTRAINT "FK_0ea3d247f89f9a420c9ca9d02c8"');
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_669936cd07a63f01fa68f2eacc2"');
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_9531979fdb933393429d6448dc9"');
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_f7aa348bb7b1d1f98fdca2ab5be"');
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_b7869eea4b15714dd9bd6c35804"');
    await q.query('ALTER TABLE "driver" DROP CONSTRAINT "FK_cc0e5c81e556e09c42ccc145afe"');
    await q.query('ALTER TABLE "beneficiary" DROP CONSTRAINT "FK_47be983c45fe5a0b9949a5bb5ba"');
    await q.query('ALTER TABLE "provider" DROP CONSTRAINT "FK_22ca59a92aece935cf630563208"');
    await q.query('ALTER TABLE "region" DROP CONSTRAINT "FK_73a16baaad741cbb01fa629e95a"');
    await q.query('DROP INDEX "public"."ix_route_stop_shift_seq"');
    await q.query('DROP TABLE "route_stop"');
    await q.query('DROP INDEX "public"."IDX_4930c6b5b66ae7b4906bad50c7"');
    await q.query('DROP TABLE "provider_service_area"');
    await q.query('DROP INDEX "public"."IDX_91827ab70c5dd918c339d92dd1"');
    await q.query('DROP TABLE "provider_contract"');
    await q.query('DROP INDEX "public"."ix_outbox_unsent"');
    await q.query('DROP TABLE "outbox"');
    await q.query('DROP INDEX "public"."IDX_7d7f411e854516f615ba846c6a"');
    await q.query('DROP INDEX "public"."IDX_b51c26433ee1dec17c9f5462d6"');
    await q.query('DROP INDEX "public"."IDX_2817f0453a450b3ff239050770"');
    await q.query('DROP INDEX "public"."IDX_67ae21f119b1ce4326b472e201"');
    await q.query('DROP TABLE "notification"');
    await q.query('DROP INDEX "public"."ix_location_ping_shift_at"');
    await q.query('DROP TABLE "location_ping"');
    await q.query('DROP TABLE "inbox"');
    await q.query('DROP TABLE "idempotency_record"');
    await q.query('DROP INDEX "public"."IDX_e1a6d7727ef1dceb351e4cd0f4"');
    await q.query('DROP TABLE "guardianship"');
    await q.query('DROP INDEX "public"."ix_dead_letter_open"');
    await q.query('DROP TABLE "dead_letter"');
    await q.query('DROP INDEX "public"."ix_booking_region_day"');
    await q.query('DROP INDEX "public"."ix_booking_status_updated"');
    await q.query('DROP INDEX "public"."ix_booking_beneficiary_time"');
    await q.query('DROP INDEX "public"."IDX_5a2419747f8b09c51f4c585be2"');
    await q.query('DROP INDEX "public"."IDX_1bed9e8b2a7ecf6a1a5b6ada0a"');
    await q.query('DROP INDEX "public"."IDX_d9121388a3326c119114075fb6"');
    await q.query('DROP INDEX "public"."IDX_d6b855f303ed59f7e397a96098"');
    await q.query('DROP INDEX "public"."IDX_aabd6fe8af19cf3c27bd976075"');
    await q.query('DROP TABLE "booking"');
    await q.query('DROP INDEX "public"."uq_procurement_open_draft"');
    await q.query('DROP INDEX "public"."IDX_ae7e7c3f3d39ba32566fa43d2a"');
    await q.query('DROP INDEX "public"."IDX_c4174b3b28a89939a74b9b5eb1"');
    await q.query('DROP TABLE "procurement_request"');
    await q.query('DROP INDEX "public"."ix_service_policy_effective"');
    await q.query('DROP TABLE "service_policy"');
    await q.query('DROP INDEX "public"."ix_shift_provider_time"');
    await q.query('DROP INDEX "public"."IDX_9faf1c5627aa1df8a600367a85"');
    await q.query('DROP INDEX "public"."IDX_761fcaea4dbed88f5fc91d991b"');
    await q.query('DROP TABLE "shift"');
    await q.query('DROP INDEX "public"."IDX_51922d0c6647cb10de3f76ba4e"');
    await q.query('DROP INDEX "public"."IDX_b1d8cd2e2e4f2c3683b92ce5c6"');
    await q.query('DROP TABLE "vehicle"');
    await q.query('DROP INDEX "public"."IDX_56a75228200e598a29ffb1847c"');
    await q.query('DROP TABLE "booking_series"');
    await q.query('DROP TABLE "billing_act"');
    await q.query('DROP INDEX "public"."ix_audit_entity"');
    await q.query('DROP TABLE "audit_log"');
    await q.query('DROP INDEX "public"."IDX_669936cd07a63f01fa68f2eacc"');
    await q.query('DROP INDEX "public"."IDX_9531979fdb933393429d6448dc"');
    await q.query('DROP INDEX "public"."IDX_f7aa348bb7b1d1f98fdca2ab5b"');
    await q.query('DROP INDEX "public"."IDX_b7869eea4b15714dd9bd6c3580"');
    await q.query('DROP TABLE "app_user"');
    await q.query('DROP INDEX "public"."IDX_d3765e7ad7445ea235ef62f3bc"');
    await q.query('DROP INDEX "public"."IDX_cc0e5c81e556e09c42ccc145af"');
    await q.query('DROP TABLE "driver"');
    await q.query('DROP INDEX "public"."IDX_47be983c45fe5a0b9949a5bb5b"');
    await q.query('DROP INDEX "public"."IDX_16af0a30d3f8e1fbc01800deac"');
    await q.query('DROP TABLE "beneficiary"');
    await q.query('DROP INDEX "public"."IDX_22ca59a92aece935cf63056320"');
    await q.query('DROP INDEX "public"."IDX_4de5f68f43de4cec11fbc558cf"');
    await q.query('DROP TABLE "provider"');
    await q.query('DROP INDEX "public"."IDX_73a16baaad741cbb01fa629e95"');
    await q.query('DROP TABLE "region"');
  }
}
