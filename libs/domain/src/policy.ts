// A region's service policy: the rules the LEB officer sets (DESIGN.md, "service policy";
// issue 3, "Regional service policy"). Stored as JSON in effective-dated versions, never edited
// in place, so everything here is plain JSON: no Date, no Map, dates as ISO strings.
// Where DOMAIN.md marks a number as unverified, it is a default here, never a constant.
import type { FieldError, JsonValue } from './domain-error';
import type { LocalDate, LocalTime } from './time';
import { isValidLocalDate, parseLocalTime } from './time';
import type { DisabilityCategory, EligibilityNeed, TripPurpose } from './vocabulary';
import { DISABILITY_CATEGORIES, ELIGIBILITY_NEEDS, TRIP_PURPOSES } from './vocabulary';
import { isValidKato } from './kato';

/**
 * One extra ground of eligibility, with the act that grants it (paragraph 31 of the Rules lets
 * an akimat add categories). `from`/`until` (local dates, inclusive) let a grant start or end
 * inside one policy version.
 */
export type EligibilityGrant =
  | { kind: 'CATEGORY'; category: DisabilityCategory; act: string; from?: LocalDate; until?: LocalDate }
  | {
      kind: 'NEED';
      need: EligibilityNeed;
      /** Only persons younger than this many years (e.g. 18 for "children with ..."). */
      underAgeYears?: number;
      act: string;
      from?: LocalDate;
      until?: LocalDate;
    };

/** [from, to) in local wall-clock time, 'HH:MM'; to may be '24:00'. No interval crosses midnight. */
export type ServiceInterval = [LocalTime, LocalTime];

/** N no-shows within M days suspend the person for D days (issue 3; unverified in the Rules). */
export interface NoShowRule {
  count: number;
  windowDays: number;
  suspensionDays: number;
}

export interface TimeWindowWidths {
  /** "Pick me up at T": the vehicle may arrive from T - before to T + after. */
  pickupBeforeMinutes: number;
  pickupAfterMinutes: number;
  /** "Get me there by T": arrival from T - before to T + after (after is usually 0). */
  dropoffBeforeMinutes: number;
  dropoffAfterMinutes: number;
}

/** Maximum ride time = factor x direct travel time + plusMinutes. */
export interface MaxRideTime {
  factor: number;
  plusMinutes: number;
}

export interface ServicePolicyRules {
  /** Disability categories eligible by themselves (Rules, paragraph 23, as the region applies it). */
  eligibleCategories: DisabilityCategory[];
  /** Further grounds, each with the act that grants it. */
  eligibilityGrants: EligibilityGrant[];
  /** Trips per local month; null = unlimited. */
  tripsPerMonth: number | null;
  allowedPurposes: TripPurpose[];
  /**
   * Priority tiers for waitlisted and awaiting bookings: earlier tiers first; purposes within a
   * tier and purposes in no tier are equal, first come first served (Karasay practice names
   * work, study and haemodialysis first without ranking them among themselves).
   */
  purposePriorityTiers: TripPurpose[][];
  minLeadMinutes: number;
  maxHorizonDays: number;
  /** Seven entries, 0 = Monday ... 6 = Sunday; each a list of local intervals; [] = closed. */
  serviceHours: ServiceInterval[][];
  /** KATO area codes the service covers (a region, district, sub-level or settlement code). */
  serviceAreaKato: string[];
  /** Optional ring of [lon, lat] (WGS 84) that both points must also be inside. */
  serviceAreaPolygon: [number, number][] | null;
  /** A cancellation less than this many minutes before the pickup window opens is late. */
  lateCancelMinutes: number;
  /** null = no-shows never suspend. */
  noShowRule: NoShowRule | null;
  /** The driver waits at least this long after the window opens and arrival before NO_SHOW. */
  noShowWaitMinutes: number;
  /**
   * A no-show is taken only with the vehicle's pings within this many metres of the pickup for
   * the whole wait (issue 23). Missing in versions written before it: 150 m applies.
   */
  noShowRadiusMetres?: number;
  /**
   * A rider may dispute a no-show until this many days after the day it was recorded (issue 23).
   * Missing in versions written before it: 14 days apply (NO_SHOW_DISPUTE_DAYS_DEFAULT).
   */
  noShowDisputeDays?: number;
  /** The most companions any ride may carry (the person's entitlement may be lower). */
  maxCompanions: number;
  timeWindows: TimeWindowWidths;
  maxRideTime: MaxRideTime;
  boardingSeconds: { default: number; wheelchair: number };
  /**
   * The number a person calls to book (the region's dispatch centre), as riders dial it; published
   * in the region's GTFS-Flex feed (issue 25). Optional: versions published before it have none.
   */
  bookingPhone?: string | null;
  /**
   * The shortest period a procurement lot may buy, in days (issue 20: three weeks of rides is not
   * a purchase). The officer's period for a lot is refused below it.
   */
  procurementMinLotDays: number;
  /**
   * A lot's default period is the rest of the budget year (the calendar year); from this month
   * (1-12) on, when too little of the year is left, it runs to the end of the next budget year.
   */
  procurementNextYearFromMonth: number;
}

