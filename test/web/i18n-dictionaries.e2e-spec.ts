/**
 * The web app's three dictionaries (apps/web/src/locales) have the same keys, no empty text,
 * the same {{placeholders}} per key, and every literal t('key') in the source exists. Named
 * *.e2e-spec.ts because the root Jest config collects specs under test/ by that suffix.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_SRC as WEB, webDictionary as load } from '../support/web-dictionaries';

const dicts = { kk: load('kk'), ru: load('ru'), en: load('en') };
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('web dictionaries', () => {
  it('kk, ru and en have the same keys', () => {
    const en = Object.keys(dicts.en).sort();
    expect(Object.keys(dicts.kk).sort()).toEqual(en);
    expect(Object.keys(dicts.ru).sort()).toEqual(en);
    expect(en.length).toBeGreaterThan(300);
  });

  it('no text is empty and placeholders agree', () => {
    for (const key of Object.keys(dicts.en)) {
      for (const lang of ['kk', 'ru'] as const) {
        expect({ key, lang, text: dicts[lang][key]?.trim().length > 0 }).toEqual({ key, lang, text: true });
        expect({ key, lang, p: placeholders(dicts[lang][key]) }).toEqual({
          key,
          lang,
          p: placeholders(dicts.en[key]),
        });
      }
    }
  });

  it('kk and ru are translated, not copies of en', () => {
    const copies = Object.keys(dicts.en).filter(
      (k) =>
        /[a-z]{3}/i.test(dicts.en[k].replace(/\{\{\w+\}\}/g, '')) &&
        (dicts.kk[k] === dicts.en[k] || dicts.ru[k] === dicts.en[k]),
    );
    // BIN/CSV/XLSX style abbreviations aside, a string equal to the English one is untranslated.
    expect(copies.filter((k) => !/^(CSV|XLSX|eGov)/.test(dicts.en[k]))).toEqual([]);
  });

  it('says a date after a colon where a case ending would follow it (walk t22 m10: «7 қараша, сенбі бастап»)', () => {
    // The page's date reads 'Sat, 7 November' ('7 қараша, сенбі'): no ablative can be added to it.
    for (const lang of ['kk', 'ru', 'en'] as const)
      expect({ lang, text: dicts[lang]['ops.monthFrom'] }).toEqual({
        lang,
        text: expect.stringMatching(/: \{\{day\}\}\.$/),
      });
  });

  it('every literal key the source uses exists', () => {
    const used = new Set<string>();
    for (const file of sources(WEB)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !(k in dicts.en))).toEqual([]);
  });
});
