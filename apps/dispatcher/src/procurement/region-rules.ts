import type { EntityManager } from 'typeorm';
import { coveringAreaCodes } from '@invataxi/persistence';

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
