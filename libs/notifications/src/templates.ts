// The texts riders receive, in Kazakh, Russian and English (the rider's own language, stored on
// the beneficiary). Short enough for one or two SMS parts (Cyrillic parts are 70 characters,
// 67 when split), and with no more personal data than the ride needs: a date, a pickup window
// and short address fragments at most. No name, no IIN, no diagnosis or disability group.
import type { Language, NoShowDisputeRejection, ReasonCode } from '@invataxi/domain';
import type { NotificationKind } from './kinds';

/** Every value a template may use. Nothing else can be substituted. */
export interface TemplateParams {
  /** Local date of the ride, 'DD.MM'. */
  date?: string;
  /**
   * The ride as the rider knows it: 'DD.MM HH:MM, <from> → <to>', or 'DD.MM, arrive by HH:MM, <from>
   * → <to>' when booked by its arrival (see rideLabel).
   */
  ride?: string;
  /** The ride's own local time, 'HH:MM' (what was booked: "pick me up at" / "get me there by"). */
  time?: string;
  /**
   * When the vehicle comes, 'HH:MM': the planned pickup, the same value the rider's page shows
   * (BookingView.plannedPickupAt), or the pickup window 'HH:MM-HH:MM' while nothing is planned.
   */
  pickup?: string;
  /**
   * The linked leg (outbound or return) of the ride: its time 'HH:MM', with the date
   * ('DD.MM HH:MM') when it is on another day (see PAIRED_TEMPLATES).
   */
  other?: string;
  /** Short refusal reason, already in the rider's language (see reasonText). */
  reason?: string;
  /**
   * The pickup, short (addressFragment), in the urgent messages that name the ride by its time
   * and place (URGENT_AT_PLACE): only when the whole message still fits one SMS part.
   */
  place?: string;
  /** Minutes until the vehicle arrives. */
  minutes?: number;
  /** The date service is expected from in the rider's area (procurement), 'DD.MM.YYYY'. */
  expected?: string;
  /** The day a ride on the expected date can be booked from (booking horizon), 'DD.MM.YYYY'. */
  bookFrom?: string;
  /** The region's booking phone (policy.bookingPhone). */
  phone?: string;
}
export type TemplateParam = keyof TemplateParams;

type Texts = { readonly [L in Language]: string };

/**
 * Each message names its ride (date, time, from -> to), so a rider with two rides on a day knows
 * which one it is about. The urgent ones (one SMS part) name it by its time: they come on the day.
 */
