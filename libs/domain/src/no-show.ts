// The no-show rule (issue 3): N no-shows within M days suspend the person for D days; the LEB
// officer may forgive a no-show, and a forgiven one never counts. The numbers are a regional
// setting (unverified in the Rules). After a suspension is triggered the count starts afresh, so
// the same no-shows never suspend twice. Issue 23: a no-show the rider disputes counts only once
// the dispute is decided against them (an upheld dispute forgives it): no sanction rests on a
// contested record.
import type { NoShowRule } from './policy';
import { addDaysToLocalDate, DAY_MS, localDateOf, MINUTE_MS, type LocalDate } from './time';

export interface NoShowRecord {
  at: Date;
  forgiven: boolean;
  /** Disputed by the rider and not yet decided: it does not count meanwhile. */
  disputePending?: boolean;
}

export interface Suspension {
  from: Date;
  until: Date;
  /** The no-shows that made the pattern (the reasons the rider is shown), in time order. */
  noShows: Date[];
}

/** Every suspension the record triggers, in time order. */
export function suspensionsFrom(noShows: readonly NoShowRecord[], rule: NoShowRule | null): Suspension[] {
  if (rule === null) return [];
  const counted = noShows
    .filter((n) => !n.forgiven && !n.disputePending)
    .map((n) => n.at.getTime())
    .sort((a, b) => a - b);
  const out: Suspension[] = [];
  let since = -Infinity; // no-shows up to the last trigger are spent
  for (let i = 0; i < counted.length; i++) {
    const at = counted[i] as number;
    const windowStart = at - rule.windowDays * DAY_MS;
    const inWindow = counted.slice(0, i + 1).filter((t) => t > since && t > windowStart);
    if (inWindow.length >= rule.count) {
      out.push({
        from: new Date(at),
        until: new Date(at + rule.suspensionDays * DAY_MS),
        noShows: inWindow.map((t) => new Date(t)),
      });
      since = at;
    }
  }
  return out;
}

/** The suspension in force at `now` (the latest-ending one), or null when the person may book. */
export function suspensionAt(
  noShows: readonly NoShowRecord[],
  rule: NoShowRule | null,
  now: Date,
): Suspension | null {
  let found: Suspension | null = null;
  for (const s of suspensionsFrom(noShows, rule)) {
    if (s.from <= now && now < s.until && (found === null || s.until > found.until)) found = s;
  }
  return found;
}

/** The end of the suspension in force at `now`, or null when the person may book. */
export function suspendedUntil(
  noShows: readonly NoShowRecord[],
  rule: NoShowRule | null,
  now: Date,
): Date | null {
  return suspensionAt(noShows, rule, now)?.until ?? null;
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

/** Days a rider has to dispute a no-show when the region's policy sets none (issue 23). */
export const NO_SHOW_DISPUTE_DAYS_DEFAULT = 14;

/**
 * The last local day a no-show recorded at `noShowAt` can be disputed: the day of the no-show plus
 * the region's `noShowDisputeDays` (the whole of that day counts).
 */
export function noShowDisputeLastDay(noShowAt: Date, policy: { noShowDisputeDays?: number }): LocalDate {
  return addDaysToLocalDate(localDateOf(noShowAt), policy.noShowDisputeDays ?? NO_SHOW_DISPUTE_DAYS_DEFAULT);
}

/** Whether a dispute made at `now` is in time for a no-show disputable until `lastDay`. */
export function noShowDisputeInTime(now: Date, lastDay: LocalDate): boolean {
  return localDateOf(now) <= lastDay;
}

/**
 * Why the LEB officer or the dispatch centre rejects a rider's dispute of a no-show (issue 23):
 * the rider is told the code in their language, and any words the decider added.
 */
export const NO_SHOW_DISPUTE_REJECTIONS = [
  /** The vehicle's own positions show it waited at the address for the whole wait. */
  'DISPUTE_EVIDENCE_CONFIRMS',
  /** The rider was not at the pick-up address (e.g. waited at another entrance or street). */
  'DISPUTE_NOT_AT_ADDRESS',
  /** The ride was not cancelled before the vehicle came. */
  'DISPUTE_NOT_CANCELLED',
  /** Another reason: the decider's own words say it (a note is then required). */
  'DISPUTE_OTHER',
] as const;
export type NoShowDisputeRejection = (typeof NO_SHOW_DISPUTE_REJECTIONS)[number];
