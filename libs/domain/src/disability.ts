// Disability categories as set by the medical and social expertise (order No. 260 of
// 29.06.2023; DOMAIN.md, "The legal frame"): child under 7; child of group 1, 2 or 3 aged 7 to
// 18; adult group 1, 2 or 3. Many disabilities are set without a re-examination date
// (validUntil = null); others carry one.
import type { LocalDate } from './time';
import { ageOn } from './time';
import type { DisabilityCategory } from './vocabulary';

export interface DisabilityRecord {
  category: DisabilityCategory;
  /** First day the record applies, inclusive; null when unknown (treated as always). */
  validFrom: LocalDate | null;
  /** Last day the record applies, inclusive; null = set without re-examination. */
  validUntil: LocalDate | null;
}

export type AgeBand = 'UNDER_7' | 'CHILD_7_TO_18' | 'ADULT';

export function ageBandOf(category: DisabilityCategory): AgeBand {
  switch (category) {
    case 'CHILD_UNDER_7':
      return 'UNDER_7';
    case 'CHILD_GROUP_1':
    case 'CHILD_GROUP_2':
    case 'CHILD_GROUP_3':
      return 'CHILD_7_TO_18';
    case 'ADULT_GROUP_1':
    case 'ADULT_GROUP_2':
    case 'ADULT_GROUP_3':
      return 'ADULT';
  }
}

/** The disability group (1, 2, 3), or null for a child under 7 (no group is set). */
export function disabilityGroupOf(category: DisabilityCategory): 1 | 2 | 3 | null {
  switch (category) {
    case 'CHILD_UNDER_7':
      return null;
    case 'CHILD_GROUP_1':
    case 'ADULT_GROUP_1':
      return 1;
    case 'CHILD_GROUP_2':
    case 'ADULT_GROUP_2':
      return 2;
    case 'CHILD_GROUP_3':
    case 'ADULT_GROUP_3':
      return 3;
  }
}

export function isChildCategory(category: DisabilityCategory): boolean {
  return ageBandOf(category) !== 'ADULT';
}

/** The age band a person is in on a date: under 7; 7 up to (not including) 18; 18 and over. */
export function ageBandOn(birthDate: LocalDate, date: LocalDate): AgeBand {
  const age = ageOn(birthDate, date);
  if (age < 7) return 'UNDER_7';
  if (age < 18) return 'CHILD_7_TO_18';
  return 'ADULT';
}

/** Does the category fit the person's age on `date` (birth date from the IIN)? */
export function isCategoryConsistentWithAge(
  category: DisabilityCategory,
  birthDate: LocalDate,
  date: LocalDate,
): boolean {
  return ageBandOf(category) === ageBandOn(birthDate, date);
}

/** Is the record in force on a local date (both ends inclusive)? */
export function isDisabilityValidOn(record: DisabilityRecord, date: LocalDate): boolean {
  if (record.validFrom !== null && date < record.validFrom) return false;
  return record.validUntil === null || date <= record.validUntil;
}
