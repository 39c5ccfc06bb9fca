import {
  noShowAllowedFrom,
  noShowDisputeInTime,
  noShowDisputeLastDay,
  suspendedUntil,
  suspensionAt,
  suspensionsFrom,
} from './no-show';

const rule = { count: 3, windowDays: 30, suspensionDays: 14 };
const day = (d: string): Date => new Date(`${d}T10:00:00Z`);
const ns = (d: string, forgiven = false) => ({ at: day(d), forgiven });

describe('no-show rule', () => {
  it('suspends for D days from the Nth no-show within M days', () => {
    const record = [ns('2026-11-01'), ns('2026-11-10'), ns('2026-11-20')];
    expect(suspendedUntil(record, rule, day('2026-11-21'))).toEqual(day('2026-12-04'));
    expect(suspendedUntil(record, rule, day('2026-12-04'))).toBeNull();
  });

  it('does not suspend when the no-shows are spread wider than the window', () => {
    expect(
      suspendedUntil([ns('2026-10-01'), ns('2026-10-20'), ns('2026-11-05')], rule, day('2026-11-06')),
    ).toBeNull();
  });

  it('ignores forgiven no-shows', () => {
    const record = [ns('2026-11-01'), ns('2026-11-10', true), ns('2026-11-20')];
    expect(suspendedUntil(record, rule, day('2026-11-21'))).toBeNull();
  });

  it('starts counting afresh after a suspension', () => {
    const record = [ns('2026-11-01'), ns('2026-11-02'), ns('2026-11-03'), ns('2026-11-20')];
    expect(suspensionsFrom(record, rule)).toHaveLength(1);
    expect(suspendedUntil(record, rule, day('2026-11-21'))).toBeNull();
    const more = [...record, ns('2026-11-22'), ns('2026-11-25')];
    expect(suspensionsFrom(more, rule).map((s) => s.from)).toEqual([day('2026-11-03'), day('2026-11-25')]);
  });

  it('a disputed no-show counts only once the dispute is decided against the rider (issue 23)', () => {
    const pending = [ns('2026-11-01'), ns('2026-11-10'), { ...ns('2026-11-20'), disputePending: true }];
    expect(suspendedUntil(pending, rule, day('2026-11-21'))).toBeNull();
    const rejected = pending.map((n) => ({ ...n, disputePending: false }));
    expect(suspendedUntil(rejected, rule, day('2026-11-21'))).toEqual(day('2026-12-04'));
    // upheld: forgiven, never counts
    const upheld = pending.map((n, i) => ({ ...n, disputePending: false, forgiven: i === 2 }));
    expect(suspendedUntil(upheld, rule, day('2026-11-21'))).toBeNull();
  });

  it('a suspension names the no-shows that made the pattern (the reasons shown to the rider)', () => {
    const record = [
      ns('2026-10-01'),
      ns('2026-11-01'),
      ns('2026-11-10', true),
      ns('2026-11-12'),
      ns('2026-11-20'),
    ];
    expect(suspensionAt(record, rule, day('2026-11-21'))).toEqual({
      from: day('2026-11-20'),
      until: day('2026-12-04'),
      noShows: [day('2026-11-01'), day('2026-11-12'), day('2026-11-20')],
    });
    expect(suspensionAt(record, rule, day('2026-12-05'))).toBeNull();
  });

  it('never suspends without a rule', () => {
    expect(
      suspendedUntil([ns('2026-11-01'), ns('2026-11-01'), ns('2026-11-01')], null, day('2026-11-02')),
    ).toBeNull();
  });

  it('lets the driver report a no-show after the wait, counted from the later of arrival and window', () => {
    const pickupEarliest = new Date('2026-12-01T05:00:00Z');
    expect(
      noShowAllowedFrom(new Date('2026-12-01T04:50:00Z'), pickupEarliest, { noShowWaitMinutes: 5 }),
    ).toEqual(new Date('2026-12-01T05:05:00Z'));
    expect(
      noShowAllowedFrom(new Date('2026-12-01T05:10:00Z'), pickupEarliest, { noShowWaitMinutes: 5 }),
    ).toEqual(new Date('2026-12-01T05:15:00Z'));
  });
});

describe('the dispute deadline (issue 23)', () => {
  it("is the no-show's local day plus the region's days (14 by default); the whole last day counts", () => {
    // 19:30 UTC is 00:30 the next day in Kazakhstan (UTC+5): the local day is the 2nd
    const at = new Date('2026-12-01T19:30:00Z');
    expect(noShowDisputeLastDay(at, {})).toBe('2026-12-16');
    expect(noShowDisputeLastDay(at, { noShowDisputeDays: 3 })).toBe('2026-12-05');
    expect(noShowDisputeInTime(new Date('2026-12-05T18:59:59Z'), '2026-12-05')).toBe(true);
    expect(noShowDisputeInTime(new Date('2026-12-05T19:00:00Z'), '2026-12-05')).toBe(false);
  });
});
