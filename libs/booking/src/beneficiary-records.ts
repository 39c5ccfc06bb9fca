import type { EntityManager } from 'typeorm';
import type { EligibilityNeed } from '@invataxi/domain';
import { BeneficiaryEntity, selectById } from '@invataxi/persistence';

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

/**
 * One beneficiary by id; `lock` takes FOR NO KEY UPDATE, which serialises everyone booking for
 * the person (quota, overlap) without blocking the foreign-key checks of their bookings.
 * (A query builder: TypeORM's find types recurse too deep on the JSON columns.)
 */
export async function loadBeneficiary(
  m: EntityManager,
  id: string,
  lock: 'none' | 'no-key-update' | 'update' = 'none',
): Promise<BeneficiaryEntity | null> {
  return selectById(m, BeneficiaryEntity, id, lock === 'none' ? undefined : LOCKS[lock]);
}

const LOCKS = { 'no-key-update': 'FOR NO KEY UPDATE', update: 'FOR UPDATE' } as const;
