/**
 * Seeds a city large enough to carry a steady stream of bookings, and drives that stream as
 * real clients would: most through the API (a dispatcher booking), one in eight as an order of
 * the Portal stand-in, which signs it and sends it to our Portal endpoint. A failed or
 * refused-for-now request (network error, 503, 429, the Portal itself down) is sent again with
 * the same Idempotency-Key or Portal event id, so a retry can never book twice; a 409 with
 * Retry-After (the same key still in progress) is sent again after it.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { signToken } from '@invataxi/auth';
import { addDaysToLocalDate, buildIin, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { ASTANA, DISTRICT } from '../../scripts/seed/astana';
import type { SentOrder } from '../portal/portal-stack';
import type { Stack } from './stack';

/** One booking in this many arrives as a Portal order. */
const PORTAL_EVERY = 8;
const SLOTS = ['08:00', '09:40', '11:20', '13:00', '14:40', '16:20', '18:00'];

/**
 * How many people the city and the Portal stand-in need so that `total` bookings (all the
 * scenarios' together) each get a (person, slot) of their own: a repeat would be refused as an
 * overlap and test nothing. Each person books one ride per slot at most.
 */
export function populationFor(total: number): { people: number; portalPeople: number } {
  const portal = Math.ceil(total / PORTAL_EVERY);
  return {
    // API bookings take person n mod people, slot n div people, n counting Portal orders too.
    people: Math.ceil(total / SLOTS.length) + 10,
    portalPeople: Math.ceil(portal / SLOTS.length) + 5,
  };
}
const DISTRICTS = [DISTRICT.almaty, DISTRICT.saryarka, DISTRICT.yesil, DISTRICT.baikonyr];

export interface City {
  tomorrow: string;
  beneficiaryIds: string[];
  /** People of the Portal stand-in (its SIM_PORTAL_POPULATION). */
  portalPeople: number;
  dispatcherToken: string;
}

async function post(
  url: string,
  token: string,
  body: unknown,
  key: string = randomUUID(),
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'accept-language': 'en',
      'idempotency-key': key,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10000),
  });
}

/** Random point in central Astana, with its district (a coarse box per district is enough here). */
function point(rnd: () => number): { address: string; lat: number; lon: number; kato: string } {
  const lat = 51.1 + rnd() * 0.09;
  const lon = 71.38 + rnd() * 0.12;
  return {
    address: `Fault-test address ${Math.floor(rnd() * 1000)}`,
    lat,
    lon,
    kato: DISTRICTS[Math.floor(rnd() * DISTRICTS.length)],
  };
}

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedCity(
  ds: DataSource,
  config: AppConfig,
  apiUrl: string,
  people: number,
  vehicles: number,
  portalPeople: number,
): Promise<City> {
  const base = await seedViaApi(ds, config, apiUrl);
  const keys = { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER };
  const officer = signToken(keys, { userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ASTANA }, 7200);
  const providerId = base.providerIds['inva-astana'];
  const admin = signToken(
    keys,
    { userId: randomUUID(), role: 'PROVIDER_ADMIN', providerId, regionKato: ASTANA },
    7200,
  );
  const tomorrow = addDaysToLocalDate(localDateOf(new Date()), 1);
  for (let i = 0; i < vehicles; i++) {
    const v = (await (
      await post(`${apiUrl}/fleet/vehicles`, admin, {
        plate: `${String(300 + i).padStart(3, '0')}FLT01`,
        model: 'Fault-test minibus',
        seats: 4,
        wheelchairPlaces: 1,
        hasRamp: true,
        hasLift: false,
        hasRestraints: true,
      })
    ).json()) as { id: string };
    const d = (await (
      await post(`${apiUrl}/fleet/drivers`, admin, {
        fullName: `Driver ${i}`,
        licenceNumber: `FLT${String(i).padStart(6, '0')}`,
        phone: `+7702${String(1000000 + i)}`,
      })
    ).json()) as { id: string };
    const res = await post(`${apiUrl}/fleet/shifts`, admin, {
      vehicleId: v.id,
      driverId: d.id,
      startsAt: localDateTimeToUtc(tomorrow, '07:00').toISOString(),
      endsAt: localDateTimeToUtc(tomorrow, '21:00').toISOString(),
      start: { lat: 51.16, lon: 71.47 },
      end: { lat: 51.16, lon: 71.47 },
      startKato: DISTRICT.almaty,
    });
    if (res.status !== 201) throw new Error(`shift: ${res.status} ${await res.text()}`);
  }
  const rnd = seeded(7);
  const beneficiaryIds: string[] = [];
  for (let i = 0; i < people; i++) {
    const wheelchair = i % 7 === 0 ? 'MANUAL' : 'NONE';
    const res = await post(`${apiUrl}/beneficiaries`, officer, {
      iin: buildIin(`19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`, i % 2 ? 'MALE' : 'FEMALE', 2000 + i),
      fullName: `Fault Test ${i}`,
      language: 'ru',
      residence: point(rnd),
      disabilityCategory: i % 3 ? 'ADULT_GROUP_2' : 'ADULT_GROUP_1',
      disabilityValidUntil: null,
      companionEntitled: i % 5 === 0,
      mobility: {
        wheelchair,
        stepFree: false,
        needsLift: false,
        visual: false,
        hearing: false,
        intellectual: false,
        guideDog: false,
      },
    });
    if (res.status !== 201) throw new Error(`beneficiary: ${res.status} ${await res.text()}`);
    beneficiaryIds.push(((await res.json()) as { id: string }).id);
  }
  return {
    tomorrow,
    beneficiaryIds,
    portalPeople,
    dispatcherToken: signToken(keys, { userId: randomUUID(), role: 'DISPATCHER', regionKato: ASTANA }, 7200),
  };
}

