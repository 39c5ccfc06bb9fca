// The monthly act's arithmetic, kept pure so it can be checked by hand: per provider, region
// and month, each completed ride priced at the contract tariff in force on its date (per trip
// + per km, whole tenge), no-shows listed apart, cancellations never in the act.
import type { PortalActLine } from './contract';

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

function tariffOn(tariffs: readonly ActTariff[], date: string): ActTariff | null {
  return tariffs.find((t) => t.validFrom <= date && (t.validTo === null || date <= t.validTo)) ?? null;
}

/**
 * Price of one completed ride: the trip fee plus the per-km fee on the distance driven (the
 * planned distance when the actual one was not recorded), rounded to whole tenge per ride, so
 * each line of the act is a whole amount and the total is their sum.
 */
export function ridePrice(t: Pick<ActTariff, 'tariffPerTrip' | 'tariffPerKm'>, metres: number): number {
  return t.tariffPerTrip + Math.round((t.tariffPerKm * metres) / 1000);
}

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
