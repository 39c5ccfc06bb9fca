import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BeneficiaryBookingSeq1795690000000 implements MigrationInterface {
  name = 'BeneficiaryBookingSeq1795690000000';

  async up(q: QueryRunner): Promise<void> {
    // A constant default: PostgreSQL adds the column without rewriting the table.
    await q.query('ALTER TABLE "beneficiary" ADD "booking_seq" integer NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "beneficiary" DROP COLUMN "booking_seq"');
  }
}
