// A what-if scenario as an officer asks it (issue 25, item 1): the demand base (a recorded period,
// scaled by a growth factor), a fleet change (vehicles of a kind added or taken away, added ones
// working a shift), and a policy variant (service hours, lead time, pickup window width, ride-time
// factor). Pure rules: what a valid scenario is, and the policy it replays under.
import type { FieldError } from './domain-error';
import type { FigureSummary } from './operations-figures';
import type { ServiceInterval, ServicePolicyRules } from './policy';
import { addDaysToLocalDate, daysBetweenLocalDates, isValidLocalDate, parseLocalTime } from './time';
import type { LocalDate, LocalTime } from './time';
import type { Language } from './vocabulary';
import { MESSAGES, refusalStaffLabel, refusalTitle } from './messages';

/** The kinds of vehicle a scenario adds or takes away, in words an officer uses. */
export const WHATIF_VEHICLE_KINDS = ['WHEELCHAIR_VAN', 'CAR'] as const;
export type WhatIfVehicleKind = (typeof WHATIF_VEHICLE_KINDS)[number];

/** What an added vehicle of a kind carries and how one boards it. */
export const WHATIF_VEHICLE_LAYOUTS: {
  readonly [K in WhatIfVehicleKind]: {
    seats: number;
    wheelchairPlaces: number;
    alternativeLayouts: { seats: number; wheelchairPlaces: number }[];
    hasRamp: boolean;
    hasLift: boolean;
    hasRestraints: boolean;
  };
} = {
  // A van with a ramp: one wheelchair and two seats, or four seats with the place folded up.
  WHEELCHAIR_VAN: {
    seats: 2,
    wheelchairPlaces: 1,
    alternativeLayouts: [{ seats: 4, wheelchairPlaces: 0 }],
    hasRamp: true,
    hasLift: false,
    hasRestraints: true,
  },
  CAR: {
    seats: 3,
    wheelchairPlaces: 0,
    alternativeLayouts: [],
    hasRamp: false,
    hasLift: false,
    hasRestraints: false,
  },
};

/** A vehicle of the recorded fleet is of a kind by its wheelchair places. */
export function vehicleKindOf(layout: { wheelchairPlaces: number }): WhatIfVehicleKind {
  return layout.wheelchairPlaces > 0 ? 'WHEELCHAIR_VAN' : 'CAR';
}

export interface WhatIfFleetChange {
  kind: WhatIfVehicleKind;
  /** Vehicles added (> 0) or taken away (< 0), every day of the period. */
  count: number;
  /** An added vehicle's shift, local time (an end at or before the start runs past midnight). */
  shiftStart: LocalTime;
  shiftEnd: LocalTime;
}

export interface WhatIfPolicyVariant {
  /** The service's hours on every open day; null: as in force. */
  serviceHours: { from: LocalTime; to: LocalTime } | null;
  /** The shortest notice a booking needs, minutes; null: as in force. */
  minLeadMinutes: number | null;
  /** How wide the pickup window is, minutes (the drop-off window scaled alike); null: as in force. */
  windowMinutes: number | null;
  /** The longest ride as a multiple of the direct drive; null: as in force. */
  rideTimeFactor: number | null;
}

export interface WhatIfScenarioParams {
  /**
   * The recorded requests whose pickup falls on these local days (both included): requests already
   * made, so the period starts by today (days ahead hold what has been booked for them so far).
   */
  demand: { from: LocalDate; to: LocalDate; growth: number };
  fleet: WhatIfFleetChange[];
  policy: WhatIfPolicyVariant;
}

/** The longest demand base a scenario replays, in days. */
export const WHATIF_MAX_DAYS = 31;
export const WHATIF_GROWTH = { min: 0.1, max: 5 } as const;
export const WHATIF_FLEET_COUNT = { min: -200, max: 200 } as const;
export const WHATIF_LEAD_MINUTES = { min: 0, max: 7 * 1440 } as const;
export const WHATIF_WINDOW_MINUTES = { min: 5, max: 120 } as const;
export const WHATIF_RIDE_FACTOR = { min: 1, max: 4 } as const;

