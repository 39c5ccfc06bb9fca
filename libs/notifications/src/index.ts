// @invataxi/notifications: what riders are told and how it travels. Pure (no framework): the
// dispatcher's handlers and the API's endpoints build on it.
export * from './kinds';
export * from './templates';
export * from './segments';
export * from './quiet-hours';
export * from './schedule';
export * from './compose';
export * from './channel';
export * from './phone';
export * from './sms-gateway';
export * from './delivery-report';
export * from './in-app';
export * from './settings';
export * from './arrival-alert';
