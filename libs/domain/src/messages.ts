// What the person reads: a message in Kazakh, Russian and English for every reason code, every
// DomainError code and every IIN/BIN field error (issue 3: "a message in kk/ru/en by
// Accept-Language"). Parameters appear as {name}.
import type { BinInvalidReason } from './bin';
import type { AuthRefusal, ConflictReason, DomainErrorCode, RequestErrorCode } from './domain-error';
import type { IinInvalidReason } from './iin';
import type { ReasonCode } from './reasons';
import type { FeasibilityReason, StaffChangeReason, StatusReason } from './status-reasons';
import { ROUTE_MESSAGES, type RouteMessageKey } from './route-messages';
import { durationText, waitText } from './duration';
import type { LicenceRefusal } from './driver-licence';
import { dayMonthText } from './date-text';
import type { Language } from './vocabulary';

export type MessageKey =
  | ReasonCode
  | StatusReason
  | StaffChangeReason
  | FeasibilityReason
  | DomainErrorCode
  | ConflictReason
  | AuthRefusal
  | RequestErrorCode
  | RouteMessageKey
  | LicenceRefusal
  | `IIN_${IinInvalidReason}`
  | `BIN_${BinInvalidReason}`;

type Texts = { readonly [L in Language]: string };

export const MESSAGES: { readonly [K in MessageKey]: Texts } = {
  // The dispatch console's refusals and confirmations (issue 18)
  ...ROUTE_MESSAGES,
  // Booking reasons
  CATEGORY_NOT_ELIGIBLE: {
    kk: 'Мүгедектік санаты немесе қажеттіліктер осы өңірде инватакси қызметін алуға құқық бермейді.',
    ru: 'Категория инвалидности или потребности не дают права на услуги инватакси в этом регионе.',
    en: 'Your disability category or needs do not give a right to invataxi in this region.',
  },
  PORTAL_NO_RECORD: {
    kk: 'Әлеуметтік қызметтер порталында бұл адам туралы әзірге жазба жоқ. Жазба пайда болғанда тапсырыс беруге болады; ЖАО маманына немесе диспетчерге хабарласыңыз.',
    ru: 'На Портале социальных услуг пока нет записи об этом человеке. Заказать поездку можно, как только запись появится; обратитесь к специалисту МИО или диспетчеру.',
    en: 'The Social Services Portal has no record of this person yet. Booking is possible as soon as the record appears; please contact the local officer or the dispatcher.',
  },
  DISABILITY_EXPIRED: {
    kk: 'Сапар күні мүгедектік белгіленбеген немесе оның мерзімі өткен. Қайта куәландырудан өтіңіз немесе деректерді жаңартыңыз.',
    ru: 'На дату поездки инвалидность не установлена или срок её действия истёк. Пройдите переосвидетельствование или обновите данные.',
    en: 'On the trip date the disability is not established or has expired. Please complete re-examination or update your data.',
  },
  CATEGORY_AGE_MISMATCH: {
    kk: 'Мүгедектік санаты сапар күніндегі жасқа сәйкес келмейді. Деректерді жаңартыңыз.',
    ru: 'Категория инвалидности не соответствует возрасту на дату поездки. Обновите данные.',
    en: "The disability category does not match the person's age on the trip date. Please update the data.",
  },
  BENEFICIARY_SUSPENDED: {
    kk: 'Сапарларға келмеу себебінен тапсырыс беру {until} дейін тоқтатылды.',
    ru: 'Заказ поездок приостановлен до {until} из-за неявок.',
    en: 'Booking is suspended until {until} because of missed trips.',
  },
  PURPOSE_NOT_ALLOWED: {
    kk: 'Осы өңірде бұл мақсаттағы сапарларға қызмет көрсетілмейді.',
    ru: 'Поездки с этой целью в этом регионе не обслуживаются.',
    en: 'Trips for this purpose are not served in this region.',
  },
  OUTSIDE_SERVICE_HOURS: {
    kk: 'Сапар қызметтің жұмыс уақытына сыймайды.',
    ru: 'Поездка не укладывается в часы работы службы.',
    en: 'The trip does not fit within the service hours.',
  },
  LEAD_TIME_TOO_SHORT: {
    kk: 'Тапсырысты сапардан кемінде {minutes} минут бұрын беру керек.',
    ru: 'Поездку нужно заказать не позднее чем за {minutes} мин. до её начала.',
    en: 'Please book at least {minutes} minutes before the trip.',
  },
  BEYOND_HORIZON: {
    kk: 'Сапарға ең көбі {days} күн бұрын тапсырыс беруге болады.',
    ru: 'Заказать поездку можно не ранее чем за {days} дн. до её даты.',
    en: 'Trips can be booked at most {days} days ahead.',
  },
  OUTSIDE_SERVICE_AREA: {
    kk: 'Отырғызу немесе түсіру орны қызмет көрсету аймағынан тыс.',
    ru: 'Место посадки или высадки находится за пределами зоны обслуживания.',
    en: 'The pickup or drop-off point is outside the service area.',
  },
  QUOTA_EXCEEDED: {
    kk: 'Айлық сапар лимиті ({limit}) таусылды.',
    ru: 'Исчерпан месячный лимит поездок ({limit}).',
    en: 'The monthly limit of {limit} trips has been reached.',
  },
  TOO_MANY_COMPANIONS: {
    kk: 'Сүйемелдеушілер тым көп: ең көбі {max} адамға рұқсат етіледі.',
    ru: 'Слишком много сопровождающих: допускается не более {max}.',
    en: 'Too many companions: at most {max} allowed.',
  },
  OVERLAPPING_BOOKING: {
    kk: 'Бұл уақытта басқа сапар бар: {date:date}, {time}. Басқа уақытты таңдаңыз немесе сол сапарды өзгертіңіз.',
    ru: 'На это время уже заказана другая поездка: {date:date}, {time}. Выберите другое время или измените ту поездку.',
    en: 'Another ride is already booked for this time: {date:date}, {time}. Choose another time or change that ride.',
  },
  PICKUP_EQUALS_DROPOFF: {
    kk: 'Отырғызу орны мен түсіру орны бірдей.',
    ru: 'Место посадки и место высадки совпадают.',
    en: 'The pickup and drop-off are the same place.',
  },
  INVALID_PLACE: {
    kk: 'Отырғызу немесе түсіру мекенжайы танылмады.',
    ru: 'Адрес посадки или высадки не распознан.',
    en: 'The pickup or drop-off address is not recognised.',
  },
  INVALID_TRIP_TIME: {
    kk: 'Сапар уақыты дұрыс көрсетілмеген.',
    ru: 'Указано недопустимое время поездки.',
    en: 'The trip time is not valid.',
  },
  INVALID_COMPANIONS: {
    kk: 'Сүйемелдеушілер саны дұрыс көрсетілмеген.',
    ru: 'Неверно указано число сопровождающих.',
    en: 'The number of companions is not valid.',
  },

  // Domain errors
  ILLEGAL_TRANSITION: {
    kk: 'Тапсырыстың қазіргі мәртебесінде бұл әрекет мүмкін емес.',
    ru: 'Это действие недоступно для заказа в его текущем статусе.',
    en: 'This action is not possible for the booking in its current status.',
  },
  STALE_VERSION: {
    kk: 'Жазбаны басқа пайдаланушы өзгертті. Деректерді жаңартып, қайталап көріңіз.',
    ru: 'Запись уже изменена другим пользователем. Обновите данные и повторите попытку.',
    en: 'The record was changed by someone else. Reload it and try again.',
  },
  NOT_FOUND: {
    kk: 'Табылмады.',
    ru: 'Не найдено.',
    en: 'Not found.',
  },
  CONFLICT: {
    kk: 'Бұл жазба осы уақытта өзгерді. Бетті жаңартып, қайталап көріңіз.',
    ru: 'Эти данные тем временем изменились. Обновите страницу и повторите.',
    en: 'This changed meanwhile. Reload and try again.',
  },
  PORTAL_ORDER_CHANGED: {
    kk: 'Бұл тапсырыс басқа сапармен жазылған. Өзгерту үшін оны тоқтатып, жаңасын жіберіңіз.',
    ru: 'Этот заказ уже принят с другой поездкой. Чтобы изменить её, отмените заказ и отправьте новый.',
    en: 'This order was already accepted with another ride. To change it, cancel the order and send a new one.',
  },
  EVENT_IN_FLIGHT: {
    kk: 'Бұл оқиға дәл қазір өңделуде. Сәл кейінірек қайта жіберіңіз.',
    ru: 'Это событие сейчас обрабатывается. Отправьте его ещё раз чуть позже.',
    en: 'This event is being handled right now. Send it again shortly.',
  },
  CONCURRENT_DELETE: {
    kk: 'Жазбаны басқа сұрау жаңа ғана жойды.',
    ru: 'Запись только что удалена другим запросом.',
    en: 'The record was just deleted by another request.',
  },
  NO_WAITING_DEMAND: {
    kk: 'Бұл сұранысты бірде-бір сапар күтпейді: сатып алатын ештеңе жоқ. Мұндай жоба өздігінен жабылады.',
    ru: 'Эту заявку не ждёт ни одна поездка: закупать нечего. Такой черновик закрывается сам.',
    en: 'No ride is waiting for this request: there is nothing to buy. Such a draft closes on its own.',
  },
  LOT_PERIOD_IN_PAST: {
    kk: 'Кезең бүгіннен ({year} жылғы {date:date}) бұрын басталмауы керек.',
    ru: 'Период не может начинаться раньше сегодняшнего дня ({date:date} {year} г.).',
    en: 'The period cannot start before today ({date:date} {year}).',
  },
  LOT_PERIOD_TOO_SHORT: {
    kk: 'Кезең кемінде {days} күн болуы керек (ең ерте аяқталуы: {year} жылғы {date:date}): қысқа мерзімді сатып алудың мәні жоқ.',
    ru: 'Период должен быть не короче {days} дней (окончание не раньше {date:date} {year} г.): закупать на меньший срок не имеет смысла.',
    en: 'The period must be at least {days} days (ending on {date:date} {year} or later): a shorter purchase is not worth a procurement.',
  },
  LOT_PERIOD_TOO_LONG: {
    kk: 'Кезең {year} жылғы {date:date} кешіктірмей аяқталуы керек: келесі бюджет жылынан ұзақ сатып алуға болмайды.',
    ru: 'Период должен закончиться не позже {date:date} {year} г.: закупка не может выходить за следующий бюджетный год.',
    en: 'The period must end by {date:date} {year}: a purchase cannot run past the next budget year.',
  },
  LOT_NOT_COUNTED_YET: {
    kk: 'Лоттың көрсеткіштері әлі есептелмеген: олар сұранысты сапарлар күте бастағанда, әдетте бір минут ішінде шығады. Бетті жаңартып, кезеңді содан кейін таңдаңыз.',
    ru: 'Показатели лота ещё не рассчитаны: они появляются, когда заявку начинают ждать поездки, обычно в течение минуты. Обновите страницу и затем выберите период.',
    en: "The lot's figures are not counted yet: they appear once rides wait for this request, usually within a minute. Reload the page, then choose the period.",
  },
  LOT_DATE_INVALID: {
    kk: 'Бұл күнтізбедегі күн емес: күнді, айды және жылды көрсетіңіз, мысалы 31.12.2027.',
    ru: 'Такой даты нет в календаре: укажите день, месяц и год, например 31.12.2027.',
    en: 'This is not a calendar date: give the day, month and year, e.g. 31.12.2027.',
  },
  PLAN_DAY_IN_PAST: {
    kk: 'Бұл күн өтіп кетті: бүгінгі немесе келесі күнді қайта жоспарлауға болады.',
    ru: 'Этот день уже прошёл: перепланировать можно сегодняшний или любой следующий день.',
    en: 'This day is over: re-plan today or any later day.',
  },
  SIZING_RUNNING: {
    kk: 'Бұл сұраныстың лоты қазір есептелуде. Есеп аяқталғанын күтіңіз, содан кейін қайта іске қосыңыз.',
    ru: 'Для этой заявки уже идёт расчёт лота. Дождитесь его окончания, затем запустите снова.',
    en: 'This request’s lot is being sized right now. Wait for it to finish, then run it again.',
  },
  SIZING_NOT_DRAFT: {
    kk: 'Лотты тек жобада есептеуге және оған тіркеуге болады: бұл сұраныс жіберілген.',
    ru: 'Рассчитать лот и приложить расчёт можно только к черновику: эта заявка уже отправлена.',
    en: 'A lot can be sized and its sizing attached only while the request is a draft: this one has been submitted.',
  },
  SIZING_NOT_DONE: {
    kk: 'Тек аяқталған есепті лотқа тіркеуге болады.',
    ru: 'Приложить к лоту можно только завершённый расчёт.',
    en: 'Only a finished sizing can be attached to the lot.',
  },
  WHATIF_NOT_FAILED: {
    kk: 'Тек сәтсіз аяқталған сценарий қайта іске қосылады. Басқа параметрлер үшін жаңа сценарий жасаңыз.',
    ru: 'Заново запускается только сценарий, расчёт которого не удался. Для других условий создайте новый сценарий.',
    en: 'Only a scenario whose run failed is run again. For other settings, create a new scenario.',
  },
  WHATIF_RUNNING: {
    kk: 'Сценарий әлі есептелуде: ол аяқталғаннан кейін ғана жоюға болады.',
    ru: 'Сценарий ещё считается: удалить его можно, когда расчёт закончится.',
    en: 'The scenario is still being calculated: it can be deleted once it has finished.',
  },
  WHATIF_PERIOD_ORDER: {
    kk: 'Кезеңнің соңы басынан кейін болуы керек.',
    ru: 'Конец периода должен быть не раньше его начала.',
    en: 'The period must end on or after its first day.',
  },
  WHATIF_PERIOD_TOO_LONG: {
    kk: 'Кезең {days} күннен аспауы керек.',
    ru: 'Период не длиннее {days} дней.',
    en: 'The period can be at most {days} days long.',
  },
  REPORT_PERIOD_ORDER: {
    kk: 'Соңғы күн бірінші күннен ерте: кезең басталғаннан кейін аяқталуы керек.',
    ru: 'Последний день раньше первого: период должен заканчиваться не раньше, чем начинается.',
    en: 'The last day is before the first day: the period must end on or after it starts.',
  },
  REPORT_PERIOD_TOO_LONG: {
    kk: 'Есеп ең көбі {days} күнді қамтиды: кезеңді қысқартыңыз.',
    ru: 'Отчёт охватывает не больше {days} дней: сократите период.',
    en: 'A report covers at most {days} days: shorten the period.',
  },
  WHATIF_PERIOD_NOT_BEGUN: {
    kk: 'Кезең ең кеші бүгін ({date:date}) басталуы керек: сценарий жасалған сұрауларды қайталайды.',
    ru: 'Период должен начинаться не позже сегодняшнего дня ({date:date}): сценарий повторяет уже сделанные заявки.',
    en: 'The period must start by today ({date:date}): a scenario replays requests already made.',
  },
  WHATIF_PERIOD_NOT_OVER: {
    kk: 'Кезең ең кеші кеше ({date:date}) аяқталуы керек: сценарий тіркелген сұрауларды қайталайды, ал бүгінгі және келесі күндердің сұраулары әлі толық емес.',
    ru: 'Период должен заканчиваться не позже вчерашнего дня ({date:date}): сценарий повторяет записанные заявки, а за сегодня и следующие дни они ещё не собраны.',
    en: 'The period must end by yesterday ({date:date}): a scenario replays recorded requests, and those of today and later days are not all in yet.',
  },
  WHATIF_FLEET_ZERO: {
    kk: 'Қанша көлік қосу (мысалы 2) немесе алып тастау (мысалы −2) керектігін жазыңыз.',
    ru: 'Укажите, сколько машин добавить (например, 2) или убрать (например, −2).',
    en: 'Say how many vehicles to add (e.g. 2) or take away (e.g. −2).',
  },
  WHATIF_FLEET_TOO_FEW_VANS: {
    kk: 'Кезеңде парктегі арбаға арналған көліктер: {count}. Одан көп алып тастауға болмайды.',
    ru: 'Машин для коляски в парке за этот период: {count}. Больше убрать нельзя.',
    en: 'Wheelchair vehicles in the fleet in the period: {count}. No more can be taken away.',
  },
  WHATIF_FLEET_TOO_FEW_CARS: {
    kk: 'Кезеңде парктегі жеңіл көліктер: {count}. Одан көп алып тастауға болмайды.',
    ru: 'Легковых машин в парке за этот период: {count}. Больше убрать нельзя.',
    en: 'Cars in the fleet in the period: {count}. No more can be taken away.',
  },
  WHATIF_HOURS_ORDER: {
    kk: 'Жұмыс уақытының соңы басынан кейін болуы керек.',
    ru: 'Конец часов работы должен быть позже начала.',
    en: 'The service must end after it starts.',
  },
  NO_AWARD_TO_RETRY: {
    kk: 'Бұл сұраныста қайта тіркелетін шарт жоқ.',
    ru: 'У этой заявки нет договора, который нужно оформить повторно.',
    en: 'This request has no award waiting to be applied again.',
  },
  ONLY_FAILED_REQUESTS_ARE_RESUBMITTED: {
    kk: 'Тек сәтсіз аяқталған сатып алуды қайта жіберуге болады.',
    ru: 'Повторно можно отправить только несостоявшуюся закупку.',
    en: 'Only a failed procurement can be submitted again.',
  },
  ALREADY_RESUBMITTED: {
    kk: 'Бұл сатып алу қайта жіберілген.',
    ru: 'Эта закупка уже отправлена повторно.',
    en: 'This procurement has already been submitted again.',
  },
  ACT_ALREADY_APPROVED: {
    kk: 'Осы айдың акті бекітілген. Өзгерту үшін түзету жасаңыз.',
    ru: 'Акт за этот месяц уже утверждён. Чтобы изменить его, оформите исправление.',
    en: 'The act for this month is already approved. To change it, issue a correction.',
  },
  ACT_NOT_ISSUED: {
    kk: 'Акт әлі берілмеген: оны түзетудің орнына өзгертіңіз.',
    ru: 'Акт ещё не выпущен: измените его, а не исправляйте.',
    en: 'The act has not been issued yet: change it instead of correcting it.',
  },
  ACT_ALREADY_CORRECTED: {
    kk: 'Бұл акт түзетілген. Соңғы нұсқасымен жұмыс істеңіз.',
    ru: 'Этот акт уже исправлен. Работайте с последней версией.',
    en: 'This act has already been corrected. Work on its latest version.',
  },
  NO_CONTRACT_FOR_RIDES: {
    kk: 'Кейбір сапарларға тариф көрсетілген келісімшарт жоқ. Алдымен келісімшартты енгізіңіз.',
    ru: 'Для некоторых поездок нет договора с тарифом. Сначала внесите договор.',
    en: 'Some rides have no contract with a tariff. Enter the contract first.',
  },
  PORTAL_REFERENCE_MISMATCH: {
    kk: 'Төлем туралы жауап басқа актіге жатады.',
    ru: 'Ответ об оплате относится к другому акту.',
    en: 'The payment answer refers to another act.',
  },
  ROUTE_INFEASIBLE: {
    kk: 'Сапар бұл маршрутқа сыймайды (уақыт терезесі, сыйымдылық немесе жабдық). Басқа көлікті таңдаңыз немесе шешімді растаңыз.',
    ru: 'Поездка не помещается в этот маршрут (окно времени, вместимость или оснащение). Выберите другую машину или подтвердите решение.',
    en: 'The ride does not fit this route (time window, capacity or equipment). Choose another vehicle or confirm the override.',
  },
  NO_SHOW_TOO_EARLY: {
    kk: 'Келмеу туралы хабарламас бұрын отырғызу орнында тағы {secondsLeft:duration} күтіңіз.',
    ru: 'Подождите у места посадки ещё {secondsLeft:duration}, прежде чем отмечать неявку.',
    en: 'Wait {secondsLeft:duration} more at the pickup before reporting a no-show.',
  },
  NO_SHOW_NO_POSITION: {
    kk: 'Келмеуді көліктің орны растауы керек, ал соңғы {minutes} минутта телефоннан орын келмеді. Қолданбаны ашық ұстап, геолокацияға рұқсат беріңіз; болмаса, тасымалдаушы жағындағы себепті таңдаңыз.',
    ru: 'Неявку должно подтвердить местоположение машины, а за последние {minutes} мин с телефона не пришло ни одного. Держите приложение открытым и разрешите геолокацию; иначе выберите причину на стороне перевозчика.',
    en: "A no-show needs the vehicle's position as evidence, and none has come from the phone in the last {minutes} min. Keep the app open and allow location; otherwise choose a reason on the provider's side.",
  },
  NO_SHOW_AWAY: {
    kk: 'Көлік отырғызу орнынан {metres} м қашықтықта (рұқсат: {radius} м): келмеуді тек сол жерде күткеннен кейін белгілеуге болады. Мекенжайға жете алмасаңыз, тасымалдаушы жағындағы себепті таңдаңыз.',
    ru: 'Машина в {metres} м от места посадки (допустимо {radius} м): неявку можно отметить, только подождав там. Если до адреса не добраться, выберите причину на стороне перевозчика.',
    en: "The vehicle is {metres} m from the pickup (up to {radius} m allowed): a no-show can be reported only after waiting there. If the address cannot be reached, choose a reason on the provider's side.",
  },
  NO_SHOW_ARRIVED_LATE: {
    kk: 'Көлік отырғызу орнына сағат {arrivedAt} келді, уәде етілген уақыт {windowTo} аяқталған: бұл жолаушының келмеуі емес. «Көлік кешікті» себебін таңдаңыз.',
    ru: 'Машина приехала к месту посадки в {arrivedAt}, после конца обещанного окна ({windowTo}): это не неявка пассажира. Выберите причину «машина опоздала».',
    en: 'The vehicle reached the pickup at {arrivedAt}, after the promised window ended ({windowTo}): this is not a rider no-show. Choose the reason "vehicle late".',
  },
  ALREADY_ON_SHIFT: {
    kk: 'Сапар осы ауысымда тұр.',
    ru: 'Поездка уже стоит на этой смене.',
    en: 'The ride is already on this shift.',
  },
  SHIFT_NOT_OPEN: {
    kk: 'Бұл ауысым ашық емес.',
    ru: 'Эта смена не открыта.',
    en: 'This shift is not open.',
  },
  NO_BREAKDOWN_TO_UNDO: {
    kk: 'Бұл ауысымда болдырмауға болатын бұзылу жоқ.',
    ru: 'На этой смене нет поломки, которую можно отменить.',
    en: 'This shift has no breakdown to undo.',
  },
  BREAKDOWN_UNDO_EXPIRED: {
    kk: 'Бұзылуды {minutes} минут ішінде ғана болдырмауға болады; ол {ago} минут бұрын болды. Көлікті жаңа ауысыммен қосыңыз.',
    ru: 'Отменить поломку можно только в течение {minutes} мин; она была {ago} мин назад. Добавьте машину новой сменой.',
    en: 'A breakdown can be undone within {minutes} min only; this one was {ago} min ago. Add the vehicle as a new shift.',
  },
  NOT_ON_ROUTE: {
    kk: 'Сапар ешбір маршрутта жоқ.',
    ru: 'Поездка не стоит ни в одном маршруте.',
    en: 'The ride is not on any route.',
  },
  NO_OPEN_SHIFT: {
    kk: 'Сізде ашық ауысым жоқ.',
    ru: 'У вас нет открытой смены.',
    en: 'You have no open shift.',
  },
  NOT_A_NO_SHOW: {
    kk: 'Бұл сапар келмеу ретінде белгіленбеген.',
    ru: 'Эта поездка не отмечена как неявка.',
    en: 'This ride is not marked as a no-show.',
  },
  RIDE_NOT_CHANGEABLE: {
    kk: 'Бұл сапарды енді өзгертуге болмайды: ол басталған немесе аяқталған.',
    ru: 'Эту поездку уже нельзя изменить: она началась или завершена.',
    en: 'This ride can no longer be changed: it has started or is over.',
  },
  NOTHING_CHANGED: {
    kk: 'Уақыт та, мекенжай да өзгертілмеді.',
    ru: 'Ни время, ни адреса не изменены.',
    en: 'Neither the time nor the addresses were changed.',
  },
  NO_SHOW_ALREADY_DISPUTED: {
    kk: 'Бұл келмеуге шағым берілген: шешімді күтіңіз.',
    ru: 'Эта неявка уже оспорена: дождитесь решения.',
    en: 'This no-show is already disputed: please wait for the decision.',
  },
  NO_SHOW_NOT_DISPUTED: {
    kk: 'Бұл келмеуге шағым берілмеген.',
    ru: 'Эта неявка не оспаривалась.',
    en: 'This no-show has not been disputed.',
  },
  NO_SHOW_DISPUTE_DECIDED: {
    kk: 'Бұл шағым бойынша шешім қабылданған.',
    ru: 'По этому оспариванию уже принято решение.',
    en: 'This dispute has already been decided.',
  },
  NO_SHOW_DISPUTE_TOO_LATE: {
    kk: 'Бұл келмеуге шағым беру мерзімі өтіп кетті: соңғы күн {lastDay:date} болды.',
    ru: 'Срок оспаривания этой неявки истёк: последний день был {lastDay:date}.',
    en: 'The time to dispute this no-show is over: the last day was {lastDay:date}.',
  },
  NO_SHOW_ALREADY_FORGIVEN: {
    kk: 'Бұл келмеу кешірілген.',
    ru: 'Эта неявка уже прощена.',
    en: 'This no-show has already been forgiven.',
  },
  ONLY_FAILED_MESSAGES_RESENT: {
    kk: 'Тек жеткізілмеген хабарды қайта жіберуге болады.',
    ru: 'Повторно отправить можно только недоставленное сообщение.',
    en: 'Only a message that failed can be sent again.',
  },
  UNKNOWN_JOB: {
    kk: 'Бұл тапсырманың түрі белгісіз: оны қайталау мүмкін емес.',
    ru: 'Тип этой задачи неизвестен: повторить её нельзя.',
    en: 'This job kind is unknown: it cannot be retried.',
  },
  IIN_ALREADY_REGISTERED: {
    kk: 'Осы ЖСН-мен адам тіркелген. Оны іздеу арқылы табыңыз.',
    ru: 'Человек с этим ИИН уже зарегистрирован. Найдите его через поиск.',
    en: 'A person with this IIN is already registered. Find them with the search.',
  },
  REPLAN_RUNNING: {
    kk: 'Осы күннің қайта жоспарлауы жүріп жатыр. Оның аяқталуын күтіңіз.',
    ru: 'Перепланирование этого дня уже идёт. Дождитесь его окончания.',
    en: 'A re-plan of this day is already running. Wait for it to finish.',
  },
  PROVIDER_TERMINATED: {
    kk: 'Тасымалдаушымен шарт тоқтатылған.',
    ru: 'Договор с перевозчиком прекращён.',
    en: "The provider's contract has ended.",
  },
  PROVIDER_NOT_ACTIVE: {
    kk: 'Тасымалдаушының жұмысы тоқтатылған: жаңа ауысым ашуға болмайды.',
    ru: 'Работа перевозчика приостановлена: новые смены открывать нельзя.',
    en: 'The provider is not active: no new shifts can be opened.',
  },
  PROVIDER_BIN_EXISTS: {
    kk: 'Осы БСН-мен тасымалдаушы тіркелген.',
    ru: 'Перевозчик с этим БИН уже зарегистрирован.',
    en: 'A provider with this BIN is already registered.',
  },
  CONTRACT_PERIOD_OVERLAP: {
    kk: 'Бұл кезеңге тасымалдаушының басқа шарты бар.',
    ru: 'На этот период у перевозчика уже есть другой договор.',
    en: 'The provider already has another contract for this period.',
  },
  PLATE_EXISTS: {
    kk: 'Осы мемлекеттік нөмірмен көлік тіркелген.',
    ru: 'Машина с этим госномером уже зарегистрирована.',
    en: 'A vehicle with this plate is already registered.',
  },
  LICENCE_EXISTS: {
    kk: 'Осы куәлік нөмірімен жүргізуші тіркелген.',
    ru: 'Водитель с этим номером удостоверения уже зарегистрирован.',
    en: 'A driver with this licence number is already registered.',
  },
  STATUS_UNCHANGED: {
    kk: 'Мәртебе онсыз да осындай.',
    ru: 'Статус уже такой.',
    en: 'The status is already that.',
  },
  VEHICLE_OUT_OF_SERVICE: {
    kk: 'Көлік пайдаланудан шығарылды.',
    ru: 'Машина выведена из эксплуатации.',
    en: 'The vehicle is out of service.',
  },
  LICENCE_EXPIRED: {
    kk: 'Жүргізуші куәлігінің мерзімі {until:date} аяқталды: оны бұл ауысымға қоюға болмайды.',
    ru: 'Срок водительского удостоверения истёк {until:date}: на эту смену его ставить нельзя.',
    en: 'The driving licence expired on {until:date}: the driver cannot be put on this shift.',
  },
  DRIVER_INACTIVE: {
    kk: 'Жүргізуші жұмыстан шеттетілген.',
    ru: 'Водитель отстранён от работы.',
    en: 'The driver is not active.',
  },
  SHIFT_NOT_CANCELLABLE: {
    kk: 'Ауысым аяқталған немесе тоқтатылған: оны болдырмауға болмайды.',
    ru: 'Смена уже закрыта или отменена: отменить её нельзя.',
    en: 'The shift is already closed or cancelled: it cannot be cancelled.',
  },
  SHIFT_ENDED: {
    kk: 'Ауысымның уақыты өтіп кетті: аяқталған ауысымды болдырмауға болмайды.',
    ru: 'Время смены уже прошло: закончившуюся смену отменить нельзя.',
    en: 'The shift is over: a shift that has ended cannot be cancelled.',
  },
  SHIFT_NOT_PLANNED: {
    kk: 'Ауысым басталған, аяқталған немесе тоқтатылған: оны өзгертуге болмайды.',
    ru: 'Смена уже началась, закрыта или отменена: изменить её нельзя.',
    en: 'The shift has started, is closed or is cancelled: it cannot be changed.',
  },
  SHIFT_CARRIES_RIDES: {
    kk: 'Бұл ауысымда сапарлар бар: оны өзгертуге болмайды. Себебін көрсетіп болдырмаңыз (сапарлар диспетчерге қайтады) және жаңасын қосыңыз.',
    ru: 'На этой смене есть поездки: изменить её нельзя. Отмените её с причиной (поездки вернутся диспетчеру) и добавьте новую.',
    en: 'This shift carries rides: it cannot be changed. Cancel it with a reason (its rides go back to dispatch) and add a new one.',
  },
  RIDE_FINISHED: {
    kk: 'Бұл сапар аяқталды: оны ауыстыруға немесе маршруттан алуға болмайды.',
    ru: 'Эта поездка уже завершена: перенести её или снять с маршрута нельзя.',
    en: 'This ride has ended: it cannot be moved or taken off its route.',
  },
  RIDE_STARTED: {
    kk: 'Бұл сапар басталып кетті: оны енді ауыстыруға болмайды.',
    ru: 'Эта поездка уже началась: перенести её уже нельзя.',
    en: 'This ride has already started: it can no longer be moved.',
  },
  RIDE_UNDER_WAY: {
    kk: 'Ауысымда сапар жүріп жатыр: алдымен оны аяқтаңыз.',
    ru: 'На смене идёт поездка: сначала завершите её.',
    en: 'A ride is under way on this shift: finish it first.',
  },
  VEHICLE_SHIFT_OVERLAP: {
    kk: 'Бұл уақытта көліктің басқа ауысымы бар.',
    ru: 'У машины в это время уже есть другая смена.',
    en: 'The vehicle already has another shift at this time.',
  },
  DRIVER_SHIFT_OVERLAP: {
    kk: 'Бұл уақытта жүргізушінің басқа ауысымы бар.',
    ru: 'У водителя в это время уже есть другая смена.',
    en: 'The driver already has another shift at this time.',
  },

  // Why a booking is in its status (status-reasons.ts)
  ELIGIBILITY_PENDING: {
    kk: 'Құқықты Порталдан тексеру күтілуде.',
    ru: 'Ожидается проверка права на услугу на Портале.',
    en: 'Waiting for the Portal to confirm eligibility.',
  },
  NO_SHIFT_AVAILABLE: {
    kk: 'Бұл уақытта жұмыс істейтін көлік жоқ. Көлік босаса, сапар өзі жоспарланады.',
    ru: 'В это время нет работающих машин. Поездка будет запланирована, как только машина освободится.',
    en: 'No vehicle works at that time. The ride is planned as soon as one is free.',
  },
  NO_LIFT_VEHICLE: {
    kk: 'Бұл уақытта ауданыңызда жұмыс істейтін көліктердің ешқайсысында көтергіш жоқ. Көтергіші бар көлік шықса, сапар өзі жоспарланады.',
    ru: 'Ни у одной машины, работающей в это время в вашем районе, нет подъёмника. Поездка будет запланирована, как только появится машина с подъёмником.',
    en: 'None of the vehicles working in your area at that time has a lift. The ride is planned as soon as a vehicle with a lift is free.',
  },
  NO_WHEELCHAIR_VEHICLE: {
    kk: 'Бұл уақытта ауданыңызда сапарға керегі бар көлік жұмыс істемейді: баспалдақсыз отырғызу (пандус не көтергіш), ал арбаға — арба орны мен оны бекіткіштер. Ондай көлік босаса, сапар өзі жоспарланады.',
    ru: 'В это время в вашем районе не работает машина с тем, что нужно поездке: посадка без ступенек (пандус или подъёмник), а для коляски — место для неё и крепления. Поездка будет запланирована, как только такая машина освободится.',
    en: 'No vehicle working in your area at that time has what the ride needs: step-free boarding (a ramp or a lift) and, for a wheelchair, a wheelchair place with restraints. The ride is planned as soon as one is free.',
  },
  NO_VEHICLE_WITH_PLACES: {
    kk: 'Бұл уақытта ауданыңызда жұмыс істейтін көліктерде қажетті орын саны жоқ. Ондай көлік босаса, сапар өзі жоспарланады.',
    ru: 'У машин, работающих в это время в вашем районе, нет нужного числа мест. Поездка будет запланирована, как только такая машина освободится.',
    en: 'The vehicles working in your area at that time do not have the places the ride needs. The ride is planned as soon as one is free.',
  },
  NO_FEASIBLE_INSERTION: {
    kk: 'Бос көлік табылмады: барлық маршрут толы немесе уақыт сыймайды. Көлік босаса, сапар өзі жоспарланады.',
    ru: 'Свободной машины не нашлось: все маршруты заняты или не успевают. Поездка будет запланирована, как только машина освободится.',
    en: 'No free vehicle: every route is full or cannot make the time. The ride is planned as soon as one is free.',
  },
  NO_PROVIDER_COVERS_AREA: {
    kk: 'Бұл аумаққа қызмет көрсететін тасымалдаушы жоқ: әкімдік тасымалдаушыны сатып алуда.',
    ru: 'Перевозчика для этого района нет: акимат проводит закупку.',
    en: 'No provider serves this area: the akimat is procuring one.',
  },
  WAITLIST_WINDOW_PASSED: {
    kk: 'Отырғызу уақытына дейін бос көлік табылмады.',
    ru: 'До времени посадки свободная машина так и не нашлась.',
    en: 'No vehicle became free before the pickup time.',
  },
  PROCUREMENT_PROVIDER_AVAILABLE: {
    kk: 'Аумаққа тасымалдаушы табылды: сапар жоспарлануда.',
    ru: 'Для района найден перевозчик: поездка планируется.',
    en: 'A provider now serves the area: the ride is being planned.',
  },
  PROCUREMENT_NOT_IN_TIME: {
    kk: 'Сатып алу сапар күніне дейін аяқталмады.',
    ru: 'Закупка не завершилась до даты поездки.',
    en: 'The procurement did not finish before the trip date.',
  },
  MANUAL_ASSIGN: {
    kk: 'Диспетчер тағайындады.',
    ru: 'Назначено диспетчером.',
    en: 'Assigned by a dispatcher.',
  },
  MANUAL_OVERRIDE: {
    kk: 'Диспетчер маршрут ережесінен тыс тағайындады.',
    ru: 'Назначено диспетчером в обход правила маршрута.',
    en: 'Assigned by a dispatcher despite a route rule.',
  },
  UNASSIGNED_BY_DISPATCHER: {
    kk: 'Диспетчер маршруттан алып тастады: жаңа көлік ізделуде.',
    ru: 'Диспетчер снял поездку с маршрута: ищется другая машина.',
    en: 'A dispatcher took the ride off its route: another vehicle is being found.',
  },
  VEHICLE_BREAKDOWN: {
    kk: 'Көлік бұзылды: жаңа көлік ізделуде.',
    ru: 'Машина сломалась: ищется другая.',
    en: 'The vehicle broke down: another one is being found.',
  },
  DRIVER_ABSENT: {
    kk: 'Жүргізуші шықпады: жаңа көлік ізделуде.',
    ru: 'Водитель не вышел на смену: ищется другая машина.',
    en: 'The driver did not come: another vehicle is being found.',
  },
  SHIFT_CANCELLED: {
    kk: 'Ауысым болдырылмады: жаңа көлік ізделуде.',
    ru: 'Смена отменена: ищется другая машина.',
    en: 'The shift was cancelled: another vehicle is being found.',
  },
  VEHICLE_NO_LONGER_FITS: {
    kk: 'Көлік енді сапарға сәйкес келмейді (жабдық немесе орын): жаңа көлік ізделуде.',
    ru: 'Машина больше не подходит для поездки (оснащение или места): ищется другая.',
    en: 'The vehicle no longer fits the ride (equipment or seats): another one is being found.',
  },
  PROVIDER_SUSPENDED: {
    kk: 'Тасымалдаушының жұмысы тоқтатылды: жаңа көлік ізделуде.',
    ru: 'Работа перевозчика приостановлена: ищется другая машина.',
    en: 'The provider was suspended: another vehicle is being found.',
  },
  SERVICE_AREA_REDUCED: {
    kk: 'Тасымалдаушы бұл аумаққа енді қызмет көрсетпейді: жаңа көлік ізделуде.',
    ru: 'Перевозчик больше не обслуживает этот район: ищется другая машина.',
    en: 'The provider no longer serves this area: another vehicle is being found.',
  },
  CANCELLED_RIDER_ASKED: {
    kk: 'Жолаушының өтініші бойынша диспетчер болдырмады.',
    ru: 'Отменено диспетчером по просьбе пассажира.',
    en: "Cancelled by the dispatcher at the rider's request.",
  },
  CANCELLED_BOOKED_IN_ERROR: {
    kk: 'Қате тапсырыс ретінде болдырылмады.',
    ru: 'Отменено: заказ оформлен по ошибке.',
    en: 'Cancelled: booked in error.',
  },
  CANCELLED_DUPLICATE: {
    kk: 'Болдырылмады: басқа сапардың қайталануы.',
    ru: 'Отменено: дублирует другую поездку.',
    en: 'Cancelled: a duplicate of another ride.',
  },
  CHANGED_RIDER_ASKED: {
    kk: 'Жолаушының өтініші бойынша өзгертілді.',
    ru: 'Изменено по просьбе пассажира.',
    en: "Changed at the rider's request.",
  },
  CHANGED_APPOINTMENT_MOVED: {
    kk: 'Өзгертілді: қабылдау уақыты ауыстырылды.',
    ru: 'Изменено: приём перенесён.',
    en: 'Changed: the appointment was moved.',
  },
  CHANGED_BOOKED_IN_ERROR: {
    kk: 'Өзгертілді: тапсырыс қате ресімделген.',
    ru: 'Изменено: заказ оформлен с ошибкой.',
    en: 'Changed: booked in error.',
  },
  CHANGED_OTHER: {
    kk: 'Басқа себеппен өзгертілді.',
    ru: 'Изменено по другой причине.',
    en: 'Changed for another reason.',
  },
  MISSED_ADDRESS_UNREACHABLE: {
    kk: 'Тасымалдаушы жағынан өтпей қалды: жүргізуші мекенжайға жете алмады. Бұл сізге қарсы есептелмейді.',
    ru: 'Не состоялась по вине перевозчика: водитель не смог подъехать к адресу. Это не засчитывается против вас.',
    en: "Missed on the provider's side: the driver could not reach the address. This does not count against you.",
  },
  MISSED_VEHICLE_LATE: {
    kk: 'Тасымалдаушы жағынан өтпей қалды: көлік уәде етілген уақытқа үлгермеді. Бұл сізге қарсы есептелмейді.',
    ru: 'Не состоялась по вине перевозчика: машина не успела к обещанному времени. Это не засчитывается против вас.',
    en: "Missed on the provider's side: the vehicle did not make the promised time. This does not count against you.",
  },
  MISSED_VEHICLE_PROBLEM: {
    kk: 'Тасымалдаушы жағынан өтпей қалды: көлікте ақау болды. Бұл сізге қарсы есептелмейді.',
    ru: 'Не состоялась по вине перевозчика: неисправность машины. Это не засчитывается против вас.',
    en: "Missed on the provider's side: a problem with the vehicle. This does not count against you.",
  },
  REPLACED_BY_CHANGE: {
    kk: 'Өзгертілді: оның орнына уақыты немесе мекенжайы жаңа сапар жазылды.',
    ru: 'Изменено: вместо неё записана поездка с новым временем или адресом.',
    en: 'Changed: a ride with the new time or address replaces it.',
  },
  NO_SHOW_VEHICLE_LATE: {
    kk: 'Көлік кешікті немесе басқа жерге келді.',
    ru: 'Машина опоздала или приехала не туда.',
    en: 'The vehicle came late or went to another place.',
  },
  NO_SHOW_RIDER_EMERGENCY: {
    kk: 'Жолаушыға төтенше жағдай кедергі болды.',
    ru: 'Пассажиру помешали чрезвычайные обстоятельства.',
    en: 'An emergency kept the rider.',
  },
  NO_SHOW_CANCELLED_IN_TIME: {
    kk: 'Жолаушы уақытында болдырмаған, бірақ ол тіркелмеген.',
    ru: 'Пассажир отменил поездку вовремя, но отмена не была записана.',
    en: 'The rider cancelled in time, but it was not recorded.',
  },
  NO_SHOW_RECORDED_IN_ERROR: {
    kk: 'Қате тіркелген.',
    ru: 'Записано по ошибке.',
    en: 'Recorded in error.',
  },
  PORTAL_CANCELLED: {
    kk: 'Порталда болдырылмады.',
    ru: 'Отменено на Портале.',
    en: 'Cancelled on the Portal.',
  },

  // Why a route cannot take a ride (status-reasons.ts FEASIBILITY_REASONS)
  ROUTE_UNKNOWN_BOOKING: {
    kk: 'Маршруттағы сапар енді белгісіз.',
    ru: 'Поездка на маршруте больше не известна.',
    en: 'A ride on the route is no longer known.',
  },
  ROUTE_STOP_ORDER: {
    kk: 'Аялдамалардың реті бұзылады.',
    ru: 'Нарушается порядок остановок.',
    en: 'The stops would be out of order.',
  },
  ROUTE_MISSING_FEATURE: {
    kk: 'Көлікте жолаушыға қажет жабдық жоқ.',
    ru: 'У машины нет оснащения, нужного пассажиру.',
    en: 'The vehicle lacks equipment a rider needs.',
  },
  ROUTE_PINNED_ELSEWHERE: {
    kk: 'Сапар басқа көлікке бекітілген.',
    ru: 'Поездка закреплена за другой машиной.',
    en: 'A ride is fixed to another vehicle.',
  },
  ROUTE_CAPACITY: {
    kk: 'Орын немесе мүгедектер арбасына орын жетпейді.',
    ru: 'Не хватает мест или мест для кресел-колясок.',
    en: 'Not enough seats or wheelchair places.',
  },
  ROUTE_TIME_WINDOW: {
    kk: 'Отырғызу немесе түсіру уақыт терезесінен тыс болады.',
    ru: 'Посадка или высадка выйдет за своё окно времени.',
    en: 'A pickup or drop-off would fall outside its time window.',
  },
  ROUTE_RIDE_TIME: {
    kk: 'Сапар рұқсат етілгеннен ұзаққа созылады.',
    ru: 'Поездка займёт дольше допустимого.',
    en: 'A ride would take longer than allowed.',
  },
  ROUTE_SHIFT_END: {
    kk: 'Маршрут ауысымның соңынан асып кетеді.',
    ru: 'Маршрут выйдет за конец смены.',
    en: 'The route would run past the end of the shift.',
  },
  ROUTE_SCHEDULE: {
    kk: 'Маршрутқа жұмыс кестесін құру мүмкін емес.',
    ru: 'Для маршрута не получается составить расписание.',
    en: 'No workable schedule for the route.',
  },
  // Said to the driver (the first name only, as on the manifest).
  RIDE_CANCELLED: {
    kk: '{name} жолаушының сапары сағат {at} болдырылмады. Келесі аялдамаға өтіңіз.',
    ru: 'Поездка пассажира {name} отменена в {at}. Переходите к следующей остановке.',
    en: "{name}'s ride was cancelled at {at}. Go on to the next stop.",
  },
  RIDE_MOVED_TO_OTHER_VEHICLE: {
    kk: '{name} жолаушының сапары басқа көлікке берілді. Келесі аялдамаға өтіңіз.',
    ru: 'Поездка пассажира {name} передана другой машине. Переходите к следующей остановке.',
    en: "{name}'s ride was moved to another vehicle. Go on to the next stop.",
  },
  RIDE_TAKEN_OFF_ROUTE: {
    kk: '{name} жолаушының сапарын диспетчер маршрутыңыздан алып тастады. Келесі аялдамаға өтіңіз.',
    ru: 'Диспетчер снял поездку пассажира {name} с вашего маршрута. Переходите к следующей остановке.',
    en: "{name}'s ride was taken off your route by the dispatcher. Go on to the next stop.",
  },
  SHIFT_NOT_STARTED: {
    kk: 'Бұл ауысым {startsOn:date}, сағат {startsAt} басталады; мәртебелерді сағат {from} бастап жіберуге болады.',
    ru: 'Эта смена начинается {startsOn:date} в {startsAt}; статусы можно отправлять с {from}.',
    en: 'This shift starts at {startsAt} on {startsOn:date}; statuses can be sent from {from}.',
  },
  SHIFT_OVER: {
    kk: 'Ауысымыңыз {endsOn:date}, сағат {endsAt} аяқталды: онда жаңа сапарды бастауға болмайды. Диспетчерге хабарласыңыз.',
    ru: 'Ваша смена закончилась {endsOn:date} в {endsAt}: начать на ней новую поездку нельзя. Свяжитесь с диспетчером.',
    en: 'Your shift ended at {endsAt} on {endsOn:date}: a new ride cannot be started on it. Contact the dispatcher.',
  },
  RIDE_NOT_OF_SHIFT_DAY: {
    kk: 'Бұл сапар {pickupOn:date}, сағат {pickupAt} белгіленген, осы ауысым күніне ({startsOn:date}) емес: оны сол күнгі ауысымда белгілеңіз.',
    ru: 'Эта поездка назначена на {pickupOn:date} в {pickupAt}, а не на день этой смены ({startsOn:date}): отмечайте её в смену того дня.',
    en: "This ride is due at {pickupAt} on {pickupOn:date}, not on this shift's day ({startsOn:date}): report it during that day's shift.",
  },
  EN_ROUTE_TOO_EARLY: {
    kk: 'Отырғызу сағат {pickupAt} жоспарланған: оған сағат {from} бастап шығуға болады.',
    ru: 'Посадка запланирована на {pickupAt}: выехать к ней можно с {from}.',
    en: 'The pickup is planned at {pickupAt}: you can set off for it from {from}.',
  },
  ARRIVED_TOO_EARLY: {
    kk: 'Отырғызу уақыты сағат {windowFrom} басталады: келгеніңізді сағат {from} бастап белгілей аласыз.',
    ru: 'Окно посадки открывается в {windowFrom}: отметить прибытие можно с {from}.',
    en: 'The pickup window opens at {windowFrom}: you can mark your arrival from {from}.',
  },
  COMPLETED_TOO_SOON: {
    kk: 'Жолаушы сағат {boardedAt} отырды, сапар кемінде {minutes} минутқа созылады: оны сағат {from} бастап аяқтауға болады.',
    ru: 'Пассажир сел в {boardedAt}, поездка занимает не меньше {minutes} мин: завершить её можно с {from}.',
    en: 'The rider boarded at {boardedAt} and the trip takes at least {minutes} min: it can be completed from {from}.',
  },
  ANOMALY_ALREADY_REVIEWED: {
    kk: 'Бұл белгіні басқа диспетчер қарап қойған.',
    ru: 'Эту отметку уже рассмотрел другой диспетчер.',
    en: 'Another dispatcher has already reviewed this report.',
  },
  LOGIN_TAKEN: {
    kk: 'Бұл телефон немесе e-mail басқа есептік жазбаның логині (мүмкін, сізге көрінбейтін басқа өңірде немесе басқа тасымалдаушыда). Басқа телефонмен немесе e-mail-мен шақырыңыз.',
    ru: 'Этот телефон или e-mail уже служит логином другой учётной записи (возможно, в другом регионе или у другого перевозчика, которых вы не видите). Пригласите по другому телефону или e-mail.',
    en: 'This phone or e-mail is already the login of another account (perhaps in another region or at another provider, which you do not see). Invite with another phone or e-mail.',
  },
  OWN_ACCOUNT: {
    kk: 'Өз рөліңізді немесе күйіңізді өзгерте алмайсыз.',
    ru: 'Нельзя менять собственную роль или статус.',
    en: 'You cannot change your own role or status.',
  },
  UNAUTHENTICATED: {
    kk: 'Кіру сәтсіз аяқталды.',
    ru: 'Войти не удалось.',
    en: 'Sign-in failed.',
  },
  TOO_MANY_ATTEMPTS: {
    kk: 'Әрекеттер тым көп. {seconds:wait} кейін қайталаңыз.',
    ru: 'Слишком много попыток. Повторите через {seconds:wait}.',
    en: 'Too many attempts. Please try again in {seconds:wait}.',
  },
  CODE_INVALID: {
    kk: 'Код қате немесе оның мерзімі өтті. Тексеріңіз немесе жаңа код сұраңыз.',
    ru: 'Код неверный или устарел. Проверьте его или запросите новый.',
    en: 'The code is wrong or has expired. Check it or ask for a new one.',
  },
  NOT_REGISTERED: {
    kk: 'Бұл нөмір инватакси алушылардың тізімінде жоқ. Тіркелу үшін тұрғылықты жеріңіздегі жұмыспен қамту және әлеуметтік бағдарламалар бөліміне немесе Әлеуметтік қызметтер порталына жүгініңіз; сол жерде көрсеткен телефон нөміріңізбен кіріңіз.',
    ru: 'Этого номера нет среди получателей услуги инватакси. Чтобы зарегистрироваться, обратитесь в отдел занятости и социальных программ по месту жительства или на Портал социальных услуг; затем входите с номером телефона, который вы там указали.',
    en: 'This number is not on the list of invataxi riders. To register, contact the employment and social programmes office where you live or the Social Services Portal; then sign in with the phone number you gave them.',
  },
  INVALID_CREDENTIALS: {
    kk: 'Логин немесе құпиясөз қате.',
    ru: 'Неверный логин или пароль.',
    en: 'The login or password is wrong.',
  },
  ACCOUNT_LOCKED: {
    kk: 'Сәтсіз әрекеттер тым көп болғандықтан кіру {minutes} минутқа бұғатталды. Кейінірек қайталаңыз немесе әкімшіге хабарласыңыз.',
    ru: 'Из-за слишком многих неудачных попыток вход заблокирован на {minutes} мин. Повторите позже или обратитесь к администратору.',
    en: 'Too many failed attempts: signing in is locked for {minutes} min. Try again later or contact your administrator.',
  },
  TOTP_INVALID: {
    kk: 'Растау коды қате. Қосымшадағы жаңа кодты енгізіңіз.',
    ru: 'Неверный код подтверждения. Введите новый код из приложения.',
    en: 'The verification code is wrong. Enter the current code from your app.',
  },
  MFA_TOKEN_INVALID: {
    kk: 'Кіру уақыты өтті. Логин мен құпиясөзді қайта енгізіңіз.',
    ru: 'Время входа истекло. Введите логин и пароль снова.',
    en: 'The sign-in took too long. Enter your login and password again.',
  },
  INVITATION_INVALID: {
    kk: 'Шақыру жарамсыз: мерзімі өткен немесе пайдаланылған. Жаңа шақыру сұраңыз.',
    ru: 'Приглашение недействительно: срок истёк или оно уже использовано. Попросите новое.',
    en: 'The invitation is not valid: it has expired or was already used. Ask for a new one.',
  },
  INVITATION_REVOKED: {
    kk: 'Бұл шақыру кері қайтарылды. Қажет болса, сізді шақырған адамнан жаңасын сұраңыз.',
    ru: 'Это приглашение отозвано. Если оно нужно, попросите новое у того, кто вас пригласил.',
    en: 'This invitation was withdrawn. If you still need one, ask the person who invited you.',
  },
  CSRF_HEADER_REQUIRED: {
    kk: 'Сұрау X-Invataxi-Csrf тақырыбынсыз қабылданбайды.',
    ru: 'Запрос без заголовка X-Invataxi-Csrf не принимается.',
    en: 'The request needs the X-Invataxi-Csrf header.',
  },
  SMS_UNAVAILABLE: {
    kk: 'SMS қазір жіберілмеді. Біраз уақыттан кейін қайталаңыз.',
    ru: 'Не удалось отправить SMS. Повторите немного позже.',
    en: 'The SMS could not be sent. Please try again shortly.',
  },
  PLAN_STALE: {
    kk: 'Ұсыныс есептелгеннен кейін маршруттар өзгерді. Қайта жоспарлаңыз.',
    ru: 'Маршруты изменились после расчёта предложения. Перепланируйте ещё раз.',
    en: 'The routes changed after this proposal was computed. Re-plan again.',
  },
  PLAN_NOT_PROPOSED: {
    kk: 'Бұл ұсыныс енді күтілмейді: ол қолданылған немесе бас тартылған.',
    ru: 'Это предложение больше не ждёт решения: оно уже применено или отклонено.',
    en: 'This proposal no longer awaits a decision: it was applied or discarded.',
  },
  PLAN_NOT_APPLIED: {
    kk: 'Тек қолданылған қайта жоспарлауды бір рет болдырмауға болады.',
    ru: 'Отменить можно только применённое перепланирование, и только один раз.',
    en: 'Only an applied re-plan can be undone, and only once.',
  },
  PLAN_DRIVER_ACTED: {
    kk: 'Болдырмау мүмкін емес: жүргізуші осы жоспардың сапарын қабылдап алды немесе орындай бастады.',
    ru: 'Отменить нельзя: водитель уже принял или начал выполнять поездку из этого плана.',
    en: 'It cannot be undone: a driver has already seen or started a ride of this plan.',
  },
  PLAN_CHANGED_SINCE: {
    kk: 'Болдырмау мүмкін емес: қолданылғаннан кейін маршруттар тағы өзгерді.',
    ru: 'Отменить нельзя: после применения маршруты снова изменились.',
    en: 'It cannot be undone: the routes changed again after it was applied.',
  },
  UNAUTHORIZED: {
    kk: 'Қайта кіріңіз: сессия аяқталған немесе жарамсыз.',
    ru: 'Войдите снова: сессия истекла или недействительна.',
    en: 'Sign in again: your session has expired or is not valid.',
  },
  MISSING_HEADERS: {
    kk: 'X-Portal-Key-Id, X-Portal-Timestamp, X-Portal-Event-Id және X-Portal-Signature тақырыптары қажет.',
    ru: 'Нужны заголовки X-Portal-Key-Id, X-Portal-Timestamp, X-Portal-Event-Id и X-Portal-Signature.',
    en: 'X-Portal-Key-Id, X-Portal-Timestamp, X-Portal-Event-Id and X-Portal-Signature are required.',
  },
  BAD_EVENT_ID: {
    kk: 'X-Portal-Event-Id: 1-128 таңба, A-Z a-z 0-9 . _ : -',
    ru: 'X-Portal-Event-Id: 1-128 символов из A-Z a-z 0-9 . _ : -',
    en: 'X-Portal-Event-Id must be 1-128 characters of A-Z a-z 0-9 . _ : -',
  },
  UNKNOWN_KEY: {
    kk: 'Кілт идентификаторы белгісіз.',
    ru: 'Неизвестный идентификатор ключа.',
    en: 'Unknown key id.',
  },
  BAD_TIMESTAMP: {
    kk: 'X-Portal-Timestamp Unix секундтарымен берілуі керек.',
    ru: 'X-Portal-Timestamp должен быть в секундах Unix.',
    en: 'X-Portal-Timestamp must be Unix seconds.',
  },
  STALE_TIMESTAMP: {
    kk: 'Уақыт белгісі рұқсат етілген ауытқудан тыс.',
    ru: 'Метка времени вне допустимого расхождения часов.',
    en: 'The timestamp is outside the allowed clock skew.',
  },
  BAD_SIGNATURE: {
    kk: 'Қолтаңба сәйкес келмейді.',
    ru: 'Подпись не совпадает.',
    en: 'The signature does not match.',
  },
  BAD_REQUEST: {
    kk: 'Сұрауды оқу мүмкін болмады.',
    ru: 'Запрос не удалось прочитать.',
    en: 'The request could not be read.',
  },
  METHOD_NOT_ALLOWED: {
    kk: 'Бұл мекенжай мұндай әдісті қабылдамайды.',
    ru: 'Этот адрес не принимает такой метод.',
    en: 'This address does not accept this method.',
  },
  PAYLOAD_TOO_LARGE: {
    kk: 'Сұрау тым үлкен.',
    ru: 'Запрос слишком большой.',
    en: 'The request is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    kk: 'Сұрау JSON түрінде жіберілуі керек.',
    ru: 'Запрос должен быть в формате JSON.',
    en: 'The request must be sent as JSON.',
  },
  ALREADY_EXISTS: {
    kk: 'Дәл осындай жазба бар (мүмкін, оны жаңа ғана басқа біреу сақтаған). Бетті жаңартып, тексеріңіз.',
    ru: 'Такая же запись уже есть (возможно, её только что сохранил кто-то другой). Обновите страницу и проверьте.',
    en: 'The same record is already there (perhaps someone else just saved it). Reload and check.',
  },
  FIELD_INVALID: {
    kk: 'Бұл өрісті тексеріңіз.',
    ru: 'Проверьте это поле.',
    en: 'Check this field.',
  },
  FIELD_REQUIRED: {
    kk: 'Бұл өрісті толтырыңыз.',
    ru: 'Заполните это поле.',
    en: 'Fill in this field.',
  },
  TOO_SMALL: { kk: 'Кемінде {min}.', ru: 'Не меньше {min}.', en: 'At least {min}.' },
  TOO_LARGE: { kk: 'Көп дегенде {max}.', ru: 'Не больше {max}.', en: 'At most {max}.' },
  TOO_SHORT: {
    kk: 'Кемінде {min} таңба.',
    ru: 'Не короче {min} символов.',
    en: 'At least {min} characters.',
  },
  TOO_LONG: {
    kk: 'Көп дегенде {max} таңба.',
    ru: 'Не длиннее {max} символов.',
    en: 'At most {max} characters.',
  },
  LENGTH_BETWEEN: {
    kk: '{min}-ден {max} таңбаға дейін.',
    ru: 'От {min} до {max} символов.',
    en: 'From {min} to {max} characters.',
  },
  FORMAT_INVALID: {
    kk: 'Жазылу үлгісі дұрыс емес.',
    ru: 'Неверный формат.',
    en: 'Not in the expected format.',
  },
  NOT_INTEGER: { kk: 'Бүтін сан жазыңыз.', ru: 'Введите целое число.', en: 'Enter a whole number.' },
  NOT_NUMBER: { kk: 'Сан жазыңыз.', ru: 'Введите число.', en: 'Enter a number.' },
  NOT_POSITIVE: { kk: 'Нөлден үлкен сан.', ru: 'Число больше нуля.', en: 'A number above zero.' },
  NOT_ONE_OF: {
    kk: 'Ұсынылған мәндердің бірін таңдаңыз.',
    ru: 'Выберите одно из предложенных значений.',
    en: 'Choose one of the offered values.',
  },
  ID_INVALID: {
    kk: 'Тізімнен таңдаңыз.',
    ru: 'Выберите из списка.',
    en: 'Choose from the list.',
  },
  DATE_INVALID: {
    kk: 'Күн мен уақытты дұрыс жазыңыз.',
    ru: 'Укажите правильную дату и время.',
    en: 'Enter a valid date and time.',
  },
  NOT_YES_NO: { kk: 'Иә немесе жоқ.', ru: 'Да или нет.', en: 'Yes or no.' },
  NOT_TEXT: { kk: 'Мәтін жазыңыз.', ru: 'Введите текст.', en: 'Enter text.' },
  NOT_LIST: { kk: 'Тізім күтілген.', ru: 'Ожидается список.', en: 'A list is expected.' },
  TOO_FEW_ITEMS: {
    kk: 'Кемінде {min} мән.',
    ru: 'Не меньше {min} значений.',
    en: 'At least {min} entries.',
  },
  TOO_MANY_ITEMS: {
    kk: 'Көп дегенде {max} мән.',
    ru: 'Не больше {max} значений.',
    en: 'At most {max} entries.',
  },
  LATITUDE_INVALID: {
    kk: 'Ендік −90-нан 90-ға дейін.',
    ru: 'Широта от −90 до 90.',
    en: 'Latitude from −90 to 90.',
  },
  LONGITUDE_INVALID: {
    kk: 'Бойлық −180-нен 180-ге дейін.',
    ru: 'Долгота от −180 до 180.',
    en: 'Longitude from −180 to 180.',
  },
  FIELD_UNKNOWN: {
    kk: 'Мұндай өріс жоқ.',
    ru: 'Такого поля нет.',
    en: 'There is no such field.',
  },
  PHONE_FORMAT: {
    kk: 'Телефон нөмірін +7 7XX XXX XX XX түрінде жазыңыз.',
    ru: 'Номер телефона в виде +7 7XX XXX XX XX.',
    en: 'Phone number as +7 7XX XXX XX XX.',
  },
  GTFS_NO_SERVICE: {
    kk: 'Бұл өңір үшін әзірге қызмет жарияланбаған: оны келісімшарт бойынша қызмет көрсететін тасымалдаушы жоқ.',
    ru: 'Для этого региона услуга пока не опубликована: нет перевозчика, который обслуживает его по договору.',
    en: 'No service is published for this region yet: no provider serves it under a contract.',
  },
  TIME_FORMAT: {
    kk: 'Уақытты сағат:минут түрінде (24 сағат) жазыңыз, мысалы 14:30.',
    ru: 'Время в виде часы:минуты (24 часа), например 14:30.',
    en: 'Enter the time as hours:minutes on the 24-hour clock, e.g. 14:30.',
  },
  EMAIL_FORMAT: {
    kk: 'E-mail мекенжайын name@example.kz түрінде жазыңыз.',
    ru: 'Адрес e-mail в виде name@example.kz.',
    en: 'E-mail address as name@example.kz.',
  },
  PASSWORD_TOO_SHORT: {
    kk: 'Кемінде {min} таңба.',
    ru: 'Не меньше {min} символов.',
    en: 'At least {min} characters.',
  },
  CODE_FORMAT: {
    kk: 'Код 6 цифрдан тұрады.',
    ru: 'Код из 6 цифр.',
    en: 'The code is 6 digits.',
  },
  REGION_REQUIRED: {
    kk: 'Өңірді таңдаңыз.',
    ru: 'Выберите регион.',
    en: 'Choose the region.',
  },
  PROVIDER_REQUIRED: {
    kk: 'Тасымалдаушыны таңдаңыз.',
    ru: 'Выберите перевозчика.',
    en: 'Choose the provider.',
  },
  DRIVER_RECORD_REQUIRED: {
    kk: 'Жүргізушінің жазбасын таңдаңыз. Жаңа жүргізушіні алдымен «Көлік паркі мен ауысымдар» бетінде қосыңыз.',
    ru: 'Выберите запись водителя. Нового водителя сначала добавьте на странице «Автопарк и смены».',
    en: "Choose the driver's record. Add a new driver on the 'Fleet and rota' page first.",
  },
  DRIVER_HAS_LOGIN: {
    kk: 'Бұл жүргізушінің логині бар: ол бұрыннан кіре алады.',
    ru: 'У этого водителя уже есть логин: он уже может войти.',
    en: 'This driver already has a login: they can already sign in.',
  },
  REFERENCE_CONFLICT: {
    kk: 'Жазба жоқ немесе әлі қолданылып жүрген жазбаға сілтейді.',
    ru: 'Запись ссылается на отсутствующую или ещё используемую запись.',
    en: 'It refers to a record that is missing or still in use.',
  },
  CONCURRENT_CHANGE: {
    kk: 'Жазба қатар өзгертілді. Қайталап көріңіз.',
    ru: 'Запись изменили одновременно. Повторите попытку.',
    en: 'The record was changed at the same time. Try again.',
  },
  INTERNAL: {
    kk: 'Күтпеген қате орын алды. Сұрау нөмірін қолдау қызметіне хабарлаңыз.',
    ru: 'Произошла непредвиденная ошибка. Сообщите номер запроса в поддержку.',
    en: 'Something unexpected went wrong. Give the request id to support.',
  },
  UNAVAILABLE: {
    kk: 'Қызмет уақытша қолжетімсіз. Сәл кейінірек қайталаңыз.',
    ru: 'Сервис временно недоступен. Повторите чуть позже.',
    en: 'The service is temporarily unavailable. Try again shortly.',
  },
  FORBIDDEN: {
    kk: 'Бұл әрекетке сізде құқық жоқ.',
    ru: 'У вас нет прав на это действие.',
    en: 'You do not have permission for this action.',
  },
  VALIDATION: {
    kk: 'Кейбір өрістер қате толтырылған.',
    ru: 'Некоторые поля заполнены неверно.',
    en: 'Some fields are filled in incorrectly.',
  },
  BOOKING_REJECTED: {
    kk: 'Сапарға тапсырыс беру мүмкін емес.',
    ru: 'Поездку невозможно заказать.',
    en: 'The trip cannot be booked.',
  },
  REQUEST_IN_PROGRESS: {
    kk: 'Дәл осы сұрау әлі өңделуде. Біраз уақыттан кейін қайталаңыз.',
    ru: 'Этот же запрос ещё обрабатывается. Повторите через несколько секунд.',
    en: 'The same request is still being processed. Please retry in a moment.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    kk: 'Бұл сұрау кілті басқа деректермен бұрын пайдаланылған.',
    ru: 'Этот ключ запроса уже использован с другими данными.',
    en: 'This request key was already used with a different request.',
  },

  // Identifier field errors (ЖСН / ИИН = IIN, БСН / БИН = BIN)
  IIN_NOT_12_DIGITS: {
    kk: 'ЖСН 12 цифрдан тұруы керек.',
    ru: 'ИИН должен состоять из 12 цифр.',
    en: 'The IIN must have 12 digits.',
  },
  IIN_BAD_CENTURY_DIGIT: {
    kk: 'ЖСН жарамсыз: жетінші цифр 1-ден 6-ға дейін болуы керек.',
    ru: 'ИИН недействителен: седьмая цифра должна быть от 1 до 6.',
    en: 'The IIN is not valid: its 7th digit must be 1 to 6.',
  },
  IIN_BAD_DATE: {
    kk: 'ЖСН жарамсыз: алғашқы алты цифр туған күнге сәйкес келмейді.',
    ru: 'ИИН недействителен: первые шесть цифр не образуют дату рождения.',
    en: 'The IIN is not valid: its first six digits are not a birth date.',
  },
  IIN_BAD_CHECK_DIGIT: {
    kk: 'ЖСН жарамсыз: цифрлардың дұрыстығын тексеріңіз.',
    ru: 'ИИН недействителен: проверьте правильность цифр.',
    en: 'The IIN is not valid: please check the digits.',
  },
  BIN_NOT_12_DIGITS: {
    kk: 'БСН 12 цифрдан тұруы керек.',
    ru: 'БИН должен состоять из 12 цифр.',
    en: 'The BIN must have 12 digits.',
  },
  BIN_BAD_MONTH: {
    kk: 'БСН жарамсыз: үшінші және төртінші цифрлар айды білдіруі керек.',
    ru: 'БИН недействителен: третья и четвёртая цифры должны обозначать месяц.',
    en: 'The BIN is not valid: its 3rd and 4th digits must be a month.',
  },
  BIN_BAD_TYPE_DIGIT: {
    kk: 'БСН жарамсыз: бесінші цифр 4, 5 немесе 6 болуы керек.',
    ru: 'БИН недействителен: пятая цифра должна быть 4, 5 или 6.',
    en: 'The BIN is not valid: its 5th digit must be 4, 5 or 6.',
  },
  BIN_BAD_DIVISION_DIGIT: {
    kk: 'БСН жарамсыз: алтыншы цифр 0-ден 3-ке дейін болуы керек.',
    ru: 'БИН недействителен: шестая цифра должна быть от 0 до 3.',
    en: 'The BIN is not valid: its 6th digit must be 0 to 3.',
  },
  BIN_BAD_CHECK_DIGIT: {
    kk: 'БСН жарамсыз: цифрлардың дұрыстығын тексеріңіз.',
    ru: 'БИН недействителен: проверьте правильность цифр.',
    en: 'The BIN is not valid: please check the digits.',
  },
};

