import { awardedServiceDate, awardedServiceStart, expectedServiceDateForBooking } from './expected-date';

const rules = { escalationDays: 5, onboardingDays: 7 };
// Awarded 2026-12-08 11:40 local, submitted that morning by price offers (walk t25 M1).
const awardedAt = new Date('2026-12-08T06:40:00Z');
const award = {
  method: 'PRICE_OFFERS' as const,
  createdAt: new Date('2026-12-08T04:00:00Z'),
  submittedAt: new Date('2026-12-08T06:30:00Z'),
  awardedAt,
  contractStart: '2026-12-08',
  firstShiftAt: null,
};
const now = new Date('2026-12-08T07:00:00Z');

describe('the service start of an awarded request (walk t25 M1)', () => {
  it('is the date riders were told until the supplier has a shift', () => {
    expect(awardedServiceDate(award, rules, now)).toBe('2026-12-17');
    expect(awardedServiceStart(award, rules, now)).toBe('2026-12-17');
  });

  it("is the supplier's first shift's day when that comes earlier: its rides run then", () => {
    // 9 December, 07:00 local.
    const shifted = { ...award, firstShiftAt: new Date('2026-12-09T02:00:00Z') };
    expect(awardedServiceStart(shifted, rules, now)).toBe('2026-12-09');
    // A first shift after the told date does not move it later.
    expect(
      awardedServiceStart({ ...award, firstShiftAt: new Date('2026-12-20T02:00:00Z') }, rules, now),
    ).toBe('2026-12-17');
  });

  it("is never before the contract's first day", () => {
    expect(awardedServiceStart({ ...award, contractStart: '2026-12-20' }, rules, now)).toBe('2026-12-20');
    const early = { ...award, contractStart: '2026-12-10', firstShiftAt: new Date('2026-12-09T02:00:00Z') };
    expect(awardedServiceStart(early, rules, now)).toBe('2026-12-10');
  });

  it("is the rider's date when the booking's own request is awarded", () => {
    const requests = [
      { status: 'AWARDED' as const, ...award, firstShiftAt: new Date('2026-12-09T02:00:00Z') },
    ];
    expect(expectedServiceDateForBooking(requests, rules, now)).toBe('2026-12-09');
  });
});