/**
 * What is wrong with a scenario, each at its field (the form's names: "demand.to",
 * "fleet[1].count", "policy.serviceHours.to"), with the rule's words (messages.ts).
 * `today` is the officer's local day: the demand base is days already over (their requests recorded).
 */
export function validateWhatIfScenario(p: WhatIfScenarioParams, today: LocalDate): FieldError[] {
  const errors: FieldError[] = [];
  const range = (field: string, value: number, r: { min: number; max: number }) => {
    if (value < r.min)
      errors.push({ field, code: 'TOO_SMALL', say: { key: 'TOO_SMALL', params: { min: r.min } } });
    else if (value > r.max)
      errors.push({ field, code: 'TOO_LARGE', say: { key: 'TOO_LARGE', params: { max: r.max } } });
  };
  const { from, to, growth } = p.demand;
  const fromOk = isValidLocalDate(from);
  const toOk = isValidLocalDate(to);
  if (!fromOk) errors.push({ field: 'demand.from', code: 'DATE_INVALID', say: { key: 'LOT_DATE_INVALID' } });
  if (!toOk) errors.push({ field: 'demand.to', code: 'DATE_INVALID', say: { key: 'LOT_DATE_INVALID' } });
  if (fromOk && toOk) {
    if (to < from)
      errors.push({ field: 'demand.to', code: 'BEFORE_FROM', say: { key: 'WHATIF_PERIOD_ORDER' } });
    else {
      // Every reason at once (walk t25 minor 6): a period both too long and ending in the future
      // is told both, so fixing one does not meet the next.
      if (daysBetweenLocalDates(from, to) >= WHATIF_MAX_DAYS)
        errors.push({
          field: 'demand.to',
          code: 'TOO_LONG',
          say: { key: 'WHATIF_PERIOD_TOO_LONG', params: { days: WHATIF_MAX_DAYS } },
        });
      if (from > today)
        errors.push({
          field: 'demand.from',
          code: 'NOT_BEGUN',
          say: { key: 'WHATIF_PERIOD_NOT_BEGUN', params: { date: today } },
        });
      // The replay needs the period's requests recorded: today's are still coming in, later
      // days' mostly not made yet (a period ending in the future would replay a part of it).
      const yesterday = addDaysToLocalDate(today, -1);
      if (to > yesterday)
        errors.push({
          field: 'demand.to',
          code: 'NOT_OVER',
          say: { key: 'WHATIF_PERIOD_NOT_OVER', params: { date: yesterday } },
        });
    }
  }
  range('demand.growth', growth, WHATIF_GROWTH);
  p.fleet.forEach((f, i) => {
    if (f.count === 0)
      errors.push({ field: `fleet[${i}].count`, code: 'ZERO', say: { key: 'WHATIF_FLEET_ZERO' } });
    else range(`fleet[${i}].count`, f.count, WHATIF_FLEET_COUNT);
    for (const side of ['shiftStart', 'shiftEnd'] as const)
      if (parseLocalTime(f[side], side === 'shiftEnd') === null)
        errors.push({ field: `fleet[${i}].${side}`, code: 'FORMAT_INVALID', say: { key: 'TIME_FORMAT' } });
  });
  const hours = p.policy.serviceHours;
  if (hours) {
    const a = parseLocalTime(hours.from);
    const b = parseLocalTime(hours.to, true);
    if (a === null)
      errors.push({
        field: 'policy.serviceHours.from',
        code: 'FORMAT_INVALID',
        say: { key: 'TIME_FORMAT' },
      });
    if (b === null)
      errors.push({
        field: 'policy.serviceHours.to',
        code: 'FORMAT_INVALID',
        say: { key: 'TIME_FORMAT' },
      });
    if (a !== null && b !== null && b <= a)
      errors.push({
        field: 'policy.serviceHours.to',
        code: 'BEFORE_FROM',
        say: { key: 'WHATIF_HOURS_ORDER' },
      });
  }
  if (p.policy.minLeadMinutes !== null)
    range('policy.minLeadMinutes', p.policy.minLeadMinutes, WHATIF_LEAD_MINUTES);
  if (p.policy.windowMinutes !== null)
    range('policy.windowMinutes', p.policy.windowMinutes, WHATIF_WINDOW_MINUTES);
  if (p.policy.rideTimeFactor !== null)
    range('policy.rideTimeFactor', p.policy.rideTimeFactor, WHATIF_RIDE_FACTOR);
  return errors;
}

