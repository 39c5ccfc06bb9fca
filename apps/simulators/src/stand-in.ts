import type { FastifyInstance } from 'fastify';

/**
 * One outside system's stand-in: a set of routes under its own prefix, with a control API
 * (/<prefix>/_control/...) that tests use to make it slow, failing, duplicating or reordering.
 */
export interface StandIn {
  name: string;
  prefix: string;
  register(app: FastifyInstance, env: NodeJS.ProcessEnv): Promise<void>;
}
