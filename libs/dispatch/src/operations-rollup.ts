// One region's days of operations figures from what was recorded (issue 22): the dispatcher's
// roll-up job, the API's report (for days not rolled up yet: today, the last hours) and the
// bench all compute a day the same way, here; the figures' rules are libs/domain's.
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  rollUpDay,
  type FigureCell,
} from '@invataxi/domain';
import type { OperationsFiguresRepository } from '@invataxi/persistence';

/** The cells of each local day in [fromDay, toDay] of one region (days with nothing: no cells). */
export async function computeRegionDays(
  repo: OperationsFiguresRepository,
  regionKato: string,
  fromDay: string,
  toDay: string,
): Promise<Map<string, FigureCell[]>> {
  const from = localDateTimeToUtc(fromDay, '00:00');
  const to = localDateTimeToUtc(addDaysToLocalDate(toDay, 1), '00:00');
  const [trips, shifts, tariffs] = await Promise.all([
    repo.tripFacts(regionKato, from, to),
    repo.shiftFacts(regionKato, from, to),
    repo.tariffs(regionKato),
  ]);
  const tripsByDay = groupBy(trips, (t) => localDateOf(t.pickupEarliest));
  const shiftsByDay = groupBy(shifts, (s) => localDateOf(s.startsAt));
  const out = new Map<string, FigureCell[]>();
  for (let day = fromDay; day <= toDay; day = addDaysToLocalDate(day, 1)) {
    const cells = rollUpDay(day, tripsByDay.get(day) ?? [], shiftsByDay.get(day) ?? [], tariffs);
    if (cells.length > 0) out.set(day, cells);
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
