/**
 * `npm run demo`: one command for the whole system with demo data. Creates the database if
 * missing, runs the migrations, starts the simulators (stand-ins for the Portal, public
 * procurement and the SMS gateway), the api and the dispatcher, seeds the Astana demo data
 * (safe to run twice), prints the URLs and how to sign in as each role (phone code, password +
 * TOTP: issue 19). Ctrl-C stops everything cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfigOrExit } from '@invataxi/config';
import { createDataSource, runMigrations } from '@invataxi/persistence';
import { loadDemoSecrets } from './demo-secrets';
import { demoEnvironment } from './demo-env';
import { ASTANA, BENEFICIARIES, iinOf } from './seed/astana';
import { registerDemoPeopleAtPortal } from './seed/portal-people';
import { seedViaApi } from './seed/seed-via-api';
import { procurementStoryLines, seedDemoSignIn, signInLines } from './seed/demo-sign-in';
import { seedAbai } from './seed/seed-abai';
import { ABAI_SUPPLIER, SEMEY_IIN_SERIAL_FROM, SEMEY_RIDERS } from './seed/abai';
import { seedCityRiders } from './seed/city-riders';
import { ensureServices } from './demo-services';
import { ensureWebBuild } from './web-build';
import { PLACES } from './seed/astana';
import { clockOf } from '@invataxi/platform';
import { localDateOf, localTimeOf } from '@invataxi/domain';
import { demoClockOffsetMs } from '../apps/simulators/src/city/day';
import type { CityCast } from '../apps/simulators/src/city/city';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { addDaysToLocalDate, localDateTimeToUtc, type OffsetClock } from '@invataxi/domain';
import { startPlatformThreads } from './seed/platform-threads';
import { buildHistory, daysToBuild, type HistoryResult } from './seed/history';
import { noShowStory, noShowStoryLines } from './seed/no-show-story';
import { historyStartLine, historySummaryLine } from './seed/history-words';
import type { CityRider } from './seed/city-riders';
import type { SeedResult } from './seed/seed-via-api';

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
  return startCommand(name, process.execPath, args, env);
}

/** A child process the demo stops with itself (and stops with, should it end). */
function startCommand(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, {
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
  const demoEnv = demoEnvironment(simUrl, EGOV_PORT);
  for (const [k, v] of Object.entries(demoEnv)) process.env[k] ??= v;
  // Start-up chatter of every module hides the lines a demo user needs; errors still show.
  process.env.LOG_LEVEL ??= 'warn';
  // The simulated city keeps its working day at night (issue 22): every process reads "now" moved
  // forward into the busy hours (DEMO_CLOCK_OFFSET_MS; the evening into the next date's), and at
  // DEMO_SPEED from this start.
  const first = loadConfigOrExit();
  const simulation = first.DEMO_SIMULATION === 'on';
  // Two commands on a fresh machine: no PostgreSQL or Redis at the configured URLs -> the demo's own.
  Object.assign(
    process.env,
    await ensureServices(
      ROOT,
      { database: first.DATABASE_URL, redis: first.REDIS_URL },
      (name, entry, env) => void start(name, entry, env),
      (name, command, args) => void startCommand(name, command, args, process.env),
    ),
  );
  if (simulation) {
    process.env.DEMO_CLOCK_OFFSET_MS ??= String(demoClockOffsetMs(new Date()));
    process.env.DEMO_CLOCK_EPOCH_MS ??= String(Date.now());
    // The city's officer looks its three dozen riders up at each start: one burst, not an attack.
    process.env.RATE_LIMIT_LOOKUP_PER_WINDOW ??= '200';
    // The history books a month of the phone desk's rides as one dispatcher in a few minutes, and
    // the seed books tomorrow's right after: a burst of the demo's own making (a first start hit 429).
    process.env.RATE_LIMIT_BOOKINGS_PER_WINDOW ??= '200';
  }
  const config = loadConfigOrExit();
  const clock = clockOf(config);
  // Invitation links and the eGov callback are built from PUBLIC_BASE_URL: on other ports it must follow.
  const publicUrl = new URL(config.PUBLIC_BASE_URL);
  if ((publicUrl.port || (publicUrl.protocol === 'https:' ? '443' : '80')) !== String(config.API_PORT))
    process.stdout.write(
      `Note: PUBLIC_BASE_URL (${config.PUBLIC_BASE_URL}) is not on the api's port ${config.API_PORT}: ` +
        `invitation links and "Sign in with eGov" lead there. For this demo set ` +
        `PUBLIC_BASE_URL=http://${config.API_HOST}:${config.API_PORT}.\n`,
    );
  ensureWebBuild(ROOT, (line) => process.stdout.write(`${line}\n`));
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
      SIM_EGOV_PEOPLE: JSON.stringify([
        ...BENEFICIARIES.map((b, i) => ({ iin: iinOf(b, i), name: b.fullName })),
        ...SEMEY_RIDERS.map((b, i) => ({ iin: iinOf(b, SEMEY_IIN_SERIAL_FROM + i), name: b.fullName })),
      ]),
    });
    await waitReady(`${demoEnv.EGOV_ISSUER_URL}/.well-known/openid-configuration`);
  }
  await waitReady(`${simUrl}/health`);
  // Only where the demo wires the Portal to its stand-in (an explicit PORTAL_URL is a real one).
  if (process.env.PORTAL_URL === demoEnv.PORTAL_URL) await registerDemoPeopleAtPortal(`${simUrl}/portal`);
  const portalStandIn = process.env.PORTAL_URL === demoEnv.PORTAL_URL ? `${simUrl}/portal` : null;
  const history = simulation ? await playHistory(ds, config, apiUrl, portalStandIn) : null;
  start('api', 'apps/api/src/main.ts', env);
  start('dispatcher', 'apps/dispatcher/src/main.ts', env);
  // A slow or busy machine takes a while to boot the api (its first start compiles on the fly).
  await waitReady(`${apiUrl}/ready`, 240_000);

  const seeded = await seedViaApi(ds, config, apiUrl, clock.now(), new Date());
  // The Abai region, with no provider: the procurement story (issue 20).
  const abai = await seedAbai(ds, config, apiUrl, new Date(), {
    portalUrl: portalStandIn,
    procurementUrl: process.env.PROCUREMENT_URL === demoEnv.PROCUREMENT_URL ? `${simUrl}/procurement` : null,
  });
  const logins = await seedDemoSignIn(ds, config, seeded.providerIds);
  await ds.destroy();
  if (simulation) {
    const riders = await seedCityRiders(config, apiUrl, portalStandIn, seeded.staff.officerUserId);
    // The city reads the day's breakdowns from the board: none twice a day, across restarts too.
    const cast = castOf(seeded, riders);
    start('city', 'apps/simulators/src/city/main.ts', {
      ...env,
      SIM_CITY_CAST: JSON.stringify(cast),
      SIM_CITY_API_URL: apiUrl,
      SIM_CITY_PORTAL_URL: portalStandIn ?? '',
    });
  }
  const cityNow = clock.now();

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
    ...procurementStoryLines(
      logins,
      `${simUrl}/sms`,
      abai.awardPlanned ? { name: ABAI_SUPPLIER.name, phone: ABAI_SUPPLIER.contact.phone } : null,
      abai.alreadyAwarded,
    ),
    '',
    ...(simulation && config.DEMO_HISTORY_DAYS > 0 ? [...noShowStoryLines(logins), ''] : []),
    ...(simulation
      ? [
          ...[historySummaryLine(config.DEMO_HISTORY_DAYS, localDateOf(cityNow), history)].filter(
            (l): l is string => l !== null,
          ),
          `Simulated city: on (DEMO_SIMULATION=off for a quiet stack). Its clock reads ${localDateOf(cityNow)} ${localTimeOf(cityNow)} in Astana` +
            (config.DEMO_CLOCK_OFFSET_MS !== 0
              ? ' (moved into the working day: outside its busy hours in Astana)'
              : '') +
            (config.DEMO_SPEED !== 1 ? `, running ${config.DEMO_SPEED}x` : '') +
            '.',
          '',
        ]
      : []),
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** What the simulated city acts as: the seed's staff, fleets and the city's riders. */
function castOf(seeded: SeedResult, riders: CityRider[]): CityCast & { leadMinutes: number } {
  const timur = BENEFICIARIES.find((b) => b.key === 'timur')!;
  return {
    regionKato: ASTANA,
    officerUserId: seeded.staff.officerUserId,
    dispatcherUserId: seeded.staff.dispatcherUserId,
    guardian: {
      userId: seeded.staff.guardianUserId,
      wardBeneficiaryId: seeded.beneficiaryIds.timur!,
      wardHome: timur.home,
      wardCompanionEntitled: timur.companionEntitled,
    },
    riders,
    providers: seeded.fleets,
    places: {
      HAEMODIALYSIS: [PLACES.dialysisCentre],
      MEDICAL: [PLACES.cityHospital1, PLACES.socialServices],
      REHABILITATION: [PLACES.rehabCentre],
      SOCIAL_SERVICES: [PLACES.socialServices],
      EDUCATION: [PLACES.university],
      WORK: [PLACES.library, PLACES.university],
      CULTURE_SPORT: [PLACES.library],
    },
    // The demo policy's minimum lead time (seed-via-api.ts).
    leadMinutes: 30,
  };
}

