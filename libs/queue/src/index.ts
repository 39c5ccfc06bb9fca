export * from './queue-names';
export * from './job-catalogue';
export * from './job-options';
export * from './queue-producer';
export * from './queue.module';
export * from './worker-host';
export * from './redis-connection';
export * from './booking-fan-out';
