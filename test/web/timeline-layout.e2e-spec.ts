/**
 * apps/web/src/pages/board/timeline-layout.ts: the dispatcher timeline's hours, where stops and
 * their windows go, and how a stop is marked (issue 23, item 1). Named *.e2e-spec.ts because the
 * root Jest config collects specs under test/ by that suffix.
 */
import {
  BLOCK_PX,
  HOUR_MS,
  HOUR_PX,
  hoursShown,
  placeStops,
  stopMark,
  xOf,
} from '../../apps/web/src/pages/board/timeline-layout';

const day = Date.parse('2026-12-08T00:00:00+05:00');
const at = (hhmm: string) => Date.parse(`2026-12-08T${hhmm}:00+05:00`);
const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();

describe('timeline hours', () => {
  it('spans whole hours around the shifts and stops', () => {
    expect(hoursShown(day, [at('07:30'), at('15:10')])).toEqual({ fromMs: at('07:00'), toMs: at('16:00') });
  });

  it('shows at least six hours, inside the day', () => {
    expect(hoursShown(day, [at('09:00'), at('10:00')])).toEqual({ fromMs: at('09:00'), toMs: at('15:00') });
    const late = hoursShown(day, [at('22:30'), at('23:00')]);
    expect(late).toEqual({ fromMs: at('18:00'), toMs: day + 24 * HOUR_MS });
  });

  it('an empty day shows 06:00 to 22:00; times outside the day are clipped to it', () => {
    expect(hoursShown(day, [])).toEqual({ fromMs: at('06:00'), toMs: at('22:00') });
    expect(hoursShown(day, [day - 5 * HOUR_MS, at('08:00')]).fromMs).toBe(day);
  });
});

describe('timeline stops', () => {
  it('a block stands at its planned time, its window above it', () => {
    const [p] = placeStops(
      [{ atMs: at('08:30'), windowFromMs: at('08:00'), windowToMs: at('08:15') }],
      at('07:00'),
    );
    expect(p).toEqual({ x: 1.5 * HOUR_PX, windowX: HOUR_PX, windowWidth: HOUR_PX / 4, lane: 0 });
    expect(xOf(at('07:00'), at('07:00'))).toBe(0);
  });

  it('stops whose blocks or windows would overlap go to the next free lane', () => {
    const stop = (hhmm: string, from = hhmm, to = hhmm) => ({
      atMs: at(hhmm),
      windowFromMs: at(from),
      windowToMs: at(to),
    });
    const blockMinutes = (BLOCK_PX / HOUR_PX) * 60; // 48 min
    expect(blockMinutes).toBeLessThan(60);
    const lanes = placeStops(
      [
        stop('08:00'),
        stop('08:20'), // inside the first block
        stop('09:00'), // after the first block: back in the first lane
        stop('10:30', '09:10', '09:20'), // its window reaches back into the block of 09:00
      ],
      at('07:00'),
    ).map((p) => p.lane);
    expect(lanes).toEqual([0, 1, 0, 1]);
  });
});

describe('timeline marks', () => {
  const base = { kind: 'PICKUP' as const, actualAt: null, latest: iso('08:15'), warnings: [] as string[] };

  it('late: planned after the window, in minutes as shown', () => {
    expect(stopMark({ ...base, plannedAt: iso('08:27') })).toEqual({ kind: 'late', minutes: 12 });
    expect(stopMark({ ...base, plannedAt: iso('08:15') })).toBeNull();
  });

  it('late is judged on the actual time once the stop is done, and a done stop is never at risk', () => {
    const done = { ...base, plannedAt: iso('08:00'), warnings: ['LATE_RISK'] };
    expect(stopMark({ ...done, actualAt: iso('08:20') })).toEqual({ kind: 'late', minutes: 5, done: true });
    expect(stopMark({ ...done, actualAt: iso('08:10') })).toEqual({ kind: 'done' });
  });

  it('late by the live estimate, as the list of routes says (walk t23 M1: "At risk" when 31 min late)', () => {
    // Planned 12:55 in a 12:40–12:55 window, the board now expects the vehicle at 13:26.
    const stop = {
      ...base,
      latest: iso('12:55'),
      plannedAt: iso('12:55'),
      estimatedAt: iso('13:26'),
      warnings: ['LATE_RISK'],
    };
    expect(stopMark(stop)).toEqual({ kind: 'late', minutes: 31, expectedAt: iso('13:26') });
    // An estimate still inside the window: the board's warning holds, no more.
    expect(stopMark({ ...stop, estimatedAt: iso('12:54') })).toEqual({ kind: 'atRisk' });
    // Reached: the actual time is the truth, the estimate no longer counts.
    expect(stopMark({ ...stop, actualAt: iso('12:50') })).toEqual({ kind: 'done' });
  });

  it('an ended stop is marked by its outcome (walk t23 minor 3: a no-show was a plain block)', () => {
    const noShow = { ...base, status: 'NO_SHOW', plannedAt: iso('08:10'), actualAt: iso('08:16') };
    expect(stopMark(noShow)).toEqual({ kind: 'noShow' });
    expect(stopMark({ ...noShow, status: 'COMPLETED', actualAt: iso('08:12') })).toEqual({ kind: 'done' });
  });

  it("at risk: the board's warning for that kind of stop", () => {
    expect(stopMark({ ...base, plannedAt: iso('08:10'), warnings: ['LATE_RISK'] })).toEqual({
      kind: 'atRisk',
    });
    expect(stopMark({ ...base, plannedAt: iso('08:10'), warnings: ['RIDE_TIME_NEAR_LIMIT'] })).toBeNull();
    const dropoff = { ...base, kind: 'DROPOFF' as const, plannedAt: iso('08:10') };
    expect(stopMark({ ...dropoff, warnings: ['RIDE_TIME_NEAR_LIMIT'] })).toEqual({ kind: 'atRisk' });
    expect(stopMark({ ...dropoff, warnings: ['LATE_RISK'] })).toBeNull();
  });
});
