import { checkBookingRequest, type BookingCheckInput } from './booking-checks';
import { NO_MOBILITY_NEEDS } from './mobility';
import { NATIONAL_DEFAULT_POLICY, type ServicePolicyRules } from './policy';
import { isReplayableRefusal, planningPoint } from './replayable-refusal';

describe('isReplayableRefusal', () => {
  it('keeps a refusal only when every reason is one a policy variant changes', () => {
    expect(isReplayableRefusal(['OUTSIDE_SERVICE_HOURS'])).toBe(true);
    expect(isReplayableRefusal(['LEAD_TIME_TOO_SHORT', 'BEYOND_HORIZON'])).toBe(true);
    expect(isReplayableRefusal(['OUTSIDE_SERVICE_HOURS', 'QUOTA_EXCEEDED'])).toBe(false);
    expect(isReplayableRefusal(['CATEGORY_NOT_ELIGIBLE'])).toBe(false);
    expect(isReplayableRefusal([])).toBe(false);
  });
});

describe('planningPoint', () => {
  it('rounds to 0.001 degrees (about 100 m)', () => {
    expect(planningPoint({ lat: 51.160_42, lon: 71.420_38 })).toEqual({ lat: 51.16, lon: 71.42 });
    expect(planningPoint({ lat: 51.149_61, lon: 71.459_77 })).toEqual({ lat: 51.15, lon: 71.46 });
    expect(planningPoint({ lat: -0.000_4, lon: 0.000_5 })).toEqual({ lat: -0, lon: 0.001 });
  });
});

describe('checkBookingRequest without a person (a kept refused request)', () => {
  // Astana, Tuesday 1 December 2026, 08:00 local. Service Mon-Fri 09:00-18:00.
  const now = new Date('2026-12-01T03:00:00Z');
  const policy: ServicePolicyRules = { ...NATIONAL_DEFAULT_POLICY, serviceAreaKato: ['710000000'] };
  const input = (time: string, rules = policy): BookingCheckInput => ({
    now,
    policy: rules,
    beneficiary: null,
    trip: {
      anchor: 'PICKUP',
      time: new Date(`2026-12-01T${time}:00+05:00`),
      purpose: 'HAEMODIALYSIS',
      pickup: { kato: '711410000', point: { lon: 71.43, lat: 51.13 } },
      dropoff: { kato: '711210000', point: { lon: 71.47, lat: 51.16 } },
      companions: 1,
      mobility: NO_MOBILITY_NEEDS,
      directTravelSeconds: 1200,
    },
    tripsInMonth: 0,
    otherBookings: [],
  });

  it('judges the time rules only: refused outside the hours, accepted under wider ones', () => {
    const late = checkBookingRequest(input('19:00'));
    expect(late.ok ? [] : late.reasons).toEqual(['OUTSIDE_SERVICE_HOURS']);
    const wider: ServicePolicyRules = {
      ...policy,
      serviceHours: policy.serviceHours.map((d) => (d.length ? [['07:00', '21:00']] : [])),
    };
    const ok = checkBookingRequest(input('19:00', wider));
    expect(ok.ok).toBe(true);
    // The companion was allowed when asked (up to the policy's most).
    expect(ok.ok && ok.load).toEqual({ seats: 2, wheelchairPlaces: 0 });
  });
});
