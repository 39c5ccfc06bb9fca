/**
 * Personal data across a realistic run (issue 10, "Security hardening"; CONTRIBUTING: "Personal
 * data never in logs, job payloads, audit rows or error messages"). The API and the dispatcher
 * run in-process with the production logger at debug level writing into memory; the demo city
 * is seeded through the API, more people are registered, rides booked by phone, by the rider and
 * by the Portal (signed, through its stand-in), the dispatcher dispatches and sends SMS (through
 * the gateway stand-in), and errors are caused on purpose (bad input, 404s, conflicts, a 500).
 * Then every place a leak could land is read back:
 * - all log lines of both processes: no IIN, full name, phone number or street address;
 * - a pg_dump of the database: no IIN in plain text;
 * - every Redis key of the run's prefix (BullMQ jobs, their return values and failure reasons,
 *   counters): no IIN, name, phone or address;
 * - the outbox, audit, dead-letter, inbox and idempotency tables: no IIN; outbox, audit and dead
 *   letters no name, phone or address either;
 * - every error body answered: no IIN; list views: masked IIN only.
 * Also who sees health data (docs: apps/api/src/beneficiaries/README.md) and the audit of staff
 * reads of a full profile.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@invataxi/config';
import { addDaysToLocalDate, buildIin, localDateOf, localDateTimeToUtc, maskIin } from '@invataxi/domain';
import { createLogger } from '@invataxi/platform';
import type { Principal } from '@invataxi/auth';
import { createApi } from '../../apps/api/src/create-api';
import { BeneficiaryService } from '../../apps/api/src/beneficiaries/beneficiary.service';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createSimulators } from '../../apps/simulators/src/create-simulators';
import { syntheticPopulation } from '../../apps/simulators/src/portal/population';
import { ASTANA, BENEFICIARIES, DISTRICT, iinOf } from '../../scripts/seed/astana';
import { seedViaApi, type SeedResult } from '../../scripts/seed/seed-via-api';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { testNow } from '../support/clock';

const SMS_KEY = 'sim-api-key-0123456789';
const SMS_SECRET = 'callback-secret-0123456789abcdef';
const PORTAL_SECRET = 'portal-secret-0123456789abcdef0123456789';

/** What must not leak, with the forms a phone number may take in text. */
interface Person {
  iin: string;
  fullName: string;
  phone: string;
  address: string;
}

function phoneForms(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  return [phone, digits, digits.slice(1)];
}

/** The personal data of `people` found in `text`, as "<kind> of <masked IIN>" (no value printed). */
function leaks(text: string, people: readonly Person[], kinds: readonly (keyof Person)[]): string[] {
  const out: string[] = [];
  for (const p of people)
    for (const k of kinds) {
      const forms = k === 'phone' ? phoneForms(p.phone) : [p[k]];
      if (forms.some((f) => text.includes(f))) out.push(`${k} of ${maskIin(p.iin)}`);
    }
  return out;
}

type Who = Principal | string | null;
interface Res {
  statusCode: number;
  body: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are read loosely in assertions
  json: () => any;
}

