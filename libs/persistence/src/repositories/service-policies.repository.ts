import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ServicePolicyRules } from '@invataxi/domain';
import { queryPrepared } from '../rows';

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

  /** The rules of the region's version in force at `at`, or null when the LEB set none yet. */
  async rulesInForce(m: EntityManager, regionKato: string, at: Date): Promise<ServicePolicyRules | null> {
    const rows = await queryPrepared<{ rules: ServicePolicyRules }>(
      m,
      `SELECT rules FROM service_policy WHERE region_kato = $1 AND effective_from <= $2
        ORDER BY effective_from DESC, version DESC LIMIT 1`,
      [regionKato, at],
    );
    return rows[0]?.rules ?? null;
  }

  /** The rules of one stored version, or null when there is no such version. */
  async rulesOfVersion(m: EntityManager, policyId: string): Promise<ServicePolicyRules | null> {
    const rows = await queryPrepared<{ rules: ServicePolicyRules }>(
      m,
      `SELECT rules FROM service_policy WHERE id = $1`,
      [policyId],
    );
    return rows[0]?.rules ?? null;
  }
}
