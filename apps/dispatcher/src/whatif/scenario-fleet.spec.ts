import { addDaysToLocalDate, localDateTimeToUtc } from '@invataxi/domain';
import { fleetVariant } from './fleet-variant';
import { depotsOf, fleetCount, scenarioFleetChange, shiftsWithinHours } from './scenario-fleet';
import { DAY, car, shift, van } from './whatif.fixture';

const other = {
  ...shift('van-2', { lat: 51.2, lon: 71.5 }, true),
  providerId: 'provider-0',
  vehicleId: 'v2',
};
const base = [van, car, other];
const period = { from: DAY, to: DAY };

describe("an officer's fleet change as the replay's fleet", () => {
  it('adds vehicles of a kind working the shift every day, from each provider’s depot in turn', () => {
    const change = scenarioFleetChange(
      base,
      [{ kind: 'WHEELCHAIR_VAN', count: 3, shiftStart: '08:00', shiftEnd: '16:00' }],
      period,
    );
    const fleet = fleetVariant(base, change);
    const added = fleet.filter((s) => s.id.startsWith('added-'));
    expect(added).toHaveLength(3);
    expect(added.map((s) => s.providerId)).toEqual(['provider-0', 'provider-1', 'provider-0']);
    expect(added[0]).toMatchObject({
      startsAt: localDateTimeToUtc(DAY, '08:00'),
      endsAt: localDateTimeToUtc(DAY, '16:00'),
      wheelchairPlaces: 1,
      hasRamp: true,
      startLat: other.startLat,
    });
    expect(fleetCount(fleet)).toEqual({ vehicles: 6, wheelchairVans: 5, cars: 1, shifts: 6 });
  });

  it('adds vehicles on the days the recorded fleet worked only, not on days without history', () => {
    const change = scenarioFleetChange(
      base,
      [{ kind: 'CAR', count: 2, shiftStart: '08:00', shiftEnd: '16:00' }],
      { from: addDaysToLocalDate(DAY, -3), to: addDaysToLocalDate(DAY, 3) },
    );
    const added = fleetVariant(base, change).filter((s) => s.id.startsWith('added-'));
    expect(added.map((s) => s.startsAt)).toEqual([
      localDateTimeToUtc(DAY, '08:00'),
      localDateTimeToUtc(DAY, '08:00'),
    ]);
  });

  it('takes away recorded vehicles of the kind, no more than there are', () => {
    const fleet = fleetVariant(
      base,
      scenarioFleetChange(
        base,
        [
          { kind: 'WHEELCHAIR_VAN', count: -1, shiftStart: '08:00', shiftEnd: '16:00' },
          { kind: 'CAR', count: -5, shiftStart: '08:00', shiftEnd: '16:00' },
        ],
        period,
      ),
    );
    expect(fleetCount(fleet)).toEqual({ vehicles: 1, wheelchairVans: 1, cars: 0, shifts: 1 });
    expect(depotsOf([])).toEqual([]);
  });

  it('cuts the shifts to the scenario’s service hours, dropping one wholly outside them (walk t25 minor 1)', () => {
    const evening = {
      ...shift('evening', { lat: 51.2, lon: 71.5 }, false, ['18:00', '22:00']),
      vehicleId: 'v3',
    };
    const hours = Array.from({ length: 7 }, () => [['09:00', '17:00'] as [string, string]]);
    const { shifts, cut } = shiftsWithinHours([van, car, evening], hours);
    expect(shifts.map((s) => [s.id, s.startsAt, s.endsAt])).toEqual([
      ['van', localDateTimeToUtc(DAY, '09:00'), localDateTimeToUtc(DAY, '17:00')],
      ['car', localDateTimeToUtc(DAY, '09:00'), localDateTimeToUtc(DAY, '17:00')],
    ]);
    // 14 + 14 + 4 hours recorded; 16 left.
    expect(cut).toEqual({ vehicleHoursBefore: 32, shiftsDropped: 1 });
    expect(fleetCount(shifts)).toEqual({ vehicles: 2, wheelchairVans: 1, cars: 1, shifts: 2 });
  });
});
