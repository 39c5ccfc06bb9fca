/**
 * The simulated city's riders (issue 22): three dozen made-up people across Astana's districts,
 * the same every run, registered as the demo's other beneficiaries are (the Portal stand-in's
 * register, then the LEB officer through the API). Only when the simulation runs: a quiet demo
 * keeps its dozen hand-written people. Each gets a sign-in account so the simulation books in
 * the app as them.
 */
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@invataxi/config';
import { signToken } from '@invataxi/auth';
import { buildIin, maskIin, type DisabilityCategory, type WheelchairType } from '@invataxi/domain';
import { ASTANA, DISTRICT, type DemoBeneficiary } from './astana';

/** Given names by sex: a rider's is of their own sex (their IIN says it too). */
export const GIVEN: Record<'F' | 'M', readonly string[]> = {
  F: ['Асель', 'Гаухар', 'Жанна', 'Карина', 'Назира', 'Раушан'],
  M: ['Бауыржан', 'Данияр', 'Ильяс', 'Марат', 'Олжас', 'Самат'],
};
/** Family names in their men's form; a woman's is made by surnameFor (and a patronymic stays as it is). */
const FAMILY = [
  'Абдрахманов',
  'Беков',
  'Жаксылыков',
  'Искаков',
  'Кенжебаев',
  'Муканов',
  'Нуржанов',
  'Омаров',
  'Рахимов',
  'Сапарұлы',
  'Мусин',
];

/**
 * A family name agreeing with the person's sex (walk t22 m13: 'Марат Муканова'): Russian and
 * Kazakh endings -ов/-ев/-ин/-ын take -а for a woman and drop it for a man; a patronymic-style
 * name keeps its stem and says son (-ұлы) or daughter (-қызы); any other ending stays (Ким).
 */
export function surnameFor(family: string, sex: 'F' | 'M'): string {
  const patronymic = /^(.+?)(ұлы|улы|қызы|кызы)$/.exec(family);
  if (patronymic) return `${patronymic[1]}${sex === 'F' ? 'қызы' : 'ұлы'}`;
  const man = /(ов|ев|ёв|ин|ын)а$/.test(family) ? family.slice(0, -1) : family;
  return sex === 'F' && /(ов|ев|ёв|ин|ын)$/.test(man) ? `${man}а` : man;
}
const STREETS = [
  'улица Кенесары',
  'проспект Республики',
  'улица Бейбитшилик',
  'проспект Кабанбай батыра',
  'улица Иманова',
  'улица Акмешит',
];
// Each district's rough centre, so homes spread over the city the way the district figures see it.
const DISTRICTS: { kato: string; lat: number; lon: number }[] = [
  { kato: DISTRICT.almaty, lat: 51.155, lon: 71.47 },
  { kato: DISTRICT.saryarka, lat: 51.175, lon: 71.42 },
  { kato: DISTRICT.yesil, lat: 51.12, lon: 71.43 },
  { kato: DISTRICT.baikonyr, lat: 51.17, lon: 71.46 },
  { kato: DISTRICT.nura, lat: 51.1, lon: 71.4 },
];
const CATEGORIES: DisabilityCategory[] = [
  'ADULT_GROUP_1',
  'ADULT_GROUP_2',
  'ADULT_GROUP_2',
  'ADULT_GROUP_3',
  'CHILD_GROUP_2',
];
const CHAIRS: WheelchairType[] = ['NONE', 'MANUAL', 'NONE', 'ELECTRIC', 'NONE', 'NONE'];

export const CITY_RIDER_COUNT = 36;

/** The riders, deterministic: the i-th is always the same person. */
export function cityRiders(count = CITY_RIDER_COUNT): DemoBeneficiary[] {
  return Array.from({ length: count }, (_, i) => {
    const d = DISTRICTS[i % DISTRICTS.length]!;
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const child = category.startsWith('CHILD');
    const year = child ? 2011 + (i % 6) : 1950 + ((i * 7) % 50);
    const sex = i % 2 === 0 ? 'F' : 'M';
    const wheelchair = CHAIRS[i % CHAIRS.length]!;
    const given = GIVEN[sex][Math.floor(i / 2) % GIVEN[sex].length]!;
    const family = FAMILY[(i * 5) % FAMILY.length]!;
    return {
      key: `city-${i + 1}`,
      fullName: `${given} ${surnameFor(family, sex)}`,
      birthDate: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      sex,
      category,
      validUntil: i % 3 === 0 ? null : '2029-12-31',
      wheelchair,
      stepFree: wheelchair !== 'NONE',
      visual: i % 7 === 3,
      companionEntitled: child || i % 4 === 0,
      language: (['ru', 'kk', 'ru'] as const)[i % 3]!,
      home: {
        address: `${STREETS[i % STREETS.length]}, ${3 + ((i * 11) % 90)}`,
        // Spread around the district's centre by up to about 2 km.
        lat: Number((d.lat + (((i * 37) % 41) - 20) * 0.0009).toFixed(5)),
        lon: Number((d.lon + (((i * 53) % 43) - 21) * 0.0014).toFixed(5)),
        kato: d.kato,
      },
      phone: `+7705${String(3000000 + i * 4111).slice(-7)}`,
    };
  });
}