describe('personal data across a realistic run (logs, database dump, Redis, error bodies, views)', () => {
  let t: TestEnv;
  let sim: FastifyInstance;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let seed: SeedResult;
  const logs: string[] = [];
  const errorBodies: { status: number; url: string; body: string }[] = [];
  const people: Person[] = [];
  const officer: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ASTANA };
  const dispatcher: Principal = { userId: randomUUID(), role: 'DISPATCHER', regionKato: ASTANA };
  const analyst: Principal = { userId: randomUUID(), role: 'MINISTRY_ANALYST' };
  const registered: { id: string; person: Person }[] = [];
  const tomorrow = addDaysToLocalDate(localDateOf(testNow()), 1);

  async function call(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    who: Who,
    body?: unknown,
    raw?: string,
  ): Promise<Res> {
    const token = typeof who === 'string' ? who : who ? t.token(who) : null;
    const r = await api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        headers: {
          'accept-language': 'en',
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(raw !== undefined
          ? { payload: raw }
          : body !== undefined
            ? { payload: JSON.stringify(body) }
            : {}),
      });
    if (r.statusCode >= 400) errorBodies.push({ status: r.statusCode, url, body: r.body });
    return { statusCode: r.statusCode, body: r.body, json: () => r.json() };
  }

  function tokenOf(label: string): string {
    const found = seed.tokens.find((x) => x.label.startsWith(label));
    if (!found) throw new Error(`no seed token ${label}`);
    return found.token;
  }

  beforeAll(async () => {
    const simEnv: NodeJS.ProcessEnv = {
      SIM_SMS_API_KEY: SMS_KEY,
      SIM_SMS_CALLBACK_SECRET: SMS_SECRET,
      SIM_PORTAL_SECRET: PORTAL_SECRET,
      SIM_PORTAL_KEY_ID: 'portal',
    };
    sim = await createSimulators(simEnv);
    await sim.listen({ host: '127.0.0.1', port: 0 });
    const simUrl = `http://127.0.0.1:${(sim.server.address() as AddressInfo).port}`;
    t = await createTestEnv({
      LOG_LEVEL: 'debug',
      SMS_GATEWAY_URL: `${simUrl}/sms`,
      SMS_API_KEY: SMS_KEY,
      SMS_CALLBACK_SECRET: SMS_SECRET,
      SMS_TIMEOUT_MS: '2000',
      NOTIFY_QUIET_HOURS: '',
      // Inbound Portal orders only (signed with the key below): with PORTAL_URL set, the people
      // registered here, unknown to the stand-in's population, would be refused as not eligible.
      PORTAL_CLIENT_KEYS: `portal:${PORTAL_SECRET}`,
      PORTAL_TIMEOUT_MS: '2000',
      DATABASE_POOL_SIZE: '20',
    });
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        logs.push(chunk.toString('utf8'));
        cb();
      },
    });
    // The production logger (createLogger: its redaction paths), both processes into memory.
    api = await createApi(t.config, createLogger('debug', 'api', sink));
    await api.listen({ host: '127.0.0.1', port: 0 });
    const apiUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    simEnv.SIM_PORTAL_TARGET_URL = apiUrl;
    simEnv.SIM_CALLBACK_BASE_URL = apiUrl;
    worker = await createDispatcher(
      loadConfig({ ...t.env, PUBLIC_BASE_URL: apiUrl }),
      createLogger('debug', 'dispatcher', sink),
    );
    db = new Client({ connectionString: t.config.DATABASE_URL });
    await db.connect();
    // The demo city through the API: policy, providers, fleet, shifts, people, phone bookings.
    seed = await seedViaApi(api.get(DataSource), t.config, apiUrl, t.now());
    BENEFICIARIES.forEach((b, i) =>
      people.push({ iin: iinOf(b, i), fullName: b.fullName, phone: b.phone, address: b.home.address }),
    );
  });

  afterAll(async () => {
    await db?.end();
    await worker?.close();
    await api?.close();
    await sim?.close();
    await t?.teardown();
  });

  it('runs the flow: registrations, look-ups, reads, bookings (phone, rider, Portal), errors on purpose', async () => {
    // More people, with every kind of personal data, as an LEB officer registers them.
    for (let i = 0; i < 3; i++) {
      const person: Person = {
        iin: buildIin(`19${60 + i * 7}-0${i + 3}-1${i}`, i % 2 ? 'MALE' : 'FEMALE', 4321 + i),
        fullName: `Жанар Приватова-${['Один', 'Два', 'Три'][i]}`,
        phone: `+7705555010${i}`,
        address: `улица Секретная, ${17 + i}, кв. ${40 + i}`,
      };
      people.push(person);
      const r = await call('POST', '/beneficiaries', officer, {
        iin: person.iin,
        fullName: person.fullName,
        phone: person.phone,
        residence: { kato: DISTRICT.yesil, address: person.address, lat: 51.12, lon: 71.43 },
        disabilityCategory: 'ADULT_GROUP_1',
        mobility: { wheelchair: i === 0 ? 'MANUAL' : 'NONE', needsRamp: i === 0 },
        needs: [{ need: 'WHEELCHAIR_USER', validUntil: null, document: '035-1/у' }],
      });
      expect([r.statusCode, r.statusCode === 201 ? '' : r.body]).toEqual([201, '']);
      expect(r.body).not.toContain(person.iin);
      registered.push({ id: r.json().id, person });
    }
    const [a, b, c] = registered as [(typeof registered)[0], (typeof registered)[0], (typeof registered)[0]];

    // Staff find callers by IIN and read profiles (audited, below).
    expect((await call('POST', '/beneficiaries/lookup', dispatcher, { iin: a.person.iin })).statusCode).toBe(
      200,
    );
    expect((await call('GET', `/beneficiaries/${a.id}`, officer)).json().iin).toBe(a.person.iin);
    expect((await call('GET', `/beneficiaries/${b.id}`, dispatcher)).json().iin).toBeUndefined();

    // Bookings: by the dispatcher on the phone, by the rider, notes with a phone number in them.
    const rider: Principal = { userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: c.id };
    const trip = (id: string, p: Person, time: string, notes: string | null = null) => ({
      beneficiaryId: id,
      pickup: { address: p.address, lat: 51.12, lon: 71.43, kato: DISTRICT.yesil },
      dropoff: {
        address: 'проспект Абая, 38 (центр гемодиализа)',
        lat: 51.165,
        lon: 71.42,
        kato: DISTRICT.almaty,
      },
      timeAnchor: 'PICKUP',
      time: localDateTimeToUtc(tomorrow, time).toISOString(),
      purpose: 'HAEMODIALYSIS',
      companions: 0,
      ...(notes ? { notes } : {}),
    });
    const booked = await call(
      'POST',
      '/bookings',
      dispatcher,
      trip(a.id, a.person, '09:00', `звонить ${a.person.phone}`),
    );
    expect(booked.statusCode).toBe(201);
    const own = await call('POST', '/bookings', rider, trip(c.id, c.person, '10:30'));
    expect([own.statusCode, own.statusCode === 201 ? '' : own.body]).toEqual([201, '']);
    const bk = booked.json().bookings[0] as { id: string; version: number };

    // The Portal sends orders for two of its people (signed, through its stand-in).
    const population = syntheticPopulation();
    for (const idx of [0, 1]) {
      const p = population[idx]!;
      people.push({ iin: p.iin, fullName: p.fullName, phone: p.phone, address: p.residence.address });
      const res = await fetch(
        `http://127.0.0.1:${(sim.server.address() as AddressInfo).port}/portal/_control/orders`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ personIndex: idx }),
        },
      );
      const sent = (await res.json()) as { responses: { status: number }[] };
      expect(sent.responses[0]?.status).toBeLessThan(500);
    }

    // Errors on purpose: none may echo an IIN (checked over all of them below).
    const bad = `${a.person.iin.slice(0, 11)}${(Number(a.person.iin[11]) + 1) % 10}`; // wrong check digit
    people.push({ iin: bad, fullName: 'Неверный Иин', phone: '+77050000999', address: 'улица Ошибочная, 1' });
    expect(
      (
        await call('POST', '/beneficiaries', officer, {
          iin: bad,
          fullName: 'Неверный Иин',
          phone: '+77050000999',
          residence: { kato: DISTRICT.yesil, address: 'улица Ошибочная, 1', lat: 51.1, lon: 71.4 },
          disabilityCategory: 'ADULT_GROUP_1',
          mobility: { wheelchair: 'NONE' },
        })
      ).statusCode,
    ).toBe(400);
    // Broken JSON around an IIN: the parser's message must not quote the body.
    expect(
      (await call('POST', '/beneficiaries/lookup', dispatcher, undefined, `{"iin": ${a.person.iin}x}`))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call(
          'POST',
          '/beneficiaries',
          officer,
          undefined,
          `{"iin":"${b.person.iin}","fullName":"${b.person.fullName}",`,
        )
      ).statusCode,
    ).toBe(400);
    // A 12-digit IIN where a number is expected, wrong types, extra fields.
    expect(
      (await call('POST', '/beneficiaries/lookup', dispatcher, { iin: Number(a.person.iin) })).statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', '/beneficiaries/lookup', dispatcher, {
          iin: a.person.iin,
          fullName: a.person.fullName,
        })
      ).statusCode,
    ).toBe(400);
    // Not found, conflicts, stale versions, someone else's record.
    const unknown = buildIin('1999-12-31', 'MALE', 9876);
    expect((await call('POST', '/beneficiaries/lookup', dispatcher, { iin: unknown })).statusCode).toBe(404);
    expect((await call('GET', `/beneficiaries/${randomUUID()}`, officer)).statusCode).toBe(404);
    expect(
      (await call('POST', '/bookings', dispatcher, trip(randomUUID(), a.person, '11:00'))).statusCode,
    ).toBe(404);
    expect(
      (
        await call('POST', '/beneficiaries', officer, {
          iin: a.person.iin,
          fullName: a.person.fullName,
          residence: { kato: DISTRICT.yesil, address: a.person.address, lat: 51.1, lon: 71.4 },
          disabilityCategory: 'ADULT_GROUP_1',
          mobility: { wheelchair: 'NONE' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await call('PATCH', `/beneficiaries/${b.id}`, officer, { version: 99, phone: b.person.phone }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call('PATCH', `/beneficiaries/${b.id}`, officer, { version: 1, phone: `x${b.person.phone}` }))
        .statusCode,
    ).toBe(400);
    expect(
      (await call('POST', `/bookings/${bk.id}/cancel`, dispatcher, { version: bk.version + 5 })).statusCode,
    ).toBe(409);
    expect(
      (
        await call(
          'POST',
          '/bookings',
          { ...rider, beneficiaryId: randomUUID() },
          trip(c.id, c.person, '12:00'),
        )
      ).statusCode,
    ).toBe(403);
    // A booking the policy refuses (422 with reasons).
    expect((await call('POST', '/bookings', dispatcher, trip(a.id, a.person, '03:00'))).statusCode).toBe(422);
    // A 500: a failure deep inside whose message quotes personal data (as a driver error can).
    const service = api.get(BeneficiaryService);
    const spy = jest
      .spyOn(service, 'lookup')
      .mockRejectedValueOnce(
        new Error(`lookup failed for ${a.person.iin} ${a.person.fullName} ${a.person.phone}`),
      );
    try {
      const r500 = await call('POST', '/beneficiaries/lookup', dispatcher, { iin: a.person.iin });
      expect(r500.statusCode).toBe(500);
      expect(r500.json()).toEqual({
        statusCode: 500,
        code: 'INTERNAL',
        error: expect.any(String),
        message: expect.any(String),
        requestId: expect.any(String),
      });
    } finally {
      spy.mockRestore();
    }

    // The dispatcher decides every booking and the rider messages go out.
    await eventually(
      async () => {
        const r = await db.query(
          `SELECT (SELECT count(*) FROM booking WHERE status IN ('ACCEPTED', 'RECEIVED'))::int AS undecided,
                (SELECT count(*) FROM outbox WHERE sent_at IS NULL)::int AS pending`,
        );
        return r.rows[0].undecided === 0 && r.rows[0].pending === 0;
      },
      60_000,
      250,
    );
  });

  it('no IIN, full name, phone number or street address in any log line of the run (debug level)', () => {
    const text = logs.join('');
    // The log is real: requests, jobs and the 500 are in it.
    expect(logs.length).toBeGreaterThan(100);
    expect(text.includes('/beneficiaries/lookup')).toBe(true);
    expect(text.includes('request failed')).toBe(true);
    const found = leaks(text, people, ['iin', 'fullName', 'phone', 'address']);
    expect(found).toEqual([]);
  });

  it('no IIN in a dump of the whole database', () => {
    const dump = execFileSync('pg_dump', ['-h', '127.0.0.1', '-U', 'postgres', t.dbName], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    // The dump is real: it holds the people's names and masked IINs.
    expect(dump.includes(registered[0]!.person.fullName)).toBe(true);
    expect(dump.includes(maskIin(registered[0]!.person.iin))).toBe(true);
    expect(leaks(dump, people, ['iin'])).toEqual([]);
  });

  it('no personal data in the queue store (jobs, return values, failure reasons, counters)', async () => {
    const redis = new IORedis(t.config.REDIS_URL, { maxRetriesPerRequest: 3 });
    try {
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, batch] = await redis.scan(cursor, 'MATCH', `${t.config.QUEUE_PREFIX}:*`, 'COUNT', 1000);
        cursor = next;
        keys.push(...batch);
      } while (cursor !== '0');
      const parts: string[] = [];
      for (const k of keys) {
        const type = await redis.type(k);
        if (type === 'string') parts.push(k, (await redis.get(k)) ?? '');
        else if (type === 'hash') parts.push(k, JSON.stringify(await redis.hgetall(k)));
        else if (type === 'list') parts.push(k, JSON.stringify(await redis.lrange(k, 0, -1)));
        else if (type === 'set') parts.push(k, JSON.stringify(await redis.smembers(k)));
        else if (type === 'zset') parts.push(k, JSON.stringify(await redis.zrange(k, 0, -1)));
        else if (type === 'stream') parts.push(k, JSON.stringify(await redis.xrange(k, '-', '+')));
        else parts.push(k);
      }
      const text = parts.join('\n');
      // Real: the run's jobs are there.
      expect(keys.some((k) => k.includes(':dispatch:'))).toBe(true);
      expect(leaks(text, people, ['iin', 'fullName', 'phone', 'address'])).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });

  it('no personal data in outbox, audit and dead-letter rows; no IIN in inbox or idempotency records', async () => {
    const dump = async (table: string) => JSON.stringify((await db.query(`SELECT * FROM ${table}`)).rows);
    const outbox = await dump('outbox');
    const audit = await dump('audit_log');
    const dead = await dump('dead_letter');
    expect(audit.includes('beneficiary.profile_read')).toBe(true);
    expect(outbox.length).toBeGreaterThan(100);
    expect(leaks(`${outbox}\n${audit}\n${dead}`, people, ['iin', 'fullName', 'phone', 'address'])).toEqual(
      [],
    );
    expect(leaks(`${await dump('inbox')}\n${await dump('idempotency_record')}`, people, ['iin'])).toEqual([]);
  });

  it('no error body echoes an IIN', () => {
    if (process.env.SHOW_ERRORS)
      process.stdout.write(errorBodies.map((e) => `${e.status} ${e.url} ${e.body}`).join('\n'));
    expect(errorBodies.length).toBeGreaterThanOrEqual(10);
    expect(errorBodies.map((e) => e.status)).toEqual(expect.arrayContaining([400, 403, 404, 409, 422, 500]));
    const found = errorBodies
      .filter((e) => leaks(e.body, people, ['iin']).length > 0)
      .map((e) => `${e.status} ${e.url}`);
    expect(found).toEqual([]);
  });

  it('list views show the masked IIN only', async () => {
    const list = await call('GET', `/beneficiaries?kato=${ASTANA}&limit=200`, dispatcher);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; iinMasked: string }[];
    const a = registered[0]!;
    expect(items.find((x) => x.id === a.id)?.iinMasked).toBe(
      `${a.person.iin.slice(0, 4)}******${a.person.iin.slice(10)}`,
    );
    for (const x of items) expect(x.iinMasked).toMatch(/^\d{4}\*{6}\d{2}$/);
    const officerList = await call('GET', `/beneficiaries?kato=${ASTANA}&limit=200`, officer);
    const bookings = await call('GET', `/bookings?day=${tomorrow}&limit=200`, dispatcher);
    expect(bookings.statusCode).toBe(200);
    expect(bookings.json().items.length).toBeGreaterThan(0);
    const guardianWards = await call('GET', '/beneficiaries/wards', tokenOf('guardian'));
    expect(guardianWards.statusCode).toBe(200);
    for (const r of [list, officerList, bookings, guardianWards])
      expect(leaks(r.body, people, ['iin'])).toEqual([]);
  });

  it("health data only where needed: the driver sees the ride's needs, not the diagnosis; the analyst sees no one", async () => {
    const driver = tokenOf('driver');
    const manifest = await call('GET', '/driver/manifest', driver);
    expect(manifest.statusCode).toBe(200);
    const stops = manifest.json().stops as Record<string, unknown>[];
    for (const s of stops) {
      expect(s.mobility).toEqual(expect.objectContaining({ wheelchair: expect.any(String) }));
      for (const k of [
        'disabilityCategory',
        'disabilityValidUntil',
        'needs',
        'iin',
        'iinMasked',
        'fullName',
        'phone',
        'beneficiaryId',
      ])
        expect(s).not.toHaveProperty(k);
    }
    expect(manifest.body).not.toMatch(/ADULT_GROUP|CHILD_GROUP|CHILD_UNDER_7/);
    expect(leaks(manifest.body, people, ['iin', 'fullName'])).toEqual([]);
    // The rider's phone, for the driver to call from the door (issue 23), only on a stop still to
    // be done of a ride still on; nowhere else in the manifest but the notes.
    const OPEN = ['SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD'];
    const body = manifest.json() as {
      stops: Record<string, unknown>[];
      coming: { stops: Record<string, unknown>[] }[];
    };
    // The coming shifts (read-only) carry no phone at all.
    for (const c of body.coming) for (const s of c.stops) expect(s.riderPhone).toBeNull();
    for (const s of body.stops)
      if (s.riderPhone !== null && s.riderPhone !== undefined) {
        expect(s.actualAt ?? null).toBeNull();
        expect(OPEN).toContain(s.bookingStatus);
      }
    // (Nor the dispatcher's free-text notes for the driver, which may hold a number: see README.)
    const uncalled = (list: Record<string, unknown>[]) =>
      list.map((s) => ({ ...s, riderPhone: null, notes: null }));
    const withoutCallablePhones = JSON.stringify({
      ...body,
      stops: uncalled(body.stops),
      coming: body.coming.map((c) => ({ ...c, stops: uncalled(c.stops) })),
    });
    expect(leaks(withoutCallablePhones, people, ['phone'])).toEqual([]);
    // A driver cannot open a profile or a booking record.
    const anyone = registered[0]!.id;
    expect((await call('GET', `/beneficiaries/${anyone}`, driver)).statusCode).toBe(403);
    // The ministry analyst: figures, never a person.
    expect((await call('GET', `/beneficiaries/${anyone}`, analyst)).statusCode).toBe(403);
    expect((await call('GET', `/beneficiaries?kato=${ASTANA}`, analyst)).statusCode).toBe(403);
    expect(
      (await call('POST', '/beneficiaries/lookup', analyst, { iin: registered[0]!.person.iin })).statusCode,
    ).toBe(403);
    expect((await call('GET', `/bookings?day=${tomorrow}`, analyst)).statusCode).toBe(403);
    const report = await call(
      'GET',
      `/procurement/reports/unmet-demand?from=${localDateOf(t.now())}&to=${tomorrow}`,
      analyst,
    );
    expect(report.statusCode).toBeLessThan(500);
    expect(leaks(report.body, people, ['iin', 'fullName', 'phone', 'address'])).toEqual([]);
    // A provider's dispatcher plans rides: the profile's mobility needs, not the category or the
    // medical board's evidence; the region's dispatch centre (no provider) sees them.
    const providerDispatcher: Principal = {
      userId: randomUUID(),
      role: 'DISPATCHER',
      providerId: Object.values(seed.providerIds)[0]!,
    };
    const seen = await call('GET', `/beneficiaries/${anyone}`, providerDispatcher);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().mobility).toMatchObject({ wheelchair: 'MANUAL', stepFree: true });
    for (const k of ['disabilityCategory', 'disabilityValidUntil', 'needs', 'iin'])
      expect(seen.json()).not.toHaveProperty(k);
    const listed = await call('GET', `/beneficiaries?kato=${DISTRICT.yesil}&limit=200`, providerDispatcher);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.length).toBeGreaterThan(0);
    expect(listed.body).not.toMatch(/disabilityCategory|ADULT_GROUP|CHILD_GROUP/);
    const centre = await call('GET', `/beneficiaries/${anyone}`, dispatcher);
    expect(centre.json()).toMatchObject({
      disabilityCategory: 'ADULT_GROUP_1',
      needs: [expect.objectContaining({ need: 'WHEELCHAIR_USER' })],
    });
    // The provider's admin sees its rides' needs, not the person's category.
    const admin = tokenOf('provider admin');
    const rides = await call('GET', `/bookings?day=${tomorrow}&limit=200`, admin);
    expect(rides.statusCode).toBe(200);
    expect(rides.body).not.toMatch(/disabilityCategory|ADULT_GROUP|CHILD_GROUP/);
    // (Not the phone: the dispatcher's free-text notes for the driver may hold one, see README.)
    expect(leaks(rides.body, people, ['iin', 'fullName'])).toEqual([]);
  });

  it('every staff read of a full profile is audited (who, whom, which request); a person reading their own is not', async () => {
    const p = registered[1]!;
    const self: Principal = { userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: p.id };
    const before = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'beneficiary.profile_read' AND entity_id = $1`,
      [p.id],
    );
    expect((await call('GET', `/beneficiaries/${p.id}`, officer)).statusCode).toBe(200);
    expect((await call('GET', `/beneficiaries/${p.id}`, dispatcher)).statusCode).toBe(200);
    expect((await call('GET', `/beneficiaries/${p.id}`, self)).statusCode).toBe(200);
    const rows = (
      await db.query(
        `SELECT actor_user_id, actor_role, request_id, after FROM audit_log
          WHERE action = 'beneficiary.profile_read' AND entity_id = $1 ORDER BY id`,
        [p.id],
      )
    ).rows as { actor_user_id: string; actor_role: string; request_id: string | null; after: unknown }[];
    const fresh = rows.slice(before.rows[0].n);
    expect(fresh.map((r) => [r.actor_user_id, r.actor_role, r.after])).toEqual([
      [officer.userId, 'LEB_OFFICER', { fullIin: true }],
      [dispatcher.userId, 'DISPATCHER', { fullIin: false }],
    ]);
    for (const r of fresh) expect(r.request_id).toBeTruthy();
    // Looking a person up by IIN is audited too.
    const looked = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'beneficiary.looked_up' AND entity_id = $1`,
      [registered[0]!.id],
    );
    expect(looked.rows[0].n).toBeGreaterThanOrEqual(1);
  });
});
