// The service published as GTFS-Flex (issue 25, item 3): a region's on-demand service as the
// GTFS Schedule reference describes it (gtfs.org/schedule/reference: agency.txt, routes.txt,
// trips.txt, stop_times.txt with start/end_pickup_drop_off_window and location_id,
// calendar.txt, locations.geojson, booking_rules.txt, translations.txt, feed_info.txt).
// Everything comes from the region's policy in force: service hours give the pickup/drop-off
// windows and the calendar, the lead time and horizon give the booking rule.
import { convexHull, geoJsonExteriorRing, isSimpleRing, openRing, type LonLat } from './geo';
import type { ServiceInterval, ServicePolicyRules } from './policy';
import { durationText } from './duration';
import { addDaysToLocalDate, daysBetweenLocalDates, parseLocalTime, type LocalDate } from './time';
import type { Language } from './vocabulary';

/** Kazakhstan has one zone, UTC+5, since 1 March 2024; the IANA zone that says so is Asia/Almaty. */
export const GTFS_TIMEZONE = 'Asia/Almaty';
/** The feed's own language (the state language); Russian and English come as translations. */
export const GTFS_FEED_LANG: Language = 'kk';
/** The reference asks a feed to cover at least the next 30 days; more when the horizon is longer. */
export const GTFS_MIN_FEED_DAYS = 30;

type Names = { readonly [L in Language]: string };

/** How the feed's service area was obtained: said in the feed, never hidden. */
export type ServiceAreaSource =
  /** The polygon the LEB officer set in the policy (serviceAreaPolygon). */
  | 'POLICY_POLYGON'
  /** The policy's polygon crosses itself: its convex hull is published instead. */
  | 'POLICY_POLYGON_HULL'
  /** No polygon in the policy: the convex hull of the street gazetteer's points in the served KATO areas. */
  | 'GAZETTEER_HULL';

export interface ServiceAreaGeometry {
  /** Exterior ring as GeoJSON wants it: counterclockwise, closed. */
  ring: LonLat[];
  source: ServiceAreaSource;
}

/**
 * The service area to publish: the policy's own polygon when it has one (valid as drawn, or its
 * hull), else the convex hull of the gazetteer points inside the policy's KATO areas; null when
 * neither gives a polygon (a region without a drawn area and without gazetteer points).
 */
export function serviceAreaGeometry(
  rules: Pick<ServicePolicyRules, 'serviceAreaPolygon'>,
  gazetteerPoints: readonly LonLat[],
): ServiceAreaGeometry | null {
  const drawn = rules.serviceAreaPolygon;
  if (drawn && drawn.length >= 3) {
    if (isSimpleRing(drawn)) return { ring: geoJsonExteriorRing(drawn), source: 'POLICY_POLYGON' };
    const hull = convexHull(openRing(drawn));
    if (hull.length >= 3) return { ring: geoJsonExteriorRing(hull), source: 'POLICY_POLYGON_HULL' };
  }
  const hull = convexHull(gazetteerPoints);
  return hull.length >= 3 ? { ring: geoJsonExteriorRing(hull), source: 'GAZETTEER_HULL' } : null;
}

/** booking_rules.txt's timing fields for the policy's lead time and horizon. */
export interface FlexBookingNotice {
  /** 1: up to same-day booking with advance notice; 2: up to prior day(s). */
  booking_type: 1 | 2;
  prior_notice_duration_min?: number;
  prior_notice_last_day?: number;
  prior_notice_last_time?: string;
  prior_notice_start_day: number;
  prior_notice_start_time: string;
}

/** 'HH:MM:SS' from minutes after midnight (GTFS Time; 24:00:00 and later allowed). */
export function gtfsTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
}

function minutesOf(time: string): number {
  const m = parseLocalTime(time, true);
  if (m === null) throw new Error(`not a local time: ${time}`);
  return m;
}

/** The earliest opening of any day, in minutes after midnight; null when the service never opens. */
function earliestOpening(hours: readonly (readonly ServiceInterval[])[]): number | null {
  const starts = hours.flatMap((day) => day.map(([from]) => minutesOf(from)));
  return starts.length ? Math.min(...starts) : null;
}

