/**
 * The Abai region demo data (issue 20): a region with no transport provider, where the akimat
 * buys the service. Its LEB officer, a policy over the whole region, and two riders in Semey
 * whose rides wait for the procurement. Data only; seed-abai.ts loads it through the API.
 */
import type { DemoBeneficiary, DemoPlace } from './astana';

export const ABAI = '100000000';
export const SEMEY = '101010000';

export const SEMEY_PLACES = {
  medicalUniversity: {
    address: 'улица Абая Кунанбаева, 103 (медицинский университет)',
    lat: 50.4096,
    lon: 80.2478,
    kato: SEMEY,
  },
} satisfies Record<string, DemoPlace>;

/** The Abai officer's seat (fixed id, so a restarted demo signs in as the same person). */
export const ABAI_OFFICER = {
  id: '0d000000-0000-4000-8000-000000000005',
  label: 'LEB officer (Abai region)',
  phone: '+77000000005',
  name: 'Сәуле Жұмабекова',
} as const;

/** Who the procurement stand-in awards the demo's first Abai lot to, and whom it invites. */
export const ABAI_SUPPLIER = {
  name: 'ТОО «Семей Инватранс»',
  contact: {
    name: 'Ерболат Касымов',
    phone: '+77000000150',
    email: 'admin@semey-invatrans.kz',
    language: 'ru',
  },
} as const;

export const SEMEY_RIDERS: DemoBeneficiary[] = [
  {
    key: 'marat',
    fullName: 'Марат Жаксылыков',
    birthDate: '1971-04-09',
    sex: 'M',
    category: 'ADULT_GROUP_1',
    validUntil: null,
    wheelchair: 'MANUAL',
    stepFree: true,
    companionEntitled: true,
    language: 'ru',
    home: { address: 'проспект Шакарима, 30', lat: 50.4186, lon: 80.2449, kato: SEMEY },
    phone: '+77011234521',
  },
  {
    key: 'asel',
    fullName: 'Әсел Нұрланқызы',
    birthDate: '1988-12-01',
    sex: 'F',
    category: 'ADULT_GROUP_2',
    validUntil: '2028-12-01',
    wheelchair: 'NONE',
    companionEntitled: false,
    language: 'kk',
    home: { address: 'улица Найманбаева, 120', lat: 50.4072, lon: 80.2351, kato: SEMEY },
    phone: '+77011234522',
  },
];

/** The IIN serials of the Semey riders: after the Astana ones, so no two demo people share an IIN. */
export const SEMEY_IIN_SERIAL_FROM = 50;
