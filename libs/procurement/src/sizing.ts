// Sizing a lot from evidence (issue 25, item 2): "how many vehicles do we need to serve this
// demand at X% served". The dispatcher's what-if search answers it on the request's waiting
// rides; this file holds what the answer is (LotSizing), the vehicles and hours the search adds,
// and the words the officer, the ministry and the procurement system read (kk/ru/en), so the lot
// says what it buys and why. Pure: no clock, no database.
import {
  addDaysToLocalDate,
  dayMonthText,
  isoWeekday,
  type Language,
  WEEKDAYS_IN_DATE,
  type LocalDate,
  type LocalTime,
  type ServiceInterval,
} from '@invataxi/domain';
import type { LotSizingSpec } from './procurement-system';

/** The officer's target share of rides served, in percent (whole numbers). */
export const SIZING_TARGET_MIN = 50;
export const SIZING_TARGET_MAX = 100;

/** A vehicle the lot may buy: its places and boarding equipment. */
export interface SizingVehicle {
  seats: number;
  wheelchairPlaces: number;
  alternativeLayouts?: { seats: number; wheelchairPlaces: number }[];
  hasRamp: boolean;
  hasLift: boolean;
  hasRestraints: boolean;
}

/**
 * The two kinds the search mixes (an assumption, said in the lot's words): a wheelchair-accessible
 * van (ramp, restraints, one wheelchair place and 3 seats, or 5 seats with the place folded) and
 * a car with 4 seats.
 */
export const SIZING_VEHICLES: { readonly wheelchair: SizingVehicle; readonly standard: SizingVehicle } = {
  wheelchair: {
    seats: 3,
    wheelchairPlaces: 1,
    alternativeLayouts: [{ seats: 5, wheelchairPlaces: 0 }],
    hasRamp: true,
    hasLift: false,
    hasRestraints: true,
  },
  standard: { seats: 4, wheelchairPlaces: 0, hasRamp: false, hasLift: false, hasRestraints: false },
};

/** When the lot's vehicles work: ISO weekdays (1 Monday ... 7 Sunday) and one daily shift. */
export interface SizingShift {
  weekdays: number[];
  startTime: LocalTime;
  endTime: LocalTime;
}

/**
 * The lot's vehicles work the policy's service hours: every weekday that has hours, from the
 * earliest start to the latest end (an end of 24:00 is midnight, the next day's 00:00). Null when
 * the policy has no hours at all.
 */
export function sizingShiftOf(serviceHours: readonly (readonly ServiceInterval[])[]): SizingShift | null {
  const weekdays: number[] = [];
  let start: LocalTime | null = null;
  let end: LocalTime | null = null;
  serviceHours.forEach((intervals, i) => {
    if (intervals.length === 0) return;
    weekdays.push(i + 1);
    for (const [s, e] of intervals) {
      if (start === null || s < start) start = s;
      if (end === null || e > end) end = e;
    }
  });
  if (start === null || end === null) return null;
  return { weekdays, startTime: start, endTime: end === '24:00' ? '00:00' : end };
}

/**
 * Where a round-the-clock lot's vehicles change shift (a 24-hour shift from this hour to the same
 * hour next day): the hour in which the fewest rides start, counted over the whole ride (pickup
 * to latest drop-off, local minutes of the day), so that as few rides as possible cross it; of
 * equal hours the earliest. A ride across the change no vehicle could carry.
 */
