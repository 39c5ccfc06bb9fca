import { inRegion, type Principal } from '@invataxi/auth';
import { DomainError, katoPrefix } from '@invataxi/domain';
import type { Actor } from '@invataxi/persistence';

/** The audit's actor for a signed-in user and the request that carried the act. */
export function actorOf(p: Principal, requestId: unknown): Actor {
  return { userId: p.userId, role: p.role, requestId: typeof requestId === 'string' ? requestId : null };
}

/** LEB officers act only in their region; analysts read everything (and never write). */
export function assertCanRead(p: Principal, regionKato: string): void {
  if (p.role === 'MINISTRY_ANALYST') return;
  if (p.role === 'LEB_OFFICER' && inRegion(p, regionKato)) return;
  throw new DomainError('FORBIDDEN', { scope: 'region' });
}

export function assertCanAct(p: Principal, regionKato: string): void {
  if (p.role === 'LEB_OFFICER' && inRegion(p, regionKato)) return;
  throw new DomainError('FORBIDDEN', { scope: 'region' });
}

/**
 * The KATO prefix a list is limited to: the officer's own region subtree; for an analyst the
 * region asked for, or null for the whole country.
 */
export function listPrefix(p: Principal, asked: string | undefined): string | null {
  if (p.role === 'LEB_OFFICER') {
    if (!p.regionKato) throw new DomainError('FORBIDDEN', { scope: 'region' });
    if (asked && !inRegion(p, asked)) throw new DomainError('FORBIDDEN', { scope: 'region' });
    return katoPrefix(asked ?? p.regionKato);
  }
  return asked ? katoPrefix(asked) : null;
}
