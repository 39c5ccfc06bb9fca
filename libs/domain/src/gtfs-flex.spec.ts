import fc from 'fast-check';
import {
  buildFlexFeed,
  flexBookingNotice,
  flexServicePatterns,
  gtfsTime,
  serviceAreaGeometry,
  type FlexFeedSource,
} from './gtfs-flex';
import { convexHull, geoJsonExteriorRing, isSimpleRing, ringSignedArea2, type LonLat } from './geo';
import { NATIONAL_DEFAULT_POLICY, type ServiceInterval, type ServicePolicyRules } from './policy';

const square: LonLat[] = [
  [71.3, 51.0],
  [71.6, 51.0],
  [71.6, 51.3],
  [71.3, 51.3],
];
const bowtie: LonLat[] = [
  [71.3, 51.0],
  [71.6, 51.3],
  [71.6, 51.0],
  [71.3, 51.3],
];

/** The demo's Astana policy (scripts/seed/seed-via-api.ts): national defaults, 07:00-21:00 daily. */
const astana: ServicePolicyRules = {
  ...NATIONAL_DEFAULT_POLICY,
  serviceAreaKato: ['710000000'],
  tripsPerMonth: 30,
  minLeadMinutes: 30,
  serviceHours: Array.from({ length: 7 }, () => [['07:00', '21:00']] as ServiceInterval[]),
  bookingPhone: '+7 7172 00-00-00',
};

function table(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trimEnd().split('\n');
  const cols = head!.split(',');
  return lines.map((line) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

function source(rules: ServicePolicyRules, over: Partial<FlexFeedSource> = {}): FlexFeedSource {
  return {
    region: { kato: '710000000', names: { kk: 'Астана', ru: 'Астана', en: 'Astana' } },
    policy: { id: 'p1', version: 3, rules },
    area: { ring: geoJsonExteriorRing(square), source: 'GAZETTEER_HULL' },
    baseUrl: 'https://invataxi.example.kz/',
    phone: rules.bookingPhone ?? null,
    from: '2026-12-07',
    nextVersionFrom: null,
    ...over,
  };
}

describe('service area geometry', () => {
  it('hulls points counterclockwise, dropping inner and repeated points', () => {
    const hull = convexHull([...square, [71.4, 51.1], [71.45, 51.2], square[0]!]);
    expect(hull).toHaveLength(4);
    expect(new Set(hull.map((p) => p.join()))).toEqual(new Set(square.map((p) => p.join())));
    expect(ringSignedArea2(hull)).toBeGreaterThan(0);
    expect(
      convexHull([
        [71, 51],
        [72, 52],
        [73, 53],
      ]).length,
    ).toBeLessThan(3);
  });

  it('tells a simple ring from one that crosses itself', () => {
    expect(isSimpleRing(square)).toBe(true);
    expect(isSimpleRing([...square, square[0]!])).toBe(true);
    expect(isSimpleRing(bowtie)).toBe(false);
    expect(
      isSimpleRing([
        [71, 51],
        [72, 52],
        [73, 53],
      ]),
    ).toBe(false);
  });

  it('closes and turns a clockwise ring counterclockwise (RFC 7946)', () => {
    const ring = geoJsonExteriorRing([...square].reverse());
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring).toHaveLength(5);
    expect(ringSignedArea2(ring.slice(0, -1))).toBeGreaterThan(0);
  });

  it("publishes the policy's polygon, its hull when it crosses itself, else the gazetteer's hull", () => {
    expect(serviceAreaGeometry({ serviceAreaPolygon: square }, [])?.source).toBe('POLICY_POLYGON');
    const fixed = serviceAreaGeometry({ serviceAreaPolygon: bowtie }, []);
    expect(fixed?.source).toBe('POLICY_POLYGON_HULL');
    expect(isSimpleRing(fixed!.ring)).toBe(true);
    const derived = serviceAreaGeometry({ serviceAreaPolygon: null }, [...square, [71.4, 51.1]]);
    expect(derived?.source).toBe('GAZETTEER_HULL');
    expect(derived?.ring).toHaveLength(5);
    expect(serviceAreaGeometry({ serviceAreaPolygon: null }, [[71, 51]])).toBeNull();
  });
});

describe('booking rule from the policy', () => {
  it('states a lead time under a day as same-day booking with the horizon as its first day', () => {
    expect(flexBookingNotice(astana)).toEqual({
      booking_type: 1,
      prior_notice_duration_min: 30,
      prior_notice_start_day: 14,
      prior_notice_start_time: '00:00:00',
    });
  });

  it('states a lead time of a day or more as prior-day booking by the earliest pickup', () => {
    const office = NATIONAL_DEFAULT_POLICY; // 09:00-18:00 on weekdays
    expect(flexBookingNotice({ ...office, minLeadMinutes: 24 * 60 })).toMatchObject({
      booking_type: 2,
      prior_notice_last_day: 1,
      prior_notice_last_time: '09:00:00',
    });
    // 34 hours before a 07:00 pickup: 21:00 two days before.
    expect(flexBookingNotice({ ...astana, minLeadMinutes: 34 * 60 })).toMatchObject({
      booking_type: 2,
      prior_notice_last_day: 2,
      prior_notice_last_time: '21:00:00',
      prior_notice_start_day: 14,
    });
  });

  it('never lets a rider who keeps the prior-day rule miss the lead time, and is exact for the first pickup', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 24 * 60, max: 7 * 24 * 60 }),
        fc.integer({ min: 0, max: 23 * 60 }),
        (lead, opening) => {
          const hours = Array.from(
            { length: 7 },
            () => [[gtfsTime(opening).slice(0, 5), '24:00']] as ServiceInterval[],
          );
          const n = flexBookingNotice({ minLeadMinutes: lead, maxHorizonDays: 30, serviceHours: hours });
          const [h, m] = n.prior_notice_last_time!.split(':').map(Number) as [number, number];
          const deadline = -n.prior_notice_last_day! * 24 * 60 + h * 60 + m; // minutes from the travel day's 00:00
          expect(n.booking_type).toBe(2);
          expect(h * 60 + m).toBeLessThan(24 * 60);
          expect(deadline).toBe(opening - lead);
        },
      ),
    );
  });
});

