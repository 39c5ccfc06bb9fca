// @invataxi/routing: the dial-a-ride engine of the dispatcher (see ../README.md).
//
//   solve(problem, { timeLimitMs, seed, onProgress, initial })   plan a day (ALNS)
//   new DarpSolver(problem, options)                             the same, anytime: run/runAsync/best/stop
//   insertRequest(problem, routes, requestId)                    real-time: cheapest feasible insertion
//   checkRoute(problem, vehicleId, stops)                        feasibility + what breaks (dispatcher console)
//   DispatchPlanner                                              the two above with one compile
//   HaversineTravelTimeProvider, buildTravelMatrix               travel times
//   OneHourTravelTime, slowestHour                               one speed for every feasibility judgement
//   OsrmTravelTimeProvider                                       road times from OSRM (HTTP: the one adapter with I/O)
export * from './model';
export { solve, DarpSolver, type SolveOptions, type InitialRoute, type SearchProgress } from './solve';
export {
  checkRoute,
  insertRequest,
  DispatchPlanner,
  type RouteCheck,
  type Violation,
  type Insertion,
} from './planner';
export {
  HaversineTravelTimeProvider,
  buildTravelMatrix,
  greatCircleMetres,
  type GeoPoint,
  type HaversineOptions,
  type TravelMatrixResult,
  type TravelTimeProvider,
} from './travel-time';
export { OneHourTravelTime, slowestHour } from './one-hour-travel-time';
export { OsrmTravelTimeProvider, type OsrmOptions } from './osrm-travel-time';
export { TIME_EPS } from './instance';
