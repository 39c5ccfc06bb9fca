/**
 * The demo city's working day (issue 22). When it is night in Kazakhstan, `npm run demo` moves
 * the platform's clock (DEMO_CLOCK_OFFSET_MS) into the same date's working hours, by whole hours,
 * so that a person trying the demo at 02:00 sees a morning (09:xx) and one at 22:00 a late morning
 * (10:xx): rides, vehicles and statuses behave as they would at that hour. The README says so.
 */
import { MINUTE_MS, localMinutesOf } from '@invataxi/domain';

/** Local hours in which the city runs on the real time. */
export const CITY_DAY = { from: 7, to: 19 } as const;

/** The offset (ms, whole hours) that puts `real` inside the same date's working day; 0 by day. */
export function demoClockOffsetMs(real: Date): number {
  const hour = Math.floor(localMinutesOf(real) / 60);
  if (hour >= CITY_DAY.from && hour < CITY_DAY.to) return 0;
  return ((hour < CITY_DAY.from ? 9 : 10) - hour) * 60 * MINUTE_MS;
}
