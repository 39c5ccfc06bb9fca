/**
 * Loads the Astana demo data through the platform's own HTTP API, as the people who own each
 * record would: the LEB officer publishes the policy, registers the providers and beneficiaries;
 * each provider admin adds vehicles, drivers and shifts for today and tomorrow; riders book.
 * Safe to run twice: each step looks for what exists before creating it.
 */
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { signToken, type Principal } from '@invataxi/auth';
import { addDaysToLocalDate, localDateOf, localDateTimeToUtc, type Role } from '@invataxi/domain';
import {
  ASTANA,
  BENEFICIARIES,
  DEMO_POLICY,
  iinOf,
  mobilityOf,
  PLACES,
  PROVIDERS,
  STAFF_NAMES,
  type DemoBeneficiary,
} from './astana';

/** Fixed ids of the demo's staff, so tokens stay the same across runs. */
const STAFF = {
  officer: {
    id: '0d000000-0000-4000-8000-000000000001',
    role: 'LEB_OFFICER',
    name: STAFF_NAMES.officer,
  },
  analyst: {
    id: '0d000000-0000-4000-8000-000000000002',
    role: 'MINISTRY_ANALYST',
    name: STAFF_NAMES.analyst,
  },
  regionDispatcher: {
    id: '0d000000-0000-4000-8000-000000000003',
    role: 'DISPATCHER',
    name: STAFF_NAMES.regionDispatcher,
  },
  guardian: {
    id: '0d000000-0000-4000-8000-000000000004',
    role: 'GUARDIAN',
    name: STAFF_NAMES.guardian,
  },
} as const;

export interface SeedToken {
  label: string;
  token: string;
}

export interface SeedResult {
  tokens: SeedToken[];
  providerIds: Record<string, string>;
  beneficiaryIds: Record<string, string>;
  /** Who the simulated city acts as (issue 22). */
  staff: { officerUserId: string; dispatcherUserId: string; guardianUserId: string };
  fleets: {
    providerId: string;
    adminUserId: string;
    depot: { lat: number; lon: number; kato: string };
    fleet: { vehicleId: string; driverId: string; driverUserId: string }[];
  }[];
}

/** Calls the API as one person (a bearer token), as the demo's people would. */
export class Api {
  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  async call<T>(
    method: string,
    path: string,
    body?: unknown,
    okStatuses: number[] = [],
  ): Promise<{ status: number; body: T }> {
    // A burst the api's rate limit refuses (429) is sent again after its Retry-After, as any
    // client would: after the history the same dispatcher's window can still be full (a first
    // start failed with 429 on the seed's phone bookings). The idempotency key makes it safe.
    for (let attempt = 0; ; attempt++) {
      const r = await this.once<T>(method, path, body);
      if (r.status !== 429 || attempt >= 3 || okStatuses.includes(429))
        return this.checked(method, path, r, okStatuses);
      const wait = Number((r.body as { retryAfterSeconds?: number } | null)?.retryAfterSeconds ?? 5);
      await new Promise((done) => setTimeout(done, Math.min(Math.max(wait, 1), 60) * 1000));
    }
  }

  private checked<T>(
    method: string,
    path: string,
    r: { status: number; body: T; text: string },
    okStatuses: number[],
  ): { status: number; body: T } {
    if (r.status >= 300 && !okStatuses.includes(r.status))
      throw new Error(`${method} ${path} -> ${r.status}: ${r.text.slice(0, 500)}`);
    return { status: r.status, body: r.body };
  }

  private async once<T>(
    method: string,
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: T; text: string }> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(method === 'POST'
          ? { 'idempotency-key': `seed-${hash(`${path}${JSON.stringify(body ?? {})}`)}` }
          : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, text };
  }
}

/** The person's id: found by IIN, else registered by the officer (safe to run twice). */
export async function registerBeneficiary(officer: Api, b: DemoBeneficiary, iin: string): Promise<string> {
  const found = await officer.call<{ id: string }>('POST', '/beneficiaries/lookup', { iin }, [404]);
  if (found.status < 300) return found.body.id;
  const created = await officer.call<{ id: string }>('POST', '/beneficiaries', {
    iin,
    fullName: b.fullName,
    phone: b.phone,
    language: b.language,
    residence: b.home,
    disabilityCategory: b.category,
    disabilityValidUntil: b.validUntil,
    companionEntitled: b.companionEntitled,
    mobility: mobilityOf(b),
  });
  return created.body.id;
}

