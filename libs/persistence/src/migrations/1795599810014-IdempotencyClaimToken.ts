import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyClaimToken1795599810014 implements MigrationInterface {
  name = 'IdempotencyClaimToken1795599810014';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "idempotency_record" ADD "claim_token" uuid');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "idempotency_record" DROP COLUMN "claim_token"');
  }
}