export interface PortalOrder {
  orderId: string;
  eventId: string;
  personIndex: number;
  requestedTime: string;
  /** The booking the first 2xx answer named. */
  bookingId: string;
}

export interface DriveResult {
  /** Bookings accepted (2xx) through the API or the Portal endpoint. */
  accepted: string[];
  /** The Portal orders among them. */
  portalOrders: PortalOrder[];
  /** Answers that refused the booking (400, 409, 422), by status and first reason or code. */
  refused: Record<string, number>;
  /** Answers the client had to send again (network errors, 503, 429, 409 with Retry-After), by status; "portal " when sent by the Portal. */
  retried: Record<string, number>;
  /**
   * API bookings answered 409 for good (a 409 with Retry-After, the same Idempotency-Key still in
   * progress, is sent again): whether they were booked is looked up by person and time.
   */
  inDoubt: { beneficiaryId: string; time: string }[];
  /** What no fault excuses: 5xx other than 503, 503 without Retry-After, other 4xx. */
  unexpected: string[];
  gaveUp: number;
  /** Every request sent: when, how long until the answer, its status (null: none came). */
  attempts: { at: number; ms: number; answered: number | null }[];
}

interface Answer {
  status: number;
  /** Undefined where the client cannot see it (the Portal stand-in reports status and body only). */
  retryAfter?: string | null;
  body: unknown;
}

function emptyResult(): DriveResult {
  return {
    accepted: [],
    portalOrders: [],
    refused: {},
    retried: {},
    inDoubt: [],
    unexpected: [],
    gaveUp: 0,
    attempts: [],
  };
}

const REFUSED = new Set([400, 409, 422]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The same Idempotency-Key still in progress: to be sent again after Retry-After. */
const inProgress = (a: Answer) => a.status === 409 && typeof a.retryAfter === 'string';

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Sends one request until it is answered for good (2xx, or refused with 400/409/422) or the
 * deadline passes (then null); in between, after a growing pause, the same request again.
 */
async function untilAnswered(
  out: DriveResult,
  label: string,
  deadline: number,
  send: () => Promise<Answer>,
): Promise<Answer | null> {
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    let a: Answer | null = null;
    const at = Date.now();
    try {
      a = await send();
    } catch (e) {
      tally(out.retried, `${label}${(e as Error).name}`);
    }
    out.attempts.push({ at, ms: Date.now() - at, answered: a?.status ?? null });
    if (a && (a.status < 300 || (REFUSED.has(a.status) && !inProgress(a)))) return a;
    if (a) {
      if (a.status === 503 && a.retryAfter === null) out.unexpected.push(`${label}503 without Retry-After`);
      if (a.status !== 503 && a.status !== 429 && !inProgress(a))
        out.unexpected.push(`${label}${a.status}: ${JSON.stringify(a.body).slice(0, 200)}`);
      tally(out.retried, `${label}${a.status}`);
    }
    const asked = a && inProgress(a) ? Number(a.retryAfter) * 1000 : 0;
    await sleep(Math.max(asked, Math.min(5000, 200 * 2 ** attempt)));
  }
  out.gaveUp++;
  return null;
}

async function viaApi(apiUrl: string, token: string, body: unknown, key: string): Promise<Answer> {
  const res = await post(`${apiUrl}/bookings`, token, body, key);
  const text = await res.text();
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: text ? JSON.parse(text) : null,
  };
}

/** The Portal stand-in sends the order; its one answer (the stand-in down: throws). */
async function viaPortal(stack: Stack, order: Omit<PortalOrder, 'bookingId'>): Promise<Answer> {
  const sent = await stack.portal<SentOrder>('POST', '/orders', order);
  const [only] = sent.responses;
  return { status: only?.status ?? 0, body: only?.body };
}

