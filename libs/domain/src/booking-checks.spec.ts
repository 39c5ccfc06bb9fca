import type { BookedInterval, BookingCheckInput, BookingCheckResult } from './booking-checks';
import { bookedSpan, checkBookingRequest, overlappingRide } from './booking-checks';
import { NO_MOBILITY_NEEDS } from './mobility';
import type { ServicePolicyRules } from './policy';
import { ALL_DAY_SERVICE_HOURS, NATIONAL_DEFAULT_POLICY } from './policy';
import type { ReasonCode } from './reasons';

// Astana, Tuesday 1 December 2026, 08:00 local (03:00 UTC). Service Mon-Fri 09:00-18:00.
const NOW = new Date('2026-12-01T03:00:00Z');
const local = (date: string, time: string): Date => new Date(`${date}T${time}:00+05:00`);

const policy: ServicePolicyRules = {
  ...NATIONAL_DEFAULT_POLICY,
  serviceAreaKato: ['710000000'],
  tripsPerMonth: 10,
};

function request(
  overrides: {
    policy?: Partial<ServicePolicyRules>;
    beneficiary?: Partial<BookingCheckInput['beneficiary']>;
    trip?: Partial<BookingCheckInput['trip']>;
    rest?: Partial<Omit<BookingCheckInput, 'policy' | 'beneficiary' | 'trip'>>;
  } = {},
): BookingCheckInput {
  return {
    now: NOW,
    policy: { ...policy, ...overrides.policy },
    beneficiary: {
      birthDate: '1990-01-01',
      disability: { category: 'ADULT_GROUP_1', validFrom: null, validUntil: null },
      needs: [],
      companionsEntitled: 1,
      suspendedUntil: null,
      ...overrides.beneficiary,
    },
    trip: {
      anchor: 'PICKUP',
      time: local('2026-12-01', '10:00'),
      purpose: 'HAEMODIALYSIS',
      pickup: { kato: '711410000', point: { lon: 71.43, lat: 51.13 } },
      dropoff: { kato: '711210000', point: { lon: 71.47, lat: 51.16 } },
      companions: 0,
      mobility: NO_MOBILITY_NEEDS,
      directTravelSeconds: 1200,
      ...overrides.trip,
    },
    tripsInMonth: 0,
    otherBookings: [],
    ...overrides.rest,
  };
}

function reasons(result: BookingCheckResult): ReasonCode[] {
  return result.ok ? [] : result.reasons;
}