function hash(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/**
 * `now`: the API's time (tests pin it), from which today's and tomorrow's shifts and rides follow.
 * `issuedAt`: the tokens' issue time, the real time where the demo's clock is moved (tokens are
 * checked against the real time), `now` otherwise.
 */
export async function seedViaApi(
  ds: DataSource,
  config: AppConfig,
  apiUrl: string,
  now: Date = new Date(),
  issuedAt: Date = now,
): Promise<SeedResult> {
  const keys = { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER };
  const ttl = config.JWT_TTL_SECONDS;
  // Issued at `now`, the API's time: a page on the same pinned clock takes them as valid.
  const sign = (p: Principal) => signToken(keys, p, ttl, issuedAt);
  const tokens: SeedToken[] = [];

  for (const s of Object.values(STAFF)) {
    await ds.query(
      `INSERT INTO app_user (id, role, display_name, region_kato, language) VALUES ($1, $2, $3, $4, 'ru') ON CONFLICT (id) DO NOTHING`,
      [s.id, s.role, s.name, s.role === 'MINISTRY_ANALYST' || s.role === 'GUARDIAN' ? null : ASTANA],
    );
  }
  const officerToken = sign({ userId: STAFF.officer.id, role: 'LEB_OFFICER', regionKato: ASTANA });
  const officer = new Api(apiUrl, officerToken);

  // The region's policy (astana.ts, DEMO_POLICY).
  const versions = await officer.call<unknown[]>('GET', `/regions/${ASTANA}/policies`);
  if (versions.body.length === 0) {
    await officer.call('POST', `/regions/${ASTANA}/policies`, { rules: DEMO_POLICY });
  }

  const today = localDateOf(now);
  const providerIds: Record<string, string> = {};
  const fleets: SeedResult['fleets'] = [];
  for (const p of PROVIDERS) {
    const found: { id: string }[] = await ds.query('SELECT id FROM provider WHERE bin = $1', [p.bin]);
    providerIds[p.key] =
      found[0]?.id ??
      (
        await officer.call<{ id: string }>('POST', '/providers', {
          bin: p.bin,
          legalName: p.legalName,
          origin: 'LOCAL_REGISTRY',
          serviceArea: p.serviceArea,
          contacts: { phone: '+77172000000' },
          contract: {
            reference: `${p.key.toUpperCase()}-2026`,
            tariffPerTrip: 1500,
            tariffPerKm: 120,
            // From the previous year's first day: the history (30 days back) and the what-if test's
            // past days must fall inside the contract in the first days of January too.
            validFrom: `${Number(today.slice(0, 4)) - 1}-01-01`,
          },
        })
      ).body.id;
    const providerId = providerIds[p.key];
    const adminId = `0d000000-0000-4000-8000-0000000001${String(PROVIDERS.indexOf(p)).padStart(2, '0')}`;
    await ds.query(
      `INSERT INTO app_user (id, role, display_name, provider_id, region_kato, language) VALUES ($1, 'PROVIDER_ADMIN', $2, $3, $4, 'ru') ON CONFLICT (id) DO NOTHING`,
      [adminId, p.staff.admin, providerId, ASTANA],
    );
    const admin = new Api(
      apiUrl,
      sign({ userId: adminId, role: 'PROVIDER_ADMIN', providerId, regionKato: ASTANA }),
    );
    tokens.push({
      label: `provider admin (${p.key})`,
      token: sign({ userId: adminId, role: 'PROVIDER_ADMIN', providerId, regionKato: ASTANA }),
    });
    tokens.push({
      label: `dispatcher (${p.key})`,
      token: sign({
        userId: `0d000000-0000-4000-8000-0000000002${String(PROVIDERS.indexOf(p)).padStart(2, '0')}`,
        role: 'DISPATCHER',
        providerId,
        regionKato: ASTANA,
      }),
    });

    const vehicleIds: string[] = [];
    for (const v of p.vehicles) {
      const existing: { id: string }[] = await ds.query('SELECT id FROM vehicle WHERE plate = $1', [v.plate]);
      vehicleIds.push(
        existing[0]?.id ??
          (
            await admin.call<{ id: string }>('POST', '/fleet/vehicles', {
              plate: v.plate,
              model: v.model,
              seats: v.seats,
              wheelchairPlaces: v.wheelchairPlaces,
              hasRamp: v.hasRamp,
              hasLift: v.hasLift,
              hasRestraints: v.wheelchairPlaces > 0,
              ...(v.layouts ? { alternativeLayouts: v.layouts } : {}),
            })
          ).body.id,
      );
    }
    const driverIds: { id: string; userId: string | null }[] = [];
    for (const d of p.drivers) {
      const existing: { id: string }[] = await ds.query('SELECT id FROM driver WHERE licence_number = $1', [
        d.licenceNumber,
      ]);
      const id =
        existing[0]?.id ??
        (await admin.call<{ id: string }>('POST', '/fleet/drivers', { ...d, language: 'ru' })).body.id;
      const user: { id: string }[] = await ds.query('SELECT id FROM app_user WHERE driver_id = $1 LIMIT 1', [
        id,
      ]);
      driverIds.push({ id, userId: user[0]?.id ?? null });
    }
    // Shifts for today and tomorrow, 07:00-21:00 local, one per vehicle and driver.
    for (const day of [today, addDaysToLocalDate(today, 1)]) {
      for (let i = 0; i < Math.min(vehicleIds.length, driverIds.length); i++) {
        const startsAt = localDateTimeToUtc(day, '07:00');
        const endsAt = localDateTimeToUtc(day, '21:00');
        if (endsAt.getTime() < now.getTime()) continue;
        const exists: unknown[] = await ds.query(
          `SELECT 1 FROM shift WHERE vehicle_id = $1 AND tstzrange(starts_at, ends_at) && tstzrange($2, $3) AND status <> 'CANCELLED'`,
          [vehicleIds[i], startsAt, endsAt],
        );
        if (exists.length) continue;
        await admin.call('POST', '/fleet/shifts', {
          vehicleId: vehicleIds[i],
          driverId: driverIds[i].id,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          start: { lat: p.depot.lat, lon: p.depot.lon },
          end: { lat: p.depot.lat, lon: p.depot.lon },
          startKato: p.depot.kato,
        });
      }
    }
    fleets.push({
      providerId,
      adminUserId: adminId,
      depot: p.depot,
      fleet: vehicleIds.flatMap((vehicleId, i) => {
        const d = driverIds[i];
        return d?.userId ? [{ vehicleId, driverId: d.id, driverUserId: d.userId }] : [];
      }),
    });
    const firstDriver = driverIds[0];
    if (firstDriver?.userId)
      tokens.push({
        label: `driver (${p.drivers[0].fullName})`,
        token: sign({
          userId: firstDriver.userId,
          role: 'DRIVER',
          driverId: firstDriver.id,
          providerId,
          regionKato: ASTANA,
        }),
      });
  }

  const beneficiaryIds: Record<string, string> = {};
  for (const [i, b] of BENEFICIARIES.entries()) {
    beneficiaryIds[b.key] = await registerBeneficiary(officer, b, iinOf(b, i));
  }
  // Timur's mother is his guardian.
  await officer.call(
    'POST',
    `/beneficiaries/${beneficiaryIds.timur}/guardians`,
    { guardianUserId: STAFF.guardian.id },
    [409],
  );
  for (const key of ['aigerim', 'nurlan', 'john']) {
    const u = await officer.call<{ userId: string }>(
      'POST',
      `/beneficiaries/${beneficiaryIds[key]}/sign-in-user`,
      {},
    );
    const name = BENEFICIARIES.find((b) => b.key === key)!.fullName;
    tokens.push({
      label: `beneficiary (${name})`,
      token: sign({
        userId: u.body.userId,
        role: 'BENEFICIARY',
        beneficiaryId: beneficiaryIds[key],
        regionKato: ASTANA,
      }),
    });
  }

  // A few of tomorrow's rides, booked by the dispatcher taking phone calls.
  const tomorrow = addDaysToLocalDate(today, 1);
  const phone = new Api(
    apiUrl,
    sign({ userId: STAFF.regionDispatcher.id, role: 'DISPATCHER', regionKato: ASTANA }),
  );
  const rides: [string, keyof typeof PLACES, string, string][] = [
    ['aigerim', 'dialysisCentre', '07:30', 'HAEMODIALYSIS'],
    ['nurlan', 'cityHospital1', '09:00', 'MEDICAL'],
    ['dana', 'rehabCentre', '10:00', 'REHABILITATION'],
    ['timur', 'university', '08:30', 'EDUCATION'],
    ['viktor', 'dialysisCentre', '08:00', 'HAEMODIALYSIS'],
    ['john', 'library', '11:00', 'WORK'],
  ];
  for (const [key, place, time, purpose] of rides) {
    const b = BENEFICIARIES.find((x) => x.key === key)!;
    await phone.call(
      'POST',
      '/bookings',
      {
        beneficiaryId: beneficiaryIds[key],
        pickup: b.home,
        dropoff: PLACES[place],
        timeAnchor: 'DROPOFF',
        time: localDateTimeToUtc(tomorrow, time).toISOString(),
        purpose,
        companions: 0,
      },
      // 409: the rider already has a ride then (one ride at a time, t22 M5): the history's last
      // evening booked the city's rides for tomorrow too, and a demo must start whatever they are.
      [409, 422],
    );
  }

  const staffTokens: [string, Role, Partial<Principal>][] = [
    ['LEB officer (Astana)', 'LEB_OFFICER', { userId: STAFF.officer.id, regionKato: ASTANA }],
    ['dispatcher (Astana centre)', 'DISPATCHER', { userId: STAFF.regionDispatcher.id, regionKato: ASTANA }],
    ['guardian (of Тимур Калиев)', 'GUARDIAN', { userId: STAFF.guardian.id }],
    ['ministry analyst', 'MINISTRY_ANALYST', { userId: STAFF.analyst.id }],
  ];
  tokens.unshift(
    ...staffTokens.map(([label, role, p]) => ({ label, token: sign({ userId: p.userId!, role, ...p }) })),
  );
  return {
    tokens,
    providerIds,
    beneficiaryIds,
    staff: {
      officerUserId: STAFF.officer.id,
      dispatcherUserId: STAFF.regionDispatcher.id,
      guardianUserId: STAFF.guardian.id,
    },
    fleets,
  };
}