/**
 * Reason codes whose words are for staff only, and the neutral code a rider sees instead: the
 * rider is told a dispatcher assigned the ride, not that a route rule was overridden (issue 18).
 */
const RIDER_REASON: { readonly [K in MessageKey]?: MessageKey } = { MANUAL_OVERRIDE: 'MANUAL_ASSIGN' };

/** The reason code as a rider should read it (MANUAL_OVERRIDE -> MANUAL_ASSIGN); others as they are. */
export function riderReasonCode<C extends string>(code: C): C | MessageKey {
  return RIDER_REASON[code as MessageKey] ?? code;
}

export type MessageParams = { readonly [key: string]: string | number };

/**
 * The message for a code in a language, with {name} placeholders filled from params; a
 * `{name:duration}` placeholder takes seconds and says them in words ("3 h 59 min", "5 min 05 s"),
 * a `{name:wait}` one seconds as a wait (minutes from a minute on: "14 min", not "840 s"),
 * a `{name:date}` one a local date 'YYYY-MM-DD' ("8 December", "8 декабря", "8 желтоқсан").
 */
/**
 * A refusal reason as a report's label (refused by reason): the reasons whose message says a
 * rule's value (a lead time, a horizon, a limit) read without it, as a report sums refusals
 * under rules that differ; the others are their message.
 */
