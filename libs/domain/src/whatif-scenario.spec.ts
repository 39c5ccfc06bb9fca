import { message, type MessageParams } from './messages';
import { NATIONAL_DEFAULT_POLICY } from './policy';
import {
  applyPolicyVariant,
  fleetChangeText,
  recordedDemand,
  whatIfBaseline,
  baselineFirst,
  rideLimitText,
  rulesApplied,
  sharedReasonParams,
  whatIfRefusalLabel,
  validateFleetTakeaway,
  validateWhatIfScenario,
  vehicleKindOf,
  type WhatIfScenarioParams,
} from './whatif-scenario';

const TODAY = '2026-12-07';
const ok: WhatIfScenarioParams = {
  demand: { from: '2026-11-01', to: '2026-11-30', growth: 1.2 },
  fleet: [{ kind: 'WHEELCHAIR_VAN', count: 2, shiftStart: '07:00', shiftEnd: '19:00' }],
  policy: {
    serviceHours: { from: '07:00', to: '22:00' },
    minLeadMinutes: 60,
    windowMinutes: 30,
    rideTimeFactor: 2,
  },
};
const fields = (p: WhatIfScenarioParams) =>
  validateWhatIfScenario(p, TODAY).map((e) => `${e.field}:${e.code}`);

describe('what-if scenario rules', () => {
  it('accepts a scenario of a period over, within the limits', () => {
    expect(fields(ok)).toEqual([]);
    expect(fields({ ...ok, demand: { from: '2026-12-06', to: '2026-12-06', growth: 0.1 } })).toEqual([]);
  });

  it('refuses a period that ends today or later (its requests not all recorded), at its end, in words', () => {
    expect(fields({ ...ok, demand: { from: '2026-12-07', to: '2026-12-20', growth: 1 } })).toEqual([
      'demand.to:NOT_OVER',
    ]);
    expect(fields({ ...ok, demand: { from: '2026-12-01', to: '2026-12-07', growth: 1 } })).toEqual([
      'demand.to:NOT_OVER',
    ]);
    const [e] = validateWhatIfScenario(
      { ...ok, demand: { from: '2026-12-01', to: '2026-12-08', growth: 1 } },
      TODAY,
    );
    expect(e!.say).toEqual({ key: 'WHATIF_PERIOD_NOT_OVER', params: { date: '2026-12-06' } });
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const text = message('WHATIF_PERIOD_NOT_OVER', lang, e!.say!.params as MessageParams);
      expect(text).not.toMatch(/[{}]|WHATIF|2026-12-06/);
      expect(text).toMatch(/\b6\b/);
    }
  });

  it('names the field and the rule of each mistake', () => {
    expect(fields({ ...ok, demand: { from: '2026-12-08', to: '2026-12-09', growth: 1 } })).toEqual([
      'demand.from:NOT_BEGUN',
      'demand.to:NOT_OVER',
    ]);
    expect(fields({ ...ok, demand: { from: '2026-11-02', to: '2026-11-01', growth: 1 } })).toEqual([
      'demand.to:BEFORE_FROM',
    ]);
    expect(fields({ ...ok, demand: { from: '2026-10-01', to: '2026-11-01', growth: 1 } })).toEqual([
      'demand.to:TOO_LONG',
    ]);
    expect(fields({ ...ok, demand: { from: '2026-10-02', to: '2026-11-01', growth: 1 } })).toEqual([]);
    // Too long and ending in the future: both said (walk t25 minor 6).
    expect(fields({ ...ok, demand: { from: '2026-11-08', to: '2026-12-10', growth: 1 } })).toEqual([
      'demand.to:TOO_LONG',
      'demand.to:NOT_OVER',
    ]);
    // Times that cannot be read, at their fields in words (walk t25 M4).
    const times = validateWhatIfScenario(
      {
        ...ok,
        fleet: [{ kind: 'CAR', count: 1, shiftStart: '7 am', shiftEnd: '24:00' }],
        policy: { ...ok.policy, serviceHours: { from: '25:99', to: 'noon' } },
      },
      TODAY,
    );
    expect(times.map((e) => `${e.field}:${e.code}:${e.say?.key}`)).toEqual([
      'fleet[0].shiftStart:FORMAT_INVALID:TIME_FORMAT',
      'policy.serviceHours.from:FORMAT_INVALID:TIME_FORMAT',
      'policy.serviceHours.to:FORMAT_INVALID:TIME_FORMAT',
    ]);
    for (const lang of ['kk', 'ru', 'en'] as const) expect(message('TIME_FORMAT', lang)).toMatch(/14:30/);
    expect(fields({ ...ok, demand: { from: '2026-02-30', to: '2026-11-01', growth: 6 } })).toEqual([
      'demand.from:DATE_INVALID',
      'demand.growth:TOO_LARGE',
    ]);
    expect(
      fields({
        ...ok,
        fleet: [
          { kind: 'CAR', count: 0, shiftStart: '07:00', shiftEnd: '19:00' },
          { kind: 'CAR', count: -201, shiftStart: '07:00', shiftEnd: '19:00' },
        ],
      }),
    ).toEqual(['fleet[0].count:ZERO', 'fleet[1].count:TOO_SMALL']);
    expect(
      fields({
        ...ok,
        policy: {
          serviceHours: { from: '20:00', to: '08:00' },
          minLeadMinutes: -1,
          windowMinutes: 200,
          rideTimeFactor: 0.9,
        },
      }),
    ).toEqual([
      'policy.serviceHours.to:BEFORE_FROM',
      'policy.minLeadMinutes:TOO_SMALL',
      'policy.windowMinutes:TOO_LARGE',
      'policy.rideTimeFactor:TOO_SMALL',
    ]);
    expect(fields({ ...ok, policy: { ...ok.policy, serviceHours: { from: '00:00', to: '24:00' } } })).toEqual(
      [],
    );
  });

  it('replays under the policy in force with the variant changed, closed days kept closed', () => {
    const base = {
      ...NATIONAL_DEFAULT_POLICY,
      serviceHours: [[['09:00', '18:00']], [], [], [], [], [], []] as never,
    };
    const v = applyPolicyVariant(base, ok.policy);
    expect(v.serviceHours).toEqual([[['07:00', '22:00']], [], [], [], [], [], []]);
    expect(v.minLeadMinutes).toBe(60);
    expect(v.maxRideTime).toEqual({ ...base.maxRideTime, factor: 2 });
    // 0 before + 15 after at 30 minutes: 0 + 30; the drop-off window (30 + 0) doubles alike.
    expect(base.timeWindows).toMatchObject({
      pickupBeforeMinutes: 0,
      pickupAfterMinutes: 15,
      dropoffBeforeMinutes: 30,
    });
    expect(v.timeWindows).toEqual({
      pickupBeforeMinutes: 0,
      pickupAfterMinutes: 30,
      dropoffBeforeMinutes: 60,
      dropoffAfterMinutes: 0,
    });
    // Nothing asked: the policy as it is.
    expect(
      applyPolicyVariant(base, {
        serviceHours: null,
        minLeadMinutes: null,
        windowMinutes: null,
        rideTimeFactor: null,
      }),
    ).toEqual(base);
  });

  it('tells a vehicle kind by its wheelchair places', () => {
    expect(vehicleKindOf({ wheelchairPlaces: 1 })).toBe('WHEELCHAIR_VAN');
    expect(vehicleKindOf({ wheelchairPlaces: 0 })).toBe('CAR');
  });

  it("fills a refusal's message with each scenario's value, never a placeholder", () => {
    const a = { reasonParams: { LEAD_TIME_TOO_SHORT: { minutes: 30 } } };
    const b = { reasonParams: { LEAD_TIME_TOO_SHORT: { minutes: 60 } } };
    const params = sharedReasonParams([a, b, a, null], 'LEAD_TIME_TOO_SHORT');
    expect(params).toEqual({ minutes: '30 / 60' });
    expect(message('LEAD_TIME_TOO_SHORT', 'en', sharedReasonParams([a], 'LEAD_TIME_TOO_SHORT'))).toBe(
      'Please book at least 30 minutes before the trip.',
    );
    expect(message('LEAD_TIME_TOO_SHORT', 'ru', params)).not.toContain('{');
  });

  it('names a refusal without a placeholder when the recorded period carries no value (t25b N1)', () => {
    const refused = (reason: string) => ({ trips: { refusedByReason: [{ reason, count: 4 }] } });
    const recorded = { figures: refused('LEAD_TIME_TOO_SHORT') } as never;
    const replayed = {
      figures: refused('LEAD_TIME_TOO_SHORT'),
      reasonParams: { LEAD_TIME_TOO_SHORT: { minutes: 30 } },
    } as never;
    for (const lang of ['kk', 'ru', 'en'] as const)
      for (const reason of ['LEAD_TIME_TOO_SHORT', 'BEYOND_HORIZON', 'BENEFICIARY_SUSPENDED']) {
        const r = { figures: refused(reason) } as never;
        expect(whatIfRefusalLabel([r, null], reason, lang)).not.toMatch(/[{}]/);
      }
    expect(whatIfRefusalLabel([recorded], 'LEAD_TIME_TOO_SHORT', 'en')).toBe('Booked at too short notice');
    // One scenario's value is not said for another that refused without one.
    expect(whatIfRefusalLabel([replayed, recorded], 'LEAD_TIME_TOO_SHORT', 'en')).toBe(
      'Booked at too short notice',
    );
    // Staff words with the rule's value, never the rider's "Please book ..." (walk t25 m5).
    expect(whatIfRefusalLabel([replayed, null], 'LEAD_TIME_TOO_SHORT', 'en')).toBe(
      'Booked at too short notice: notice 30 min',
    );
    expect(
      whatIfRefusalLabel(
        [{ figures: refused('CATEGORY_NOT_ELIGIBLE') } as never],
        'CATEGORY_NOT_ELIGIBLE',
        'en',
      ),
    ).toBe('Not entitled in this region');
    expect(whatIfRefusalLabel([recorded], 'NOT_A_REASON', 'en')).toBeNull();
  });

  it('refuses taking away more vehicles than the fleet had', () => {
    const have = { WHEELCHAIR_VAN: 4, CAR: 2 };
    const change = (kind: 'WHEELCHAIR_VAN' | 'CAR', count: number) => ({
      kind,
      count,
      shiftStart: '07:00',
      shiftEnd: '19:00',
    });
    expect(validateFleetTakeaway([change('WHEELCHAIR_VAN', -4), change('CAR', 3)], have)).toEqual([]);
    const e = validateFleetTakeaway(
      [change('WHEELCHAIR_VAN', -3), change('CAR', -2), change('WHEELCHAIR_VAN', -2)],
      have,
    );
    expect(e.map((x) => x.field)).toEqual(['fleet[2].count']);
    expect(message(e[0]!.say!.key as never, 'en', e[0]!.say!.params as never)).toBe(
      'Wheelchair vehicles in the fleet in the period: 4. No more can be taken away.',
    );
    // Said the same for one (walk t25 minor: "only 1 cars"), in every language.
    const one = validateFleetTakeaway([change('CAR', -2)], { WHEELCHAIR_VAN: 0, CAR: 1 });
    for (const lang of ['kk', 'ru', 'en'] as const)
      expect(message(one[0]!.say!.key as never, lang, one[0]!.say!.params as never)).toMatch(/: 1\. /);
  });

  it('tells how many days of the period hold recorded requests', () => {
    expect(
      recordedDemand(
        ['2026-11-27', '2026-11-27', '2026-11-30', '2026-11-28', '2026-11-29'],
        '2026-11-01',
        '2026-11-30',
      ),
    ).toEqual({
      requests: 5,
      days: 30,
      daysWithRequests: 4,
    });
  });

  it('says a fleet change in words with the plural each language needs (walk h4)', () => {
    const change = (kind: 'WHEELCHAIR_VAN' | 'CAR', count: number) =>
      ({ kind, count, shiftStart: '07:00', shiftEnd: '19:00' }) as const;
    expect(fleetChangeText(change('WHEELCHAIR_VAN', -2), 'en')).toBe('2 fewer wheelchair vehicles');
    expect(fleetChangeText(change('WHEELCHAIR_VAN', -1), 'en')).toBe('1 fewer wheelchair vehicle');
    expect(fleetChangeText(change('CAR', 3), 'en')).toBe('3 more cars, 07:00–19:00');
    expect(fleetChangeText(change('WHEELCHAIR_VAN', -2), 'ru')).toBe(
      'на 2 машины с местом для коляски меньше',
    );
    expect(fleetChangeText(change('WHEELCHAIR_VAN', 21), 'ru')).toBe(
      'на 21 машину с местом для коляски больше, 07:00–19:00',
    );
    expect(fleetChangeText(change('CAR', -11), 'ru')).toBe('на 11 легковых машин меньше');
    expect(fleetChangeText(change('CAR', -22), 'ru')).toBe('на 22 легковые машины меньше');
    expect(fleetChangeText(change('WHEELCHAIR_VAN', -2), 'kk')).toBe('арбаға арналған 2 көлік азырақ');
    expect(fleetChangeText(change('CAR', 5), 'kk')).toBe('5 жеңіл көлік көбірек, 07:00–19:00');
    for (const lang of ['kk', 'ru', 'en'] as const)
      expect(fleetChangeText(change('WHEELCHAIR_VAN', -2), lang)).not.toMatch(/[-−+]\s*2/);
  });

  it('takes as the baseline of a comparison the scenario that changes nothing, else the first chosen', () => {
    const asRecorded: WhatIfScenarioParams = {
      demand: { from: '2026-11-01', to: '2026-11-30', growth: 1 },
      fleet: [],
      policy: { serviceHours: null, minLeadMinutes: null, windowMinutes: null, rideTimeFactor: null },
    };
    expect(whatIfBaseline([{ params: ok }, { params: asRecorded }])).toBe(1);
    expect(whatIfBaseline([{ params: asRecorded }, { params: ok }])).toBe(0);
    expect(whatIfBaseline([{ params: ok }, { params: { ...ok, demand: { ...ok.demand, growth: 2 } } }])).toBe(
      0,
    );
    // One scenario alone: nothing is compared, no baseline.
    expect(whatIfBaseline([{ params: asRecorded }])).toBeNull();
  });
});