/** The IIN of the i-th rider: serials from 5000, apart from the dozen hand-written people's. */
export function cityRiderIin(b: DemoBeneficiary, i: number): string {
  return buildIin(b.birthDate, b.sex === 'M' ? 'MALE' : 'FEMALE', 5000 + i);
}

export interface CityRider {
  beneficiaryId: string;
  userId: string;
  /** Where the Portal stand-in keeps them (its /_control/orders sends orders for them). */
  portalIndex: number | null;
  home: DemoBeneficiary['home'];
  /** Entitled to a companion (some of their rides take one along). */
  companionEntitled: boolean;
}

async function call<T>(
  url: string,
  token: string | null,
  method: string,
  body?: unknown,
  ok: number[] = [],
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': 'application/json',
      ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300 && !ok.includes(res.status))
    throw new Error(`${method} ${url} -> ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/**
 * Registers the riders (idempotent: a person on record is looked up, not added again) and
 * answers what the simulation needs of them. `officerUserId`: the demo's LEB officer.
 */
export async function seedCityRiders(
  config: AppConfig,
  apiUrl: string,
  portalUrl: string | null,
  officerUserId: string,
): Promise<CityRider[]> {
  const riders = cityRiders();
  const iins = riders.map((b, i) => cityRiderIin(b, i));
  if (portalUrl) {
    await call(`${portalUrl}/_control/people`, null, 'POST', {
      people: riders.map((b, i) => ({
        iin: iins[i],
        fullName: b.fullName,
        phone: b.phone,
        birthDate: b.birthDate,
        sex: b.sex === 'M' ? 'MALE' : 'FEMALE',
        residence: b.home,
        category: b.category,
        validUntil: b.validUntil,
        needs: {
          wheelchair: b.wheelchair,
          needsRamp: b.stepFree ?? false,
          needsLift: false,
          visual: b.visual ?? false,
          hearing: false,
          intellectual: false,
          guideDog: false,
        },
        companionEntitled: b.companionEntitled,
        payerKato: ASTANA,
      })),
    });
  }
  const population = portalUrl
    ? (await call<{ index: number; iinMasked: string }[]>(`${portalUrl}/_control/population`, null, 'GET'))
        .body
    : [];
  const token = signToken(
    { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER },
    { userId: officerUserId, role: 'LEB_OFFICER', regionKato: ASTANA },
    config.JWT_TTL_SECONDS,
  );
  const out: CityRider[] = [];
  for (const [i, b] of riders.entries()) {
    const found = await call<{ id: string }>(
      `${apiUrl}/beneficiaries/lookup`,
      token,
      'POST',
      { iin: iins[i] },
      [404],
    );
    const beneficiaryId =
      found.status < 300
        ? found.body.id
        : (
            await call<{ id: string }>(`${apiUrl}/beneficiaries`, token, 'POST', {
              iin: iins[i],
              fullName: b.fullName,
              phone: b.phone,
              language: b.language,
              residence: b.home,
              disabilityCategory: b.category,
              disabilityValidUntil: b.validUntil,
              companionEntitled: b.companionEntitled,
              mobility: {
                wheelchair: b.wheelchair,
                stepFree: b.stepFree ?? false,
                needsLift: false,
                visual: b.visual ?? false,
                hearing: false,
                intellectual: false,
                guideDog: false,
              },
            })
          ).body.id;
    const user = await call<{ userId: string }>(
      `${apiUrl}/beneficiaries/${beneficiaryId}/sign-in-user`,
      token,
      'POST',
      {},
    );
    // The Portal stand-in lists its register with IINs masked; the riders are entered last.
    const masked = maskIin(iins[i]!);
    const atPortal = population.slice(-riders.length).find((p) => p.iinMasked === masked);
    out.push({
      beneficiaryId,
      userId: user.body.userId,
      portalIndex: atPortal?.index ?? null,
      home: b.home,
      companionEntitled: b.companionEntitled,
    });
  }
  return out;
}
