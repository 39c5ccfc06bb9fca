import { DomainError, type ConflictReason } from '@invataxi/domain';

/**
 * A CONFLICT (409) that says why: the reason code reaches the client in the body's `reasons`
 * (the error filter renders params.reasons), e.g. VEHICLE_SHIFT_OVERLAP.
 */
export function conflict(reason: ConflictReason, field?: string): DomainError {
  return new DomainError('CONFLICT', { reasons: [field ? { code: reason, field } : reason] });
}

/**
 * A unique or exclusion violation (23505, 23P01) on a known constraint, as a conflict with its
 * reason, instead of the generic 409 the error filter would give.
 */
export function asConflict(e: unknown, reasons: Readonly<Record<string, ConflictReason>>): unknown {
  const d = (e as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  if (!d || (d.code !== '23505' && d.code !== '23P01') || !d.constraint) return e;
  const reason = reasons[d.constraint];
  return reason ? conflict(reason) : e;
}
