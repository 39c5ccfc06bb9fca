/** DI token under which the validated AppConfig is provided. */
export const CONFIG = Symbol('CONFIG');
