/**
 * The dispatcher's timeline (issue 23, item 1): where the day's hours, stops and their windows
 * go on a row, and how a stop is marked. Pure, so it is tested without a browser
 * (test/web/timeline-layout.e2e-spec.ts); the component draws what these say.
 */
import { stopMinutesLate } from '@invataxi/domain';

export const HOUR_MS = 3_600_000;
/** Width of one hour on the timeline, in px (a minute is 2 px: a 15 min window is 30 px wide). */
export const HOUR_PX = 120;
/** Width of a stop's block, in px (40 min): "▲ 08:05" on a line, "✕ Late 12 min" wraps below it. */
export const BLOCK_PX = 80;
/** The hours shown when the day has no shift and no stop yet. */
const EMPTY_DAY = { from: 6, to: 22 };
/** Fewest hours shown, so a short shift is not stretched across the screen. */
const MIN_HOURS = 6;

/** The whole hours the timeline shows: every shift and every stop and window of the day, within the day. */
export function hoursShown(dayStartMs: number, times: readonly number[]): { fromMs: number; toMs: number } {
  const dayEnd = dayStartMs + 24 * HOUR_MS;
  const inDay = times.filter((t) => Number.isFinite(t)).map((t) => Math.min(Math.max(t, dayStartMs), dayEnd));
  if (inDay.length === 0)
    return { fromMs: dayStartMs + EMPTY_DAY.from * HOUR_MS, toMs: dayStartMs + EMPTY_DAY.to * HOUR_MS };
  let from = dayStartMs + Math.floor((Math.min(...inDay) - dayStartMs) / HOUR_MS) * HOUR_MS;
  let to = dayStartMs + Math.ceil((Math.max(...inDay) - dayStartMs) / HOUR_MS) * HOUR_MS;
  if (to - from < MIN_HOURS * HOUR_MS) {
    to = Math.min(dayEnd, from + MIN_HOURS * HOUR_MS);
    from = Math.max(dayStartMs, to - MIN_HOURS * HOUR_MS);
  }
  return { fromMs: from, toMs: to };
}

/** Where an instant lies on the track, in px from the first hour shown. */
export function xOf(ms: number, fromMs: number): number {
  return Math.round(((ms - fromMs) / HOUR_MS) * HOUR_PX);
}

export interface Placed {
  /** The block's left edge and the window's edges, in px. */
  x: number;
  windowX: number;
  windowWidth: number;
  /** Which lane of the row (0: the first): stops that would overlap go one lane down. */
  lane: number;
}

/**
 * Places a row's stops: each block at its planned time, its window drawn above it, in the first
 * lane where neither the block nor the window touches another stop's.
 */
export function placeStops(
  stops: readonly { atMs: number; windowFromMs: number; windowToMs: number }[],
  fromMs: number,
): Placed[] {
  const placed = stops.map((s) => {
    const x = xOf(s.atMs, fromMs);
    const windowX = xOf(s.windowFromMs, fromMs);
    const windowWidth = Math.max(2, xOf(s.windowToMs, fromMs) - windowX);
    return {
      x,
      windowX,
      windowWidth,
      lane: 0,
      left: Math.min(x, windowX),
      right: Math.max(x + BLOCK_PX, windowX + windowWidth),
    };
  });
  const laneEnds: number[] = [];
  for (const p of [...placed].sort((a, b) => a.left - b.left || a.x - b.x)) {
    let lane = laneEnds.findIndex((end) => end <= p.left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = p.right + 4;
    p.lane = lane;
  }
  return placed.map(({ x, windowX, windowWidth, lane }) => ({ x, windowX, windowWidth, lane }));
}

export type StopMark =
  /** After its window: `expectedAt` when that is the live estimate (not reached yet), `done` when reached late. */
  | { kind: 'late'; minutes: number; expectedAt?: string; done?: boolean }
  | { kind: 'atRisk' }
  /** The rider did not come: the pick-up ended without them (walk t23 minor 3). */
  | { kind: 'noShow' }
  /** Reached within its window. */
  | { kind: 'done' }
  | null;

/**
 * How a stop is marked, on the timeline and in the board's list of routes alike (walk t23 M1:
 * "At risk" on a pick-up the list said was 31 min late; M2: "Late 14 min" here, "late by 20 min"
 * there): late by `stopMinutesLate`, the domain's one rule (the actual time once reached, else
 * the live estimate, the board's `estimatedAt`, else the plan; minutes past the rider's window,
 * as the times are shown); an ended stop is marked by its outcome (a no-show, done); at risk when the board warns of it (a
 * pick-up planned close to the end of its window or already due, a drop-off whose ride nears its
 * limit) and it is neither late nor reached.
 */
export function stopMark(stop: {
  kind: 'PICKUP' | 'DROPOFF';
  /** The ride's status: NO_SHOW ends its pick-up without the rider. */
  status?: string;
  plannedAt: string | null;
  actualAt: string | null;
  /** The board's live estimate for a stop not yet reached (null: the plan holds). */
  estimatedAt?: string | null;
  latest: string;
  warnings: readonly string[];
}): StopMark {
  if (stop.kind === 'PICKUP' && stop.status === 'NO_SHOW') return { kind: 'noShow' };
  const expectedAt = stop.actualAt ? null : (stop.estimatedAt ?? null);
  const date = (iso: string | null) => (iso ? new Date(iso) : null);
  const minutes = stopMinutesLate({
    plannedAt: date(stop.plannedAt),
    actualAt: date(stop.actualAt),
    estimatedAt: date(expectedAt),
    latest: new Date(stop.latest),
  });
  if (minutes > 0)
    return stop.actualAt
      ? { kind: 'late', minutes, done: true }
      : expectedAt
        ? { kind: 'late', minutes, expectedAt }
        : { kind: 'late', minutes };
  if (stop.actualAt) return { kind: 'done' };
  const risk = stop.kind === 'PICKUP' ? 'LATE_RISK' : 'RIDE_TIME_NEAR_LIMIT';
  return stop.warnings.includes(risk) ? { kind: 'atRisk' } : null;
}
