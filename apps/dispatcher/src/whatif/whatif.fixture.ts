// A small Astana for the what-if specs: riders around one corner (A), going 4 km east (B) or
// west (C); one wheelchair van based 200 m from A, one car 5 km north.
import {
  NATIONAL_DEFAULT_POLICY,
  NO_MOBILITY_NEEDS,
  localDateTimeToUtc,
  type MobilityNeeds,
  type ServicePolicyRules,
} from '@invataxi/domain';
import { HaversineTravelTimeProvider, OneHourTravelTime } from '@invataxi/routing';
import type { WhatIfInput, WhatIfRequest, WhatIfShift } from './whatif-replay';

// 30 km/h, roads 1.3 times the straight line.
export const DAY = '2026-12-10';
export const EVE = '2026-12-09';
export const A = { lat: 51.13, lon: 71.43, kato: '711210000' };
export const B = { lat: 51.13, lon: 71.487, kato: '711210000' };
export const C = { lat: 51.13, lon: 71.373, kato: '711210000' };
export const travel = new OneHourTravelTime(
  new HaversineTravelTimeProvider({
    detourFactor: 1.3,
    speedKmhByHour: Array.from({ length: 24 }, () => 30),
  }),
  12,
);
export const policy: ServicePolicyRules = {
  ...NATIONAL_DEFAULT_POLICY,
  serviceAreaKato: ['710000000'],
  minLeadMinutes: 30,
  serviceHours: Array.from({ length: 7 }, () => [['07:00', '21:00']]),
};
export const WHEELCHAIR: MobilityNeeds = { ...NO_MOBILITY_NEEDS, wheelchair: 'MANUAL' };

export function shift(
  id: string,
  at: { lat: number; lon: number },
  accessible: boolean,
  hours = ['07:00', '21:00'],
): WhatIfShift {
  return {
    id,
    providerId: 'provider-1',
    startsAt: localDateTimeToUtc(DAY, hours[0]!),
    endsAt: localDateTimeToUtc(DAY, hours[1]!),
    startLat: at.lat,
    startLon: at.lon,
    endLat: at.lat,
    endLon: at.lon,
    startKato: '711210000',
    seats: 1,
    wheelchairPlaces: accessible ? 1 : 0,
    alternativeLayouts: [],
    hasRamp: accessible,
    hasLift: false,
    hasRestraints: accessible,
    serviceArea: ['710000000'],
    districtKato: '711210000',
  };
}
export const van = shift('van', { lat: 51.132, lon: 71.43 }, true);
export const car = shift('car', { lat: 51.175, lon: 71.43 }, false);

let serial = 0;
export function request(
  over: Partial<WhatIfRequest> & { at: string; to: typeof B; requested?: [string, string] },
): WhatIfRequest {
  const { at, to, requested = [EVE, '12:00'], ...rest } = over;
  serial++;
  return {
    id: `r${serial}`,
    beneficiaryId: `person-${serial}`,
    requestedAt: localDateTimeToUtc(requested[0], requested[1]),
    anchor: 'PICKUP',
    time: localDateTimeToUtc(DAY, at),
    purpose: 'MEDICAL',
    pickup: A,
    dropoff: to,
    districtKato: '711210000',
    directSeconds: 624, // 4 km x 1.3 at 30 km/h
    directMetres: 5200,
    companions: 0,
    mobility: NO_MOBILITY_NEEDS,
    person: {
      birthDate: '1980-01-01',
      disability: { category: 'ADULT_GROUP_1', validFrom: null, validUntil: null },
      needs: [],
      companionsEntitled: true,
    },
    ...rest,
  };
}

export function input(over: Partial<WhatIfInput>): WhatIfInput {
  return {
    requests: [],
    shifts: [van, car],
    policy,
    tariffs: [
      {
        providerId: 'provider-1',
        tariffPerTrip: 1500,
        tariffPerKm: 120,
        validFrom: '2026-01-01',
        validTo: null,
      },
    ],
    travel,
    replan: { at: '20:00', timeLimitMs: 300 },
    ...over,
  };
}
