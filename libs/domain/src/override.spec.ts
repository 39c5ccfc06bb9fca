import {
  isOverrideReason,
  minutesLateAsShown,
  OVERRIDE_REASON_LABELS,
  OVERRIDE_REASONS,
  overrideNoteRequired,
  riderConsequences,
  staffDisplayName,
  type RiderTimes,
  type RiderWindows,
} from './override';

const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+05:00`);

describe('override reasons', () => {
  it('every reason has a label in kk, ru and en; only OTHER needs free text', () => {
    for (const r of OVERRIDE_REASONS)
      for (const lang of ['kk', 'ru', 'en'] as const)
        expect(OVERRIDE_REASON_LABELS[r][lang].length).toBeGreaterThan(3);
    expect(OVERRIDE_REASONS.filter(overrideNoteRequired)).toEqual(['OTHER']);
    expect(isOverrideReason('MEDICAL_PRIORITY')).toBe(true);
    expect(isOverrideReason('folding wheelchair')).toBe(false);
  });
});

describe('riderConsequences', () => {
  // issue 18, finding 3: a dialysis pickup planned 07:07 in the window 06:44-07:37 moved to 07:43
  const windows = new Map<string, RiderWindows>([
    ['dialysis', { pickupLatest: at('07:37'), dropoffLatest: at('08:00') }],
    ['calm', { pickupLatest: at('09:30'), dropoffLatest: at('10:30') }],
    ['nudged', { pickupLatest: at('09:30'), dropoffLatest: at('10:30') }],
  ]);
  const before = new Map<string, RiderTimes>([
    ['dialysis', { pickupAt: at('07:07'), dropoffAt: at('07:40') }],
    ['calm', { pickupAt: at('09:00'), dropoffAt: at('09:40') }],
    ['nudged', { pickupAt: at('09:00'), dropoffAt: at('09:40') }],
  ]);

  it('lists the rider made late with the minutes past the window, and one moved a lot; not a small drift', () => {
    const after = new Map<string, RiderTimes>([
      ['dialysis', { pickupAt: at('07:43'), dropoffAt: at('08:12') }],
      ['calm', { pickupAt: at('09:02'), dropoffAt: at('09:42') }],
      ['nudged', { pickupAt: at('09:10'), dropoffAt: at('09:50') }],
    ]);
    const out = riderConsequences(before, after, windows);
    expect(out.map((c) => [c.bookingId, c.minutesLate])).toEqual([
      ['dialysis', 12],
      ['nudged', 0],
    ]);
    expect(out[0]!.after.pickupAt).toEqual(at('07:43'));
    expect(out[0]).toMatchObject({ pickupMinutesLate: 6, dropoffMinutesLate: 12 });
  });

  it('a rider moved to the very end of the window is listed (moved), not late', () => {
    const after = new Map<string, RiderTimes>([
      ['dialysis', { pickupAt: at('07:37'), dropoffAt: at('07:59') }],
    ]);
    const out = riderConsequences(before, after, windows);
    expect(out).toEqual([expect.objectContaining({ bookingId: 'dialysis', minutesLate: 0 })]);
  });

  it('a rider already on board counts by the drop-off alone', () => {
    const b = new Map<string, RiderTimes>([['dialysis', { pickupAt: null, dropoffAt: at('07:58') }]]);
    const a = new Map<string, RiderTimes>([['dialysis', { pickupAt: null, dropoffAt: at('08:01') }]]);
    expect(riderConsequences(b, a, windows).map((c) => c.minutesLate)).toEqual([1]);
  });

  it('riders who left the route, or whose times do not change, are not listed', () => {
    expect(riderConsequences(before, new Map(), windows)).toEqual([]);
    expect(riderConsequences(before, before, windows)).toEqual([]);
  });
});

describe('staffDisplayName', () => {
  it('surname and initials', () => {
    expect(staffDisplayName('Ахметова Айгерим Болатовна')).toBe('Ахметова А. Б.');
    expect(staffDisplayName('  Smith   john ')).toBe('Smith J.');
    expect(staffDisplayName('Ә')).toBe('Ә');
    expect(staffDisplayName('')).toBe('');
  });
});

describe('minutesLateAsShown (walk F4c: "12 min" for 07:41 against 07:30)', () => {
  const t = (hhmmss: string) => new Date(`2026-12-08T${hhmmss}+05:00`).getTime();
  it('counts the minutes a person reads off the shown times', () => {
    expect(minutesLateAsShown(t('07:41:20'), t('07:30:00'))).toBe(11);
    expect(minutesLateAsShown(t('07:41:00'), t('07:30:00'))).toBe(11);
    expect(minutesLateAsShown(t('07:30:20'), t('07:30:00'))).toBe(1);
    expect(minutesLateAsShown(t('07:29:59'), t('07:30:00'))).toBe(0);
  });
});
