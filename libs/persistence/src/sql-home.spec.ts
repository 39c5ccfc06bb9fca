import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// One home for SQL (issue 16): every statement lives in libs/persistence, in a repository named
// for what it serves; nothing reads TypeORM's internals or replaces its methods at run time.
const ROOT = join(__dirname, '..', '..', '..');

/** TypeScript files under `dir`; tests too when `withTests` (they may hold SQL: they check rows). */
function sources(dir: string, withTests = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path, withTests);
    return /\.tsx?$/.test(e.name) && (withTests || !/\.(e2e-)?spec\.tsx?$/.test(e.name)) ? [path] : [];
  });
}

const SQL = [
  /\.query\s*[(<]/,
  /\bqueryPrepared\s*\(/,
  /['"`]\s*(SELECT|WITH)\s[^'"`]*\bFROM\s/,
  /\bINSERT\s+INTO\s/,
  /\bUPDATE\s+[a-z_]+\s+SET\s/,
  /\bDELETE\s+FROM\s/,
];

describe('the home of SQL', () => {
  const outside = ['apps', 'libs']
    .flatMap((d) => sources(join(ROOT, d)))
    .filter((f) => !relative(ROOT, f).startsWith(join('libs', 'persistence')));

  it('no file outside libs/persistence holds SQL text', () => {
    const found = outside.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return SQL.filter((re) => re.test(text)).map((re) => `${relative(ROOT, f)}: ${re.source}`);
    });
    expect(found).toEqual([]);
  });

  it('nothing imports TypeORM internals or replaces a TypeORM method at run time', () => {
    const everywhere = ['apps', 'libs', 'test', 'scripts', 'bench'].flatMap((d) =>
      sources(join(ROOT, d), true),
    );
    // This file names the patterns it looks for.
    const found = everywhere
      .filter((f) => f !== __filename)
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        const bad = [
          /from ['"]typeorm\/(?!browser)[^'"]+['"]/,
          /prepareHydratedValue|preparePersistentValue/,
          /\b(queryRunner|runner|qr)\.query\s*=(?!=)/,
        ].filter((re) => re.test(text));
        return bad.map((re) => `${relative(ROOT, f)}: ${re.source}`);
      });
    expect(found).toEqual([]);
  });
});