const ALL_DAY: ServiceInterval[] = [['00:00', '24:00']];
const OFFICE_HOURS: ServiceInterval[] = [['09:00', '18:00']];

const RULES_859_P23 = 'Order No. 859 of 01.11.2013 (Rules for transporting persons with disabilities), p. 23';

/**
 * What a region starts from (DOMAIN.md, "Who may ride" and "Booking today"). Every number
 * marked (unverified) is not in a confirmed public source and is only a starting value that the
 * LEB officer must confirm for the region.
 */
export const NATIONAL_DEFAULT_POLICY: ServicePolicyRules = {
  // Group 1 and group 2, and children with a disability under 18 (all child categories).
  eligibleCategories: [
    'CHILD_UNDER_7',
    'CHILD_GROUP_1',
    'CHILD_GROUP_2',
    'CHILD_GROUP_3',
    'ADULT_GROUP_1',
    'ADULT_GROUP_2',
  ],
  eligibilityGrants: [
    { kind: 'NEED', need: 'WHEELCHAIR_USER', act: RULES_859_P23 },
    { kind: 'NEED', need: 'SEVERE_MENTAL_DISORDER', act: RULES_859_P23 },
    // Regional practice (Shymkent, Pavlodar, Atyrau), not confirmed as a national rule.
    {
      kind: 'NEED',
      need: 'VISUAL_IMPAIRMENT',
      act: 'Regional practice: Shymkent, Pavlodar, Atyrau (unverified as national)',
    },
  ],
  // (unverified) Current quotas are regional; Almaty had 10 a month in 2013.
  tripsPerMonth: null,
  allowedPurposes: [...TRIP_PURPOSES],
  // Karasay district practice: work, study and haemodialysis first.
  purposePriorityTiers: [['WORK', 'EDUCATION', 'HAEMODIALYSIS']],
  minLeadMinutes: 60, // (unverified) issue 3 example: 1 hour
  maxHorizonDays: 14, // (unverified) issue 3 example: 14 days
  // Astana 2024: 09:00-18:00; weekends closed is an assumption (unverified). Almaty has been 24/7
  // since December 2025: ALL_DAY_SERVICE_HOURS.
  serviceHours: [OFFICE_HOURS, OFFICE_HOURS, OFFICE_HOURS, OFFICE_HOURS, OFFICE_HOURS, [], []],
  serviceAreaKato: [], // set per region: the region's own KATO code at least
  serviceAreaPolygon: null,
  lateCancelMinutes: 120, // (unverified)
  noShowRule: { count: 3, windowDays: 30, suspensionDays: 14 }, // (unverified)
  noShowWaitMinutes: 5, // (unverified)
  noShowRadiusMetres: 150, // (unverified) issue 23 example: 150 m
  noShowDisputeDays: 14, // (unverified) issue 23 brief: e.g. 14 days
  maxCompanions: 1, // (unverified) one personal assistant
  timeWindows: {
    pickupBeforeMinutes: 0, // (unverified)
    pickupAfterMinutes: 15, // (unverified)
    dropoffBeforeMinutes: 30, // (unverified)
    dropoffAfterMinutes: 0,
  },
  maxRideTime: { factor: 1.5, plusMinutes: 15 }, // (unverified)
  boardingSeconds: { default: 120, wheelchair: 300 }, // (unverified)
  // The law fixes no period for invataxi procurement (DOMAIN.md, "Still unknown"): a choice.
  procurementMinLotDays: 30,
  procurementNextYearFromMonth: 10,
};