describe('checkBookingRequest', () => {
  it('accepts a valid "pick me up at" request and computes its windows', () => {
    const result = checkBookingRequest(request());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // window 10:00-10:15 local; ride limit 1.5 x 20 min + 15 min = 45 min; boarding 2 min
    expect(result.windows.pickupEarliest).toEqual(local('2026-12-01', '10:00'));
    expect(result.windows.pickupLatest).toEqual(local('2026-12-01', '10:15'));
    expect(result.windows.dropoffEarliest).toEqual(local('2026-12-01', '10:22'));
    expect(result.windows.dropoffLatest).toEqual(local('2026-12-01', '11:02'));
    expect(result.maxRideSeconds).toBe(2700);
    expect(result.nominalDropoff).toEqual(local('2026-12-01', '10:22'));
    expect(result.load).toEqual({ seats: 1, wheelchairPlaces: 0 });
    expect(result.tripDate).toBe('2026-12-01');
  });

  it('computes "get me there by" windows backwards from the arrival', () => {
    const result = checkBookingRequest(
      request({
        trip: {
          anchor: 'DROPOFF',
          time: local('2026-12-01', '12:00'),
          mobility: { ...NO_MOBILITY_NEEDS, wheelchair: 'MANUAL' },
        },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // arrival 11:30-12:00; boarding 5 min for a wheelchair; ride limit 45 min
    expect(result.windows.dropoffEarliest).toEqual(local('2026-12-01', '11:30'));
    expect(result.windows.dropoffLatest).toEqual(local('2026-12-01', '12:00'));
    expect(result.windows.pickupLatest).toEqual(local('2026-12-01', '11:35'));
    expect(result.windows.pickupEarliest).toEqual(local('2026-12-01', '10:40'));
    expect(result.nominalPickup).toEqual(local('2026-12-01', '11:35'));
    expect(result.boardingSeconds).toBe(300);
    expect(result.load).toEqual({ seats: 0, wheelchairPlaces: 1 });
    expect(result.vehicle).toEqual({ allOf: ['WHEELCHAIR_RESTRAINTS'], stepFree: true });
  });

  const cases: [string, Parameters<typeof request>[0], ReasonCode][] = [
    [
      'group 3 adult, not eligible by default',
      { beneficiary: { disability: { category: 'ADULT_GROUP_3', validFrom: null, validUntil: null } } },
      'CATEGORY_NOT_ELIGIBLE',
    ],
    ['no disability record and no need', { beneficiary: { disability: null } }, 'CATEGORY_NOT_ELIGIBLE'],
    [
      'disability expired before the trip',
      {
        beneficiary: { disability: { category: 'ADULT_GROUP_2', validFrom: null, validUntil: '2026-11-30' } },
      },
      'DISABILITY_EXPIRED',
    ],
    [
      'child category at 20',
      { beneficiary: { disability: { category: 'CHILD_GROUP_1', validFrom: null, validUntil: null } } },
      'CATEGORY_AGE_MISMATCH',
    ],
    [
      'suspended',
      { beneficiary: { suspendedUntil: new Date('2026-12-05T00:00:00Z') } },
      'BENEFICIARY_SUSPENDED',
    ],
    [
      'purpose not allowed',
      { policy: { allowedPurposes: ['MEDICAL', 'HAEMODIALYSIS'] }, trip: { purpose: 'CULTURE_SPORT' } },
      'PURPOSE_NOT_ALLOWED',
    ],
    [
      'before opening',
      { trip: { time: local('2026-12-01', '08:30') }, rest: { now: new Date('2026-11-30T03:00:00Z') } },
      'OUTSIDE_SERVICE_HOURS',
    ],
    ['ends after closing', { trip: { time: local('2026-12-01', '17:45') } }, 'OUTSIDE_SERVICE_HOURS'],
    ['on a Saturday', { trip: { time: local('2026-12-05', '10:00') } }, 'OUTSIDE_SERVICE_HOURS'],
    [
      '59 minutes ahead',
      {
        trip: { time: new Date(NOW.getTime() + 59 * 60_000) },
        policy: { serviceHours: ALL_DAY_SERVICE_HOURS },
      },
      'LEAD_TIME_TOO_SHORT',
    ],
    ['in the past', { trip: { time: local('2026-11-30', '10:00') } }, 'LEAD_TIME_TOO_SHORT'],
    ['15 days ahead', { trip: { time: local('2026-12-16', '10:00') } }, 'BEYOND_HORIZON'],
    [
      'drop-off in Almaty',
      { trip: { dropoff: { kato: '750000000', point: { lon: 76.9, lat: 43.2 } } } },
      'OUTSIDE_SERVICE_AREA',
    ],
    [
      'pickup outside the polygon',
      {
        policy: {
          serviceAreaPolygon: [
            [71.4, 51.1],
            [71.5, 51.1],
            [71.5, 51.2],
            [71.4, 51.2],
          ],
        },
        trip: { pickup: { kato: '711410000', point: { lon: 71.3, lat: 51.13 } } },
      },
      'OUTSIDE_SERVICE_AREA',
    ],
    ['the 11th trip of a 10-trip month', { rest: { tripsInMonth: 10 } }, 'QUOTA_EXCEEDED'],
    ['a return trip with one trip left', { rest: { tripsInMonth: 9, tripsRequested: 2 } }, 'QUOTA_EXCEEDED'],
    [
      'a companion without entitlement',
      { beneficiary: { companionsEntitled: 0 }, trip: { companions: 1 } },
      'TOO_MANY_COMPANIONS',
    ],
    [
      'two companions, policy allows one',
      { beneficiary: { companionsEntitled: 3 }, trip: { companions: 2 } },
      'TOO_MANY_COMPANIONS',
    ],
    [
      'overlapping another trip',
      {
        rest: { otherBookings: [{ start: local('2026-12-01', '10:10'), end: local('2026-12-01', '10:40') }] },
      },
      'OVERLAPPING_BOOKING',
    ],
    [
      'pickup equals drop-off',
      { trip: { dropoff: { kato: '711410000', point: { lon: 71.4301, lat: 51.1301 } } } },
      'PICKUP_EQUALS_DROPOFF',
    ],
    [
      'a 7-digit KATO',
      { trip: { pickup: { kato: '7114100', point: { lon: 71.43, lat: 51.13 } } } },
      'INVALID_PLACE',
    ],
    ['an invalid date', { trip: { time: new Date('nonsense') } }, 'INVALID_TRIP_TIME'],
    ['negative companions', { trip: { companions: -1 } }, 'INVALID_COMPANIONS'],
  ];

  it.each(cases)('rejects %s', (_name, overrides, code) => {
    expect(reasons(checkBookingRequest(request(overrides)))).toEqual([code]);
  });

  it('collects every reason, not only the first', () => {
    const result = checkBookingRequest(
      request({ trip: { time: local('2026-12-20', '10:00'), companions: 2 }, rest: { tripsInMonth: 10 } }),
    );
    expect(reasons(result)).toEqual([
      'OUTSIDE_SERVICE_HOURS',
      'BEYOND_HORIZON',
      'QUOTA_EXCEEDED',
      'TOO_MANY_COMPANIONS',
    ]);
    expect(result.ok ? null : result.details.find((d) => d.code === 'BEYOND_HORIZON')).toEqual({
      code: 'BEYOND_HORIZON',
      params: { days: 14 },
    });
  });

  it('accepts exactly the lead time, the last horizon day and the last trip', () => {
    const fullDay = { serviceHours: ALL_DAY_SERVICE_HOURS };
    expect(
      checkBookingRequest(request({ policy: fullDay, trip: { time: new Date(NOW.getTime() + 60 * 60_000) } }))
        .ok,
    ).toBe(true);
    expect(checkBookingRequest(request({ trip: { time: local('2026-12-15', '17:00') } })).ok).toBe(true);
    expect(checkBookingRequest(request({ rest: { tripsInMonth: 9 } })).ok).toBe(true);
    expect(
      checkBookingRequest(request({ policy: { tripsPerMonth: null }, rest: { tripsInMonth: 500 } })).ok,
    ).toBe(true);
  });

  it('lets a return trip an hour later pass the overlap check (touching is not overlapping)', () => {
    const outbound = { start: local('2026-12-01', '09:00'), end: local('2026-12-01', '10:00') };
    expect(checkBookingRequest(request({ rest: { otherBookings: [outbound] } })).ok).toBe(true);
  });

  describe('one person, one ride at a time: [earliest pick-up, latest drop-off] (t22 M5)', () => {
    const day = '2026-12-02';
    /** A ride the person holds, as the platform stores it (its windows from the same rules). */
    const held = (anchor: 'PICKUP' | 'DROPOFF', time: string, directTravelSeconds = 1200) => {
      const r = checkBookingRequest(
        request({ trip: { anchor, time: local(day, time), directTravelSeconds } }),
      );
      if (!r.ok) throw new Error(r.reasons.join());
      return { ...bookedSpan(r.windows), at: local(day, time) };
    };
    const ask = (anchor: 'PICKUP' | 'DROPOFF', time: string, others: BookedInterval[]) =>
      checkBookingRequest(
        request({ trip: { anchor, time: local(day, time) }, rest: { otherBookings: others } }),
      );

    it('refuses a second "get me there by" half an hour after the first (both nominal rides were apart) and names it', () => {
      const first = held('DROPOFF', '10:40');
      const second = ask('DROPOFF', '11:10', [first]);
      expect(second.ok ? null : second.details).toEqual([
        { code: 'OVERLAPPING_BOOKING', params: { date: day, time: '10:40' } },
      ]);
    });

    it('refuses the same order sent twice', () => {
      expect(reasons(ask('PICKUP', '12:00', [held('PICKUP', '12:00')]))).toEqual(['OVERLAPPING_BOOKING']);
    });

    it('takes a return picked up at the "get me there by" time, not a minute before', () => {
      const outbound = held('DROPOFF', '10:00');
      expect(ask('PICKUP', '10:00', [outbound]).ok).toBe(true);
      expect(reasons(ask('PICKUP', '09:59', [outbound]))).toEqual(['OVERLAPPING_BOOKING']);
    });

    it('after a "pick me up at", takes a return only once the ride may have ended (its latest drop-off)', () => {
      // 10:00, up to 15 min late, 2 min boarding, at most 1.5 x 20 + 15 = 45 min riding: 11:02.
      const outbound = held('PICKUP', '10:00');
      expect(outbound.end).toEqual(local(day, '11:02'));
      expect(reasons(ask('PICKUP', '10:30', [outbound]))).toEqual(['OVERLAPPING_BOOKING']);
      expect(ask('PICKUP', '11:05', [outbound]).ok).toBe(true);
    });

    it('finds the first ride that overlaps; none for touching spans', () => {
      const a = { start: local(day, '09:00'), end: local(day, '10:00') };
      const b = { start: local(day, '10:30'), end: local(day, '11:00') };
      expect(overlappingRide({ start: local(day, '10:00'), end: local(day, '10:30') }, [a, b])).toBeNull();
      expect(overlappingRide({ start: local(day, '09:59'), end: local(day, '10:31') }, [a, b])).toBe(a);
      expect(overlappingRide({ start: local(day, '10:10'), end: local(day, '10:31') }, [a, b])).toBe(b);
    });
  });

  it('makes a group 3 wheelchair user eligible through the need grant', () => {
    const result = checkBookingRequest(
      request({
        beneficiary: {
          disability: { category: 'ADULT_GROUP_3', validFrom: null, validUntil: null },
          needs: [{ need: 'WHEELCHAIR_USER', validUntil: null }],
        },
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('runs 24/7 across midnight when the policy says so', () => {
    const result = checkBookingRequest(
      request({
        policy: { serviceHours: ALL_DAY_SERVICE_HOURS },
        trip: { time: local('2026-12-01', '23:50') },
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('checkBookingRequest with a boolean entitlement', () => {
  it('reads true as up to the policy maximum and false as none', () => {
    expect(
      checkBookingRequest(request({ beneficiary: { companionsEntitled: true }, trip: { companions: 1 } })).ok,
    ).toBe(true);
    expect(
      reasons(
        checkBookingRequest(request({ beneficiary: { companionsEntitled: true }, trip: { companions: 2 } })),
      ),
    ).toEqual(['TOO_MANY_COMPANIONS']);
    expect(
      reasons(
        checkBookingRequest(request({ beneficiary: { companionsEntitled: false }, trip: { companions: 1 } })),
      ),
    ).toEqual(['TOO_MANY_COMPANIONS']);
  });
});
