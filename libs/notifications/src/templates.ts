// The texts riders receive, in Kazakh, Russian and English (the rider's own language, stored on
// the beneficiary). Short enough for one or two SMS parts (Cyrillic parts are 70 characters,
// 67 when split), and with no more personal data than the ride needs: a date, a pickup window
// and a short address fragment at most. No name, no IIN, no diagnosis or disability group.
import type { Language, ReasonCode } from '@invataxi/domain';
import type { NotificationKind } from './kinds';

/** Every value a template may use. Nothing else can be substituted. */
export interface TemplateParams {
  /** Local date of the ride, 'DD.MM'. */
  date?: string;
  /** Local pickup window, 'HH:MM'. */
  from?: string;
  to?: string;
  /** Short pickup address fragment (see addressFragment). */
  place?: string;
  /** Short refusal reason, already in the rider's language (see reasonText). */
  reason?: string;
  /** Minutes until the vehicle arrives. */
  minutes?: number;
}
export type TemplateParam = keyof TemplateParams;

type Texts = { readonly [L in Language]: string };

export const TEMPLATES: { readonly [K in NotificationKind]: Texts } = {
  BOOKING_ACCEPTED: {
    kk: 'Инватакси: {date} сапарына өтінім қабылданды. Келу уақытын кейін хабарлаймыз.',
    ru: 'Инватакси: заявка на поездку {date} принята. Время подачи сообщим отдельно.',
    en: 'Invataxi: your ride request for {date} is accepted. We will send the pickup time.',
  },
  BOOKING_REFUSED: {
    kk: 'Инватакси: {date} сапарына тапсырыс қабылданбады. Себебі: {reason}.',
    ru: 'Инватакси: в поездке {date} отказано. Причина: {reason}.',
    en: 'Invataxi: your ride on {date} was refused. Reason: {reason}.',
  },
  BOOKING_SCHEDULED: {
    kk: 'Инватакси: {date} көлік {from}-{to} аралығында келеді, {place}.',
    ru: 'Инватакси: {date} машина придёт с {from} до {to}, {place}.',
    en: 'Invataxi: on {date} the vehicle comes {from}-{to} at {place}.',
  },
  BOOKING_CHANGED: {
    kk: 'Инватакси: {date} сапарының уақыты өзгереді. Жаңа уақытын жібереміз.',
    ru: 'Инватакси: время поездки {date} пересматривается. Новое время пришлём.',
    en: 'Invataxi: your ride on {date} is being re-planned. We will send the new time.',
  },
  BOOKING_CANCELLED: {
    kk: 'Инватакси: {date} сапарын диспетчер болдырмады. Толығырақ қосымшада.',
    ru: 'Инватакси: поездка {date} отменена диспетчером. Подробности в приложении.',
    en: 'Invataxi: your ride on {date} was cancelled by the dispatcher. Details in the app.',
  },
  BOOKING_WAITLISTED: {
    kk: 'Инватакси: {date} күніне әзірге бос көлік жоқ. Сіз күту тізіміндесіз, хабарлаймыз.',
    ru: 'Инватакси: на {date} пока нет свободной машины. Вы в листе ожидания, сообщим.',
    en: 'Invataxi: no vehicle is free for {date} yet. You are on the waiting list.',
  },
  AWAITING_PROCUREMENT: {
    kk: 'Инватакси: ауданыңызда әзірге тасымалдаушы жоқ, әкімдік қызметті сатып алуда. {date} сапарын сақтаймыз.',
    ru: 'Инватакси: в вашем районе пока нет перевозчика, акимат закупает услугу. Заявку на {date} сохраним.',
    en: 'Invataxi: no provider serves your area yet; the akimat is procuring one. We keep your {date} request.',
  },
  BOOKING_EXPIRED: {
    kk: 'Инватакси: {date} сапарына көлік табылмады. Кешірім сұраймыз.',
    ru: 'Инватакси: на поездку {date} не нашлось машины. Просим прощения.',
    en: 'Invataxi: we found no vehicle for your ride on {date}. We apologise.',
  },
  REMINDER: {
    kk: 'Инватакси: ертең {date} көлік {from}-{to} аралығында келеді, {place}.',
    ru: 'Инватакси: напоминаем, завтра {date} машина придёт с {from} до {to}, {place}.',
    en: 'Invataxi: reminder, tomorrow {date} the vehicle comes {from}-{to} at {place}.',
  },
  VEHICLE_ARRIVING: {
    kk: 'Инватакси: көлік шамамен {minutes} минуттан соң келеді, дайын болыңыз.',
    ru: 'Инватакси: машина будет примерно через {minutes} мин., будьте готовы.',
    en: 'Invataxi: the vehicle arrives in about {minutes} min. Please be ready.',
  },
  DRIVER_ARRIVED: {
    kk: 'Инватакси: көлік келді, жүргізуші сізді күтіп тұр.',
    ru: 'Инватакси: машина на месте, водитель ждёт вас.',
    en: 'Invataxi: your vehicle is here, the driver is waiting.',
  },
  NO_SHOW: {
    kk: 'Инватакси: жүргізуші сізді таба алмады, {date} сапары келмеу деп белгіленді.',
    ru: 'Инватакси: водитель не дождался вас, поездка {date} отмечена как неявка.',
    en: 'Invataxi: the driver could not find you; the ride on {date} is a no-show.',
  },
};

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

/** Fills a template; a missing value is an error (a message with "{from}" must never go out). */
export function renderTemplate(kind: NotificationKind, lang: Language, params: TemplateParams): string {
  const values = params as { readonly [k: string]: string | number | undefined };
  return TEMPLATES[kind][lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined || v === '') throw new Error(`template ${kind}/${lang} needs {${name}}`);
    return String(v);
  });
}

/** Longest address fragment a message carries. */
export const PLACE_MAX_CHARS = 24;

/**
 * A short pickup address fragment the rider recognises: the address without the flat number,
 * cut at a word boundary. Enough to tell "home" from "the clinic", no more.
 */
export function addressFragment(address: string): string {
  const parts = address
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0 && !/^(кв|квартира|пәтер|apt|flat|office|офис)(?=[\s.]|$)/i.test(p));
  // The city is usually first and the same for every ride; the street part says more.
  const useful =
    parts.length > 1 && /^(г\.|город|қ\.|қаласы|city)\s/i.test(parts[0]!) ? parts.slice(1) : parts;
  const joined = useful.join(', ');
  if (joined.length <= PLACE_MAX_CHARS) return joined;
  const cut = joined.slice(0, PLACE_MAX_CHARS + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 8 ? cut.slice(0, space) : joined.slice(0, PLACE_MAX_CHARS)).replace(/[\s,.;:-]+$/, '');
}
