import type { EntityManager } from 'typeorm';
import { coveringAreaCodes, type ProcurementDemandRepository } from '@invataxi/persistence';

/**
 * Is a pickup KATO served now: an ACTIVE provider whose area covers it (the code, its district or
 * its region) has a shift that is planned or running and not yet over. Stricter than dispatch's
 * coverage (area only) on purpose: a booking goes back to dispatch only when it can be placed on
 * a route, so it does not bounce from dispatch back into procurement or sit waitlisted on a
 * provider that has no vehicles yet.
 */
export function isServedWithShifts(
  demand: ProcurementDemandRepository,
  m: EntityManager,
  pickupKato: string,
  now: Date,
): Promise<boolean> {
  return demand.servedWithShifts(m, coveringAreaCodes(pickupKato), now);
}
