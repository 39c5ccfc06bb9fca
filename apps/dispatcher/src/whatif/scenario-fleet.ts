// An officer's fleet change (issue 25: "two more wheelchair vans 07:00-19:00", "three cars
// fewer") as the replay's FleetChange over the recorded fleet of the period.
import {
  WHATIF_VEHICLE_LAYOUTS,
  localDateOf,
  partsWithinServiceHours,
  vehicleKindOf,
  type LocalDate,
  type ServiceInterval,
  type WhatIfFleetChange,
  type WhatIfRunResult,
} from '@invataxi/domain';
import type { Depot, FleetChange, RemovedVehicles } from './fleet-variant';
import type { WhatIfShift } from './whatif-replay';

/** Where added vehicles start: each provider's first recorded shift start, providers in id order. */
export function depotsOf(shifts: readonly WhatIfShift[]): Depot[] {
  const byProvider = new Map<string, Depot>();
  for (const s of [...shifts].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1),
  ))
    if (!byProvider.has(s.providerId))
      byProvider.set(s.providerId, {
        lat: s.startLat,
        lon: s.startLon,
        kato: s.startKato,
        districtKato: s.districtKato,
        providerId: s.providerId,
        serviceArea: s.serviceArea,
      });
  return [...byProvider.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
}

/**
 * The change over the period `from`..`to`: added vehicles work their shift on each day of it the
 * recorded fleet worked, from
 * the providers' depots in turn; vehicles taken away are the recorded fleet's of that kind (its
 * layouts in order, most common first), as many as there are.
 */
export function scenarioFleetChange(
  base: readonly WhatIfShift[],
  changes: readonly WhatIfFleetChange[],
  period: { from: LocalDate; to: LocalDate },
): FleetChange {
  const depots = depotsOf(base);
  // Added vehicles work on the days the recorded fleet worked only: a month of which a few days
  // hold history compares like with like (their hours are not counted on days with no service).
  const worked = [...new Set(base.map((s) => localDateOf(s.startsAt)))];
  const add = changes
    .filter((c) => c.count > 0)
    .map((c) => ({
      count: c.count,
      kind: WHATIF_VEHICLE_LAYOUTS[c.kind],
      pattern: {
        from: period.from,
        to: period.to,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        startTime: c.shiftStart,
        endTime: c.shiftEnd,
      },
      onlyDays: worked,
      depots,
    }));
  const remove: RemovedVehicles[] = [];
  for (const c of changes.filter((x) => x.count < 0)) {
    // The kind's layouts with how many vehicles each has.
    const vehicles = new Map<string, { seats: number; wheelchairPlaces: number; ids: Set<string> }>();
    for (const s of base) {
      if (vehicleKindOf(s) !== c.kind) continue;
      const key = `${s.seats}/${s.wheelchairPlaces}`;
      const v = vehicles.get(key) ?? { seats: s.seats, wheelchairPlaces: s.wheelchairPlaces, ids: new Set() };
      v.ids.add(s.vehicleId ?? s.id);
      vehicles.set(key, v);
    }
    let left = -c.count;
    for (const v of [...vehicles.values()].sort((a, b) => b.ids.size - a.ids.size || a.seats - b.seats)) {
      if (left <= 0) break;
      const n = Math.min(left, v.ids.size);
      remove.push({ count: n, seats: v.seats, wheelchairPlaces: v.wheelchairPlaces });
      left -= n;
    }
  }
  return { add, remove };
}

/** The vehicles (and shifts) of a fleet, by kind. */
export function fleetCount(shifts: readonly WhatIfShift[]): WhatIfRunResult['fleet'] {
  const kinds = new Map<string, string>();
  for (const s of shifts) kinds.set(s.vehicleId ?? s.id, vehicleKindOf(s));
  const vans = [...kinds.values()].filter((k) => k === 'WHEELCHAIR_VAN').length;
  return { vehicles: kinds.size, wheelchairVans: vans, cars: kinds.size - vans, shifts: shifts.length };
}

/**
 * The fleet's shifts cut to a scenario's service hours (walk t25 minor 1: with rides offered
 * 09:00-17:00 the recorded 07:00-21:00 shifts were replayed whole, so the vehicle hours, and
 * the trips per hour, showed none of the hours not bought). A shift keeps its parts inside the
 * hours (two parts across a closed break: the second a shift of the same vehicle); one wholly
 * outside them is dropped. `cut`: the vehicle hours before, and the shifts dropped.
 */
export function shiftsWithinHours(
  shifts: readonly WhatIfShift[],
  hours: readonly (readonly ServiceInterval[])[],
): { shifts: WhatIfShift[]; cut: NonNullable<WhatIfRunResult['shiftsCut']> } {
  const out: WhatIfShift[] = [];
  let seconds = 0;
  let dropped = 0;
  for (const s of shifts) {
    seconds += Math.max(0, (s.endsAt.getTime() - s.startsAt.getTime()) / 1000);
    const parts = partsWithinServiceHours(hours, s.startsAt, s.endsAt);
    if (parts.length === 0) dropped++;
    parts.forEach((p, i) =>
      out.push({
        ...s,
        id: i === 0 ? s.id : `${s.id}.${i + 1}`,
        vehicleId: s.vehicleId ?? s.id,
        startsAt: p.start,
        endsAt: p.end,
      }),
    );
  }
  return {
    shifts: out,
    cut: { vehicleHoursBefore: Math.round((seconds / 3600) * 100) / 100, shiftsDropped: dropped },
  };
}
