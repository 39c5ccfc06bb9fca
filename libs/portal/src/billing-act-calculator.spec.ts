import { computeAct, ridePrice, type ActRide, type ActTariff } from './billing-act-calculator';

const ride = (id: string, over: Partial<ActRide> = {}): ActRide => ({
  bookingId: id,
  portalOrderId: null,
  status: 'COMPLETED',
  serviceDate: '2026-10-05',
  plannedPickupAt: new Date('2026-10-05T04:00:00Z'),
  actualPickupAt: new Date('2026-10-05T04:03:00Z'),
  actualDropoffAt: new Date('2026-10-05T04:25:00Z'),
  plannedMetres: 8000,
  actualMetres: 8400,
  ...over,
});

const TARIFF: ActTariff = { tariffPerTrip: 1500, tariffPerKm: 120, validFrom: '2026-01-01', validTo: null };

describe('billing act arithmetic', () => {
  it('prices a ride at trip fee + per-km fee on the actual distance, rounded to whole tenge', () => {
    // 1500 + 120 * 8.4 = 1500 + 1008 = 2508
    expect(ridePrice(TARIFF, 8400)).toBe(2508);
    // 1500 + 120 * 0.333 = 1500 + 39.96 -> 40
    expect(ridePrice(TARIFF, 333)).toBe(1540);
    // 1500 + 120 * 0.3125 = 1537.5 -> 1538 (half up)
    expect(ridePrice(TARIFF, 3125 / 10)).toBe(1538);
  });

  it('totals completed rides, lists no-shows apart at 0, and falls back to the planned distance', () => {
    const out = computeAct(
      [
        ride('b'),
        ride('a', { actualMetres: null }),
        ride('c', { status: 'NO_SHOW', actualMetres: null, actualPickupAt: null, actualDropoffAt: null }),
      ],
      [TARIFF],
    );
    if (!out.ok) throw new Error('expected an act');
    expect(out.totals.completedTrips).toBe(2);
    expect(out.totals.noShows).toBe(1);
    // a: 1500 + 120 * 8.0 = 2460; b: 2508
    expect(out.totals.amountTenge).toBe(2460 + 2508);
    expect(out.totals.plannedMetres).toBe(16000);
    expect(out.totals.actualMetres).toBe(8400);
    expect(out.totals.lines.map((l) => [l.bookingId, l.kind, l.amountTenge])).toEqual([
      ['a', 'COMPLETED', 2460],
      ['b', 'COMPLETED', 2508],
      ['c', 'NO_SHOW', 0],
    ]);
  });

  it("uses the tariff in force on each ride's date", () => {
    const tariffs: ActTariff[] = [
      { tariffPerTrip: 1000, tariffPerKm: 100, validFrom: '2026-01-01', validTo: '2026-10-15' },
      { tariffPerTrip: 2000, tariffPerKm: 200, validFrom: '2026-10-16', validTo: null },
    ];
    const out = computeAct(
      [ride('x', { serviceDate: '2026-10-15' }), ride('y', { serviceDate: '2026-10-16' })],
      tariffs,
    );
    if (!out.ok) throw new Error('expected an act');
    // x: 1000 + 840 = 1840; y: 2000 + 1680 = 3680
    expect(out.totals.lines.map((l) => l.amountTenge)).toEqual([1840, 3680]);
    expect(out.totals.amountTenge).toBe(5520);
  });

  it('refuses to price rides on days no contract covers, naming them', () => {
    const out = computeAct([ride('early', { serviceDate: '2025-12-31' }), ride('ok')], [TARIFF]);
    expect(out).toEqual({ ok: false, unpriced: ['early'] });
  });

  it('an empty month is an act of zero', () => {
    const out = computeAct([], [TARIFF]);
    expect(out).toEqual({
      ok: true,
      totals: { completedTrips: 0, noShows: 0, plannedMetres: 0, actualMetres: 0, amountTenge: 0, lines: [] },
    });
  });
});
