import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '../apps/api/src/create-api';
import { listRoutes } from './support/routes';
import { createTestEnv, type TestEnv } from './support/test-env';

/** Every endpoint declares who may call it (@Roles, @Public or @SignedRequest). */
describe('access declarations', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.init();
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  it('has no endpoint without an access rule', () => {
    const routes = listRoutes(api);
    expect(routes.length).toBeGreaterThan(2);
    const undeclared = routes
      .filter((r) => !r.access)
      .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('lets only the declared public endpoints through without a token', async () => {
    const publicOnes = listRoutes(api)
      .filter((r) => r.access?.kind === 'public')
      .map((r) => `${r.method} ${r.path}`);
    expect(publicOnes).toEqual(expect.arrayContaining(['GET /health', 'GET /ready']));
  });
});