/**
 * The rules of a region whose LEB has published none yet: the national defaults, serving the
 * region itself (decision for issue 3: a person is not refused a dialysis trip because the akimat
 * has not yet published its rules). One definition for the API's checks and the dispatcher's.
 */
export function nationalDefaultRulesFor(regionKato: string): ServicePolicyRules {
  return { ...NATIONAL_DEFAULT_POLICY, serviceAreaKato: [regionKato] };
}

/** Service hours for a round-the-clock service (Almaty since December 2025). */
export const ALL_DAY_SERVICE_HOURS: ServiceInterval[][] = [
  ALL_DAY,
  ALL_DAY,
  ALL_DAY,
  ALL_DAY,
  ALL_DAY,
  ALL_DAY,
  ALL_DAY,
];

// ---------------------------------------------------------------------------------------------
// Validation: field-level errors the API turns into a 400.

export type PolicyValidation = { ok: true; rules: ServicePolicyRules } | { ok: false; errors: FieldError[] };

type Obj = { [key: string]: unknown };

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Checker {
  readonly errors: FieldError[] = [];

  fail(field: string, code: string, message?: string): void {
    this.errors.push(message ? { field, code, message } : { field, code });
  }

  int(obj: Obj, key: string, path: string, min: number, max: number): void {
    const v = obj[key];
    if (v === undefined) return this.fail(path, 'REQUIRED');
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.fail(path, 'NOT_AN_INTEGER');
    if (v < min || v > max) this.fail(path, 'OUT_OF_RANGE', `between ${min} and ${max}`);
  }

  num(obj: Obj, key: string, path: string, min: number, max: number): void {
    const v = obj[key];
    if (v === undefined) return this.fail(path, 'REQUIRED');
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(path, 'NOT_A_NUMBER');
    if (v < min || v > max) this.fail(path, 'OUT_OF_RANGE', `between ${min} and ${max}`);
  }

  obj(obj: Obj, key: string, path: string): Obj | null {
    const v = obj[key];
    if (v === undefined) {
      this.fail(path, 'REQUIRED');
      return null;
    }
    if (!isObj(v)) {
      this.fail(path, 'NOT_AN_OBJECT');
      return null;
    }
    return v;
  }

  arr(obj: Obj, key: string, path: string): unknown[] | null {
    const v = obj[key];
    if (v === undefined) {
      this.fail(path, 'REQUIRED');
      return null;
    }
    if (!Array.isArray(v)) {
      this.fail(path, 'NOT_AN_ARRAY');
      return null;
    }
    return v;
  }

  enumList<T extends string>(
    obj: Obj,
    key: string,
    path: string,
    allowed: readonly T[],
    nonEmpty: boolean,
  ): void {
    const list = this.arr(obj, key, path);
    if (!list) return;
    if (nonEmpty && list.length === 0) this.fail(path, 'EMPTY');
    const seen = new Set<unknown>();
    list.forEach((v, i) => {
      if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
        this.fail(`${path}[${i}]`, 'UNKNOWN_VALUE');
      else if (seen.has(v)) this.fail(`${path}[${i}]`, 'DUPLICATE');
      seen.add(v);
    });
  }

  optionalDate(obj: Obj, key: string, path: string): void {
    const v = obj[key];
    if (v === undefined) return;
    if (typeof v !== 'string' || !isValidLocalDate(v)) this.fail(path, 'NOT_A_DATE');
  }
}

/** A dialable number as riders write it (GTFS "Phone number": punctuation allowed, no other text). */
const BOOKING_PHONE = /^\+?[0-9][0-9 ()-]{4,23}$/;

