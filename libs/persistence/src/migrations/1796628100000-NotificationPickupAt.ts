import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pickup time a message states (issue 18, walk F5/F11/F19): a rider is not told a time again
 * that the last message they got already said, and a message still waiting is dropped when a
 * later one about the same ride replaces it.
 */
export class NotificationPickupAt1796628100000 implements MigrationInterface {
  name = 'NotificationPickupAt1796628100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "notification" ADD "pickup_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "notification" DROP COLUMN "pickup_at"');
  }
}
