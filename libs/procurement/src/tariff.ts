// The tariff an estimate uses. Akimats approve tariffs every year (order No. 281 of 30.06.2023
// sets the method), and a region's contracts carry them: the median of the contracts in force
// in the region is the best local figure (a median, so one unusual contract does not move it).
// A region with no contract at all falls back to the configured default
// (PROCUREMENT_DEFAULT_TARIFF_PER_TRIP / _PER_KM), which the estimate then says it used.

export interface Tariff {
  /** Whole tenge per trip. */
  perTrip: number;
  /** Whole tenge per km. */
  perKm: number;
  source: 'REGION_CONTRACTS_MEDIAN' | 'CONFIG_DEFAULT';
  /** How many contracts the median was taken over (0 for the default). */
  contracts: number;
}

/** The median, rounded to whole tenge; null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(m);
}

export function estimateTariff(
  regionContracts: readonly { tariffPerTrip: number; tariffPerKm: number }[],
  fallback: { perTrip: number; perKm: number },
): Tariff {
  const perTrip = median(regionContracts.map((c) => c.tariffPerTrip));
  const perKm = median(regionContracts.map((c) => c.tariffPerKm));
  if (perTrip === null || perKm === null)
    return { perTrip: fallback.perTrip, perKm: fallback.perKm, source: 'CONFIG_DEFAULT', contracts: 0 };
  return { perTrip, perKm, source: 'REGION_CONTRACTS_MEDIAN', contracts: regionContracts.length };
}
