// The running system for the procurement stories: the procurement simulator (the in-process
// stand-in), the API listening on a real port (the simulator calls back), the dispatcher worker,
// a fresh PostgreSQL database and Redis prefix.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@invataxi/persistence';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createSimulators } from '../../apps/simulators/src/create-simulators';
import { SMS_API_KEY, SMS_SECRET, smsTo } from '../support/sign-in';
import { createTestEnv, type TestEnv } from '../support/test-env';

export interface Harness {
  t: TestEnv;
  ds: DataSource;
  api: NestFastifyApplication;
  worker: INestApplicationContext;
  sim: FastifyInstance;
  simUrl: string;
  /** The texts the SMS stand-in got for a phone, oldest first (the supplier's invitation). */
  smsTo(phone: string): Promise<string[]>;
  control(path: string, body?: unknown): Promise<Record<string, unknown>>;
  lots(): Promise<{
    counters: Record<string, number>;
    lots: {
      lotId: string;
      status: string;
      reference: string;
      method: string;
      previousLotId: string | null;
      serviceAreaKato: string[];
    }[];
  }>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startHarness(overrides: Record<string, string> = {}): Promise<Harness> {
  const secret = randomBytes(32).toString('hex');
  // Lots are decided by the tests through the control API (or after ten minutes).
  const sim = await createSimulators({
    PROCUREMENT_SECRET: secret,
    SIM_PROCUREMENT_DECIDE_AFTER_MS: '600000',
    SIM_SMS_API_KEY: SMS_API_KEY,
    SIM_SMS_CALLBACK_SECRET: SMS_SECRET,
  });
  await sim.listen({ host: '127.0.0.1', port: 0 });
  const simBase = `http://127.0.0.1:${(sim.server.address() as { port: number }).port}`;
  const simUrl = `${simBase}/procurement`;
  const apiPort = await freePort();
  const t = await createTestEnv({
    PROCUREMENT_URL: simUrl,
    PROCUREMENT_SECRET: secret,
    PROCUREMENT_TIMEOUT_MS: '1000',
    PROCUREMENT_POLL_INTERVAL_MS: '1500',
    PROCUREMENT_DEFAULT_TARIFF_PER_TRIP: '2000',
    PROCUREMENT_DEFAULT_TARIFF_PER_KM: '150',
    PUBLIC_BASE_URL: `http://127.0.0.1:${apiPort}`,
    // The awarded supplier's administrator is invited by SMS (issue 20).
    SMS_GATEWAY_URL: `${simBase}/sms`,
    SMS_API_KEY,
    SMS_CALLBACK_SECRET: SMS_SECRET,
    SMS_TIMEOUT_MS: '3000',
    // Not maintenance: the series materialiser would expand the test's bare series; the tests run the sweeper themselves.
    DISPATCHER_QUEUES: 'outbox,dispatch,procurement',
    ...overrides,
  });
  const api = await createApi(t.config);
  await api.listen(apiPort, '127.0.0.1');
  const worker = await createDispatcher(t.config);
  const ds = createDataSource({ url: t.config.DATABASE_URL, poolSize: 3 });
  await ds.initialize();
  const control = async (path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${simUrl}/_control/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    return (await res.json()) as Record<string, unknown>;
  };
  return {
    t,
    ds,
    api,
    worker,
    sim,
    simUrl,
    smsTo: (phone) => smsTo(simBase, phone),
    control,
    lots: async () => (await control('lots')) as never,
    close: async () => {
      await worker?.close();
      await api?.close();
      await sim?.close();
      await ds?.destroy();
      await t?.teardown();
    },
  };
}

export async function call<T = Record<string, unknown>>(
  h: Harness,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  token: string,
  payload?: Record<string, unknown>,
): Promise<{ statusCode: number; body: T }> {
  const res = await h.api
    .getHttpAdapter()
    .getInstance()
    .inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload }),
    });
  return { statusCode: res.statusCode, body: res.json() as T };
}
