import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The web app's source folder (apps/web/src). */
export const WEB_SRC = join(__dirname, '..', '..', 'apps', 'web', 'src');

type Dict = { [k: string]: string | Dict };

function flat(d: Dict, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(d)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, flat(v, `${prefix}${k}.`));
  }
  return out;
}

/** One of the web app's dictionaries (apps/web/src/locales), as dotted key -> text. */
export function webDictionary(lang: string): Record<string, string> {
  return flat(JSON.parse(readFileSync(join(WEB_SRC, 'locales', `${lang}.json`), 'utf8')) as Dict);
}
