import fc from 'fast-check';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { injectBounded } from '../support/inject';
import { listRoutes, type RouteInfo } from '../support/routes';
import { testPortalKey } from '../support/portal-signing';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { createScopeFixtures, type ScopeFixtures } from './fixtures';

/**
 * Bad input on every endpoint: wrong types, missing and extra fields, huge and empty strings,
 * Unicode edge cases, out-of-range numbers, injection strings, broken JSON, oversized bodies.
 * No answer may be 5xx, every 400 names a field, and rejected requests change nothing.
 */
// Thousands of requests in one test: bounded by count, not by Jest's default per-test time.
jest.setTimeout(600_000);

const PER_ENDPOINT = Number(process.env.FUZZ_PER_ENDPOINT ?? 30);
// A fresh seed each run finds new cases; it is printed with every failure so FUZZ_SEED replays it.
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
// Cases every run tries on every endpoint, whatever the seed (each one was a 500 once).
const ALWAYS_QUERIES: Record<string, string>[] = [
  { cursor: '\u0000' },
  { q: '\u0000' },
  { status: '\u0000' },
];

// Bodies every run sends to every write endpoint: nested objects missing, null or of the wrong
// type (a signed Portal order without `recipient` or `ride.pickup` was a 500 once).
const NESTED_NAMES = [
  'recipient',
  'eligibility',
  'ride',
  'pickup',
  'dropoff',
  'residence',
  'needs',
  'returnTrip',
];
const ALWAYS_BODIES: unknown[] = [
  Object.fromEntries(NESTED_NAMES.map((n) => [n, null])),
  Object.fromEntries(NESTED_NAMES.map((n) => [n, 'x'])),
  Object.fromEntries(NESTED_NAMES.map((n) => [n, []])),
  { orderId: 'F-1', recipient: { residence: null }, eligibility: { needs: null }, ride: { pickup: null } },
  { orderId: 'F-2', recipient: {}, eligibility: {}, ride: {} },
];

const nasty = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    "'; DROP TABLE booking; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '\u0000',
    '\uD800',
    '💥🦽',
    'Ә'.repeat(5000),
    'x'.repeat(300000),
    '../../etc/passwd',
    '{{7*7}}',
    '$where',
    'NaN',
    '1e309',
    '-0',
    '2026-02-30T25:61:00Z',
    '99999999999999999999',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -1e308),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
  fc.dictionary(nasty, nasty, { maxKeys: 3 }),
);
const FIELD_NAMES = [
  'id',
  'iin',
  'status',
  'version',
  'expectedVersion',
  'pickup',
  'dropoff',
  'time',
  'purpose',
  'companions',
  'regionKato',
  'bin',
  'plate',
  'seats',
  'startsAt',
  'rules',
  'effectiveFrom',
  'limit',
  'cursor',
  'day',
  'date',
  'lat',
  'lon',
  '__proto__',
  'constructor',
];
const body = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })), value, {
    maxKeys: 8,
  }),
  fc.array(value, { maxLength: 3 }),
  value,
);
const rawBodies = ['{', '{"a":', 'null', '[]', '"str"', '{"a":1}}', 'not json at all', '\u0000\u0001'];

function fill(path: string, rnd: string): string {
  let segment: string;
  try {
    segment = encodeURIComponent(rnd);
  } catch {
    segment = '%E0%A4%A'; // a lone surrogate cannot be encoded: send broken percent-encoding instead
  }
  return path.replace(/:[A-Za-z]+/g, () => segment);
}

