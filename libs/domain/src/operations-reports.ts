// The operations reports as a reader gets them in a spreadsheet (issue 22): which figures each
// report holds, and each figure's and sheet's name in kk, ru and en. The XLSX export of each
// report and the monthly workbook per akimat are built from these, so both say the same.
import type { FieldError } from './domain-error';
import type { FigureSummary } from './operations-figures';
import { daysBetweenLocalDates, isValidLocalDate } from './time';
import type { Language } from './vocabulary';
import { rideLimitText } from './whatif-scenario';

type Texts = { readonly [L in Language]: string };

export const OPERATIONS_REPORTS = [
  'trips',
  'onTime',
  'misses',
  'unmet',
  'productivity',
  'rideTime',
  'accessibility',
  'cost',
] as const;
export type OperationsReportName = (typeof OPERATIONS_REPORTS)[number];

/** The longest period one report covers: a year, with a leap day. */
export const REPORT_MAX_DAYS = 366;

/**
 * A report's period, each broken rule at its field with its words (walk t22 m1: a reversed or
 * too long period was only "some fields are filled in incorrectly"): the API refuses with these,
 * and the page says them at the period's fields before asking.
 */
export function validateReportPeriod(from: string, to: string): FieldError[] {
  const errors: FieldError[] = [];
  const fromOk = isValidLocalDate(from);
  const toOk = isValidLocalDate(to);
  if (!fromOk) errors.push({ field: 'from', code: 'INVALID', say: { key: 'LOT_DATE_INVALID' } });
  if (!toOk) errors.push({ field: 'to', code: 'INVALID', say: { key: 'LOT_DATE_INVALID' } });
  if (!fromOk || !toOk) return errors;
  if (to < from)
    errors.push({
      field: 'to',
      code: 'BEFORE_FROM',
      say: { key: 'REPORT_PERIOD_ORDER' },
    });
  else if (daysBetweenLocalDates(from, to) >= REPORT_MAX_DAYS)
    errors.push({
      field: 'to',
      code: 'OUT_OF_RANGE',
      say: { key: 'REPORT_PERIOD_TOO_LONG', params: { days: REPORT_MAX_DAYS } },
    });
  return errors;
}

export interface ReportColumn {
  key: string;
  label: Texts;
  value: (f: FigureSummary) => number | null;
  /**
   * What the number is, so a spreadsheet shows it so: a count (whole), a measure (minutes, hours,
   * km, a ratio: two decimals), a share (0..1, as a percentage), an amount in tenge.
   */
  kind: 'count' | 'decimal' | 'minutes' | 'percent' | 'money';
}

/** The columns whose values are shares of one (0..1), not counts. */
const SHARES = new Set(['onTimeShare', 'deadheadShare', 'utilisation', 'overLimitShare']);
/** The columns whose values are amounts in tenge. */
const MONEY = new Set(['costTenge', 'perTripTenge', 'perPassengerKmTenge']);
/** The columns whose values are minutes (one decimal, as on the page). */
const MINUTES = new Set(['p95LateMinutes', 'meanMinutes', 'p95Minutes']);
/** The columns whose values are measures with decimals (hours, km, ratios), not counts. */
const DECIMALS = new Set([
  'serviceHours',
  'passengerTripsPerServiceHour',
  'vehicleKm',
  'meanRatio',
  'p95Ratio',
  'passengerKm',
]);

const col = (
  key: string,
  kk: string,
  ru: string,
  en: string,
  value: ReportColumn['value'],
): ReportColumn => ({
  key,
  label: { kk, ru, en },
  value,
  kind: SHARES.has(key)
    ? 'percent'
    : MONEY.has(key)
      ? 'money'
      : MINUTES.has(key)
        ? 'minutes'
        : DECIMALS.has(key)
          ? 'decimal'
          : 'count',
});

export const REPORT_TITLES: { readonly [R in OperationsReportName]: Texts } = {
  trips: { kk: 'Сапарлар', ru: 'Поездки', en: 'Trips' },
  onTime: { kk: 'Уақтылығы', ru: 'Пунктуальность', en: 'On-time performance' },
  misses: {
    kk: 'Келмеулер мен кеш бас тартулар',
    ru: 'Неявки и поздние отмены',
    en: 'No-shows and late cancellations',
  },
  unmet: { kk: 'Қанағаттандырылмаған сұраныс', ru: 'Неудовлетворённый спрос', en: 'Unmet demand' },
  productivity: { kk: 'Өнімділік', ru: 'Производительность', en: 'Productivity' },
  rideTime: { kk: 'Жол уақыты', ru: 'Время в пути', en: 'Ride time' },
  accessibility: {
    kk: 'Мүгедектер арбасы мен еріп жүрушілер',
    ru: 'Коляски и сопровождающие',
    en: 'Wheelchairs and companions',
  },
  cost: { kk: 'Құны', ru: 'Стоимость', en: 'Cost' },
};

