// One region's days of operations figures from what was recorded (issue 22): the dispatcher's
// roll-up job, the API's report (for days not rolled up yet: today, the last hours) and the
// bench all compute a day the same way, here; the figures' rules are libs/domain's.
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  riderMissCells,
  rollUpDay,
  type FigureCell,
  type RiderMissCell,
} from '@invataxi/domain';
import type { OperationsFiguresRepository } from '@invataxi/persistence';

/** One region's day: its cells (district x provider) and its riders' misses. */
export interface RegionDay {
  cells: FigureCell[];
  riders: RiderMissCell[];
}

/**
 * Each local day in [fromDay, toDay] of one region (days with nothing are left out); `now` (the
 * platform's clock): a shift still running counts its service time up to it.
 */
export async function computeRegionDays(
  repo: OperationsFiguresRepository,
  regionKato: string,
  fromDay: string,
  toDay: string,
  now: Date,
): Promise<Map<string, RegionDay>> {
  const from = localDateTimeToUtc(fromDay, '00:00');
  const to = localDateTimeToUtc(addDaysToLocalDate(toDay, 1), '00:00');
  const [trips, shifts, tariffs, refusals] = await Promise.all([
    repo.tripFacts(regionKato, from, to),
    repo.shiftFacts(regionKato, from, to),
    repo.tariffs(regionKato),
    repo.refusalFacts(regionKato, from, to),
  ]);
  const tripsByDay = groupBy(trips, (t) => localDateOf(t.pickupEarliest));
  const shiftsByDay = groupBy(shifts, (s) => localDateOf(s.startsAt));
  const refusalsByDay = groupBy(refusals, (r) => localDateOf(r.at));
  const out = new Map<string, RegionDay>();
  for (let day = fromDay; day <= toDay; day = addDaysToLocalDate(day, 1)) {
    const dayTrips = tripsByDay.get(day) ?? [];
    const cells = rollUpDay(
      day,
      dayTrips,
      shiftsByDay.get(day) ?? [],
      tariffs,
      refusalsByDay.get(day) ?? [],
      now,
    );
    if (cells.length > 0) out.set(day, { cells, riders: riderMissCells(dayTrips) });
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}
