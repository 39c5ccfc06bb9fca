import Fastify, { type FastifyInstance } from 'fastify';
import { STAND_INS } from './stand-ins';

/**
 * The simulator process: stand-ins for the Social Services Portal, the public procurement
 * system and the SMS gateway, for the demo and the tests. Never deployed. It reads its own
 * environment (SIM_*) because it is not part of the platform and shares none of its config.
 */
export async function createSimulators(env: NodeJS.ProcessEnv = process.env): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 1048576 });
  app.get('/health', async () => ({ status: 'ok', standIns: STAND_INS.map((s) => s.name) }));
  for (const s of STAND_INS) {
    await app.register(async (scope) => s.register(scope, env), { prefix: s.prefix });
  }
  return app;
}
