import { message } from './messages';
import { noVehicleReason } from './waitlist-reason';

describe('noVehicleReason (issue 18, walk F10/F17)', () => {
  it('says no vehicle works only when none does', () => {
    expect(noVehicleReason({ anyShiftWorks: false, features: ['LIFT'], wheelchairPlaces: 1 })).toBe(
      'NO_SHIFT_AVAILABLE',
    );
  });

  it('names what the working vehicles lack: a lift, step-free boarding, the places', () => {
    const lift = noVehicleReason({
      anyShiftWorks: true,
      features: ['STEP_FREE', 'LIFT'],
      wheelchairPlaces: 1,
    });
    expect(lift).toBe('NO_LIFT_VEHICLE');
    expect(message(lift, 'ru')).toMatch(/подъёмник/);
    expect(message(lift, 'ru')).not.toMatch(/нет работающих машин/);
    expect(noVehicleReason({ anyShiftWorks: true, features: ['STEP_FREE'], wheelchairPlaces: 1 })).toBe(
      'NO_WHEELCHAIR_VEHICLE',
    );
    expect(noVehicleReason({ anyShiftWorks: true, features: [], wheelchairPlaces: 0 })).toBe(
      'NO_VEHICLE_WITH_PLACES',
    );
  });
});
