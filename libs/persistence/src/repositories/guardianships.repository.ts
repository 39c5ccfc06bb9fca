import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GuardianshipEntity } from '../entities/guardianship.entity';

/** Who is whose legal representative. */
@Injectable()
export class GuardianshipsRepository {
  constructor(private readonly ds: DataSource) {}

  async isGuardianOf(
    guardianUserId: string,
    beneficiaryId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<boolean> {
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
