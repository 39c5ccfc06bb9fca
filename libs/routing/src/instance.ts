// The problem compiled into flat typed arrays for the search. Node numbering (internal):
//   r            pickup of request r        (0 <= r < R)
//   R + r        drop-off of request r
//   2R + 2v      start of vehicle v
//   2R + 2v + 1  end of vehicle v
// Times and costs between nodes are copied into dense N x N matrices so the inner loops do
// one multiply-add per lookup and never touch objects.
import type { DialARideProblem, TripRequest, VehicleShift } from './model';

/** Tolerance for every time comparison (windows, ride times, route duration). The benchmark
 * checker uses the same value; Cordeau's instances have unrounded Euclidean times. */
export const TIME_EPS = 1e-6;

export interface Instance {
  readonly problem: DialARideProblem;
  readonly nRequests: number;
  readonly nVehicles: number;
  readonly nNodes: number;
  readonly dims: number;
  readonly location: Int32Array;
  readonly service: Float64Array;
  readonly early: Float64Array;
  readonly late: Float64Array;
  /** Load change at a node, nNodes x dims: +load at pickups, -load at drop-offs. */
  readonly delta: Int32Array;
  readonly time: Float64Array;
  readonly cost: Float64Array;
  readonly maxRide: Float64Array;
  readonly maxDuration: Float64Array;
  /** Capacity configurations: vehicle v owns configs [configStart[v], configStart[v+1]), each dims long. */
  readonly configs: Int32Array;
  readonly configStart: Int32Array;
  /** compatible[r * V + v] = 1 if vehicle v may carry request r. */
  readonly compatible: Uint8Array;
  /** Vehicle a request is pinned to (locked or on board), -1 if free. */
  readonly pinnedTo: Int32Array;
  readonly onBoard: Uint8Array;
  /** 1 for a request the search must not leave out for others (TripRequest.required). */
  readonly required: Uint8Array;
  /** Largest arc cost, to scale the penalty for unassigned requests. */
  readonly maxArcCost: number;
  /** Cost of a passenger's time unit on board beyond direct (DialARideProblem.rideTimeCost). */
  readonly rideCost: number;
  readonly requestIndex: ReadonlyMap<string, number>;
  readonly vehicleIndex: ReadonlyMap<string, number>;
}

export const pickupOf = (r: number): number => r;
export const dropoffOf = (inst: Instance, r: number): number => inst.nRequests + r;
export const startOf = (inst: Instance, v: number): number => 2 * inst.nRequests + 2 * v;
export const endOf = (inst: Instance, v: number): number => 2 * inst.nRequests + 2 * v + 1;

