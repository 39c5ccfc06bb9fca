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
  | 'ALERT_PROCUREMENT_REJECTED';

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
};

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
