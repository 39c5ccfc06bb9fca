import { minutesPastWindow } from './override';

/**
 * When a vehicle reaches the stops ahead of it (issue 22, walk M4: a rider was told "arrives in
 * about 8 min" 80 minutes before a 14:30 pick-up, from the drive depot → pick-up alone).
 *
 * The vehicle drives the stops in the route's order; at a pick-up it does not load the rider
 * before the window opens (it waits there), so every later stop moves with it. A pick-up's ETA
 * is therefore never earlier than its window's opening, and a stop's ETA includes every stop
 * before it (its drive and its boarding time).
 */
export interface StopAhead {
  bookingId: string;
  kind: string;
  /** The ride's status (SCHEDULED, EN_ROUTE, ARRIVED, ON_BOARD). */
  status: string;
  /** Seconds spent at the stop (boarding / alighting). */
  serviceSeconds: number;
  /** A pick-up's window opening: the vehicle is not there to load before it. */
  opensAt?: Date | null;
}

export interface StopEta {
  bookingId: string;
  kind: string;
  /** Seconds from `now` to the vehicle being at the stop. */
  etaSeconds: number;
  /** now + etaSeconds, ISO. */
  at: string;
}

/**
 * The ETAs of `stops` (in route order) for a vehicle at its position at `now`; `legSeconds[i]`
 * is the drive to stop i from the previous one (from the vehicle for i = 0).
 */
export function stopEtas(stops: readonly StopAhead[], legSeconds: readonly number[], now: Date): StopEta[] {
  const out: StopEta[] = [];
  let t = 0;
  for (let i = 0; i < stops.length; i++) {
    const s = stops[i];
    t += legSeconds[i] ?? 0;
    if (s.kind === 'PICKUP' && s.opensAt) t = Math.max(t, (s.opensAt.getTime() - now.getTime()) / 1000);
    out.push({
      bookingId: s.bookingId,
      kind: s.kind,
      etaSeconds: Math.round(t),
      at: new Date(now.getTime() + t * 1000).toISOString(),
    });
    t += s.serviceSeconds;
  }
  return out;
}

/**
 * The pick-ups whose "the vehicle arrives in about N min" is due: the ride is the vehicle's next
 * stop (or the driver said they are on the way to it) and its ETA, with the stops before it and
 * the window's opening, is within `minutes` (and not long past).
 */
export function arrivingPickups(
  stops: readonly StopAhead[],
  etas: readonly StopEta[],
  minutes: number,
  now: Date,
): StopEta[] {
  return etas.filter((e, i) => {
    if (e.kind !== 'PICKUP') return false;
    const onTheWay = i === 0 || stops[i]?.status === 'EN_ROUTE';
    return onTheWay && arrivalWithin(new Date(e.at), now, minutes);
  });
}

/** A live ETA more than this past the pickup time the rider was last told calls for a new one (walk t23 M5). */
export const RUNNING_LATE_MINUTES = 10;
/** At most one "running late" message per ride in this many minutes. */
export const RUNNING_LATE_EVERY_MINUTES = 10;

/**
 * Whether the rider is told "running late, now about HH:MM" (walk t23 M5: "in 8 min" at 09:29,
 * the vehicle at 09:50, nothing in between): the live ETA is more than RUNNING_LATE_MINUTES past
 * the pickup time the rider was last told (a planned time, "in N min", an earlier "running
 * late"), and no such message went in the last RUNNING_LATE_EVERY_MINUTES. Nothing told: nothing
 * to correct.
 */
export function runningLateDue(eta: Date, toldAt: Date | null, lastLateAt: Date | null, now: Date): boolean {
  if (!toldAt || eta.getTime() - toldAt.getTime() <= RUNNING_LATE_MINUTES * 60_000) return false;
  return !lastLateAt || now.getTime() - lastLateAt.getTime() >= RUNNING_LATE_EVERY_MINUTES * 60_000;
}

/** Whether a vehicle expected at `eta` is within `minutes` of `now` (and not over 5 min past it). */
export function arrivalWithin(eta: Date, now: Date, minutes: number): boolean {
  const left = eta.getTime() - now.getTime();
  return left <= minutes * 60_000 && left > -5 * 60_000;
}

/**
 * How many minutes a route's stop is late, as the board says it everywhere (its list of routes
 * and its timeline; walk t23 M2: "Late 14 min" on the timeline, "late by 20 min" in the list,
 * for the same pick-up): its time is the actual one once reached, else the live estimate, else
 * the plan; late is that time past the end of the window promised to the rider (a pick-up's
 * window, a drop-off's latest arrival), by `minutesPastWindow`. 0: not late. Being behind the
 * plan is another figure (`stopEstimate`), and is never called late.
 */
export function stopMinutesLate(stop: {
  plannedAt: Date | null;
  actualAt: Date | null;
  /** The live estimate of a stop not reached yet (null: the plan holds). */
  estimatedAt: Date | null;
  /** The end of the promised window: the pick-up's latest, or the latest arrival. */
  latest: Date;
}): number {
  return minutesPastWindow(stop.actualAt ?? stop.estimatedAt ?? stop.plannedAt, stop.latest);
}

/**
 * A stop not yet reached, as the board says it (walk t22 m3: "Drop-off 12:46" still shown at
 * 13:05 with the rider on board): when the vehicle is now expected there, from the live ETA of
 * its last position when there is one, and never before now (a planned time already past, or an
 * ETA kept from a ping a while ago, means "not yet"); and how many whole minutes behind the plan
 * (not late: late is past the rider's window, `stopMinutesLate`). Null while the plan still holds
 * (no live ETA, planned time ahead).
 */
export function stopEstimate(
  plannedAt: Date,
  liveAt: Date | null,
  now: Date,
): { estimatedAt: Date; minutesBehindPlan: number } | null {
  const at = liveAt ?? (plannedAt < now ? now : null);
  if (!at) return null;
  const estimatedAt = at < now ? now : at;
  return {
    estimatedAt,
    minutesBehindPlan: Math.max(0, Math.floor((estimatedAt.getTime() - plannedAt.getTime()) / 60_000)),
  };
}
