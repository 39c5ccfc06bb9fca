import { localDateTimeToUtc } from '@invataxi/domain';
import {
  fleetVariant,
  sizeFleet,
  sizeFleetMix,
  vehiclesOf,
  type Depot,
  type VehicleKind,
} from './fleet-variant';
import { A, B, C, DAY, WHEELCHAIR, car, input, request, van } from './whatif.fixture';

const VAN: VehicleKind = {
  seats: 1,
  wheelchairPlaces: 1,
  hasRamp: true,
  hasLift: false,
  hasRestraints: true,
};
const depots: Depot[] = [
  {
    lat: 51.132,
    lon: 71.43,
    kato: '711210000',
    districtKato: '711210000',
    providerId: 'provider-1',
    serviceArea: ['710000000'],
  },
  {
    lat: 51.128,
    lon: 71.43,
    kato: '711210000',
    districtKato: '711210000',
    providerId: 'provider-2',
    serviceArea: ['710000000'],
  },
];
// Thursday 10 December 2026: the working days of that week and the next.
const weekdays = {
  from: DAY,
  to: '2026-12-16',
  weekdays: [1, 2, 3, 4, 5],
  startTime: '07:00',
  endTime: '19:00',
};

describe('fleet variant', () => {
  it('takes vehicles of a layout away with all their shifts, and adds vehicles on a shift pattern', () => {
    const base = [van, { ...car, id: 'car-tomorrow', vehicleId: 'car' }, { ...car, vehicleId: 'car' }];
    expect(
      fleetVariant(base, { remove: [{ count: 1, seats: 1, wheelchairPlaces: 1 }] }).map((s) => s.id),
    ).toEqual(['car-tomorrow', 'car']);
    expect(
      fleetVariant(base, { remove: [{ count: 5, seats: 1, wheelchairPlaces: 0 }] }).map((s) => s.id),
    ).toEqual(['van']);
    const added = fleetVariant([], { add: [{ count: 2, kind: VAN, pattern: weekdays, depots }] });
    // Thu, Fri, Mon, Tue, Wed for each of the two vans, from the depots in turn.
    expect(added).toHaveLength(10);
    expect(new Set(added.map((s) => s.vehicleId))).toEqual(new Set(['added-0-0', 'added-0-1']));
    expect(added.filter((s) => s.vehicleId === 'added-0-1').every((s) => s.providerId === 'provider-2')).toBe(
      true,
    );
    expect(added[0]).toMatchObject({
      startsAt: localDateTimeToUtc(DAY, '07:00'),
      endsAt: localDateTimeToUtc(DAY, '19:00'),
      wheelchairPlaces: 1,
      hasRamp: true,
    });
    expect(added.map((s) => s.id)).not.toContain('added-0-0-2026-12-12'); // a Saturday
  });

  it('sizes the lot: the fewest added vans that serve the target share', async () => {
    // Four wheelchair riders at 10:00 from one corner, each a different way: one van each.
    const far = { ...B, lat: 51.17 };
    const south = { ...C, lat: 51.09, lon: 71.43 };
    const riders = [B, C, far, south].map((to) =>
      request({ at: '10:00', to, mobility: WHEELCHAIR, pickup: A }),
    );
    const scenario = input({ requests: riders, shifts: [car], replan: null });
    const all = await sizeFleet(scenario, vehiclesOf({ kind: VAN, pattern: weekdays, depots }), 1, 6);
    expect(all.added).toBe(4);
    expect(all.result.servedShare).toBe(1);
    expect(all.runs).toBeLessThanOrEqual(5);
    const half = await sizeFleet(scenario, vehiclesOf({ kind: VAN, pattern: weekdays, depots }), 0.5, 6);
    expect(half.added).toBe(2);
    const none = await sizeFleet(scenario, vehiclesOf({ kind: VAN, pattern: weekdays, depots }), 1, 2);
    expect(none.added).toBeNull();
    expect(none.result.servedShare).toBe(0.5);
  });

  it('sizes the wheelchair share with the fleet', async () => {
    const CAR: VehicleKind = {
      seats: 4,
      wheelchairPlaces: 0,
      hasRamp: false,
      hasLift: false,
      hasRestraints: false,
    };
    const wheelchair = { kind: VAN, pattern: weekdays, depots };
    const standard = { kind: CAR, pattern: weekdays, depots };
    // Two wheelchair riders and two walking riders at 10:00, each a different way.
    const far = { ...B, lat: 51.17 };
    const south = { ...C, lat: 51.09, lon: 71.43 };
    const riders = [
      request({ at: '10:00', to: B, mobility: WHEELCHAIR, pickup: A }),
      request({ at: '10:00', to: C, mobility: WHEELCHAIR, pickup: A }),
      request({ at: '10:00', to: far, pickup: A }),
      request({ at: '10:00', to: south, pickup: A }),
    ];
    const scenario = input({ requests: riders, shifts: [], replan: null });
    const r = await sizeFleetMix(scenario, wheelchair, standard, 1, 6);
    // Two vans, each carrying a wheelchair rider and a walking rider who goes on past them.
    expect(r).toMatchObject({ added: 2, wheelchairVehicles: 2 });
    // Cars alone never do: no car takes a wheelchair.
    expect((await sizeFleet(scenario, vehiclesOf(standard), 1, 6)).added).toBeNull();
    // The walking half: one car each, as they go opposite ways at the same time.
    expect((await sizeFleet(scenario, vehiclesOf(standard), 0.5, 6)).added).toBe(2);
    expect(r.result.servedShare).toBe(1);
  });
});
