/**
 * apps/web/src/app-now.ts: the pages read "now" on the platform's clock (GET /app-config), which
 * a demo moves away from the device's (issue 23: a rider's card mixed the two).
 */
import { appNow, followAppClock } from '../../apps/web/src/app-now';
import { dateFieldHint, kzToday, minutesUntil } from '../../apps/web/src/format';

const HOUR = 3600_000;

describe("the web app's clock", () => {
  afterEach(() => followAppClock(new Date().toISOString(), Date.now(), Date.now()));

  it("follows the platform's clock told by GET /app-config: today and countdowns on it", () => {
    const device = Date.now();
    // The demo's evening: the platform reads 17 hours ahead (the next date's late morning).
    const platform = device + 17 * HOUR;
    followAppClock(new Date(platform).toISOString(), device - 100, device + 100);
    expect(Math.abs(appNow() - (Date.now() + 17 * HOUR))).toBeLessThan(1000);
    expect(kzToday()).toBe(new Date(platform + 5 * HOUR).toISOString().slice(0, 10));
    expect(minutesUntil(new Date(platform + 30 * 60_000).toISOString())).toBe(30);
  });

  it("takes the device's clock as it is when the two are under half a minute apart", () => {
    const device = Date.now();
    followAppClock(new Date(device + 20_000).toISOString(), device - 300, device + 300);
    expect(Math.abs(appNow() - Date.now())).toBeLessThan(50);
  });

  it('ignores an answer that is not a time', () => {
    followAppClock(new Date(Date.now() + 5 * HOUR).toISOString(), Date.now(), Date.now());
    followAppClock('not a time', Date.now(), Date.now());
    expect(Math.abs(appNow() - (Date.now() + 5 * HOUR))).toBeLessThan(1000);
  });

  it("a date field's hint names one day: its own in words, or the platform's today as the example (walk t22 m14)", () => {
    const device = Date.now();
    const platform = device + 17 * HOUR;
    followAppClock(new Date(platform).toISOString(), device - 100, device + 100);
    const today = new Date(platform + 5 * HOUR).toISOString().slice(0, 10);
    expect(dateFieldHint(null, 'en')).toEqual({ example: today.split('-').reverse().join('.') });
    expect(dateFieldHint('2026-12-07', 'en')).toEqual({ words: 'Mon 7 December' });
  });
});
