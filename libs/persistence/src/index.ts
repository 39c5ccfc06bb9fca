export * from './entities';
export * from './data-source';
export * from './run-migrations';
export * from './snake-naming.strategy';
export * from './unit-of-work';
export * from './booking-transition';
export * from './entities/json';
export * from './personal-data';