const KNOWN_KEYS: readonly (keyof ServicePolicyRules)[] = [
  'eligibleCategories',
  'eligibilityGrants',
  'tripsPerMonth',
  'allowedPurposes',
  'purposePriorityTiers',
  'minLeadMinutes',
  'maxHorizonDays',
  'serviceHours',
  'serviceAreaKato',
  'serviceAreaPolygon',
  'lateCancelMinutes',
  'noShowRule',
  'noShowWaitMinutes',
  'noShowRadiusMetres',
  'noShowDisputeDays',
  'maxCompanions',
  'timeWindows',
  'maxRideTime',
  'boardingSeconds',
  'bookingPhone',
  'procurementMinLotDays',
  'procurementNextYearFromMonth',
];

/** Rules added after versions were stored: a version that omits them takes the national default. */
const DEFAULTED_KEYS = ['procurementMinLotDays', 'procurementNextYearFromMonth'] as const;

/** Checks a policy as received (any JSON); returns the typed rules or every broken field. */
export function validatePolicyRules(input: unknown): PolicyValidation {
  const c = new Checker();
  if (!isObj(input)) {
    c.fail('', 'NOT_AN_OBJECT');
    return { ok: false, errors: c.errors };
  }
  for (const key of Object.keys(input)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) c.fail(key, 'UNKNOWN_FIELD');
  }

  c.enumList(input, 'eligibleCategories', 'eligibleCategories', DISABILITY_CATEGORIES, false);
  const grants = c.arr(input, 'eligibilityGrants', 'eligibilityGrants');
  grants?.forEach((g, i) => {
    const p = `eligibilityGrants[${i}]`;
    if (!isObj(g)) return c.fail(p, 'NOT_AN_OBJECT');
    if (typeof g.act !== 'string' || g.act.trim() === '')
      c.fail(`${p}.act`, 'REQUIRED', 'the act that grants it');
    c.optionalDate(g, 'from', `${p}.from`);
    c.optionalDate(g, 'until', `${p}.until`);
    if (typeof g.from === 'string' && typeof g.until === 'string' && g.from > g.until)
      c.fail(`${p}.until`, 'BEFORE_FROM');
    if (g.kind === 'CATEGORY') {
      if (
        typeof g.category !== 'string' ||
        !(DISABILITY_CATEGORIES as readonly string[]).includes(g.category)
      )
        c.fail(`${p}.category`, 'UNKNOWN_VALUE');
    } else if (g.kind === 'NEED') {
      if (typeof g.need !== 'string' || !(ELIGIBILITY_NEEDS as readonly string[]).includes(g.need))
        c.fail(`${p}.need`, 'UNKNOWN_VALUE');
      if (g.underAgeYears !== undefined) c.int(g, 'underAgeYears', `${p}.underAgeYears`, 1, 150);
    } else {
      c.fail(`${p}.kind`, 'UNKNOWN_VALUE', 'CATEGORY or NEED');
    }
  });

  if (input.tripsPerMonth === undefined)
    c.fail('tripsPerMonth', 'REQUIRED', 'a number, or null for unlimited');
  else if (input.tripsPerMonth !== null) c.int(input, 'tripsPerMonth', 'tripsPerMonth', 0, 10_000);

  c.enumList(input, 'allowedPurposes', 'allowedPurposes', TRIP_PURPOSES, true);
  const tiers = c.arr(input, 'purposePriorityTiers', 'purposePriorityTiers');
  if (tiers) {
    const seen = new Set<string>();
    tiers.forEach((tier, i) => {
      if (!Array.isArray(tier)) return c.fail(`purposePriorityTiers[${i}]`, 'NOT_AN_ARRAY');
      tier.forEach((v: unknown, j) => {
        const p = `purposePriorityTiers[${i}][${j}]`;
        if (typeof v !== 'string' || !(TRIP_PURPOSES as readonly string[]).includes(v))
          c.fail(p, 'UNKNOWN_VALUE');
        else if (seen.has(v)) c.fail(p, 'DUPLICATE');
        else seen.add(v);
      });
    });
  }

  c.int(input, 'minLeadMinutes', 'minLeadMinutes', 0, 7 * 24 * 60);
  c.int(input, 'maxHorizonDays', 'maxHorizonDays', 0, 366);
  if (
    typeof input.minLeadMinutes === 'number' &&
    typeof input.maxHorizonDays === 'number' &&
    input.minLeadMinutes > (input.maxHorizonDays + 1) * 24 * 60
  ) {
    c.fail('minLeadMinutes', 'BEYOND_HORIZON', 'the lead time leaves no bookable day');
  }

  const hours = c.arr(input, 'serviceHours', 'serviceHours');
  if (hours) {
    if (hours.length !== 7) c.fail('serviceHours', 'NOT_SEVEN_DAYS', '0 = Monday ... 6 = Sunday');
    hours.forEach((day, d) => {
      const p = `serviceHours[${d}]`;
      if (!Array.isArray(day)) return c.fail(p, 'NOT_AN_ARRAY');
      let lastEnd = -1;
      day.forEach((iv: unknown, k) => {
        const q = `${p}[${k}]`;
        if (!Array.isArray(iv) || iv.length !== 2 || typeof iv[0] !== 'string' || typeof iv[1] !== 'string')
          return c.fail(q, 'NOT_AN_INTERVAL', "['HH:MM', 'HH:MM']");
        const from = parseLocalTime(iv[0]);
        const to = parseLocalTime(iv[1], true);
        if (from === null) return c.fail(`${q}[0]`, 'NOT_A_TIME');
        if (to === null) return c.fail(`${q}[1]`, 'NOT_A_TIME');
        if (to <= from) return c.fail(q, 'EMPTY_INTERVAL', 'split an interval that crosses midnight');
        if (from < lastEnd) c.fail(q, 'OVERLAPS_PREVIOUS', 'intervals in ascending order, not overlapping');
        lastEnd = to;
      });
    });
  }

  const area = c.arr(input, 'serviceAreaKato', 'serviceAreaKato');
  area?.forEach((code, i) => {
    if (typeof code !== 'string' || !isValidKato(code)) c.fail(`serviceAreaKato[${i}]`, 'NOT_A_KATO_CODE');
  });
  if (input.serviceAreaPolygon === undefined)
    c.fail('serviceAreaPolygon', 'REQUIRED', 'a ring of [lon, lat], or null');
  else if (input.serviceAreaPolygon !== null) {
    const ring = input.serviceAreaPolygon;
    if (!Array.isArray(ring)) c.fail('serviceAreaPolygon', 'NOT_AN_ARRAY');
    else {
      if (ring.length < 3) c.fail('serviceAreaPolygon', 'TOO_FEW_POINTS', 'at least 3 points');
      ring.forEach((pt: unknown, i) => {
        const ok =
          Array.isArray(pt) &&
          pt.length === 2 &&
          typeof pt[0] === 'number' &&
          typeof pt[1] === 'number' &&
          Math.abs(pt[0]) <= 180 &&
          Math.abs(pt[1]) <= 90;
        if (!ok) c.fail(`serviceAreaPolygon[${i}]`, 'NOT_A_POINT', '[lon, lat]');
      });
    }
  }
  if (Array.isArray(area) && area.length === 0 && input.serviceAreaPolygon === null)
    c.fail('serviceAreaKato', 'EMPTY', 'a service area needs KATO codes or a polygon');

  c.int(input, 'lateCancelMinutes', 'lateCancelMinutes', 0, 7 * 24 * 60);
  if (input.noShowRule === undefined) c.fail('noShowRule', 'REQUIRED', 'a rule, or null for none');
  else if (input.noShowRule !== null) {
    const r = c.obj(input, 'noShowRule', 'noShowRule');
    if (r) {
      c.int(r, 'count', 'noShowRule.count', 1, 1000);
      c.int(r, 'windowDays', 'noShowRule.windowDays', 1, 3660);
      c.int(r, 'suspensionDays', 'noShowRule.suspensionDays', 1, 3660);
    }
  }
  c.int(input, 'noShowWaitMinutes', 'noShowWaitMinutes', 0, 120);
  if (input.noShowRadiusMetres !== undefined)
    c.int(input, 'noShowRadiusMetres', 'noShowRadiusMetres', 20, 2000);
  if (input.noShowDisputeDays !== undefined) c.int(input, 'noShowDisputeDays', 'noShowDisputeDays', 1, 365);
  c.int(input, 'maxCompanions', 'maxCompanions', 0, 10);
  const tw = c.obj(input, 'timeWindows', 'timeWindows');
  if (tw) {
    for (const k of [
      'pickupBeforeMinutes',
      'pickupAfterMinutes',
      'dropoffBeforeMinutes',
      'dropoffAfterMinutes',
    ]) {
      c.int(tw, k, `timeWindows.${k}`, 0, 24 * 60);
    }
    if (tw.pickupBeforeMinutes === 0 && tw.pickupAfterMinutes === 0)
      c.fail('timeWindows', 'ZERO_PICKUP_WINDOW');
  }
  const mrt = c.obj(input, 'maxRideTime', 'maxRideTime');
  if (mrt) {
    c.num(mrt, 'factor', 'maxRideTime.factor', 1, 10);
    c.int(mrt, 'plusMinutes', 'maxRideTime.plusMinutes', 0, 24 * 60);
  }
  const bs = c.obj(input, 'boardingSeconds', 'boardingSeconds');
  if (bs) {
    c.int(bs, 'default', 'boardingSeconds.default', 0, 3600);
    c.int(bs, 'wheelchair', 'boardingSeconds.wheelchair', 0, 3600);
  }

  const phone = input.bookingPhone;
  if (phone !== undefined && phone !== null && (typeof phone !== 'string' || !BOOKING_PHONE.test(phone)))
    c.fail('bookingPhone', 'NOT_A_PHONE', "digits, spaces, '-', '(', ')' and a leading '+'");
  const filled: Obj = { ...input };
  for (const k of DEFAULTED_KEYS) filled[k] ??= NATIONAL_DEFAULT_POLICY[k];
  c.int(filled, 'procurementMinLotDays', 'procurementMinLotDays', 1, 366);
  c.int(filled, 'procurementNextYearFromMonth', 'procurementNextYearFromMonth', 1, 12);

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, rules: filled as unknown as ServicePolicyRules };
}