const REFUSAL_TITLES: Partial<Record<MessageKey, Record<Language, string>>> = {
  // Staff labels for every refusal reason (walk t25 m5): an officer's report names a category,
  // not the sentence written to a rider ("Your disability category ...", "Please book ...").
  CATEGORY_NOT_ELIGIBLE: {
    kk: 'Осы өңірде құқығы жоқ',
    ru: 'Нет права в этом регионе',
    en: 'Not entitled in this region',
  },
  PORTAL_NO_RECORD: {
    kk: 'Порталда жазба жоқ',
    ru: 'Нет записи на Портале',
    en: 'No record on the Social Services Portal',
  },
  DISABILITY_EXPIRED: {
    kk: 'Сапар күні мүгедектік жарамсыз',
    ru: 'Инвалидность не действует на дату поездки',
    en: 'Disability not valid on the trip date',
  },
  CATEGORY_AGE_MISMATCH: {
    kk: 'Санат жасқа сәйкес келмейді',
    ru: 'Категория не соответствует возрасту',
    en: 'Category does not fit the age',
  },
  PURPOSE_NOT_ALLOWED: {
    kk: 'Сапар мақсатына қызмет көрсетілмейді',
    ru: 'Цель поездки не обслуживается',
    en: 'Trip purpose not served',
  },
  OUTSIDE_SERVICE_HOURS: {
    kk: 'Жұмыс уақытынан тыс',
    ru: 'Вне часов работы',
    en: 'Outside the service hours',
  },
  OUTSIDE_SERVICE_AREA: {
    kk: 'Қызмет аймағынан тыс',
    ru: 'Вне зоны обслуживания',
    en: 'Outside the service area',
  },
  PICKUP_EQUALS_DROPOFF: {
    kk: 'Отырғызу мен түсіру орны бірдей',
    ru: 'Посадка и высадка в одном месте',
    en: 'Pickup and drop-off the same place',
  },
  INVALID_PLACE: { kk: 'Мекенжай танылмады', ru: 'Адрес не распознан', en: 'Address not recognised' },
  INVALID_TRIP_TIME: {
    kk: 'Сапар уақыты жарамсыз',
    ru: 'Недопустимое время поездки',
    en: 'Trip time not valid',
  },
  INVALID_COMPANIONS: {
    kk: 'Сүйемелдеушілер саны жарамсыз',
    ru: 'Неверное число сопровождающих',
    en: 'Companions count not valid',
  },
  BENEFICIARY_SUSPENDED: {
    kk: 'Келмеулер үшін тапсырыс беру тоқтатылған',
    ru: 'Заказ приостановлен из-за неявок',
    en: 'Booking suspended for missed trips',
  },
  LEAD_TIME_TOO_SHORT: {
    kk: 'Тапсырыс сапарға тым жақын берілді',
    ru: 'Заказ слишком близко к поездке',
    en: 'Booked at too short notice',
  },
  BEYOND_HORIZON: {
    kk: 'Тапсырыс тым алдын ала берілді',
    ru: 'Заказ слишком далеко вперёд',
    en: 'Booked too far ahead',
  },
  QUOTA_EXCEEDED: {
    kk: 'Айлық сапар лимиті таусылды',
    ru: 'Исчерпан месячный лимит поездок',
    en: 'Monthly trip limit reached',
  },
  TOO_MANY_COMPANIONS: {
    kk: 'Сүйемелдеушілер тым көп',
    ru: 'Слишком много сопровождающих',
    en: 'Too many companions',
  },
  OVERLAPPING_BOOKING: {
    kk: 'Сол уақытта басқа сапар бар (қайта тапсырыс)',
    ru: 'На это время уже есть поездка (повторный заказ)',
    en: 'Another ride already booked for that time (a repeated order)',
  },
};

