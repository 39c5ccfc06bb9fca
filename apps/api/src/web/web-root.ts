import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The built web app (apps/web/dist), looked up from this file upwards so it is found both when
 * the api runs from source and from a compiled dist/ tree. Null when the web app is not built.
 */
export function findWebRoot(from: string = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
