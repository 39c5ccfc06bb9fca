// Policies are effective-dated versions, never edited in place (issue 3); a booking records the
// version it was checked against. The version that applies to a trip is the one in force at the
// trip's time, not at the time of booking: a new year's hours or quota apply to the new year's
// trips even when they were booked in December.

export interface EffectiveDated {
  /** The instant the version takes effect (inclusive): a Date or an ISO 8601 string. */
  effectiveFrom: Date | string;
  /** The instant it stops (exclusive), or null / absent while it is current. */
  effectiveTo?: Date | string | null;
}

const ms = (v: Date | string): number => (typeof v === 'string' ? Date.parse(v) : v.getTime());

/** The version in force at `at`: the latest effectiveFrom <= at that has not ended; or null. */
export function effectiveVersionAt<V extends EffectiveDated>(versions: readonly V[], at: Date): V | null {
  const t = at.getTime();
  let best: V | null = null;
  for (const v of versions) {
    const from = ms(v.effectiveFrom);
    if (!(from <= t)) continue;
    if (v.effectiveTo != null && !(t < ms(v.effectiveTo))) continue;
    if (best === null || from > ms(best.effectiveFrom)) best = v;
  }
  return best;
}
