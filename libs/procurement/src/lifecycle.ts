// The procurement request's lifecycle (DESIGN.md, "procurement request"), as one table like the
// booking's: DRAFT -> SUBMITTED -> PUBLISHED -> AWARDED | FAILED | CANCELLED. A FAILED request is
// final: resubmission (e.g. single source, Law No. 106-VIII) is a new request that points back
// to it (previous_request_id), so the record of the failed procurement is never rewritten.
import { DomainError, type ProcurementStatus } from '@invataxi/domain';

export const PROCUREMENT_TRANSITIONS: { readonly [S in ProcurementStatus]: readonly ProcurementStatus[] } = {
  // The officer reviews, picks the method and the term, and submits; or drops the request.
  DRAFT: ['SUBMITTED', 'CANCELLED'],
  // Sent to the procurement system; the officer may still withdraw it until the lot is published.
  SUBMITTED: ['PUBLISHED', 'CANCELLED'],
  // The lot is public: only the procurement system decides now (a contract or no bids).
  PUBLISHED: ['AWARDED', 'FAILED'],
  AWARDED: [],
  FAILED: [],
  CANCELLED: [],
};

export function canTransitionProcurement(from: ProcurementStatus, to: ProcurementStatus): boolean {
  return PROCUREMENT_TRANSITIONS[from].includes(to);
}

/** Throws ILLEGAL_TRANSITION {entity: procurement_request, from, to} when the table forbids it. */
export function assertProcurementTransition(from: ProcurementStatus, to: ProcurementStatus): void {
  if (!canTransitionProcurement(from, to))
    throw new DomainError('ILLEGAL_TRANSITION', { entity: 'procurement_request', from, to });
}

export function isFinalProcurementStatus(status: ProcurementStatus): boolean {
  return PROCUREMENT_TRANSITIONS[status].length === 0;
}

/** A request that can still become a contract: the escalation rule watches the first two. */
export const OPEN_PROCUREMENT_STATUSES: readonly ProcurementStatus[] = ['DRAFT', 'SUBMITTED', 'PUBLISHED'];
