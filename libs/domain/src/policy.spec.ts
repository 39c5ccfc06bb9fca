import type { ServicePolicyRules } from './policy';
import {
  ALL_DAY_SERVICE_HOURS,
  diffPolicies,
  NATIONAL_DEFAULT_POLICY,
  nationalDefaultRulesFor,
  validatePolicyRules,
} from './policy';

const astana: ServicePolicyRules = { ...NATIONAL_DEFAULT_POLICY, serviceAreaKato: ['710000000'] };

function errorsOf(input: unknown): { field: string; code: string }[] {
  const r = validatePolicyRules(input);
  return r.ok ? [] : r.errors.map(({ field, code }) => ({ field, code }));
}

describe('service policy', () => {
  it('has defaults from DOMAIN.md: groups 1 and 2, children, wheelchair users, visually impaired', () => {
    expect(NATIONAL_DEFAULT_POLICY.eligibleCategories).toEqual(
      expect.arrayContaining(['ADULT_GROUP_1', 'ADULT_GROUP_2', 'CHILD_UNDER_7', 'CHILD_GROUP_3']),
    );
    expect(NATIONAL_DEFAULT_POLICY.eligibleCategories).not.toContain('ADULT_GROUP_3');
    const needs = NATIONAL_DEFAULT_POLICY.eligibilityGrants.map((g) =>
      g.kind === 'NEED' ? g.need : g.category,
    );
    expect(needs).toEqual(expect.arrayContaining(['WHEELCHAIR_USER', 'VISUAL_IMPAIRMENT']));
    expect(NATIONAL_DEFAULT_POLICY.purposePriorityTiers[0]).toEqual(['WORK', 'EDUCATION', 'HAEMODIALYSIS']);
    expect(NATIONAL_DEFAULT_POLICY.minLeadMinutes).toBe(60);
    expect(NATIONAL_DEFAULT_POLICY.maxHorizonDays).toBe(14);
    expect(NATIONAL_DEFAULT_POLICY.noShowWaitMinutes).toBe(5);
  });

  it('is plain JSON: survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(astana))).toEqual(astana);
  });

  it('accepts a complete region policy, 24/7 included', () => {
    expect(validatePolicyRules(astana)).toEqual({ ok: true, rules: astana });
    expect(
      validatePolicyRules({ ...astana, serviceHours: ALL_DAY_SERVICE_HOURS, tripsPerMonth: 10 }).ok,
    ).toBe(true);
  });

  it('wants a service area: the national default alone is not a region policy', () => {
    expect(errorsOf(NATIONAL_DEFAULT_POLICY)).toEqual([{ field: 'serviceAreaKato', code: 'EMPTY' }]);
  });

  it('reports field-level errors with paths', () => {
    const bad = {
      ...astana,
      eligibleCategories: ['ADULT_GROUP_1', 'GROUP_4'],
      eligibilityGrants: [{ kind: 'NEED', need: 'AUTISM_SPECTRUM', underAgeYears: 18, act: '' }],
      tripsPerMonth: -1,
      allowedPurposes: [],
      serviceHours: [
        [['18:00', '09:00']],
        [
          ['09:00', '13:00'],
          ['12:00', '18:00'],
        ],
        [],
        [],
        [],
        [['9:00', '18:00']],
      ],
      serviceAreaKato: ['71'],
      noShowRule: { count: 0, windowDays: 30, suspensionDays: 14 },
      maxRideTime: { factor: 0.5, plusMinutes: 15 },
      surprise: true,
    };
    expect(errorsOf(bad)).toEqual(
      expect.arrayContaining([
        { field: 'surprise', code: 'UNKNOWN_FIELD' },
        { field: 'eligibleCategories[1]', code: 'UNKNOWN_VALUE' },
        { field: 'eligibilityGrants[0].act', code: 'REQUIRED' },
        { field: 'tripsPerMonth', code: 'OUT_OF_RANGE' },
        { field: 'allowedPurposes', code: 'EMPTY' },
        { field: 'serviceHours', code: 'NOT_SEVEN_DAYS' },
        { field: 'serviceHours[0][0]', code: 'EMPTY_INTERVAL' },
        { field: 'serviceHours[1][1]', code: 'OVERLAPS_PREVIOUS' },
        { field: 'serviceHours[5][0][0]', code: 'NOT_A_TIME' },
        { field: 'serviceAreaKato[0]', code: 'NOT_A_KATO_CODE' },
        { field: 'noShowRule.count', code: 'OUT_OF_RANGE' },
        { field: 'maxRideTime.factor', code: 'OUT_OF_RANGE' },
      ]),
    );
  });

  it('requires nullable fields to be present (null means "none", absence is a mistake)', () => {
    const { tripsPerMonth: _t, noShowRule: _n, ...rest } = astana;
    expect(errorsOf(rest)).toEqual(
      expect.arrayContaining([
        { field: 'tripsPerMonth', code: 'REQUIRED' },
        { field: 'noShowRule', code: 'REQUIRED' },
      ]),
    );
    expect(validatePolicyRules({ ...astana, noShowRule: null, tripsPerMonth: null }).ok).toBe(true);
  });

  it('checks the polygon', () => {
    expect(
      errorsOf({
        ...astana,
        serviceAreaPolygon: [
          [71.4, 51.1],
          [200, 51.2],
        ],
      }),
    ).toEqual([
      { field: 'serviceAreaPolygon', code: 'TOO_FEW_POINTS' },
      { field: 'serviceAreaPolygon[1]', code: 'NOT_A_POINT' },
    ]);
    expect(errorsOf('a policy')).toEqual([{ field: '', code: 'NOT_AN_OBJECT' }]);
  });

  it('takes a booking phone as riders dial it, or none', () => {
    expect(errorsOf({ ...astana, bookingPhone: '+7 (7172) 00-00-00' })).toEqual([]);
    expect(errorsOf({ ...astana, bookingPhone: null })).toEqual([]);
    expect(errorsOf(astana)).toEqual([]);
    expect(errorsOf({ ...astana, bookingPhone: 'call 1414' })).toEqual([
      { field: 'bookingPhone', code: 'NOT_A_PHONE' },
    ]);
    expect(errorsOf({ ...astana, bookingPhone: 77172 })).toEqual([
      { field: 'bookingPhone', code: 'NOT_A_PHONE' },
    ]);
  });

  it('diffs two versions field by field, with added and removed list items', () => {
    const next: ServicePolicyRules = {
      ...astana,
      tripsPerMonth: 12,
      eligibleCategories: [...astana.eligibleCategories, 'ADULT_GROUP_3'],
      timeWindows: { ...astana.timeWindows, pickupAfterMinutes: 20 },
      serviceHours: ALL_DAY_SERVICE_HOURS,
    };
    const changes = diffPolicies(astana, next);
    expect(changes.map((c) => c.field)).toEqual([
      'eligibleCategories',
      'tripsPerMonth',
      'serviceHours[0]',
      'serviceHours[1]',
      'serviceHours[2]',
      'serviceHours[3]',
      'serviceHours[4]',
      'serviceHours[5]',
      'serviceHours[6]',
      'timeWindows.pickupAfterMinutes',
    ]);
    expect(changes[0]).toMatchObject({ added: ['ADULT_GROUP_3'], removed: [] });
    expect(changes[1]).toEqual({ field: 'tripsPerMonth', before: null, after: 12 });
    expect(changes[9]).toEqual({ field: 'timeWindows.pickupAfterMinutes', before: 15, after: 20 });
    expect(diffPolicies(astana, JSON.parse(JSON.stringify(astana)) as ServicePolicyRules)).toEqual([]);
  });
});

describe('nationalDefaultRulesFor', () => {
  it('is the national defaults serving the region itself', () => {
    expect(nationalDefaultRulesFor('750000000')).toEqual({
      ...NATIONAL_DEFAULT_POLICY,
      serviceAreaKato: ['750000000'],
    });
    expect(NATIONAL_DEFAULT_POLICY.serviceAreaKato).toEqual([]);
  });
});
