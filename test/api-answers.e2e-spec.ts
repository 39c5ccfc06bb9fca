import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { localDateOf, type Role } from '@invataxi/domain';
import { createApi } from '../apps/api/src/create-api';
import { seedViaApi, type SeedResult } from '../scripts/seed/seed-via-api';
import { listRoutes } from './support/routes';
import { toJsonSchema } from './support/openapi-schema';
import { createTestEnv, type TestEnv } from './support/test-env';

/**
 * The 2xx schemas of /docs/openapi.json describe what the API really answers: every GET the
 * demo data lets us fill in is called as a role it allows, and its answer is validated against
 * the document (the web app's types are generated from the same schemas).
 */
jest.setTimeout(180_000);

type Json = Record<string, unknown>;

function roleOf(token: string): Role {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { role: Role };
  return payload.role;
}

describe('the answers match the OpenAPI document', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let seed: SeedResult;
  let doc: { paths: Record<string, Record<string, Json>>; components: Json };

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port: 0 });
    const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    seed = await seedViaApi(api.get(DataSource), t.config, base, t.now());
    doc = (
      await api.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs/openapi.json' })
    ).json();
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  it('validates every GET the demo data can fill in', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ components: toJsonSchema(doc.components) }, 'doc');
    const today = localDateOf(t.now());
    const sample: Record<string, string> = {
      beneficiaryId: Object.values(seed.beneficiaryIds)[0],
      from: `${today.slice(0, 7)}-01`,
      to: today,
      date: today,
      day: today,
      q: 'Kab',
      month: today.slice(0, 7),
    };
    const tokens = seed.tokens.map((x) => ({ ...x, role: roleOf(x.token) }));
    const access = new Map(
      listRoutes(api).map((r) => [`${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`, r]),
    );
    const f = api.getHttpAdapter().getInstance();
    const validated: string[] = [];
    const wrong: string[] = [];
    // A record's path takes the id of the first record its collection answered.
    const answers = new Map<string, unknown>();
    const firstId = (collection: string): string | undefined => {
      const a = answers.get(collection) as { items?: { id?: string }[] } | { id?: string }[] | undefined;
      return (Array.isArray(a) ? a : a?.items)?.[0]?.id;
    };
    const fill = (path: string): string | undefined => {
      let out: string | undefined = path.replace('{kato}', '710000000');
      if (out.endsWith('/{id}')) {
        const id = firstId(out.slice(0, -'/{id}'.length));
        out = id ? out.replace('{id}', id) : undefined;
      }
      return out && !out.includes('{') ? out : undefined;
    };
    const gets = Object.entries(doc.paths).sort(
      ([a], [b]) => Number(a.includes('{')) - Number(b.includes('{')),
    );
    for (const [path, item] of gets) {
      const op = item.get as Json | undefined;
      const url = fill(path);
      if (!op || !url) continue;
      const rule = access.get(`GET ${path}`)?.access;
      // A partner's signed reads are replayed signed by their own contract test (test/portal/contract).
      if (rule?.kind === 'signature') continue;
      const token =
        rule?.kind === 'roles' ? tokens.find((x) => rule.roles.includes(x.role))?.token : undefined;
      if (rule?.kind === 'roles' && !token) continue;
      const params = (op.parameters ?? []) as { name: string; in: string; required?: boolean }[];
      const query = params.filter((p) => p.in === 'query' && p.required);
      if (query.some((p) => !(p.name in sample))) continue;
      const qs = new URLSearchParams(query.map((p): [string, string] => [p.name, sample[p.name]])).toString();
      const ok = Object.entries(op.responses as Record<string, Json>).find(([s]) => s.startsWith('2'));
      const schema = (ok?.[1].content as Record<string, { schema: unknown }> | undefined)?.[
        'application/json'
      ]?.schema;
      if (!schema) continue;
      const res = await f.inject({
        method: 'GET',
        url: `${url}${qs ? `?${qs}` : ''}`,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (res.statusCode !== Number(ok?.[0])) {
        wrong.push(`GET ${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        continue;
      }
      const validate: ValidateFunction = ajv.compile(toJsonSchema(schema, 'doc') as Json);
      if (!validate(res.json())) wrong.push(`GET ${path}: ${ajv.errorsText(validate.errors)}`);
      answers.set(path, res.json());
      validated.push(`GET ${path}`);
    }
    expect(wrong).toEqual([]);
    expect(validated).toEqual(
      expect.arrayContaining([
        'GET /bookings',
        'GET /bookings/mine',
        'GET /bookings/allowance',
        'GET /bookings/no-show-disputes',
        'GET /dispatch/board',
        'GET /driver/manifest',
        'GET /providers',
        'GET /fleet/shifts',
        'GET /gazetteer',
        'GET /bookings/{id}',
        'GET /providers/{id}',
        'GET /regions/{kato}/policies/in-force',
      ]),
    );
  });
});
