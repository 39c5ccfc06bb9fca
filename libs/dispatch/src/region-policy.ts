import type { EntityManager } from 'typeorm';
import { nationalDefaultRulesFor, type ServicePolicyRules } from '@invataxi/domain';
import { queryPrepared } from '@invataxi/persistence';

/** The region's policy in force at `at`, or the national defaults when the LEB set none yet. */
export async function policyInForce(
  m: EntityManager,
  regionKato: string,
  at = new Date(),
): Promise<ServicePolicyRules> {
  const rows = await queryPrepared<{ rules: ServicePolicyRules }>(
    m,
    `SELECT rules FROM service_policy WHERE region_kato = $1 AND effective_from <= $2
      ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [regionKato, at],
  );
  return rows[0]?.rules ?? nationalDefaultRulesFor(regionKato);
}

/** The policy a booking was checked against (its policy_id), else the region's in force. */
export async function policyOfBooking(
  m: EntityManager,
  b: { policyId: string | null; regionKato: string },
): Promise<ServicePolicyRules> {
  if (b.policyId) {
    const rows = await queryPrepared<{ rules: ServicePolicyRules }>(
      m,
      `SELECT rules FROM service_policy WHERE id = $1`,
      [b.policyId],
    );
    if (rows[0]) return rows[0].rules;
  }
  return policyInForce(m, b.regionKato);
}
