// What a dispatcher reads when a manual move or an override is refused or needs a confirmation
// (issue 18, finding 3): the vehicle by its plate, the missing equipment by name, the ride by its
// window, the times in local HH:MM. Never a shift id called a vehicle, never "such a record
// already exists". No rider's name or address: an error text can end up anywhere.
import type { Language } from './vocabulary';

type Texts = { readonly [L in Language]: string };

export const ROUTE_MESSAGE_KEYS = [
  'ROUTE_MISSING_RAMP',
  'ROUTE_MISSING_LIFT',
  'ROUTE_MISSING_STEP_FREE',
  'ROUTE_MISSING_WHEELCHAIR_RESTRAINTS',
  'ROUTE_MISSING_EQUIPMENT',
  'ROUTE_CAPACITY_AT',
  'ROUTE_PICKUP_LATE',
  'ROUTE_DROPOFF_LATE',
  'ROUTE_RIDE_TOO_LONG',
  'ROUTE_ENDS_AFTER_SHIFT',
  'ROUTE_SHIFT_TOO_LONG',
  'ROUTE_HELD_BY_OTHER',
  'ROUTE_NO_SCHEDULE',
  'ROUTE_CHANGED',
  'OVERRIDE_NOTE_REQUIRED',
  'OVERRIDE_NEEDS_CONFIRMATION',
  'OVERRIDE_PREVIEW_STALE',
  'OVERRIDE_NOT_ALLOWED',
  'ROUTE_VEHICLE_OUT_OF_SERVICE',
  'ROUTE_VEHICLE_OUT_OF_SERVICE_NOTE',
  'ROUTE_SHIFT_CANCELLED',
  'ROUTE_SHIFT_CANCELLED_NOTE',
  'ROUTE_SHIFT_CLOSED',
  'ROUTE_VEHICLE_BROKE_DOWN',
  'ROUTE_DRIVER_ABSENT',
  'ROUTE_DRIVER_INACTIVE',
  'RIDE_IS_COMPLETED',
  'RIDE_IS_NO_SHOW',
  'RIDE_IS_CANCELLED',
  'RIDE_IS_REJECTED',
  'RIDE_IS_EXPIRED',
  'RIDE_IS_UNDER_WAY',
] as const;
export type RouteMessageKey = (typeof ROUTE_MESSAGE_KEYS)[number];

/** The text of a missing vehicle feature (the route model's words: RAMP, LIFT, STEP_FREE...). */
export function missingFeatureKey(feature: string): RouteMessageKey {
  const key = `ROUTE_MISSING_${feature}`;
  return (ROUTE_MESSAGE_KEYS as readonly string[]).includes(key)
    ? (key as RouteMessageKey)
    : 'ROUTE_MISSING_EQUIPMENT';
}

/**
 * Why a ride can no longer be moved or taken off its route (issue 18, walk t18 finding 1), or
 * null: a ride that has ended (completed, no-show, cancelled...) or is under way (the vehicle is
 * on its way, at the door or carrying the rider). The conflict reason and the sentence that says
 * the ride's own status in words: never "another dispatcher changed it".
 */
export function rideNotMovable(
  status: string,
): { reason: 'RIDE_FINISHED' | 'RIDE_STARTED'; key: RouteMessageKey } | null {
  if (['EN_ROUTE', 'ARRIVED', 'ON_BOARD'].includes(status))
    return { reason: 'RIDE_STARTED', key: 'RIDE_IS_UNDER_WAY' };
  const key = `RIDE_IS_${status}`;
  return (ROUTE_MESSAGE_KEYS as readonly string[]).includes(key)
    ? { reason: 'RIDE_FINISHED', key: key as RouteMessageKey }
    : null;
}

