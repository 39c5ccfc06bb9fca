/**
 * `npm run demo`: one command for the whole system with demo data. Creates the database if
 * missing, runs the migrations, starts the simulators (stand-ins for the Portal, public
 * procurement and the SMS gateway), the api and the dispatcher, seeds the Astana demo data
 * (safe to run twice), prints the URLs and how to sign in as each role (phone code, password +
 * TOTP: issue 19). Ctrl-C stops everything cleanly.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfigOrExit } from '@invataxi/config';
import { createDataSource, runMigrations } from '@invataxi/persistence';
import { loadDemoSecrets } from './demo-secrets';
import { BENEFICIARIES, iinOf } from './seed/astana';
import { registerDemoPeopleAtPortal } from './seed/portal-people';
import { seedViaApi } from './seed/seed-via-api';
import { seedDemoSignIn, signInLines } from './seed/demo-sign-in';

const ROOT = join(__dirname, '..');
const SIM_PORT = process.env.SIM_PORT ?? '3100';
const EGOV_PORT = process.env.SIM_EGOV_PORT ?? '3101';

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await c.end();
  }
}

const children: ChildProcess[] = [];

function start(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  // An .mjs entry (the eGov stand-in: oidc-provider is ESM-only) runs as it is.
  const args = entry.endsWith('.mjs')
    ? [join(ROOT, entry)]
    : ['-r', join(ROOT, 'scripts/register.js'), join(ROOT, entry)];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} exited (${signal ?? code}); stopping the demo\n`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping ...\n');
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null) return resolve();
          const t = setTimeout(() => {
            c.kill('SIGKILL');
            resolve();
          }, 15000);
          c.on('exit', () => {
            clearTimeout(t);
            resolve();
          });
        }),
    ),
  );
  process.exit(code);
}

async function waitReady(url: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become ready`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  loadDemoSecrets();
  const simUrl = `http://127.0.0.1:${SIM_PORT}`;
  // The demo wires the platform to the simulators; explicit environment values win.
  const demoEnv: Record<string, string> = {
    PORTAL_URL: `${simUrl}/portal`,
    PROCUREMENT_URL: `${simUrl}/procurement`,
    SMS_GATEWAY_URL: `${simUrl}/sms`,
    EGOV_ISSUER_URL: `http://127.0.0.1:${EGOV_PORT}`,
  };
  for (const [k, v] of Object.entries(demoEnv)) process.env[k] ??= v;
  // Start-up chatter of every module hides the lines a demo user needs; errors still show.
  process.env.LOG_LEVEL ??= 'warn';
  const config = loadConfigOrExit();
  // The api serves the web app from apps/web/dist: build it once if this clone has none.
  if (!existsSync(join(ROOT, 'apps/web/dist/index.html'))) {
    process.stdout.write('Building the web app (first run) ...\n');
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'apps/web/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  await ensureDatabase(config.DATABASE_URL);
  const ds = await createDataSource({
    url: config.DATABASE_URL,
    poolSize: 4,
    applicationName: 'demo',
  }).initialize();
  const applied = await runMigrations(ds);
  process.stdout.write(
    applied.length ? `Migrations applied: ${applied.join(', ')}\n` : 'Database is up to date.\n',
  );

  const apiUrl = `http://${config.API_HOST}:${config.API_PORT}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIM_PORT,
    SIM_PORTAL_TARGET_URL: apiUrl,
    SIM_CALLBACK_BASE_URL: apiUrl,
  };
  start('simulators', 'apps/simulators/src/main.ts', env);
  // The eGov identity provider's stand-in, where "Sign in with eGov" goes (an explicit
  // EGOV_ISSUER_URL is a real one): its login page offers the demo riders.
  if (process.env.EGOV_ISSUER_URL === demoEnv.EGOV_ISSUER_URL) {
    start('egov stand-in', 'apps/simulators/src/egov/egov-idp.mjs', {
      ...env,
      SIM_EGOV_PORT: EGOV_PORT,
      SIM_EGOV_CLIENT_ID: config.EGOV_CLIENT_ID,
      SIM_EGOV_CLIENT_SECRET: config.EGOV_CLIENT_SECRET,
      SIM_EGOV_REDIRECT_URIS:
        config.EGOV_REDIRECT_URL || `${config.PUBLIC_BASE_URL.replace(/\/$/, '')}/auth/egov/callback`,
      SIM_EGOV_PEOPLE: JSON.stringify(BENEFICIARIES.map((b, i) => ({ iin: iinOf(b, i), name: b.fullName }))),
    });
    await waitReady(`${demoEnv.EGOV_ISSUER_URL}/.well-known/openid-configuration`);
  }
  await waitReady(`${simUrl}/health`);
  // Only where the demo wires the Portal to its stand-in (an explicit PORTAL_URL is a real one).
  if (process.env.PORTAL_URL === demoEnv.PORTAL_URL) await registerDemoPeopleAtPortal(`${simUrl}/portal`);
  start('api', 'apps/api/src/main.ts', env);
  start('dispatcher', 'apps/dispatcher/src/main.ts', env);
  await waitReady(`${apiUrl}/ready`);

  const seeded = await seedViaApi(ds, config, apiUrl);
  const logins = await seedDemoSignIn(ds, config, seeded.providerIds);
  await ds.destroy();

  const lines = [
    '',
    'Invataxi demo is running.',
    `  Web app:      ${apiUrl}/`,
    `  API docs:     ${apiUrl}/docs`,
    `  Health:       ${apiUrl}/health  ${apiUrl}/ready`,
    `  Simulators:   ${simUrl}/health  (stand-ins for the Portal, procurement and SMS; not real systems)`,
    ...(process.env.EGOV_ISSUER_URL === demoEnv.EGOV_ISSUER_URL
      ? [
          `  eGov:         ${demoEnv.EGOV_ISSUER_URL}  (stand-in identity provider: "Sign in with eGov" on ${apiUrl}/signin`,
          '                lets you pick a demo rider or type any IIN and name; not the real eGov)',
        ]
      : []),
    '',
    ...signInLines(logins, apiUrl, `${simUrl}/sms`),
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
  void stop(1);
});
