// KATO, the classifier of administrative-territorial objects: 9 digits AB CD EF HHH (region,
// district, sub-level, settlement) (DOMAIN.md, "Identifiers"). Codes change with reforms (2018,
// 2022), so the classifier is data (KATO_SEED, then the regions table); these functions only
// read the structure of a code.

export type KatoLevel = 'REGION' | 'DISTRICT' | 'SUBLEVEL' | 'SETTLEMENT';

const KATO_RE = /^\d{9}$/;

export function isValidKato(code: string): boolean {
  return KATO_RE.test(code) && code.slice(0, 2) !== '00';
}

function assertKato(code: string): void {
  if (!isValidKato(code)) throw new RangeError(`not a KATO code: ${code}`);
}

/** The level by the trailing zeros: AB0000000 region, ABCD00000 district, ABCDEF000 sub-level. */
export function katoLevel(code: string): KatoLevel {
  assertKato(code);
  if (code.endsWith('0000000')) return 'REGION';
  if (code.endsWith('00000')) return 'DISTRICT';
  if (code.endsWith('000')) return 'SUBLEVEL';
  return 'SETTLEMENT';
}

const PREFIX_LENGTH: Record<KatoLevel, number> = { REGION: 2, DISTRICT: 4, SUBLEVEL: 6, SETTLEMENT: 9 };

/** The digits an area code fixes: its descendants share them. */
export function katoPrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTH[katoLevel(code)]);
}

/**
 * The structural ancestors, region first (a code's own prefixes padded with zeros). They may be
 * absent from the classifier: Astana's districts (711210000) sit under the city (710000000)
 * with no 711200000 row. Use the classifier's parent for display, this for coverage.
 */
export function katoAncestors(code: string): string[] {
  const len = PREFIX_LENGTH[katoLevel(code)];
  const out: string[] = [];
  for (const cut of [2, 4, 6]) {
    if (cut >= len) break;
    const ancestor = code.slice(0, cut).padEnd(9, '0');
    if (ancestor !== code && !out.includes(ancestor)) out.push(ancestor);
  }
  return out;
}

/** The nearest structural ancestor, or null for a region. */
export function katoParent(code: string): string | null {
  const ancestors = katoAncestors(code);
  return ancestors.length > 0 ? (ancestors[ancestors.length - 1] as string) : null;
}

/** The region code (AB0000000) of any code. */
export function katoRegion(code: string): string {
  assertKato(code);
  return code.slice(0, 2).padEnd(9, '0');
}

/**
 * Does an area cover a code? A region AB0000000 covers every AB code; a district ABCD00000
 * every ABCD code; a sub-level ABCDEF000 every ABCDEF code; a settlement only itself.
 */
export function katoCovers(areaCode: string, code: string): boolean {
  assertKato(code);
  return code.startsWith(katoPrefix(areaCode));
}

/** Is `code` inside `areaCode` (the same as katoCovers with the arguments swapped)? */
export function katoWithin(code: string, areaCode: string): boolean {
  return katoCovers(areaCode, code);
}

/** Is `code` inside any of the areas? */
export function katoWithinAny(code: string, areaCodes: readonly string[]): boolean {
  return areaCodes.some((area) => katoCovers(area, code));
}

export interface KatoSeedEntry {
  code: string;
  /** The parent in the classifier (not always the structural parent), null for a region. */
  parentCode: string | null;
  name: { kk: string; ru: string; en: string };
}

/**
 * The regions of DOMAIN.md (after the 2022 reform) and the cities it names, for the regions
 * table. Names as in official use; Russian keeps the Kazakh spelling where the region's
 * official Russian name does (Жетісу, Ұлытау).
 */
export const KATO_SEED: readonly KatoSeedEntry[] = [
  { code: '710000000', parentCode: null, name: { kk: 'Астана', ru: 'Астана', en: 'Astana' } },
  { code: '750000000', parentCode: null, name: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } },
  { code: '790000000', parentCode: null, name: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' } },
  {
    code: '100000000',
    parentCode: null,
    name: { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai Region' },
  },
  { code: '101010000', parentCode: '100000000', name: { kk: 'Семей', ru: 'Семей', en: 'Semey' } },
  {
    code: '110000000',
    parentCode: null,
    name: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
  },
  {
    code: '150000000',
    parentCode: null,
    name: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
  },
  {
    code: '190000000',
    parentCode: null,
    name: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
  },
  {
    code: '230000000',
    parentCode: null,
    name: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
  },
  {
    code: '270000000',
    parentCode: null,
    name: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
  },
  { code: '271010000', parentCode: '270000000', name: { kk: 'Орал', ru: 'Уральск', en: 'Oral' } },
  {
    code: '310000000',
    parentCode: null,
    name: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' },
  },
  { code: '311010000', parentCode: '310000000', name: { kk: 'Тараз', ru: 'Тараз', en: 'Taraz' } },
  {
    code: '330000000',
    parentCode: null,
    name: { kk: 'Жетісу облысы', ru: 'Область Жетісу', en: 'Zhetisu Region' },
  },
  {
    code: '350000000',
    parentCode: null,
    name: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
  },
  {
    code: '390000000',
    parentCode: null,
    name: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
  },
  {
    code: '430000000',
    parentCode: null,
    name: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
  },
  {
    code: '470000000',
    parentCode: null,
    name: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
  },
  {
    code: '550000000',
    parentCode: null,
    name: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
  },
  {
    code: '590000000',
    parentCode: null,
    name: {
      kk: 'Солтүстік Қазақстан облысы',
      ru: 'Северо-Казахстанская область',
      en: 'North Kazakhstan Region',
    },
  },
  {
    code: '610000000',
    parentCode: null,
    name: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkestan Region' },
  },
  { code: '612010000', parentCode: '610000000', name: { kk: 'Кентау', ru: 'Кентау', en: 'Kentau' } },
  {
    code: '620000000',
    parentCode: null,
    name: { kk: 'Ұлытау облысы', ru: 'Область Ұлытау', en: 'Ulytau Region' },
  },
  {
    code: '630000000',
    parentCode: null,
    name: {
      kk: 'Шығыс Қазақстан облысы',
      ru: 'Восточно-Казахстанская область',
      en: 'East Kazakhstan Region',
    },
  },
  // The demo's classifier of Astana's city districts. Codes change with reforms: this is data
  // for the demo, not a rule.
  {
    code: '711210000',
    parentCode: '710000000',
    name: { kk: 'Алматы ауданы', ru: 'район Алматы', en: 'Almaty District' },
  },
  {
    code: '711310000',
    parentCode: '710000000',
    name: { kk: 'Сарыарқа ауданы', ru: 'район Сарыарка', en: 'Saryarka District' },
  },
  {
    code: '711410000',
    parentCode: '710000000',
    name: { kk: 'Есіл ауданы', ru: 'район Есиль', en: 'Yesil District' },
  },
  {
    code: '711510000',
    parentCode: '710000000',
    name: { kk: 'Байқоңыр ауданы', ru: 'район Байконыр', en: 'Baikonyr District' },
  },
  {
    code: '711610000',
    parentCode: '710000000',
    name: { kk: 'Нұра ауданы', ru: 'район Нура', en: 'Nura District' },
  },
];