export const TEMPLATES: { readonly [K in NotificationKind]: Texts } = {
  BOOKING_ACCEPTED: {
    kk: 'Инватакси: {ride} сапарына өтінім қабылданды. Уақытын кейін хабарлаймыз.',
    ru: 'Инватакси: заявка на поездку {ride} принята. Время подачи сообщим.',
    en: 'Invataxi: your ride {ride} is accepted. We will send the pickup time.',
  },
  BOOKING_REFUSED: {
    kk: 'Инватакси: {ride} сапары қабылданбады. Себебі: {reason}.',
    ru: 'Инватакси: в поездке {ride} отказано. Причина: {reason}.',
    en: 'Invataxi: your ride {ride} was refused. Reason: {reason}.',
  },
  BOOKING_SCHEDULED: {
    kk: 'Инватакси: {ride} сапары: көлік {pickup} шамасында келеді.',
    ru: 'Инватакси: поездка {ride}: машина придёт около {pickup}.',
    en: 'Invataxi: ride {ride}: the vehicle comes at about {pickup}.',
  },
  BOOKING_CHANGED: {
    kk: 'Инватакси: {ride} сапарының уақыты өзгереді. Жаңа уақытын жібереміз.',
    ru: 'Инватакси: время поездки {ride} пересматривается. Новое время пришлём.',
    en: 'Invataxi: your ride {ride} is being re-planned. We will send the new time.',
  },
  BOOKING_CANCELLED: {
    kk: 'Инватакси: {ride} сапарын диспетчер болдырмады. Толығырақ қосымшада.',
    ru: 'Инватакси: поездка {ride} отменена диспетчером. Подробности в приложении.',
    en: 'Invataxi: your ride {ride} was cancelled by the dispatcher. Details in the app.',
  },
  BOOKING_WAITLISTED: {
    kk: 'Инватакси: {ride} сапарына әзірге бос көлік жоқ. Сіз күту тізіміндесіз.',
    ru: 'Инватакси: на поездку {ride} пока нет машины. Вы в листе ожидания.',
    en: 'Invataxi: no vehicle is free yet for your ride {ride}. You are on the waiting list.',
  },
  AWAITING_PROCUREMENT: {
    kk: 'Инватакси: әкімдік тасымалдаушы қызметін сатып алуда. {ride} өтінімін сақтаймыз.',
    ru: 'Инватакси: перевозчика пока нет, акимат закупает услугу. Заявку {ride} сохраним.',
    en: 'Invataxi: no provider yet, the akimat is procuring one. We keep your ride {ride}.',
  },
  BOOKING_EXPIRED: {
    kk: 'Инватакси: {ride} сапарына көлік табылмады. Кешірім сұраймыз.',
    ru: 'Инватакси: на поездку {ride} не нашлось машины. Просим прощения.',
    en: 'Invataxi: we found no vehicle for your ride {ride}. We apologise.',
  },
  REMINDER: {
    kk: 'Инватакси: ертең {ride} сапары, көлік {pickup} шамасында келеді.',
    ru: 'Инватакси: напоминаем, завтра поездка {ride}, машина около {pickup}.',
    en: 'Invataxi: reminder, tomorrow ride {ride}, the vehicle comes at about {pickup}.',
  },
  VEHICLE_ARRIVING: {
    kk: 'Инватакси: {time} сапарына көлік {minutes} минуттан соң келеді.',
    ru: 'Инватакси: машина на поездку {time} будет через {minutes} мин.',
    en: 'Invataxi: the vehicle for your {time} ride arrives in about {minutes} min.',
  },
  VEHICLE_LATE: {
    kk: 'Инватакси: {time} сапарына көлік кешігеді, енді шамамен {pickup} келеді.',
    ru: 'Инватакси: машина на поездку {time} опаздывает, будет около {pickup}.',
    en: 'Invataxi: the vehicle for your {time} ride is running late, now about {pickup}.',
  },
  DRIVER_ARRIVED: {
    kk: 'Инватакси: {time} сапарына көлік келді, жүргізуші күтіп тұр.',
    ru: 'Инватакси: машина на поездку {time} на месте, водитель ждёт.',
    en: 'Invataxi: the vehicle for your {time} ride is here, the driver is waiting.',
  },
  NO_SHOW: {
    kk: 'Инватакси: жүргізуші сізді таба алмады, {ride} сапары келмеу деп белгіленді.',
    ru: 'Инватакси: водитель не дождался вас, поездка {ride} отмечена как неявка.',
    en: 'Invataxi: the driver could not find you; the ride {ride} is a no-show.',
  },
  PICKUP_TIME_CHANGED: {
    kk: 'Инватакси: {ride} сапарының уақыты өзгерді: көлік {pickup} шамасында келеді.',
    ru: 'Инватакси: время поездки {ride} изменилось: машина придёт около {pickup}.',
    en: 'Invataxi: ride {ride} has a new time: the vehicle comes at about {pickup}.',
  },
  NO_SHOW_DISPUTE_UPHELD: {
    kk: 'Инватакси: {ride} сапары бойынша шағымыңыз қанағаттандырылды: келмеу есептелмейді.',
    ru: 'Инватакси: ваше оспаривание неявки {ride} принято: неявка не засчитывается.',
    en: 'Invataxi: your dispute of the no-show {ride} is upheld: it does not count.',
  },
  NO_SHOW_DISPUTE_REJECTED: {
    kk: 'Инватакси: {ride} сапары бойынша шағымыңыз қабылданбады: {reason}. Келмеу есептеледі.',
    ru: 'Инватакси: оспаривание неявки {ride} отклонено: {reason}. Неявка засчитана.',
    en: 'Invataxi: your dispute of the no-show {ride} is rejected: {reason}. It counts.',
  },
};

