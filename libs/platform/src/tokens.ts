/** DI tokens of the platform's shared infrastructure. */
export const LOGGER = Symbol('LOGGER');
export const REDIS = Symbol('REDIS');