/**
 * Vehicles taken away beyond those the region's fleet had in the period: refused at the field,
 * naming how many there are ("Wheelchair vehicles in the fleet in the period: 4"). Changes of one kind
 * add up (two rows of −3 take 6).
 */
export function validateFleetTakeaway(
  fleet: readonly WhatIfFleetChange[],
  have: { readonly [K in WhatIfVehicleKind]: number },
): FieldError[] {
  const taken: { [K in WhatIfVehicleKind]: number } = { WHEELCHAIR_VAN: 0, CAR: 0 };
  const errors: FieldError[] = [];
  fleet.forEach((f, i) => {
    if (f.count >= 0 || !(f.kind in taken)) return;
    taken[f.kind] -= f.count;
    if (taken[f.kind] > have[f.kind])
      errors.push({
        field: `fleet[${i}].count`,
        code: 'TOO_FEW_VEHICLES',
        say: {
          key: f.kind === 'CAR' ? 'WHATIF_FLEET_TOO_FEW_CARS' : 'WHATIF_FLEET_TOO_FEW_VANS',
          params: { count: have[f.kind] },
        },
      });
  });
  return errors;
}

/** A window's two sides rescaled to `width` minutes, keeping their split (0+15 at 30: 0+30). */
function rescale(before: number, after: number, width: number): [number, number] {
  const total = before + after;
  const b = total === 0 ? Math.floor(width / 2) : Math.round((width * before) / total);
  return [b, width - b];
}

/**
 * The policy a scenario replays under: the one in force with the variant's changes. Service hours
 * replace the hours of every open day (a closed day stays closed); the window width rescales the
 * pickup window and the drop-off window alike, each keeping how it splits around the asked time.
 */
export function applyPolicyVariant(base: ServicePolicyRules, v: WhatIfPolicyVariant): ServicePolicyRules {
  const out: ServicePolicyRules = { ...base };
  if (v.serviceHours) {
    const hours: ServiceInterval = [v.serviceHours.from, v.serviceHours.to];
    out.serviceHours = base.serviceHours.map((day) => (day.length ? [hours] : []));
  }
  if (v.minLeadMinutes !== null) out.minLeadMinutes = v.minLeadMinutes;
  if (v.windowMinutes !== null) {
    const w = base.timeWindows;
    const [pb, pa] = rescale(w.pickupBeforeMinutes, w.pickupAfterMinutes, v.windowMinutes);
    const pickupWidth = w.pickupBeforeMinutes + w.pickupAfterMinutes;
    const dropWidth = w.dropoffBeforeMinutes + w.dropoffAfterMinutes;
    // The drop-off window grows in the same proportion as the pickup one.
    const dropTo = pickupWidth === 0 ? dropWidth : Math.round((dropWidth * v.windowMinutes) / pickupWidth);
    const [db, da] = rescale(w.dropoffBeforeMinutes, w.dropoffAfterMinutes, dropTo);
    out.timeWindows = {
      pickupBeforeMinutes: pb,
      pickupAfterMinutes: pa,
      dropoffBeforeMinutes: db,
      dropoffAfterMinutes: da,
    };
  }
  if (v.rideTimeFactor !== null) out.maxRideTime = { ...base.maxRideTime, factor: v.rideTimeFactor };
  return out;
}

