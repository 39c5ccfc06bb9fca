// Procurement methods and how long each takes (DOMAIN.md, "Public procurement": Law No. 106-VIII
// of 01.07.2024 and the rules of MinFin order No. 687 of 09.10.2024). The durations are the
// usual ones the domain notes give ("about"), so they are estimates for the rider's expected
// date, never deadlines the platform enforces.
import {
  addDaysToLocalDate,
  DomainError,
  localDateOf,
  MAX_TERM_DAYS,
  MIN_TERM_DAYS,
  type LocalDate,
  type ProcurementMethod,
  type ProcurementStatus,
} from '@invataxi/domain';

export interface MethodRule {
  /** Days from publication to the result, as usually observed. */
  typicalDays: number;
  /** Only after a failed procurement of the same demand (single source). */
  requiresFailedPrevious: boolean;
}

export const METHOD_RULES: { readonly [M in ProcurementMethod]: MethodRule } = {
  PRICE_OFFERS: { typicalDays: 2, requiresFailedPrevious: false },
  OPEN_TENDER: { typicalDays: 10, requiresFailedPrevious: false },
  // Law No. 106-VIII: single source is allowed when a procurement failed (no bids).
  SINGLE_SOURCE: { typicalDays: 2, requiresFailedPrevious: true },
};

/** When the officer has not picked a method yet, estimate with the longest usual one. */
export const DEFAULT_ESTIMATE_METHOD: ProcurementMethod = 'OPEN_TENDER';

/** Contract terms the officer may set, in days: libs/domain (the officer's page reads them too). */
export { MAX_TERM_DAYS, MIN_TERM_DAYS };

/**
 * Throws VALIDATION when the method may not be used: single source needs the previous request of
 * this demand to have FAILED.
 */
export function assertMethodAllowed(
  method: ProcurementMethod,
  previous: { status: ProcurementStatus } | null,
): void {
  if (METHOD_RULES[method].requiresFailedPrevious && previous?.status !== 'FAILED')
    throw DomainError.validation([{ field: 'method', code: 'SINGLE_SOURCE_NEEDS_FAILED_PROCUREMENT' }]);
}

export function assertTermDays(termDays: number): void {
  if (!Number.isInteger(termDays) || termDays < MIN_TERM_DAYS || termDays > MAX_TERM_DAYS)
    throw DomainError.validation([{ field: 'termDays', code: 'OUT_OF_RANGE' }]);
}

export interface ServiceDateInput {
  status: ProcurementStatus;
  method: ProcurementMethod | null;
  createdAt: Date;
  submittedAt: Date | null;
}

export interface ServiceDateRules {
  /** A DRAFT is expected to be submitted within this many days (PROCUREMENT_ESCALATION_DAYS). */
  escalationDays: number;
  /** Days from the award until the supplier's vehicles run (PROCUREMENT_ONBOARDING_DAYS). */
  onboardingDays: number;
}

/**
 * The local date from which service is expected, for the rider's honest message: a DRAFT is
 * counted as submitted by its escalation deadline; then the method's usual duration; then the
 * supplier's onboarding. Never earlier than tomorrow. Null once the request is final.
 */
export function expectedServiceDate(
  r: ServiceDateInput,
  rules: ServiceDateRules,
  now: Date,
): LocalDate | null {
  if (r.status === 'AWARDED' || r.status === 'FAILED' || r.status === 'CANCELLED') return null;
  const method = r.method ?? DEFAULT_ESTIMATE_METHOD;
  const submitted =
    r.status === 'DRAFT'
      ? addDaysToLocalDate(localDateOf(r.createdAt), rules.escalationDays)
      : localDateOf(r.submittedAt ?? now);
  const expected = addDaysToLocalDate(submitted, METHOD_RULES[method].typicalDays + rules.onboardingDays);
  const tomorrow = addDaysToLocalDate(localDateOf(now), 1);
  return expected > tomorrow ? expected : tomorrow;
}
