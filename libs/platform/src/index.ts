export * from './logger';
export * from './nest-logger';
export * from './tokens';
export * from './platform.module';
export { clockOf } from './clock.provider';