/** What a stored run's replay found (kept as the run's result; the page and the XLSX read it). */
export interface WhatIfRunResult {
  /**
   * Requests of the scenario (the demand base times the growth factor): those replayed and those
   * the rules refused at the time (counted as requested and refused, as the reports count them).
   */
  requests: number;
  /** Scheduled / requested; null with no request. */
  servedShare: number | null;
  /** Waitlisted by the real-time insertion and then served by an evening re-plan. */
  servedByReplan: number;
  /**
   * The expected on-time share (expectedOnTimeShare, expected-on-time.ts): each planned pickup
   * on time with the share of the base period's observed pickup delays within its slack (window
   * end minus planned pickup). null: nothing planned, or no delay observed. (figures.onTime is
   * against the simulated plan itself: pickups planned inside the window, 100% by construction.)
   */
  expectedOnTimeShare?: number | null;
  /** How many completed rides of the base period the observed delays come from. */
  observedDelays?: number;
  replans: { run: number; applied: number };
  /** Vehicles working at least one shift of the period, by kind, and their shifts. */
  fleet: { vehicles: number; wheelchairVans: number; cars: number; shifts: number };
  /**
   * The fleet's shifts cut to the scenario's service hours, present when its policy variant sets
   * them (walk t25 minor 1): the hours outside are not bought, so the vehicle hours and the trips
   * per hour follow. The fleet's vehicle hours before the cut, and the shifts dropped as lying
   * wholly outside the hours.
   */
  shiftsCut?: { vehicleHoursBefore: number; shiftsDropped: number };
  /** The operations figures of the replay (the reports' definitions). */
  figures: FigureSummary;
  /**
   * The parameters of each refusal reason's message under the scenario's rules (LEAD_TIME_TOO_SHORT:
   * { minutes }, BEYOND_HORIZON: { days }), so its text says the value, never a placeholder.
   */
  reasonParams?: { [reason: string]: { [key: string]: string | number } };
  /**
   * The demand base as recorded, before the growth factor: requests, the days of the period and
   * those of them holding any request (a month of which 4 days hold data is said so); `refused`:
   * of the requests, those the rules refused at the time; `replayed`: of those, the ones refused
   * for service hours, notice or horizon only, whose asked trip is kept (refused_request) and
   * replayed under the scenario's rules (the others are counted, not replayed).
   */
  recorded?: {
    requests: number;
    days: number;
    daysWithRequests: number;
    refused?: number;
    replayed?: number;
  };
  /**
   * The rules the replay applied (the policy in force with the variant's changes), each value
   * spelled out: a baseline "as in force" says what was in force (walk t25 m6). Missing in runs
   * stored before it.
   */
  rules?: WhatIfRulesApplied;
  /** How long the replay took, seconds. */
  seconds: number;
}

/** A policy's rules as a scenario names them, every value given, and the ride limit's allowance. */
export interface WhatIfRulesApplied {
  /** The day's hours, earliest opening to latest closing of the week; null: closed every day. */
  serviceHours: { from: LocalTime; to: LocalTime } | null;
  minLeadMinutes: number;
  /** The pickup window's width, minutes. */
  windowMinutes: number;
  /** The longest ride: rideTimeFactor × the direct drive + ridePlusMinutes. */
  rideTimeFactor: number;
  ridePlusMinutes: number;
}

/** The rules of a policy as a scenario names them (the page's "in force now" and each run's). */
export function rulesApplied(
  r: Pick<ServicePolicyRules, 'minLeadMinutes' | 'timeWindows' | 'maxRideTime'> & {
    serviceHours: readonly (readonly (readonly string[])[])[];
  },
): WhatIfRulesApplied {
  const intervals = r.serviceHours.flat();
  const from = intervals.map((i) => i[0] ?? '').sort()[0];
  const to = intervals
    .map((i) => i[1] ?? '')
    .sort()
    .at(-1);
  return {
    serviceHours: from && to ? { from: from as LocalTime, to: to as LocalTime } : null,
    minLeadMinutes: r.minLeadMinutes,
    windowMinutes: r.timeWindows.pickupBeforeMinutes + r.timeWindows.pickupAfterMinutes,
    rideTimeFactor: r.maxRideTime.factor,
    ridePlusMinutes: r.maxRideTime.plusMinutes,
  };
}

