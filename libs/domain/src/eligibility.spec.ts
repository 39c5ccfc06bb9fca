import { checkEligibility, needsFromMobility, portalEffect } from './eligibility';
import type { EligibilityGrant } from './policy';
import { NATIONAL_DEFAULT_POLICY } from './policy';

const adult3 = { category: 'ADULT_GROUP_3' as const, validFrom: null, validUntil: null };

describe('eligibility', () => {
  it('grants by category with no act beyond the national list', () => {
    expect(
      checkEligibility(
        { birthDate: '1990-01-01', disability: { ...adult3, category: 'ADULT_GROUP_2' }, needs: [] },
        NATIONAL_DEFAULT_POLICY,
        '2026-12-01',
      ),
    ).toEqual({ eligible: true, basis: 'CATEGORY', category: 'ADULT_GROUP_2', act: null });
  });

  it("grants by a region's act, effective-dated (Kostanay: children with autism spectrum disorders)", () => {
    const kostanayAct: EligibilityGrant = {
      kind: 'NEED',
      need: 'AUTISM_SPECTRUM',
      underAgeYears: 18,
      act: 'Kostanay city akimat resolution (example)',
      from: '2026-01-01',
    };
    const policy = { ...NATIONAL_DEFAULT_POLICY, eligibleCategories: [], eligibilityGrants: [kostanayAct] };
    const child = {
      birthDate: '2015-05-05',
      disability: null,
      needs: [{ need: 'AUTISM_SPECTRUM' as const, validUntil: null }],
    };
    expect(checkEligibility(child, policy, '2026-12-01')).toMatchObject({
      eligible: true,
      basis: 'NEED',
      act: kostanayAct.act,
    });
    expect(checkEligibility(child, policy, '2025-12-31')).toEqual({
      eligible: false,
      reason: 'CATEGORY_NOT_ELIGIBLE',
    });
    expect(checkEligibility({ ...child, birthDate: '2005-05-05' }, policy, '2026-12-01').eligible).toBe(
      false,
    );
    const expired = { ...child, needs: [{ need: 'AUTISM_SPECTRUM' as const, validUntil: '2026-06-30' }] };
    expect(checkEligibility(expired, policy, '2026-12-01').eligible).toBe(false);
  });

  it('grants an extra category by act', () => {
    const policy = {
      ...NATIONAL_DEFAULT_POLICY,
      eligibilityGrants: [
        {
          kind: 'CATEGORY' as const,
          category: 'ADULT_GROUP_3' as const,
          act: 'akimat resolution No. 1 (example)',
        },
      ],
    };
    expect(
      checkEligibility({ birthDate: '1990-01-01', disability: adult3, needs: [] }, policy, '2026-12-01'),
    ).toMatchObject({
      eligible: true,
      act: 'akimat resolution No. 1 (example)',
    });
  });

  it('says why a category does not count: expired, or wrong for the age', () => {
    const expired = { category: 'ADULT_GROUP_1' as const, validFrom: null, validUntil: '2026-01-01' };
    expect(
      checkEligibility(
        { birthDate: '1990-01-01', disability: expired, needs: [] },
        NATIONAL_DEFAULT_POLICY,
        '2026-12-01',
      ),
    ).toEqual({
      eligible: false,
      reason: 'DISABILITY_EXPIRED',
    });
    const child = { category: 'CHILD_UNDER_7' as const, validFrom: null, validUntil: null };
    expect(
      checkEligibility(
        { birthDate: '2010-01-01', disability: child, needs: [] },
        NATIONAL_DEFAULT_POLICY,
        '2026-12-01',
      ),
    ).toEqual({
      eligible: false,
      reason: 'CATEGORY_AGE_MISMATCH',
    });
  });

  it('lets a valid need grant win over an expired category', () => {
    const expired = { category: 'ADULT_GROUP_1' as const, validFrom: null, validUntil: '2026-01-01' };
    const person = {
      birthDate: '1990-01-01',
      disability: expired,
      needs: [{ need: 'WHEELCHAIR_USER' as const, validUntil: null }],
    };
    expect(checkEligibility(person, NATIONAL_DEFAULT_POLICY, '2026-12-01')).toMatchObject({
      eligible: true,
      basis: 'NEED',
    });
  });
});

describe('needsFromMobility', () => {
  it('reads needs from a mobility profile with one validity', () => {
    const profile = {
      wheelchair: 'MANUAL' as const,
      stepFree: true,
      needsLift: false,
      visual: false,
      hearing: true,
      intellectual: false,
      guideDog: false,
    };
    expect(needsFromMobility(profile, '2027-01-01')).toEqual([
      { need: 'WHEELCHAIR_USER', validUntil: '2027-01-01' },
      { need: 'HEARING_IMPAIRMENT', validUntil: '2027-01-01' },
    ]);
  });
});

describe('the Portal answer under the one eligibility rule', () => {
  it('a person the Portal has no record of is judged on the record the officer registered', () => {
    expect(portalEffect('NO_RECORD')).toEqual({ updateRecord: false, hold: false });
  });
  it("the Portal's answer is written onto the record first when it knows the person", () => {
    expect(portalEffect('KNOWN')).toEqual({ updateRecord: true, hold: false });
  });
  it('never accepted on trust while the Portal cannot be asked: held', () => {
    expect(portalEffect('UNAVAILABLE')).toEqual({ updateRecord: false, hold: true });
    expect(portalEffect('NOT_ASKED')).toEqual({ updateRecord: false, hold: false });
  });
});
