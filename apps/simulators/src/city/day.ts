/**
 * The demo city's working day (issue 22). The simulated day is busy from the morning peak to the
 * afternoon returns; by 17:00 its rides are done. Whenever `npm run demo` starts outside that busy
 * part (the evening, the night, the early morning), it moves the platform's clock
 * (DEMO_CLOCK_OFFSET_MS) into the same date's late morning, by whole hours, so a person trying
 * the demo at 18:10, 02:17 or 22:40 sees vehicles moving and rides changing (10:10, 11:17, 11:40):
 * rides, vehicles and statuses behave as they would at that hour. The README says so.
 */
import { MINUTE_MS, localMinutesOf } from '@invataxi/domain';

/** Local hours in which the city runs on the real time (the busy part of its working day). */
export const CITY_DAY = { from: 8, to: 16 } as const;
/** Outside them the clock reads one of these hours (the late morning: most of the day ahead). */
const MOVED_TO = { from: 9, hours: 4 } as const;

/**
 * The offset (ms, whole hours) that puts `real` inside the busy hours; 0 inside them. Never back:
 * the early morning moves later the same date, the evening into the next date's late morning.
 * The sign-in issues tokens on the moved clock and their expiry is checked on the real one, so a
 * clock moved back made every fresh token expired (t23: nobody could sign in at 18:52).
 */
export function demoClockOffsetMs(real: Date): number {
  const hour = Math.floor(localMinutesOf(real) / 60);
  if (hour >= CITY_DAY.from && hour < CITY_DAY.to) return 0;
  const nextDay = hour >= CITY_DAY.to ? 24 : 0;
  return (nextDay + MOVED_TO.from + (hour % MOVED_TO.hours) - hour) * 60 * MINUTE_MS;
}

/**
 * The order in which the day's vehicles are considered for its one breakdown: a different one
 * first each day (by the date, so the same on every start), then the others in turn. Taking the
 * one with the most rides every day broke the same vehicle down day after day (t22 finding 15).
 */
export function breakdownOrder(day: string, vehicles: number): number[] {
  if (vehicles <= 0) return [];
  const first = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000) % vehicles;
  return Array.from({ length: vehicles }, (_, i) => (first + i) % vehicles);
}
