import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { nationalDefaultRulesFor, type ServicePolicyRules } from '@invataxi/domain';
import { ServicePoliciesRepository } from '@invataxi/persistence';

/** The rules dispatch and the driver views apply, read on the caller's manager (DispatchModelModule). */
@Injectable()
export class RegionPolicies {
  constructor(private readonly policies: ServicePoliciesRepository) {}

  /** The region's policy in force at `at`, or the national defaults when the LEB set none yet. */
  async inForce(m: EntityManager, regionKato: string, at: Date): Promise<ServicePolicyRules> {
    return (
      (await this.policies.versionInForce(m, regionKato, at))?.rules ?? nationalDefaultRulesFor(regionKato)
    );
  }

  /** The policy a booking was checked against (its policy_id), else the region's in force at `at`. */
  async ofBooking(
    m: EntityManager,
    b: { policyId: string | null; regionKato: string },
    at: Date,
  ): Promise<ServicePolicyRules> {
    const checked = b.policyId ? (await this.policies.versionById(m, b.policyId))?.rules : null;
    return checked ?? this.inForce(m, b.regionKato, at);
  }
}
