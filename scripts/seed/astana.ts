/**
 * The Astana demo data set: real street names and points, two providers, their fleet, and a
 * dozen beneficiaries of different categories and needs. Data only; seed-via-api.ts loads it.
 */
import {
  NATIONAL_DEFAULT_POLICY,
  buildBin,
  buildIin,
  type DisabilityCategory,
  type ServicePolicyRules,
  type WheelchairType,
} from '@invataxi/domain';

export const ASTANA = '710000000';
export const DISTRICT = {
  almaty: '711210000',
  saryarka: '711310000',
  yesil: '711410000',
  baikonyr: '711510000',
  nura: '711610000',
} as const;

/**
 * The region's policy: the national defaults over the whole city, 07:00-21:00 every day, so that
 * dialysis mornings can be booked; the dispatch centre's number for booking by phone.
 */
export const DEMO_POLICY: ServicePolicyRules = {
  ...NATIONAL_DEFAULT_POLICY,
  serviceAreaKato: [ASTANA],
  tripsPerMonth: 30,
  minLeadMinutes: 30,
  serviceHours: Array.from({ length: 7 }, () => [['07:00', '21:00']]),
  bookingPhone: '+7 7172 00 00 00',
};

export interface DemoPlace {
  address: string;
  lat: number;
  lon: number;
  kato: string;
}

export const PLACES = {
  dialysisCentre: {
    address: 'проспект Абая, 38 (центр гемодиализа)',
    lat: 51.1617,
    lon: 71.4178,
    kato: DISTRICT.saryarka,
  },
  cityHospital1: {
    address: 'улица Ш. Айманова, 5 (городская больница № 1)',
    lat: 51.1531,
    lon: 71.4647,
    kato: DISTRICT.almaty,
  },
  rehabCentre: {
    address: 'проспект Туран, 36 (реабилитационный центр)',
    lat: 51.1169,
    lon: 71.4088,
    kato: DISTRICT.yesil,
  },
  socialServices: {
    address: 'проспект Мангилик Ел, 8 (центр социальных услуг)',
    lat: 51.1201,
    lon: 71.436,
    kato: DISTRICT.yesil,
  },
  university: {
    address: 'улица Сатпаева, 2 (ЕНУ им. Л. Н. Гумилёва)',
    lat: 51.1588,
    lon: 71.4713,
    kato: DISTRICT.almaty,
  },
  library: {
    address: 'проспект Достык, 11 (Национальная академическая библиотека)',
    lat: 51.1283,
    lon: 71.4301,
    kato: DISTRICT.yesil,
  },
} satisfies Record<string, DemoPlace>;

export interface DemoBeneficiary {
  key: string;
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  category: DisabilityCategory;
  validUntil: string | null;
  wheelchair: WheelchairType;
  /** Step-free boarding: a ramp or a lift, either will do. */
  stepFree?: boolean;
  /** A lift specifically. */
  needsLift?: boolean;
  visual?: boolean;
  hearing?: boolean;
  intellectual?: boolean;
  guideDog?: boolean;
  companionEntitled: boolean;
  language: 'kk' | 'ru' | 'en';
  home: DemoPlace;
  phone: string;
}

const home = (address: string, lat: number, lon: number, kato: string): DemoPlace => ({
  address,
  lat,
  lon,
  kato,
});