describe('the rules as a scenario applied them (walk t25 M3, m6, m8)', () => {
  it('spells out every value of the policy, the ride limit with its allowance', () => {
    const policy = applyPolicyVariant(NATIONAL_DEFAULT_POLICY, {
      serviceHours: { from: '08:00', to: '20:00' },
      minLeadMinutes: null,
      windowMinutes: null,
      rideTimeFactor: 2,
    });
    expect(rulesApplied(policy)).toEqual({
      serviceHours: { from: '08:00', to: '20:00' },
      minLeadMinutes: NATIONAL_DEFAULT_POLICY.minLeadMinutes,
      windowMinutes:
        NATIONAL_DEFAULT_POLICY.timeWindows.pickupBeforeMinutes +
        NATIONAL_DEFAULT_POLICY.timeWindows.pickupAfterMinutes,
      rideTimeFactor: 2,
      ridePlusMinutes: NATIONAL_DEFAULT_POLICY.maxRideTime.plusMinutes,
    });
    expect(
      rulesApplied({ ...policy, serviceHours: policy.serviceHours.map(() => []) }).serviceHours,
    ).toBeNull();
  });

  it('says the limit as applied in each language', () => {
    expect(rideLimitText(1.5, 15, 'en')).toBe('1.5 × the direct drive + 15 min');
    expect(rideLimitText(1.5, 15, 'ru')).toBe('1,5 × прямой путь + 15 мин');
    expect(rideLimitText(2, 0, 'kk')).toBe('2 × тікелей жол + 0 мин');
  });

  it('puts the baseline first, whatever order the scenarios were chosen in', () => {
    const asRecorded: WhatIfScenarioParams = {
      demand: ok.demand,
      fleet: [],
      policy: { serviceHours: null, minLeadMinutes: null, windowMinutes: null, rideTimeFactor: null },
    };
    const base = { ...asRecorded, demand: { ...ok.demand, growth: 1 } };
    expect(
      baselineFirst([
        { params: ok, n: 'growth' },
        { params: base, n: 'base' },
      ]).map((x) => x.n),
    ).toEqual(['base', 'growth']);
    expect(
      baselineFirst([
        { params: ok, n: 'a' },
        { params: ok, n: 'b' },
      ]).map((x) => x.n),
    ).toEqual(['a', 'b']);
    expect(baselineFirst([{ params: ok, n: 'a' }]).map((x) => x.n)).toEqual(['a']);
  });
});