export const REPORT_COLUMNS: { readonly [R in OperationsReportName]: readonly ReportColumn[] } = {
  trips: [
    col('requested', 'Сұралды', 'Запрошено', 'Requested', (f) => f.trips.requested),
    col('accepted', 'Қабылданды', 'Принято', 'Accepted', (f) => f.trips.accepted),
    col('scheduled', 'Маршрутқа қойылды', 'Запланировано', 'Scheduled', (f) => f.trips.scheduled),
    col('completed', 'Орындалды', 'Выполнено', 'Completed', (f) => f.trips.completed),
    col('refused', 'Бас тартылды', 'Отказано', 'Refused', (f) => f.trips.refused),
    col('noShows', 'Келмеулер', 'Неявки', 'No-shows', (f) => f.trips.noShows),
    col('cancelled', 'Болдырылмады', 'Отменено', 'Cancelled', (f) => f.trips.cancelled),
    col(
      'cancelledBeforeRoute',
      'Оның ішінде маршрутқа қойылмай',
      'Из них до постановки в маршрут',
      'Of them never on a route',
      (f) => f.trips.cancelledBeforeRoute,
    ),
    col(
      'waitlistedUntilExpiry',
      'Күту тізімінде мерзімі өтті',
      'В листе ожидания до истечения',
      'Waitlisted until expiry',
      (f) => f.trips.waitlistedUntilExpiry,
    ),
  ],
  onTime: [
    col('arrivals', 'Келулер', 'Подачи', 'Arrivals', (f) => f.onTime.arrivals),
    col('onTime', 'Уақытында', 'Вовремя', 'On time', (f) => f.onTime.onTime),
    col('early', 'Ерте', 'Раньше окна', 'Early', (f) => f.onTime.early),
    col('late', 'Кеш', 'Позже окна', 'Late', (f) => f.onTime.late),
    col('onTimeShare', 'Уақытында үлесі', 'Доля вовремя', 'On-time share', (f) => f.onTime.onTimeShare),
    col(
      'p95LateMinutes',
      'Кешігу p95, мин (5 минуттық аралық)',
      'Опоздание p95, мин (по 5-минутным интервалам)',
      'Late p95, min (5-minute bands)',
      (f) => f.onTime.p95LateMinutes,
    ),
  ],
  misses: [
    col(
      'noShowsRider',
      'Келмеу: жолаушы',
      'Неявки: пассажир',
      'No-shows: rider',
      (f) => f.misses.noShowsRider,
    ),
    col(
      'noShowsVehicleLate',
      'Келмеу: көлік кешікті',
      'Неявки: машина опоздала',
      'No-shows: vehicle late',
      (f) => f.misses.noShowsVehicleLate,
    ),
    col(
      'noShowsDriverLeftEarly',
      'Келмеу: жүргізуші ерте кетті',
      'Неявки: водитель уехал раньше',
      'No-shows: driver left early',
      (f) => f.misses.noShowsDriverLeftEarly,
    ),
    col(
      'lateCancelsRider',
      'Кеш бас тарту: жолаушы',
      'Поздние отмены: пассажир',
      'Late cancellations: rider',
      (f) => f.misses.lateCancelsRider,
    ),
    col(
      'lateCancelsVehicleLate',
      'Кеш бас тарту: көлік кешікті',
      'Поздние отмены: машина опоздала',
      'Late cancellations: vehicle late',
      (f) => f.misses.lateCancelsVehicleLate,
    ),
    col(
      'lateCancelsAddressUnreachable',
      'Кеш бас тарту: мекенжайға жету мүмкін емес',
      'Поздние отмены: адрес недоступен',
      'Late cancellations: address unreachable',
      (f) => f.misses.lateCancelsAddressUnreachable,
    ),
    col(
      'lateCancelsVehicleProblem',
      'Кеш бас тарту: көлік ақаулығы',
      'Поздние отмены: неисправность машины',
      'Late cancellations: vehicle problem',
      (f) => f.misses.lateCancelsVehicleProblem,
    ),
    col('riderCaused', 'Жолаушы себебінен', 'По вине пассажира', 'Rider-caused', (f) => f.misses.riderCaused),
    col(
      'providerCaused',
      'Тасымалдаушы себебінен',
      'По вине перевозчика',
      'Provider-caused',
      (f) => f.misses.providerCaused,
    ),
  ],
  unmet: [
    col('unmet', 'Қанағаттандырылмаған', 'Неудовлетворено', 'Unmet', (f) => f.unmet.total),
    col(
      'waitlistedUntilExpiry',
      'Күту тізімінде мерзімі өтті',
      'В листе ожидания до истечения',
      'Waitlisted until expiry',
      (f) => f.trips.waitlistedUntilExpiry,
    ),
  ],
  productivity: [
    col('shifts', 'Ауысымдар', 'Смены', 'Shifts', (f) => f.productivity.shifts),
    col(
      'serviceHours',
      'Қызмет сағаттары',
      'Часы работы',
      'Service hours',
      (f) => f.productivity.serviceHours,
    ),
    col(
      'passengerTrips',
      'Жолаушы сапарлары',
      'Пассажирские поездки',
      'Passenger trips',
      (f) => f.productivity.passengerTrips,
    ),
    col(
      'passengerTripsPerServiceHour',
      'Сағатына сапар',
      'Поездок в час',
      'Trips per service hour',
      (f) => f.productivity.passengerTripsPerServiceHour,
    ),
    col(
      'deadheadShare',
      'Бос жүріс үлесі',
      'Доля холостого пробега',
      'Deadhead share',
      (f) => f.productivity.deadheadShare,
    ),
    col('utilisation', 'Пайдаланылуы', 'Загрузка', 'Utilisation', (f) => f.productivity.utilisation),
    col('vehicleKm', 'Көлік км', 'Пробег, км', 'Vehicle km', (f) => f.productivity.vehicleKm),
  ],
  rideTime: [
    col('measured', 'Өлшенген сапарлар', 'Измерено поездок', 'Rides measured', (f) => f.rideTime.measured),
    col('meanMinutes', 'Орташа, мин', 'Среднее, мин', 'Mean, min', (f) => f.rideTime.meanMinutes),
    col(
      'p95Minutes',
      'p95, мин (5 минуттық аралық)',
      'p95, мин (по 5-минутным интервалам)',
      'p95, min (5-minute bands)',
      (f) => f.rideTime.p95Minutes,
    ),
    col(
      'meanRatio',
      'Тікелейге қатынасы',
      'К прямому времени',
      'Ratio to direct',
      (f) => f.rideTime.meanRatio,
    ),
    col(
      'p95Ratio',
      'Қатынас p95 (0,1 аралық)',
      'Отношение p95 (по интервалам 0,1)',
      'Ratio p95 (0.1 bands)',
      (f) => f.rideTime.p95Ratio,
    ),
    col(
      'overLimitShare',
      'Шектен асқан үлесі',
      'Доля сверх лимита',
      'Share over the limit',
      (f) => f.rideTime.overLimitShare,
    ),
  ],
  accessibility: [
    col(
      'wheelchairTrips',
      'Арбамен сапарлар',
      'Поездки на коляске',
      'Wheelchair trips',
      (f) => f.accessibility.wheelchairTrips,
    ),
    col('companions', 'Еріп жүрушілер', 'Сопровождающие', 'Companions', (f) => f.accessibility.companions),
  ],
  cost: [
    col('costTenge', 'Құны, ₸', 'Стоимость, ₸', 'Cost, KZT', (f) => f.cost.costTenge),
    col('pricedTrips', 'Бағаланған сапарлар', 'Оценено поездок', 'Priced trips', (f) => f.cost.pricedTrips),
    col('perTripTenge', 'Сапар құны, ₸', 'За поездку, ₸', 'Per trip, KZT', (f) => f.cost.perTripTenge),
    col('passengerKm', 'Жолаушы-км', 'Пассажиро-км', 'Passenger-km', (f) => f.cost.passengerKm),
    col(
      'perPassengerKmTenge',
      'Жолаушы-км құны, ₸',
      'За пассажиро-км, ₸',
      'Per passenger-km, KZT',
      (f) => f.cost.perPassengerKmTenge,
    ),
  ],
};