function refusal(out: DriveResult, label: string, a: Answer): void {
  const b = (a.body ?? {}) as {
    reasons?: { code?: string }[];
    errors?: { code?: string }[];
    message?: string;
  };
  const why = b.reasons?.[0]?.code ?? b.errors?.[0]?.code ?? String(b.message ?? '').slice(0, 60);
  tally(out.refused, `${label}${a.status} ${why}`);
}

/**
 * Sends `count` bookings evenly over `seconds` (bounded: it stops by itself), starting at
 * booking number `offset` of the city's grid of (person, time slot); every PORTAL_EVERY-th one
 * is an order of the Portal stand-in's person for a slot of its own.
 */
export async function drive(
  stack: Stack,
  city: City,
  offset: number,
  count: number,
  seconds: number,
): Promise<DriveResult> {
  const out = emptyResult();
  const rnd = seeded(offset + 11);
  const started = Date.now();
  const deadline = started + seconds * 1000 + 120_000;
  const tasks: Promise<void>[] = [];
  for (let k = 0; k < count; k++) {
    const n = offset + k;
    const at = started + (k * seconds * 1000) / count;
    await sleep(Math.max(0, at - Date.now()));
    if (n % PORTAL_EVERY === PORTAL_EVERY - 1) {
      const m = Math.floor(n / PORTAL_EVERY);
      const order = {
        orderId: `PO-fault-${m}-${randomUUID()}`,
        eventId: `evt-fault-${m}-${randomUUID()}`,
        personIndex: m % city.portalPeople,
        requestedTime: localDateTimeToUtc(
          city.tomorrow,
          SLOTS[Math.floor(m / city.portalPeople) % SLOTS.length],
        ).toISOString(),
      };
      tasks.push(
        untilAnswered(out, 'portal ', deadline, () => viaPortal(stack, order)).then((a) => {
          if (!a) return;
          if (a.status >= 300) return refusal(out, 'portal ', a);
          const bookingId = String((a.body as { bookingId: string }).bookingId);
          out.accepted.push(bookingId);
          out.portalOrders.push({ ...order, bookingId });
        }),
      );
      continue;
    }
    const body = {
      beneficiaryId: city.beneficiaryIds[n % city.beneficiaryIds.length],
      pickup: point(rnd),
      dropoff: point(rnd),
      timeAnchor: 'PICKUP',
      time: localDateTimeToUtc(
        city.tomorrow,
        SLOTS[Math.floor(n / city.beneficiaryIds.length) % SLOTS.length],
      ).toISOString(),
      purpose: k % 4 === 0 ? 'HAEMODIALYSIS' : 'MEDICAL',
      companions: 0,
    };
    const key = `fault-${n}-${randomUUID()}`;
    tasks.push(
      untilAnswered(out, '', deadline, () => viaApi(stack.apiUrl, city.dispatcherToken, body, key)).then(
        (a) => {
          if (!a) return;
          if (a.status === 409) out.inDoubt.push({ beneficiaryId: body.beneficiaryId, time: body.time });
          if (a.status >= 300) return refusal(out, '', a);
          out.accepted.push(...(a.body as { bookings: { id: string }[] }).bookings.map((b) => b.id));
        },
      ),
    );
  }
  await Promise.all(tasks);
  return out;
}

/** Several streams' results as one (the soak drives its day as one stream per stretch). */
export function mergeResults(results: DriveResult[]): DriveResult {
  const out = emptyResult();
  for (const r of results) {
    out.accepted.push(...r.accepted);
    out.portalOrders.push(...r.portalOrders);
    out.inDoubt.push(...r.inDoubt);
    out.unexpected.push(...r.unexpected);
    out.attempts.push(...r.attempts);
    out.gaveUp += r.gaveUp;
    for (const [k, n] of Object.entries(r.refused)) out.refused[k] = (out.refused[k] ?? 0) + n;
    for (const [k, n] of Object.entries(r.retried)) out.retried[k] = (out.retried[k] ?? 0) + n;
  }
  return out;
}

/**
 * The Portal sends every accepted order again: two copies at once under the first event id and
 * one under a new event id. Each answer must be 2xx and name the booking the first one made.
 */
export async function sendAgain(
  stack: Stack,
  orders: PortalOrder[],
): Promise<{ copies: number; wrong: string[] }> {
  const out = { copies: 0, wrong: [] as string[] };
  for (let i = 0; i < orders.length; i += 10)
    await Promise.all(
      orders.slice(i, i + 10).map(async ({ bookingId, ...order }) => {
        const sent = await Promise.all([
          stack.portal<SentOrder>('POST', '/orders', { ...order, copies: 2 }),
          stack.portal<SentOrder>('POST', '/orders', { ...order, eventId: `${order.eventId}-again` }),
        ]);
        for (const r of sent.flatMap((s) => s.responses)) {
          out.copies++;
          if (r.status >= 300 || r.body.bookingId !== bookingId)
            out.wrong.push(`${order.orderId}: ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`);
        }
      }),
    );
  return out;
}
