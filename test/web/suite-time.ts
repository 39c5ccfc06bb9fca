/**
 * The time the browser suite runs at, never the machine's hour: TEST_LOCAL_TIME when the run
 * pins one (`.ci/run`, or by hand to try another hour), else 10:00 local, inside the demo city's
 * service hours (07:00-21:00), so today's shifts and rides exist at any real hour. run.ts imports
 * this first: test/support/clock.ts reads TEST_LOCAL_TIME once, when it loads. The api, the
 * dispatcher, the demo data and every browser page (Playwright's clock, see newPage) then run
 * on that instant.
 */
export const WEB_DEFAULT_LOCAL_TIME = '10:00';

if (!process.env.TEST_LOCAL_TIME) process.env.TEST_LOCAL_TIME = WEB_DEFAULT_LOCAL_TIME;
