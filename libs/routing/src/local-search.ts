// Request relocation local search: take a request out and put it back at its cheapest
// feasible place in any route that may carry it (its own included, which covers the intra-route
// moves), until no request can be moved at a gain. Applied to new best solutions, in the
// spirit of the local search phases of Parragh et al. (2010) and Braekers et al. (2014).
import type { Assignment } from './assignment';
import type { Instance } from './instance';
import type { Inserter } from './insertion';

const GAIN_EPS = 1e-9;

export function relocateDescent(inst: Instance, sol: Assignment, inserter: Inserter, maxPasses = 50): boolean {
  const R = inst.nRequests;
  const V = inst.nVehicles;
  let improvedAny = false;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let r = 0; r < R; r++) {
      const u = sol.routeOf[r];
      if (u < 0 || inst.onBoard[r]) continue;
      const route = sol.routes[u];
      // remember where it was, so it can go back unchanged
      let pi = -1;
      let pj = -1;
      for (let k = 1; k < route.n - 1; k++) {
        const x = route.seq[k];
        if (x === r) pi = k;
        else if (x === R + r) {
          pj = k;
          break;
        }
      }
      const before = route.cost;
      sol.remove(r);
      const saving = before - route.cost;
      let bestV = -1;
      let bestC = saving - GAIN_EPS;
      let bi = -1;
      let bj = -1;
      for (let v = 0; v < V; v++) {
        const c = inserter.bestInsertion(sol.routes[v], r, bestC);
        if (c < bestC) {
          bestC = c;
          bestV = v;
          bi = inserter.pickupAfter;
          bj = inserter.dropoffAfter;
        }
      }
      if (bestV >= 0) {
        sol.insert(r, bestV, bi, bj);
        improved = true;
      } else {
        sol.insert(r, u, pi - 1, pj - 2);
      }
    }
    if (!improved) break;
    improvedAny = true;
  }
  return improvedAny;
}
