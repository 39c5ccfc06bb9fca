// Why a ride waits when no vehicle can even be tried (walk F10/F17): "no vehicle works at that
// time" was said to a lift user while four vehicles worked and none of them had a lift. The
// reason must be what is true, so the rider and the dispatcher know what would help.
import type { StatusReason } from './status-reasons';

export function noVehicleReason(x: {
  /** A shift works in the pickup's area at that time, whatever its vehicle carries. */
  anyShiftWorks: boolean;
  /** The vehicle features the ride needs (RAMP, LIFT, WHEELCHAIR_RESTRAINTS, STEP_FREE). */
  features: readonly string[];
  wheelchairPlaces: number;
}): StatusReason {
  if (!x.anyShiftWorks) return 'NO_SHIFT_AVAILABLE';
  if (x.features.includes('LIFT')) return 'NO_LIFT_VEHICLE';
  if (x.features.length > 0 || x.wheelchairPlaces > 0) return 'NO_WHEELCHAIR_VEHICLE';
  return 'NO_VEHICLE_WITH_PLACES';
}