describe('fuzz: bad input on every public endpoint', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  let fx: ScopeFixtures;
  const tried = new Map<string, number>();
  // The Portal's endpoints are fuzzed signed, so bad bodies reach validation and the handlers.
  const portalKey = testPortalKey();

  beforeAll(async () => {
    t = await createTestEnv({ API_BODY_LIMIT_BYTES: '262144', ...portalKey.config });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    ds = api.get(DataSource);
    fx = await createScopeFixtures(ds, t.config);
  });

  afterAll(async () => {
    const lines = [...tried.entries()].map(([k, n]) => `  ${k}: ${n}`);
    const total = [...tried.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`fuzz: ${total} requests over ${tried.size} endpoints\n${lines.join('\n')}\n`);
    await api?.close();
    await t?.teardown();
  });

  async function counts(): Promise<Record<string, number>> {
    const tables: { table_name: string }[] = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('audit_log', 'migrations', 'idempotency_record', 'inbox')`,
    );
    const out: Record<string, number> = {};
    for (const { table_name } of tables)
      out[table_name] = Number((await ds.query(`SELECT count(*)::int AS n FROM "${table_name}"`))[0].n);
    return out;
  }

  function tokenFor(r: RouteInfo): string | undefined {
    if (r.access?.kind !== 'roles') return undefined;
    return t.token(fx.principals(r.access.roles[0], 0));
  }

  it('never answers 5xx, names the field of every 400, and changes nothing when it refuses', async () => {
    const routes = listRoutes(api).filter((r) => !r.path.startsWith('/docs'));
    const f = api.getHttpAdapter().getInstance();
    const before = await counts();
    const failures: string[] = [];
    let accepted = 0;
    for (const r of routes) {
      const key = `${r.method} ${r.path}`;
      const token = tokenFor(r);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
      if (token) headers.authorization = `Bearer ${token}`;
      const samples = fc.sample(
        fc.tuple(
          body,
          nasty,
          fc.dictionary(
            fc.constantFrom('day', 'status', 'limit', 'cursor', 'date', 'region', 'q', 'x'),
            nasty,
            { maxKeys: 3 },
          ),
        ),
        { numRuns: PER_ENDPOINT, seed: SEED },
      );
      for (const q of ALWAYS_QUERIES) samples.unshift([{}, 'x', q]);
      if (r.method !== 'GET') for (const b of ALWAYS_BODIES) samples.push([b, 'x', {}]);
      const requests = samples.map(([b, rnd, q], i) => {
        const url =
          fill(r.path, rnd || 'x') + '?' + new URLSearchParams(q as Record<string, string>).toString();
        const payload = i < rawBodies.length ? rawBodies[i] : (JSON.stringify(b) ?? 'null');
        return { url, payload };
      });
      for (const { url, payload } of requests) {
        const signed =
          r.access?.kind === 'signature' && r.path.startsWith('/portal/')
            ? portalKey.headers(r.method, url, r.method === 'GET' || r.method === 'DELETE' ? '' : payload)
            : {};
        const res = await injectBounded(f, {
          method: r.method as 'GET',
          url,
          headers: {
            ...headers,
            ...signed,
            'idempotency-key': `fuzz-${Math.random().toString(36).slice(2)}`,
          },
          ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload }),
        });
        tried.set(key, (tried.get(key) ?? 0) + 1);
        if (res.statusCode >= 500)
          failures.push(
            `${key} -> ${res.statusCode} for ${url} ${payload.slice(0, 120)} (FUZZ_SEED=${SEED}): ${res.body.slice(0, 200)}`,
          );
        else if (res.statusCode === 400) {
          const errors = (res.json() as { errors?: { field?: string; reason?: string }[] }).errors;
          if (!errors?.length || errors.some((e) => !e.field || !e.reason))
            failures.push(`${key} -> 400 without field errors: ${res.body.slice(0, 200)}`);
        } else if (res.statusCode < 300) accepted++;
      }
    }
    // A fuzzed request that passed validation may legitimately write (e.g. a well-formed search);
    // when none did, the database must be exactly as before.
    if (accepted === 0 || process.env.FUZZ_STRICT_COUNTS === '1') expect(await counts()).toEqual(before);
    expect(failures).toEqual([]);
  });
});
