import { expectedOnTimeShare, observedPickupDelays } from './expected-on-time';

const at = (min: number): Date => new Date(Date.UTC(2026, 10, 10, 5, 0) + min * 60_000);

describe('expected on-time share (t25 M3)', () => {
  it('observes the delays of completed rides only: actual minus planned pickup, seconds, ascending', () => {
    expect(
      observedPickupDelays([
        { status: 'COMPLETED', plannedPickupAt: at(0), actualPickupAt: at(12) },
        { status: 'COMPLETED', plannedPickupAt: at(0), actualPickupAt: at(-2) },
        { status: 'COMPLETED', plannedPickupAt: at(30), actualPickupAt: at(35) },
        // not completed, or no plan, or no pickup: no delay observed
        { status: 'NO_SHOW', plannedPickupAt: at(0), actualPickupAt: at(40) },
        { status: 'COMPLETED', plannedPickupAt: null, actualPickupAt: at(3) },
        { status: 'CANCELLED', plannedPickupAt: at(0), actualPickupAt: null },
      ]),
    ).toEqual([-120, 300, 720]);
  });

  it('counts each pickup on time with the share of delays within its slack', () => {
    // Delays observed: -2, 5, 12, 25 min. Slacks of the simulated pickups:
    //  20 min: -2, 5, 12 fit: 3/4;  5 min: -2, 5 fit: 2/4;  0 min: -2: 1/4;  30 min: all 4: 4/4.
    // Mean: (3 + 2 + 1 + 4) / 16 = 10/16.
    const delays = [-120, 300, 720, 1500];
    expect(expectedOnTimeShare(delays, [1200, 300, 0, 1800])).toBeCloseTo(10 / 16, 12);
  });

  it('reads lower for a tighter schedule: less slack, fewer delays absorbed', () => {
    const delays = [0, 300, 600, 900];
    const loose = expectedOnTimeShare(delays, [1200, 1200]); // 4/4 each
    const tight = expectedOnTimeShare(delays, [300, 0]); // 2/4 and 1/4
    expect(loose).toBe(1);
    expect(tight).toBe(3 / 8);
  });

  it('says nothing without a pickup or an observed delay', () => {
    expect(expectedOnTimeShare([], [600])).toBeNull();
    expect(expectedOnTimeShare([60], [])).toBeNull();
  });
});
