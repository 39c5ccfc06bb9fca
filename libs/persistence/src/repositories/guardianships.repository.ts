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

  /** A person's guardians (the registry's list, issue 21): id, name, phone, since when; by name. */
  async guardiansOf(
    m: EntityManager,
    beneficiaryId: string,
  ): Promise<{ userId: string; displayName: string; phone: string | null; since: Date }[]> {
    const rows = (await m.query(
      `SELECT u.id, u.display_name, u.phone, g.created_at
         FROM guardianship g JOIN app_user u ON u.id = g.guardian_user_id
        WHERE g.beneficiary_id = $1
        ORDER BY u.display_name, u.id`,
      [beneficiaryId],
    )) as { id: string; display_name: string; phone: string | null; created_at: Date }[];
    return rows.map((r) => ({
      userId: r.id,
      displayName: r.display_name,
      phone: r.phone,
      since: r.created_at,
    }));
  }
}