/**
 * The longest ride as the rule applies it (walk t25 M3: "1.5 times the direct drive" alone read
 * as broken by a mean of 1.98, the allowance making short rides longer): "1.5 × the direct drive
 * + 15 min", «1,5 × прямой путь + 15 мин».
 */
export function rideLimitText(factor: number, plusMinutes: number, lang: Language): string {
  const x = lang === 'en' ? String(factor) : String(factor).replace('.', ',');
  const words = {
    kk: `${x} × тікелей жол + ${plusMinutes} мин`,
    ru: `${x} × прямой путь + ${plusMinutes} мин`,
    en: `${x} × the direct drive + ${plusMinutes} min`,
  } as const;
  return words[lang];
}

type Texts = { readonly [L in Language]: string };

/** The words of a scenario's workbook (the page has the same in apps/web locales, whatif.*). */
export const WHATIF_WORDS = {
  sheet: { kk: 'Сценарийлер', ru: 'Сценарии', en: 'Scenarios' },
  asked: { kk: 'Не есептелді', ru: 'Что считали', en: 'What was asked' },
  period: { kk: 'Сұраныс кезеңі', ru: 'Период спроса', en: 'Demand period' },
  periodFrom: { kk: 'Кезеңнің бірінші күні', ru: 'Первый день периода', en: 'First day of the period' },
  periodTo: { kk: 'Кезеңнің соңғы күні', ru: 'Последний день периода', en: 'Last day of the period' },
  growth: { kk: 'Сұраныстың өсуі (есе)', ru: 'Рост спроса (раз)', en: 'Demand growth (times)' },
  fleetChange: { kk: 'Көліктер өзгерісі', ru: 'Изменение парка', en: 'Fleet change' },
  WHEELCHAIR_VAN: { kk: 'арбаға арналған көлік', ru: 'машина для коляски', en: 'wheelchair vehicle' },
  CAR: { kk: 'жеңіл көлік', ru: 'легковая машина', en: 'car' },
  serviceHours: {
    kk: 'Сапарлар ұсынылатын уақыт',
    ru: 'Время, когда возят',
    en: 'Hours rides are offered',
  },
  minLead: {
    kk: 'Алдын ала тапсырыс, мин',
    ru: 'Заказ заранее, мин',
    en: 'Booking notice, min',
  },
  window: { kk: 'Күту терезесі, мин', ru: 'Окно подачи, мин', en: 'Pickup window, min' },
  rideFactor: {
    kk: 'Жолдың ең ұзақ уақыты (тікелейге қатынас)',
    ru: 'Наибольшее время в пути (к прямому)',
    en: 'Longest ride (times the direct drive)',
  },
  asInForce: { kk: 'қолданыстағыдай', ru: 'как действует сейчас', en: 'as in force' },
  ridePlus: {
    kk: 'Ең ұзақ жолға қосылатын уақыт, мин',
    ru: 'Добавка к наибольшему времени в пути, мин',
    en: 'Allowance added to the longest ride, min',
  },
  rideLimit: {
    kk: 'Жол уақытының шегі (осыдан асқандар «шектен асқан»)',
    ru: 'Предел времени в пути (сверх него — «сверх предела»)',
    en: 'Ride time limit (rides beyond it are “over the limit”)',
  },
  vehicleHours: { kk: 'Көлік-сағаттар', ru: 'Машино-часы', en: 'Vehicle hours' },
  result: { kk: 'Нәтиже', ru: 'Результат', en: 'Result' },
  requests: { kk: 'Сұраулар', ru: 'Заявки', en: 'Requests' },
  servedShare: { kk: 'Қызмет көрсетілген үлес', ru: 'Доля обслуженных', en: 'Served share' },
  servedByReplan: {
    kk: 'Кешкі қайта жоспарлау орналастырды',
    ru: 'Размещено вечерним перепланированием',
    en: 'Placed by the evening re-plan',
  },
  vehicles: { kk: 'Көліктер', ru: 'Машины', en: 'Vehicles' },
  expectedOnTime: {
    kk: 'Күтілетін уақтылық (кезеңде байқалған кешігулер бойынша)',
    ru: 'Ожидаемая доля вовремя (с опозданиями, наблюдавшимися в периоде)',
    en: 'Expected on time (with the delays observed in the period)',
  },
  observedDelays: {
    kk: 'Кешігулер алынған орындалған сапарлар',
    ru: 'Выполненных поездок, по которым взяты опоздания',
    en: 'Completed rides the delays come from',
  },
  plannedInWindow: {
    kk: 'Терезе ішінде жоспарланған отырғызулар',
    ru: 'Посадки, запланированные внутри окна',
    en: 'Pickups planned inside the window',
  },
  expectedOnTimeMeans: {
    kk: 'Күтілетін уақтылық: әр жоспарланған отырғызу кезеңде байқалған отырғызу кешігулерінің (орындалған сапарлардың нақты минус жоспарланған уақыты) оның жоспарлы уақыты мен терезе соңы арасындағы қорға сыйятын үлесімен есептеледі. Модельденген кестенің өзінде әр отырғызу терезе ішінде жоспарланған, сондықтан ол бойынша кешігу жоқ.',
    ru: 'Ожидаемая доля вовремя: каждая запланированная посадка засчитывается долей опозданий подачи, наблюдавшихся в периоде (фактическое минус плановое время выполненных поездок), которые умещаются в запас между её плановым временем и концом окна. В самом смоделированном расписании каждая посадка запланирована внутри окна, поэтому опозданий по нему нет.',
    en: 'Expected on time: each planned pickup counts with the share of the pickup delays observed in the period (actual minus planned pickup of its completed rides) that fit in the room between its planned time and the end of its window. In the simulated schedule itself every pickup is planned inside its window, so it has no late pickups to count.',
  },
  refusedByReason: {
    kk: 'Бас тарту себептері (әр сұрау бірінші себебі бойынша бір рет)',
    ru: 'Отказы по причинам (каждая заявка один раз, по первой причине)',
    en: 'Refusals by reason (each request once, under its first reason)',
  },
  refusedTotal: { kk: 'Барлық бас тарту', ru: 'Всего отказов', en: 'Refused in all' },
  region: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  ranAt: { kk: 'Есептелген уақыты', ru: 'Когда рассчитан', en: 'Calculated at' },
  baseline: { kk: 'базалық', ru: 'базовый', en: 'baseline' },
} as const satisfies { readonly [key: string]: Texts };

