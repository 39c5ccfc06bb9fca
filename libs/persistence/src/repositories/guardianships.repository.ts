import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

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
}
