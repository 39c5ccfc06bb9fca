/**
 * Seeds a city large enough to carry a steady stream of bookings, and drives that stream
 * through the API as a real client would: a failed or refused-for-now request (network error,
 * 503, 429) is retried with the same Idempotency-Key, so a retry can never book twice.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { signToken } from '@invataxi/auth';
import { addDaysToLocalDate, buildIin, localDateOf, localDateTimeToUtc } from '@invataxi/domain';
import { seedViaApi } from '../../scripts/seed/seed-via-api';
import { ASTANA, DISTRICT } from '../../scripts/seed/astana';

const SLOTS = ['08:00', '09:40', '11:20', '13:00', '14:40', '16:20', '18:00'];
const DISTRICTS = [DISTRICT.almaty, DISTRICT.saryarka, DISTRICT.yesil, DISTRICT.baikonyr];

export interface City {
  tomorrow: string;
  beneficiaryIds: string[];
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
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
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
        needsRamp: false,
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
    dispatcherToken: signToken(keys, { userId: randomUUID(), role: 'DISPATCHER', regionKato: ASTANA }, 7200),
  };
}

export interface DriveResult {
  accepted: string[];
  refused: number;
  /** Answers the client had to retry (network errors, 503, 429), by status. */
  retried: Record<string, number>;
  /** 5xx other than 503: a bug, whatever the fault. */
  serverErrors: string[];
  gaveUp: number;
}

/**
 * Sends `count` bookings evenly over `seconds` (bounded: it stops by itself), starting at
 * booking number `offset` of the city's grid of (person, time slot).
 */
export async function drive(
  apiUrl: string,
  city: City,
  offset: number,
  count: number,
  seconds: number,
): Promise<DriveResult> {
  const out: DriveResult = { accepted: [], refused: 0, retried: {}, serverErrors: [], gaveUp: 0 };
  const rnd = seeded(offset + 11);
  const started = Date.now();
  const deadline = started + seconds * 1000 + 120_000;
  const tasks: Promise<void>[] = [];
  for (let k = 0; k < count; k++) {
    const n = offset + k;
    const person = city.beneficiaryIds[n % city.beneficiaryIds.length];
    const slot = SLOTS[Math.floor(n / city.beneficiaryIds.length) % SLOTS.length];
    const body = {
      beneficiaryId: person,
      pickup: point(rnd),
      dropoff: point(rnd),
      timeAnchor: 'PICKUP',
      time: localDateTimeToUtc(city.tomorrow, slot).toISOString(),
      purpose: k % 4 === 0 ? 'HAEMODIALYSIS' : 'MEDICAL',
      companions: 0,
    };
    const key = `fault-${n}-${randomUUID()}`;
    const at = started + (k * seconds * 1000) / count;
    await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
    tasks.push(
      (async () => {
        for (let attempt = 0; Date.now() < deadline; attempt++) {
          let status = 0;
          let text = '';
          try {
            const res = await post(`${apiUrl}/bookings`, city.dispatcherToken, body, key);
            status = res.status;
            text = await res.text();
            if (status === 503 && !res.headers.get('retry-after'))
              out.serverErrors.push('503 without Retry-After');
          } catch (e) {
            out.retried[(e as Error).name] = (out.retried[(e as Error).name] ?? 0) + 1;
          }
          if (status === 201 || status === 200) {
            const parsed = JSON.parse(text) as { bookings: { id: string }[] };
            out.accepted.push(...parsed.bookings.map((b) => b.id));
            return;
          }
          if (status === 422 || status === 409 || status === 400) {
            out.refused++;
            return;
          }
          if (status >= 500 && status !== 503) out.serverErrors.push(`${status}: ${text.slice(0, 200)}`);
          if (status) out.retried[String(status)] = (out.retried[String(status)] ?? 0) + 1;
          await new Promise((r) => setTimeout(r, Math.min(5000, 200 * 2 ** attempt)));
        }
        out.gaveUp++;
      })(),
    );
  }
  await Promise.all(tasks);
  return out;
}
