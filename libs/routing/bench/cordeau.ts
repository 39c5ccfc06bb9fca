// Reader for the Cordeau (2006) dial-a-ride instance format (see shared/bench/darp/README.md)
// and its translation into the solver's model: request i = nodes i (pickup) and n+i (drop-off),
// every vehicle starts at node 0 and ends at node 2n+1, travel time = Euclidean distance.
import type { DialARideProblem, TripRequest, VehicleShift } from '@invataxi/routing';

export interface CordeauNode {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly service: number;
  readonly load: number;
  readonly early: number;
  readonly late: number;
}

export interface CordeauInstance {
  readonly name: string;
  readonly vehicles: number;
  /** Number of requests, inferred from the node lines (some copies write 2n in the header). */
  readonly requests: number;
  readonly maxRouteDuration: number;
  readonly capacity: number;
  readonly maxRideTime: number;
  readonly nodes: readonly CordeauNode[];
}

export function parseCordeau(name: string, text: string): CordeauInstance {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const [K, , T, Q, L] = lines[0].split(/\s+/).map(Number);
  const nodes: CordeauNode[] = lines.slice(1).map((l) => {
    const [id, x, y, d, q, e, lt] = l.split(/\s+/).map(Number);
    return { id, x, y, service: d, load: q, early: e, late: lt };
  });
  if ((nodes.length - 2) % 2 !== 0) throw new Error(`${name}: odd number of request nodes`);
  return {
    name,
    vehicles: K,
    requests: (nodes.length - 2) / 2,
    maxRouteDuration: T,
    capacity: Q,
    maxRideTime: L,
    nodes,
  };
}

export function euclid(a: CordeauNode, b: CordeauNode): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The instance as a DialARideProblem; request ids are the pickup node ids ("1".."n"). */
export function toProblem(inst: CordeauInstance): DialARideProblem {
  const { nodes, requests: n } = inst;
  const size = nodes.length;
  const durations = new Float64Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) durations[i * size + j] = euclid(nodes[i], nodes[j]);
  const stop = (k: number) => ({
    location: k,
    serviceTime: nodes[k].service,
    earliest: nodes[k].early,
    latest: nodes[k].late,
  });
  const requests: TripRequest[] = [];
  for (let i = 1; i <= n; i++) {
    requests.push({
      id: String(i),
      pickup: stop(i),
      dropoff: stop(n + i),
      load: [nodes[i].load],
      maxRideTime: inst.maxRideTime,
    });
  }
  const start = nodes[0];
  const end = nodes[2 * n + 1];
  const vehicles: VehicleShift[] = [];
  for (let k = 0; k < inst.vehicles; k++) {
    vehicles.push({
      id: `v${k}`,
      startLocation: 0,
      endLocation: 2 * n + 1,
      earliestStart: Math.max(start.early, end.early),
      latestEnd: Math.min(start.late, end.late),
      maxRouteDuration: inst.maxRouteDuration,
      capacities: [[inst.capacity]],
    });
  }
  return { requests, vehicles, travel: { size, durations } };
}