export const BENEFICIARIES: DemoBeneficiary[] = [
  {
    key: 'aigerim',
    fullName: 'Айгерім Сейітова',
    birthDate: '1985-03-14',
    sex: 'F',
    category: 'ADULT_GROUP_1',
    validUntil: null,
    wheelchair: 'ELECTRIC',
    stepFree: true,
    companionEntitled: true,
    language: 'kk',
    home: home('улица Кенесары, 40', 51.1745, 71.4213, DISTRICT.saryarka),
    phone: '+77011234501',
  },
  {
    key: 'nurlan',
    fullName: 'Нурлан Абенов',
    birthDate: '1962-11-02',
    sex: 'M',
    category: 'ADULT_GROUP_2',
    validUntil: '2027-06-30',
    wheelchair: 'NONE',
    companionEntitled: false,
    language: 'ru',
    home: home('улица Бейбитшилик, 25', 51.1781, 71.4089, DISTRICT.saryarka),
    phone: '+77011234502',
  },
  {
    key: 'dana',
    fullName: 'Дана Ержанова',
    birthDate: '2019-05-20',
    sex: 'F',
    category: 'CHILD_UNDER_7',
    validUntil: '2026-05-20',
    wheelchair: 'MANUAL',
    companionEntitled: true,
    language: 'kk',
    home: home('проспект Республики, 52', 51.1552, 71.4302, DISTRICT.almaty),
    phone: '+77011234503',
  },
  {
    key: 'timur',
    fullName: 'Тимур Калиев',
    birthDate: '2011-09-08',
    sex: 'M',
    category: 'CHILD_GROUP_2',
    validUntil: '2027-09-08',
    wheelchair: 'NONE',
    intellectual: true,
    companionEntitled: true,
    language: 'ru',
    home: home('улица Иманова, 19', 51.1659, 71.4381, DISTRICT.almaty),
    phone: '+77011234504',
  },
  {
    key: 'gulnara',
    fullName: 'Гульнара Мусина',
    birthDate: '1958-01-30',
    sex: 'F',
    category: 'ADULT_GROUP_1',
    validUntil: null,
    wheelchair: 'NONE',
    visual: true,
    guideDog: true,
    companionEntitled: true,
    language: 'ru',
    home: home('улица Ауэзова, 12', 51.1702, 71.4258, DISTRICT.saryarka),
    phone: '+77011234505',
  },
  {
    key: 'yerlan',
    fullName: 'Ерлан Тулегенов',
    birthDate: '1990-07-17',
    sex: 'M',
    category: 'ADULT_GROUP_2',
    validUntil: '2028-01-31',
    wheelchair: 'MANUAL',
    companionEntitled: false,
    language: 'kk',
    home: home('улица Кабанбай батыра, 60', 51.0907, 71.4185, DISTRICT.yesil),
    phone: '+77011234506',
  },
  {
    key: 'saule',
    fullName: 'Сауле Жаксыбекова',
    birthDate: '1975-12-05',
    sex: 'F',
    category: 'ADULT_GROUP_2',
    validUntil: null,
    wheelchair: 'NONE',
    hearing: true,
    companionEntitled: false,
    language: 'kk',
    home: home('улица Сарыарка, 31', 51.183, 71.3995, DISTRICT.saryarka),
    phone: '+77011234507',
  },
  {
    key: 'viktor',
    fullName: 'Виктор Ким',
    birthDate: '1949-04-22',
    sex: 'M',
    category: 'ADULT_GROUP_1',
    validUntil: null,
    wheelchair: 'ELECTRIC',
    needsLift: true,
    companionEntitled: true,
    language: 'ru',
    home: home('улица Жубанова, 4', 51.1463, 71.4755, DISTRICT.baikonyr),
    phone: '+77011234508',
  },
  {
    key: 'amina',
    fullName: 'Амина Оспанова',
    birthDate: '2015-02-11',
    sex: 'F',
    category: 'CHILD_GROUP_1',
    validUntil: '2027-02-11',
    wheelchair: 'MANUAL',
    companionEntitled: true,
    language: 'kk',
    home: home('улица Петрова, 18', 51.1372, 71.4641, DISTRICT.almaty),
    phone: '+77011234509',
  },
  {
    key: 'bolat',
    fullName: 'Болат Исмаилов',
    birthDate: '1968-08-29',
    sex: 'M',
    category: 'ADULT_GROUP_2',
    validUntil: '2026-12-31',
    wheelchair: 'NONE',
    companionEntitled: false,
    language: 'ru',
    home: home('улица Сейфуллина, 7', 51.1711, 71.416, DISTRICT.saryarka),
    phone: '+77011234510',
  },
  {
    key: 'john',
    fullName: 'John Miller',
    birthDate: '1981-06-03',
    sex: 'M',
    category: 'ADULT_GROUP_1',
    validUntil: null,
    wheelchair: 'MANUAL',
    stepFree: true,
    companionEntitled: false,
    language: 'en',
    home: home('улица Сыганак, 29', 51.1276, 71.4194, DISTRICT.yesil),
    phone: '+77011234511',
  },
  {
    key: 'zhanar',
    fullName: 'Жанар Темирова',
    birthDate: '1995-10-10',
    sex: 'F',
    category: 'ADULT_GROUP_2',
    validUntil: '2027-10-10',
    wheelchair: 'NONE',
    companionEntitled: false,
    language: 'kk',
    home: home('улица Туркестан, 14', 51.1036, 71.4295, DISTRICT.yesil),
    phone: '+77011234512',
  },
];

