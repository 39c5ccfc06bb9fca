import { connect, type Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from './support/test-env';

/**
 * Shutting the API down must not hang on a client's idle connection (one that never sent a
 * request is otherwise held until Node's 60 s headersTimeout): a deploy or Ctrl-C stops promptly.
 */
describe('api shutdown', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await t?.teardown();
  });

  it('closes within the grace period although a client holds an idle connection', async () => {
    const { port } = api.getHttpServer().address() as { port: number };
    const open = (): Promise<Socket> =>
      new Promise((resolve) => {
        const s = connect(port, '127.0.0.1', () => resolve(s));
        s.on('error', () => undefined);
        sockets.push(s);
      });
    await open(); // connected, never sends anything
    const used = await open();
    used.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => used.once('data', r));
    const started = Date.now();
    await api.close();
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
