// Turns a booking into the values a template may use: nothing else of the booking can leak.
import { localDateOf, localTimeOf, type Language } from '@invataxi/domain';
import type { NotificationKind } from './kinds';
import { countSegments, type SegmentCount } from './segments';
import { shortDate } from './schedule';
import { addressFragment, reasonText, renderTemplate, type TemplateParams } from './templates';

/** The booking fields a message may draw on. */
export interface RideFacts {
  pickupEarliest: Date;
  pickupLatest: Date;
  pickupAddress: string;
  statusReason: string | null;
}

export interface ComposedMessage {
  text: string;
  segments: SegmentCount;
}

export function rideParams(ride: RideFacts, lang: Language, minutes?: number): TemplateParams {
  return {
    date: shortDate(localDateOf(ride.pickupEarliest)),
    from: localTimeOf(ride.pickupEarliest),
    to: localTimeOf(ride.pickupLatest),
    place: addressFragment(ride.pickupAddress),
    reason: reasonText(ride.statusReason, lang),
    ...(minutes !== undefined ? { minutes } : {}),
  };
}

export function composeMessage(
  kind: NotificationKind,
  lang: Language,
  ride: RideFacts,
  minutes?: number,
): ComposedMessage {
  const text = renderTemplate(kind, lang, rideParams(ride, lang, minutes));
  return { text, segments: countSegments(text) };
}
