// STAND-IN DATA: a small synthetic population of the simulated Social Services Portal. The
// people do not exist; their IINs are valid by construction (libs/domain's check digit), so
// Invataxi's validation treats them as it would real ones.
import { ageOn, buildIin, type DisabilityCategory, type Sex } from '@invataxi/domain';
import type { PortalNeeds } from '@invataxi/portal';

export interface SimPerson {
  iin: string;
  fullName: string;
  phone: string;
  birthDate: string;
  sex: Sex;
  residence: { kato: string; address: string; lat: number; lon: number };
  category: DisabilityCategory;
  validUntil: string | null;
  needs: PortalNeeds;
  companionEntitled: boolean;
  payerKato: string;
  /** False: the Portal answers "not registered" to a look-up. */
  registered: boolean;
}

const NAMES = [
  'Айгерим Садыкова',
  'Ерлан Жумабеков',
  'Мария Ким',
  'Нурлан Оспанов',
  'Дана Ахметова',
  'Сергей Иванов',
];
const STREETS = [
  'пр. Мәңгілік Ел',
  'ул. Кенесары',
  'пр. Республики',
  'ул. Сарайшык',
  'пр. Абая',
  'ул. Бейбитшилик',
];
const NO_NEEDS: PortalNeeds = {
  wheelchair: 'NONE',
  needsRamp: false,
  needsLift: false,
  visual: false,
  hearing: false,
  intellectual: false,
  guideDog: false,
};

function categoryFor(birthDate: string, i: number): DisabilityCategory {
  const age = ageOn(birthDate, '2026-01-01');
  if (age < 7) return 'CHILD_UNDER_7';
  if (age < 18)
    return (['CHILD_GROUP_1', 'CHILD_GROUP_2', 'CHILD_GROUP_3'] as const)[i % 3] ?? 'CHILD_GROUP_1';
  return (['ADULT_GROUP_1', 'ADULT_GROUP_2'] as const)[i % 2] ?? 'ADULT_GROUP_1';
}

/** `size` people in Astana (KATO 710000000), the same every run. */
export function syntheticPopulation(size = 12): SimPerson[] {
  const out: SimPerson[] = [];
  for (let i = 0; i < size; i++) {
    const year = [1958, 1971, 1985, 1994, 2012, 2021][i % 6] ?? 1980;
    const birthDate = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const sex: Sex = i % 2 === 0 ? 'FEMALE' : 'MALE';
    const wheelchair = i % 3 === 0;
    out.push({
      iin: buildIin(birthDate, sex, 100 + i * 7),
      fullName: NAMES[i % NAMES.length] ?? 'Тест',
      phone: `+7701${String(1000000 + i * 7919).slice(-7)}`,
      birthDate,
      sex,
      residence: {
        kato: '710000000',
        address: `${STREETS[i % STREETS.length]}, ${10 + i}`,
        lat: 51.09 + (i % 5) * 0.02,
        lon: 71.38 + (i % 4) * 0.03,
      },
      category: categoryFor(birthDate, i),
      validUntil: i % 4 === 0 ? null : '2030-12-31',
      needs: wheelchair
        ? { ...NO_NEEDS, wheelchair: 'MANUAL', needsRamp: true }
        : { ...NO_NEEDS, visual: i % 5 === 1 },
      companionEntitled: i % 2 === 0,
      payerKato: '710000000',
      // The last person is unknown to the Portal, for refusals.
      registered: i !== size - 1,
    });
  }
  return out;
}