/**
 * The policy's booking window in GTFS terms. The platform refuses a ride whose pickup is less
 * than minLeadMinutes away (booking-checks.ts) and one whose local date is more than
 * maxHorizonDays after today: bookable from 00:00 that many days before, so
 * prior_notice_start_day = maxHorizonDays at 00:00:00.
 *
 * A lead time under a day is a same-day rule (booking_type 1, prior_notice_duration_min). A day or
 * more is a prior-day rule (booking_type 2), which GTFS states as one clock time on a day before
 * travel for every trip: the deadline of the earliest pickup the service hours allow, so that a
 * rider who keeps it is never refused for lead time (later pickups of the day could be booked
 * later still; the message says the lead time in full).
 */
export function flexBookingNotice(
  rules: Pick<ServicePolicyRules, 'minLeadMinutes' | 'maxHorizonDays' | 'serviceHours'>,
): FlexBookingNotice {
  const lead = rules.minLeadMinutes;
  if (lead < 24 * 60) {
    return {
      booking_type: 1,
      prior_notice_duration_min: lead,
      prior_notice_start_day: rules.maxHorizonDays,
      prior_notice_start_time: gtfsTime(0),
    };
  }
  const opening = earliestOpening(rules.serviceHours) ?? 0;
  const days = Math.floor(lead / (24 * 60));
  const rest = lead % (24 * 60);
  const lastDay = opening >= rest ? days : days + 1;
  const lastTime = opening >= rest ? opening - rest : opening - rest + 24 * 60;
  return {
    booking_type: 2,
    prior_notice_last_day: lastDay,
    prior_notice_last_time: gtfsTime(lastTime),
    // The horizon cannot open after the last day to book (validatePolicyRules lets a lead time
    // reach into the horizon's last day): then booking opens at 00:00 of the last day.
    prior_notice_start_day: Math.max(rules.maxHorizonDays, lastDay),
    prior_notice_start_time: gtfsTime(0),
  };
}

/** Days of the week that share the same service intervals, with the intervals. */
export interface FlexServicePattern {
  serviceId: string;
  /** 0 = Monday ... 6 = Sunday. */
  weekdays: number[];
  intervals: ServiceInterval[];
}

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const CALENDAR_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Weekdays grouped by identical service intervals (closed days in none), in weekday order. */
export function flexServicePatterns(hours: readonly (readonly ServiceInterval[])[]): FlexServicePattern[] {
  const patterns: FlexServicePattern[] = [];
  hours.forEach((day, weekday) => {
    if (day.length === 0) return;
    const key = JSON.stringify(day);
    const same = patterns.find((p) => JSON.stringify(p.intervals) === key);
    if (same) same.weekdays.push(weekday);
    else patterns.push({ serviceId: '', weekdays: [weekday], intervals: day.map(([a, b]) => [a, b]) });
  });
  for (const p of patterns) p.serviceId = p.weekdays.map((d) => DAY_KEYS[d]).join('-');
  return patterns;
}

export interface FlexFeedSource {
  region: { kato: string; names: Names };
  /** The version in force (id and number null: the national defaults apply). */
  policy: { id: string | null; version: number | null; rules: ServicePolicyRules };
  area: ServiceAreaGeometry;
  /** The web app: where the service is booked online and described. */
  baseUrl: string;
  /**
   * The phone to book by: the policy's booking phone, else the contracted provider's (an awarded
   * supplier's, from its award); null when none is known, and then the feed says to book online
   * only (walk t25 M5: "online or by phone" with no number anywhere).
   */
  phone: string | null;
  /** The first service day the feed describes (local today). */
  from: LocalDate;
  /** The day the next published version takes effect (local), which ends this feed's service; null when none. */
  nextVersionFrom: LocalDate | null;
}

/** A feed's files by name, as text (CSV files with a header line, LF line ends). */
export type FlexFeedFiles = Record<string, string>;

type Cell = string | number | undefined | null;

