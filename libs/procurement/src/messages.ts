// What the rider and the officer read about procurement, in kk, ru and en. Kept here (not in
// libs/domain/messages.ts) because procurement owns these words; the notifications worker reads
// them from @invataxi/procurement when a booking turns AWAITING_PROCUREMENT.
import type { Language } from '@invataxi/domain';

export type ProcurementMessageKey =
  | 'SERVICE_BEING_PROCURED'
  | 'SERVICE_BEING_PROCURED_NO_DATE'
  | 'ALERT_PROCUREMENT_AWARDED'
  | 'ALERT_SUPPLIER_ADD_FLEET'
  | 'ALERT_PROCUREMENT_FAILED'
  | 'ALERT_PROCUREMENT_ESCALATION'
  | 'ALERT_PROCUREMENT_REJECTED'
  | 'ALERT_AWARD_NOT_APPLIED'
  | 'ALERT_DEMAND_APPEARED'
  | 'ALERT_PROCUREMENT_DIGEST'
  | 'ALERT_ONBOARDING_STALLED'
  | 'SUPPLIER_INVITATION';

type Texts = { readonly [L in Language]: string };

export const PROCUREMENT_MESSAGES: { readonly [K in ProcurementMessageKey]: Texts } = {
  SERVICE_BEING_PROCURED: {
    kk: 'Сіздің аймағыңызда инватакси қызметін көрсететін жеткізуші әзірге жоқ. Әкімдік бұл қызметті мемлекеттік сатып алу арқылы сатып алуда. Қызмет {date} бастап күтіледі; сапарыңыз сақталды, жеткізуші табылғанда біз сізге хабарлаймыз.',
    ru: 'В вашем районе пока нет перевозчика инватакси. Акимат закупает эту услугу через государственные закупки. Услуга ожидается с {date}; ваша поездка сохранена, мы сообщим, когда перевозчик появится.',
    en: 'There is no invataxi provider in your area yet. The akimat is buying this service through public procurement. Service is expected from {date}; your trip is kept and we will tell you when a provider is in place.',
  },
  SERVICE_BEING_PROCURED_NO_DATE: {
    kk: 'Сіздің аймағыңызда инватакси қызметін көрсететін жеткізуші әзірге жоқ. Әкімдік бұл қызметті мемлекеттік сатып алу арқылы сатып алуда; сапарыңыз сақталды, жеткізуші табылғанда біз сізге хабарлаймыз.',
    ru: 'В вашем районе пока нет перевозчика инватакси. Акимат закупает эту услугу через государственные закупки; ваша поездка сохранена, мы сообщим, когда перевозчик появится.',
    en: 'There is no invataxi provider in your area yet. The akimat is buying this service through public procurement; your trip is kept and we will tell you when a provider is in place.',
  },
  ALERT_PROCUREMENT_AWARDED: {
    kk: 'Сатып алу аяқталды: {bin} жеткізушісімен шарт жасалды. Жеткізуші көліктер, жүргізушілер және ауысымдар қосқанда, күтіп тұрған сапарлар диспетчерге қайтады.',
    ru: 'Закупка завершена: договор с поставщиком {bin}. Когда поставщик добавит машины, водителей и смены, ожидающие поездки вернутся в диспетчеризацию.',
    en: 'Procurement awarded to supplier {bin}. Once the supplier adds vehicles, drivers and shifts, the waiting trips go back to dispatch.',
  },
  ALERT_SUPPLIER_ADD_FLEET: {
    kk: 'Сіз инватакси қызметіне шарт алдыңыз. Күтіп тұрған сапарларды орындау үшін көліктерді, жүргізушілерді және ауысымдарды қосыңыз.',
    ru: 'Вы получили договор на услуги инватакси. Добавьте машины, водителей и смены, чтобы ожидающие поездки были выполнены.',
    en: 'You have been awarded an invataxi contract. Add vehicles, drivers and shifts so the waiting trips can be served.',
  },
  ALERT_PROCUREMENT_FAILED: {
    kk: 'Сатып алу өтпеді ({reason}). Сұранысты қайта жіберіңіз, мысалы бір көзден сатып алу тәсілімен.',
    ru: 'Закупка не состоялась ({reason}). Отправьте заявку повторно, например способом из одного источника.',
    en: 'The procurement failed ({reason}). Resubmit the request, for example as a single-source procurement.',
  },
  ALERT_PROCUREMENT_ESCALATION: {
    kk: 'Сатып алу сұранысы {status} күйінде {days} күннен артық тұр.',
    ru: 'Заявка на закупку находится в статусе {status} дольше {days} дн.',
    en: 'A procurement request has been {status} for more than {days} days.',
  },
  ALERT_PROCUREMENT_REJECTED: {
    kk: 'Мемлекеттік сатып алу жүйесі сұранысты қабылдамады ({reason}). Деректерді тексеріп, қайта жіберіңіз.',
    ru: 'Система государственных закупок отклонила заявку ({reason}). Проверьте данные и отправьте снова.',
    en: 'The public procurement system refused the request ({reason}). Check it and submit again.',
  },
  ALERT_AWARD_NOT_APPLIED: {
    kk: '{bin} жеткізушісіне берілген шартты тіркеу мүмкін болмады: {reason}. Себебін жойып, «Қайталау» батырмасын басыңыз; басқа лоттар күтпейді.',
    ru: 'Договор с поставщиком {bin} не удалось оформить: {reason}. Устраните причину и нажмите «Повторить»; другие лоты не ждут.',
    en: 'The award to supplier {bin} could not be applied: {reason}. Fix the cause and press Retry; other lots do not wait for it.',
  },
  ALERT_DEMAND_APPEARED: {
    kk: '{area} аймағында жеткізушісі жоқ сапарлар пайда болды ({bookings}). Сатып алу сұранысының жобасы дайын.',
    ru: 'В {area} появились поездки без перевозчика ({bookings}). Черновик заявки на закупку готов.',
    en: 'Rides with no provider appeared in {area} ({bookings}). A draft procurement request is ready.',
  },
  ALERT_PROCUREMENT_DIGEST: {
    kk: 'Күнделікті шолу: {drafts} жоба, {waiting} сапар күтуде, {inFlight} сатып алу жүріп жатыр, {onboarding} жеткізуші іске қосылуда.',
    ru: 'Сводка за день: черновиков {drafts}, ожидают поездок {waiting}, закупок в работе {inFlight}, поставщиков на подключении {onboarding}.',
    en: 'Daily digest: {drafts} drafts, {waiting} rides waiting, {inFlight} procurements under way, {onboarding} suppliers being onboarded.',
  },
  ALERT_ONBOARDING_STALLED: {
    kk: '{bin} жеткізушісі: {step}, {days} күн бойы ілгерілеу жоқ. Жеткізушімен байланысыңыз.',
    ru: 'Поставщик {bin}: {step}, без движения {days} дн. Свяжитесь с поставщиком.',
    en: 'Supplier {bin}: {step}, no progress for {days} days. Contact the supplier.',
  },
  // The awarded supplier's administrator's SMS (issue 20): who invites, why, the link, what first.
  SUPPLIER_INVITATION: {
    kk: 'Инватакси: {company} әкімдікпен инватакси шартын жасады ({contract}). Сізді тасымалдаушы әкімшісі ретінде шақырды. Құпиясөз орнатыңыз: {link} Содан кейін: 1) көліктер, 2) жүргізушілер, 3) ауысымдар қосыңыз.',
    ru: 'Инватакси: {company} заключило с акиматом договор на инватакси ({contract}). Вас пригласили как администратора перевозчика. Задайте пароль: {link} Затем добавьте: 1) машины, 2) водителей, 3) смены.',
    en: "Invataxi: {company} won the akimat's invataxi contract ({contract}). You are invited as the provider's administrator. Set your password: {link} Then add: 1) vehicles, 2) drivers, 3) shifts.",
  },
};

