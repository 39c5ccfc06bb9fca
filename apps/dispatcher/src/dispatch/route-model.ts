// Moved to @invataxi/dispatch (libs/dispatch/src/route-model.ts). Kept only for bench/dispatch,
// which another engineer is changing now: delete once it imports @invataxi/dispatch.
export {
  buildProblem,
  toStopPlans,
  tripNeeds,
  vehicleFeatures,
  vehicleLayouts,
  type LoadedRoute,
  type TripRow,
} from '@invataxi/dispatch';
