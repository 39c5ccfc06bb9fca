// @invataxi/domain: the pure rules of the service. Import from here, never from the folders.
export * from './vocabulary';
export * from './time';
export * from './domain-error';
export * from './reasons';
export * from './kato';
export * from './disability';
export * from './mobility';
export * from './policy';
export * from './booking-state';
export * from './geo';
export * from './eligibility';
export * from './service-hours';
export * from './time-windows';
export * from './booking-checks';
