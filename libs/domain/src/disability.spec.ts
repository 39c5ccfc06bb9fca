import { ageBandOf, disabilityGroupOf, isCategoryConsistentWithAge, isDisabilityValidOn } from './disability';

describe('disability categories (order No. 260)', () => {
  it('knows the age band and group of each category', () => {
    expect(ageBandOf('CHILD_UNDER_7')).toBe('UNDER_7');
    expect(ageBandOf('CHILD_GROUP_2')).toBe('CHILD_7_TO_18');
    expect(ageBandOf('ADULT_GROUP_3')).toBe('ADULT');
    expect(disabilityGroupOf('CHILD_UNDER_7')).toBeNull();
    expect(disabilityGroupOf('CHILD_GROUP_2')).toBe(2);
    expect(disabilityGroupOf('ADULT_GROUP_1')).toBe(1);
  });

  it('checks the category against the age on a date (birthdays are the edges)', () => {
    const born = '2019-03-15';
    expect(isCategoryConsistentWithAge('CHILD_UNDER_7', born, '2026-03-14')).toBe(true);
    expect(isCategoryConsistentWithAge('CHILD_UNDER_7', born, '2026-03-15')).toBe(false);
    expect(isCategoryConsistentWithAge('CHILD_GROUP_1', born, '2026-03-15')).toBe(true);
    expect(isCategoryConsistentWithAge('CHILD_GROUP_1', born, '2037-03-15')).toBe(false);
    expect(isCategoryConsistentWithAge('ADULT_GROUP_1', born, '2037-03-15')).toBe(true);
    expect(isCategoryConsistentWithAge('ADULT_GROUP_1', born, '2037-03-14')).toBe(false);
  });

  it('is valid between validFrom and validUntil inclusive; null validUntil = no re-examination', () => {
    const record = { category: 'ADULT_GROUP_2' as const, validFrom: '2025-06-01', validUntil: '2026-05-31' };
    expect(isDisabilityValidOn(record, '2025-05-31')).toBe(false);
    expect(isDisabilityValidOn(record, '2025-06-01')).toBe(true);
    expect(isDisabilityValidOn(record, '2026-05-31')).toBe(true);
    expect(isDisabilityValidOn(record, '2026-06-01')).toBe(false);
    expect(isDisabilityValidOn({ ...record, validFrom: null, validUntil: null }, '2090-01-01')).toBe(true);
  });
});
