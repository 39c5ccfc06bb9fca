/**
 * apps/web/src/place-names.ts (walk t22 m10): an address picked in one language ("Dostyk Street,
 * 11") reads in the page's language to the dispatcher and the driver when the gazetteer knows it.
 */
import { placeIn } from '../../apps/web/src/place-names';

describe('an address in the reader’s language', () => {
  it('a known street, with its house, in kk, ru and en whichever it was stored in', () => {
    expect(placeIn('Dostyk Street, 11', 'ru')).toBe('улица Достык, 11');
    expect(placeIn('Dostyk Street, 11', 'kk')).toMatch(/^Достық .*, 11$/);
    expect(placeIn('улица Достык, 11', 'en')).toBe('Dostyk Street, 11');
    expect(placeIn('проспект Кабанбай батыра, 53', 'en')).toBe('Kabanbay Batyr Avenue, 53');
    expect(placeIn('Kenesary Street', 'ru')).toBe('улица Кенесары');
    expect(placeIn('Kenesary Street, 40 кв. 12', 'ru')).toBe('улица Кенесары, 40 кв. 12');
  });

  it('any other label as it is (a geocoder’s, the person’s own words)', () => {
    expect(placeIn('2 Satpayev Street', 'ru')).toBe('2 Satpayev Street');
    expect(placeIn('ул. Кенесары, 40', 'en')).toBe('ул. Кенесары, 40');
    expect(placeIn('Ресторан, у входа', 'en')).toBe('Ресторан, у входа');
    expect(placeIn('', 'kk')).toBe('');
  });
});
