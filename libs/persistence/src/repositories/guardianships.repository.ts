import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GuardianshipEntity } from '../entities/guardianship.entity';

/** Who is whose legal representative. */
@Injectable()
export class GuardianshipsRepository {
  async isGuardianOf(m: EntityManager, guardianUserId: string, beneficiaryId: string): Promise<boolean> {
    const rows = (await m.query(
      'SELECT 1 FROM guardianship WHERE guardian_user_id = $1 AND beneficiary_id = $2',
      [guardianUserId, beneficiaryId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Makes the user the person's guardian; linking twice is the same as once. */
  async link(m: EntityManager, guardianUserId: string, beneficiaryId: string): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(GuardianshipEntity)
      .values({ guardianUserId, beneficiaryId })
      .orIgnore()
      .execute();
  }
}