/**
 * The urgent ones with the pickup's place beside the ride's time (issue 18: a rider with two rides
 * a day could not tell which ride the vehicle was coming for): '09:00, пр. Абая 10: …'. Sent only
 * when the message is one SMS part with the place whole (a Cyrillic place makes even the English
 * text UCS-2: 70 characters); otherwise TEMPLATES' wording names the ride by its time alone.
 */
export const URGENT_AT_PLACE: { readonly [K in 'VEHICLE_ARRIVING' | 'DRIVER_ARRIVED']: Texts } = {
  VEHICLE_ARRIVING: {
    kk: 'Инватакси: {time}, {place}: көлік {minutes} минутта келеді.',
    ru: 'Инватакси: {time}, {place}: машина через {minutes} мин.',
    en: 'Invataxi: {time}, {place}: vehicle in about {minutes} min.',
  },
  DRIVER_ARRIVED: {
    kk: 'Инватакси: {time}, {place}: көлік күтіп тұр.',
    ru: 'Инватакси: {time}, {place}: машина ждёт вас.',
    en: 'Invataxi: {time}, {place}: your vehicle is waiting.',
  },
};

export function isUrgentAtPlace(kind: NotificationKind): kind is keyof typeof URGENT_AT_PLACE {
  return kind in URGENT_AT_PLACE;
}

/** A ride booked by its arrival time, in its label (rideLabel): the words the rider's page uses. */
export const ARRIVE_BY: Texts = {
  kk: 'жету уақыты {time}',
  ru: 'прибытие к {time}',
  en: 'arrive by {time}',
};

/** Why a dispute was rejected (NO_SHOW_DISPUTE_REJECTIONS), short, for the message's {reason}. */
export const DISPUTE_REJECTION_TEXTS: { readonly [C in NoShowDisputeRejection]: Texts } = {
  DISPUTE_EVIDENCE_CONFIRMS: {
    kk: 'көліктің орны оның мекенжайда күткенін көрсетеді',
    ru: 'по данным о местоположении машина ждала по адресу',
    en: "the vehicle's positions show it waited at the address",
  },
  DISPUTE_NOT_AT_ADDRESS: {
    kk: 'сіз отыру мекенжайында болмадыңыз',
    ru: 'вас не было по адресу посадки',
    en: 'you were not at the pick-up address',
  },
  DISPUTE_NOT_CANCELLED: {
    kk: 'сапар көлік келгенге дейін болдырылмады',
    ru: 'поездку не отменили до приезда машины',
    en: 'the ride was not cancelled before the vehicle came',
  },
  DISPUTE_OTHER: {
    kk: 'себебі қосымшада',
    ru: 'причина в приложении',
    en: 'the reason is in the app',
  },
};

/** Added to a planned time that arrives after the rider's "arrive by" time. */
export const LATE_ARRIVAL: Texts = {
  kk: 'Сіз шамамен {arrival} жетесіз, {time} уақытынан {late} мин кеш.',
  ru: 'Вы прибудете около {arrival}, на {late} мин позже {time}.',
  en: 'You will arrive about {arrival}, {late} min after {time}.',
};

/**
 * A ride there and its return, in different states: one has a vehicle, the other waits. Said
 * plainly in the message about the leg that changed ("you have a way home but not there").
 */
export type PairSituation =
  /** This leg (the ride there) waits; its return has a vehicle. */
  | 'OUTBOUND_WAITING_RETURN_SET'
  /** This leg (the return) waits; the ride there has a vehicle. */
  | 'RETURN_WAITING_OUTBOUND_SET'
  /** This leg (the ride there) got a vehicle; its return still waits. */
  | 'OUTBOUND_SET_RETURN_WAITING'
  /** This leg (the return) got a vehicle; the ride there still waits. */
  | 'RETURN_SET_OUTBOUND_WAITING';

