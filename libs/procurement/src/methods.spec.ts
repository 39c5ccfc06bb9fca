import { DomainError } from '@invataxi/domain';
import { assertMethodAllowed, assertTermDays, expectedServiceDate, METHOD_RULES } from './methods';

const rules = { escalationDays: 5, onboardingDays: 7 };
// 2026-03-10 10:00 local (05:00 UTC).
const now = new Date('2026-03-10T05:00:00Z');

describe('procurement methods', () => {
  it('price offers take about 2 days, an open tender about 10', () => {
    expect(METHOD_RULES.PRICE_OFFERS.typicalDays).toBe(2);
    expect(METHOD_RULES.OPEN_TENDER.typicalDays).toBe(10);
  });

  it('allows single source only after a failed procurement', () => {
    expect(() => assertMethodAllowed('SINGLE_SOURCE', null)).toThrow(DomainError);
    expect(() => assertMethodAllowed('SINGLE_SOURCE', { status: 'CANCELLED' })).toThrow(DomainError);
    expect(() => assertMethodAllowed('SINGLE_SOURCE', { status: 'FAILED' })).not.toThrow();
    expect(() => assertMethodAllowed('OPEN_TENDER', null)).not.toThrow();
    expect(() => assertMethodAllowed('PRICE_OFFERS', { status: 'FAILED' })).not.toThrow();
  });

  it('bounds the term', () => {
    expect(() => assertTermDays(0)).toThrow(DomainError);
    expect(() => assertTermDays(367)).toThrow(DomainError);
    expect(() => assertTermDays(1.5)).toThrow(DomainError);
    expect(() => assertTermDays(90)).not.toThrow();
  });

  it('expects service after submission + the method + onboarding', () => {
    const submitted = new Date('2026-03-09T06:00:00Z');
    expect(
      expectedServiceDate(
        { status: 'SUBMITTED', method: 'PRICE_OFFERS', createdAt: submitted, submittedAt: submitted },
        rules,
        now,
      ),
    ).toBe('2026-03-18'); // 9 March + 2 + 7
    expect(
      expectedServiceDate(
        { status: 'PUBLISHED', method: 'OPEN_TENDER', createdAt: submitted, submittedAt: submitted },
        rules,
        now,
      ),
    ).toBe('2026-03-26'); // 9 March + 10 + 7
  });

  it('counts a DRAFT as submitted at its escalation deadline, with the longest usual method', () => {
    const created = new Date('2026-03-08T06:00:00Z');
    expect(
      expectedServiceDate(
        { status: 'DRAFT', method: null, createdAt: created, submittedAt: null },
        rules,
        now,
      ),
    ).toBe('2026-03-30'); // 8 March + 5 + 10 + 7
  });

  it('is never before tomorrow, and null for a final request', () => {
    const long = new Date('2025-01-01T00:00:00Z');
    expect(
      expectedServiceDate(
        { status: 'SUBMITTED', method: 'PRICE_OFFERS', createdAt: long, submittedAt: long },
        rules,
        now,
      ),
    ).toBe('2026-03-11');
    expect(
      expectedServiceDate(
        { status: 'AWARDED', method: 'PRICE_OFFERS', createdAt: long, submittedAt: long },
        rules,
        now,
      ),
    ).toBeNull();
  });
});
