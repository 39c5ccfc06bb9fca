import {
  arrivingPickups,
  runningLateDue,
  stopEstimate,
  stopMinutesLate,
  stopEtas,
  type StopAhead,
} from './stop-eta';

describe('stopEtas and arrivingPickups (issue 22, M4: "arrives in about 8 min" 80 min early)', () => {
  const now = new Date('2026-12-08T08:11:00Z'); // 13:11 in Astana
  const at = (min: number) => new Date(now.getTime() + min * 60_000);
  const pickup = (id: string, opensIn: number | null, status = 'SCHEDULED'): StopAhead => ({
    bookingId: id,
    kind: 'PICKUP',
    status,
    serviceSeconds: 120,
    opensAt: opensIn === null ? null : at(opensIn),
  });
  const dropoff = (id: string): StopAhead => ({
    bookingId: id,
    kind: 'DROPOFF',
    status: 'ON_BOARD',
    serviceSeconds: 60,
  });

  it("the walk's case: a vehicle 8 min from a pick-up whose window opens in 79 min is there at the opening, and no alert", () => {
    const stops = [pickup('john', 79)];
    const etas = stopEtas(stops, [8 * 60], now);
    expect(etas).toEqual([
      { bookingId: 'john', kind: 'PICKUP', etaSeconds: 79 * 60, at: at(79).toISOString() },
    ]);
    expect(arrivingPickups(stops, etas, 10, now)).toEqual([]);
  });

  it('a stop ahead counts every stop before it: the drives, the boardings, the waits for a window', () => {
    const stops = [pickup('a', 12), dropoff('b'), pickup('c', null)];
    const etas = stopEtas(stops, [5 * 60, 4 * 60, 3 * 60], now);
    // a: drive 5 min, but its window opens at 12 -> 12; +2 boarding, +4 drive -> b at 18;
    // +1 alighting, +3 drive -> c at 22.
    expect(etas.map((e) => e.etaSeconds / 60)).toEqual([12, 18, 22]);
    expect(etas[2].at).toBe(at(22).toISOString());
  });

  it('alerts only the next stop (or a pick-up the driver is on the way to) when it is within the minutes', () => {
    const stops = [dropoff('b'), pickup('c', null), pickup('d', null, 'EN_ROUTE')];
    const etas = stopEtas(stops, [2 * 60, 3 * 60, 2 * 60], now);
    // c is 6 min away but a drop-off comes first: not alerted; d, the driver on the way: alerted.
    expect(etas.map((e) => e.etaSeconds / 60)).toEqual([2, 6, 10]);
    expect(arrivingPickups(stops, etas, 10, now).map((e) => e.bookingId)).toEqual(['d']);
    const next = [pickup('e', 3), pickup('f', null)];
    const nextEtas = stopEtas(next, [4 * 60, 60], now);
    expect(arrivingPickups(next, nextEtas, 10, now).map((e) => [e.bookingId, e.etaSeconds / 60])).toEqual([
      ['e', 4],
    ]);
    // Past the minutes: nothing, even for the next stop.
    expect(arrivingPickups([pickup('g', 11)], stopEtas([pickup('g', 11)], [60], now), 10, now)).toEqual([]);
  });
});

describe('stopEstimate (walk t22 m3: a passed planned drop-off with no new time)', () => {
  const now = new Date('2026-12-08T08:05:00Z'); // 13:05 in Astana
  const min = (m: number) => new Date(now.getTime() + m * 60_000);

  it("the report's case: drop-off planned 12:46, no live ETA: expected from now, 19 min late", () => {
    expect(stopEstimate(min(-19), null, now)).toEqual({ estimatedAt: now, minutesBehindPlan: 19 });
  });

  it("from the vehicle's live ETA when there is one; never before now; none while the plan holds", () => {
    expect(stopEstimate(min(-19), min(12), now)).toEqual({ estimatedAt: min(12), minutesBehindPlan: 31 });
    expect(stopEstimate(min(10), min(7), now)).toEqual({ estimatedAt: min(7), minutesBehindPlan: 0 });
    expect(stopEstimate(min(-3), min(-1), now)).toEqual({ estimatedAt: now, minutesBehindPlan: 3 });
    expect(stopEstimate(min(10), null, now)).toBeNull();
  });
});

describe('running late (walk t23 M5: "in 8 min" at 09:29, the vehicle at 09:50, nothing between)', () => {
  const t = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+05:00`);
  it('is due once the live ETA is more than 10 min past the time told, not at 10 min', () => {
    expect(runningLateDue(t('09:47'), t('09:37'), null, t('09:35'))).toBe(false);
    expect(runningLateDue(new Date(t('09:47').getTime() + 1000), t('09:37'), null, t('09:35'))).toBe(true);
  });
  it('says nothing when nothing was told, and at most once in 10 min', () => {
    expect(runningLateDue(t('09:50'), null, null, t('09:35'))).toBe(false);
    expect(runningLateDue(t('09:55'), t('09:37'), t('09:36'), t('09:45'))).toBe(false);
    expect(runningLateDue(t('09:55'), t('09:37'), t('09:36'), t('09:46'))).toBe(true);
  });
});

describe('stopMinutesLate (walk t23 M2: "Late 14 min" on the timeline, "late by 20 min" in the list)', () => {
  const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+05:00`);
  const stop = { plannedAt: at('12:33'), actualAt: null, estimatedAt: null, latest: at('12:40') };

  it("the report's pick-up: planned 12:33, window to 12:40, now expected 12:54: 14 min past the window, not 21 behind plan", () => {
    expect(stopMinutesLate({ ...stop, estimatedAt: at('12:54') })).toBe(14);
    expect(stopEstimate(stop.plannedAt, at('12:54'), at('12:20'))?.minutesBehindPlan).toBe(21);
  });

  it('a drop-off behind its plan but before its latest arrival is not late', () => {
    expect(
      stopMinutesLate({
        plannedAt: at('12:58'),
        actualAt: null,
        estimatedAt: at('13:17'),
        latest: at('13:30'),
      }),
    ).toBe(0);
  });

  it('reached: its actual time counts; not reached, no estimate: its plan', () => {
    expect(stopMinutesLate({ ...stop, actualAt: at('12:45'), estimatedAt: at('12:54') })).toBe(5);
    expect(stopMinutesLate({ ...stop, plannedAt: at('12:52') })).toBe(12);
    expect(stopMinutesLate({ ...stop, plannedAt: null })).toBe(0);
  });
});
