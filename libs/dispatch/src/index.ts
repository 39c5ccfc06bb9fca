// @invataxi/dispatch: what the worker's dispatch and the API's dispatcher console and driver
// views share, so "feasible" means the same everywhere (see ../README.md).
export * from './route-model';
export * from './lateness';
export * from './travel-times';
export * from './region-policy';
export * from './replan';
export * from './live-channels';
export * from './dispatch-model.module';
export * from './operations-rollup';
