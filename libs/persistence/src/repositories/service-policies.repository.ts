import { Injectable } from '@nestjs/common';
import { EntityNotFoundError, type EntityManager } from 'typeorm';
import { ServicePolicyEntity } from '../entities/service-policy.entity';
import { queryPrepared } from '../rows';

/** Advisory-lock namespace: one publisher per region at a time (version numbers stay dense). */
const POLICY_LOCK_NS = 3_000_101;

/** A version as its entity has it: the booking path and the dispatch path read the same rows. */
const POLICY_COLUMNS = `id, region_kato AS "regionKato", version, effective_from AS "effectiveFrom", rules,
  created_by_user_id AS "createdByUserId", created_at AS "createdAt"`;

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

  /** The region's versions, newest first (by effective date, then version). */
  versionsOfRegion(m: EntityManager, regionKato: string): Promise<ServicePolicyEntity[]> {
    return queryPrepared<ServicePolicyEntity>(
      m,
      `SELECT ${POLICY_COLUMNS} FROM service_policy WHERE region_kato = $1
        ORDER BY effective_from DESC, version DESC`,
      [regionKato],
    );
  }

  /** The region's version in force at `at`, or null when the LEB set none yet. */
  async versionInForce(m: EntityManager, regionKato: string, at: Date): Promise<ServicePolicyEntity | null> {
    const rows = await queryPrepared<ServicePolicyEntity>(
      m,
      `SELECT ${POLICY_COLUMNS} FROM service_policy WHERE region_kato = $1 AND effective_from <= $2
        ORDER BY effective_from DESC, version DESC LIMIT 1`,
      [regionKato, at],
    );
    return rows[0] ?? null;
  }

  /** One stored version, or null when there is no such version. */
  async versionById(m: EntityManager, policyId: string): Promise<ServicePolicyEntity | null> {
    const rows = await queryPrepared<ServicePolicyEntity>(
      m,
      `SELECT ${POLICY_COLUMNS} FROM service_policy WHERE id = $1`,
      [policyId],
    );
    return rows[0] ?? null;
  }

  /** One stored version; EntityNotFoundError when there is none (a booking's policy_id always has one). */
  async versionByIdOrFail(m: EntityManager, policyId: string): Promise<ServicePolicyEntity> {
    const v = await this.versionById(m, policyId);
    if (!v) throw new EntityNotFoundError(ServicePolicyEntity, { id: policyId });
    return v;
  }
}
