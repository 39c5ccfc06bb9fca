// Test fixtures: problems on a line, where travel time between x and y is |x - y|, so every
// schedule in a spec can be checked by hand.
import type { DialARideProblem, TripRequest, VehicleShift } from '../model';

export interface LineTrip {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly pickupWindow?: readonly [number, number];
  readonly dropoffWindow?: readonly [number, number];
  readonly service?: number;
  readonly load?: readonly number[];
  readonly maxRide?: number;
  readonly needs?: readonly string[];
  readonly lockedToVehicle?: string;
  readonly onBoard?: { readonly vehicleId: string; readonly pickedUpAt: number };
  readonly required?: boolean;
}

export interface LineVehicle {
  readonly id: string;
  readonly at?: number;
  readonly shift?: readonly [number, number];
  readonly maxDuration?: number;
  readonly capacities?: readonly (readonly number[])[];
  readonly features?: readonly string[];
}

/** Locations are the integer points 0..size-1 of a line. */
export function lineProblem(
  trips: readonly LineTrip[],
  vehicles: readonly LineVehicle[],
  size = 50,
): DialARideProblem {
  const durations = new Float64Array(size * size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) durations[i * size + j] = Math.abs(i - j);
  const wide: readonly [number, number] = [0, 1000];
  const requests: TripRequest[] = trips.map((t) => ({
    id: t.id,
    pickup: {
      location: t.from,
      serviceTime: t.service ?? 0,
      earliest: (t.pickupWindow ?? wide)[0],
      latest: (t.pickupWindow ?? wide)[1],
    },
    dropoff: {
      location: t.to,
      serviceTime: t.service ?? 0,
      earliest: (t.dropoffWindow ?? wide)[0],
      latest: (t.dropoffWindow ?? wide)[1],
    },
    load: t.load ?? [1],
    maxRideTime: t.maxRide ?? 1000,
    needs: t.needs,
    lockedToVehicle: t.lockedToVehicle,
    onBoard: t.onBoard,
    required: t.required,
  }));
  const shifts: VehicleShift[] = vehicles.map((v) => ({
    id: v.id,
    startLocation: v.at ?? 0,
    endLocation: v.at ?? 0,
    earliestStart: (v.shift ?? wide)[0],
    latestEnd: (v.shift ?? wide)[1],
    maxRouteDuration: v.maxDuration,
    capacities: v.capacities ?? [[3]],
    features: v.features,
  }));
  return { requests, vehicles: shifts, travel: { size, durations } };
}
