import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { ROLES, type Role } from '@invataxi/domain';
import { signToken } from '@invataxi/auth';
import { createApi } from '../../apps/api/src/create-api';
import { injectBounded } from '../support/inject';
import { listRoutes, type RouteInfo } from '../support/routes';
import { testPortalKey } from '../support/portal-signing';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { createScopeFixtures, signInPrincipals, type ScopeFixtures } from './fixtures';
import { startSmsStandIn } from '../support/sign-in';

/**
 * The access matrix: every endpoint x role x token state, plus own/other scope for the roles
 * whose scope is a record (region, provider, beneficiary). The expected answer of each cell is
 * generated from the endpoint's declaration and checked against what the API really answers.
 * Each role's token is got through the sign-in (phone code, password + TOTP: issue 19).
 */
// Thousands of requests in one test: bounded by count, not by Jest's default per-test time.
jest.setTimeout(600_000);

type Cell = { route: string; who: string; expect: string; got: number };

/** Which fixture a path parameter names, by the segment before it. */
const RESOURCE_OF: Record<string, 'provider' | 'beneficiary' | 'region'> = {
  providers: 'provider',
  beneficiaries: 'beneficiary',
  regions: 'region',
  policies: 'region',
};

/** Roles whose scope is one record kind, and which kind. */
const SCOPED: { role: Role; kind: 'provider' | 'beneficiary' | 'region' }[] = [
  { role: 'LEB_OFFICER', kind: 'region' },
  { role: 'PROVIDER_ADMIN', kind: 'provider' },
  { role: 'BENEFICIARY', kind: 'beneficiary' },
];

