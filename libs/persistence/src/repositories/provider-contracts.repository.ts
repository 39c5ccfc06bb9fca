import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A provider's contracts with the akimat (tariffs, validity). */
@Injectable()
export class ProviderContractsRepository {
  /**
   * Whether one of the provider's contracts covers a day of the period (local dates; validTo
   * null: open-ended). The exclusion constraint ex_provider_contract_overlap decides under races.
   */
  async overlapsPeriod(
    m: EntityManager,
    providerId: string,
    validFrom: string,
    validTo: string | null,
  ): Promise<boolean> {
    const rows = (await m.query(
      `SELECT 1 FROM provider_contract
        WHERE provider_id = $1
          AND daterange(valid_from, valid_to, '[]') && daterange($2::date, $3::date, '[]')
        LIMIT 1`,
      [providerId, validFrom, validTo],
    )) as unknown[];
    return rows.length > 0;
  }
}
