import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { katoRegion, nationalDefaultRulesFor, type ServicePolicyRules } from '@invataxi/domain';
import { ServicePoliciesRepository, type ServicePolicyEntity } from '@invataxi/persistence';

/** The rules a booking is checked against, and which stored version they came from. */
export interface PolicyInForce {
  /** Null when the region has no version yet and the national defaults apply. */
  id: string | null;
  version: number | null;
  regionKato: string;
  effectiveFrom: Date | null;
  rules: ServicePolicyRules;
}

interface CachedVersions {
  loadedAt: number;
  /** Newest first by effectiveFrom, then version. */
  versions: ServicePolicyEntity[];
}

/**
 * Versions are immutable, so they can be cached; a new version published by another process
 * is seen within CACHE_MS. Bookings are checked at a rate of hundreds a second against a handful
 * of rows: reading them each time would be most of the work.
 */
const CACHE_MS = 2000;

/**
 * A region with no policy version falls back to NATIONAL_DEFAULT_POLICY with the region as its
 * service area (decision for issue 3): a person must not be refused a dialysis trip because the
 * akimat has not yet published its rules; the national defaults are the Rules' paragraph 23.
 * The booking then records policy_id = null, which says "national defaults".
 */
export function nationalDefaultFor(regionKato: string): PolicyInForce {
  return {
    id: null,
    version: null,
    regionKato,
    effectiveFrom: null,
    rules: nationalDefaultRulesFor(regionKato),
  };
}

@Injectable()
export class PolicyReader {
  private readonly cache = new Map<string, CachedVersions>();

  constructor(private readonly policies: ServicePoliciesRepository) {}

  /**
   * Newest first. Callers inside a transaction pass its manager: a transaction that holds a row
   * lock must not wait for a second pool connection (twenty such waits exhaust the pool).
   */
  async versions(m: EntityManager, regionKato: string, fresh = false): Promise<ServicePolicyEntity[]> {
    const hit = this.cache.get(regionKato);
    if (!fresh && hit && Date.now() - hit.loadedAt < CACHE_MS) return hit.versions;
    const versions = await this.policies.versionsOfRegion(m, regionKato);
    this.cache.set(regionKato, { loadedAt: Date.now(), versions });
    return versions;
  }

  /** The stored version in force at `at` in the region of `kato`, or null when there is none. */
  async storedInForce(
    m: EntityManager,
    kato: string,
    at: Date,
    fresh = false,
  ): Promise<ServicePolicyEntity | null> {
    const region = katoRegion(kato);
    return (
      (await this.versions(m, region, fresh)).find((v) => v.effectiveFrom.getTime() <= at.getTime()) ?? null
    );
  }

  /** What applies at `at`: the stored version, or the national defaults. */
  async inForce(m: EntityManager, kato: string, at: Date): Promise<PolicyInForce> {
    const region = katoRegion(kato);
    const v = await this.storedInForce(m, region, at);
    if (!v) return nationalDefaultFor(region);
    return {
      id: v.id,
      version: v.version,
      regionKato: region,
      effectiveFrom: v.effectiveFrom,
      rules: v.rules,
    };
  }

  /** The exact version a booking was checked against. */
  async byId(m: EntityManager, id: string | null, regionKato: string): Promise<PolicyInForce> {
    if (id === null) return nationalDefaultFor(katoRegion(regionKato));
    const cached = (await this.versions(m, katoRegion(regionKato))).find((v) => v.id === id);
    const v = cached ?? (await this.policies.versionByIdOrFail(m, id));
    return {
      id: v.id,
      version: v.version,
      regionKato: v.regionKato,
      effectiveFrom: v.effectiveFrom,
      rules: v.rules,
    };
  }

  forget(regionKato: string): void {
    this.cache.delete(regionKato);
  }
}
