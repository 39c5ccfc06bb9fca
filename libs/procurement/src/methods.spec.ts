import { daysBetweenLocalDates, DomainError, NATIONAL_DEFAULT_POLICY } from '@invataxi/domain';
import {
  assertMethodAllowed,
  assertTermDays,
  expectedServiceDate,
  MAX_TERM_DAYS,
  METHOD_RULES,
} from './methods';
import { lotPeriodErrors } from './period';

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
    expect(() => assertTermDays(MAX_TERM_DAYS + 1)).toThrow(DomainError);
    expect(() => assertTermDays(1.5)).toThrow(DomainError);
    expect(() => assertTermDays(90)).not.toThrow();
  });

  it('lets a contract run for the whole lot, the longest one an officer may pick included (walk 20)', () => {
    const rules = NATIONAL_DEFAULT_POLICY;
    // The walk's lot: 7 December 2026 to 31 December 2027, 390 days; the contract ran 366 days
    // and 24 days of the purchased service had no contract.
    expect(lotPeriodErrors('2026-12-07', '2027-12-31', '2026-12-07', rules)).toEqual([]);
    expect(() => assertTermDays(daysBetweenLocalDates('2026-12-07', '2027-12-31') + 1)).not.toThrow();
    // The longest lot: from 1 January to the end of the next budget year.
    expect(lotPeriodErrors('2027-01-01', '2028-12-31', '2027-01-01', rules)).toEqual([]);
    expect(() => assertTermDays(daysBetweenLocalDates('2027-01-01', '2028-12-31') + 1)).not.toThrow();
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
