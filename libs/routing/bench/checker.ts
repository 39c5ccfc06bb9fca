// An independent checker for Cordeau-format solutions. It shares no code with the solver: it
// reads the instance nodes directly and decides whether a schedule exists for each route by
// writing the route's timing as a system of difference constraints (service-start variables,
// windows, travel, ride times, route duration) and looking for a negative cycle with
// Bellman-Ford; a system without one has a solution (Cormen et al., section 24.4).
import { type CordeauInstance, euclid } from './cordeau';

/** Same tolerance as the solver: every time bound may be exceeded by at most this much. */
export const CHECK_EPS = 1e-6;

export interface CheckResult {
  readonly feasible: boolean;
  readonly cost: number;
  readonly errors: readonly string[];
}

export function checkSolution(inst: CordeauInstance, routes: readonly (readonly number[])[]): CheckResult {
  const errors: string[] = [];
  const n = inst.requests;
  const nodes = inst.nodes;
  const end = 2 * n + 1;
  if (routes.length > inst.vehicles) errors.push(`${routes.length} routes for ${inst.vehicles} vehicles`);
  const visits = new Array<number>(2 * n + 2).fill(0);
  let cost = 0;
  routes.forEach((route, k) => {
    const full = [0, ...route, end];
    for (let a = 1; a < full.length; a++) cost += euclid(nodes[full[a - 1]], nodes[full[a]]);
    const pos = new Map<number, number>();
    route.forEach((id, a) => {
      if (!Number.isInteger(id) || id < 1 || id > 2 * n) errors.push(`route ${k}: bad node ${id}`);
      else {
        visits[id]++;
        pos.set(id, a);
      }
    });
    let load = 0;
    for (const id of route) {
      if (id >= 1 && id <= n) {
        const drop = pos.get(n + id);
        if (drop === undefined || drop < (pos.get(id) ?? 0))
          errors.push(`route ${k}: request ${id} not dropped after pickup on this route`);
      }
      if (id > n && id <= 2 * n && !pos.has(id - n))
        errors.push(`route ${k}: drop-off ${id} without its pickup`);
      load += id >= 1 && id <= 2 * n ? nodes[id].load : 0;
      if (load > inst.capacity) errors.push(`route ${k}: load ${load} > ${inst.capacity} at node ${id}`);
    }
    if (!scheduleExists(inst, full))
      errors.push(`route ${k}: no schedule meets windows, ride times and duration`);
  });
  for (let id = 1; id <= 2 * n; id++)
    if (visits[id] !== 1) errors.push(`node ${id} visited ${visits[id]} times`);
  return { feasible: errors.length === 0, cost, errors };
}

/** Difference constraints x_b - x_a <= w as edges a -> b; variable 0 is the time origin. */
function scheduleExists(inst: CordeauInstance, full: readonly number[]): boolean {
  const nodes = inst.nodes;
  const n = inst.requests;
  const m = full.length;
  const edges: [number, number, number][] = [];
  const v = (a: number) => a + 1; // variable of position a
  full.forEach((id, a) => {
    edges.push([0, v(a), nodes[id].late + CHECK_EPS]); // x_a <= l
    edges.push([v(a), 0, -nodes[id].early]); // x_a >= e
    if (a + 1 < m) {
      const travel = nodes[id].service + euclid(nodes[id], nodes[full[a + 1]]);
      edges.push([v(a + 1), v(a), -travel]); // x_{a+1} >= x_a + s + t
    }
  });
  full.forEach((id, a) => {
    if (id >= 1 && id <= n) {
      const d = full.indexOf(n + id);
      if (d > a) edges.push([v(a), v(d), inst.maxRideTime + nodes[id].service + CHECK_EPS]); // ride
    }
  });
  edges.push([v(0), v(m - 1), inst.maxRouteDuration + CHECK_EPS]); // duration
  const dist = new Array<number>(m + 1).fill(0);
  for (let it = 0; it <= m + 1; it++) {
    let changed = false;
    for (const [a, b, w] of edges) {
      if (dist[a] + w < dist[b] - 1e-12) {
        dist[b] = dist[a] + w;
        changed = true;
      }
    }
    if (!changed) return true;
  }
  return false;
}