export function shiftChangeHour(rides: readonly { fromMinute: number; toMinute: number }[]): LocalTime {
  const busy = new Array<number>(24).fill(0);
  for (const r of rides) {
    // Every hour boundary the ride is on the road at (it may run past midnight).
    const to = r.toMinute < r.fromMinute ? r.toMinute + 1440 : r.toMinute;
    for (let h = Math.ceil(r.fromMinute / 60); h * 60 < to; h++) busy[h % 24]!++;
  }
  const hour = busy.indexOf(Math.min(...busy));
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Minutes of the day of a local time ('24:00' and '00:00' as an end: midnight). */
function minutesOf(t: LocalTime): number {
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * The vehicle hours the lot's vehicles are on shift over the days sized: each vehicle works the
 * shift once on every day from the first to the last ride's day that is one of its weekdays (a
 * shift ending at or before its start runs into the next day; the same start and end is 24 hours).
 * Only the days sized count: the replay also lays on the shift of the evening before, which may
 * carry the first day's early rides, but that is not a day of the lot's evidence.
 */
export function sizedVehicleHours(
  shift: SizingShift,
  vehicles: number,
  firstDay: LocalDate,
  lastDay: LocalDate,
): number {
  const start = minutesOf(shift.startTime);
  const end = minutesOf(shift.endTime);
  const minutes = end > start ? end - start : end + 1440 - start;
  let days = 0;
  for (let d = firstDay; d <= lastDay; d = addDaysToLocalDate(d, 1))
    if (shift.weekdays.includes(isoWeekday(d))) days++;
  return (vehicles * days * minutes) / 60;
}

/** Fewer rides or days than these and the sizing says it is too little to size a lot on. */
export const SIZING_THIN_RIDES = 30;
export const SIZING_THIN_DAYS = 14;

/** The days from the first to the last ride sized, both counted. */
export function sizedDays(s: Pick<LotSizing, 'firstDay' | 'lastDay'>): number {
  let days = 0;
  for (let d = s.firstDay; d <= s.lastDay; d = addDaysToLocalDate(d, 1)) days++;
  return days;
}

/** True when the evidence is too thin to size a lot on: treat the figures as a minimum. */
export function sizingIsThin(s: Pick<LotSizing, 'rides' | 'firstDay' | 'lastDay'>): boolean {
  return s.rides < SIZING_THIN_RIDES || sizedDays(s) < SIZING_THIN_DAYS;
}

/** What a sizing run found: stored with the request (procurement_sizing.result). */
export interface LotSizing {
  targetPercent: number;
  /** False: even the most vehicles searched did not reach the target (the figures are theirs). */
  reached: boolean;
  vehicles: number;
  wheelchairVehicles: number;
  shift: SizingShift;
  /** The days of the rides sized on (local dates). */
  firstDay: LocalDate;
  lastDay: LocalDate;
  /** Rides sized on (the request's waiting rides at the run), and those served in the replay. */
  rides: number;
  served: number;
  servedPercent: number;
  /** On time against the simulated schedule (pickups planned inside the window); null: none served. */
  onTimePercent: number | null;
  /**
   * The expected on-time share of the sized schedule, percent, by the what-if's rule
   * (expectedOnTimeShare, libs/domain expected-on-time.ts): each planned pickup on time with the
   * share of the region's observed pickup delays (`delays`) within its slack. null: none served
   * or no delay observed. Absent: sized before it was computed.
   */
  expectedOnTimePercent?: number | null;
  /**
   * The delays it applies: the completed rides with a planned and an actual pickup over these
   * days, of the region, or of the country when the region had none (a region buying its first
   * service); absent scope: the region's.
   */
  delays?: { rides: number; scope?: 'REGION' | 'COUNTRY'; from: LocalDate; to: LocalDate };
  /** Hours the vehicles are on shift over the days sized, and the km they drive. */
  serviceHours: number;
  vehicleKm: number;
  /** Cost of the served rides at the lot's tariff. */
  costTenge: number;
  perRideTenge: number | null;
  tariffPerTrip: number;
  tariffPerKm: number;
  /** Fleet sizes replayed, and how long the search took. */
  replays: number;
  seconds: number;
}

/** Percent with one decimal (95.0 -> 95). */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : 0;
}

/**
 * The rides the sizing counted against those waiting now: null when the same, else both (the
 * page says "sized on N rides; now M" and offers a new run).
 */
export function sizingDemandChange(
  sizedOn: number,
  waitingNow: number,
): { sizedOn: number; now: number } | null {
  return sizedOn === waitingNow ? null : { sizedOn, now: waitingNow };
}

const EVERY_DAY: { readonly [L in Language]: string } = { kk: 'күн сайын', ru: 'ежедневно', en: 'every day' };

/** "Mon–Fri", "Mon, Wed, Fri", "every day". */
export function weekdaysText(weekdays: readonly number[], lang: Language): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  if (days.length === 7) return EVERY_DAY[lang];
  const name = (d: number): string => WEEKDAYS_IN_DATE[lang][d - 1] ?? String(d);
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  if (contiguous && days.length >= 3) return `${name(days[0]!)}–${name(days[days.length - 1]!)}`;
  return days.map(name).join(', ');
}

