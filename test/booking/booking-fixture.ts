/**
 * What the booking specs share: an API on a fresh database and queue prefix (test-env), log
 * lines captured in memory (to prove no IIN reaches them), tokens for each role, and builders
 * for policies, beneficiaries and trips. Everything goes through the HTTP API as a client would.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import {
  ALL_DAY_SERVICE_HOURS,
  NATIONAL_DEFAULT_POLICY,
  addDaysToLocalDate,
  buildIin,
  localDateOf,
  localDateTimeToUtc,
  type ServicePolicyRules,
} from '@invataxi/domain';
import { REDACTED_PATHS } from '@invataxi/platform';
import type { Principal } from '@invataxi/auth';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { testNow } from '../support/clock';

export const ASTANA = '710000000';
export const ALMATY = '750000000';
/** Two Astana districts of the demo classifier, and points in them. */
export const PLACE_A = { address: 'Kabanbay batyr 10', lat: 51.128, lon: 71.43, kato: '711410000' };
export const PLACE_B = { address: 'Respublika 2', lat: 51.17, lon: 71.45, kato: '711210000' };

/** A response; json() is what the test reads, so it is loosely typed on purpose. */
export interface InjectResult {
  statusCode: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions read arbitrary JSON
  json: () => any;
  body: string;
}

export interface Fixture {
  t: TestEnv;
  api: NestFastifyApplication;
  logs: string[];
  db: Client;
  officer: Principal;
  dispatcher: Principal;
  inject(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    who: Principal | null,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<InjectResult>;
  close(): Promise<void>;
}

export function policyRules(over: Partial<ServicePolicyRules> = {}, region = ASTANA): ServicePolicyRules {
  return {
    ...NATIONAL_DEFAULT_POLICY,
    serviceHours: ALL_DAY_SERVICE_HOURS,
    serviceAreaKato: [region],
    tripsPerMonth: 40,
    // Not the national default (60): a test that sees 45 knows the region's own policy applied.
    minLeadMinutes: 45,
    maxHorizonDays: 14,
    ...over,
  };
}

export async function boot(overrides: Record<string, string> = {}): Promise<Fixture> {
  const t = await createTestEnv({ LOG_LEVEL: 'debug', ...overrides });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString('utf8'));
      cb();
    },
  });
  // The production logger's redaction, writing into memory.
  const logger = pino(
    { name: 'api', level: 'debug', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    sink,
  );
  const api = await createApi(t.config, logger);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  const db = new Client({ connectionString: t.config.DATABASE_URL });
  await db.connect();
  const officer: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ASTANA };
  const dispatcher: Principal = { userId: randomUUID(), role: 'DISPATCHER', regionKato: ASTANA };
  const f = api.getHttpAdapter().getInstance();
  return {
    t,
    api,
    logs,
    db,
    officer,
    dispatcher,
    inject: async (method, url, who, body, headers = {}) => {
      const r = await f.inject({
        method,
        url,
        headers: { ...(who ? { authorization: `Bearer ${t.token(who)}` } : {}), ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      return { statusCode: r.statusCode, json: () => r.json(), body: r.body };
    },
    close: async () => {
      await db.end();
      await api.close();
      await t.teardown();
    },
  };
}

export async function publishPolicy(fx: Fixture, region: string, rules: ServicePolicyRules): Promise<string> {
  const who: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: region };
  const r = await fx.inject('POST', `/regions/${region}/policies`, who, { rules });
  if (r.statusCode !== 201) throw new Error(`policy: ${r.statusCode} ${r.body}`);
  return r.json().id;
}

// A random start per process (files may share outside stand-ins), then strictly new IINs: two
// serials can give one IIN (buildIin skips serials without a check digit), hence the set.
let serial = Math.floor(Math.random() * 10_000);
const issued = new Set<string>();
/** A valid IIN, unique within the run. */
export function nextIin(birthDate = '1980-05-17'): string {
  for (let tries = 0; tries < 20_000; tries++) {
    serial += 1;
    const iin = buildIin(birthDate, serial % 2 ? 'MALE' : 'FEMALE', Math.floor(serial / 2) % 10_000);
    if (!issued.has(iin)) {
      issued.add(iin);
      return iin;
    }
  }
  throw new Error(`no unused IIN left for ${birthDate}`);
}

export interface PersonOptions {
  iin?: string;
  birthDate?: string;
  category?: string;
  validUntil?: string | null;
  residenceKato?: string;
  wheelchair?: 'NONE' | 'MANUAL' | 'ELECTRIC';
  companionEntitled?: boolean;
}

/** Registers a person through the API as the LEB officer of the residence's region. */
export async function registerPerson(
  fx: Fixture,
  o: PersonOptions = {},
): Promise<{ id: string; iin: string; principal: Principal }> {
  const iin = o.iin ?? nextIin(o.birthDate);
  const region = (o.residenceKato ?? PLACE_A.kato).slice(0, 2).padEnd(9, '0');
  const who: Principal = { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: region };
  const r = await fx.inject('POST', '/beneficiaries', who, {
    iin,
    fullName: 'Aigerim Test',
    phone: '+77011234567',
    residence: {
      kato: o.residenceKato ?? PLACE_A.kato,
      address: 'Home street 1',
      lat: PLACE_A.lat,
      lon: PLACE_A.lon,
    },
    disabilityCategory: o.category ?? 'ADULT_GROUP_1',
    disabilityValidUntil: o.validUntil ?? null,
    mobility: { wheelchair: o.wheelchair ?? 'NONE' },
    companionEntitled: o.companionEntitled ?? true,
  });
  if (r.statusCode !== 201) throw new Error(`register: ${r.statusCode} ${r.body}`);
  const id = r.json().id as string;
  return { id, iin, principal: { userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: id } };
}

/** A local date-time `days` from today at `time`, as an ISO instant. */
export function localAt(days: number, time: string): string {
  return localDateTimeToUtc(addDaysToLocalDate(localDateOf(testNow()), days), time).toISOString();
}

export function tripBody(beneficiaryId: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    beneficiaryId,
    pickup: PLACE_A,
    dropoff: PLACE_B,
    timeAnchor: 'PICKUP',
    time: localAt(2, '10:00'),
    purpose: 'MEDICAL',
    companions: 0,
    ...over,
  };
}

export async function counts(
  fx: Fixture,
): Promise<{ booking: number; series: number; outbox: number; audit: number }> {
  const r = await fx.db.query(
    `SELECT (SELECT count(*) FROM booking)::int AS booking, (SELECT count(*) FROM booking_series)::int AS series,
            (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return r.rows[0];
}
