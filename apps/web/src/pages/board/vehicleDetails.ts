import type { TFunction } from 'i18next';
import type { Schema } from '../../api/client';

type BoardShift = Schema<'BoardShift'>;
type Vehicle = Schema<'VehicleView'>;

/**
 * A vehicle as the picker offers it (issue 23): whose it is, what it carries and has, and how
 * full its route already is ("ТОО Инватакси · ramp, wheelchair restraints · seats 4, wheelchair
 * places 1 · on the route: rides 5, most at once: seats 3, wheelchair places 1").
 */
export function vehicleDetails(
  shift: BoardShift | undefined,
  vehicle: Vehicle | undefined,
  t: TFunction,
): string {
  const parts: string[] = [];
  if (shift?.providerName) parts.push(shift.providerName);
  if (vehicle) {
    const equipment = [
      vehicle.hasRamp ? t('fleet.ramp') : null,
      vehicle.hasLift ? t('fleet.lift') : null,
      vehicle.hasRestraints ? t('fleet.restraints') : null,
    ].filter((x): x is string => !!x);
    parts.push(
      t('board.picker.equipment', {
        list: equipment.length ? equipment.join(', ') : t('fleet.noEquipment'),
      }),
    );
    parts.push(t('fleet.layout', { seats: vehicle.seats, wheelchairs: vehicle.wheelchairPlaces }));
  }
  if (shift)
    parts.push(
      t('board.picker.load', {
        rides: shift.load.rides,
        seats: shift.load.peakSeats,
        wheelchairs: shift.load.peakWheelchairPlaces,
      }),
    );
  return parts.join(' · ');
}
