import { NATIONAL_DEFAULT_POLICY } from '@invataxi/domain';
import { procurementPeriodOf } from './period';

const national = NATIONAL_DEFAULT_POLICY;

describe('procurement period', () => {
  it('is at least the rest of the budget year (local time, UTC+5)', () => {
    expect(procurementPeriodOf(new Date('2026-02-14T12:00:00Z'), national)).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
      months: 12,
    });
    // Late in the year (issue 20: three weeks left is no lot): to the end of the next year.
    expect(procurementPeriodOf(new Date('2026-12-07T06:00:00Z'), national)).toEqual({
      start: '2026-10-01',
      end: '2027-12-31',
      months: 15,
    });
    // 30 September 20:00 UTC is already 1 October in Kazakhstan.
    expect(procurementPeriodOf(new Date('2026-09-30T20:00:00Z'), national).start).toBe('2026-10-01');
  });

  it("follows the region's policy: the month from which the next budget year is added", () => {
    const december = { ...national, procurementNextYearFromMonth: 12 };
    expect(procurementPeriodOf(new Date('2026-11-20T06:00:00Z'), december)).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
      months: 12,
    });
    const september = { ...national, procurementNextYearFromMonth: 9 };
    expect(procurementPeriodOf(new Date('2026-09-02T06:00:00Z'), september)).toEqual({
      start: '2026-09-01',
      end: '2027-12-31',
      months: 16,
    });
  });
});
