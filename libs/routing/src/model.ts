// The dial-a-ride model the dispatcher hands to the solver. Plain data, no behaviour: the
// solver compiles it into typed arrays (compile.ts) before searching.
//
// Units: times and durations in one unit (seconds in production, minutes in the Cordeau
// benchmark); a "location" is an index into the travel matrix.

/** One end of a trip: where, how long the stop takes, and when service may START there. */
export interface StopSpec {
  /** Index into the travel matrix. */
  readonly location: number;
  /** Service duration at the stop (boarding, securing a wheelchair). */
  readonly serviceTime: number;
  /** Earliest start of service. */
  readonly earliest: number;
  /** Latest start of service. */
  readonly latest: number;
}

/** A passenger trip: pickup, drop-off, what it occupies and what it needs. */
export interface TripRequest {
  readonly id: string;
  readonly pickup: StopSpec;
  readonly dropoff: StopSpec;
  /**
   * Places occupied, one number per load dimension, by convention [seats, wheelchair places].
   * Companions add seats (see `tripLoad`). Every request and vehicle of a problem must use the
   * same dimensions; missing trailing dimensions count as 0.
   */
  readonly load: readonly number[];
  /** Maximum ride time: start of service at drop-off minus end of service at pickup. */
  readonly maxRideTime: number;
  /** Vehicle features the trip needs, e.g. 'ramp', 'lift'. */
  readonly needs?: readonly string[];
  /**
   * Booking already confirmed to this vehicle: the solver keeps it on that vehicle (its place in
   * the route may change) and never leaves it unassigned if the vehicle can take it.
   */
  readonly lockedToVehicle?: string;
  /**
   * The passenger is already on board this vehicle: only the drop-off remains. `pickedUpAt` is
   * the time service at the pickup ENDED; the ride-time limit still counts from then.
   */
  readonly onBoard?: { readonly vehicleId: string; readonly pickedUpAt: number };
  /**
   * A ride already promised to its rider (on a route): it may move to another vehicle or time,
   * but the search never leaves it unassigned to serve others, however many (leaving one out
   * weighs more than every optional request together); it stays out only when no plan the
   * search finds can take it.
   */
  readonly required?: boolean;
}

/** A vehicle shift. */
export interface VehicleShift {
  readonly id: string;
  readonly startLocation: number;
  readonly endLocation: number;
  /** Earliest departure from the start location. */
  readonly earliestStart: number;
  /** Latest arrival at the end location. */
  readonly latestEnd: number;
  /** Maximum route duration (arrival at end minus departure from start); Infinity if none. */
  readonly maxRouteDuration?: number;
  /**
   * Alternative capacity configurations, each one number per load dimension, e.g.
   * [[4, 0], [3, 1]] for a minibus whose folding seats make room for one wheelchair.
   * Interpretation: the load on board after every stop must fit at least ONE configuration
   * (the seats can be folded at any stop). A single configuration is the classic capacity.
   */
  readonly capacities: readonly (readonly number[])[];
  /** Features the vehicle has, e.g. 'ramp', 'lift'. */
  readonly features?: readonly string[];
}

/** Travel between locations: a dense row-major matrix, location i to j at [i * size + j]. */
export interface TravelMatrix {
  readonly size: number;
  /** Travel times. */
  readonly durations: ArrayLike<number>;
  /** Travel distances; when absent, the objective uses durations. */
  readonly distances?: ArrayLike<number>;
}

export interface DialARideProblem {
  readonly requests: readonly TripRequest[];
  readonly vehicles: readonly VehicleShift[];
  readonly travel: TravelMatrix;
  /**
   * Objective cost of one time unit a passenger spends on board beyond their direct travel time
   * (travel along the route between their pickup and drop-off, waiting not counted), in the
   * objective's unit. 0 or absent: the objective is the route length alone.
   */
  readonly rideTimeCost?: number;
}

/** What happens at a stop of a route. */
export type StopKind = 'pickup' | 'dropoff';

/** A stop of a route as the dispatcher sees it. */
export interface RouteStop {
  readonly requestId: string;
  readonly kind: StopKind;
}

/** A stop with its planned start of service. */
export interface PlannedStop extends RouteStop {
  readonly location: number;
  readonly serviceStart: number;
}

export interface PlannedRoute {
  readonly vehicleId: string;
  readonly stops: readonly PlannedStop[];
  /** Departure from the start location and arrival at the end location. */
  readonly departure: number;
  readonly arrival: number;
  /** Route length in the objective's unit (distance if given, else duration), plus the
   * passengers' extra ride time weighed by the problem's rideTimeCost. */
  readonly cost: number;
}

export interface Solution {
  readonly routes: readonly PlannedRoute[];
  /** Requests no vehicle could take. */
  readonly unassigned: readonly string[];
  /** Sum of route costs. */
  readonly cost: number;
}

/** Seats and wheelchair places of a trip: a wheelchair user takes a wheelchair place, every
 * other passenger (ambulant or companion) a seat. */
export function tripLoad(passengers: {
  readonly ambulant?: number;
  readonly wheelchair?: number;
  readonly companions?: number;
}): number[] {
  return [(passengers.ambulant ?? 0) + (passengers.companions ?? 0), passengers.wheelchair ?? 0];
}
