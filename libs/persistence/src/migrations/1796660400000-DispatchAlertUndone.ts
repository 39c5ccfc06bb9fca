import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 18 (walk t18, finding 3): when a breakdown was undone ("back in service"), on its alert. */
export class DispatchAlertUndone1796660400000 implements MigrationInterface {
  name = 'DispatchAlertUndone1796660400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "dispatch_alert" ADD "undone_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "dispatch_alert" DROP COLUMN "undone_at"');
  }
}
