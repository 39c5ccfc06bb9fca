/**
 * The time the tests run at. With TEST_LOCAL_TIME=HH:MM (local, UTC+5) every clock of the run
 * (this file's fixtures, the in-process apps, the processes a spec starts) reads the next such
 * local time (today's or tomorrow's), running on at real speed; without it, the real time. `.ci/run` runs the
 * time-sensitive suites at several such times, so a rule or a fixture that holds only at some
 * hours fails in every run.
 */
import { CLOCK, DAY_MS, OffsetClock, localDateOf, localDateTimeToUtc, type Clock } from '@invataxi/domain';

function pinnedOffsetMs(): number {
  const at = process.env.TEST_LOCAL_TIME;
  if (!at) return 0;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) throw new Error(`TEST_LOCAL_TIME must be HH:MM, got "${at}"`);
  // The next such local time, never one past: rows the database stamps with its own now() then
  // stay in the pinned clock's past, as they would be in production.
  const realNow = Date.now();
  const today = localDateTimeToUtc(localDateOf(new Date(realNow)), at).getTime();
  return (today >= realNow ? today : today + DAY_MS) - realNow;
}

/** How far the run's clock is from the system's (the value of TEST_CLOCK_OFFSET_MS). */
export const CLOCK_OFFSET_MS = pinnedOffsetMs();

/** "Now" as the apps under test see it: what fixtures compute dates from. */
export function testNow(): Date {
  return new Date(Date.now() + CLOCK_OFFSET_MS);
}

/** An app's clock (an OffsetClock in tests: NODE_ENV=test). */
export function appClock(app: { get(token: symbol): unknown }): OffsetClock {
  const c = app.get(CLOCK) as Clock;
  if (!(c instanceof OffsetClock)) throw new Error('the app under test does not run on an OffsetClock');
  return c;
}

/** Runs `fn` with the app's clock moved to `instant`, then puts it back on the run's time. */
export async function atInstant<T>(
  app: { get(token: symbol): unknown },
  instant: Date,
  fn: () => Promise<T>,
): Promise<T> {
  const clock = appClock(app);
  clock.setTo(instant);
  try {
    return await fn();
  } finally {
    clock.setTo(testNow());
  }
}
