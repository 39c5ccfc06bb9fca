// The contract's tariff arithmetic, shared by the monthly billing act (libs/portal) and the
// operations figures (cost per trip): one formula, so the report's cost is what the act bills.

export interface Tariff {
  tariffPerTrip: number;
  tariffPerKm: number;
  /** Local date (YYYY-MM-DD) the contract starts. */
  validFrom: string;
  /** Null: open-ended. */
  validTo: string | null;
}

/** The tariff in force on a local date, or null when no contract covers it. */
export function tariffOn<T extends Pick<Tariff, 'validFrom' | 'validTo'>>(
  tariffs: readonly T[],
  date: string,
): T | null {
  return tariffs.find((t) => t.validFrom <= date && (t.validTo === null || date <= t.validTo)) ?? null;
}

/**
 * Price of one completed ride: the trip fee plus the per-km fee on the distance driven (the
 * planned distance when the actual one was not recorded), rounded to whole tenge per ride, so
 * each line of the act is a whole amount and the total is their sum.
 */
export function ridePrice(t: Pick<Tariff, 'tariffPerTrip' | 'tariffPerKm'>, metres: number): number {
  return t.tariffPerTrip + Math.round((t.tariffPerKm * metres) / 1000);
}
