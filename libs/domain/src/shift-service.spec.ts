import { message } from './messages';
import { shiftNotInService } from './shift-service';

const open = { status: 'PLANNED', vehicleStatus: 'ACTIVE', driverStatus: 'ACTIVE' };

describe('shiftNotInService (issue 18, F9)', () => {
  it('an open shift of an active vehicle and driver takes rides', () => {
    expect(shiftNotInService(open)).toBeNull();
    expect(shiftNotInService({ ...open, status: 'ACTIVE' })).toBeNull();
  });

  it("a vehicle sent for repair refuses, with the provider's words", () => {
    const why = shiftNotInService({
      ...open,
      vehicleStatus: 'OUT_OF_SERVICE',
      vehicleStatusReason: 'Сломался подъёмник',
    });
    expect(why).toEqual({
      code: 'VEHICLE_OUT_OF_SERVICE',
      key: 'ROUTE_VEHICLE_OUT_OF_SERVICE_NOTE',
      note: 'Сломался подъёмник',
    });
    const text = message(why!.key, 'ru', { plate: '101AAA01', note: why!.note! });
    expect(text).toContain('101AAA01');
    expect(text).toContain('Сломался подъёмник');
  });

  it('a cancelled shift, a closed one and a suspended driver refuse; system codes are not shown as words', () => {
    expect(
      shiftNotInService({ ...open, status: 'CANCELLED', statusReason: 'Водитель заболел' }),
    ).toMatchObject({
      code: 'SHIFT_NOT_OPEN',
      key: 'ROUTE_SHIFT_CANCELLED_NOTE',
      note: 'Водитель заболел',
    });
    expect(shiftNotInService({ ...open, status: 'CLOSED', statusReason: 'BREAKDOWN' })).toMatchObject({
      key: 'ROUTE_SHIFT_CLOSED',
      note: null,
    });
    expect(shiftNotInService({ ...open, driverStatus: 'INACTIVE' })).toMatchObject({
      code: 'DRIVER_INACTIVE',
    });
    expect(
      shiftNotInService({
        ...open,
        vehicleStatus: 'OUT_OF_SERVICE',
        vehicleStatusReason: 'VEHICLE_OUT_OF_SERVICE',
      })?.note,
    ).toBeNull();
  });

  it('a breakdown or an absent driver says so, started (CLOSED) or not (CANCELLED) (walk t23)', () => {
    for (const status of ['CLOSED', 'CANCELLED']) {
      const why = shiftNotInService({ ...open, status, statusReason: 'VEHICLE_BREAKDOWN' });
      expect(why).toEqual({ code: 'SHIFT_NOT_OPEN', key: 'ROUTE_VEHICLE_BROKE_DOWN', note: null });
      expect(message(why!.key, 'en', { plate: '101AAA01' })).toBe(
        'Vehicle 101AAA01 broke down: no ride can be put on it. Choose another vehicle.',
      );
      expect(shiftNotInService({ ...open, status, statusReason: 'DRIVER_ABSENT' })?.key).toBe(
        'ROUTE_DRIVER_ABSENT',
      );
    }
  });
});