/**
 * The parameters of a refusal reason's message for a row that several scenarios share: each
 * value as the scenarios have it, in their order, different ones joined ("30 / 60" minutes when
 * one scenario asks 30 minutes' notice and the other 60).
 */
export function sharedReasonParams(
  results: readonly (Pick<WhatIfRunResult, 'reasonParams'> | null | undefined)[],
  reason: string,
): { [key: string]: string } {
  const values = new Map<string, string[]>();
  for (const r of results)
    for (const [key, v] of Object.entries(r?.reasonParams?.[reason] ?? {})) {
      const seen = values.get(key) ?? [];
      if (!seen.includes(String(v))) seen.push(String(v));
      values.set(key, seen);
    }
  return Object.fromEntries([...values].map(([key, vs]) => [key, vs.join(' / ')]));
}

/**
 * A refusal reason as the scenarios' comparison names it (page and XLSX): its staff label
 * (refusalStaffLabel, walk t25 m5: never the rider's sentence) with the rule's value when every
 * scenario refusing for it carries that value (the replay's own rules), else the label alone
 * (refusals from the recorded period carry none), so no placeholder is ever shown; null: a code
 * without words.
 */
export function whatIfRefusalLabel(
  results: readonly (Pick<WhatIfRunResult, 'reasonParams' | 'figures'> | null | undefined)[],
  reason: string,
  lang: Language,
): string | null {
  if (!Object.prototype.hasOwnProperty.call(MESSAGES, reason)) return null;
  const refusing = results.filter((r) =>
    r?.figures.trips.refusedByReason.some((x) => x.reason === reason && x.count > 0),
  );
  // Staff labels (walk t25 m5), never the rider's sentence: "Booked at too short notice: notice 30 / 15 min".
  return refusing.every((r) => r?.reasonParams?.[reason])
    ? refusalStaffLabel(reason, lang, sharedReasonParams(refusing, reason))
    : refusalTitle(reason, lang);
}

