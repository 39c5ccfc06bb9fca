import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Advisory-lock namespace: one publisher per region at a time (version numbers stay dense). */
const POLICY_LOCK_NS = 3_000_101;

/** The versions of the regions' service policies, as the LEB officer publishes them. */
@Injectable()
export class ServicePoliciesRepository {
  /**
   * The version number the region's next policy gets. Takes the region's publishing lock until
   * the transaction ends, so two officers publishing at once get consecutive versions.
   */
  async nextVersionOfRegion(m: EntityManager, regionKato: string): Promise<number> {
    await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [POLICY_LOCK_NS, regionKato]);
    const [{ next }]: { next: number }[] = await m.query(
      'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM service_policy WHERE region_kato = $1',
      [regionKato],
    );
    return Number(next);
  }
}
