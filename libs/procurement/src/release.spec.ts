import { planRelease, type AwaitingBooking } from './release';

const now = new Date('2026-06-01T05:00:00Z');
const later = new Date('2026-06-03T05:00:00Z');
const tiers = [['WORK', 'EDUCATION', 'HAEMODIALYSIS']] as const;

function b(id: string, over: Partial<AwaitingBooking>): AwaitingBooking {
  return {
    id,
    purpose: 'MEDICAL',
    requestedAt: new Date('2026-05-20T05:00:00Z'),
    pickupLatest: later,
    covered: true,
    ...over,
  };
}

describe('plan release of awaiting bookings', () => {
  it('expires the passed, releases the covered in priority order and keeps the rest waiting', () => {
    const plan = planRelease(
      [
        b('medical-early', { requestedAt: new Date('2026-05-10T05:00:00Z') }),
        b('medical-late', { requestedAt: new Date('2026-05-25T05:00:00Z') }),
        b('dialysis-late', { purpose: 'HAEMODIALYSIS', requestedAt: new Date('2026-05-28T05:00:00Z') }),
        b('work-mid', { purpose: 'WORK', requestedAt: new Date('2026-05-15T05:00:00Z') }),
        b('passed', { pickupLatest: new Date('2026-06-01T04:59:00Z') }),
        b('passed-uncovered', { pickupLatest: new Date('2026-05-31T04:59:00Z'), covered: false }),
        b('uncovered', { covered: false }),
      ],
      tiers,
      now,
    );
    expect(plan.release).toEqual(['work-mid', 'dialysis-late', 'medical-early', 'medical-late']);
    expect(plan.expire).toEqual(['passed', 'passed-uncovered']);
    expect(plan.waiting).toEqual(['uncovered']);
  });
});