describe('service patterns', () => {
  it('groups weekdays with the same hours and skips closed days', () => {
    expect(flexServicePatterns(NATIONAL_DEFAULT_POLICY.serviceHours)).toEqual([
      { serviceId: 'mon-tue-wed-thu-fri', weekdays: [0, 1, 2, 3, 4], intervals: [['09:00', '18:00']] },
    ]);
    const split: ServiceInterval[][] = [
      [
        ['07:00', '12:00'],
        ['14:00', '21:00'],
      ],
      [
        ['07:00', '12:00'],
        ['14:00', '21:00'],
      ],
      [],
      [],
      [],
      [['00:00', '24:00']],
      [],
    ];
    expect(flexServicePatterns(split).map((p) => [p.serviceId, p.intervals.length])).toEqual([
      ['mon-tue', 2],
      ['sat', 1],
    ]);
  });
});

describe('the feed', () => {
  it("builds every file from the demo's Astana policy", () => {
    const files = buildFlexFeed(source(astana));
    expect(Object.keys(files).sort()).toEqual([
      'agency.txt',
      'booking_rules.txt',
      'calendar.txt',
      'feed_info.txt',
      'locations.geojson',
      'routes.txt',
      'stop_times.txt',
      'translations.txt',
      'trips.txt',
    ]);
    const [agency] = table(files['agency.txt']!);
    expect(agency).toMatchObject({
      agency_id: 'invataxi-710000000',
      agency_url: 'https://invataxi.example.kz/',
      agency_timezone: 'Asia/Almaty',
      agency_phone: '+7 7172 00-00-00',
    });
    const calendar = table(files['calendar.txt']!);
    expect(calendar).toEqual([
      {
        service_id: 'mon-tue-wed-thu-fri-sat-sun',
        monday: '1',
        tuesday: '1',
        wednesday: '1',
        thursday: '1',
        friday: '1',
        saturday: '1',
        sunday: '1',
        start_date: '20261207',
        end_date: '20270105', // 30 days
      },
    ]);
    const stopTimes = table(files['stop_times.txt']!);
    expect(
      stopTimes.map((s) => [
        s.stop_sequence,
        s.start_pickup_drop_off_window,
        s.end_pickup_drop_off_window,
        s.pickup_type,
        s.drop_off_type,
      ]),
    ).toEqual([
      ['1', '07:00:00', '21:00:00', '2', '1'],
      ['2', '07:00:00', '21:00:00', '1', '2'],
    ]);
    expect(Object.keys(stopTimes[0]!)).not.toContain('arrival_time');
    const [rule] = table(files['booking_rules.txt']!);
    expect(rule).toMatchObject({
      booking_type: '1',
      prior_notice_duration_min: '30',
      prior_notice_start_day: '14',
      phone_number: '+7 7172 00-00-00',
      booking_url: 'https://invataxi.example.kz/book',
    });
    // Forbidden for same-day booking: absent, not empty.
    expect(Object.keys(rule!)).not.toContain('prior_notice_last_day');
    expect(rule!.message).toMatch(/30/);
    const geo = JSON.parse(files['locations.geojson']!) as {
      features: { id: string; geometry: { type: string; coordinates: LonLat[][] } }[];
    };
    expect(geo.features[0]!.id).toBe(stopTimes[0]!.location_id);
    expect(geo.features[0]!.geometry.type).toBe('Polygon');
    const translations = table(files['translations.txt']!);
    expect(translations.filter((t) => t.language === 'en').map((t) => t.translation)).toContain(
      'Invataxi: Astana',
    );
    const [info] = table(files['feed_info.txt']!);
    expect(info).toMatchObject({ feed_lang: 'kk', feed_version: '710000000-policy-v3-20261207' });
  });

  it('publishes a trip per service interval and leaves the phone out when the policy has none', () => {
    const split: ServicePolicyRules = {
      ...NATIONAL_DEFAULT_POLICY,
      serviceAreaKato: ['710000000'],
      serviceHours: [
        [
          ['07:00', '12:00'],
          ['14:00', '24:00'],
        ],
        [],
        [],
        [],
        [],
        [],
        [],
      ],
    };
    const files = buildFlexFeed(source(split));
    const trips = table(files['trips.txt']!);
    expect(trips.map((t) => t.trip_id)).toEqual(['710000000-mon-0700-1200', '710000000-mon-1400-2400']);
    expect(table(files['stop_times.txt']!).map((s) => s.end_pickup_drop_off_window)).toEqual([
      '12:00:00',
      '12:00:00',
      '24:00:00',
      '24:00:00',
    ]);
    expect(files['agency.txt']!.split('\n')[0]).not.toContain('agency_phone');
    expect(files['booking_rules.txt']!.split('\n')[0]).not.toContain('phone_number');
    // No phone: the message says to book online, at the booking page, never "by phone" (walk t25 M5).
    const translations = table(files['translations.txt']!).filter((t) => t.table_name === 'booking_rules');
    const messages = [
      table(files['booking_rules.txt']!)[0]!.message,
      ...translations.map((t) => t.translation),
    ];
    expect(messages).toHaveLength(3);
    for (const m of messages) {
      expect(m).not.toMatch(/phone|телефон/i);
      expect(m).toContain('https://invataxi.example.kz/book');
    }
  });

  it('ends the service the day before the next published version', () => {
    const files = buildFlexFeed(source(astana, { nextVersionFrom: '2026-12-20' }));
    expect(table(files['calendar.txt']!)[0]!.end_date).toBe('20261219');
    expect(table(files['feed_info.txt']!)[0]!.feed_end_date).toBe('20261219');
    const longHorizon = buildFlexFeed(source({ ...astana, maxHorizonDays: 60 }));
    expect(table(longHorizon['calendar.txt']!)[0]!.end_date).toBe('20270205');
  });

  it('quotes a value with a comma or a quote', () => {
    const files = buildFlexFeed(
      source(astana, { region: { kato: '710000000', names: { kk: 'A, "B"', ru: 'A', en: 'A' } } }),
    );
    expect(files['agency.txt']).toContain('"Инватакси: A, ""B"""');
    expect(table(files['agency.txt']!)[0]!.agency_name).toBe('Инватакси: A, "B"');
  });
});
