/**
 * The platform's clock, as the pages read "now" (issue 23, a tester in the demo: the rider's
 * card mixed a time of the phone's clock with the platform's, which the demo moves with
 * DEMO_CLOCK_OFFSET_MS). GET /app-config says the platform's time; the difference from this
 * device's clock is kept and added to every "now" the pages take (today, countdowns, the times
 * of the driver's positions). Under half a minute apart, the device's clock is taken as it is
 * (the answer's own travel time is noise, not a moved clock). The difference is remembered on
 * the device, so a driver's page opened without a connection still stamps its positions on the
 * platform's clock.
 */
const NOISE_MS = 30_000;
const KEY = 'invataxi.clockOffsetMs';
/** The device's storage, where there is one (this module is also compiled and tested outside a browser). */
const storage = (): { getItem(k: string): string | null; setItem(k: string, v: string): void } | undefined =>
  (globalThis as { localStorage?: ReturnType<typeof storage> }).localStorage;

function remembered(): number {
  try {
    const v = Number(storage()?.getItem(KEY));
    return Number.isFinite(v) ? v : 0;
  } catch {
    return 0;
  }
}

let offsetMs = remembered();

/** Now on the platform's clock, in milliseconds (Date.now() until the platform has answered). */
export function appNow(): number {
  return Date.now() + offsetMs;
}

/** The platform's clock as told at `serverNow`, asked at `sentAt` and answered at `receivedAt` (device ms). */
export function followAppClock(serverNow: string, sentAt: number, receivedAt: number): void {
  const told = Date.parse(serverNow);
  if (Number.isNaN(told)) return;
  const diff = told - (sentAt + receivedAt) / 2;
  offsetMs = Math.abs(diff) < NOISE_MS ? 0 : Math.round(diff);
  try {
    storage()?.setItem(KEY, String(offsetMs));
  } catch {
    // private mode or no storage: the next page load asks again
  }
}
