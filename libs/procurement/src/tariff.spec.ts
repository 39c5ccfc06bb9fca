import { estimateTariff, median } from './tariff';

describe('estimate tariff', () => {
  it('takes the median of odd and even lists, in whole tenge', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(3); // 2.5 rounds to 3
    expect(median([1000, 1000, 1000, 900000])).toBe(1000);
  });

  it("uses the region's contracts, else the configured default, and says which", () => {
    const fallback = { perTrip: 1500, perKm: 120 };
    expect(estimateTariff([], fallback)).toEqual({
      perTrip: 1500,
      perKm: 120,
      source: 'CONFIG_DEFAULT',
      contracts: 0,
    });
    expect(
      estimateTariff(
        [
          { tariffPerTrip: 1000, tariffPerKm: 100 },
          { tariffPerTrip: 2000, tariffPerKm: 50 },
          { tariffPerTrip: 1800, tariffPerKm: 90 },
        ],
        fallback,
      ),
    ).toEqual({ perTrip: 1800, perKm: 90, source: 'REGION_CONTRACTS_MEDIAN', contracts: 3 });
  });
});
