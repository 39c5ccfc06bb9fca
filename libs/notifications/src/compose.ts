// Turns a booking into the values a template may use: nothing else of the booking can leak.
import {
  bookableFromDate,
  localDateOf,
  localTimeOf,
  minutesLateAsShown,
  type Language,
  type LocalDate,
  type NoShowDisputeRejection,
} from '@invataxi/domain';
import type { NotificationKind } from './kinds';
import { countSegments, type SegmentCount } from './segments';
import { shortDate } from './schedule';
import {
  addressFragment,
  ARRIVE_BY,
  DISPUTE_REJECTION_TEXTS,
  isUrgentAtPlace,
  procurementSituation,
  PROCUREMENT_PHONE,
  LATE_ARRIVAL,
  reasonText,
  renderTemplate,
  type PairSituation,
  type TemplateParams,
} from './templates';

/** The booking fields a message may draw on (read from the row when the message is planned). */
export interface RideFacts {
  /** What the rider booked: the pickup time ("pick me up at") or the arrival ("get me there by"). */
  requestedTime: Date;
  pickupEarliest: Date;
  pickupLatest: Date;
  /** The planned pickup: what the rider's page shows as "vehicle planned at". */
  plannedPickupAt: Date | null;
  pickupAddress: string;
  dropoffAddress: string;
  statusReason: string | null;
  /** A rejected no-show dispute: why (NO_SHOW_DISPUTE_REJECTIONS); the decider's note is never sent. */
  noShowDisputeReason?: NoShowDisputeRejection | null;
  /** PICKUP: "pick me up at" requestedTime; DROPOFF: "get me there by" requestedTime. */
  timeAnchor?: string;
  /** The planned arrival (drop-off). */
  plannedDropoffAt?: Date | null;
}

/**
 * Whole minutes the planned arrival falls after the rider's "arrive by" time (issue 18: a
 * dialysis rider due at 08:00 planned to arrive 08:09 was not warned); 0 when in time or the
 * rider booked a pickup time.
 */
export function minutesAfterArriveBy(ride: RideFacts): number {
  if (ride.timeAnchor !== 'DROPOFF' || !ride.plannedDropoffAt) return 0;
  // Counted as the times read (HH:MM) and as the dispatcher's override preview counts it (t18-4).
  return minutesLateAsShown(ride.plannedDropoffAt.getTime(), ride.requestedTime.getTime());
}

/** The other leg of a ride there and back, when the two are in different states. */
export interface PairFacts {
  situation: PairSituation;
  requestedTime: Date;
}

export interface ComposedMessage {
  text: string;
  segments: SegmentCount;
}

/** 'DD.MM HH:MM', local: a ride's date and booked time. */
export function rideWhen(t: Date): string {
  return `${shortDate(localDateOf(t))} ${localTimeOf(t)}`;
}

/** The other leg's time, with its date only when that differs from this leg's. */
function otherLegWhen(self: Date, other: Date): string {
  return localDateOf(self) === localDateOf(other) ? localTimeOf(other) : rideWhen(other);
}

/**
 * The ride as the rider knows it: '08.12 09:30, ул. Кенесары 40 → Клиника'. A ride booked by
 * its arrival says so ('08.12, прибытие к 11:00, …'), or "the vehicle comes at about 10:06" of
 * an "11:00" ride reads as an hour early (t22 finding 13).
 */
export function rideLabel(ride: RideFacts, lang: Language): string {
  const arrow = lang === 'en' ? ' to ' : ' → ';
  const when =
    ride.timeAnchor === 'DROPOFF'
      ? `${shortDate(localDateOf(ride.requestedTime))}, ${ARRIVE_BY[lang].replace('{time}', localTimeOf(ride.requestedTime))}`
      : rideWhen(ride.requestedTime);
  return `${when}, ${addressFragment(ride.pickupAddress)}${arrow}${addressFragment(ride.dropoffAddress)}`;
}

/**
 * When the vehicle comes, as the rider's page says it: the planned pickup once the ride is
 * planned, the pickup window before. One source for the SMS and the page (issue 18: an SMS
 * saying "from 07:28", the window's start, against the page's planned 08:18).
 */
export function pickupText(ride: RideFacts): string {
  return ride.plannedPickupAt
    ? localTimeOf(ride.plannedPickupAt)
    : `${localTimeOf(ride.pickupEarliest)}-${localTimeOf(ride.pickupLatest)}`;
}

/** 'YYYY-MM-DD' -> 'DD.MM.YYYY': a date that may lie in another year (the expected service date). */
export function fullDate(date: LocalDate): string {
  return `${shortDate(date)}.${date.slice(0, 4)}`;
}

export function rideParams(
  ride: RideFacts,
  lang: Language,
  minutes?: number,
  pair?: PairFacts,
  expected?: LocalDate | null,
): TemplateParams {
  return {
    date: shortDate(localDateOf(ride.requestedTime)),
    ride: rideLabel(ride, lang),
    time: localTimeOf(ride.requestedTime),
    pickup: pickupText(ride),
    reason: ride.noShowDisputeReason
      ? DISPUTE_REJECTION_TEXTS[ride.noShowDisputeReason][lang]
      : reasonText(ride.statusReason, lang),
    ...(pair ? { other: otherLegWhen(ride.requestedTime, pair.requestedTime) } : {}),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(expected ? { expected: fullDate(expected) } : {}),
  };
}

