import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  NATIONAL_DEFAULT_POLICY,
  addDaysToLocalDate,
  isPointInRing,
  localDateOf,
  localDateTimeToUtc,
  type LonLat,
  type ServicePolicyRules,
} from '@invataxi/domain';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { expectedServiceDate } from '@invataxi/procurement';
import { createApi } from '../../apps/api/src/create-api';
import { ASTANA, DEMO_POLICY } from '../../scripts/seed/astana';
import { createTestEnv, type TestEnv } from '../support/test-env';

/**
 * The GTFS-Flex feed (issue 25, item 3), read back by the `gtfs` npm package: it imports the zip
 * into SQLite (a missing required value or a duplicate key fails the import), then every file
 * and field is checked here against the GTFS reference (gtfs.org/schedule/reference, with the
 * GTFS-Flex additions): required files and fields, conditionally required and forbidden ones,
 * and that every referenced id exists.
 */
const run = promisify(execFile);
type Row = Record<string, string | number | null>;
type Tables = Record<string, Row[]>;

const SHYMKENT = '790000000';
const RING: [number, number][] = [
  [69.45, 42.25],
  [69.75, 42.25],
  [69.75, 42.45],
  [69.45, 42.45],
];
const AKMOLA = '110000000';
const ABAI = '100000000';

