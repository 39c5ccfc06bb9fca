/**
 * The browser side of issue 19 (item 6): every answer carries a strict Content-Security-Policy
 * (scripts and styles only from this origin, no inline script, no framing), and Swagger UI has
 * its own policy (inline styles allowed there only). The web suite (test/web/run.ts) drives the
 * app under this policy in Chromium.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '../../apps/api/src/create-api';
import { testNow } from '../support/clock';
import { createTestEnv, type TestEnv } from '../support/test-env';

function directives(header: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

/** An api on a test database of its own with these settings; its answers to injected GETs. */
function apiWith(env: Record<string, string> = {}) {
  let t: TestEnv | undefined;
  let api: NestFastifyApplication | undefined;
  beforeAll(async () => {
    t = await createTestEnv(env);
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });
  return (url: string, accept = 'text/html') =>
    api!.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: { accept } });
}

describe('Content-Security-Policy', () => {
  const get = apiWith();

  it.each(['/signin', '/health', '/no-such-endpoint'])(
    '%s: scripts and styles from self only, no framing',
    async (url) => {
      const res = await get(url);
      const csp = directives(res.headers['content-security-policy'] as string);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      expect(csp.get('style-src')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      // The driver app's service worker and manifest (issue 23): this origin's files only.
      expect(csp.get('worker-src')).toEqual(["'self'"]);
      expect(csp.get('manifest-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      for (const values of csp.values()) {
        expect(values).not.toContain("'unsafe-inline'");
        expect(values).not.toContain("'unsafe-eval'");
      }
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('without a map style the web app is told so (GET /app-config: null) and connects only here', async () => {
    const res = await get('/app-config', 'application/json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ mapStyleUrl: null, now: expect.any(String) });
  });

  it("tells the web app the platform's clock (GET /app-config: now), which a demo moves away from the device's", async () => {
    const res = await get('/app-config', 'application/json');
    const told = Date.parse((res.json() as { now: string }).now);
    expect(Math.abs(told - testNow().getTime())).toBeLessThan(5000);
  });

  it('Swagger UI has its own policy: inline styles there, scripts still from self', async () => {
    const page = await get('/docs');
    expect(page.statusCode).toBe(200);
    const csp = directives(page.headers['content-security-policy'] as string);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // Its scripts are files, so the strict script-src lets the page run.
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    const doc = await get('/docs/openapi.json', 'application/json');
    expect(directives(doc.headers['content-security-policy'] as string).get('style-src')).toEqual(["'self'"]);
  });
});

describe('Content-Security-Policy with a map style (issue 23)', () => {
  const style = 'http://127.0.0.1:8089/styles/basic/style.json';
  const get = apiWith({ MAP_STYLE_URL: style, MAP_TILE_ORIGINS: 'https://tiles.example.kz' });

  it("lets the page fetch the style and its tiles from their origins only; scripts stay this origin's", async () => {
    const csp = directives((await get('/signin')).headers['content-security-policy'] as string);
    expect(csp.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:8089', 'https://tiles.example.kz']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https:', 'http://127.0.0.1:8089']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('tells the web app the style at GET /app-config, without a token', async () => {
    const res = await get('/app-config', 'application/json');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ mapStyleUrl: style, now: expect.any(String) });
  });
});
