// What one status update tells the Portal, from the booking row, the version's history entry and
// its shift's crew: no database, no Portal.
import { BookingEntity, type ShiftCrewRow, type StatusAtVersion } from '@invataxi/persistence';
import { statusUpdate } from './portal-status.processor';

const pickup = new Date('2026-12-08T04:00:00Z');
const booking = Object.assign(new BookingEntity(), {
  id: '11111111-1111-4111-8111-111111111111',
  portalOrderId: 'PO-1',
  version: 6,
  plannedPickupAt: pickup,
  plannedDropoffAt: new Date('2026-12-08T04:30:00Z'),
  actualPickupAt: null,
  actualDropoffAt: null,
  lateCancellation: true,
});
const crew: ShiftCrewRow = {
  shiftId: 's1',
  plate: '123ABC01',
  model: 'Ford Transit',
  hasRamp: true,
  hasLift: false,
  wheelchairPlaces: 2,
  driverFirstName: 'Ерлан',
};
const at = (version: number, status: StatusAtVersion['status'], shiftId: string | null): StatusAtVersion => ({
  version,
  status,
  reason: status === 'CANCELLED' ? 'RIDER_CANCELLED' : null,
  shiftId,
  times: null,
  at: new Date('2026-12-07T10:00:00Z'),
});

describe('a Portal status update', () => {
  it('names the vehicle and the driver by first name once the version stands on a shift, and gives the ETA only en route', () => {
    const enRoute = statusUpdate(booking, at(4, 'EN_ROUTE', 's1'), crew);
    expect(enRoute).toMatchObject({
      orderId: 'PO-1',
      version: 4,
      vehicle: { plate: '123ABC01', model: 'Ford Transit', ramp: true, lift: false, wheelchairPlaces: 2 },
      driver: { firstName: 'Ерлан' },
      etaAt: pickup.toISOString(),
      plannedPickupAt: pickup.toISOString(),
      lateCancellation: false,
    });
    expect(statusUpdate(booking, at(2, 'ACCEPTED', null), undefined)).toMatchObject({
      vehicle: null,
      driver: null,
      etaAt: null,
    });
  });

  it("sends a version's own times where the history recorded them, else the booking's current ones", () => {
    const earlier = '2026-12-08T03:50:00.000Z';
    const recorded = {
      ...at(3, 'SCHEDULED', 's1'),
      times: {
        plannedPickupAt: earlier,
        plannedDropoffAt: null,
        actualPickupAt: null,
        actualDropoffAt: null,
      },
    };
    expect(statusUpdate(booking, recorded, crew)).toMatchObject({
      plannedPickupAt: earlier,
      plannedDropoffAt: null,
    });
    expect(statusUpdate(booking, { ...recorded, status: 'EN_ROUTE' }, crew).etaAt).toBe(earlier);
    expect(statusUpdate(booking, at(3, 'SCHEDULED', 's1'), crew)).toMatchObject({
      plannedPickupAt: pickup.toISOString(),
      plannedDropoffAt: '2026-12-08T04:30:00.000Z',
    });
  });

  it('carries the late-cancellation flag and the reason code on the CANCELLED version only', () => {
    expect(statusUpdate(booking, at(6, 'CANCELLED', 's1'), crew)).toMatchObject({
      reason: 'RIDER_CANCELLED',
      lateCancellation: true,
      etaAt: null,
    });
    expect(statusUpdate(booking, at(3, 'SCHEDULED', 's1'), crew).lateCancellation).toBe(false);
  });
});
