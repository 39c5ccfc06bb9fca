import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A driver's licence validity (issue 21): an expired licence cannot be put on a shift. */
export class DriverLicenceValidity1796623750418 implements MigrationInterface {
  name = 'DriverLicenceValidity1796623750418';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "driver" ADD "licence_valid_until" date');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "driver" DROP COLUMN "licence_valid_until"');
  }
}
