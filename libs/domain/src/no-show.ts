// The no-show rule (issue 3): N no-shows within M days suspend the person for D days; the LEB
// officer may forgive a no-show, and a forgiven one never counts. The numbers are a regional
// setting (unverified in the Rules). After a suspension is triggered the count starts afresh, so
// the same no-shows never suspend twice.
import type { NoShowRule } from './policy';
import { DAY_MS, MINUTE_MS } from './time';

export interface NoShowRecord {
  at: Date;
  forgiven: boolean;
}

export interface Suspension {
  from: Date;
  until: Date;
}

/** Every suspension the record triggers, in time order. */
export function suspensionsFrom(noShows: readonly NoShowRecord[], rule: NoShowRule | null): Suspension[] {
  if (rule === null) return [];
  const counted = noShows
    .filter((n) => !n.forgiven)
    .map((n) => n.at.getTime())
    .sort((a, b) => a - b);
  const out: Suspension[] = [];
  let since = -Infinity; // no-shows up to the last trigger are spent
  for (let i = 0; i < counted.length; i++) {
    const at = counted[i] as number;
    const windowStart = at - rule.windowDays * DAY_MS;
    const inWindow = counted.slice(0, i + 1).filter((t) => t > since && t > windowStart).length;
    if (inWindow >= rule.count) {
      out.push({ from: new Date(at), until: new Date(at + rule.suspensionDays * DAY_MS) });
      since = at;
    }
  }
  return out;
}

/** The end of the suspension in force at `now`, or null when the person may book. */
export function suspendedUntil(
  noShows: readonly NoShowRecord[],
  rule: NoShowRule | null,
  now: Date,
): Date | null {
  let until: Date | null = null;
  for (const s of suspensionsFrom(noShows, rule)) {
    if (s.from <= now && now < s.until && (until === null || s.until > until)) until = s.until;
  }
  return until;
}

/**
 * When the driver may report NO_SHOW: after waiting noShowWaitMinutes from the later of arriving
 * and the pickup window opening (a driver who comes early does not start the clock).
 */
export function noShowAllowedFrom(
  arrivedAt: Date,
  pickupEarliest: Date,
  policy: { noShowWaitMinutes: number },
): Date {
  const start = Math.max(arrivedAt.getTime(), pickupEarliest.getTime());
  return new Date(start + policy.noShowWaitMinutes * MINUTE_MS);
}
