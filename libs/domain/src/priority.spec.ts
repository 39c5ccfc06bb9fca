import { byServicePriority, compareReturnedRides, purposeRank } from './priority';
import { NATIONAL_DEFAULT_POLICY } from './policy';

const at = (m: number): Date => new Date(Date.UTC(2026, 11, 1, 3, m));

describe('waitlist priority (Karasay practice)', () => {
  it('ranks the first tier ahead of everything else, the rest equal', () => {
    const tiers = NATIONAL_DEFAULT_POLICY.purposePriorityTiers;
    expect(purposeRank('WORK', tiers)).toBe(0);
    expect(purposeRank('HAEMODIALYSIS', tiers)).toBe(0);
    expect(purposeRank('MEDICAL', tiers)).toBe(1);
    expect(purposeRank('OTHER', tiers)).toBe(1);
  });

  it('orders by purpose tier, then first come first served, then id', () => {
    const queue = [
      { id: 'a', purpose: 'MEDICAL' as const, requestedAt: at(1) },
      { id: 'b', purpose: 'EDUCATION' as const, requestedAt: at(5) },
      { id: 'c', purpose: 'SOCIAL_SERVICES' as const, requestedAt: at(0) },
      { id: 'd', purpose: 'HAEMODIALYSIS' as const, requestedAt: at(3) },
      { id: 'e', purpose: 'OTHER' as const, requestedAt: at(0) },
    ];
    expect([...queue].sort(byServicePriority(NATIONAL_DEFAULT_POLICY)).map((q) => q.id)).toEqual([
      'd',
      'b',
      'c',
      'e',
      'a',
    ]);
  });

  it('supports a strict order as one purpose per tier', () => {
    const policy = { purposePriorityTiers: [['HAEMODIALYSIS'], ['WORK']] as ('HAEMODIALYSIS' | 'WORK')[][] };
    const queue = [
      { id: 'w', purpose: 'WORK' as const, requestedAt: at(0) },
      { id: 'h', purpose: 'HAEMODIALYSIS' as const, requestedAt: at(9) },
    ];
    expect(queue.sort(byServicePriority(policy)).map((q) => q.id)).toEqual(['h', 'w']);
  });

  it('shows rides sent back together by purpose tier, then the pickup that comes first (issue 18)', () => {
    const tiers = NATIONAL_DEFAULT_POLICY.purposePriorityTiers;
    const rides = [
      { id: 'medical-0650', purpose: 'MEDICAL' as const, pickupEarliest: at(50) },
      { id: 'school-0800', purpose: 'EDUCATION' as const, pickupEarliest: at(120) },
      { id: 'dialysis-0710', purpose: 'HAEMODIALYSIS' as const, pickupEarliest: at(70) },
      { id: 'medical-0730', purpose: 'MEDICAL' as const, pickupEarliest: at(90) },
    ];
    expect([...rides].sort((a, b) => compareReturnedRides(a, b, tiers)).map((r) => r.id)).toEqual([
      'dialysis-0710',
      'school-0800',
      'medical-0650',
      'medical-0730',
    ]);
    // A region that puts dialysis alone in the first tier shows it ahead of a school run.
    const dialysisFirst = [['HAEMODIALYSIS'], ['WORK', 'EDUCATION']] as const;
    const early = { id: 'school-0600', purpose: 'EDUCATION' as const, pickupEarliest: at(0) };
    const sorted = [early, rides[2]!].sort((a, b) => compareReturnedRides(a, b, dialysisFirst));
    expect(sorted.map((r) => r.id)).toEqual(['dialysis-0710', 'school-0600']);
  });
});
