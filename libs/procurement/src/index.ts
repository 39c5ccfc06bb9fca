// @invataxi/procurement: the procurement fallback's rules (demand aggregation, lifecycle, methods,
// release order), the rider's and officer's texts, and the adapter to the public procurement system.
export * from './lifecycle';
export * from './methods';
export * from './period';
export * from './tariff';
export * from './demand';
export * from './release';
export * from './messages';
export * from './signature';
export * from './procurement-system';
export * from './http-procurement-client';
export * from './jobs';
export * from './expected-date';
export * from './lot';
export * from './onboarding';
export * from './sizing';