/** Why a procurement step stopped, in words (the codes in alerts, award errors, closed requests). */
export const PROCUREMENT_REASON_TEXTS: { readonly [code: string]: Texts } = {
  NO_BIDS: { kk: 'өтінім берілмеді', ru: 'заявок не подано', en: 'no bids were made' },
  NO_WAITING_DEMAND: {
    kk: 'бұл сұранысты күтіп тұрған сапар қалмады',
    ru: 'ни одна поездка больше не ждёт эту заявку',
    en: 'no ride is waiting for this request any more',
  },
  INVALID_BIN: {
    kk: 'жеткізушінің БСН-і жарамсыз',
    ru: 'БИН поставщика недействителен',
    en: "the supplier's BIN is not valid",
  },
  PROVIDER_TERMINATED: {
    kk: 'бұл жеткізушімен жұмыс тоқтатылған (тізілімде)',
    ru: 'работа с этим поставщиком прекращена (в реестре)',
    en: 'this supplier is terminated in the registry',
  },
  OUTSIDE_REGION: {
    kk: 'қызмет аймағы өңірден тыс',
    ru: 'зона обслуживания вне региона',
    en: 'the service area lies outside the region',
  },
  INVALID_KATO: { kk: 'ҚАТО коды жарамсыз', ru: 'неверный код КАТО', en: 'a KATO code is not valid' },
  WHOLE_TENGE: {
    kk: 'тариф бүтін теңгемен берілмеген',
    ru: 'тариф не в целых тенге',
    en: 'a tariff is not in whole tenge',
  },
  INVALID_DATE: {
    kk: 'шарт күні жарамсыз',
    ru: 'неверная дата договора',
    en: 'a contract date is not valid',
  },
  BEFORE_VALID_FROM: {
    kk: 'шарттың аяқталуы басталуынан бұрын',
    ru: 'договор заканчивается раньше, чем начинается',
    en: 'the contract ends before it starts',
  },
  REGISTRY_REFUSED: {
    kk: 'жеткізушілер тізілімі қабылдамады',
    ru: 'реестр перевозчиков отказал',
    en: 'the provider registry refused it',
  },
  CANCELLED_BY_OFFICER: {
    kk: 'қызметкер тоқтатты',
    ru: 'отменена сотрудником',
    en: 'cancelled by the officer',
  },
  SUPERSEDED_BY_NEXT_PERIOD: {
    kk: 'келесі кезеңнің сұранысына ауыстырылды',
    ru: 'заменена заявкой следующего периода',
    en: "moved to the next period's request",
  },
};

