/**
 * An address said in the reader's language when the street is one the gazetteer knows (walk t22
 * m10: a ride booked in English read "Dostyk Street, 11" to the kk and ru dispatchers and the
 * driver). A place is stored with the label the rider chose, in the rider's language: the street's
 * name as the gazetteer gives it, then ", " and the house. Shown, the label is read back: a known
 * street's name in any of its languages becomes its name in the reader's, the house kept as typed;
 * any other label (a geocoder's, the person's own words) is shown as it is.
 */
import { STREET_FILES } from '@invataxi/streets';
import type { Language } from '@invataxi/domain';
import { currentLanguage } from './format';

type Names = Record<Language, string>;

const BY_NAME = new Map<string, Names>();
for (const file of STREET_FILES)
  for (const s of file.streets as (Names & { id: string })[])
    for (const lang of ['kk', 'ru', 'en'] as const) BY_NAME.set(s[lang], { kk: s.kk, ru: s.ru, en: s.en });

/** The address in `lang` (the page's language by default). */
export function placeIn(address: string, lang: Language = currentLanguage()): string {
  const whole = BY_NAME.get(address);
  if (whole) return whole[lang];
  const comma = address.indexOf(', ');
  if (comma < 0) return address;
  const street = BY_NAME.get(address.slice(0, comma));
  return street ? `${street[lang]}${address.slice(comma)}` : address;
}
