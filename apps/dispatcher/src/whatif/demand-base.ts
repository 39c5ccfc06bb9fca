// A scenario's inputs from what the platform recorded (issue 25, item 1): the demand base (the
// requests of a period, as they were asked for, optionally scaled by a growth factor) and the
// fleet (the shifts of the period). Rows in, plain values out: the replay works on this copy.
import { eligibilityPersonOf } from '@invataxi/booking';
import type { DemandRow, FleetShiftRow, RefusedRequestRow } from '@invataxi/persistence';
import type { WhatIfRequest, WhatIfShift } from './whatif-replay';

/** The trip a request asked for, the same whether it was accepted or refused then. */
function tripOf(r: DemandRow | RefusedRequestRow) {
  return {
    anchor: r.timeAnchor,
    time: r.requestedTime,
    purpose: r.purpose,
    pickup: { lat: r.pickupLat, lon: r.pickupLon, kato: r.pickupKato },
    dropoff: { lat: r.dropoffLat, lon: r.dropoffLon, kato: r.dropoffKato },
    districtKato: r.districtKato,
    directSeconds: r.directSeconds,
    directMetres: r.directMetres,
    companions: r.companions,
    mobility: r.mobility,
  };
}

function requestOf(r: DemandRow, copy: number): WhatIfRequest {
  // A copy is another rider asking for the same ride: its own quota, no overlap with the original.
  const suffix = copy === 0 ? '' : `~${copy}`;
  return {
    id: `${r.id}${suffix}`,
    beneficiaryId: `${r.beneficiaryId}${suffix}`,
    requestedAt: r.createdAt,
    ...tripOf(r),
    person: { ...eligibilityPersonOf(r), companionsEntitled: r.companionEntitled },
  };
}

/**
 * Items scaled by `growth` (1 = as recorded): each item whole times, then a copy of evenly spread
 * ones for the fraction (1.25: every fourth item twice); below 1, evenly spread ones are left
 * out. Deterministic: the same items and factor give the same result. `copyOf(item, k)`: the
 * k-th copy (0: the item itself).
 */
export function scaleByGrowth<T, U>(
  items: readonly T[],
  growth: number,
  copyOf: (item: T, copy: number) => U,
): U[] {
  if (!(growth >= 0)) throw new RangeError('growth must be a non-negative number');
  const out: U[] = [];
  const whole = Math.floor(growth);
  const fraction = growth - whole;
  items.forEach((r, i) => {
    // Item i gets an extra copy when the running share of the fraction passes a whole one.
    const extra = Math.floor((i + 1) * fraction + 1e-9) - Math.floor(i * fraction + 1e-9);
    for (let k = 0; k < whole + extra; k++) out.push(copyOf(r, k));
  });
  return out;
}

/**
 * The recorded requests as the replay's demand, scaled by `growth` (scaleByGrowth): a copy is
 * another rider asking for the same ride.
 */
export function demandBase(rows: readonly DemandRow[], growth = 1): WhatIfRequest[] {
  return scaleByGrowth(rows, growth, requestOf);
}

function refusedRequestOf(r: RefusedRequestRow, copy: number): WhatIfRequest {
  // No rider is kept: each refused request is its own rider (no quota or overlap with others).
  const id = `refused:${r.id}${copy === 0 ? '' : `~${copy}`}`;
  return {
    id,
    beneficiaryId: id,
    requestedAt: r.askedAt,
    ...tripOf(r),
    person: null,
    refusedThen: true,
  };
}

/**
 * The requests refused at the time for hours, notice or horizon (refused_request), scaled by
 * `growth` like the rest: replayed under the variant's time rules (refusedThen).
 */
export function refusedDemand(rows: readonly RefusedRequestRow[], growth = 1): WhatIfRequest[] {
  return scaleByGrowth(rows, growth, refusedRequestOf);
}

/** The recorded shifts as the replay's fleet. */
export function fleetOfShifts(rows: readonly FleetShiftRow[]): WhatIfShift[] {
  return rows.map((s) => ({
    id: s.id,
    vehicleId: s.vehicleId,
    providerId: s.providerId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    startLat: s.startLat,
    startLon: s.startLon,
    endLat: s.endLat,
    endLon: s.endLon,
    startKato: s.startKato,
    seats: s.seats,
    wheelchairPlaces: s.wheelchairPlaces,
    alternativeLayouts: s.alternativeLayouts ?? [],
    hasRamp: s.hasRamp,
    hasLift: s.hasLift,
    hasRestraints: s.hasRestraints,
    serviceArea: s.serviceArea,
    districtKato: s.districtKato,
  }));
}
