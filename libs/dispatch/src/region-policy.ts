import type { EntityManager } from 'typeorm';
import { nationalDefaultRulesFor, type ServicePolicyRules } from '@invataxi/domain';
import { ServicePoliciesRepository } from '@invataxi/persistence';

/** Stateless (every method takes the caller's manager): one instance serves these functions. */
const policies = new ServicePoliciesRepository();

/** The region's policy in force at `at`, or the national defaults when the LEB set none yet. */
export async function policyInForce(
  m: EntityManager,
  regionKato: string,
  at: Date,
): Promise<ServicePolicyRules> {
  return (await policies.rulesInForce(m, regionKato, at)) ?? nationalDefaultRulesFor(regionKato);
}

/** The policy a booking was checked against (its policy_id), else the region's in force at `at`. */
export async function policyOfBooking(
  m: EntityManager,
  b: { policyId: string | null; regionKato: string },
  at: Date,
): Promise<ServicePolicyRules> {
  const checked = b.policyId ? await policies.rulesOfVersion(m, b.policyId) : null;
  return checked ?? policyInForce(m, b.regionKato, at);
}
