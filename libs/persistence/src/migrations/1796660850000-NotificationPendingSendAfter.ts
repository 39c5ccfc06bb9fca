import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 (walk h3 finding 2): the demo's history asks, at each minute it plays, which messages
 * still waiting are due by its clock, to deliver them then; the waiting ones are few among
 * the month's, so an index of the waiting ones by their send time answers without a scan.
 */
export class NotificationPendingSendAfter1796660850000 implements MigrationInterface {
  name = 'NotificationPendingSendAfter1796660850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_notification_pending_send_after" ON "notification" ("send_after") WHERE status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "ix_notification_pending_send_after"');
  }
}