/**
 * The month of history (issue 22), on a first start: the api (on the API's port) and the
 * dispatcher run in worker threads of this process, their clocks following the one the history
 * moves through the past days (scripts/seed/history.ts), then close before the demo's own
 * processes start on the live time.
 */
async function playHistory(
  ds: DataSource,
  config: AppConfig,
  apiUrl: string,
  portalUrl: string | null,
): Promise<HistoryResult | null> {
  const until = clockOf(config).now();
  const days = await daysToBuild(ds, until, config.DEMO_HISTORY_DAYS);
  if (config.DEMO_HISTORY_DAYS === 0 || days.length === 0) return null;
  process.stdout.write(`${historyStartLine(days, localDateOf(until), config.DEMO_HISTORY_DAYS)}\n`);
  const started = Date.now();
  const clock = clockOf(config) as OffsetClock;
  const shared = clock.sharedOffset();
  clock.follow(shared);
  clock.setTo(localDateTimeToUtc(addDaysToLocalDate(days[0]!, -1), '20:00'));
  const platform = await startPlatformThreads(config, shared);
  try {
    const seeded = await seedViaApi(ds, config, apiUrl, clock.now(), new Date());
    const riders = await seedCityRiders(config, apiUrl, portalUrl, seeded.staff.officerUserId);
    const out = await buildHistory(
      {
        ds,
        config,
        apiUrl,
        portalUrl,
        clocks: [clock],
        cast: castOf(seeded, riders),
        story: await noShowStory(config, apiUrl, seeded.staff.officerUserId, seeded.beneficiaryIds),
        until,
        // The live clock runs on while the history plays: its waiting messages are due from then.
        liveNow: () => clockOf(config).now(),
        days: config.DEMO_HISTORY_DAYS,
        // What a small fleet carries in a working day (about 20 requests, with returns and
        // standing dialysis series some 35 rides: f22 finding 4); fewer people travel at the
        // weekend; today gets a full morning, so that vehicles are out on the board the moment
        // the demo is up.
        requestsPerDay: (day) =>
          day === localDateOf(until)
            ? 20
            : [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())
              ? 8
              : 20,
        log: (line) => void process.stdout.write(`${line}\n`),
      },
      days,
    );
    process.stdout.write(
      `History: ${Math.round((Date.now() - started) / 1000)} s with starting the api and the dispatcher and the seed.\n`,
    );
    return out;
  } finally {
    await platform.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
  void stop(1);
});
