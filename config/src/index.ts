export * from './schema';
export * from './load-config';
export { CONFIG } from './config.token';
