import type { EntityManager } from 'typeorm';
import type { CoverageRepository } from '@invataxi/persistence';
import { forbid, inRegion, type Principal } from '@invataxi/auth';
import { DomainError, isValidKato, katoCovers } from '@invataxi/domain';

/**
 * Whose work a console user sees and moves: a dispatcher with a provider claim, that provider's
 * shifts (and bookings in its service area); a dispatcher or LEB officer with a region claim,
 * the region (a KATO subtree).
 */
export type ConsoleScope =
  { kind: 'provider'; providerId: string; areas: string[] } | { kind: 'region'; regionKato: string };

export async function consoleScope(
  m: EntityManager,
  coverage: CoverageRepository,
  p: Principal,
  region?: string,
): Promise<ConsoleScope> {
  if (p.role === 'DISPATCHER' && p.providerId) {
    const areas = await coverage.serviceAreaOf(m, p.providerId);
    return { kind: 'provider', providerId: p.providerId, areas };
  }
  if ((p.role === 'DISPATCHER' || p.role === 'LEB_OFFICER') && p.regionKato) {
    const r = region ?? p.regionKato;
    if (!isValidKato(r)) throw DomainError.validation([{ field: 'region', code: 'KATO_INVALID' }]);
    if (!inRegion(p, r)) forbid('region');
    return { kind: 'region', regionKato: r };
  }
  return forbid('scope');
}

/** May the scope act on a shift of this provider starting in this place? */
export function scopeHasShift(
  s: ConsoleScope,
  shift: { providerId: string; startKato: string; providerRegion: string },
): boolean {
  if (s.kind === 'provider') return shift.providerId === s.providerId;
  return katoCovers(s.regionKato, shift.startKato) || katoCovers(s.regionKato, shift.providerRegion);
}

/** May the scope move a booking picked up here? */
export function scopeHasPlace(s: ConsoleScope, pickupKato: string): boolean {
  if (!isValidKato(pickupKato)) return false;
  if (s.kind === 'provider') return s.areas.some((a) => isValidKato(a) && katoCovers(a, pickupKato));
  return katoCovers(s.regionKato, pickupKato);
}

/**
 * Whether a provider's dispatcher following the region's board may be told this event (walk t22
 * m2: they heard another provider's breakdown): an alert of their own vehicles; a vehicle's
 * position or route of their own shift; a ride's status on their shift or picked up in their
 * area. A region's dispatcher hears the whole region.
 */
export function liveEventInScope(
  s: ConsoleScope,
  ev: { type?: string; alertId?: string; shiftId?: string; bookingId?: string },
  owners: { alertProvider: string | null; shiftProvider: string | null; pickupKato: string | null },
): boolean {
  if (s.kind === 'region') return true;
  if (ev.alertId) return owners.alertProvider === s.providerId;
  if (ev.shiftId && owners.shiftProvider === s.providerId) return true;
  if (ev.bookingId) return owners.pickupKato !== null && scopeHasPlace(s, owners.pickupKato);
  // A route change named by no shift (a day's plan): only that the board should reload.
  return !ev.shiftId;
}
