import { ALL_DAY_SERVICE_HOURS } from './policy';
import type { ServiceInterval } from './policy';
import { firstBookablePickup, isWithinServiceHours, partsWithinServiceHours } from './service-hours';

const local = (date: string, time: string): Date => new Date(`${date}T${time}:00+05:00`);
const office: ServiceInterval[] = [
  ['09:00', '13:00'],
  ['14:00', '18:00'],
];
const week: ServiceInterval[][] = [office, office, office, office, office, [], []];

describe('service hours', () => {
  it('takes a trip that fits in one interval, on a weekday (1 Dec 2026 is a Tuesday)', () => {
    expect(isWithinServiceHours(week, local('2026-12-01', '09:00'), local('2026-12-01', '09:30'))).toBe(true);
    expect(isWithinServiceHours(week, local('2026-12-01', '17:30'), local('2026-12-01', '18:00'))).toBe(true);
  });

  it('refuses a trip across the lunch break, after closing or on a weekend', () => {
    expect(isWithinServiceHours(week, local('2026-12-01', '12:50'), local('2026-12-01', '13:10'))).toBe(
      false,
    );
    expect(isWithinServiceHours(week, local('2026-12-01', '17:50'), local('2026-12-01', '18:10'))).toBe(
      false,
    );
    expect(isWithinServiceHours(week, local('2026-12-05', '10:00'), local('2026-12-05', '10:30'))).toBe(
      false,
    );
    expect(isWithinServiceHours(week, local('2026-12-01', '18:00'))).toBe(false);
  });

  it('joins intervals that meet at midnight (24/7)', () => {
    expect(
      isWithinServiceHours(ALL_DAY_SERVICE_HOURS, local('2026-12-06', '23:40'), local('2026-12-07', '00:20')),
    ).toBe(true);
    const lateFriday: ServiceInterval[][] = [[], [], [], [], [['20:00', '24:00']], [['00:00', '02:00']], []];
    expect(isWithinServiceHours(lateFriday, local('2026-12-04', '23:30'), local('2026-12-05', '01:00'))).toBe(
      true,
    );
    expect(isWithinServiceHours(lateFriday, local('2026-12-04', '23:30'), local('2026-12-05', '02:30'))).toBe(
      false,
    );
  });
});

describe('the first pickup a booking form offers (walk t22 m9)', () => {
  const rules = { minLeadMinutes: 60, maxHorizonDays: 14, serviceHours: week };
  it('is now plus the notice, up to the next quarter hour, the same day while the hours run', () => {
    // Tuesday 8 Dec 2026, 13:10 on the platform's clock: not the form's old 10:00.
    expect(firstBookablePickup(rules, local('2026-12-08', '13:10'))).toEqual({
      date: '2026-12-08',
      time: '14:15',
    });
    expect(firstBookablePickup(rules, local('2026-12-08', '09:00'))).toEqual({
      date: '2026-12-08',
      time: '10:00',
    });
    expect(firstBookablePickup({ ...rules, minLeadMinutes: 30 }, local('2026-12-08', '10:01'))).toEqual({
      date: '2026-12-08',
      time: '10:45',
    });
  });

  it('waits for an opening: after a break, after closing, over a weekend', () => {
    // 12:30 + 60 = 13:30, in the lunch break: the afternoon's opening.
    expect(firstBookablePickup(rules, local('2026-12-08', '12:30'))).toEqual({
      date: '2026-12-08',
      time: '14:00',
    });
    // 16:50 + 60 = 17:50: too near closing for a ride; the next morning.
    expect(firstBookablePickup(rules, local('2026-12-08', '16:50'))).toEqual({
      date: '2026-12-09',
      time: '09:00',
    });
    expect(firstBookablePickup(rules, local('2026-12-08', '23:50'))).toEqual({
      date: '2026-12-09',
      time: '09:00',
    });
    // Friday evening: Monday's opening.
    expect(firstBookablePickup(rules, local('2026-12-11', '20:00'))).toEqual({
      date: '2026-12-14',
      time: '09:00',
    });
    // Opening at 09:10 is offered at 09:15, on the quarter hour.
    const late = [[['09:10', '18:00']], [], [], [], [], [], []] as ServiceInterval[][];
    expect(firstBookablePickup({ ...rules, serviceHours: late }, local('2026-12-08', '20:00'))).toEqual({
      date: '2026-12-14',
      time: '09:15',
    });
  });

  it('round the clock: any quarter hour, across midnight', () => {
    const always = { ...rules, serviceHours: ALL_DAY_SERVICE_HOURS };
    expect(firstBookablePickup(always, local('2026-12-08', '23:50'))).toEqual({
      date: '2026-12-09',
      time: '01:00',
    });
  });

  it('none within the horizon: null', () => {
    const closed = { ...rules, serviceHours: [[], [], [], [], [], [], []] };
    expect(firstBookablePickup(closed, local('2026-12-08', '10:00'))).toBeNull();
    // Friday evening with a horizon of one day: Saturday and Sunday closed.
    expect(firstBookablePickup({ ...rules, maxHorizonDays: 1 }, local('2026-12-11', '20:00'))).toBeNull();
  });

  it('cuts a period to the hours: a shift to its open parts, none outside them (walk t25 minor 1)', () => {
    const parts = (hours: ServiceInterval[][], from: Date, to: Date) =>
      partsWithinServiceHours(hours, from, to).map((p) => [p.start, p.end]);
    // A 07:00-21:00 shift on a Tuesday: 09:00-13:00 and 14:00-18:00.
    expect(parts(week, local('2026-12-01', '07:00'), local('2026-12-01', '21:00'))).toEqual([
      [local('2026-12-01', '09:00'), local('2026-12-01', '13:00')],
      [local('2026-12-01', '14:00'), local('2026-12-01', '18:00')],
    ]);
    // Inside the hours: as it is; on a closed Saturday or before opening: nothing.
    expect(parts(week, local('2026-12-01', '10:00'), local('2026-12-01', '12:00'))).toEqual([
      [local('2026-12-01', '10:00'), local('2026-12-01', '12:00')],
    ]);
    expect(parts(week, local('2026-12-05', '07:00'), local('2026-12-05', '21:00'))).toEqual([]);
    expect(parts(week, local('2026-12-01', '06:00'), local('2026-12-01', '09:00'))).toEqual([]);
    // A night shift across midnight of hours that meet there: one part.
    const evenings: ServiceInterval[][] = Array.from({ length: 7 }, () => [
      ['00:00', '02:00'],
      ['20:00', '24:00'],
    ]);
    expect(parts(evenings, local('2026-12-01', '19:00'), local('2026-12-02', '03:00'))).toEqual([
      [local('2026-12-01', '20:00'), local('2026-12-02', '02:00')],
    ]);
  });
});