export const ROUTE_MESSAGES: { readonly [K in RouteMessageKey]: Texts } = {
  ROUTE_MISSING_RAMP: {
    kk: '{plate} көлігінде пандус жоқ, ал {window} сапарына ол қажет.',
    ru: 'У машины {plate} нет пандуса, а он нужен поездке {window}.',
    en: 'Vehicle {plate} has no ramp, which the ride {window} needs.',
  },
  ROUTE_MISSING_LIFT: {
    kk: '{plate} көлігінде көтергіш жоқ, ал {window} сапарына ол қажет.',
    ru: 'У машины {plate} нет подъёмника, а он нужен поездке {window}.',
    en: 'Vehicle {plate} has no lift, which the ride {window} needs.',
  },
  ROUTE_MISSING_STEP_FREE: {
    kk: '{plate} көлігінде пандус та, көтергіш те жоқ, ал {window} сапарында жолаушы арбамен отырады.',
    ru: 'У машины {plate} нет ни пандуса, ни подъёмника, а в поездке {window} пассажир садится в коляске.',
    en: 'Vehicle {plate} has neither a ramp nor a lift, and the rider of the ride {window} boards in a wheelchair.',
  },
  ROUTE_MISSING_WHEELCHAIR_RESTRAINTS: {
    kk: '{plate} көлігінде арбаны бекіткіштер жоқ, ал {window} сапарына олар қажет.',
    ru: 'У машины {plate} нет креплений для коляски, а они нужны поездке {window}.',
    en: 'Vehicle {plate} has no wheelchair restraints, which the ride {window} needs.',
  },
  ROUTE_MISSING_EQUIPMENT: {
    kk: '{plate} көлігінде {window} сапарына қажет жабдық жоқ.',
    ru: 'У машины {plate} нет оснащения, нужного поездке {window}.',
    en: 'Vehicle {plate} lacks equipment the ride {window} needs.',
  },
  ROUTE_CAPACITY_AT: {
    kk: '{plate} көлігінде {at} орын жетпейді: {seats} отыратын орын және {wheelchairs} арба орны керек, көлікте {seatsMax} және {wheelchairsMax}.',
    ru: 'В машине {plate} в {at} не хватит мест: нужно {seats} сидячих и {wheelchairs} для колясок, а в ней {seatsMax} и {wheelchairsMax}.',
    en: 'Vehicle {plate} would be full at {at}: {seats} seats and {wheelchairs} wheelchair places needed, it has {seatsMax} and {wheelchairsMax}.',
  },
  ROUTE_PICKUP_LATE: {
    kk: '{plate} көлігі {window} сапарының жолаушысына тек {at} жетеді, терезеден {minutes} мин кеш.',
    ru: 'Машина {plate} заберёт пассажира поездки {window} только в {at}, на {minutes} мин позже окна.',
    en: 'Vehicle {plate} would pick up the rider of the ride {window} only at {at}, {minutes} min after the window.',
  },
  ROUTE_DROPOFF_LATE: {
    kk: '{plate} көлігі {window} сапарының жолаушысын тек {at} жеткізеді, {latest} мерзімінен {minutes} мин кеш.',
    ru: 'Машина {plate} довезёт пассажира поездки {window} только к {at}, на {minutes} мин позже срока {latest}.',
    en: 'Vehicle {plate} would bring the rider of the ride {window} only at {at}, {minutes} min after {latest}.',
  },
  ROUTE_RIDE_TOO_LONG: {
    kk: '{plate} көлігінде {window} сапары {ride} мин созылар еді, шегі {limit} мин.',
    ru: 'В машине {plate} поездка {window} заняла бы {ride} мин, а предел {limit} мин.',
    en: 'In vehicle {plate} the ride {window} would take {ride} min, the limit is {limit} min.',
  },
  ROUTE_ENDS_AFTER_SHIFT: {
    kk: '{plate} көлігі маршрутты {at} аяқтар еді, ауысым {end} бітеді.',
    ru: 'Машина {plate} закончила бы маршрут в {at}, а смена кончается в {end}.',
    en: 'Vehicle {plate} would finish its route at {at}, after its shift ends at {end}.',
  },
  ROUTE_SHIFT_TOO_LONG: {
    kk: '{plate} көлігінің маршруты {duration} мин созылар еді, шегі {limit} мин.',
    ru: 'Маршрут машины {plate} занял бы {duration} мин, а предел {limit} мин.',
    en: "Vehicle {plate}'s route would take {duration} min, the limit is {limit} min.",
  },
  ROUTE_HELD_BY_OTHER: {
    kk: '{window} сапары {other} көлігіне бекітілген (жүргізуші қабылдаған немесе жолаушы көлікте).',
    ru: 'Поездка {window} закреплена за машиной {other} (водитель уже принял её или пассажир в машине).',
    en: 'The ride {window} is held by vehicle {other} (its driver took it or the rider is aboard).',
  },
  ROUTE_NO_SCHEDULE: {
    kk: '{plate} көлігі үшін барлық терезелер мен жол уақыттары сақталатын кесте жоқ.',
    ru: 'Для машины {plate} нет расписания, при котором соблюдены все окна и время в пути.',
    en: 'Vehicle {plate} has no schedule that keeps every window and ride time.',
  },
  ROUTE_CHANGED: {
    kk: '{plate} көлігінің маршруты жаңа ғана өзгерді. Тақтаны жаңартып, қайталаңыз.',
    ru: 'Маршрут машины {plate} только что изменился. Обновите доску и повторите.',
    en: "Vehicle {plate}'s route just changed. Refresh the board and try again.",
  },
  OVERRIDE_NOTE_REQUIRED: {
    kk: '«Басқа себеп» үшін себебін сөзбен жазыңыз (кемінде {min} таңба).',
    ru: 'Для «Другое» опишите причину словами (не менее {min} символов).',
    en: 'For "Other", describe the reason in words (at least {min} characters).',
  },
  OVERRIDE_NEEDS_CONFIRMATION: {
    kk: 'Бұл шешім басқа жолаушылардың ({count}) уақытын өзгертеді. Тізімді қарап, растаңыз.',
    ru: 'Это решение меняет время других пассажиров ({count}). Посмотрите список и подтвердите.',
    en: 'This override changes the times of other riders ({count}). Review the list and confirm.',
  },
  OVERRIDE_PREVIEW_STALE: {
    kk: '{plate} көлігінің маршруты тексеруден кейін өзгерді. Жаңа салдарын қарап, қайта растаңыз.',
    ru: 'Маршрут машины {plate} изменился после проверки. Посмотрите новые последствия и подтвердите снова.',
    en: "Vehicle {plate}'s route changed since the check. Review the new consequences and confirm again.",
  },
  OVERRIDE_NOT_ALLOWED: {
    kk: '{plate} көлігі бұл сапарды алып жүре алмайды: шешім уақытты өзгерте алады, бірақ жабдық пен орындарды емес. Басқа көлікті таңдаңыз.',
    ru: 'Машина {plate} не может везти эту поездку: решение диспетчера меняет время, но не оснащение и не места. Выберите другую машину.',
    en: 'Vehicle {plate} cannot carry this ride: an override may bend times, never equipment or seats. Choose another vehicle.',
  },
  ROUTE_VEHICLE_OUT_OF_SERVICE: {
    kk: '{plate} көлігі жұмыстан шығарылған (жөндеуде): оған сапар тағайындауға болмайды. Басқа көлікті таңдаңыз.',
    ru: 'Машина {plate} выведена из работы (в ремонте): назначить на неё поездку нельзя. Выберите другую машину.',
    en: 'Vehicle {plate} is out of service (in repair): no ride can be put on it. Choose another vehicle.',
  },
  ROUTE_VEHICLE_OUT_OF_SERVICE_NOTE: {
    kk: '{plate} көлігі жұмыстан шығарылған (жөндеуде): «{note}». Оған сапар тағайындауға болмайды. Басқа көлікті таңдаңыз.',
    ru: 'Машина {plate} выведена из работы (в ремонте): «{note}». Назначить на неё поездку нельзя. Выберите другую машину.',
    en: 'Vehicle {plate} is out of service (in repair): "{note}". No ride can be put on it. Choose another vehicle.',
  },
  ROUTE_SHIFT_CANCELLED: {
    kk: '{plate} көлігінің ауысымы болдырылмады: оған сапар тағайындауға болмайды. Басқа көлікті таңдаңыз.',
    ru: 'Смена машины {plate} отменена: назначить на неё поездку нельзя. Выберите другую машину.',
    en: "Vehicle {plate}'s shift is cancelled: no ride can be put on it. Choose another vehicle.",
  },
  ROUTE_SHIFT_CANCELLED_NOTE: {
    kk: '{plate} көлігінің ауысымы болдырылмады: «{note}». Оған сапар тағайындауға болмайды. Басқа көлікті таңдаңыз.',
    ru: 'Смена машины {plate} отменена: «{note}». Назначить на неё поездку нельзя. Выберите другую машину.',
    en: 'Vehicle {plate}\'s shift is cancelled: "{note}". No ride can be put on it. Choose another vehicle.',
  },
  ROUTE_SHIFT_CLOSED: {
    kk: '{plate} көлігінің ауысымы аяқталды: оған сапар тағайындауға болмайды.',
    ru: 'Смена машины {plate} уже закрыта: назначить на неё поездку нельзя.',
    en: "Vehicle {plate}'s shift is already closed: no ride can be put on it.",
  },
  ROUTE_VEHICLE_BROKE_DOWN: {
    kk: '{plate} көлігі бұзылды: оған сапар тағайындауға болмайды. Басқа көлікті таңдаңыз.',
    ru: 'Машина {plate} сломалась: назначить на неё поездку нельзя. Выберите другую машину.',
    en: 'Vehicle {plate} broke down: no ride can be put on it. Choose another vehicle.',
  },
  ROUTE_DRIVER_ABSENT: {
    kk: '{plate} көлігінің жүргізушісі жұмысқа шықпады: бұл ауысымға сапар тағайындауға болмайды. Басқа көлікті таңдаңыз.',
    ru: 'Водитель машины {plate} не вышел на смену: назначить на неё поездку нельзя. Выберите другую машину.',
    en: "Vehicle {plate}'s driver did not come: no ride can be put on this shift. Choose another vehicle.",
  },
  ROUTE_DRIVER_INACTIVE: {
    kk: '{plate} көлігінің жүргізушісі жұмыстан шеттетілген: бұл ауысымға сапар тағайындауға болмайды.',
    ru: 'Водитель машины {plate} отстранён от работы: назначить поездку на эту смену нельзя.',
    en: "Vehicle {plate}'s driver is suspended: no ride can be put on this shift.",
  },
  RIDE_IS_COMPLETED: {
    kk: 'Бұл сапар орындалып қойған: оны ауыстыруға немесе маршруттан алуға болмайды.',
    ru: 'Эта поездка уже выполнена: перенести её или снять с маршрута нельзя.',
    en: 'This ride is already completed: it cannot be moved or taken off its route.',
  },
  RIDE_IS_NO_SHOW: {
    kk: 'Бұл сапарға жолаушы шықпады (келмеу тіркелген): оны ауыстыруға немесе маршруттан алуға болмайды.',
    ru: 'На эту поездку пассажир не вышел (отмечена неявка): перенести её или снять с маршрута нельзя.',
    en: 'The rider did not come out for this ride (a no-show): it cannot be moved or taken off its route.',
  },
  RIDE_IS_CANCELLED: {
    kk: 'Бұл сапар болдырылмады: оны ауыстыруға немесе маршруттан алуға болмайды.',
    ru: 'Эта поездка отменена: перенести её или снять с маршрута нельзя.',
    en: 'This ride is cancelled: it cannot be moved or taken off its route.',
  },
  RIDE_IS_REJECTED: {
    kk: 'Бұл сапарға тапсырыс қабылданбады: оны ауыстыруға болмайды.',
    ru: 'Заказ этой поездки отклонён: перенести её нельзя.',
    en: 'This ride was refused when booked: it cannot be moved.',
  },
  RIDE_IS_EXPIRED: {
    kk: 'Бұл сапардың уақыты өтіп кетті (көлік табылмады): оны ауыстыруға болмайды.',
    ru: 'Время этой поездки прошло (машина не нашлась): перенести её нельзя.',
    en: "This ride's time has passed (no vehicle was found): it cannot be moved.",
  },
  RIDE_IS_UNDER_WAY: {
    kk: 'Бұл сапар басталып кетті (көлік жолда, есік алдында немесе жолаушы көлікте): оны енді ауыстыруға болмайды.',
    ru: 'Эта поездка уже началась (машина в пути, у подъезда или пассажир в машине): перенести её уже нельзя.',
    en: 'This ride has already started (the vehicle is on its way, at the door or carrying the rider): it can no longer be moved.',
  },
};
