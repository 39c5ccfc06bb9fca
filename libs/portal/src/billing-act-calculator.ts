// The monthly act's arithmetic, kept pure so it can be checked by hand: per provider, region
// and month, each completed ride priced at the contract tariff in force on its date (per trip
// + per km, whole tenge), no-shows listed apart, cancellations never in the act.
import { ridePrice, tariffOn } from '@invataxi/domain';
import type { PortalActLine } from './contract';

/** The one price formula lives with the domain's tariff rules (the reports price rides with it too). */
export { ridePrice };

export interface ActRide {
  bookingId: string;
  portalOrderId: string | null;
  status: 'COMPLETED' | 'NO_SHOW';
  /** Local date the ride was due (YYYY-MM-DD): picks the contract in force. */
  serviceDate: string;
  plannedPickupAt: Date | null;
  actualPickupAt: Date | null;
  actualDropoffAt: Date | null;
  /** The planned (direct) distance. */
  plannedMetres: number;
  actualMetres: number | null;
}

export interface ActTariff {
  tariffPerTrip: number;
  tariffPerKm: number;
  validFrom: string;
  /** Null: open-ended. */
  validTo: string | null;
}

export interface ActTotals {
  completedTrips: number;
  noShows: number;
  plannedMetres: number;
  actualMetres: number;
  amountTenge: number;
  lines: PortalActLine[];
}

export type ActComputation = { ok: true; totals: ActTotals } | { ok: false; unpriced: string[] };

/**
 * The act's lines and totals. A no-show is listed with amount 0: the contract (provider_contract)
 * carries no no-show fee. A ride on a day no contract covers cannot be priced: the act is not
 * produced and those rides are named, so the officer fixes the contract first.
 */
export function computeAct(rides: readonly ActRide[], tariffs: readonly ActTariff[]): ActComputation {
  const lines: PortalActLine[] = [];
  const unpriced: string[] = [];
  let completedTrips = 0;
  let noShows = 0;
  let plannedMetres = 0;
  let actualMetres = 0;
  let amountTenge = 0;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const ordered = [...rides].sort(
    (a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.bookingId.localeCompare(b.bookingId),
  );
  for (const r of ordered) {
    const t = tariffOn(tariffs, r.serviceDate);
    if (!t) {
      unpriced.push(r.bookingId);
      continue;
    }
    const completed = r.status === 'COMPLETED';
    const amount = completed ? ridePrice(t, r.actualMetres ?? r.plannedMetres) : 0;
    if (completed) {
      completedTrips++;
      plannedMetres += r.plannedMetres;
      actualMetres += r.actualMetres ?? 0;
      amountTenge += amount;
    } else noShows++;
    lines.push({
      kind: completed ? 'COMPLETED' : 'NO_SHOW',
      bookingId: r.bookingId,
      portalOrderId: r.portalOrderId,
      pickupAt: iso(r.actualPickupAt),
      dropoffAt: iso(r.actualDropoffAt),
      plannedPickupAt: iso(r.plannedPickupAt),
      plannedMetres: r.plannedMetres,
      actualMetres: r.actualMetres,
      tariffPerTrip: t.tariffPerTrip,
      tariffPerKm: t.tariffPerKm,
      amountTenge: amount,
    });
  }
  if (unpriced.length > 0) return { ok: false, unpriced };
  return { ok: true, totals: { completedTrips, noShows, plannedMetres, actualMetres, amountTenge, lines } };
}
