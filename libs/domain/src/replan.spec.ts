import { driverActedOn, pickupTimeChanged, replanMaxRideSeconds, rideChanges } from './replan';

const at = (hm: string): Date => new Date(`2026-12-08T${hm}:00+05:00`);

describe('re-plan rules (issue 18)', () => {
  it('never lets a ride grow beyond the policy factor, nor beyond the booked limit', () => {
    // 10 min direct, factor 1.5, +15 min: booked limit 30 min; today 12 min on board
    const limit = (current: number | null) =>
      replanMaxRideSeconds({
        bookedLimitSeconds: 1800,
        directSeconds: 600,
        factor: 1.5,
        currentRideSeconds: current,
      });
    expect(limit(720)).toBe(900); // may grow to 15 min (1.5 x 10), not to 30
    expect(limit(1200)).toBe(1200); // already 20 min: no longer than that
    expect(limit(2400)).toBe(1800); // the booked limit stays the ceiling
    expect(limit(null)).toBe(1800); // from the waitlist: the booked limit
  });

  it('tells a rider of a new pickup time only when it moved by five minutes or more', () => {
    expect(pickupTimeChanged(at('07:07'), at('07:11'))).toBe(false);
    expect(pickupTimeChanged(at('07:07'), at('07:12'))).toBe(true);
    expect(pickupTimeChanged(at('07:07'), at('07:00'))).toBe(true);
    expect(pickupTimeChanged(null, at('07:00'))).toBe(true);
  });

  it('lists rides moved, served from the waitlist and re-timed, not those barely touched', () => {
    const before = new Map([
      ['a', { shiftId: 's1', pickupAt: at('07:00') }],
      ['b', { shiftId: 's1', pickupAt: at('08:00') }],
      ['c', { shiftId: 's2', pickupAt: at('09:00') }],
    ]);
    const after = new Map([
      ['a', { shiftId: 's2', pickupAt: at('07:02') }],
      ['b', { shiftId: 's1', pickupAt: at('08:20') }],
      ['c', { shiftId: 's2', pickupAt: at('09:03') }],
      ['w', { shiftId: 's1', pickupAt: at('10:00') }],
    ]);
    expect(rideChanges(before, after).map((c) => [c.bookingId, c.kind, c.fromShiftId, c.toShiftId])).toEqual([
      ['a', 'MOVED', 's1', 's2'],
      ['b', 'RETIMED', 's1', 's1'],
      ['w', 'SERVED', null, 's1'],
    ]);
  });

  it('refuses an undo once a driver has acted on a ride or been shown it since', () => {
    const ride = {
      status: 'SCHEDULED',
      statusAtApply: 'SCHEDULED',
      confirmedToDriver: false,
      confirmedAtApply: false,
    };
    expect(driverActedOn([ride])).toBe(false);
    expect(driverActedOn([{ ...ride, confirmedToDriver: true, confirmedAtApply: true }])).toBe(false);
    expect(driverActedOn([ride, { ...ride, status: 'EN_ROUTE' }])).toBe(true);
    expect(driverActedOn([{ ...ride, confirmedToDriver: true }])).toBe(true);
    // a ride already under way when the plan was applied is not a reason to refuse
    expect(driverActedOn([{ ...ride, status: 'ON_BOARD', statusAtApply: 'ON_BOARD' }])).toBe(false);
  });
});
