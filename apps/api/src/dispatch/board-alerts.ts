import {
  AWAITING_VEHICLE_STATUSES,
  compareReturnedRides,
  QUOTA_COUNTED_STATUSES,
  shiftNotInService,
  type BookingStatus,
  type DispatchAlertKind,
  type ServicePolicyRules,
  type TripPurpose,
} from '@invataxi/domain';
import type { DispatchAlertRideRow } from '@invataxi/persistence';
import { scopeHasPlace, type ConsoleScope } from './console-scope';

/** One ride of an alert, for the dispatcher who must find it a vehicle. */
export interface BoardAlertRide {
  bookingId: string;
  status: string;
  purpose: string;
  riderName: string;
  pickupEarliest: string;
  pickupLatest: string;
  wheelchair: boolean;
  /** Still without a vehicle (waiting, waitlisted or awaiting procurement). */
  waiting: boolean;
  /** Once placed again: the new vehicle's plate and the planned pickup. */
  vehiclePlate: string | null;
  plannedPickupAt: string | null;
}

/** Rides sent back to dispatch together: why, from which vehicle, and in the order to act on them. */
export interface BoardAlert {
  id: string;
  kind: DispatchAlertKind;
  shiftId: string;
  /** The plate of the vehicle that could not serve them. */
  vehiclePlate: string;
  createdAt: string;
  /** The region policy's priority first (purpose tier), then the earliest pickup. */
  rides: BoardAlertRide[];
  /** How many of them still wait for a vehicle. */
  waiting: number;
  /** How many are on other vehicles now, and how many are back on this one (after an undo). */
  elsewhere: number;
  backOnVehicle: number;
  /** The breakdown was undone: the vehicle is back in service. */
  undone: boolean;
}

/**
 * The alerts a console scope sees (issue 18; walk t22 m2): a provider's dispatcher, only its own
 * vehicles' (all their rides), never another provider's, even with rides in its service area
 * (those it can take are in its list of rides waiting for a vehicle); a region's dispatcher, the
 * rides picked up in the region. Rides in the order of the region's priority.
 */
export async function boardAlerts(
  rows: readonly DispatchAlertRideRow[],
  scope: ConsoleScope,
  policyOf: (regionKato: string) => Promise<Pick<ServicePolicyRules, 'purposePriorityTiers'>>,
  /** The service's clock: an alert's time is said on it (the demo's clock runs ahead of the database's). */
  now: Date,
): Promise<BoardAlert[]> {
  const byAlert = new Map<string, DispatchAlertRideRow[]>();
  // A ride sent back twice (its new vehicle failed too) belongs to the newest alert only: an
  // older one does not reopen for it (walk F23). Rows come newest alert first.
  const newest = new Map<string, string>();
  for (const r of rows) if (!newest.has(r.bookingId)) newest.set(r.bookingId, r.alertId);
  for (const r of rows) {
    if (!alertInScope(scope, r)) continue;
    const list = byAlert.get(r.alertId) ?? [];
    list.push(r);
    byAlert.set(r.alertId, list);
  }
  const out: BoardAlert[] = [];
  // One line per vehicle for undone breakdowns: an older one of the same shift, settled, goes
  // (three breakdown/undo cycles left three alerts, walk t18 finding 3). Rows come newest first.
  const newestOfShift = new Map<string, string>();
  for (const r of rows) if (!newestOfShift.has(r.shiftId)) newestOfShift.set(r.shiftId, r.alertId);
  for (const list of byAlert.values()) {
    const first = list[0]!;
    const { purposePriorityTiers: tiers } = await policyOf(first.regionKato);
    const ordered = [...list].sort((a, b) =>
      compareReturnedRides(
        { id: a.bookingId, purpose: a.purpose as TripPurpose, pickupEarliest: a.pickupEarliest },
        { id: b.bookingId, purpose: b.purpose as TripPurpose, pickupEarliest: b.pickupEarliest },
        tiers,
      ),
    );
    const rides = ordered.map((r): BoardAlertRide => {
      // Cancelled, rejected or expired: nobody waits for a vehicle any more.
      const over = !QUOTA_COUNTED_STATUSES.includes(r.status as BookingStatus);
      // On a shift that cannot carry it (vehicle in repair...): it still has no vehicle (walk F9).
      const stranded =
        r.nowShiftId !== null &&
        !over &&
        shiftNotInService({
          status: r.nowShiftStatus ?? 'CANCELLED',
          vehicleStatus: r.nowVehicleStatus ?? 'OUT_OF_SERVICE',
          driverStatus: r.nowDriverStatus ?? 'INACTIVE',
        }) !== null;
      return {
        bookingId: r.bookingId,
        status: r.status,
        purpose: r.purpose,
        riderName: r.riderName,
        pickupEarliest: r.pickupEarliest.toISOString(),
        pickupLatest: r.pickupLatest.toISOString(),
        wheelchair: r.wheelchairPlaces > 0,
        waiting:
          newest.get(r.bookingId) === r.alertId &&
          (stranded ||
            (r.nowShiftId === null && AWAITING_VEHICLE_STATUSES.includes(r.status as BookingStatus))),
        // A cancelled ride keeps its old shift id: it is not "placed" there (walk F23).
        vehiclePlate: over || stranded ? null : r.nowPlate,
        plannedPickupAt: over || stranded ? null : (r.plannedPickupAt?.toISOString() ?? null),
      };
    });
    const waiting = rides.filter((r) => r.waiting).length;
    const undone = first.undoneAt !== null;
    if (undone && waiting === 0 && newestOfShift.get(first.shiftId) !== first.alertId) continue;
    const placed = ordered.filter((r, i) => rides[i]!.vehiclePlate !== null);
    out.push({
      id: first.alertId,
      kind: first.kind,
      shiftId: first.shiftId,
      vehiclePlate: first.vehiclePlate,
      createdAt: new Date(now.getTime() - Math.max(0, first.ageSeconds) * 1000).toISOString(),
      rides,
      waiting,
      elsewhere: placed.filter((r) => r.nowShiftId !== first.shiftId).length,
      backOnVehicle: placed.filter((r) => r.nowShiftId === first.shiftId).length,
      undone,
    });
  }
  return out;
}

/** Whether a console scope sees this ride of an alert: its own provider's, or its region's. */
export function alertInScope(
  scope: ConsoleScope,
  r: Pick<DispatchAlertRideRow, 'providerId' | 'pickupKato'>,
): boolean {
  return scope.kind === 'provider' ? scope.providerId === r.providerId : scopeHasPlace(scope, r.pickupKato);
}