/** Where a figure of the lot comes from, in words (LotSource of lot.ts). */
export const PROCUREMENT_SOURCE_TEXTS: { readonly [source: string]: Texts } = {
  /** {date} and {target}: lotSizingSourceText fills them. */
  SIZING: {
    kk: '{date} есебі бойынша, мақсат {target} %',
    ru: 'по расчёту от {date}, цель {target} %',
    en: 'from the sizing of {date}, {target} % target',
  },
  WAITING_RIDES: {
    kk: 'күтіп тұрған сапарлар бойынша',
    ru: 'по ожидающим поездкам',
    en: 'from the rides waiting',
  },
  BENEFICIARY_REGISTER: {
    kk: 'осы жерде тіркелген алушылар тізілімі бойынша',
    ru: 'по реестру получателей, зарегистрированных здесь',
    en: 'from the register of beneficiaries living here',
  },
  REGION_HISTORY: {
    kk: 'өңірдің соңғы 90 күндегі сапарлары бойынша',
    ru: 'по поездкам региона за последние 90 дней',
    en: "from the region's rides in the last 90 days",
  },
  ASSUMPTION: {
    kk: 'болжам (нақты дерек жоқ)',
    ru: 'допущение (точных данных нет)',
    en: 'an assumption (no data to tell)',
  },
  BUDGET_YEAR: {
    kk: 'бюджет жылының қалған бөлігі',
    ru: 'остаток бюджетного года',
    en: 'the rest of the budget year',
  },
  BUDGET_YEAR_AND_NEXT: {
    kk: 'осы бюджет жылының қалған бөлігі және келесі жыл',
    ru: 'остаток этого бюджетного года и следующий год',
    en: 'the rest of this budget year and the next year',
  },
  BUDGET_TRIPS_ONLY: {
    kk: 'тек сапарлар тариф бойынша (сапар және км үшін); көлік сағаттарына баға қойылмаған',
    ru: 'только поездки по тарифу (за поездку и за км); часы работы машин не оценены',
    en: 'the trips only, at the tariff (per trip and per km); vehicle hours are not priced',
  },
  OFFICER_CHOICE: {
    kk: 'маман таңдаған кезең',
    ru: 'период, выбранный специалистом',
    en: 'the period the officer picked',
  },
  REGION_CONTRACTS_MEDIAN: {
    kk: 'өңірдің қолданыстағы шарттарының медианасы',
    ru: 'медиана действующих договоров региона',
    en: "the median of the region's contracts in force",
  },
  CONFIG_DEFAULT: {
    kk: 'әдепкі тариф (өңірде шарт жоқ)',
    ru: 'тариф по умолчанию (в регионе нет договоров)',
    en: 'the default tariff (no contract in the region)',
  },
  COMPUTED: {
    kk: 'жоғарыдағылардан есептелді',
    ru: 'рассчитано из данных выше',
    en: 'computed from the above',
  },
};

