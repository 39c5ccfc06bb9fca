import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProcurementLotPeriod1796627000000 implements MigrationInterface {
  name = 'ProcurementLotPeriod1796627000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "procurement_request" ADD "lot_start" date');
    await q.query('ALTER TABLE "procurement_request" ADD "lot_end" date');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "procurement_request" DROP COLUMN "lot_end"');
    await q.query('ALTER TABLE "procurement_request" DROP COLUMN "lot_start"');
  }
}
