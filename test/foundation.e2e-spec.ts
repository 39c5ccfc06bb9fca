import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplicationContext } from '@nestjs/common';
import { createApi } from '../apps/api/src/create-api';
import { createDispatcher } from '../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, type TestEnv } from './support/test-env';

describe('foundation: api and dispatcher boot on real PostgreSQL and Redis', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox' });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    worker = await createDispatcher(t.config);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await t?.teardown();
  });

  it('answers /health and /ready, and lists endpoints at /docs', async () => {
    const f = api.getHttpAdapter().getInstance();
    expect((await f.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    const ready = await f.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().info.database.status).toBe('up');
    const doc = await f.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toContain('/admin/dead-letters');
    expect(ready.headers['x-request-id']).toBeTruthy();
  });

  it('refuses a missing, a forged and a wrong-role token', async () => {
    const f = api.getHttpAdapter().getInstance();
    expect((await f.inject({ method: 'GET', url: '/admin/dead-letters' })).statusCode).toBe(401);
    const forged = await f.inject({
      method: 'GET',
      url: '/admin/dead-letters',
      headers: { authorization: 'Bearer abc.def.ghi' },
    });
    expect(forged.statusCode).toBe(401);
    const rider = t.token({ userId: '00000000-0000-4000-8000-000000000001', role: 'BENEFICIARY' });
    const r = await f.inject({
      method: 'GET',
      url: '/admin/dead-letters',
      headers: { authorization: `Bearer ${rider}` },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().requestId).toBeTruthy();
    const officer = t.token({
      userId: '00000000-0000-4000-8000-000000000002',
      role: 'LEB_OFFICER',
      regionKato: '710000000',
    });
    const ok = await f.inject({
      method: 'GET',
      url: '/admin/dead-letters',
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('answers bad query input with 400 naming the field', async () => {
    const f = api.getHttpAdapter().getInstance();
    const officer = t.token({
      userId: '00000000-0000-4000-8000-000000000002',
      role: 'LEB_OFFICER',
      regionKato: '710000000',
    });
    const r = await f.inject({
      method: 'GET',
      url: '/admin/dead-letters?limit=abc&extra=1',
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(r.statusCode).toBe(400);
    const fields = r.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['limit', 'extra']));
  });
});