export function compileProblem(problem: DialARideProblem): Instance {
  const { requests, vehicles, travel } = problem;
  const R = requests.length;
  const V = vehicles.length;
  const N = 2 * R + 2 * V;
  let dims = 1;
  for (const r of requests) dims = Math.max(dims, r.load.length);
  for (const v of vehicles) for (const c of v.capacities) dims = Math.max(dims, c.length);

  const vehicleIndex = new Map<string, number>();
  vehicles.forEach((v, i) => {
    if (vehicleIndex.has(v.id)) throw new Error(`duplicate vehicle id ${v.id}`);
    vehicleIndex.set(v.id, i);
  });
  const requestIndex = new Map<string, number>();
  requests.forEach((r, i) => {
    if (requestIndex.has(r.id)) throw new Error(`duplicate request id ${r.id}`);
    requestIndex.set(r.id, i);
  });

  const location = new Int32Array(N);
  const service = new Float64Array(N);
  const early = new Float64Array(N);
  const late = new Float64Array(N);
  const delta = new Int32Array(N * dims);
  const maxRide = new Float64Array(R);
  const pinnedTo = new Int32Array(R).fill(-1);
  const onBoard = new Uint8Array(R);
  const required = new Uint8Array(R);

  requests.forEach((req, r) => {
    const p = r;
    const d = R + r;
    for (let k = 0; k < dims; k++) {
      const q = req.load[k] ?? 0;
      delta[p * dims + k] = q;
      delta[d * dims + k] = -q;
    }
    maxRide[r] = req.maxRideTime;
    if (req.required) required[r] = 1;
    setStop(p, req.pickup.location, req.pickup.serviceTime, req.pickup.earliest, req.pickup.latest);
    setStop(d, req.dropoff.location, req.dropoff.serviceTime, req.dropoff.earliest, req.dropoff.latest);
    const pin = req.onBoard?.vehicleId ?? req.lockedToVehicle;
    if (pin !== undefined) {
      const v = vehicleIndex.get(pin);
      if (v === undefined) throw new Error(`request ${req.id} pinned to unknown vehicle ${pin}`);
      pinnedTo[r] = v;
    }
    if (req.onBoard) {
      // Only the drop-off remains: model the pickup as a zero-length stop at the vehicle's
      // start, at its start time, with the ride time already spent taken off the limit.
      const veh = vehicles[pinnedTo[r]];
      onBoard[r] = 1;
      setStop(p, veh.startLocation, 0, veh.earliestStart, veh.earliestStart);
      maxRide[r] = req.maxRideTime - Math.max(0, veh.earliestStart - req.onBoard.pickedUpAt);
    }
  });

  const maxDuration = new Float64Array(V);
  const configStart = new Int32Array(V + 1);
  const configList: number[] = [];
  vehicles.forEach((veh, v) => {
    const s = 2 * R + 2 * v;
    setStop(s, veh.startLocation, 0, veh.earliestStart, veh.latestEnd);
    setStop(s + 1, veh.endLocation, 0, veh.earliestStart, veh.latestEnd);
    maxDuration[v] = veh.maxRouteDuration ?? Infinity;
    configStart[v] = configList.length / dims;
    for (const c of veh.capacities) for (let k = 0; k < dims; k++) configList.push(c[k] ?? 0);
  });
  configStart[V] = configList.length / dims;
  const configs = Int32Array.from(configList);

  const size = travel.size;
  const time = new Float64Array(N * N);
  const cost = new Float64Array(N * N);
  const dist = travel.distances ?? travel.durations;
  let maxArcCost = 0;
  for (let i = 0; i < N; i++) {
    const li = location[i];
    if (li < 0 || li >= size) throw new Error(`location ${li} outside the travel matrix`);
    for (let j = 0; j < N; j++) {
      const lj = location[j];
      time[i * N + j] = travel.durations[li * size + lj];
      const c = dist[li * size + lj];
      cost[i * N + j] = c;
      if (c > maxArcCost && c < Infinity) maxArcCost = c;
    }
  }

  const compatible = new Uint8Array(R * V);
  requests.forEach((req, r) => {
    vehicles.forEach((veh, v) => {
      compatible[r * V + v] = canCarry(veh, req, dims) && (pinnedTo[r] < 0 || pinnedTo[r] === v) ? 1 : 0;
    });
  });

  tightenWindows();

  return {
    problem,
    nRequests: R,
    nVehicles: V,
    nNodes: N,
    dims,
    location,
    service,
    early,
    late,
    delta,
    time,
    cost,
    maxRide,
    maxDuration,
    configs,
    configStart,
    compatible,
    pinnedTo,
    onBoard,
    required,
    maxArcCost,
    rideCost: problem.rideTimeCost ?? 0,
    requestIndex,
    vehicleIndex,
  };

  function setStop(node: number, loc: number, svc: number, e: number, l: number): void {
    location[node] = loc;
    service[node] = svc;
    early[node] = e;
    late[node] = l;
  }

  // Window tightening of Cordeau (2006, section 3): a drop-off window bounds its pickup
  // through the ride-time limit and direct travel time, and vice versa. The tightened windows
  // are implied by the original constraints, so no feasible schedule is lost; they make the
  // cheap insertion filters sharper.
  function tightenWindows(): void {
    for (let r = 0; r < R; r++) {
      const p = r;
      const d = R + r;
      const tpd = time[p * N + d];
      const sp = service[p];
      early[p] = Math.max(early[p], early[d] - maxRide[r] - sp);
      late[p] = Math.min(late[p], late[d] - tpd - sp);
      early[d] = Math.max(early[d], early[p] + sp + tpd);
      late[d] = Math.min(late[d], late[p] + sp + maxRide[r]);
    }
  }
}

function canCarry(veh: VehicleShift, req: TripRequest, dims: number): boolean {
  const features = new Set(veh.features ?? []);
  for (const need of req.needs ?? []) if (!features.has(need)) return false;
  return veh.capacities.some((c) => {
    for (let k = 0; k < dims; k++) if ((req.load[k] ?? 0) > (c[k] ?? 0)) return false;
    return true;
  });
}

/** Whether a load vector (at offset `at` of `load`) fits one of vehicle v's configurations. */
export function loadFits(inst: Instance, v: number, load: Int32Array, at: number): boolean {
  const { configs, configStart, dims } = inst;
  for (let c = configStart[v]; c < configStart[v + 1]; c++) {
    let ok = true;
    for (let k = 0; k < dims; k++) {
      if (load[at + k] > configs[c * dims + k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
