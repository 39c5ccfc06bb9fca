// The month of bench:whatif as data: the synthetic Almaty of bench:dispatch (synthetic-city.ts),
// each request made the day before it rides, the same fleet of day shifts every day. Shared by
// the benchmark and the replay spec's overloaded day (issue 18).
import {
  NATIONAL_DEFAULT_POLICY,
  addDaysToLocalDate,
  localDateTimeToUtc,
  type ServicePolicyRules,
} from '@invataxi/domain';
import { greatCircleMetres } from '@invataxi/routing';
import type { WhatIfRequest, WhatIfShift } from '../../apps/dispatcher/src/whatif/whatif-replay';
import { fleet, requests, Rng } from '../dispatch/synthetic-city';

export { travel } from '../dispatch/synthetic-city';

export const FIRST_DAY = '2027-03-01';
const CITY = '750000000';
const DISTRICT = '751110000';
const DETOUR = 1.3;

export const policy: ServicePolicyRules = {
  ...NATIONAL_DEFAULT_POLICY,
  serviceAreaKato: [CITY],
  tripsPerMonth: null,
  serviceHours: Array.from({ length: 7 }, () => [['07:00', '21:00']]),
};

/** `total` requests spread over `days` days from FIRST_DAY. */
export function demand(total: number, days: number): WhatIfRequest[] {
  const rng = new Rng(20270301);
  const out: WhatIfRequest[] = [];
  for (let d = 0; d < days; d++) {
    const day = addDaysToLocalDate(FIRST_DAY, d);
    const n = Math.floor(((d + 1) * total) / days) - Math.floor((d * total) / days);
    for (const t of requests(rng, n, localDateTimeToUtc(day, '00:00'))) {
      const wheelchair = t.loadWheelchairPlaces > 0;
      // Asked the day before, between 08:00 and 20:00.
      const asked =
        localDateTimeToUtc(addDaysToLocalDate(day, -1), '08:00').getTime() + rng.next() * 12 * 3600_000;
      out.push({
        id: t.id,
        beneficiaryId: t.id,
        requestedAt: new Date(asked),
        anchor: 'PICKUP',
        time: t.pickupEarliest,
        purpose: 'MEDICAL',
        pickup: { lat: t.pickupLat, lon: t.pickupLon, kato: DISTRICT },
        dropoff: { lat: t.dropoffLat, lon: t.dropoffLon, kato: DISTRICT },
        districtKato: DISTRICT,
        directSeconds: t.directSeconds,
        directMetres: Math.round(
          greatCircleMetres(
            { lat: t.pickupLat, lon: t.pickupLon },
            { lat: t.dropoffLat, lon: t.dropoffLon },
          ) * DETOUR,
        ),
        companions: t.loadSeats - (wheelchair ? 0 : 1),
        mobility: t.mobility,
        person: {
          birthDate: '1975-06-01',
          disability: { category: 'ADULT_GROUP_1', validFrom: null, validUntil: null },
          needs: [],
          companionsEntitled: true,
        },
      });
    }
  }
  return out;
}

/** `vehicles` day shifts on each of `days` days. */
export function shifts(vehicles: number, days: number): WhatIfShift[] {
  const out: WhatIfShift[] = [];
  for (let d = 0; d < days; d++) {
    // The same depots every day (the same seed): one fleet working a month of day shifts.
    const day = addDaysToLocalDate(FIRST_DAY, d);
    for (const r of fleet(new Rng(20270302), vehicles, localDateTimeToUtc(day, '00:00')))
      out.push({ ...r.shift, serviceArea: [CITY], districtKato: DISTRICT, providerId: 'provider-1' });
  }
  return out;
}
