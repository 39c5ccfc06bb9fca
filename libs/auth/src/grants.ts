import { katoCovers, type Role } from '@invataxi/domain';
import type { Principal } from './principal';

/** The role and scope an invitation (or a role change) would give someone. */
export interface Grant {
  role: Role;
  regionKato?: string | null;
  providerId?: string | null;
  /** The provider's region, looked up by the caller when providerId is set. */
  providerRegionKato?: string | null;
  driverId?: string | null;
  /** The driver record's provider, looked up by the caller when driverId is set. */
  driverProviderId?: string | null;
}

/**
 * Who may give whom a staff role (issue 19, "staff by invitation only"):
 * - ADMIN (national): LEB officers of any region, ministry analysts, other administrators;
 * - LEB_OFFICER: provider admins and dispatchers of a provider in their region, and the region's
 *   own dispatchers (a region inside theirs);
 * - PROVIDER_ADMIN: their provider's dispatchers and drivers (a driver record of their provider).
 * Riders and guardians are never invited: they sign in with their phone.
 * Answers the reason of a refusal, or null when allowed.
 */
export function refuseGrant(actor: Principal, g: Grant): string | null {
  switch (actor.role) {
    case 'ADMIN':
      if (g.role === 'LEB_OFFICER') return g.regionKato ? null : 'region required';
      if (g.role === 'MINISTRY_ANALYST' || g.role === 'ADMIN') return null;
      return 'role not granted by an administrator';
    case 'LEB_OFFICER': {
      const mine = (kato: string | null | undefined) =>
        !!kato && !!actor.regionKato && katoCovers(actor.regionKato, kato);
      if (g.role === 'PROVIDER_ADMIN')
        return g.providerId && mine(g.providerRegionKato) ? null : 'provider outside the region';
      if (g.role === 'DISPATCHER') {
        if (g.providerId) return mine(g.providerRegionKato) ? null : 'provider outside the region';
        return mine(g.regionKato) ? null : 'region outside the region';
      }
      return 'role not granted by an LEB officer';
    }
    case 'PROVIDER_ADMIN':
      if (!actor.providerId || g.providerId !== actor.providerId) return 'another provider';
      if (g.role === 'DISPATCHER') return null;
      if (g.role === 'DRIVER')
        return g.driverId && g.driverProviderId === actor.providerId ? null : 'driver of another provider';
      return 'role not granted by a provider admin';
    default:
      return 'role may not grant roles';
  }
}

/** May the actor manage (list, disable, change) a user holding this grant? Same rule as granting it. */
export function mayManage(actor: Principal, holder: Grant): boolean {
  return refuseGrant(actor, holder) === null;
}
