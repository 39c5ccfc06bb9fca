import { LANGUAGES, NATIONAL_DEFAULT_POLICY } from '@invataxi/domain';
import type { DemandFigures } from './demand';
import { estimateLot, LOT_ASSUMPTIONS, lotFiguresWithSizing, lotForPeriod } from './lot';
import { lotPeriodErrors } from './period';
import { PROCUREMENT_SOURCE_TEXTS } from './messages';

const demand = (over: Partial<DemandFigures> = {}): DemandFigures => ({
  uncoveredKato: ['101010000'],
  bookingIds: ['a', 'b'],
  waitingBookings: 2,
  beneficiaries: 2,
  wheelchairBeneficiaries: 1,
  wheelchairShare: 0.5,
  recurringSeries: 0,
  tripsInPeriod: 2,
  kmInPeriod: 12,
  tripsPerMonth: 0.1,
  kmPerMonth: 0.6,
  estimatedBudgetTenge: 5800,
  tariff: { perTrip: 2000, perKm: 150, source: 'CONFIG_DEFAULT', contracts: 0 },
  countedFrom: '2026-12-07',
  countedTo: '2027-12-31',
  byKato: [],
  ...over,
});

describe('the lot a request buys (issue 20)', () => {
  it('buys the period for the people who will ride, not just two booked rides', () => {
    const lot = estimateLot({ demand: demand(), eligiblePeople: 40, regionRidersShare: null });
    // 40 eligible x 0.3 (assumed) = 12 riders, each at least one trip a month.
    expect(lot.tripsPerMonth).toBe(12);
    expect(lot.kmPerMonth).toBe(72);
    expect(lot.days).toBe(390);
    expect(lot.suggestedTermDays).toBe(390);
    expect(lot.tripsInPeriod).toBe(Math.ceil((12 * 390) / 30.4375));
    expect(lot.budgetTenge).toBe(Math.round(lot.tripsInPeriod * 2000 + lot.tripsInPeriod * 6 * 150));
    expect(lot.vehicles).toBe(1);
    // 12 trips x (6 km at 25 km/h + 15 min boarding) = 5.88 h, said to one decimal.
    expect(lot.vehicleHoursPerMonth).toBe(
      Math.round(12 * (6 / LOT_ASSUMPTIONS.kmPerHour + LOT_ASSUMPTIONS.boardingHours) * 10) / 10,
    );
    expect(lot.budgetTenge).toBeGreaterThan(demand().estimatedBudgetTenge * 50);
    const share = lot.figures.find((f) => f.key === 'ridersShare');
    expect(share).toEqual({ key: 'ridersShare', value: 0.3, unit: 'share', source: 'ASSUMPTION' });
    expect(lot.figures.find((f) => f.key === 'eligiblePeople')?.source).toBe('BENEFICIARY_REGISTER');
    expect(lot.figures.find((f) => f.key === 'tariffPerTrip')?.source).toBe('CONFIG_DEFAULT');
  });

  it("uses the region's own share of riders, and never buys less than what waits", () => {
    const busy = demand({ beneficiaries: 2, tripsPerMonth: 30, tripsInPeriod: 390, kmInPeriod: 2340 });
    const lot = estimateLot({ demand: busy, eligiblePeople: 3, regionRidersShare: 0.1 });
    expect(lot.figures.find((f) => f.key === 'ridersShare')).toMatchObject({
      value: 0.1,
      source: 'REGION_HISTORY',
    });
    expect(lot.tripsPerMonth).toBe(30);
    expect(lot.vehicles).toBe(1);
    const big = estimateLot({ demand: busy, eligiblePeople: 1000, regionRidersShare: 0.5 });
    // 500 riders at 15 trips a month each: 7,500 trips, 43 vehicles at 8 trips x 22 days.
    expect(big.tripsPerMonth).toBe(7500);
    expect(big.vehicles).toBe(Math.ceil(7500 / 176));
  });

  it('carries the sizing from evidence: its vehicles and their hours a month, not the assumption (issue 25)', () => {
    const lot = estimateLot({ demand: demand(), eligiblePeople: 40, regionRidersShare: null });
    // 3 vehicles, 14 hours a day each, over 2 days: 84 hours, 42 a day, 1,278.4 in an average month.
    const figures = lotFiguresWithSizing(lot.figures, {
      vehicles: 3,
      serviceHours: 84,
      firstDay: '2026-12-09',
      lastDay: '2026-12-10',
    });
    expect(figures.find((f) => f.key === 'vehicles')).toEqual({
      key: 'vehicles',
      value: 3,
      unit: 'vehicles',
      source: 'SIZING',
    });
    expect(figures.find((f) => f.key === 'vehicleHoursPerMonth')).toMatchObject({
      value: 1278.4,
      source: 'SIZING',
    });
    // The trips, km and budget come from the demand and the tariff: unchanged.
    for (const key of ['tripsPerMonth', 'kmPerMonth', 'tripsInPeriod', 'budget'])
      expect(figures.find((f) => f.key === key)).toEqual(lot.figures.find((f) => f.key === key));
    expect(lot.figures.find((f) => f.key === 'vehicles')?.source).toBe('ASSUMPTION');
    for (const lang of LANGUAGES)
      expect(PROCUREMENT_SOURCE_TEXTS.SIZING?.[lang]).toMatch(/\{date\}.*\{target\}|\{target\}.*\{date\}/);
  });

  it('says every source in kk, ru and en', () => {
    const lot = estimateLot({ demand: demand(), eligiblePeople: 0, regionRidersShare: null });
    for (const f of lot.figures)
      for (const lang of LANGUAGES) expect(PROCUREMENT_SOURCE_TEXTS[f.source]?.[lang]).toBeTruthy();
  });

  it("recomputes the period's days, trips and budget over the officer's period, saying so (issue 20)", () => {
    const lot = estimateLot({ demand: demand(), eligiblePeople: 40, regionRidersShare: null });
    const half = lotForPeriod(lot, '2026-12-07', '2027-06-30');
    // 206 days at the same 12 trips and 72 km a month.
    expect(half.days).toBe(206);
    expect(half.suggestedTermDays).toBe(206);
    expect(half.tripsPerMonth).toBe(12);
    expect(half.tripsInPeriod).toBe(Math.ceil((12 * 206) / 30.4375));
    expect(half.budgetTenge).toBe(Math.round(half.tripsInPeriod * 2000 + half.tripsInPeriod * 6 * 150));
    expect(half.budgetTenge).toBeLessThan(lot.budgetTenge);
    expect(half.figures.find((f) => f.key === 'periodDays')).toMatchObject({
      value: 206,
      source: 'OFFICER_CHOICE',
    });
    expect(half.figures.find((f) => f.key === 'budget')).toMatchObject({
      value: half.budgetTenge,
      source: 'COMPUTED',
    });
    // Over the default period it is the estimate itself.
    const same = lotForPeriod(lot, lot.start, lot.end);
    expect([same.days, same.tripsInPeriod, same.budgetTenge]).toEqual([
      lot.days,
      lot.tripsInPeriod,
      lot.budgetTenge,
    ]);
    // The default period says it is the budget year's; an officer's pick, the officer's.
    const picked = estimateLot({
      demand: demand(),
      eligiblePeople: 40,
      regionRidersShare: null,
      periodSource: 'OFFICER_CHOICE',
    });
    expect(picked.figures.find((f) => f.key === 'periodDays')?.source).toBe('OFFICER_CHOICE');
    expect(lot.figures.find((f) => f.key === 'periodDays')?.source).toBe('BUDGET_YEAR');
  });

  it('refuses a period in the past, shorter than a month or past the next budget year, at its field', () => {
    const today = '2026-12-07';
    expect(lotPeriodErrors('2026-12-07', '2027-12-31', today, NATIONAL_DEFAULT_POLICY)).toEqual([]);
    expect(lotPeriodErrors('2026-12-06', '2027-03-31', today, NATIONAL_DEFAULT_POLICY)).toEqual([
      {
        field: 'lotStart',
        code: 'OUT_OF_RANGE',
        say: { key: 'LOT_PERIOD_IN_PAST', params: { date: today, year: '2026' } },
      },
    ]);
    expect(lotPeriodErrors('2027-01-01', '2027-01-29', today, NATIONAL_DEFAULT_POLICY)).toEqual([
      {
        field: 'lotEnd',
        code: 'OUT_OF_RANGE',
        say: {
          key: 'LOT_PERIOD_TOO_SHORT',
          params: { days: 30, date: '2027-01-30', year: '2027' },
        },
      },
    ]);
    expect(lotPeriodErrors('2027-01-01', '2027-01-30', today, NATIONAL_DEFAULT_POLICY)).toEqual([]);
    expect(lotPeriodErrors('2027-01-01', '2028-01-01', today, NATIONAL_DEFAULT_POLICY)).toEqual([
      {
        field: 'lotEnd',
        code: 'OUT_OF_RANGE',
        say: { key: 'LOT_PERIOD_TOO_LONG', params: { date: '2027-12-31', year: '2027' } },
      },
    ]);
    // The shortest lot is the region's policy's: a region asking for 90 days refuses 30.
    const quarter = { ...NATIONAL_DEFAULT_POLICY, procurementMinLotDays: 90 };
    expect(lotPeriodErrors('2027-01-01', '2027-01-30', today, quarter)).toEqual([
      {
        field: 'lotEnd',
        code: 'OUT_OF_RANGE',
        say: { key: 'LOT_PERIOD_TOO_SHORT', params: { days: 90, date: '2027-03-31', year: '2027' } },
      },
    ]);
  });
});
