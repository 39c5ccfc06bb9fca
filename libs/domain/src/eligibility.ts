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

/**
 * What the Social Services Portal answered about the person for a booking: KNOWN (its register
 * holds them, with their category and needs), NO_RECORD (its register does not hold them yet),
 * UNAVAILABLE (it could not be asked), NOT_ASKED (no Portal configured, a series, or the Portal's
 * own order, which carries its answer).
 */
export type PortalAnswer = 'KNOWN' | 'NO_RECORD' | 'UNAVAILABLE' | 'NOT_ASKED';

/** What a Portal answer does before checkEligibility runs on the person's record. */
export interface PortalEffect {
  /** The record takes the Portal's category, validity, needs and companion entitlement first. */
  updateRecord: boolean;
  /** A booking the record allows is made but waits (REQUESTED) until the Portal can be asked. */
  hold: boolean;
}

/**
 * One rule for every channel: the rider's app, the phone desk and the registry's card (issue 21).
 * Who may ride is decided on the person's record under the region's policy (checkEligibility);
 * the Portal keeps that record true. KNOWN: its answer is written onto the record first.
 * NO_RECORD: the record stands as the region's officer registered it from the person's papers
 * (the officer is the akimat's department that decides entitlement; the Portal's register lags
 * behind it), so a person the registry calls entitled books online as the desk books for them.
 * UNAVAILABLE: a booking is never accepted on trust, it is held until the Portal answers.
 */
export function portalEffect(answer: PortalAnswer): PortalEffect {
  return { updateRecord: answer === 'KNOWN', hold: answer === 'UNAVAILABLE' };
}
