import { ALL_DAY_SERVICE_HOURS } from './policy';
import type { ServiceInterval } from './policy';
import { isWithinServiceHours } from './service-hours';

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
