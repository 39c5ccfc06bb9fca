import type { EntityManager } from 'typeorm';
import type { EligibilityNeed } from '@invataxi/domain';
import { BeneficiariesRepository, type BeneficiaryEntity, type BeneficiaryLock } from '@invataxi/persistence';

/** A need on record with its evidence, as kept in beneficiary.evidence. */
export interface NeedEvidenceRecord {
  kind: 'NEED';
  need: EligibilityNeed;
  validUntil: string | null;
  document?: string;
}

export function needsOf(b: Pick<BeneficiaryEntity, 'evidence'>): NeedEvidenceRecord[] {
  return (b.evidence as unknown[]).filter(
    (e): e is NeedEvidenceRecord =>
      typeof e === 'object' && e !== null && (e as { kind?: unknown }).kind === 'NEED',
  );
}

/** Stateless (every method takes the caller's manager): one instance serves this function. */
const beneficiaries = new BeneficiariesRepository();

/**
 * One beneficiary by id; `lock` takes FOR NO KEY UPDATE ('no-key-update'), which serialises
 * everyone booking for the person (quota, overlap) without blocking the foreign-key checks of
 * their bookings, or FOR UPDATE ('update').
 */
export function loadBeneficiary(
  m: EntityManager,
  id: string,
  lock: BeneficiaryLock = 'none',
): Promise<BeneficiaryEntity | null> {
  return beneficiaries.findById(m, id, lock);
}