describe('authz matrix', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let fx: ScopeFixtures;
  let sms: Awaited<ReturnType<typeof startSmsStandIn>>;
  let signedIn: Map<Role, string>;
  const cells: Cell[] = [];
  const portalKey = testPortalKey();
  /** The role's signed-in token (the Portal, a machine client, has a `npm run token` one). */
  const tokenOf = (role: Role): string => signedIn.get(role) ?? t.token(fx.principals(role, 0));

  beforeAll(async () => {
    sms = await startSmsStandIn();
    t = await createTestEnv({ ...portalKey.config, ...sms.env });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    fx = await createScopeFixtures(api.get(DataSource), t.config);
    signedIn = await signInPrincipals(
      api.getHttpAdapter().getInstance(),
      api.get(DataSource),
      t.config,
      fx,
      sms.url,
    );
  });

  afterAll(async () => {
    const bad = cells.filter((c) => !matches(c));
    process.stdout.write(
      `authz: ${cells.length} cells checked over ${new Set(cells.map((c) => c.route)).size} endpoints, ${bad.length} mismatches\n` +
        bad.map((c) => `  MISMATCH ${c.route} as ${c.who}: expected ${c.expect}, got ${c.got}\n`).join(''),
    );
    await api?.close();
    await sms?.close();
    await t?.teardown();
  });

  function matches(c: Cell): boolean {
    switch (c.expect) {
      case '401':
        return c.got === 401;
      case '403':
        return c.got === 403;
      case '401|403':
        return c.got === 401 || c.got === 403;
      case 'refused':
        // Another's record: refused whichever check comes first (validation, scope, existence).
        return [400, 403, 404, 422].includes(c.got);
      case '403|404':
        return c.got === 403 || c.got === 404;
      case 'allowed':
        return c.got !== 401 && c.got !== 403 && c.got < 500;
      default:
        return false;
    }
  }

  function idFor(kind: 'provider' | 'beneficiary' | 'region', side: 0 | 1): string {
    return kind === 'provider'
      ? fx.providers[side]
      : kind === 'beneficiary'
        ? fx.beneficiaries[side]
        : fx.regions[side];
  }

  function url(
    r: RouteInfo,
    side: 0 | 1,
  ): { url: string; kind: 'provider' | 'beneficiary' | 'region' | null } {
    let kind: 'provider' | 'beneficiary' | 'region' | null = null;
    const parts = r.path.split('/');
    const filled = parts.map((p, i) => {
      if (!p.startsWith(':')) return p;
      const k = RESOURCE_OF[parts[i - 1]];
      if (k && !kind) {
        kind = k;
        return idFor(k, side);
      }
      return '00000000-0000-4000-8000-000000000000';
    });
    return { url: filled.join('/'), kind };
  }

  async function call(
    r: RouteInfo,
    path: string,
    token?: string,
    signature?: Record<string, string>,
  ): Promise<number> {
    const res = await injectBounded(api.getHttpAdapter().getInstance(), {
      method: r.method as 'GET',
      url: path,
      headers: {
        // A body-less request with a JSON content type is refused by Fastify before routing.
        ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...signature,
      },
      ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: '{}' }),
    });
    return res.statusCode;
  }

  it('answers every cell as the declarations say', async () => {
    const routes = listRoutes(api);
    const wrongKey = { secret: 'z'.repeat(48), issuer: t.config.JWT_ISSUER };
    for (const r of routes) {
      const name = `${r.method} ${r.path}`;
      const own = url(r, 0);
      if (r.access?.kind === 'public') {
        cells.push({ route: name, who: 'no token', expect: 'allowed', got: await call(r, own.url) });
        continue;
      }
      if (r.access?.kind === 'signature') {
        const body = r.method === 'GET' || r.method === 'DELETE' ? '' : '{}';
        const signed = portalKey.headers(r.method, own.url, body);
        cells.push({ route: name, who: 'unsigned', expect: '401|403', got: await call(r, own.url) });
        // The other signed endpoints (procurement, SMS gateway) have schemes of their own.
        if (!r.path.startsWith('/portal/')) continue;
        cells.push({
          route: name,
          who: 'a bearer token, unsigned',
          expect: '401|403',
          got: await call(r, own.url, tokenOf('LEB_OFFICER')),
        });
        cells.push({
          route: name,
          who: 'signed with another key',
          expect: '401',
          got: await call(r, own.url, undefined, testPortalKey().headers(r.method, own.url, body)),
        });
        cells.push({
          route: name,
          who: 'signed for another path',
          expect: '401',
          got: await call(r, own.url, undefined, portalKey.headers(r.method, `${own.url}x`, body)),
        });
        cells.push({
          route: name,
          who: 'signed',
          expect: 'allowed',
          got: await call(r, own.url, undefined, signed),
        });
        continue;
      }
      if (r.access?.kind !== 'roles') continue;
      const anyRole = fx.principals(r.access.roles[0], 0);
      cells.push({ route: name, who: 'no token', expect: '401', got: await call(r, own.url) });
      cells.push({
        route: name,
        who: 'expired token',
        expect: '401',
        got: await call(r, own.url, t.token(anyRole, -60)),
      });
      cells.push({
        route: name,
        who: 'token of another key',
        expect: '401',
        got: await call(r, own.url, signToken(wrongKey, anyRole, 600)),
      });
      for (const role of ROLES) {
        const allowed = r.access.roles.includes(role);
        const token = tokenOf(role);
        if (!allowed) {
          cells.push({ route: name, who: role, expect: '403', got: await call(r, own.url, token) });
          continue;
        }
        const scoped = SCOPED.find((s) => s.role === role);
        if (scoped && own.kind === scoped.kind) {
          cells.push({
            route: name,
            who: `${role} own ${own.kind}`,
            expect: 'allowed',
            got: await call(r, own.url, token),
          });
          const other = url(r, 1);
          cells.push({
            route: name,
            who: `${role} other ${own.kind}`,
            expect: r.method === 'GET' && r.path.startsWith('/regions/') ? 'allowed' : 'refused',
            got: await call(r, other.url, token),
          });
        } else if (role === 'GUARDIAN' && own.kind === 'beneficiary') {
          // The fixture guardian has no wards: every person's record is someone else's.
          cells.push({
            route: name,
            who: `${role} not their ward`,
            expect: 'refused',
            got: await call(r, own.url, token),
          });
        } else {
          cells.push({ route: name, who: role, expect: 'allowed', got: await call(r, own.url, token) });
        }
      }
    }
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => !matches(c))).toEqual([]);
  });
});
