import type { EntityManager } from 'typeorm';
import { NATIONAL_DEFAULT_POLICY, type ServicePolicyRules } from '@invataxi/domain';
import { coveringAreaCodes } from '@invataxi/persistence';

/** The region's policy in force now (its priority tiers order the release), else the national defaults. */
export async function regionPolicy(
  m: EntityManager,
  regionKato: string,
  at = new Date(),
): Promise<ServicePolicyRules> {
  const rows: { rules: ServicePolicyRules }[] = await m.query(
    `SELECT rules FROM service_policy WHERE region_kato = $1 AND effective_from <= $2
      ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [regionKato, at],
  );
  return rows[0]?.rules ?? NATIONAL_DEFAULT_POLICY;
}

/**
 * Is a pickup KATO served now: an ACTIVE provider whose area covers it (the code, its district or
 * its region) has a shift that is planned or running and not yet over. Stricter than dispatch's
 * coverage (area only) on purpose: a booking goes back to dispatch only when it can be placed on
 * a route, so it does not bounce from dispatch back into procurement or sit waitlisted on a
 * provider that has no vehicles yet.
 */
export async function isServedWithShifts(m: EntityManager, pickupKato: string, now: Date): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `SELECT 1 FROM provider_service_area a
       JOIN provider p ON p.id = a.provider_id AND p.status = 'ACTIVE'
      WHERE a.kato_code = ANY($1::char(9)[])
        AND EXISTS (SELECT 1 FROM shift s WHERE s.provider_id = p.id
                     AND s.status IN ('PLANNED', 'ACTIVE') AND s.ends_at > $2)
      LIMIT 1`,
    [coveringAreaCodes(pickupKato), now],
  );
  return rows.length > 0;
}
