import { forbid, inRegion, type Principal } from '@invataxi/auth';

/** The provider facts a scope rule needs. */
export interface ScopedProvider {
  id: string;
  regionKato: string;
}

/**
 * Who may read a provider: its own admins and dispatchers (provider claim), or the LEB officer
 * or a regional dispatch centre of its region (region claim).
 */
export function assertMayReadProvider(p: Principal, provider: ScopedProvider): void {
  if (p.providerId) {
    if (p.providerId !== provider.id) forbid('provider');
    return;
  }
  if (!inRegion(p, provider.regionKato)) forbid('region');
}
