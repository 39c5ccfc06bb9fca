import type { EligibilityNeed } from '@invataxi/domain';
import type { BeneficiaryEntity } from '@invataxi/persistence';

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