/** A refusal reason's label in a report; null: a code without words. */
export function refusalTitle(code: string, lang: Language): string | null {
  if (!Object.prototype.hasOwnProperty.call(MESSAGES, code)) return null;
  return REFUSAL_TITLES[code as MessageKey]?.[lang] ?? message(code as MessageKey, lang);
}

/** The rule's value after a refusal's staff label, where the rule has one (": notice 30 min"). */
const REFUSAL_VALUES: Partial<Record<MessageKey, Record<Language, string>>> = {
  LEAD_TIME_TOO_SHORT: {
    kk: 'кемінде {minutes} мин бұрын',
    ru: 'нужно за {minutes} мин',
    en: 'notice {minutes} min',
  },
  BEYOND_HORIZON: {
    kk: 'ең көбі {days} күн бұрын',
    ru: 'не ранее чем за {days} дн.',
    en: 'at most {days} days ahead',
  },
  QUOTA_EXCEEDED: { kk: 'лимит {limit}', ru: 'лимит {limit}', en: 'limit {limit}' },
  TOO_MANY_COMPANIONS: { kk: 'ең көбі {max}', ru: 'не более {max}', en: 'at most {max}' },
};

/**
 * A refusal reason as staff read it, with the rule's value when known: "Booked at too short
 * notice: notice 30 min" (walk t25 m5); its title alone without a value (never a placeholder).
 */
export function refusalStaffLabel(code: string, lang: Language, params: MessageParams = {}): string | null {
  const title = refusalTitle(code, lang);
  const value = REFUSAL_VALUES[code as MessageKey]?.[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return title && value && !/\{\w+\}/.test(value) ? `${title}: ${value}` : title;
}

export function message(code: MessageKey, lang: Language, params: MessageParams = {}): string {
  return MESSAGES[code][lang].replace(
    /\{(\w+)(:duration|:wait|:date)?\}/g,
    (whole, name: string, kind?: string) => {
      if (!(name in params)) return whole;
      const v = params[name];
      if (kind === ':duration' && typeof v === 'number') return durationText(v, lang, { seconds: true });
      if (kind === ':wait' && typeof v === 'number') return waitText(v, lang);
      if (kind === ':date' && typeof v === 'string') return dayMonthText(v, lang);
      return String(v);
    },
  );
}

/** The first supported language of an Accept-Language header ('kk-KZ,ru;q=0.8' -> 'kk'). */
export function pickLanguage(acceptLanguage: string | undefined, fallback: Language = 'ru'): Language {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) {
    if (lang === 'kk' || lang === 'ru' || lang === 'en') return lang;
  }
  return fallback;
}
