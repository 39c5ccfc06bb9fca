// Who may ride under a region's policy (DOMAIN.md, "Who may ride"): by disability category
// (Rules, paragraph 23) or by a need or condition the region grants (paragraph 31), each grant
// with its act. Evidence is kept apart with its own validity: the disability record, and the
// medical advisory board's conclusion (form 035-1/у) for a need.
import type { DisabilityRecord } from './disability';
import { isCategoryConsistentWithAge, isDisabilityValidOn } from './disability';
import type { EligibilityGrant, ServicePolicyRules } from './policy';
import type { LocalDate } from './time';
import { ageOn } from './time';
import type { MobilityNeeds } from './mobility';
import { eligibilityNeedsOf } from './mobility';
import type { DisabilityCategory, EligibilityNeed } from './vocabulary';

/** A need or condition on record, with the date its evidence runs out (null = no end). */
export interface NeedEvidence {
  need: EligibilityNeed;
  validUntil: LocalDate | null;
}

/**
 * Needs read from the mobility profile, all with one validity, for records that keep no separate
 * evidence per need (pass the validity of the evidence the profile rests on, or null).
 */
export function needsFromMobility(
  mobility: MobilityNeeds,
  validUntil: LocalDate | null = null,
): NeedEvidence[] {
  return eligibilityNeedsOf(mobility).map((need) => ({ need, validUntil }));
}

export interface EligibilityPerson {
  /** From the IIN. */
  birthDate: LocalDate;
  disability: DisabilityRecord | null;
  needs: readonly NeedEvidence[];
}

export type EligibilityOutcome =
  | { eligible: true; basis: 'CATEGORY'; category: DisabilityCategory; act: string | null }
  | { eligible: true; basis: 'NEED'; need: EligibilityNeed; act: string }
  | { eligible: false; reason: 'CATEGORY_NOT_ELIGIBLE' | 'DISABILITY_EXPIRED' | 'CATEGORY_AGE_MISMATCH' };

function grantActiveOn(grant: EligibilityGrant, date: LocalDate): boolean {
  if (grant.from !== undefined && date < grant.from) return false;
  return grant.until === undefined || date <= grant.until;
}

/**
 * Is the person eligible on a local date? A category counts only while the disability record is
 * valid and fits the person's age; a need counts while its evidence is valid. A need grant does
 * not ask for a disability record: the region's act names the need, not a group.
 */
export function checkEligibility(
  person: EligibilityPerson,
  policy: Pick<ServicePolicyRules, 'eligibleCategories' | 'eligibilityGrants'>,
  date: LocalDate,
): EligibilityOutcome {
  let failure: 'CATEGORY_NOT_ELIGIBLE' | 'DISABILITY_EXPIRED' | 'CATEGORY_AGE_MISMATCH' =
    'CATEGORY_NOT_ELIGIBLE';

  const record = person.disability;
  if (record) {
    const grant = policy.eligibilityGrants.find(
      (g) => g.kind === 'CATEGORY' && g.category === record.category && grantActiveOn(g, date),
    );
    if (policy.eligibleCategories.includes(record.category) || grant) {
      if (!isDisabilityValidOn(record, date)) failure = 'DISABILITY_EXPIRED';
      else if (!isCategoryConsistentWithAge(record.category, person.birthDate, date))
        failure = 'CATEGORY_AGE_MISMATCH';
      else
        return {
          eligible: true,
          basis: 'CATEGORY',
          category: record.category,
          act: policy.eligibleCategories.includes(record.category) ? null : (grant?.act ?? null),
        };
    }
  }

  const age = ageOn(person.birthDate, date);
  for (const g of policy.eligibilityGrants) {
    if (g.kind !== 'NEED' || !grantActiveOn(g, date)) continue;
    if (g.underAgeYears !== undefined && age >= g.underAgeYears) continue;
    const evidence = person.needs.find(
      (n) => n.need === g.need && (n.validUntil === null || date <= n.validUntil),
    );
    if (evidence) return { eligible: true, basis: 'NEED', need: g.need, act: g.act };
  }
  return { eligible: false, reason: failure };
}