export const PAIRED_TEMPLATES: { readonly [P in PairSituation]: Texts } = {
  OUTBOUND_WAITING_RETURN_SET: {
    kk: 'Инватакси: барар жолға ({ride}) көлік әлі жоқ. Кері жолға ({other}) көлік бар.',
    ru: 'Инватакси: туда ({ride}) машины пока нет. Обратно ({other}) машина есть.',
    en: 'Invataxi: ride there {ride}: no vehicle yet. Your return at {other} has one.',
  },
  RETURN_WAITING_OUTBOUND_SET: {
    kk: 'Инватакси: кері жолға ({ride}) көлік әлі жоқ. Барар жолға ({other}) көлік бар.',
    ru: 'Инватакси: обратно ({ride}) машины пока нет. Туда ({other}) машина есть.',
    en: 'Invataxi: return {ride}: no vehicle yet. Your ride there at {other} has one.',
  },
  OUTBOUND_SET_RETURN_WAITING: {
    kk: 'Инватакси: барар жол ({ride}): көлік {pickup}. Кері жолға ({other}) көлік әлі жоқ.',
    ru: 'Инватакси: туда ({ride}) машина около {pickup}. Обратно ({other}) машины пока нет.',
    en: 'Invataxi: ride there {ride}: vehicle about {pickup}. Return at {other}: none yet.',
  },
  RETURN_SET_OUTBOUND_WAITING: {
    kk: 'Инватакси: кері жол ({ride}): көлік {pickup}. Барар жолға ({other}) көлік әлі жоқ.',
    ru: 'Инватакси: обратно ({ride}) машина около {pickup}. Туда ({other}) машины пока нет.',
    en: 'Invataxi: return {ride}: vehicle about {pickup}. Ride there at {other}: none yet.',
  },
};

/**
 * A ride waiting for procurement (AWAITING_PROCUREMENT), told with the date service is expected
 * from (issue 20): a ride on or after that date is kept; a ride before it cannot be served, and
 * the rider is told so plainly, what they can do (book that date or later once it is within the booking horizon; no
 * dispatcher is named: a region may have none, walk 20) and
 * what happens to the request (the rule of release.ts: it waits until its time, then closes).
 * Without a known date, TEMPLATES.AWAITING_PROCUREMENT says no date rather than a guess.
 * Up to three SMS parts: the rider has to act on it.
 */
export type ProcurementSituation =
  'SERVED_FROM_EXPECTED' | 'BEFORE_EXPECTED' | 'BEFORE_EXPECTED_BOOK_FROM' | 'PROVIDER_CHOSEN';

export const PROCUREMENT_TEMPLATES: { readonly [P in ProcurementSituation]: Texts } = {
  SERVED_FROM_EXPECTED: {
    kk: 'Инватакси: әкімдік тасымалдаушы қызметін сатып алуда, қызмет {expected} бастап күтіледі. {ride} өтінімін сақтаймыз.',
    ru: 'Инватакси: перевозчика пока нет, акимат закупает услугу; она ожидается с {expected}. Заявку {ride} сохраним.',
    en: 'Invataxi: no provider yet, the akimat is procuring one; service is expected from {expected}. We keep your ride {ride}.',
  },
  BEFORE_EXPECTED: {
    kk: 'Инватакси: {date} {time} сапарын орындай алмаймыз: тасымалдаушы тек {expected} бастап болады. {expected} не кейінгі күнге тапсырыс беріңіз, ол күн тапсырыс мерзіміне кіргенде. Өтінім өз уақытына дейін сақталады, сосын жабылады.',
    ru: 'Инватакси: поездку {date} {time} выполнить не сможем: перевозчик будет только с {expected}. Закажите поездку на {expected} или позже, когда дата войдёт в срок записи. Заявка ждёт до своего времени, затем закроется.',
    en: 'Invataxi: your ride {date} {time} cannot be served: a provider is expected only from {expected}. Book a ride on {expected} or later once that date is open for booking. The request waits until its time, then closes.',
  },
  // The expected date lies beyond the booking horizon: from which day it can be booked (walk 20).
  BEFORE_EXPECTED_BOOK_FROM: {
    kk: 'Инватакси: {date} {time} сапарын орындай алмаймыз: тасымалдаушы тек {expected} бастап болады. {expected} күнгі сапарға {bookFrom} бастап тапсырыс беруге болады. Өтінім өз уақытына дейін сақталады, сосын жабылады.',
    ru: 'Инватакси: поездку {date} {time} выполнить не сможем: перевозчик будет только с {expected}. Поездку на {expected} можно заказать с {bookFrom}. Заявка ждёт до своего времени, затем закроется.',
    en: 'Invataxi: your ride {date} {time} cannot be served: a provider is expected only from {expected}. A ride on {expected} can be booked from {bookFrom}. The request waits until its time, then closes.',
  },
  // The booking's request is awarded (walk t25 M1): a provider is starting, the ride is scheduled
  // as soon as it has a vehicle for it, perhaps before the date; never "book again".
  PROVIDER_CHOSEN: {
    kk: 'Инватакси: {ride} сапары: тасымалдаушы таңдалды, қызмет {expected} кешіктірмей басталады деп күтіледі. Тасымалдаушыда көлік болған бойда сапарды жоспарлап, SMS жібереміз.',
    ru: 'Инватакси: поездка {ride}: перевозчик выбран, услуга ожидается не позднее {expected}. Назначим поездку и сообщим SMS, как только у перевозчика будет для неё машина.',
    en: 'Invataxi: your ride {ride}: a provider has been chosen; service is expected by {expected}. We will schedule the ride and text you as soon as the provider has a vehicle for it.',
  },
};

