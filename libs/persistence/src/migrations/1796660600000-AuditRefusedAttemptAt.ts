import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 (f22 finding 3): the operations figures count the booking requests the rules refused
 * (refused by reason) from the attempts' audit, by when each was asked on the rules' clock
 * (after->>'at', an ISO time: its text sorts as the time). The roll-ups are dropped so each
 * day is computed again with them.
 */
export class AuditRefusedAttemptAt1796660600000 implements MigrationInterface {
  name = 'AuditRefusedAttemptAt1796660600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_audit_refused_attempt_at" ON "audit_log" ((after->>'at')) WHERE action = 'booking.rejected_attempt'`,
    );
    await q.query('DELETE FROM "operations_month_rollup"');
    await q.query('DELETE FROM "operations_rollup"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "ix_audit_refused_attempt_at"');
  }
}
