import { DomainError, katoCovers } from '@invataxi/domain';
import type { Principal } from './principal';

/**
 * Scope rules: pure functions the services call once they know the record. A refusal is a
 * FORBIDDEN domain error, which the API maps to 403.
 */

/** The principal's region (a KATO subtree) contains the code. */
export function inRegion(p: Principal, kato: string): boolean {
  return !!p.regionKato && katoCovers(p.regionKato, kato);
}

export function assertRegion(p: Principal, kato: string): void {
  if (!inRegion(p, kato)) throw new DomainError('FORBIDDEN', { scope: 'region' });
}

export function assertProvider(p: Principal, providerId: string): void {
  if (p.providerId !== providerId) throw new DomainError('FORBIDDEN', { scope: 'provider' });
}

export function forbid(scope: string): never {
  throw new DomainError('FORBIDDEN', { scope });
}
