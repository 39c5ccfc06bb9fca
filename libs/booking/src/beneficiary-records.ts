import { needsFromMobility, type EligibilityNeed, type EligibilityPerson } from '@invataxi/domain';
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

/**
 * The person as the eligibility rule reads them (checkEligibility): the booking checks and the
 * re-check of a held booking use this one reading of the record.
 */
export function eligibilityPersonOf(
  b: Pick<
    BeneficiaryEntity,
    'birthDate' | 'disabilityCategory' | 'disabilityValidUntil' | 'evidence' | 'mobility'
  >,
): EligibilityPerson {
  return {
    birthDate: b.birthDate,
    disability: { category: b.disabilityCategory, validFrom: null, validUntil: b.disabilityValidUntil },
    needs: [...needsOf(b), ...needsFromMobility(b.mobility, null)],
  };
}