/** What a procurement message needs of the region's policy (walk 20). */
export interface ProcurementBookingRules {
  /** The local date the message is composed on. */
  today: LocalDate;
  /** policy.maxHorizonDays: a ride can be booked at most this many days ahead. */
  maxHorizonDays: number;
  /** policy.bookingPhone, null when the region has none. */
  phone: string | null;
  /** The booking's request is awarded: a provider is chosen and starting (providerChosenForBooking). */
  providerChosen?: boolean;
}

/** A street's kind before its name, the first thing an urgent SMS leaves out of a long place. */
const STREET_WORD =
  /^(ул\.|улица|пр\.|пр-т|проспект|мкр\.?|микрорайон|көш\.|көшесі|даңғ\.|даңғылы|st\.|street|ave\.?|avenue)\s+/i;

/**
 * An urgent message with the pickup's place beside the ride's time, when it fits one SMS part
 * with the place whole (addressFragment, or without its leading street word: "ул.", "улица",
 * "даңғылы"...); null when it does not: the time alone then names the ride (never a street cut
 * inside its name, walk F16).
 */
function urgentAtPlace(
  kind: NotificationKind,
  lang: Language,
  params: TemplateParams,
  pickupAddress: string,
): string | null {
  const place = addressFragment(pickupAddress);
  const bare = place.replace(STREET_WORD, '');
  for (const p of [place, bare].filter((x, i) => x && (i === 0 || x !== place))) {
    const text = renderTemplate(kind, lang, { ...params, place: p });
    if (countSegments(text).segments === 1) return text;
  }
  return null;
}

/**
 * The day-of messages name the ride by its time; for a ride booked by its arrival that time is
 * the pickup the rider was given, not the "arrive by" (walk t23 M5: "машина на поездку 10:20 будет
 * через 8 мин" for a 09:36 pickup read as a ride at 10:20). A ride booked by its pickup keeps
 * the time booked.
 */
const NAMED_BY_PICKUP: readonly NotificationKind[] = ['VEHICLE_ARRIVING', 'VEHICLE_LATE', 'DRIVER_ARRIVED'];

function dayOfRideTime(ride: RideFacts): string {
  return localTimeOf(
    ride.timeAnchor === 'DROPOFF' && ride.plannedPickupAt ? ride.plannedPickupAt : ride.requestedTime,
  );
}

/** Messages that give the rider a planned time, and so say when it makes the rider late. */
const LATE_ARRIVAL_KINDS: readonly NotificationKind[] = ['BOOKING_SCHEDULED', 'PICKUP_TIME_CHANGED'];

export function composeMessage(
  kind: NotificationKind,
  lang: Language,
  ride: RideFacts,
  minutes?: number,
  pair?: PairFacts,
  /** AWAITING_PROCUREMENT: the date service is expected from (null: not known). */
  expected?: LocalDate | null,
  /** AWAITING_PROCUREMENT: the region's booking rules, to say when the expected date opens. */
  booking?: ProcurementBookingRules,
  /** VEHICLE_LATE: the new estimate, said as the pickup time. */
  statedPickupAt?: Date,
): ComposedMessage {
  const chosen = booking?.providerChosen ?? false;
  const bookFrom =
    expected && booking && !chosen ? bookableFromDate(expected, booking.today, booking.maxHorizonDays) : null;
  const situation =
    kind === 'AWAITING_PROCUREMENT'
      ? procurementSituation(localDateOf(ride.requestedTime), expected ?? null, bookFrom, chosen)
      : null;
  const params: TemplateParams = {
    ...rideParams(ride, lang, minutes, pair, expected),
    ...(bookFrom ? { bookFrom: fullDate(bookFrom) } : {}),
    ...(NAMED_BY_PICKUP.includes(kind) ? { time: dayOfRideTime(ride) } : {}),
    ...(statedPickupAt ? { pickup: localTimeOf(statedPickupAt) } : {}),
  };
  const rendered =
    (isUrgentAtPlace(kind) && !pair && urgentAtPlace(kind, lang, params, ride.pickupAddress)) ||
    renderTemplate(kind, lang, params, pair?.situation, situation);
  // A phone only where the region has one (walk 20: "call the dispatcher" where there is none).
  const phone =
    situation === 'BEFORE_EXPECTED' || situation === 'BEFORE_EXPECTED_BOOK_FROM' ? booking?.phone : null;
  const text = phone ? `${rendered} ${PROCUREMENT_PHONE[lang].replace('{phone}', phone)}` : rendered;
  // A planned arrival after the rider's "arrive by" is said plainly, with the minutes.
  const late = LATE_ARRIVAL_KINDS.includes(kind) ? minutesAfterArriveBy(ride) : 0;
  const full =
    late > 0
      ? `${text} ${LATE_ARRIVAL[lang]
          .replace('{arrival}', localTimeOf(ride.plannedDropoffAt as Date))
          .replace('{late}', String(late))
          .replace('{time}', localTimeOf(ride.requestedTime))}`
      : text;
  return { text: full, segments: countSegments(full) };
}
