import { DomainError } from '@invataxi/domain';

/**
 * A unique or exclusion violation (23505, 23P01) on a known constraint, as a CONFLICT the
 * caller can read (`reason`), instead of the generic 409 the error filter would give.
 */
export function asConflict(e: unknown, reasons: Readonly<Record<string, string>>): unknown {
  const d = (e as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  if (!d || (d.code !== '23505' && d.code !== '23P01') || !d.constraint) return e;
  const reason = reasons[d.constraint];
  return reason ? new DomainError('CONFLICT', { reason }) : e;
}
