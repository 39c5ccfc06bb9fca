import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations can be resent (a new link; sent_at moves) and revoked (issue 19, /staff). */
export class InvitationResendRevoke1796623800000 implements MigrationInterface {
  name = 'InvitationResendRevoke1796623800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "invitation" ADD "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()');
    await q.query('ALTER TABLE "invitation" ADD "revoked_at" TIMESTAMP WITH TIME ZONE');
    // Invitations sent before this migration went out when they were made.
    await q.query('UPDATE "invitation" SET "sent_at" = "created_at"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "invitation" DROP COLUMN "revoked_at"');
    await q.query('ALTER TABLE "invitation" DROP COLUMN "sent_at"');
  }
}