// ---------------------------------------------------------------------------------------------
// Diff: "preview what changes" before the officer publishes a new version.

export interface PolicyChange {
  /** Dotted path of the field, e.g. "timeWindows.pickupAfterMinutes" or "serviceHours[5]". */
  field: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
  /** For lists: the elements only in `after` / only in `before` (order changes show neither). */
  added?: JsonValue[];
  removed?: JsonValue[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffValues(
  path: string,
  a: JsonValue | undefined,
  b: JsonValue | undefined,
  out: PolicyChange[],
): void {
  if (same(a, b)) return;
  if (a !== undefined && b !== undefined && isObj(a) && isObj(b)) {
    const aObj = a as { [k: string]: JsonValue };
    const bObj = b as { [k: string]: JsonValue };
    const keys = [...new Set([...Object.keys(aObj), ...Object.keys(bObj)])];
    for (const k of keys) diffValues(path ? `${path}.${k}` : k, aObj[k], bObj[k], out);
    return;
  }
  // Service hours read per weekday: "Saturday now 10:00-16:00" rather than one big list.
  if (path === 'serviceHours' && Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((day, i) => diffValues(`${path}[${i}]`, day, b[i], out));
    return;
  }
  const change: PolicyChange = { field: path, before: a, after: b };
  if (Array.isArray(a) && Array.isArray(b)) {
    const aKeys = new Set(a.map((x) => JSON.stringify(x)));
    const bKeys = new Set(b.map((x) => JSON.stringify(x)));
    change.added = b.filter((x) => !aKeys.has(JSON.stringify(x)));
    change.removed = a.filter((x) => !bKeys.has(JSON.stringify(x)));
  }
  out.push(change);
}

/** Field-by-field changes from `before` to `after`, in field order; [] when equal. */
export function diffPolicies(before: ServicePolicyRules, after: ServicePolicyRules): PolicyChange[] {
  const out: PolicyChange[] = [];
  diffValues('', before as unknown as JsonValue, after as unknown as JsonValue, out);
  return out;
}