/** A scenario that changes nothing: the demand as recorded, the fleet and the rules as they were. */
export function isAsRecorded(p: WhatIfScenarioParams): boolean {
  const v = p.policy;
  return (
    p.demand.growth === 1 &&
    p.fleet.every((f) => f.count === 0) &&
    v.serviceHours === null &&
    v.minLeadMinutes === null &&
    v.windowMinutes === null &&
    v.rideTimeFactor === null
  );
}

/**
 * Which of the scenarios compared side by side is the baseline the others are read against
 * (page and XLSX mark it): the first that changes nothing (isAsRecorded), else the first
 * chosen; null with fewer than two (nothing to compare).
 */
export function whatIfBaseline(scenarios: readonly { params: WhatIfScenarioParams }[]): number | null {
  if (scenarios.length < 2) return null;
  return Math.max(
    0,
    scenarios.findIndex((s) => isAsRecorded(s.params)),
  );
}

/**
 * The scenarios in the order they are read side by side: the baseline (whatIfBaseline) first,
 * the others as chosen (walk t25 m8: ticked second, the baseline stood on the right).
 */
export function baselineFirst<T extends { params: WhatIfScenarioParams }>(scenarios: readonly T[]): T[] {
  const b = whatIfBaseline(scenarios);
  return b === null ? [...scenarios] : [scenarios[b]!, ...scenarios.filter((_, i) => i !== b)];
}

/** "машину / машины / машин" after a number (ru, the accusative of "на N ... больше"). */
function ruCount(n: number, forms: readonly [string, string, string]): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return forms[0];
  return m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? forms[1] : forms[2];
}

/**
 * A fleet change in words, with the number's noun as each language says it (walk h4: not
 * "-2 wheelchair vehicle"): "2 fewer wheelchair vehicles", "1 more car, 08:00–20:00" (an added
 * vehicle's shift), "на 2 машины с местом для коляски меньше", "арбаға арналған 2 көлік азырақ".
 */
export function fleetChangeText(f: WhatIfFleetChange, lang: Language): string {
  const n = Math.abs(f.count);
  const more = f.count > 0;
  const van = f.kind === 'WHEELCHAIR_VAN';
  const shift = more ? `, ${f.shiftStart}–${f.shiftEnd}` : '';
  switch (lang) {
    case 'en': {
      const noun = van ? (n === 1 ? 'wheelchair vehicle' : 'wheelchair vehicles') : n === 1 ? 'car' : 'cars';
      return `${n} ${more ? 'more' : 'fewer'} ${noun}${shift}`;
    }
    case 'ru': {
      const noun = van
        ? `${ruCount(n, ['машину', 'машины', 'машин'])} с местом для коляски`
        : ruCount(n, ['легковую машину', 'легковые машины', 'легковых машин']);
      return `на ${n} ${noun} ${more ? 'больше' : 'меньше'}${shift}`;
    }
    case 'kk':
      return `${van ? `арбаға арналған ${n} көлік` : `${n} жеңіл көлік`} ${more ? 'көбірек' : 'азырақ'}${shift}`;
  }
}

/** The recorded demand of a period: requests, days, and the days holding any (trips' local days). */
export function recordedDemand(
  tripDays: readonly LocalDate[],
  from: LocalDate,
  to: LocalDate,
): { requests: number; days: number; daysWithRequests: number } {
  return {
    requests: tripDays.length,
    days: daysBetweenLocalDates(from, to) + 1,
    daysWithRequests: new Set(tripDays.filter((d) => d >= from && d <= to)).size,
  };
}