/** Where an awarded supplier's onboarding stopped, in words (ALERT_ONBOARDING_STALLED's {step}). */
export const ONBOARDING_STEP_TEXTS: { readonly [step: string]: Texts } = {
  NOT_SIGNED_IN: {
    kk: 'Invataxi шақыруын қабылдамады',
    ru: 'не принял приглашение в Invataxi',
    en: 'has not accepted the invitation to Invataxi',
  },
  NO_FLEET: { kk: 'бірде-бір көлік қоспады', ru: 'не добавил ни одной машины', en: 'has added no vehicle' },
  NO_SHIFT: {
    kk: 'бірде-бір ауысым жоспарламады',
    ru: 'не запланировал ни одной смены',
    en: 'has planned no shift',
  },
};

/** A request's status in words (for alerts that name the stage a request is stuck at). */
export const PROCUREMENT_STATUS_TEXTS: { readonly [status: string]: Texts } = {
  DRAFT: { kk: 'жоба', ru: 'черновик', en: 'draft' },
  SUBMITTED: { kk: 'жіберілген', ru: 'отправлена', en: 'submitted' },
  PUBLISHED: { kk: 'жарияланған', ru: 'опубликована', en: 'published' },
  AWARDED: { kk: 'шарт жасалған', ru: 'договор заключён', en: 'awarded' },
  FAILED: { kk: 'өтпеді', ru: 'не состоялась', en: 'failed' },
  CANCELLED: { kk: 'тоқтатылды', ru: 'отменена', en: 'cancelled' },
};

/** The reason in words; an unknown code reads as "the procurement system gave no reason we know". */
export function procurementReasonText(code: string, lang: Language): string {
  const t = PROCUREMENT_REASON_TEXTS[code];
  if (t) return t[lang];
  return { kk: 'себебі белгісіз', ru: 'причина не указана', en: 'no known reason' }[lang];
}

export type ProcurementMessageParams = Readonly<Record<string, string | number>>;

/** The text in the language, with {name} parameters filled in. */
export function procurementMessage(
  key: ProcurementMessageKey,
  lang: Language,
  params: ProcurementMessageParams = {},
): string {
  return PROCUREMENT_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The rider's honest message when a booking turns AWAITING_PROCUREMENT (for the notifications
 * worker): the expected date when there is one (expectedServiceDate of the booking's request),
 * otherwise the same message without a date rather than a guess.
 */
export function serviceBeingProcuredText(lang: Language, expectedDate: string | null): string {
  return expectedDate
    ? procurementMessage('SERVICE_BEING_PROCURED', lang, { date: expectedDate })
    : procurementMessage('SERVICE_BEING_PROCURED_NO_DATE', lang);
}
