// The what-if's expected on-time share (issue 25, t25 M3): a simulated schedule puts every pickup
// inside its window by construction, so "on time against the plan" says nothing. What a person
// can use is how the plan would fare against the delays the service really had: each simulated
// pickup's slack (its window's end minus its planned time) against the base period's observed
// delays (actual pickup minus planned pickup of its completed rides).

/** A recorded ride as the observed delays read it. */
export interface ObservedPickup {
  status: string;
  plannedPickupAt: Date | null;
  actualPickupAt: Date | null;
}

/**
 * The pickup delays observed in a period, seconds (actual minus planned; negative: early), of its
 * completed rides that had a planned and an actual pickup, ascending.
 */
export function observedPickupDelays(rides: readonly ObservedPickup[]): number[] {
  return rides
    .filter((r) => r.status === 'COMPLETED' && r.plannedPickupAt && r.actualPickupAt)
    .map((r) => (r.actualPickupAt!.getTime() - r.plannedPickupAt!.getTime()) / 1000)
    .sort((a, b) => a - b);
}

/** How many of the ascending `sorted` are at most `x`. */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The expected on-time share of a simulated schedule: each pickup counts on time with the share
 * of the observed delays (ascending, seconds) that do not carry it past its window's end, that is
 * at most its slack (seconds, window end minus planned pickup; a pickup planned at the window's
 * very end is on time only with a delay of 0 or less); the mean over the pickups. null: no pickup,
 * or no delay observed (nothing to expect from).
 */
export function expectedOnTimeShare(
  sortedDelays: readonly number[],
  slacks: readonly number[],
): number | null {
  if (sortedDelays.length === 0 || slacks.length === 0) return null;
  let sum = 0;
  for (const s of slacks) sum += countAtMost(sortedDelays, s);
  return sum / (slacks.length * sortedDelays.length);
}
