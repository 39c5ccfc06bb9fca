/**
 * STAND-IN BEHAVIOUR: the rhythm of the simulated city's demand. When people book (mornings and
 * early evenings, hardly at night) and for when (haemodialysis and clinic arrivals in the
 * morning, returns at midday, rehabilitation and social errands through the day). Pure: the
 * simulator draws from it with its own seeded random source, and the unit tests check its shape.
 */
import type { TripPurpose } from '@invataxi/domain';

/** Booking requests the whole demo city places per hour, by local hour (0-23). */
export const REQUESTS_PER_HOUR: readonly number[] = [
  0, 0, 0, 0, 0, 0, 1, 4, 8, 9, 8, 7, 6, 6, 6, 5, 5, 6, 7, 5, 3, 1, 0, 0,
];

/** A kind of trip: its purpose, the anchor the rider gives, when it happens, and how often. */
export interface TripKind {
  purpose: TripPurpose;
  /** "get me there by" (DROPOFF) for appointments, "pick me up at" (PICKUP) otherwise. */
  anchor: 'PICKUP' | 'DROPOFF';
  /** Local minutes of the day between which the anchor time falls. */
  fromMinute: number;
  toMinute: number;
  /** Relative frequency. */
  weight: number;
  /** Minutes after the anchor when the return pick-up is wanted (null: one way). */
  returnAfterMinutes: number | null;
}

const h = (hour: number, minute = 0): number => hour * 60 + minute;

export const TRIP_KINDS: readonly TripKind[] = [
  // Haemodialysis: a morning session of about four hours, two or three times a week.
  {
    purpose: 'HAEMODIALYSIS',
    anchor: 'DROPOFF',
    fromMinute: h(7, 30),
    toMinute: h(9, 30),
    weight: 3,
    returnAfterMinutes: 240,
  },
  // Clinics: morning appointments, back home at midday.
  {
    purpose: 'MEDICAL',
    anchor: 'DROPOFF',
    fromMinute: h(8, 30),
    toMinute: h(11, 30),
    weight: 4,
    returnAfterMinutes: 90,
  },
  {
    purpose: 'REHABILITATION',
    anchor: 'DROPOFF',
    fromMinute: h(10),
    toMinute: h(15),
    weight: 2,
    returnAfterMinutes: 120,
  },
  {
    purpose: 'SOCIAL_SERVICES',
    anchor: 'PICKUP',
    fromMinute: h(10),
    toMinute: h(17),
    weight: 2,
    // Two hours: the way there may take until its latest drop-off (15 min late, the longest ride),
    // and the platform takes no return whose vehicle may come before that (OVERLAPPING_BOOKING).
    returnAfterMinutes: 120,
  },
  {
    purpose: 'EDUCATION',
    anchor: 'DROPOFF',
    fromMinute: h(8),
    toMinute: h(9),
    weight: 1,
    returnAfterMinutes: 420,
  },
  {
    purpose: 'WORK',
    anchor: 'DROPOFF',
    fromMinute: h(8),
    toMinute: h(9, 30),
    weight: 1,
    returnAfterMinutes: 510,
  },
  {
    purpose: 'CULTURE_SPORT',
    anchor: 'PICKUP',
    fromMinute: h(15),
    toMinute: h(19),
    weight: 1,
    returnAfterMinutes: null,
  },
];

/** A random source in [0, 1): Math.random in the demo, a seeded one in the tests. */
export type Random = () => number;

/** A small seeded generator (mulberry32): the same seed draws the same city. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many requests arrive in `minutes` from local minute `atMinute`: a Poisson draw at the hour's rate. */
export function requestsIn(atMinute: number, minutes: number, random: Random): number {
  const rate = ((REQUESTS_PER_HOUR[Math.floor(atMinute / 60) % 24] ?? 0) * minutes) / 60;
  // Knuth's method: fine for the small rates of one tick.
  const limit = Math.exp(-rate);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

export interface DrawnTrip {
  kind: TripKind;
  /** 0: today (same-day), 1: tomorrow. */
  dayOffset: 0 | 1;
  /** Local minutes of the anchor time on that day. */
  minute: number;
}

function pickKind(random: Random, kinds: readonly TripKind[]): TripKind {
  const total = kinds.reduce((s, k) => s + k.weight, 0);
  let r = random() * total;
  for (const k of kinds) {
    r -= k.weight;
    if (r < 0) return k;
  }
  return kinds[kinds.length - 1]!;
}

/**
 * One request placed at local minute `nowMinute`: what it is for and when. About a third are
 * same-day where the kind's hours still leave `leadMinutes` (a ride for later today), the rest
 * for tomorrow, as most people still book a day ahead. Times fall on 5-minute marks.
 */
export function drawTrip(nowMinute: number, leadMinutes: number, random: Random): DrawnTrip {
  const earliestToday = nowMinute + leadMinutes;
  const sameDayKinds = TRIP_KINDS.filter((k) => k.toMinute >= earliestToday);
  const sameDay = sameDayKinds.length > 0 && random() < 0.35;
  const kind = pickKind(random, sameDay ? sameDayKinds : TRIP_KINDS);
  const from = sameDay ? Math.max(kind.fromMinute, earliestToday) : kind.fromMinute;
  const minute = Math.ceil((from + random() * (kind.toMinute - from)) / 5) * 5;
  return { kind, dayOffset: sameDay ? 0 : 1, minute };
}