/** RFC 4180 as GTFS asks: quotes around a value with a comma, quote or line break; quotes doubled. */
function csvCell(v: Cell): string {
  if (v === undefined || v === null) return '';
  const s = String(v).replace(/[\t\r\n]+/g, ' ');
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV file of the given columns; a column that no row fills is left out, so a conditionally
 * forbidden field is absent rather than present and empty.
 */
function csv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const used = columns.filter((c) => rows.some((r) => r[c] !== undefined && r[c] !== null && r[c] !== ''));
  return [used.join(','), ...rows.map((r) => used.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

function gtfsDate(d: LocalDate): string {
  return d.replace(/-/g, '');
}

/** The texts of the feed in each language (the feed's own is kk; ru and en are translations). */
function texts(
  src: FlexFeedSource,
  notice: FlexBookingNotice,
): {
  agencyName: Names;
  routeName: Names;
  routeDesc: Names;
  message: Names;
  areaName: Names;
  areaDesc: Names;
} {
  const n = src.region.names;
  const r = src.policy.rules;
  const base = src.baseUrl.replace(/\/+$/, '');
  const lead = (l: Language): string => durationText(r.minLeadMinutes * 60, l);
  const horizon = notice.prior_notice_start_day;
  const hullNote: Names =
    src.area.source === 'POLICY_POLYGON'
      ? {
          kk: 'Аймақты ЖАО қызмет ережелерінде белгілеген.',
          ru: 'Зону задал МИО в правилах обслуживания.',
          en: 'The area as the local executive body drew it in the service policy.',
        }
      : src.area.source === 'POLICY_POLYGON_HULL'
        ? {
            kk: 'Ережедегі көпбұрыш өзін-өзі қиып өтеді: оның дөңес қабығы жарияланды.',
            ru: 'Многоугольник из правил самопересекается: опубликована его выпуклая оболочка.',
            en: "The policy's polygon crosses itself: its convex hull is published.",
          }
        : {
            kk: 'Шамамен: қызмет көрсетілетін ҚАТО аумақтарындағы көшелер анықтамалығы нүктелерінің дөңес қабығы.',
            ru: 'Приблизительно: выпуклая оболочка точек справочника улиц в обслуживаемых территориях КАТО.',
            en: 'Approximate: the convex hull of the street gazetteer points in the served KATO areas.',
          };
  return {
    agencyName: { kk: `Инватакси: ${n.kk}`, ru: `Инватакси: ${n.ru}`, en: `Invataxi: ${n.en}` },
    routeName: {
      kk: `Инватакси, ${n.kk}: сұраныс бойынша тасымал`,
      ru: `Инватакси, ${n.ru}: перевозка по заказу`,
      en: `Invataxi, ${n.en}: rides on request`,
    },
    routeDesc: {
      kk: 'Мүгедектігі бар адамдарды өңір ережелері бойынша есіктен есікке дейін тасымалдау; арбаға арналған көліктер бар.',
      ru: 'Перевозка людей с инвалидностью от двери до двери по правилам региона; есть машины для колясок.',
      en: "Door-to-door rides for people with disabilities under the region's rules; wheelchair vehicles available.",
    },
    message: src.phone
      ? {
          kk: `Сапарға кемінде ${lead('kk')} қалғанда және ${horizon} күн бұрыннан ерте емес тапсырыс беріңіз: онлайн немесе ${src.phone} телефоны арқылы.`,
          ru: `Закажите не позже чем за ${lead('ru')} до поездки и не раньше чем за ${horizon} дн.: онлайн или по телефону ${src.phone}.`,
          en: `Book at least ${lead('en')} before the ride and at most ${horizon} days ahead, online or by phone on ${src.phone}.`,
        }
      : {
          kk: `Сапарға кемінде ${lead('kk')} қалғанда және ${horizon} күн бұрыннан ерте емес онлайн тапсырыс беріңіз: ${base}/book.`,
          ru: `Закажите онлайн не позже чем за ${lead('ru')} до поездки и не раньше чем за ${horizon} дн.: ${base}/book.`,
          en: `Book online at least ${lead('en')} before the ride and at most ${horizon} days ahead: ${base}/book.`,
        },
    areaName: {
      kk: `Қызмет аумағы: ${n.kk}`,
      ru: `Зона обслуживания: ${n.ru}`,
      en: `Service area: ${n.en}`,
    },
    areaDesc: hullNote,
  };
}

/**
 * The region's GTFS-Flex feed: one agency and one route for the region's invataxi; per group of
 * weekdays with the same hours a service_id in calendar.txt, and per service interval a trip
 * whose two stop_times rows are the service area with the interval as the pickup window (first
 * row, pickup only) and as the drop-off window (second row, drop-off only): the platform serves a
 * ride only wholly inside the hours (service-hours.ts). Both rows name the booking rule.
 */
export function buildFlexFeed(src: FlexFeedSource): FlexFeedFiles {
  const rules = src.policy.rules;
  const kato = src.region.kato;
  const notice = flexBookingNotice(rules);
  const t = texts(src, notice);
  const agencyId = `invataxi-${kato}`;
  const routeId = `invataxi-${kato}`;
  const locationId = `area-${kato}`;
  const bookingRuleId = `booking-${kato}`;
  const base = src.baseUrl.replace(/\/+$/, '');
  const phone = src.phone ?? undefined;

  const days = Math.max(GTFS_MIN_FEED_DAYS, rules.maxHorizonDays + 1);
  // A published next version ends this one: its days are not promised under these rules (a
  // version that starts later today leaves today in this feed).
  const lastDay = src.nextVersionFrom
    ? Math.min(days - 1, Math.max(0, daysBetweenLocalDates(src.from, src.nextVersionFrom) - 1))
    : days - 1;
  const until = addDaysToLocalDate(src.from, lastDay);

  const patterns = flexServicePatterns(rules.serviceHours);
  const trips = patterns.flatMap((p) =>
    p.intervals.map(([from, to]) => ({
      pattern: p,
      tripId: `${kato}-${p.serviceId}-${from.replace(':', '')}-${to.replace(':', '')}`,
      start: gtfsTime(minutesOf(from)),
      end: gtfsTime(minutesOf(to)),
    })),
  );

  const files: FlexFeedFiles = {};
  files['agency.txt'] = csv(
    ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang', 'agency_phone'],
    [
      {
        agency_id: agencyId,
        agency_name: t.agencyName[GTFS_FEED_LANG],
        agency_url: `${base}/`,
        agency_timezone: GTFS_TIMEZONE,
        agency_lang: GTFS_FEED_LANG,
        agency_phone: phone,
      },
    ],
  );
  files['routes.txt'] = csv(
    ['route_id', 'agency_id', 'route_long_name', 'route_desc', 'route_type', 'route_url'],
    [
      {
        route_id: routeId,
        agency_id: agencyId,
        route_long_name: t.routeName[GTFS_FEED_LANG],
        route_desc: t.routeDesc[GTFS_FEED_LANG],
        // 3 (bus): the reference has no taxi type; the GTFS-Flex examples publish on-demand service as 3.
        route_type: 3,
        route_url: `${base}/book`,
      },
    ],
  );
  files['trips.txt'] = csv(
    ['route_id', 'service_id', 'trip_id', 'wheelchair_accessible'],
    // 1: the service sends a vehicle with a wheelchair place to a rider who needs one.
    trips.map((tr) => ({
      route_id: routeId,
      service_id: tr.pattern.serviceId,
      trip_id: tr.tripId,
      wheelchair_accessible: 1,
    })),
  );
  files['stop_times.txt'] = csv(
    [
      'trip_id',
      'location_id',
      'stop_sequence',
      'start_pickup_drop_off_window',
      'end_pickup_drop_off_window',
      'pickup_type',
      'drop_off_type',
      'pickup_booking_rule_id',
      'drop_off_booking_rule_id',
    ],
    trips.flatMap((tr) => [
      // pickup_type/drop_off_type 2 = "must phone agency to arrange": booked ahead (with a window the
      // reference allows only 1 or 2; booking_rules says how: by booking_url, and by phone_number
      // when the feed has one); 1 = none here, so
      // the two rows of the same area and window never overlap in pickup or in drop-off.
      {
        trip_id: tr.tripId,
        location_id: locationId,
        stop_sequence: 1,
        start_pickup_drop_off_window: tr.start,
        end_pickup_drop_off_window: tr.end,
        pickup_type: 2,
        drop_off_type: 1,
        pickup_booking_rule_id: bookingRuleId,
      },
      {
        trip_id: tr.tripId,
        location_id: locationId,
        stop_sequence: 2,
        start_pickup_drop_off_window: tr.start,
        end_pickup_drop_off_window: tr.end,
        pickup_type: 1,
        drop_off_type: 2,
        drop_off_booking_rule_id: bookingRuleId,
      },
    ]),
  );
  files['calendar.txt'] = csv(
    ['service_id', ...CALENDAR_DAYS, 'start_date', 'end_date'],
    patterns.map((p) => ({
      service_id: p.serviceId,
      ...Object.fromEntries(CALENDAR_DAYS.map((d, i) => [d, p.weekdays.includes(i) ? 1 : 0])),
      start_date: gtfsDate(src.from),
      end_date: gtfsDate(until),
    })),
  );
  files['booking_rules.txt'] = csv(
    [
      'booking_rule_id',
      'booking_type',
      'prior_notice_duration_min',
      'prior_notice_last_day',
      'prior_notice_last_time',
      'prior_notice_start_day',
      'prior_notice_start_time',
      'message',
      'phone_number',
      'info_url',
      'booking_url',
    ],
    [
      {
        booking_rule_id: bookingRuleId,
        ...notice,
        message: t.message[GTFS_FEED_LANG],
        phone_number: phone,
        info_url: `${base}/`,
        booking_url: `${base}/book`,
      },
    ],
  );
  const translated: [string, string, string, Names][] = [
    ['agency', 'agency_name', agencyId, t.agencyName],
    ['routes', 'route_long_name', routeId, t.routeName],
    ['routes', 'route_desc', routeId, t.routeDesc],
    ['booking_rules', 'message', bookingRuleId, t.message],
  ];
  files['translations.txt'] = csv(
    ['table_name', 'field_name', 'language', 'translation', 'record_id'],
    translated.flatMap(([table, field, id, names]) =>
      (['ru', 'en'] as const).map((language) => ({
        table_name: table,
        field_name: field,
        language,
        translation: names[language],
        record_id: id,
      })),
    ),
  );
  files['feed_info.txt'] = csv(
    [
      'feed_publisher_name',
      'feed_publisher_url',
      'feed_lang',
      'feed_start_date',
      'feed_end_date',
      'feed_version',
      'feed_contact_url',
    ],
    [
      {
        feed_publisher_name: t.agencyName[GTFS_FEED_LANG],
        feed_publisher_url: `${base}/`,
        feed_lang: GTFS_FEED_LANG,
        feed_start_date: gtfsDate(src.from),
        feed_end_date: gtfsDate(until),
        feed_version: `${kato}-${src.policy.version === null ? 'national-default' : `policy-v${src.policy.version}`}-${gtfsDate(src.from)}`,
        feed_contact_url: `${base}/`,
      },
    ],
  );
  files['locations.geojson'] =
    JSON.stringify(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: locationId,
            properties: {
              stop_name: t.areaName[GTFS_FEED_LANG],
              stop_desc: t.areaDesc[GTFS_FEED_LANG],
              // Not GTFS fields: the same in Russian and English, and how the area was obtained.
              stop_name_ru: t.areaName.ru,
              stop_name_en: t.areaName.en,
              stop_desc_ru: t.areaDesc.ru,
              stop_desc_en: t.areaDesc.en,
              area_source: src.area.source,
              kato_areas: rules.serviceAreaKato,
            },
            geometry: { type: 'Polygon', coordinates: [src.area.ring] },
          },
        ],
      },
      null,
      2,
    ) + '\n';
  return files;
}
