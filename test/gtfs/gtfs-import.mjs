// Imports a GTFS zip with the `gtfs` npm package and prints every table it loaded as JSON.
// A plain ES module run by Node itself: the package is ESM-only (and native through
// better-sqlite3), which Jest's CommonJS runtime cannot load; the spec runs this in a child.
// Usage: node gtfs-import.mjs <path of the zip>
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [, , zipPath] = process.argv;
// Resolved as require does (node_modules upwards, then NODE_PATH), imported as the ES module it is.
const entry = createRequire(import.meta.url).resolve('gtfs');
const { importGtfs, openDb, closeDb } = await import(pathToFileURL(entry).href);

const config = {
  sqlitePath: ':memory:',
  agencies: [{ path: zipPath }],
  logLevel: 'silent',
  // Any missing required value, duplicate primary key or bad file fails the import.
  ignoreErrors: false,
  ignoreDuplicates: false,
};
await importGtfs(config);
const db = openDb(config);
const tables = db
  .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
  .all()
  .map((r) => r.name);
const out = {};
for (const t of tables) {
  const rows = db.prepare(`SELECT * FROM "${t}"`).all();
  if (rows.length > 0) out[t] = rows;
}
closeDb(db);
process.stdout.write(JSON.stringify(out));
