// Whether a shift can take a ride at all (issue 18, walk F9): a vehicle sent for repair keeps
// its planned shifts, and a suspended driver's too, so the shift's own status is not enough.
// The dispatcher's console refuses such a shift in words (the plate and why), the same rule the
// worker's SQL applies when it looks for vehicles (shift open, vehicle and driver ACTIVE).
import type { RouteMessageKey } from './route-messages';

export interface ShiftServiceFacts {
  status: string;
  statusReason?: string | null;
  vehicleStatus: string;
  vehicleStatusReason?: string | null;
  driverStatus: string;
}

/** Why the shift takes no ride: the route message to say ({plate}, {note}), and the provider's own words if any. */
export interface NotInService {
  code: 'SHIFT_NOT_OPEN' | 'VEHICLE_OUT_OF_SERVICE' | 'DRIVER_INACTIVE';
  key: RouteMessageKey;
  /** Free text the provider gave ("the lift broke"): shown as given, never a code. */
  note: string | null;
}

const noteOf = (s: string | null | undefined): string | null => {
  const t = s?.trim() ?? '';
  // Reasons the system writes itself are codes (BREAKDOWN...): not words for a person.
  return t && !/^[A-Z_]+$/.test(t) ? t : null;
};

/** Null when the shift can take rides; else why not, the vehicle first (it is what a dispatcher sees). */
export function shiftNotInService(s: ShiftServiceFacts): NotInService | null {
  // A breakdown or an absent driver (POST /dispatch/shifts/:id/breakdown) says so, whether the
  // shift had started (CLOSED) or not (CANCELLED): "closed" or "cancelled" hid why (walk t23).
  if ((s.status === 'CANCELLED' || s.status === 'CLOSED') && s.statusReason === 'VEHICLE_BREAKDOWN')
    return { code: 'SHIFT_NOT_OPEN', key: 'ROUTE_VEHICLE_BROKE_DOWN', note: null };
  if ((s.status === 'CANCELLED' || s.status === 'CLOSED') && s.statusReason === 'DRIVER_ABSENT')
    return { code: 'SHIFT_NOT_OPEN', key: 'ROUTE_DRIVER_ABSENT', note: null };
  if (s.status === 'CANCELLED') {
    const note = noteOf(s.statusReason);
    return {
      code: 'SHIFT_NOT_OPEN',
      key: note ? 'ROUTE_SHIFT_CANCELLED_NOTE' : 'ROUTE_SHIFT_CANCELLED',
      note,
    };
  }
  if (s.status !== 'PLANNED' && s.status !== 'ACTIVE')
    return { code: 'SHIFT_NOT_OPEN', key: 'ROUTE_SHIFT_CLOSED', note: null };
  if (s.vehicleStatus !== 'ACTIVE') {
    const note = noteOf(s.vehicleStatusReason);
    return {
      code: 'VEHICLE_OUT_OF_SERVICE',
      key: note ? 'ROUTE_VEHICLE_OUT_OF_SERVICE_NOTE' : 'ROUTE_VEHICLE_OUT_OF_SERVICE',
      note,
    };
  }
  if (s.driverStatus !== 'ACTIVE')
    return { code: 'DRIVER_INACTIVE', key: 'ROUTE_DRIVER_INACTIVE', note: null };
  return null;
}