/** The person's mobility needs as the API takes them. */
export function mobilityOf(b: DemoBeneficiary) {
  return {
    wheelchair: b.wheelchair,
    stepFree: b.stepFree ?? false,
    needsLift: b.needsLift ?? false,
    visual: b.visual ?? false,
    hearing: b.hearing ?? false,
    intellectual: b.intellectual ?? false,
    guideDog: b.guideDog ?? false,
  };
}

export function sexOf(b: DemoBeneficiary): 'MALE' | 'FEMALE' {
  return b.sex === 'M' ? 'MALE' : 'FEMALE';
}

export function iinOf(b: DemoBeneficiary, serial: number): string {
  return buildIin(b.birthDate, sexOf(b), 100 + serial);
}

export interface DemoProvider {
  key: string;
  bin: string;
  legalName: string;
  serviceArea: string[];
  vehicles: {
    plate: string;
    model: string;
    seats: number;
    wheelchairPlaces: number;
    hasRamp: boolean;
    hasLift: boolean;
    layouts?: { seats: number; wheelchairPlaces: number }[];
  }[];
  drivers: { fullName: string; licenceNumber: string; phone: string }[];
  /** The provider's own staff: its administrator and its dispatcher (t22 finding 11: people, not titles). */
  staff: { admin: string; dispatcher: string };
  depot: { lat: number; lon: number; kato: string };
}

/**
 * The demo's own staff, by seat: personal names as a real akimat's, ministry's and centre's
 * staff have (t22 finding 11: "Officer, Astana akimat" in English on Kazakh and Russian pages).
 * The page says the role beside the name.
 */
export const STAFF_NAMES = {
  admin: 'Данияр Ахметов',
  officer: 'Жанар Әбдірахманова',
  analyst: 'Ерлан Сүлейменов',
  regionDispatcher: 'Айжан Нұрланова',
  guardian: 'Гульмира Калиева',
} as const;

export const PROVIDERS: DemoProvider[] = [
  {
    key: 'inva-astana',
    bin: buildBin('1504', 12345),
    legalName: 'ТОО «Инватакси Астана»',
    staff: { admin: 'Марат Оспанов', dispatcher: 'Ольга Ким' },
    serviceArea: [ASTANA],
    depot: { lat: 51.1605, lon: 71.4704, kato: DISTRICT.almaty },
    vehicles: [
      {
        plate: '101AAA01',
        model: 'Ford Transit (подъёмник)',
        seats: 4,
        wheelchairPlaces: 2,
        hasRamp: false,
        hasLift: true,
        layouts: [{ seats: 6, wheelchairPlaces: 1 }],
      },
      {
        plate: '102AAA01',
        model: 'Volkswagen Caddy Maxi (пандус)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        hasLift: false,
        layouts: [{ seats: 4, wheelchairPlaces: 0 }],
      },
      {
        plate: '103AAA01',
        model: 'Hyundai Staria',
        seats: 6,
        wheelchairPlaces: 0,
        hasRamp: false,
        hasLift: false,
      },
    ],
    drivers: [
      { fullName: 'Серик Жумабаев', licenceNumber: 'KZ0100001', phone: '+77021110001' },
      { fullName: 'Азамат Нурпеисов', licenceNumber: 'KZ0100002', phone: '+77021110002' },
      { fullName: 'Ольга Ли', licenceNumber: 'KZ0100003', phone: '+77021110003' },
    ],
  },
  {
    key: 'kamkor',
    bin: buildBin('1811', 54321),
    legalName: 'ТОО «Қамқор Транс»',
    staff: { admin: 'Әсел Төлегенова', dispatcher: 'Сергей Петренко' },
    serviceArea: [DISTRICT.yesil, DISTRICT.nura],
    depot: { lat: 51.109, lon: 71.423, kato: DISTRICT.yesil },
    vehicles: [
      {
        plate: '201BBB01',
        model: 'Mercedes-Benz Sprinter (подъёмник)',
        seats: 6,
        wheelchairPlaces: 2,
        hasRamp: false,
        hasLift: true,
      },
      {
        plate: '202BBB01',
        model: 'Peugeot Rifter (пандус)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        hasLift: false,
      },
    ],
    drivers: [
      { fullName: 'Канат Ахметов', licenceNumber: 'KZ0200001', phone: '+77021120001' },
      { fullName: 'Мадина Сарсенова', licenceNumber: 'KZ0200002', phone: '+77021120002' },
    ],
  },
];

/** The person's needs as the Portal sends them: its needsRamp is step-free boarding. */
export function portalNeedsOf(b: DemoBeneficiary) {
  const { stepFree, ...rest } = mobilityOf(b);
  return { ...rest, needsRamp: stepFree };
}
