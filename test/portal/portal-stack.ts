/**
 * The Portal tests' stack: the simulator (the Portal stand-in) on a free port, the API on a free
 * port, the dispatcher in-process; PORTAL_URL points at the simulator and the simulator's target
 * at the API. PostgreSQL and Redis are the real ones (own database and queue prefix per file).
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createSimulators } from '../../apps/simulators/src/create-simulators';
import { actSigningPair } from '../support/act-signing';
import { createTestEnv, type TestEnv } from '../support/test-env';

export interface PortalStack {
  t: TestEnv;
  api: NestFastifyApplication;
  worker: INestApplicationContext | null;
  sim: FastifyInstance;
  simUrl: string;
  apiUrl: string;
  secret: string;
  /** Calls the simulator's control API. */
  control<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function startPortalStack(
  options: { worker?: boolean; overrides?: Record<string, string> } = {},
): Promise<PortalStack> {
  const secret = randomBytes(32).toString('hex');
  // The akimat's act-signing pair: its certificate handed to the Portal, the key to the API only.
  const signing = actSigningPair();
  const simEnv: NodeJS.ProcessEnv = {
    SIM_PORTAL_SECRET: secret,
    SIM_PORTAL_KEY_ID: 'portal',
    SIM_PORTAL_ACT_CERT: signing.cert,
  };
  const sim = await createSimulators(simEnv);
  await sim.listen({ host: '127.0.0.1', port: 0 });
  const simUrl = `http://127.0.0.1:${(sim.server.address() as AddressInfo).port}`;
  const t = await createTestEnv({
    PORTAL_URL: `${simUrl}/portal`,
    PORTAL_CLIENT_KEYS: `portal:${secret}`,
    PORTAL_TIMEOUT_MS: '2000',
    DISPATCHER_QUEUES: 'outbox,portal-sync',
    DATABASE_POOL_SIZE: '20',
    BILLING_ACT_SIGNING_KEY: Buffer.from(signing.key).toString('base64'),
    BILLING_ACT_SIGNING_CERT: signing.cert,
    ...options.overrides,
  });
  const api = await createApi(t.config);
  await api.listen({ host: '127.0.0.1', port: 0 });
  const apiUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
  simEnv.SIM_PORTAL_TARGET_URL = apiUrl;
  const worker = options.worker === false ? null : await createDispatcher(t.config);
  return {
    t,
    api,
    worker,
    sim,
    simUrl,
    apiUrl,
    secret,
    async control<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${simUrl}/portal/_control${path}`, {
        method,
        ...(body !== undefined
          ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
          : {}),
      });
      if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      await worker?.close();
      await api.close();
      await sim.close();
      await t.teardown();
    },
  };
}

export interface SentOrder {
  orderId: string;
  eventId: string;
  responses: { status: number; body: Record<string, unknown> }[];
}
