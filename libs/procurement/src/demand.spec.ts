import { aggregateDemand, isoToWeekday, type WaitingBooking, type WaitingSeries } from './demand';
import type { Tariff } from './tariff';

const tariff: Tariff = { perTrip: 2000, perKm: 100, source: 'CONFIG_DEFAULT', contracts: 0 };
// The quarter 2026-04-01 .. 2026-06-30; "today" is 2026-06-01 (a Monday): 30 days counted.
const period = { start: '2026-04-01', end: '2026-06-30', months: 3 };
const today = '2026-06-01';

function booking(over: Partial<WaitingBooking> & { id: string }): WaitingBooking {
  return {
    beneficiaryId: 'b1',
    pickupKato: '433200000',
    purpose: 'MEDICAL',
    requestedAt: new Date('2026-05-30T05:00:00Z'),
    directMetres: 10_000,
    wheelchair: false,
    seriesId: null,
    ...over,
  };
}

describe('aggregate demand', () => {
  it('counts one-off bookings, distinct beneficiaries, KATO codes and the wheelchair share', () => {
    const f = aggregateDemand({
      bookings: [
        booking({
          id: 'k1',
          beneficiaryId: 'b1',
          pickupKato: '433210000',
          directMetres: 10_000,
          wheelchair: true,
        }),
        booking({ id: 'k2', beneficiaryId: 'b1', pickupKato: '433210000', directMetres: 6_000 }),
        booking({ id: 'k3', beneficiaryId: 'b2', pickupKato: '433200000', directMetres: 4_000 }),
        booking({ id: 'k4', beneficiaryId: 'b3', pickupKato: '433220000', directMetres: 20_000 }),
      ],
      series: [],
      period,
      today,
      tariff,
    });
    expect(f.uncoveredKato).toEqual(['433200000', '433210000', '433220000']);
    expect(f.bookingIds).toEqual(['k1', 'k2', 'k3', 'k4']);
    expect(f.waitingBookings).toBe(4);
    expect(f.beneficiaries).toBe(3);
    expect(f.wheelchairBeneficiaries).toBe(1);
    expect(f.wheelchairShare).toBe(0.33);
    expect(f.tripsInPeriod).toBe(4);
    expect(f.kmInPeriod).toBe(40);
    // 4 trips over 30 counted days -> 4 x 30.4375 / 30
    expect(f.tripsPerMonth).toBe(4.1);
    expect(f.kmPerMonth).toBe(40.6);
    // 4 x 2000 + 40 km x 100
    expect(f.estimatedBudgetTenge).toBe(12_000);
    expect(f.byKato).toEqual([
      { kato: '433200000', bookings: 1, beneficiaries: 1 },
      { kato: '433210000', bookings: 2, beneficiaries: 1 },
      { kato: '433220000', bookings: 1, beneficiaries: 1 },
    ]);
    expect(f.countedFrom).toBe('2026-06-01');
    expect(f.countedTo).toBe('2026-06-30');
  });

  it('counts a recurring series in full for the rest of the period, not by its materialised bookings', () => {
    // Haemodialysis Mon/Wed/Fri from 2026-05-01 to 2026-12-31: in June 2026 (from Monday 1st to
    // Tuesday 30th) Mondays 1,8,15,22,29 + Wednesdays 3,10,17,24 + Fridays 5,12,19,26 = 13.
    const series: WaitingSeries[] = [
      { id: 's1', weekdays: [0, 2, 4], time: '07:30', startDate: '2026-05-01', endDate: '2026-12-31' },
    ];
    const f = aggregateDemand({
      bookings: [
        booking({
          id: 'r1',
          beneficiaryId: 'b9',
          purpose: 'HAEMODIALYSIS',
          seriesId: 's1',
          directMetres: 8_000,
        }),
        booking({
          id: 'r2',
          beneficiaryId: 'b9',
          purpose: 'HAEMODIALYSIS',
          seriesId: 's1',
          directMetres: 12_000,
        }),
        booking({ id: 'o1', beneficiaryId: 'b8', directMetres: 5_000, wheelchair: true }),
      ],
      series,
      period,
      today,
      tariff,
    });
    expect(f.recurringSeries).toBe(1);
    expect(f.waitingBookings).toBe(3);
    expect(f.beneficiaries).toBe(2);
    expect(f.wheelchairShare).toBe(0.5);
    expect(f.tripsInPeriod).toBe(14); // 13 occurrences + 1 one-off
    expect(f.kmInPeriod).toBe(135); // 13 x 10 km (average of 8 and 12) + 5 km
    expect(f.estimatedBudgetTenge).toBe(14 * 2000 + 135 * 100);
  });

  it('never counts a series below its waiting bookings (series row missing or ended)', () => {
    const f = aggregateDemand({
      bookings: [booking({ id: 'r1', seriesId: 'gone' }), booking({ id: 'r2', seriesId: 'gone' })],
      series: [],
      period,
      today,
      tariff,
    });
    expect(f.tripsInPeriod).toBe(2);
  });

  it('counts from the start of the period when today is before it, and is all zeros without demand', () => {
    const f = aggregateDemand({ bookings: [], series: [], period, today: '2026-03-20', tariff });
    expect(f.countedFrom).toBe('2026-04-01');
    expect(f).toMatchObject({
      waitingBookings: 0,
      beneficiaries: 0,
      wheelchairShare: 0,
      tripsInPeriod: 0,
      estimatedBudgetTenge: 0,
    });
    expect(f.uncoveredKato).toEqual([]);
  });

  it('maps ISO weekdays to the domain order', () => {
    expect(isoToWeekday(1)).toBe(0);
    expect(isoToWeekday(7)).toBe(6);
    expect(() => isoToWeekday(0)).toThrow(RangeError);
  });
});
