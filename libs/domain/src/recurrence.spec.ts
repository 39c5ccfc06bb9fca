import { endSeriesBefore, occurrencesBetween, validateRecurrenceRule } from './recurrence';
import type { RecurrenceRule } from './recurrence';

// Haemodialysis Mon/Wed/Fri 07:30 from Monday 1 December 2025 for three months.
const dialysis: RecurrenceRule = {
  weekdays: [0, 2, 4],
  time: '07:30',
  startDate: '2025-12-01',
  endDate: '2026-02-28',
};

describe('recurring series', () => {
  it('gives the occurrences of a window [from, to), in local dates and UTC instants', () => {
    const week = occurrencesBetween(dialysis, '2025-12-01', '2025-12-08');
    expect(week.map((o) => o.date)).toEqual(['2025-12-01', '2025-12-03', '2025-12-05']);
    expect(week[0]?.at.toISOString()).toBe('2025-12-01T02:30:00.000Z');
  });

  it('is bounded by the series and counts three months', () => {
    expect(occurrencesBetween(dialysis, '2025-01-01', '2027-01-01')).toHaveLength(39);
    expect(occurrencesBetween(dialysis, '2026-02-27', '2026-03-10').map((o) => o.date)).toEqual([
      '2026-02-27',
    ]);
    expect(occurrencesBetween(dialysis, '2025-12-08', '2025-12-08')).toEqual([]);
  });

  it('is deterministic and skips cancelled occurrences', () => {
    const rule = { ...dialysis, skipDates: ['2025-12-03'] };
    expect(occurrencesBetween(rule, '2025-12-01', '2025-12-08').map((o) => o.date)).toEqual([
      '2025-12-01',
      '2025-12-05',
    ]);
    expect(occurrencesBetween(rule, '2025-12-01', '2025-12-31')).toEqual(
      occurrencesBetween(rule, '2025-12-01', '2025-12-31'),
    );
  });

  it('cancels the rest of a series from a date', () => {
    const cut = endSeriesBefore(dialysis, '2026-01-05');
    expect(cut.endDate).toBe('2026-01-04');
    expect(occurrencesBetween(cut, '2026-01-01', '2026-02-01').map((o) => o.date)).toEqual(['2026-01-02']);
  });

  it('validates a series', () => {
    expect(validateRecurrenceRule(dialysis)).toEqual([]);
    expect(
      validateRecurrenceRule({
        weekdays: [7 as 0, 1, 1],
        time: '7:30',
        startDate: '2026-03-01',
        endDate: '2026-02-01',
      }).map((e) => e.field + ':' + e.code),
    ).toEqual(['weekdays[0]:OUT_OF_RANGE', 'weekdays:DUPLICATE', 'time:NOT_A_TIME', 'endDate:BEFORE_START']);
    expect(validateRecurrenceRule({ ...dialysis, endDate: '2027-12-01' })[0]?.code).toBe('TOO_LONG');
  });
});