/** The spreadsheet's other words. */
export const REPORT_WORDS: { readonly [K in string]: Texts } = {
  monthlyReport: { kk: 'Айлық есеп', ru: 'Ежемесячный отчёт', en: 'Monthly report' },
  period: { kk: 'Кезең', ru: 'Период', en: 'Period' },
  day: { kk: 'Күн', ru: 'День', en: 'Day' },
  month: { kk: 'Ай', ru: 'Месяц', en: 'Month' },
  district: { kk: 'Аудан', ru: 'Район', en: 'District' },
  provider: { kk: 'Тасымалдаушы', ru: 'Перевозчик', en: 'Provider' },
  region: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  wholeCountry: { kk: 'Бүкіл Қазақстан', ru: 'Весь Казахстан', en: 'All of Kazakhstan' },
  iin: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' },
  rider: { kk: 'Жолаушы', ru: 'Пассажир', en: 'Rider' },
  figure: { kk: 'Көрсеткіш', ru: 'Показатель', en: 'Figure' },
  value: { kk: 'Мәні', ru: 'Значение', en: 'Value' },
  reason: { kk: 'Себеп', ru: 'Причина', en: 'Reason' },
  otherReason: { kk: 'Басқа себеп', ru: 'Другая причина', en: 'Another reason' },
  count: { kk: 'Саны', ru: 'Количество', en: 'Count' },
  reasonsGiven: { kk: 'Берілген себептер', ru: 'Указано причин', en: 'Reasons given' },
  requestsRefused: { kk: 'Бас тартылған сұраулар', ru: 'Отказано заявок', en: 'Requests refused' },
  // One refused request is counted under each reason it got (README), so the reasons' sum is not the refusals'.
  reasonsNote: {
    kk: 'Бас тартылған бір сұраудың бірнеше себебі болуы мүмкін, сондықтан себептердің қосындысы бас тартулар санынан көп болуы мүмкін.',
    ru: 'У одной отклонённой заявки может быть несколько причин, поэтому сумма по причинам может быть больше числа отказов.',
    en: 'A refused request can have more than one reason, so the reasons can add up to more than the refusals.',
  },
  minutes: { kk: 'Минут', ru: 'Минуты', en: 'Minutes' },
  early: { kk: 'Ерте', ru: 'Раньше окна', en: 'Early' },
  late: { kk: 'Кеш', ru: 'Позже окна', en: 'Late' },
  all: { kk: 'Барлығы', ru: 'Все', en: 'All' },
  dataFrom: {
    kk: 'Деректер осы күннен бастап бар',
    ru: 'Данные есть начиная с',
    en: 'Data exists from',
  },
  notByDistrict: {
    kk: 'Өнімділік өңір және тасымалдаушылар бойынша беріледі, аудандар бойынша емес: көліктің жұмыс сағаттары оның ауысымына жатады, ал ауысым көп ауданға қызмет етеді (ол басталған жерде, депода есептеледі), сапарлар отырғызу ауданына жатады, сондықтан аудан бойынша көрсеткіш бір ауданның сапарларын басқа жерде өткен сағаттарға бөлер еді.',
    ru: 'Производительность дана по региону и по перевозчикам, а не по районам: часы работы машины относятся к её смене, которая обслуживает многие районы (смена учитывается там, где начинается, у депо), а поездки — к району посадки, поэтому показатель по району делил бы поездки одного района на часы, отработанные в других.',
    en: 'Productivity is given for the region and per provider, not per district: a vehicle’s service hours belong to its shift, which serves many districts (it is counted where the shift starts, at the depot), while trips belong to their pick-up district, so a ratio per district would divide one district’s trips by hours spent elsewhere.',
  },
  noData: { kk: 'Әзірге деректер жоқ', ru: 'Данных пока нет', en: 'No data yet' },
  noProvider: {
    kk: 'Тасымалдаушысыз (көлік бекітілмеген)',
    ru: 'Без перевозчика (машина не назначена)',
    en: 'No provider (no vehicle assigned)',
  },
  noShowsRider: { kk: 'Келмеу: жолаушы', ru: 'Неявки: пассажир', en: 'No-shows: rider' },
  noShowsProvider: { kk: 'Келмеу: тасымалдаушы', ru: 'Неявки: перевозчик', en: 'No-shows: provider' },
  lateCancelsRider: {
    kk: 'Кеш бас тарту: жолаушы',
    ru: 'Поздние отмены: пассажир',
    en: 'Late cancellations: rider',
  },
  lateCancelsProvider: {
    kk: 'Кеш бас тарту: тасымалдаушы',
    ru: 'Поздние отмены: перевозчик',
    en: 'Late cancellations: provider',
  },
};

/**
 * The rule 'share over the limit' is read against, in words (walk t22 m2: the page and the XLSX
 * never said which limit): the region's policy in force, or, for the country, each region's own.
 */
export function overLimitRuleText(
  limit: { factor: number; plusMinutes: number } | null,
  lang: Language,
): string {
  if (!limit)
    return {
      kk: 'Шектен асқаны: өз өңірінің саясаты рұқсат еткеннен (тікелей жолдың еселігі мен минуттар) ұзақ сапар.',
      ru: 'Сверх лимита: поездка дольше, чем позволяет политика её региона (кратное прямого пути плюс минуты).',
      en: 'Over the limit: a ride longer than its region’s policy allows (a multiple of the direct drive plus minutes).',
    }[lang];
  const rule = rideLimitText(limit.factor, limit.plusMinutes, lang);
  return {
    kk: `Шектен асқаны: ${rule} уақыттан ұзақ сапар (өңірдің қолданыстағы саясаты бойынша).`,
    ru: `Сверх лимита: поездка дольше ${rule} (по действующей политике региона).`,
    en: `Over the limit: a ride longer than ${rule} (the region’s policy in force).`,
  }[lang];
}
