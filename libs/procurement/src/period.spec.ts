import { procurementPeriodOf } from './period';

describe('procurement period', () => {
  it('is the local calendar quarter (UTC+5)', () => {
    expect(procurementPeriodOf(new Date('2026-02-14T12:00:00Z'))).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
      months: 3,
    });
    expect(procurementPeriodOf(new Date('2026-11-25T06:00:00Z'))).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
      months: 3,
    });
    // 31 March 20:00 UTC is already 1 April in Kazakhstan.
    expect(procurementPeriodOf(new Date('2026-03-31T20:00:00Z')).start).toBe('2026-04-01');
  });
});