/** Whole numbers with thousands apart ("12 345" / "12,345"), decimals with the language's mark. */
export function numberText(v: number, lang: Language): string {
  const [whole, frac] = String(Math.abs(Math.round(v * 10) / 10)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0');
  const sign = v < 0 ? '−' : '';
  return frac ? `${sign}${grouped}${lang === 'en' ? '.' : ','}${frac}` : `${sign}${grouped}`;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

type Texts = { readonly [L in Language]: string };

/** One form of a noun after a number, where the language changes it (kk does not). */
function one(n: number): boolean {
  return n % 10 === 1 && n % 100 !== 11;
}
const NOUNS = {
  /** "of the N rides" (ru: genitive after "из"). */
  rides: (n: number, lang: Language): string =>
    lang === 'en' ? (n === 1 ? 'ride' : 'rides') : lang === 'ru' ? (one(n) ? 'поездки' : 'поездок') : '',
  vehicles: (n: number, lang: Language): string => (lang === 'en' ? (n === 1 ? 'vehicle' : 'vehicles') : ''),
  /** "sized on N rides" (ru: dative after "по"). */
  sizedOn: (n: number, lang: Language): string =>
    lang === 'en' ? (n === 1 ? 'ride' : 'rides') : lang === 'ru' ? (one(n) ? 'поездке' : 'поездкам') : '',
  wait: (n: number, lang: Language): string => (lang === 'en' ? (n === 1 ? 'waits' : 'wait') : ''),
  /** "on N days" (ru: "за N день/дня/дней"). */
  days: (n: number, lang: Language): string => {
    if (lang === 'en') return n === 1 ? 'day' : 'days';
    if (lang === 'kk') return '';
    const m10 = n % 10;
    const m100 = n % 100;
    if (one(n)) return 'день';
    return m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 'дня' : 'дней';
  },
};

const T: { readonly [K in string]: Texts } = {
  thin: {
    kk: 'Есеп {rides} сапар мен {days} күн бойынша жасалды: бұл лотты есептеу үшін тым аз ({minRides} сапардан және {minDays} күннен кем). Бұл сандарды ең төменгі қажеттілік деп қабылдаңыз.',
    ru: 'Расчёт сделан по {rides} {sizedOnWord} за {days} {daysWord}: этого слишком мало, чтобы рассчитать лот (меньше {minRides} поездок или {minDays} дней). Считайте эти цифры минимумом.',
    en: 'Sized on {rides} {sizedOnWord} on {days} {daysWord}: too little to size a lot on (fewer than {minRides} rides or {minDays} days). Treat these figures as a minimum.',
  },
  reached: {
    kk: 'Осы лотты күтетін {rides} сапардың кемінде {target}% орындау үшін ({period}) {vehicles} көлік керек, оның {wheelchair} мүгедектер арбасымен отырғызуға арналған.',
    ru: 'Чтобы выполнить не менее {target}% из {rides} {ridesWord}, ожидающих этот лот ({period}), нужно машин: {vehicles}, из них для пассажиров в кресле-коляске: {wheelchair}.',
    en: 'To serve at least {target}% of the {rides} {ridesWord} waiting for this lot ({period}): {vehicles} {vehiclesWord}, {wheelchair} of them wheelchair-accessible.',
  },
  notReached: {
    kk: '{vehicles} көлік те ({wheelchair} мүгедектер арбасына арналған) күтетін {rides} сапардың тек {served}% орындайды: {target}% мақсатына жету мүмкін емес. Қызмет көрсету уақытын және сапарлардың уақытын тексеріңіз.',
    ru: 'Даже {vehicles} машин (из них для кресла-коляски: {wheelchair}) выполняют лишь {served}% из {rides} ожидающих {ridesWord}: цель {target}% недостижима. Проверьте часы работы службы и время поездок.',
    en: 'Even {vehicles} {vehiclesWord} ({wheelchair} wheelchair-accessible) serve only {served}% of the {rides} waiting {ridesWord}: the target of {target}% is out of reach. Check the service hours and the times of the rides.',
  },
  // Each kind said only when the lot has one (walk t25: "The other vehicles" when there were none).
  wheelchairVehicle: {
    kk: 'Арбаға арналған көлік: пандус, арбаны бекіту белдіктері, бір арба орны және 3 отырғыш орын.',
    ru: 'Машина для кресла-коляски: пандус, крепления для коляски, одно место для коляски и 3 пассажирских места.',
    en: 'A wheelchair-accessible vehicle: a ramp, wheelchair restraints, one wheelchair place and 3 seats.',
  },
  otherVehicles: {
    kk: 'Басқа көлік: 4 отырғыш орын.',
    ru: 'Остальные машины: 4 пассажирских места.',
    en: 'The other vehicles: 4 seats.',
  },
  hours: {
    kk: 'Жұмыс уақыты: {days}, {start}–{end}; есептелген кезеңде барлығы {hours} көлік-сағат.',
    ru: 'Часы работы: {days}, {start}–{end}; всего {hours} машино-часов за рассчитанный период.',
    en: 'Working hours: {days}, {start}–{end}; {hours} vehicle hours in all over the period sized.',
  },
  // The expected on-time share (walk t25 h4 N1): the what-if's rule on the region's recent delays.
  expectedOnTime: {
    kk: 'Күтілетін нәтиже: {rides} сапардың {served} орындалады ({servedPercent}%); күтілетін уақтылық: {expectedOnTime}%. Бұл өңірде {delaysPeriod} аралығында орындалған {delayRides} сапардың отырғызу кешігулерін есептелген кестеге қолдану нәтижесі (кешігулер жүктемеге қарай өспейді); терезе ішінде жоспарланған отырғызулар: {onTime}%.',
    ru: 'Ожидается: выполнено {served} из {rides} {ridesWord} ({servedPercent}%); ожидаемая доля вовремя: {expectedOnTime}%. Это опоздания посадки в выполненных поездках региона ({delaysPeriod}; поездок: {delayRides}), применённые к рассчитанному расписанию (опоздания не растут с нагрузкой); посадки, запланированные в пределах окна: {onTime}%.',
    en: 'Expected: {served} of {rides} {ridesWord} served ({servedPercent}%); expected on time: {expectedOnTime}%. These are the pickup delays of the region’s {delayRides} completed {delayRidesWord} over {delaysPeriod} applied to the sized schedule (the delays do not grow with load); pickups planned inside the window: {onTime}%.',
  },
  // The region had no completed ride: the country's providers' delays.
  expectedOnTimeCountry: {
    kk: 'Күтілетін нәтиже: {rides} сапардың {served} орындалады ({servedPercent}%); күтілетін уақтылық: {expectedOnTime}%. Өңірде әзірге орындалған сапар жоқ: бұл елде {delaysPeriod} аралығында орындалған {delayRides} сапардың отырғызу кешігулерін есептелген кестеге қолдану нәтижесі (кешігулер жүктемеге қарай өспейді); терезе ішінде жоспарланған отырғызулар: {onTime}%.',
    ru: 'Ожидается: выполнено {served} из {rides} {ridesWord} ({servedPercent}%); ожидаемая доля вовремя: {expectedOnTime}%. В регионе выполненных поездок пока нет: это опоздания посадки в выполненных поездках по стране ({delaysPeriod}; поездок: {delayRides}), применённые к рассчитанному расписанию (опоздания не растут с нагрузкой); посадки, запланированные в пределах окна: {onTime}%.',
    en: 'Expected: {served} of {rides} {ridesWord} served ({servedPercent}%); expected on time: {expectedOnTime}%. The region has no completed ride yet: these are the pickup delays of the country’s {delayRides} completed {delayRidesWord} over {delaysPeriod} applied to the sized schedule (the delays do not grow with load); pickups planned inside the window: {onTime}%.',
  },
  noDelays: {
    kk: 'Күтілетін нәтиже: {rides} сапардың {served} орындалады ({servedPercent}%); терезе ішінде жоспарланған отырғызулар: {onTime}%. Күтілетін уақтылықты есептеу мүмкін емес: {delaysPeriod} аралығында өңірде де, елде де жоспарланған және нақты отырғызу уақыты бар орындалған сапар жоқ.',
    ru: 'Ожидается: выполнено {served} из {rides} {ridesWord} ({servedPercent}%); посадки, запланированные в пределах окна: {onTime}%. Ожидаемую долю вовремя рассчитать нельзя: ни в регионе, ни по стране ({delaysPeriod}) нет выполненных поездок с плановым и фактическим временем посадки.',
    en: 'Expected: {served} of {rides} {ridesWord} served ({servedPercent}%); pickups planned inside the window: {onTime}%. The expected on-time share cannot be computed: neither the region nor the country has a completed ride with a planned and an actual pickup over {delaysPeriod}.',
  },
  // A sizing stored before the expected on-time share was computed.
  expected: {
    kk: 'Күтілетін нәтиже: {rides} сапардың {served} орындалады ({servedPercent}%); терезе ішінде жоспарланған отырғызулар: {onTime}%. Күтілетін уақтылық әзірге есептелмейді: ол аудандағы орындалған сапарлардың кешігулерін қажет етеді.',
    ru: 'Ожидается: выполнено {served} из {rides} {ridesWord} ({servedPercent}%); посадки, запланированные в пределах окна: {onTime}%. Ожидаемая доля вовремя пока не рассчитывается: для неё нужны опоздания выполненных поездок в районе.',
    en: 'Expected: {served} of {rides} {ridesWord} served ({servedPercent}%); pickups planned inside the window: {onTime}%. The expected on-time share cannot be computed yet: it needs the delays of completed rides in the region.',
  },
  cost: {
    kk: 'Тариф бойынша құны (сапарына {perTrip} ₸, километріне {perKm} ₸): {cost} ₸, бір сапарға {perRide} ₸.',
    ru: 'Стоимость по тарифу ({perTrip} ₸ за поездку, {perKm} ₸ за км): {cost} ₸, {perRide} ₸ за поездку.',
    en: 'Cost at the tariff ({perTrip} ₸ a trip, {perKm} ₸ a km): {cost} ₸, {perRide} ₸ a ride.',
  },
  method: {
    kk: 'Қалай есептелді: күтетін сапарлар нақты брондау ережелері мен диспетчерлеу арқылы көліктердің {replays} түрлі санымен қайта ойнатылды ({seconds} с).',
    ru: 'Как рассчитано: ожидающие поездки проиграны по действующим правилам бронирования и диспетчеризации с {replays} вариантами числа машин ({seconds} с).',
    en: 'How it was found: the waiting rides were replayed through the live booking rules and dispatch with {replays} fleet sizes ({seconds} s).',
  },
  demandChanged: {
    kk: 'Есеп {sizedOn} сапар бойынша жасалды; қазір {now} сапар күтеді. Есепті қайта іске қосыңыз.',
    ru: 'Расчёт сделан по {sizedOn} {sizedOnWord}; сейчас ждут: {now}. Запустите расчёт заново.',
    en: 'Sized on {sizedOn} {sizedOnWord}; {now} {waitWord} now. Run the sizing again.',
  },
  noneServed: { kk: '—', ru: '—', en: '—' },
};

/** "8 December" for one day, "8 December – 21 December" for more. */
function periodText(from: LocalDate, to: LocalDate, lang: Language): string {
  return from === to ? dayMonthText(from, lang) : `${dayMonthText(from, lang)} – ${dayMonthText(to, lang)}`;
}

/**
 * Which sentence says what to expect: the expected on-time share on the region's delays or the
 * country's, none without delays, or the sentence of a sizing stored before it was computed.
 */
function expectedKey(s: LotSizing): 'expectedOnTime' | 'expectedOnTimeCountry' | 'noDelays' | 'expected' {
  if (s.expectedOnTimePercent === undefined || !s.delays) return 'expected';
  if (s.delays.rides === 0) return 'noDelays';
  // (None served: nothing to expect of, said with the planned share's dash.)
  return s.delays.scope === 'COUNTRY' ? 'expectedOnTimeCountry' : 'expectedOnTime';
}

/** The lot's sizing in sentences a person reads (the page, the lot's specification). */
export function lotSizingText(s: LotSizing, lang: Language): string[] {
  const n = (v: number): string => numberText(v, lang);
  const params = {
    target: s.targetPercent,
    rides: n(s.rides),
    ridesWord: NOUNS.rides(s.rides, lang),
    vehiclesWord: NOUNS.vehicles(s.vehicles, lang),
    period: periodText(s.firstDay, s.lastDay, lang),
    vehicles: n(s.vehicles),
    wheelchair: n(s.wheelchairVehicles),
    served: s.reached ? n(s.served) : n(s.servedPercent),
    servedPercent: n(s.servedPercent),
    days: weekdaysText(s.shift.weekdays, lang),
    start: s.shift.startTime,
    end: s.shift.endTime === '00:00' ? '24:00' : s.shift.endTime,
    hours: n(s.serviceHours),
    onTime: s.onTimePercent === null ? T.noneServed![lang] : n(s.onTimePercent),
    perTrip: n(s.tariffPerTrip),
    perKm: n(s.tariffPerKm),
    cost: n(s.costTenge),
    perRide: s.perRideTenge === null ? T.noneServed![lang] : n(s.perRideTenge),
    replays: n(s.replays),
    seconds: n(s.seconds),
  };
  const say = (key: string, p: Record<string, string | number> = params): string => fill(T[key]![lang], p);
  const days = sizedDays(s);
  const thin = sizingIsThin(s)
    ? [
        say('thin', {
          rides: n(s.rides),
          sizedOnWord: NOUNS.sizedOn(s.rides, lang),
          days: n(days),
          daysWord: NOUNS.days(days, lang),
          minRides: n(SIZING_THIN_RIDES),
          minDays: n(SIZING_THIN_DAYS),
        }),
      ]
    : [];
  return [
    say(s.reached ? 'reached' : 'notReached'),
    ...thin,
    [
      s.wheelchairVehicles > 0 ? say('wheelchairVehicle') : null,
      s.vehicles > s.wheelchairVehicles ? say('otherVehicles') : null,
    ]
      .filter((x) => x !== null)
      .join(' '),
    say('hours'),
    say(expectedKey(s), {
      ...params,
      served: n(s.served),
      expectedOnTime: s.expectedOnTimePercent == null ? T.noneServed![lang] : n(s.expectedOnTimePercent),
      delayRides: n(s.delays?.rides ?? 0),
      delayRidesWord: NOUNS.rides(s.delays?.rides ?? 0, lang),
      delaysPeriod: s.delays ? periodText(s.delays.from, s.delays.to, lang) : '',
    }),
    say('cost'),
    say('method'),
  ];
}

/** "Sized on N rides; M wait now. Run the sizing again." */
export function sizingDemandChangeText(change: { sizedOn: number; now: number }, lang: Language): string {
  return fill(T.demandChanged![lang], {
    sizedOn: numberText(change.sizedOn, lang),
    sizedOnWord: NOUNS.sizedOn(change.sizedOn, lang),
    now: numberText(change.now, lang),
    waitWord: NOUNS.wait(change.now, lang),
  });
}

/** The lot's specification in all three languages (what the procurement system gets). */
export function lotSpecification(s: LotSizing): { [L in Language]: string } {
  return {
    kk: lotSizingText(s, 'kk').join(' '),
    ru: lotSizingText(s, 'ru').join(' '),
    en: lotSizingText(s, 'en').join(' '),
  };
}

/** The sizing as the lot sent to the procurement system carries it. */
export function lotSizingSpec(s: LotSizing): LotSizingSpec {
  return {
    vehicles: s.vehicles,
    wheelchairVehicles: s.wheelchairVehicles,
    weekdays: [...s.shift.weekdays],
    shiftStart: s.shift.startTime,
    shiftEnd: s.shift.endTime,
    targetPercent: s.targetPercent,
    expectedServedPercent: s.servedPercent,
    expectedOnTimePercent: s.expectedOnTimePercent ?? null,
    specification: lotSpecification(s),
  };
}

const FAILURES: { readonly [K in string]: Texts } = {
  NO_WAITING_DEMAND: {
    kk: 'Есептеу мүмкін болмады: бұл сұранысты бірде-бір сапар күтпейді.',
    ru: 'Рассчитать не удалось: эту заявку не ждёт ни одна поездка.',
    en: 'Could not size the lot: no ride is waiting for this request.',
  },
  NO_SERVICE_HOURS: {
    kk: 'Есептеу мүмкін болмады: аймақ саясатында қызмет көрсету сағаттары жоқ.',
    ru: 'Рассчитать не удалось: в политике региона не заданы часы работы службы.',
    en: 'Could not size the lot: the region’s policy has no service hours.',
  },
  REQUEST_GONE: {
    kk: 'Есептеу мүмкін болмады: сұраныс табылмады.',
    ru: 'Рассчитать не удалось: заявка не найдена.',
    en: 'Could not size the lot: the request is gone.',
  },
  SIZING_ERROR: {
    kk: 'Есептеу сәтсіз аяқталды. Қайта іске қосыңыз; қайталанса, қолдау қызметіне хабарласыңыз.',
    ru: 'Расчёт не удался. Запустите его снова; если повторится, обратитесь в поддержку.',
    en: 'The sizing failed. Run it again; if it fails again, tell support.',
  },
};

/** Why a run failed, in words (procurement_sizing.note is the code). */
export function sizingFailureText(code: string | null, lang: Language): string {
  return (FAILURES[code ?? ''] ?? FAILURES.SIZING_ERROR!)[lang];
}