describe('GTFS-Flex feed', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let http: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.init();
    http = api.getHttpAdapter().getInstance();
    await http.ready();
    dir = await mkdtemp(join(tmpdir(), 'gtfs-'));
    await publish(ASTANA, DEMO_POLICY);
    // Astana's provider has served it under contract for ten days.
    await contract(ASTANA, addDaysToLocalDate(localDateOf(t.now()), -10));
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function publish(region: string, rules: ServicePolicyRules): Promise<void> {
    const token = t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: region });
    const r = await http.inject({
      method: 'POST',
      url: `/regions/${region}/policies`,
      headers: { authorization: `Bearer ${token}` },
      payload: { rules },
    });
    expect(r.statusCode).toBe(201);
  }

  /** An ACTIVE provider serving the whole region under a contract from `from` (open-ended). */
  async function contract(region: string, from: string): Promise<string> {
    const ds = api.get(DataSource);
    const [p] = (await ds.query(
      `INSERT INTO provider (bin, legal_name, origin, region_kato, status, version)
       VALUES ($1, 'Feed Test LLP', 'PROCUREMENT_CONTRACT', $2, 'ACTIVE', 1) RETURNING id`,
      [`${region.slice(0, 2)}${Date.now() % 1e10}`.padEnd(12, '0').slice(0, 12), region],
    )) as { id: string }[];
    await ds.query(`INSERT INTO provider_service_area (provider_id, kato_code) VALUES ($1, $2)`, [
      p!.id,
      region,
    ]);
    await ds.query(
      `INSERT INTO provider_contract (provider_id, reference, tariff_per_trip, tariff_per_km, valid_from)
       VALUES ($1, 'feed-test', 2000, 150, $2)`,
      [p!.id, from],
    );
    return p!.id;
  }

  /** The feed as anyone downloads it: no token. */
  function download(file: string, headers: Record<string, string> = {}) {
    return http.inject({ method: 'GET', url: `/gtfs/${file}`, headers });
  }

  /** Imports the zip with the `gtfs` package in a child Node process (the package is ESM-only). */
  async function importFeed(zip: Buffer): Promise<Tables> {
    const path = join(dir, `${randomUUID()}.zip`);
    await writeFile(path, zip);
    // The package reads through better-sqlite3, a native add-on built for the Node.js that ran
    // `npm ci`: CI's Node 24 run of the suites names that Node (NATIVE_ADDONS_NODE), since an
    // add-on built for Node 20 does not load in Node 24.
    const node = process.env.NATIVE_ADDONS_NODE || process.execPath;
    const { stdout } = await run(node, [join(__dirname, 'gtfs-import.mjs'), path], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as Tables;
  }

  const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
  const isUrl = (v: unknown): boolean => /^https?:\/\/\S+$/.test(text(v));
  const isDate = (v: unknown): boolean => /^\d{8}$/.test(text(v));
  const isTime = (v: unknown): boolean => /^\d{1,2}:[0-5]\d:[0-5]\d$/.test(text(v));
  const seconds = (v: unknown): number => {
    const [h, m, s] = text(v).split(':').map(Number) as [number, number, number];
    return h * 3600 + m * 60 + s;
  };
  const ids = (rows: Row[] | undefined, field: string): Set<string> =>
    new Set((rows ?? []).map((r) => text(r[field])));

  /** Every rule of the reference this feed's files are subject to; returns the problems found. */
  function problems(tables: Tables): string[] {
    const out: string[] = [];
    const need = (ok: boolean, what: string): void => {
      if (!ok) out.push(what);
    };
    for (const file of [
      'agency',
      'routes',
      'trips',
      'stop_times',
      'calendar',
      'booking_rules',
      'feed_info',
      'locations',
    ])
      need((tables[file]?.length ?? 0) > 0, `${file}: no rows`);

    const geo = JSON.parse(text(tables.locations?.[0]?.geojson)) as {
      type: string;
      features: {
        type: string;
        id?: string;
        properties?: object;
        geometry?: { type: string; coordinates: LonLat[][] };
      }[];
    };
    need(geo.type === 'FeatureCollection', 'locations.geojson: not a FeatureCollection');
    for (const f of geo.features) {
      need(
        f.type === 'Feature' && typeof f.id === 'string' && f.id !== '',
        'locations.geojson: feature without id',
      );
      need(
        typeof f.properties === 'object' && f.properties !== null,
        `locations.geojson ${f.id}: no properties`,
      );
      need(
        f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
        `locations.geojson ${f.id}: not a polygon`,
      );
      const ring = f.geometry?.coordinates[0] ?? [];
      need(
        ring.length >= 4 && text(ring[0]) === text(ring[ring.length - 1]),
        `locations.geojson ${f.id}: ring not closed`,
      );
      need(
        ring.every(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90),
        `locations.geojson ${f.id}: not WGS 84`,
      );
    }
    const locationIds = new Set(geo.features.map((f) => f.id ?? ''));
    // IDs unique across stops.stop_id, locations.geojson id and location_group_id.
    need(locationIds.size === geo.features.length, 'locations.geojson: duplicate ids');
    for (const id of ids(tables.stops, 'stop_id'))
      need(!locationIds.has(id), `stop ${id} shares a location id`);

    const agencyIds = ids(tables.agency, 'agency_id');
    for (const a of tables.agency ?? []) {
      need(text(a.agency_name) !== '', 'agency.agency_name missing');
      need(isUrl(a.agency_url), 'agency.agency_url not a URL');
      need(text(a.agency_timezone) === 'Asia/Almaty', 'agency.agency_timezone is not the zone of UTC+5');
    }
    const routeIds = ids(tables.routes, 'route_id');
    for (const r of tables.routes ?? []) {
      need(
        text(r.route_short_name) !== '' || text(r.route_long_name) !== '',
        `routes ${r.route_id}: no name`,
      );
      need(
        [0, 1, 2, 3, 4, 5, 6, 7, 11, 12].includes(Number(r.route_type)),
        `routes ${r.route_id}: route_type`,
      );
      need(
        agencyIds.has(text(r.agency_id)),
        `routes ${r.route_id}: agency_id ${r.agency_id} not in agency.txt`,
      );
      need(r.route_url === null || isUrl(r.route_url), `routes ${r.route_id}: route_url`);
    }
    const serviceIds = ids(tables.calendar, 'service_id');
    for (const c of tables.calendar ?? []) {
      for (const d of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
        need([0, 1].includes(Number(c[d])), `calendar ${c.service_id}: ${d}`);
      need(isDate(c.start_date) && isDate(c.end_date), `calendar ${c.service_id}: dates`);
      need(text(c.start_date) <= text(c.end_date), `calendar ${c.service_id}: ends before it starts`);
    }
    const tripIds = ids(tables.trips, 'trip_id');
    for (const tr of tables.trips ?? []) {
      need(routeIds.has(text(tr.route_id)), `trips ${tr.trip_id}: route_id not in routes.txt`);
      need(serviceIds.has(text(tr.service_id)), `trips ${tr.trip_id}: service_id not in calendar.txt`);
    }
    const ruleIds = ids(tables.booking_rules, 'booking_rule_id');
    for (const st of tables.stop_times ?? []) {
      const at = `stop_times ${st.trip_id}/${st.stop_sequence}`;
      need(tripIds.has(text(st.trip_id)), `${at}: trip_id not in trips.txt`);
      need(locationIds.has(text(st.location_id)), `${at}: location_id not in locations.geojson`);
      need(
        st.stop_id === null && st.location_group_id === null,
        `${at}: stop_id/location_group_id with location_id`,
      );
      need(st.arrival_time === null && st.departure_time === null, `${at}: arrival/departure with a window`);
      need(isTime(st.start_pickup_drop_off_window) && isTime(st.end_pickup_drop_off_window), `${at}: window`);
      need(
        seconds(st.start_pickup_drop_off_window) < seconds(st.end_pickup_drop_off_window),
        `${at}: empty window`,
      );
      need(![0, 3].includes(Number(st.pickup_type ?? 0)), `${at}: pickup_type 0 or 3 with a window`);
      need(Number(st.drop_off_type ?? 0) !== 0, `${at}: drop_off_type 0 with a window`);
      need(
        [null, 1].includes(st.continuous_pickup as null) &&
          [null, 1].includes(st.continuous_drop_off as null),
        `${at}: continuous stopping`,
      );
      for (const f of ['pickup_booking_rule_id', 'drop_off_booking_rule_id'])
        need(st[f] === null || ruleIds.has(text(st[f])), `${at}: ${f} not in booking_rules.txt`);
      need(
        Number(st.pickup_type) !== 2 || st.pickup_booking_rule_id !== null,
        `${at}: booked pickup without a rule`,
      );
      need(
        Number(st.drop_off_type) !== 2 || st.drop_off_booking_rule_id !== null,
        `${at}: booked drop-off without a rule`,
      );
    }
    for (const id of tripIds) {
      const seq = (tables.stop_times ?? [])
        .filter((s) => s.trip_id === id)
        .map((s) => Number(s.stop_sequence));
      need(seq.length >= 2, `trip ${id}: fewer than two stop_times`);
      need(
        seq.every((v, i) => i === 0 || v > seq[i - 1]!),
        `trip ${id}: stop_sequence not increasing`,
      );
    }
    for (const b of tables.booking_rules ?? []) {
      const at = `booking_rules ${b.booking_rule_id}`;
      const type = Number(b.booking_type);
      need([0, 1, 2].includes(type), `${at}: booking_type`);
      need((type === 1) === (b.prior_notice_duration_min !== null), `${at}: prior_notice_duration_min`);
      need(type === 1 || b.prior_notice_duration_max === null, `${at}: prior_notice_duration_max`);
      need((type === 2) === (b.prior_notice_last_day !== null), `${at}: prior_notice_last_day`);
      need(
        (b.prior_notice_last_day !== null) === (b.prior_notice_last_time !== null),
        `${at}: prior_notice_last_time`,
      );
      need(type !== 0 || b.prior_notice_start_day === null, `${at}: prior_notice_start_day with real time`);
      need(
        !(type === 1 && b.prior_notice_duration_max !== null && b.prior_notice_start_day !== null),
        `${at}: start_day with duration_max`,
      );
      need(
        (b.prior_notice_start_day !== null) === (b.prior_notice_start_time !== null),
        `${at}: prior_notice_start_time`,
      );
      need(type === 2 || b.prior_notice_service_id === null, `${at}: prior_notice_service_id`);
      for (const f of ['info_url', 'booking_url']) need(b[f] === null || isUrl(b[f]), `${at}: ${f}`);
    }
    for (const f of tables.feed_info ?? []) {
      need(text(f.feed_publisher_name) !== '', 'feed_info.feed_publisher_name');
      need(isUrl(f.feed_publisher_url), 'feed_info.feed_publisher_url');
      need(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(text(f.feed_lang)), 'feed_info.feed_lang');
      need(text(f.feed_start_date) <= text(f.feed_end_date), 'feed_info: ends before it starts');
    }
    for (const tr of tables.translations ?? []) {
      need(['ru', 'en'].includes(text(tr.language)), `translations: language ${tr.language}`);
      const known: Record<string, Set<string>> = {
        agency: agencyIds,
        routes: routeIds,
        booking_rules: ruleIds,
      };
      need(
        known[text(tr.table_name)]?.has(text(tr.record_id)) ?? false,
        `translations: ${tr.table_name} ${tr.record_id}`,
      );
    }
    return out;
  }

  it("publishes the demo's Astana policy without sign-in, and the gtfs package reads it back whole", async () => {
    const res = await download(`${ASTANA}.zip`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const tables = await importFeed(res.rawPayload);
    expect(problems(tables)).toEqual([]);

    const today = localDateOf(t.now());
    const [agency] = tables.agency!;
    expect(agency).toMatchObject({
      agency_phone: DEMO_POLICY.bookingPhone,
      agency_url: `${t.config.PUBLIC_BASE_URL}/`,
    });
    // Service hours: 07:00-21:00 every day, as the pickup and the drop-off window.
    expect(tables.calendar).toEqual([
      expect.objectContaining({
        monday: 1,
        sunday: 1,
        start_date: Number(today.replace(/-/g, '')),
        end_date: Number(addDaysToLocalDate(today, 29).replace(/-/g, '')),
      }),
    ]);
    expect(
      tables.stop_times!.map((s) => [
        s.start_pickup_drop_off_window,
        s.end_pickup_drop_off_window,
        s.pickup_type,
        s.drop_off_type,
      ]),
    ).toEqual([
      ['07:00:00', '21:00:00', 2, 1],
      ['07:00:00', '21:00:00', 1, 2],
    ]);
    // Booking: same day, 30 minutes' notice, up to 14 days ahead; the phone and the booking page.
    expect(tables.booking_rules).toEqual([
      expect.objectContaining({
        booking_type: 1,
        prior_notice_duration_min: 30,
        prior_notice_start_day: 14,
        prior_notice_start_time: '00:00:00',
        phone_number: DEMO_POLICY.bookingPhone,
        booking_url: `${t.config.PUBLIC_BASE_URL}/book`,
      }),
    ]);
    // The service area: the hull of the city's street gazetteer, said so; the centre is inside.
    const geo = JSON.parse(text(tables.locations![0]!.geojson)) as {
      features: { properties: { area_source: string }; geometry: { coordinates: LonLat[][] } }[];
    };
    expect(geo.features[0]!.properties.area_source).toBe('GAZETTEER_HULL');
    expect(isPointInRing({ lon: 71.4304, lat: 51.1282 }, geo.features[0]!.geometry.coordinates[0]!)).toBe(
      true,
    );
  });

  it('answers a repeat download by its ETag, and is regenerated when a policy version is published', async () => {
    const first = await download(`${ASTANA}.zip`);
    const etag = String(first.headers.etag);
    expect((await download(`${ASTANA}.zip`, { 'if-none-match': etag })).statusCode).toBe(304);

    // Weekdays 08:00-20:00, a day and an hour's notice: a prior-day rule from then on.
    await publish(ASTANA, {
      ...DEMO_POLICY,
      minLeadMinutes: 25 * 60,
      serviceHours: [
        ...Array.from({ length: 5 }, () => [['08:00', '20:00']]),
        [],
        [],
      ] as ServicePolicyRules['serviceHours'],
    });
    const next = await download(`${ASTANA}.zip`, { 'if-none-match': etag });
    expect(next.statusCode).toBe(200);
    const tables = await importFeed(next.rawPayload);
    expect(problems(tables)).toEqual([]);
    expect(tables.calendar).toEqual([
      expect.objectContaining({ service_id: 'mon-tue-wed-thu-fri', saturday: 0 }),
    ]);
    expect(tables.stop_times!.map((s) => s.start_pickup_drop_off_window)).toEqual(['08:00:00', '08:00:00']);
    // 25 hours before an 08:00 pickup: 07:00 the day before.
    expect(tables.booking_rules).toEqual([
      expect.objectContaining({
        booking_type: 2,
        prior_notice_last_day: 1,
        prior_notice_last_time: '07:00:00',
      }),
    ]);
    expect(tables.booking_rules![0]!.prior_notice_duration_min).toBeNull();
  });

  it('publishes service only from when a provider serves the region under contract (walk t25 M6)', async () => {
    await publish(SHYMKENT, {
      ...NATIONAL_DEFAULT_POLICY,
      serviceAreaKato: [SHYMKENT],
      serviceAreaPolygon: RING,
    });
    // No provider: its rides wait for procurement, so no service is published.
    const none = await download(`${SHYMKENT}.zip`, { 'accept-language': 'en' });
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toMatch(/^No service is published for this region yet/);
    const ru = await download(`${SHYMKENT}.zip`, { 'accept-language': 'ru' });
    expect(ru.json().message).toMatch(/^Для этого региона услуга пока не опубликована/);
    // In the caller's language as every error (walk t25 minor 8 read Russian: its request named
    // no language, and the API's default is Russian).
    const kk = await download(`${SHYMKENT}.zip`, { 'accept-language': 'kk-KZ,kk;q=0.9,en;q=0.5' });
    expect(kk.json().message).toMatch(/^Бұл өңір үшін әзірге қызмет жарияланбаған/);
    const unnamed = await download(`${SHYMKENT}.zip`);
    expect(unnamed.json().message).toMatch(/^Для этого региона/);
    // The awarded supplier's contract starts in five days: the calendar starts then.
    const start = addDaysToLocalDate(localDateOf(t.now()), 5);
    await contract(SHYMKENT, start);
    const res = await download(`${SHYMKENT}.zip`);
    expect(res.statusCode).toBe(200);
    const tables = await importFeed(res.rawPayload);
    expect(problems(tables)).toEqual([]);
    expect(tables.calendar!.map((c) => c.start_date)).toEqual([Number(start.replace(/-/g, ''))]);
    expect(tables.feed_info![0]!.feed_start_date).toBe(Number(start.replace(/-/g, '')));
    // Last-Modified follows the content: not before the first day it describes.
    expect(new Date(String(res.headers['last-modified'])).getTime()).toBe(
      new Date(`${start}T00:00:00+05:00`).getTime(),
    );
  });

  it("publishes an awarded supplier's service from the date its riders were told or its first shift, never its contact's phone (walk t25b N5, t25 M1 and minor 6)", async () => {
    await publish(ABAI, { ...NATIONAL_DEFAULT_POLICY, serviceAreaKato: [ABAI], serviceAreaPolygon: RING });
    const now = t.now();
    const today = localDateOf(now);
    // The award is applied today: the supplier's contract runs from today, it has no vehicle yet.
    const provider = await contract(ABAI, today);
    const ds = api.get(DataSource);
    await ds.query(
      `INSERT INTO procurement_request (region_kato, period_start, period_end, status, method, submitted_at,
                                        awarded_at, awarded_provider_id, created_at, version)
       VALUES ($1, $2, $2, 'AWARDED', 'OPEN_TENDER', $3, $3, $4, $3, 1)`,
      [ABAI, today, now, provider],
    );
    // What the riders were told while the request was out (the same function the SMS and cards use).
    const config = api.get<AppConfig>(CONFIG);
    const told = expectedServiceDate(
      { status: 'PUBLISHED', method: 'OPEN_TENDER', createdAt: now, submittedAt: now },
      {
        escalationDays: config.PROCUREMENT_ESCALATION_DAYS,
        onboardingDays: config.PROCUREMENT_ONBOARDING_DAYS,
      },
      now,
    )!;
    expect(told > today).toBe(true);
    const res = await download(`${ABAI}.zip`);
    expect(res.statusCode).toBe(200);
    const tables = await importFeed(res.rawPayload);
    expect(problems(tables)).toEqual([]);
    expect(tables.calendar!.map((c) => c.start_date)).toEqual([Number(told.replace(/-/g, ''))]);
    expect(tables.feed_info![0]!.feed_start_date).toBe(Number(told.replace(/-/g, '')));
    // Neither the policy nor the supplier gives a phone: booked online only, never "by phone"
    // with no number (walk t25 M5).
    expect(tables.agency![0]!.agency_phone ?? null).toBeNull();
    expect(tables.booking_rules![0]!.phone_number ?? null).toBeNull();
    const messages = [
      text(tables.booking_rules![0]!.message),
      ...(tables.translations ?? [])
        .filter((tr) => tr.table_name === 'booking_rules')
        .map((tr) => text(tr.translation)),
    ];
    expect(messages).toHaveLength(3);
    for (const m of messages) {
      expect(m).not.toMatch(/phone|телефон/i);
      expect(m).toContain(`${t.config.PUBLIC_BASE_URL}/book`);
    }
    // The award gave the supplier a contact phone (outcome-recorder: the provider's contacts):
    // its administrator's own mobile, never published (walk t25 minor 6).
    await ds.query(`UPDATE provider SET contacts = '{"phone": "+77000000150"}' WHERE id = $1`, [provider]);
    const phoned = await importFeed((await download(`${ABAI}.zip`)).rawPayload);
    expect(problems(phoned)).toEqual([]);
    expect(phoned.agency![0]!.agency_phone ?? null).toBeNull();
    expect(phoned.booking_rules![0]!.phone_number ?? null).toBeNull();
    expect(JSON.stringify(phoned)).not.toContain('+77000000150');

    // The supplier's first shift comes two days from now, before the date riders were told (a
    // cancelled one tomorrow runs nothing): its rides run then, so the feed starts then, the
    // date the officer's card and the rider's read (walk t25 M1).
    const shiftDay = addDaysToLocalDate(today, 2);
    expect(shiftDay < told).toBe(true);
    await shift(provider, addDaysToLocalDate(today, 1), 'CANCELLED');
    await shift(provider, shiftDay, 'PLANNED');
    const started = await importFeed((await download(`${ABAI}.zip`)).rawPayload);
    expect(problems(started)).toEqual([]);
    expect(started.calendar!.map((c) => c.start_date)).toEqual([Number(shiftDay.replace(/-/g, ''))]);
    expect(started.feed_info![0]!.feed_start_date).toBe(Number(shiftDay.replace(/-/g, '')));
    const officer = t.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ABAI });
    const card = await http.inject({
      method: 'GET',
      url: '/procurement/requests',
      headers: { authorization: `Bearer ${officer}` },
    });
    expect(
      (card.json() as { regionKato: string; expectedServiceDate: string | null }[]).find(
        (r) => r.regionKato === ABAI,
      )?.expectedServiceDate,
    ).toBe(shiftDay);
  });

  /** A shift of the provider's on `day`, 07:00-19:00 local, with its own vehicle and driver. */
  async function shift(providerId: string, day: string, status: 'PLANNED' | 'CANCELLED'): Promise<void> {
    const ds = api.get(DataSource);
    const tag = randomUUID().replace(/\D/g, '').padEnd(6, '7').slice(0, 6);
    const [v] = (await ds.query(
      `INSERT INTO vehicle (provider_id, plate, model, seats, wheelchair_places, has_ramp, has_restraints, version)
       VALUES ($1, $2, 'Ford Transit', 4, 1, true, true, 1) RETURNING id`,
      [providerId, `${tag.slice(0, 3)}ABC16`],
    )) as { id: string }[];
    const [d] = (await ds.query(
      `INSERT INTO driver (provider_id, full_name, licence_number, phone) VALUES ($1, 'Feed Driver', $2, '+77000000000') RETURNING id`,
      [providerId, `KZ${tag}`],
    )) as { id: string }[];
    await ds.query(
      `INSERT INTO shift (provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat,
                          end_lon, start_kato, status, version)
       VALUES ($1, $2, $3, $4, $5, 50.41, 80.25, 50.41, 80.25, $6, $7, 1)`,
      [
        providerId,
        v!.id,
        d!.id,
        localDateTimeToUtc(day, '07:00'),
        localDateTimeToUtc(day, '19:00'),
        ABAI,
        status,
      ],
    );
  }

  it("publishes the polygon a region's policy draws", async () => {
    const ring = RING;
    await publish(SHYMKENT, {
      ...NATIONAL_DEFAULT_POLICY,
      serviceAreaKato: [SHYMKENT],
      serviceAreaPolygon: ring,
    });
    const res = await download(`${SHYMKENT}.zip`);
    expect(res.statusCode).toBe(200);
    const tables = await importFeed(res.rawPayload);
    expect(problems(tables)).toEqual([]);
    const geo = JSON.parse(text(tables.locations![0]!.geojson)) as {
      features: { properties: { area_source: string }; geometry: { coordinates: LonLat[][] } }[];
    };
    expect(geo.features[0]!.properties.area_source).toBe('POLICY_POLYGON');
    expect(geo.features[0]!.geometry.coordinates[0]).toHaveLength(5);
    // No phone in this policy: no phone field rather than an empty one.
    expect(tables.booking_rules![0]!.phone_number).toBeNull();
  });

  it('refuses a name that is not a region feed, and a region with no service area to draw', async () => {
    const bad = await download('astana.zip');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const district = await download('711210000.zip');
    expect(district.statusCode).toBe(400);
    expect(district.json().errors).toEqual([expect.objectContaining({ field: 'kato' })]);
    // Akmola: no policy polygon and no gazetteer of its streets.
    expect((await download(`${AKMOLA}.zip`)).statusCode).toBe(404);
  });
});
