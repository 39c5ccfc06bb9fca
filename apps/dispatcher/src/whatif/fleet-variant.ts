// A scenario's fleet (issue 25): the recorded fleet plus or minus vehicles by capacity layout
// and features, added vehicles working a shift pattern (the rota's own, shift-pattern.ts); and
// the search for the smallest number of added vehicles that serves a target share (item 2).
import { shiftPatternDays, shiftPeriodOn, type ShiftPattern } from '@invataxi/domain';
import { replayWhatIf, type WhatIfInput, type WhatIfResult, type WhatIfShift } from './whatif-replay';

/** A kind of vehicle: its capacity layouts and boarding equipment. */
export interface VehicleKind {
  seats: number;
  wheelchairPlaces: number;
  alternativeLayouts?: { seats: number; wheelchairPlaces: number }[];
  hasRamp: boolean;
  hasLift: boolean;
  hasRestraints: boolean;
}

/** Where added vehicles start and end their shifts, and whose they are. */
export interface Depot {
  lat: number;
  lon: number;
  kato: string;
  districtKato: string;
  providerId: string;
  serviceArea: readonly string[];
}

export interface AddedVehicles {
  count: number;
  kind: VehicleKind;
  pattern: ShiftPattern;
  /** When given, the pattern's days that are among these only (a scenario: the days the fleet worked). */
  onlyDays?: readonly string[];
  /** The added vehicles are spread over these in turn. */
  depots: readonly Depot[];
}

export interface RemovedVehicles {
  count: number;
  /** Vehicles of this layout (seats, wheelchair places) are taken away, all their shifts with them. */
  seats: number;
  wheelchairPlaces: number;
}

export interface FleetChange {
  add?: readonly AddedVehicles[];
  remove?: readonly RemovedVehicles[];
}

/**
 * The base fleet with the change: removed vehicles lose every shift (vehicles in id order, so the
 * same change gives the same fleet), added ones get a shift on each day of their pattern.
 * Fewer vehicles of a layout than asked to remove: all of them go.
 */
export function fleetVariant(base: readonly WhatIfShift[], change: FleetChange): WhatIfShift[] {
  const gone = new Set<string>();
  for (const r of change.remove ?? []) {
    const vehicles = [
      ...new Set(
        base
          .filter((s) => s.seats === r.seats && s.wheelchairPlaces === r.wheelchairPlaces)
          .map((s) => s.vehicleId ?? s.id)
          .filter((v) => !gone.has(v)),
      ),
    ].sort();
    for (const v of vehicles.slice(0, r.count)) gone.add(v);
  }
  const out = base.filter((s) => !gone.has(s.vehicleId ?? s.id));
  (change.add ?? []).forEach((a, g) => {
    const only = a.onlyDays ? new Set(a.onlyDays) : null;
    const days = shiftPatternDays(a.pattern).filter((d) => !only || only.has(d));
    for (let i = 0; i < a.count; i++) {
      const depot = a.depots[i % a.depots.length];
      if (!depot) throw new RangeError('added vehicles need at least one depot');
      const vehicleId = `added-${g}-${i}`;
      for (const day of days)
        out.push({
          id: `${vehicleId}-${day}`,
          vehicleId,
          providerId: depot.providerId,
          ...shiftPeriodOn(day, a.pattern.startTime, a.pattern.endTime),
          startLat: depot.lat,
          startLon: depot.lon,
          endLat: depot.lat,
          endLon: depot.lon,
          startKato: depot.kato,
          seats: a.kind.seats,
          wheelchairPlaces: a.kind.wheelchairPlaces,
          alternativeLayouts: a.kind.alternativeLayouts ?? [],
          hasRamp: a.kind.hasRamp,
          hasLift: a.kind.hasLift,
          hasRestraints: a.kind.hasRestraints,
          serviceArea: depot.serviceArea,
          districtKato: depot.districtKato,
        });
    }
  });
  return out;
}

export interface SizingResult {
  /** Vehicles to add to the base fleet; null when even `maxAdded` does not reach the target. */
  added: number | null;
  /** The replay with that many added (with `maxAdded` when the target is out of reach). */
  result: WhatIfResult;
  /** Replays run by the search. */
  runs: number;
}

/**
 * "How many vehicles do we need to serve this demand at X% served" (issue 25, item 2): the
 * smallest n in 0..maxAdded whose fleet (`changeOf(n)` applied to the base) replays to at least
 * `targetShare` served, by bisection (more vehicles never serve fewer in the live insertion's
 * terms; where the search disagrees by a ride, the bisection still returns a size that reached
 * the target).
 */
export async function sizeFleet(
  input: WhatIfInput,
  changeOf: (n: number) => FleetChange,
  targetShare: number,
  maxAdded: number,
): Promise<SizingResult> {
  let runs = 0;
  const replay = async (n: number): Promise<WhatIfResult> => {
    runs++;
    return replayWhatIf({ ...input, shifts: fleetVariant(input.shifts, changeOf(n)) });
  };
  const reaches = (r: WhatIfResult): boolean => (r.servedShare ?? 1) >= targetShare;
  const atMax = await replay(maxAdded);
  if (!reaches(atMax)) return { added: null, result: atMax, runs };
  const atZero = await replay(0);
  if (reaches(atZero)) return { added: 0, result: atZero, runs };
  let lo = 0;
  let hi = maxAdded;
  let best = atMax;
  // Invariant: lo does not reach the target, hi does.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const r = await replay(mid);
    if (reaches(r)) {
      hi = mid;
      best = r;
    } else lo = mid;
  }
  return { added: hi, result: best, runs };
}

/** n vehicles of one kind. */
export const vehiclesOf =
  (add: Omit<AddedVehicles, 'count'>) =>
  (n: number): FleetChange => ({ add: [{ ...add, count: n }] });

/** n vehicles, round(n x share) of them wheelchair vans, the rest standard cars. */
export const mixOf =
  (wheelchair: Omit<AddedVehicles, 'count'>, standard: Omit<AddedVehicles, 'count'>, share: number) =>
  (n: number): FleetChange => {
    const vans = Math.round(n * share);
    return {
      add: [
        { ...wheelchair, count: vans },
        { ...standard, count: n - vans },
      ],
    };
  };

export interface MixSizing extends SizingResult {
  /** The wheelchair share of the added vehicles that needs the fewest. */
  wheelchairShare: number;
  wheelchairVehicles: number;
}

/**
 * The fleet size and wheelchair share together: for each share, the fewest added vehicles that
 * reach the target; the answer is the share needing the fewest vehicles, and of equal sizes the
 * one with fewer wheelchair vans (they cost more to buy and run). Null `added` when no share
 * reaches the target within `maxAdded`.
 */
export async function sizeFleetMix(
  input: WhatIfInput,
  wheelchair: Omit<AddedVehicles, 'count'>,
  standard: Omit<AddedVehicles, 'count'>,
  targetShare: number,
  maxAdded: number,
  shares: readonly number[] = [0, 0.25, 0.5, 0.75, 1],
): Promise<MixSizing> {
  let best: MixSizing | null = null;
  let runs = 0;
  for (const share of shares) {
    const r = await sizeFleet(input, mixOf(wheelchair, standard, share), targetShare, maxAdded);
    runs += r.runs;
    const vans = r.added === null ? Infinity : Math.round(r.added * share);
    const better =
      !best ||
      (r.added !== null &&
        (best.added === null ||
          r.added < best.added ||
          (r.added === best.added && vans < best.wheelchairVehicles)));
    if (better) best = { ...r, wheelchairShare: share, wheelchairVehicles: vans };
  }
  return { ...(best as MixSizing), runs };
}