/** The region's booking phone, added to a procurement message only when the policy has one. */
export const PROCUREMENT_PHONE: Texts = {
  kk: 'Телефонмен тапсырыс: {phone}.',
  ru: 'Заказ по телефону: {phone}.',
  en: 'Booking by phone: {phone}.',
};

/** Which procurement message a waiting ride gets: null when the expected date is unknown. */
export function procurementSituation(
  rideDate: string,
  expected: string | null,
  /** The day the expected date can be booked from, when that is after today (bookableFromDate). */
  bookFrom: string | null = null,
  /** The booking's request is awarded: a provider is chosen and starting. */
  providerChosen = false,
): ProcurementSituation | null {
  if (expected === null) return null;
  if (providerChosen) return 'PROVIDER_CHOSEN';
  if (rideDate >= expected) return 'SERVED_FROM_EXPECTED';
  return bookFrom ? 'BEFORE_EXPECTED_BOOK_FROM' : 'BEFORE_EXPECTED';
}

/**
 * Refusal reasons, short, in the rider's language. Deliberately vaguer than the API's messages
 * where those touch health: an SMS can be read by anyone holding the phone.
 */
export const SHORT_REASONS: { readonly [R in ReasonCode]: Texts } = {
  CATEGORY_NOT_ELIGIBLE: {
    kk: 'қызметке құқық жоқ',
    ru: 'нет права на услугу',
    en: 'no right to the service',
  },
  PORTAL_NO_RECORD: {
    kk: 'порталда жазба әзірге жоқ',
    ru: 'на портале пока нет записи',
    en: 'no Portal record yet',
  },
  DISABILITY_EXPIRED: {
    kk: 'құжаттарды жаңарту керек',
    ru: 'нужно обновить документы',
    en: 'documents need updating',
  },
  CATEGORY_AGE_MISMATCH: {
    kk: 'деректерді жаңарту керек',
    ru: 'нужно обновить данные',
    en: 'your data needs updating',
  },
  BENEFICIARY_SUSPENDED: {
    kk: 'келмеулер үшін тапсырыс тоқтатылған',
    ru: 'заказ приостановлен из-за неявок',
    en: 'booking suspended after no-shows',
  },
  PURPOSE_NOT_ALLOWED: {
    kk: 'бұл мақсатқа қызмет көрсетілмейді',
    ru: 'цель поездки не обслуживается',
    en: 'trip purpose not served',
  },
  OUTSIDE_SERVICE_HOURS: {
    kk: 'жұмыс уақытынан тыс',
    ru: 'вне часов работы службы',
    en: 'outside service hours',
  },
  LEAD_TIME_TOO_SHORT: { kk: 'тапсырыс тым кеш берілді', ru: 'заказ слишком поздно', en: 'booked too late' },
  BEYOND_HORIZON: { kk: 'күні тым алыс', ru: 'дата слишком далеко', en: 'date too far ahead' },
  OUTSIDE_SERVICE_AREA: {
    kk: 'мекенжай қызмет аймағынан тыс',
    ru: 'адрес вне зоны обслуживания',
    en: 'address outside the service area',
  },
  QUOTA_EXCEEDED: { kk: 'айлық лимит таусылды', ru: 'исчерпан месячный лимит', en: 'monthly limit reached' },
  TOO_MANY_COMPANIONS: {
    kk: 'сүйемелдеушілер тым көп',
    ru: 'много сопровождающих',
    en: 'too many companions',
  },
  OVERLAPPING_BOOKING: {
    kk: 'бұл уақытта басқа сапар бар',
    ru: 'на это время уже есть поездка',
    en: 'you already have a ride then',
  },
  PICKUP_EQUALS_DROPOFF: {
    kk: 'мекенжайлар бірдей',
    ru: 'адреса совпадают',
    en: 'the addresses are the same',
  },
  INVALID_PLACE: { kk: 'мекенжай танылмады', ru: 'адрес не распознан', en: 'address not recognised' },
  INVALID_TRIP_TIME: { kk: 'сапар уақыты қате', ru: 'неверное время поездки', en: 'invalid trip time' },
  INVALID_COMPANIONS: {
    kk: 'сүйемелдеушілер саны қате',
    ru: 'неверное число сопровождающих',
    en: 'invalid number of companions',
  },
};

