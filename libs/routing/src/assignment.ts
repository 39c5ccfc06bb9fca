// A complete solution in search form: one RoutePlan per vehicle and, per request, the vehicle
// carrying it (-1 when unassigned). Copying reuses the buffers, so the search keeps three of
// these (current, candidate, best) and never allocates per iteration.
import type { Instance } from './instance';
import { RoutePlan } from './route-plan';

export class Assignment {
  readonly routes: RoutePlan[];
  readonly routeOf: Int32Array;
  /** Modification clock: every change to route v sets stamp[v] to ++tick, so a local search
   * can tell which routes changed since it last looked (don't-look bits). */
  readonly stamp: Int32Array;
  tick = 0;

  constructor(readonly inst: Instance) {
    this.routes = [];
    for (let v = 0; v < inst.nVehicles; v++) this.routes.push(new RoutePlan(inst, v));
    this.routeOf = new Int32Array(inst.nRequests).fill(-1);
    this.stamp = new Int32Array(inst.nVehicles);
  }

  copyFrom(other: Assignment): void {
    for (let v = 0; v < this.routes.length; v++) this.routes[v].copyFrom(other.routes[v]);
    this.routeOf.set(other.routeOf);
    this.stamp.set(other.stamp);
    this.tick = other.tick;
  }

  /** Record that route v changed. */
  touch(v: number): void {
    this.stamp[v] = ++this.tick;
  }

  /** Total route cost. */
  cost(): number {
    let c = 0;
    for (const r of this.routes) c += r.cost;
    return c;
  }

  unassignedCount(): number {
    let k = 0;
    for (let r = 0; r < this.routeOf.length; r++) if (this.routeOf[r] < 0) k++;
    return k;
  }

  /** Unassigned requests weighed: 1 each, and a required one more than all the others together. */
  unassignedWeight(): number {
    const { required } = this.inst;
    let w = 0;
    for (let r = 0; r < this.routeOf.length; r++)
      if (this.routeOf[r] < 0) w += required[r] === 1 ? requiredWeight(this.inst) : 1;
    return w;
  }

  /** The search objective: cost plus a penalty per unassigned request large enough that
   * serving one more request always pays (an unassigned request is worse than any detour), and
   * leaving out a required request never pays, whatever it makes room for (issue 18: the
   * re-plan of an overloaded day dropped rides already promised to serve waitlisted ones). */
  objective(): number {
    return this.cost() + this.unassignedWeight() * unassignedPenalty(this.inst);
  }

  insert(r: number, v: number, i: number, j: number): void {
    this.routes[v].insert(r, i, j);
    this.routeOf[r] = v;
    this.touch(v);
  }

  remove(r: number): void {
    const v = this.routeOf[r];
    if (v < 0) return;
    this.routes[v].remove(r);
    this.routeOf[r] = -1;
    this.touch(v);
  }
}

export function unassignedPenalty(inst: Instance): number {
  return 1000 * (inst.maxArcCost + 1);
}

/** Weight of one unassigned required request: more than every other request left out at once. */
export function requiredWeight(inst: Instance): number {
  return inst.nRequests + 1;
}