const OTHER_REASON: Texts = {
  kk: 'толығырақ қосымшада',
  ru: 'подробности в приложении',
  en: 'details in the app',
};

/** The first known reason code in a booking's status reason ('QUOTA_EXCEEDED,...'), as short text. */
export function reasonText(statusReason: string | null, lang: Language): string {
  const codes = (statusReason ?? '').split(/[\s,;]+/);
  for (const c of codes) if (c in SHORT_REASONS) return SHORT_REASONS[c as ReasonCode][lang];
  return OTHER_REASON[lang];
}

/** The placeholders a template uses. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** Fills a template; a missing value is an error (a message with "{pickup}" must never go out). */
export function renderTemplate(
  kind: NotificationKind,
  lang: Language,
  params: TemplateParams,
  pair?: PairSituation,
  procurement?: ProcurementSituation | null,
): string {
  const values = params as { readonly [k: string]: string | number | undefined };
  const text = pair
    ? PAIRED_TEMPLATES[pair][lang]
    : procurement
      ? PROCUREMENT_TEMPLATES[procurement][lang]
      : params.place !== undefined && isUrgentAtPlace(kind)
        ? URGENT_AT_PLACE[kind][lang]
        : TEMPLATES[kind][lang];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined || v === '')
      throw new Error(`template ${pair ?? procurement ?? kind}/${lang} needs {${name}}`);
    return String(v);
  });
}

/** Longest address fragment a message carries (each end of a ride). */
export const PLACE_MAX_CHARS = 30;

/**
 * An end of the ride as the rider knows it from the booking: the street and the house, never
 * cut inside a name (issue 18, walk F16: "улица Кудайбергена Жубанова, 4" was texted as
 * "улица Кудайбергена", another street). Left out, in this order and only while it is too
 * long: the city (the same for every ride) and the flat always; a landmark in brackets; what
 * follows street and house. Only an address still too long after that is cut at a word.
 */
export function addressFragment(address: string): string {
  const parts = address
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0 && !/^(кв|квартира|пәтер|apt|flat|office|офис)(?=[\s.]|$)/i.test(p));
  const useful =
    parts.length > 1 && /^(г\.|город|қ\.|қаласы|city)\s/i.test(parts[0]!) ? parts.slice(1) : parts;
  const shorter = [
    useful.join(', '),
    useful
      .map((p) => p.replace(/\s*\([^)]*\)/g, ''))
      .filter(Boolean)
      .join(', '),
  ];
  shorter.push(shorter[1]!.split(', ').slice(0, 2).join(', '));
  const fits = shorter.find((x) => x.length <= PLACE_MAX_CHARS);
  if (fits) return fits;
  const last = shorter[2]!;
  const cut = last.slice(0, PLACE_MAX_CHARS + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 8 ? cut.slice(0, space) : last.slice(0, PLACE_MAX_CHARS)).replace(/[\s,.;:-]+$/, '');
}
