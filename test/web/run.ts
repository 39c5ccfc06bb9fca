/**
 * `npm run test:web`: the web app in a real browser against the real stack. Builds apps/web,
 * boots the api (serving apps/web/dist) and the dispatcher in-process on a fresh test database
 * and queue prefix, loads the Astana demo data through the API, then drives Debian's Chromium
 * with playwright-core through the flows of issue 9. axe-core runs on every page and state
 * (zero serious or critical violations allowed); screenshots go to test-artifacts/web/.
 * Last line: `N passed, N failed, N skipped`. The whole run is on one pinned instant, not the
 * machine's hour (./suite-time.ts): TEST_LOCAL_TIME, 10:00 local when none is given.
 */
import './suite-time';
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { AxeBuilder } from '@axe-core/playwright';
import axeCore, { type AxeResults } from 'axe-core';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { seedViaApi, type SeedResult } from '../../scripts/seed/seed-via-api';
import { ASTANA, BENEFICIARIES, DISTRICT, PLACES, iinOf } from '../../scripts/seed/astana';
import { dayAt, Fixtures } from '../dispatch/fixtures';
import {
  aggregateRegion,
  insertAllDayPolicy,
  insertBeneficiary,
  insertBooking,
} from '../procurement/fixtures';
import { buildIin } from '@invataxi/domain';
import type { FastifyInstance } from 'fastify';
import { createSimulators } from '../../apps/simulators/src/create-simulators';
import { startEgovIdp, type EgovIdp } from '../support/egov-idp';
import { seedStaff, totpCode } from '../support/sign-in';
import type { Role } from '@invataxi/domain';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { appClock, testNow } from '../support/clock';
import {
  addDaysToLocalDate,
  arrivalOpensAt,
  enRouteOpensAt,
  firstBookablePickup,
  localDateOf,
  localDateTimeToUtc,
  localTimeOf,
  MESSAGES,
  NO_MOBILITY_NEEDS,
  riderReasonCode,
} from '@invataxi/domain';
import { IinCipher, transact, transitionBooking } from '@invataxi/persistence';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '@invataxi/queue';
import { signToken } from '@invataxi/auth';
import { LiveEvents, type LiveEvent } from '../../apps/api/src/dispatch/live-events';
// The board says a street the gazetteer knows in the page's language (walk t22 m10).
import { placeIn } from '../../apps/web/src/place-names';

const ROOT = join(__dirname, '..', '..');
const SMS_KEY = 'web-suite-sms-key-0123456789';
const SMS_SECRET = 'web-suite-sms-callback-0123456789abcdef';
const EGOV_SECRET = randomBytes(24).toString('hex');

/** A port free now (the api listens on it next; the eGov stand-in must know it first). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
const ARTIFACTS = join(ROOT, 'test-artifacts', 'web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = process.env.WEB_TEST_ONLY;

interface AxeSummary {
  state: string;
  counts: Record<string, number>;
  serious: string[];
}

const axeLog: AxeSummary[] = [];
/** What Chromium refused under the Content-Security-Policy, on any page of the run. */
const cspViolations: string[] = [];
const results: { name: string; status: 'passed' | 'failed' | 'skipped'; detail?: string; ms: number }[] = [];

class Skip extends Error {}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 20000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits for a condition in the page, checked from here every 50 ms. Not page.waitForFunction: once
 * its first check fails it compiles the expression in the page, which the API's
 * Content-Security-Policy (script-src 'self', no eval) refuses (EvalError, and a CSP violation
 * the CSP test then reports); page.evaluate is not subject to it.
 */
async function until(page: Page, expression: string, what: string, timeout = 15000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    try {
      if (await page.evaluate<boolean>(`!!(${expression})`)) return;
    } catch (e) {
      last = `: ${(e as Error).message.split('\n')[0]}`; // a navigation in between: check again
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core on the page as it is now: every violation is logged; serious or critical fail.
 * The app has no frames, so axe-core is injected once per document and run in place:
 * AxeBuilder injects the 0.5 MB source again on every call and finishes each run in a new
 * blank page, for the same results (3-5 times slower, 30+ s of this suite). A page with
 * frames still goes through AxeBuilder, which reaches into them.
 */
async function axe(page: Page, state: string): Promise<void> {
  let r: AxeResults;
  if (page.frames().length > 1) r = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  else {
    if (!(await page.evaluate<boolean>(`typeof window.axe?.run === 'function'`)))
      await page.evaluate(axeCore.source);
    r = await page.evaluate<AxeResults>(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`,
    );
  }
  const counts: Record<string, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  const serious: string[] = [];
  for (const v of r.violations) {
    counts[v.impact ?? 'minor'] = (counts[v.impact ?? 'minor'] ?? 0) + v.nodes.length;
    if (v.impact === 'serious' || v.impact === 'critical')
      serious.push(
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
      );
  }
  axeLog.push({ state, counts, serious });
  const minor = r.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length)
    process.stdout.write(`    axe ${state}: ${minor.map((v) => `${v.id}(${v.impact})`).join(', ')}\n`);
  assert(serious.length === 0, `axe: ${state}: ${serious.join('; ')}`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Signs in with the demo link (/signin#token=...) and waits for the role's home page (the app
 * navigates there itself: /book, /board, /driver, /officer/providers), so a flow that starts at
 * home needs no second page load.
 */
/**
 * A rider's ride of today on its way (EN_ROUTE), booked by its pick-up at `at`: a 15-minute
 * pick-up window, planned at `at` and arriving `rideMinutes` later. Returns its id.
 */
async function insertEnRouteRide(
  ds: DataSource,
  beneficiaryId: string,
  at: number,
  o: { from: [string, number, number]; to: [string, number, number]; rideMinutes: number },
): Promise<string> {
  const [r] = (await ds.query(
    `INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
       dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
       load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
       max_ride_seconds, direct_seconds, direct_metres, planned_pickup_at, planned_dropoff_at, version)
     VALUES ($1, 'APP', '710000000', $3, $4, $5, '711410000', $6, $7, $8, '711410000', 'PICKUP', $2, 'MEDICAL', '{}',
       1, 0, 'EN_ROUTE', $2, $2::timestamptz + interval '15 minutes', $2, $2::timestamptz + interval '1 hour',
       3600, 900, 8000, $2, $2::timestamptz + make_interval(mins => $9), 1)
     RETURNING id`,
    [beneficiaryId, new Date(at), ...o.from, ...o.to, o.rideMinutes],
  )) as { id: string }[];
  return r!.id;
}

async function signInAs(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/signin#token=${encodeURIComponent(token)}`);
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 15000 });
}

/**
 * My rides reloads its list on a timer (POLL_MS in apps/web/src/pages/RidesPage.tsx; only
 * today's ride has an event stream). Every page runs on Playwright's clock (newPage; a test that
 * jumps it says `clock: true`), so once the server holds the new state the test jumps the page's
 * clock past the next poll instead of sleeping through it: the page still updates by itself,
 * with no reload.
 */
const POLL_JUMP = '01:00';

/**
 * The rider's page has loaded what it shows: the booking form, or the list of rides (both
 * headings and no "loading" line). Not 'networkidle': My rides keeps an event stream open.
 */
async function pageSettled(page: Page, path: string): Promise<void> {
  const ready =
    path === '/book'
      ? `!!document.querySelector('#field-from')`
      : `document.querySelectorAll('ul.cards, main h2 + p').length >= 2`;
  await until(page, `${ready} && !document.querySelector('p[role="status"].muted')`, `${path} loaded`);
}

/** Follows a link of the main navigation (the app routes it; no page load). */
/** The officer's procurement requests of issue 20, straight into the database (rows the API reads). */
async function procurementRequests(
  ds: DataSource,
): Promise<{ draftDays: number; rider: string; chosenRider: string }> {
  const today = localDateOf(testNow());
  const end = addDaysToLocalDate(today, 89);
  const demand = {
    waitingBookings: 1,
    beneficiaries: 1,
    wheelchairBeneficiaries: 1,
    wheelchairShare: 0.5,
    recurringSeries: 0,
    tripsInPeriod: 37,
    kmInPeriod: 44445.5,
    tripsPerMonth: 12.5,
    kmPerMonth: 1234.5,
    countedFrom: today,
    countedTo: end,
    tariff: { perTrip: 2000, perKm: 150, source: 'CONFIG_DEFAULT', contracts: 0 },
    byKato: [{ kato: DISTRICT.nura, bookings: 1 }],
    aggregatedAt: testNow().toISOString(),
  };
  // The lot the DRAFT buys (issue 20): 90 days, each figure with its source.
  const fig = (key: string, value: number, unit: string, source: string) => ({ key, value, unit, source });
  const lot = {
    start: today,
    end,
    days: 90,
    suggestedTermDays: 90,
    tripsPerMonth: 12.5,
    kmPerMonth: 1234.5,
    tripsInPeriod: 37,
    wheelchairShare: 0.5,
    vehicles: 1,
    vehicleHoursPerMonth: 52.5,
    budgetTenge: 6741825,
    figures: [
      fig('periodDays', 90, 'days', 'BUDGET_YEAR'),
      fig('eligiblePeople', 40, 'people', 'BENEFICIARY_REGISTER'),
      fig('ridersShare', 0.3, 'share', 'ASSUMPTION'),
      fig('kmPerMonth', 1234.5, 'km', 'COMPUTED'),
      fig('tariffPerTrip', 2000, 'tenge', 'CONFIG_DEFAULT'),
      fig('budget', 6741825, 'tenge', 'COMPUTED'),
    ],
  };
  const [draft] = (await ds.query(
    `INSERT INTO procurement_request (region_kato, period_start, period_end, status, uncovered_kato, demand, estimated_budget_tenge, version)
     VALUES ($1, $2, $3, 'DRAFT', $4, $5::jsonb, 6741825, 1) RETURNING id`,
    [ASTANA, today, end, [DISTRICT.nura], JSON.stringify({ ...demand, lot })],
  )) as { id: string }[];
  const rider = await insertBeneficiary(ds, ASTANA, true);
  const ride = await insertBooking(ds, {
    beneficiaryId: rider,
    regionKato: ASTANA,
    pickupKato: DISTRICT.nura,
    purpose: 'MEDICAL',
    at: localDateTimeToUtc(addDaysToLocalDate(today, 3), '09:02'),
    createdAt: testNow(),
    directMetres: 6000,
    wheelchair: true,
    status: 'AWAITING_PROCUREMENT',
  });
  await ds.query(`UPDATE booking SET procurement_request_id = $1 WHERE id = $2`, [draft!.id, ride]);
  // The awarded supplier: invited two days ago, its administrator signed in, no vehicle since.
  const [supplier] = (await ds.query(
    `INSERT INTO provider (bin, legal_name, origin, region_kato, status, version)
     VALUES ('180240012345', 'Qala Invataxi LLP', 'PROCUREMENT_CONTRACT', $1, 'ACTIVE', 1) RETURNING id`,
    [ASTANA],
  )) as { id: string }[];
  const daysAgo = (n: number): Date => new Date(testNow().getTime() - n * 86_400_000);
  const [invitation] = (await ds.query(
    `INSERT INTO invitation (token_hash, role, display_name, phone, language, region_kato, provider_id,
                             created_at, expires_at, accepted_at)
     VALUES ($1, 'PROVIDER_ADMIN', 'Aigerim Saparova', '+77015550101', 'kk', $2, $3, $4, $5, $6) RETURNING id`,
    [
      randomUUID().replace(/-/g, '').padEnd(64, '0'),
      ASTANA,
      supplier!.id,
      daysAgo(6),
      daysAgo(3),
      daysAgo(5),
    ],
  )) as { id: string }[];
  const [admin] = (await ds.query(
    `INSERT INTO app_user (role, status, display_name, phone, language, region_kato, provider_id)
     VALUES ('PROVIDER_ADMIN', 'ACTIVE', 'Aigerim Saparova', '+77015550101', 'kk', $1, $2) RETURNING id`,
    [ASTANA, supplier!.id],
  )) as { id: string }[];
  await ds.query(
    `INSERT INTO auth_session (user_id, method, created_at, last_used_at, expires_at)
     VALUES ($1, 'PASSWORD', $2, $2, $3)`,
    [admin!.id, daysAgo(5), new Date(testNow().getTime() + 86_400_000)],
  );
  const [awarded] = (await ds.query(
    `INSERT INTO procurement_request (region_kato, period_start, period_end, status, method, term_days, uncovered_kato,
       demand, estimated_budget_tenge, supplier_bin, awarded_price_tenge, awarded_provider_id, award, awarded_at,
       submitted_at, version)
     VALUES ($1, $2, $3, 'AWARDED', 'PRICE_OFFERS', 90, $4, $5::jsonb, 5000000, '180240012345', 4821000, $7,
       $6::jsonb, $8, $8, 1) RETURNING id`,
    [
      ASTANA,
      today,
      end,
      [DISTRICT.baikonyr],
      JSON.stringify({ ...demand, byKato: [] }),
      JSON.stringify({
        supplierName: 'Qala Invataxi LLP',
        contractNumber: 'EC-2026-77',
        contractStart: today,
        contractEnd: end,
        priceTenge: 4821000,
        contact: { name: 'Aigerim Saparova', phone: '+77015550101', email: null, language: 'kk' },
        invitation: { id: invitation!.id, sentAt: daysAgo(6).toISOString() },
      }),
      supplier!.id,
      daysAgo(6),
    ],
  )) as { id: string }[];
  // A ride of tomorrow waiting on the awarded lot, before the date its service is expected by.
  const chosenRider = await insertBeneficiary(ds, ASTANA, true);
  const chosenRide = await insertBooking(ds, {
    beneficiaryId: chosenRider,
    regionKato: ASTANA,
    pickupKato: DISTRICT.baikonyr,
    purpose: 'MEDICAL',
    at: localDateTimeToUtc(addDaysToLocalDate(today, 1), '10:00'),
    createdAt: testNow(),
    directMetres: 6000,
    wheelchair: true,
    status: 'AWAITING_PROCUREMENT',
  });
  await ds.query(`UPDATE booking SET procurement_request_id = $1 WHERE id = $2`, [awarded!.id, chosenRide]);
  return { draftDays: 90, rider, chosenRider };
}

/** What the officer reads on the demand page: names, formatted figures, dates with years. */
async function officerReadsProcurement(page: Page, p: { draftDays: number }): Promise<void> {
  const text = async (sel: string, within = page.locator('body')): Promise<string> =>
    ((await within.locator(sel).first().textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
  const draft = page.locator('[data-testid="procurement-request"][data-stage="DRAFT"]');
  await draft.waitFor();
  await draft.locator('[data-testid="waiting-rides"] tbody tr').first().waitFor();
  const heading = await text('h3', draft);
  assert(/^Nura district \(711610000\) · Draft/.test(heading), `draft heading: ${heading}`);
  const period = await text('[data-testid="period"]', draft);
  assert(
    /^\d{1,2} [A-Z][a-z]+ 20\d\d – \d{1,2} [A-Z][a-z]+ 20\d\d$/.test(period),
    `period with years: ${period}`,
  );
  assert((await text('[data-testid="budget"]', draft)) === '6,741,825 ₸', 'budget in tenge');
  assert((await text('[data-testid="fig-kmPerMonth"]', draft)) === '1,234.5 km', 'km a month');
  assert((await text('[data-testid="fig-wheelchairShare"]', draft)) === '50 %', 'wheelchair share');
  const tariff = await text('[data-testid="tariff"]', draft);
  assert(tariff.startsWith('2,000 ₸ a trip + 150 ₸ a km (national default'), `tariff: ${tariff}`);
  const expected = await text('[data-testid="expected-service"]', draft);
  assert(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/.test(expected), `expected service date: ${expected}`);
  const row = await text('[data-testid="waiting-rides"] tbody tr', draft);
  assert(
    /20\d\d, 09:02/.test(row) && row.includes('Medical visit') && row.includes('yes'),
    `ride row: ${row}`,
  );
  const term = await draft.getByLabel('Contract term (days)').inputValue();
  assert(term === String(p.draftDays), `the term defaults to the period (${p.draftDays} days), is ${term}`);
  // A term of 0 is refused at the field in words with the reason, not "termDays must not be
  // less than 1" (walk 20); the request is not sent.
  const termField = draft.getByLabel('Contract term (days)');
  await termField.fill('0');
  await draft.getByRole('button', { name: 'Submit the request' }).click();
  const termError = await text('.field-error', draft);
  assert(
    termError.includes('whole number of days from 1 to') && !termError.includes('termDays'),
    `term refusal in words: ${termError}`,
  );
  await termField.fill(String(p.draftDays));
  // Corrected, the term's refusal goes (it stayed beside the right figure until the next press,
  // and the period's refusal below was read as the first one on the card: the term's).
  await draft.locator('.field-error').waitFor({ state: 'detached' });
  const awarded = page.locator('[data-testid="procurement-request"][data-stage="ONBOARDING"]');
  const supplier = await text('[data-testid="supplier"]', awarded);
  assert(supplier === 'Qala Invataxi LLP (BIN 180240012345)', `supplier: ${supplier}`);
  assert((await text('[data-testid="price"]', awarded)) === '4,821,000 ₸', 'contract price');
  const contract = await text('[data-testid="contract-period"]', awarded);
  assert(/20\d\d – .*20\d\d$/.test(contract), `contract period with years: ${contract}`);
  assert(
    (await text('[data-testid="onboarding"]', awarded)).startsWith('Contract signed'),
    'onboarding status',
  );
  // The supplier's start step by step, each with its date and year; stalled at the fleet.
  const steps = await awarded.locator('[data-testid="onboarding-steps"] li').allTextContents();
  const clean = steps.map((x) => x.replace(/\u00a0/g, ' '));
  assert(
    /^Administrator invited: on \d{1,2} [A-Z][a-z]+ 20\d\d$/.test(clean[0] ?? ''),
    `invited: ${clean[0]}`,
  );
  assert(/^Signed in: on \d{1,2} [A-Z][a-z]+ 20\d\d$/.test(clean[1] ?? ''), `signed in: ${clean[1]}`);
  assert(clean[2] === 'First vehicle added: not yet', `fleet: ${clean[2]}`);
  const stalled = await text('[data-testid="onboarding-stalled"]', awarded);
  assert(
    /^Stalled: no vehicle has been added since \d{1,2} [A-Z][a-z]+ 20\d\d \(more than 3 days\)/.test(stalled),
    `stalled: ${stalled}`,
  );
  // The lot with each figure's source, in words; the officer's period refused at its field.
  const lotTitle = await text('[data-testid="lot"] h4', draft);
  assert(
    /^The lot: service from \d{1,2} [A-Z][a-z]+ 20\d\d to \d{1,2} [A-Z][a-z]+ 20\d\d$/.test(lotTitle),
    `lot: ${lotTitle}`,
  );
  assert((await text('[data-testid="lot-budget"] td', draft)) === '6,741,825 ₸', 'lot budget');
  assert(
    (await text('[data-testid="lot-ridersShare"]', draft)) ===
      'Share of them who ride30 %an assumption (no data to tell)',
    'riders share and its source',
  );
  assert(
    (await text('[data-testid="lot-eligiblePeople"] td:last-child', draft)) ===
      'from the register of beneficiaries living here',
    'eligible people source',
  );
  await draft.getByLabel('Service until').fill(addDaysToLocalDate(localDateOf(testNow()), 5));
  await draft.getByRole('button', { name: 'Recompute for this period' }).click();
  const refused = draft.locator('[id^="lot-end-"][id$="-error"]');
  await refused.waitFor();
  const why = ((await refused.textContent()) ?? '').replace(/\u00a0/g, ' ');
  assert(
    /^The period must be at least 30 days \(ending on \d{1,2} [A-Z][a-z]+ 20\d\d or later\)/.test(why),
    `period refusal: ${why}`,
  );
  assert(
    (await draft.getByLabel('Service until').getAttribute('aria-invalid')) === 'true',
    'the field is marked',
  );
  const all = (await page.locator('main').textContent()) ?? '';
  for (const raw of [
    'byKato',
    'aggregatedAt',
    'CONFIG_DEFAULT',
    '{"',
    'Areas without a provider',
    'not known yet',
    'BUDGET_YEAR',
    'BENEFICIARY_REGISTER',
    'NO_FLEET',
  ])
    assert(!all.includes(raw), `no raw "${raw}" on the officer's page`);
}

/** The same page in Kazakh and Russian: money, dates with years, districts by name; axe clean. */
async function officerReadsProcurementIn(page: Page): Promise<void> {
  for (const [lang, name, budget, district, year] of [
    ['ru', 'Русский', '6 741 825 ₸', 'Район Нура (711610000)', /\d{1,2} [а-я]+ 20\d\d/],
    ['kk', 'Қазақша', '6 741 825 ₸', 'Нұра ауданы (711610000)', /20\d\d ж\. \d{1,2} [а-яәғқңөұүһі]+/],
  ] as const) {
    await page.getByRole('button', { name, exact: true }).click();
    await until(page, `document.documentElement.lang === '${lang}'`, `lang=${lang}`);
    const draft = page.locator('[data-testid="procurement-request"][data-stage="DRAFT"]');
    await draft.locator('[data-testid="lot"]').waitFor();
    const read = async (sel: string, within = draft): Promise<string> =>
      ((await within.locator(sel).first().textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
    assert(
      (await read('[data-testid="budget"]')) === budget,
      `${lang} budget: ${await read('[data-testid="budget"]')}`,
    );
    const heading = await read('h3');
    assert(heading.toLowerCase().startsWith(district.toLowerCase()), `${lang} district by name: ${heading}`);
    assert(
      year.test(await read('[data-testid="period"]')),
      `${lang} period with year: ${await read('[data-testid="period"]')}`,
    );
    const awarded = page.locator('[data-testid="procurement-request"][data-stage="ONBOARDING"]');
    const steps = await read('[data-testid="onboarding-steps"]', awarded);
    assert(year.test(steps), `${lang} onboarding dates with years: ${steps}`);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const raw of ['demand.', 'BUDGET_YEAR', 'NOT_SIGNED_IN', 'NO_FLEET', '{{'])
      assert(!main.includes(raw), `${lang}: no raw "${raw}"`);
    await axe(page, `demand in ${lang}`);
    await shot(page, `21-demand-${lang}`);
  }
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await until(page, `document.documentElement.lang === 'en'`, 'lang=en');
}

/**
 * Recorded days for a what-if replay (issue 25): the suite has no history of its own, so the
 * seed's rides (today's and tomorrow's) and shifts of a region are copied `days` back, as done
 * (COMPLETED, CLOSED). Returns their removal, so later tests read the seed as it was.
 */
async function recordedDaysBack(
  ds: DataSource,
  regionKato: string,
  days: number,
): Promise<() => Promise<void>> {
  const today = localDateOf(testNow());
  const from = localDateTimeToUtc(today, '00:00');
  const to = localDateTimeToUtc(addDaysToLocalDate(today, 2), '00:00');
  const copy = async (table: 'booking' | 'shift', where: string, set: Record<string, string>) => {
    const cols: { name: string; type: string }[] = await ds.query(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
      [table],
    );
    const value = (c: { name: string; type: string }) =>
      set[c.name] ??
      (c.type === 'timestamp with time zone'
        ? `"${c.name}" - make_interval(days => $4)`
        : c.type === 'date'
          ? `"${c.name}" - $4::int`
          : `"${c.name}"`);
    const rows: { id: string }[] = await ds.query(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c.name}"`).join(', ')})
       SELECT ${cols.map(value).join(', ')} FROM "${table}" t WHERE ${where} RETURNING id`,
      [regionKato, from, to, days],
    );
    return rows.map((r) => r.id);
  };
  const bookings = await copy(
    'booking',
    'region_kato = $1 AND pickup_earliest >= $2 AND pickup_earliest < $3',
    {
      id: 'gen_random_uuid()',
      status: `'COMPLETED'`,
      // Driven: picked up 0 to 20 minutes after the plan (the delays the expected on-time share applies).
      planned_pickup_at: `coalesce(planned_pickup_at, pickup_earliest) - make_interval(days => $4)`,
      actual_pickup_at: `coalesce(planned_pickup_at, pickup_earliest) - make_interval(days => $4) + make_interval(mins => abs(hashtext(id::text)) % 21)`,
      shift_id: 'NULL',
      portal_order_id: 'NULL',
      return_of_booking_id: 'NULL',
      series_id: 'NULL',
      series_date: 'NULL',
      procurement_request_id: 'NULL',
    },
  );
  const shifts = await copy(
    'shift',
    `starts_at >= $2 AND starts_at < $3 AND status <> 'CANCELLED'
     AND provider_id IN (SELECT id FROM provider WHERE region_kato = $1)`,
    { id: 'gen_random_uuid()', status: `'CLOSED'`, status_reason: 'NULL' },
  );
  assert(
    bookings.length > 0 && shifts.length > 0,
    `recorded days: ${bookings.length} rides, ${shifts.length} shifts`,
  );
  return async () => {
    await ds.query('DELETE FROM booking WHERE id = ANY($1)', [bookings]);
    await ds.query('DELETE FROM shift WHERE id = ANY($1)', [shifts]);
  };
}

/**
 * What a reader sees of each chart's label and value: its text, its rendered font size (the
 * computed size times the scale an SVG draws it at) and whether it lies whole inside its chart.
 */
async function chartReadings(
  page: Page,
): Promise<{ chart: string; text: string; px: number; inside: boolean; cut: boolean }[]> {
  return page.evaluate(`[...document.querySelectorAll('figure.chart')].flatMap((fig) => {
    const box = fig.getBoundingClientRect();
    const chart = fig.querySelector('figcaption')?.textContent ?? '';
    return [...fig.querySelectorAll('.chart-label, .chart-value')].map((el) => {
      const r = el.getBoundingClientRect();
      const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      return {
        chart,
        text: el.textContent ?? '',
        px: parseFloat(getComputedStyle(el).fontSize) * scale,
        inside: r.left >= box.left - 1 && r.right <= box.right + 1,
        cut: el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1,
      };
    });
  })`);
}

async function navTo(page: Page, name: string): Promise<void> {
  await page.locator('nav.main-nav').getByRole('link', { name, exact: true }).click();
}

function tokenOf(seed: SeedResult, prefix: string): string {
  const t = seed.tokens.find((x) => x.label.startsWith(prefix));
  assert(t, `no demo token "${prefix}"`);
  return t.token;
}

/** Picks a place in a PlacePicker: type, wait for the option, choose it. */
async function pickPlace(page: Page, field: string, query: string, option: RegExp): Promise<void> {
  const input = page.locator(`#field-${field}`);
  await input.fill(query);
  const opt = page.getByRole('option', { name: option }).first();
  await opt.waitFor({ timeout: 10000 });
  await opt.click();
}

/**
 * A booking form's date set to tomorrow: the form opens on the first pickup the rules allow (walk
 * t22 m9), today while the service hours run, so a test booking a fixed hour says its day.
 */
async function onTomorrow(page: Page): Promise<void> {
  await page.locator('#field-date').fill(dotted(addDaysToLocalDate(localDateOf(testNow()), 1)));
}

/** YYYY-MM-DD as a date field reads it, day.month.year. */
const dotted = (d: string): string => d.split('-').reverse().join('.');

async function focusedInfo(page: Page): Promise<{ id: string; text: string; tag: string; outline: string }> {
  return page.evaluate<{ id: string; text: string; tag: string; outline: string }>(`(() => {
    const el = document.activeElement;
    const cs = el ? getComputedStyle(el) : null;
    return { id: el?.id ?? '', text: (el?.textContent ?? '').trim(), tag: el?.tagName ?? '', outline: cs ? cs.outlineStyle + ' ' + cs.outlineWidth : '' };
  })()`);
}

/**
 * Focus has moved to the element with this id. Pages move focus a frame after they render the
 * refusal (requestAnimationFrame), so on a loaded machine the check waits up to 3 s for it rather
 * than reading document.activeElement in the same instant the error text appears.
 */
async function focusOn(page: Page, id: string, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const f = await focusedInfo(page);
    if (f.id === id) return;
    if (Date.now() > deadline) throw new Error(`${what}: focus should be on #${id}, is on ${f.id || f.tag}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Presses Tab until the focused element matches (keyboard only). */
async function tabTo(
  page: Page,
  match: (f: { id: string; text: string; tag: string }) => boolean,
  what: string,
  max = 120,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match(await focusedInfo(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Visible UI text outside data (elements marked translate="no"), for the language test. */
async function uiTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      if (!/\\p{L}{2,}/u.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[translate="no"],[lang]:not(html),script,style,.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label]')) {
      if (el.closest('[translate="no"],[lang]:not(html)')) continue;
      out.push('aria-label: ' + el.getAttribute('aria-label'));
    }
    return out;
  })()`);
}

/**
 * The page's visible words in Kazakh and Russian (the header's switch), back in English after: the
 * texts with Latin words other than the data given (names, notes, addresses as typed), which
 * would be lines left in English (walk h2 N1: stop lines, the outbox, refusals stayed English).
 */
async function englishLeftIn(page: Page, data: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const [lang, name] of [
    ['kk', 'Қазақша'],
    ['ru', 'Русский'],
    ['en', 'English'],
  ] as const) {
    await page.locator('.lang-switch').getByRole('button', { name, exact: true }).click();
    await until(page, `document.documentElement.lang === '${lang}'`, `lang=${lang}`);
    if (lang === 'en') break;
    for (const text of await uiTexts(page)) {
      const rest = data.reduce((s, d) => s.split(d).join(' '), text);
      if (/[A-Za-z]{3,}/.test(rest.replace(/^aria-label: /, ''))) out.push(`${lang}: ${text}`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (!process.env.SKIP_WEB_BUILD) {
    process.stdout.write('building apps/web ...\n');
    const b = spawnSync(
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
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      },
    );
    if (b.status !== 0) throw new Error('web build failed');
  }

  const started = Date.now();
  let t: TestEnv | undefined;
  let api: NestFastifyApplication | undefined;
  let dispatcher: INestApplicationContext | undefined;
  let browser: Browser | undefined;
  let sim: FastifyInstance | undefined;
  let egov: EgovIdp | undefined;
  try {
    // The re-plan flow watches a run start, progress and finish: a few seconds of search show
    // that as well as the production budget (30 s of a busy core on a 2-core machine).
    // The outside systems sign-in uses: the SMS gateway's stand-in (codes, invitations) and the
    // eGov identity provider's (its own process); the api's port is chosen first, as the
    // provider must know the callback URL and invitations carry the api's address.
    sim = await createSimulators({ SIM_SMS_API_KEY: SMS_KEY, SIM_SMS_CALLBACK_SECRET: SMS_SECRET });
    await sim.listen({ host: '127.0.0.1', port: 0 });
    const simUrl = `http://127.0.0.1:${(sim.server.address() as AddressInfo).port}`;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    egov = await startEgovIdp({ clientSecret: EGOV_SECRET, redirectUris: [`${base}/auth/egov/callback`] });
    t = await createTestEnv({
      PLAN_TIME_LIMIT_MS: '3000',
      PUBLIC_BASE_URL: base,
      SMS_GATEWAY_URL: `${simUrl}/sms`,
      SMS_API_KEY: SMS_KEY,
      SMS_CALLBACK_SECRET: SMS_SECRET,
      EGOV_ISSUER_URL: egov.issuer,
      EGOV_CLIENT_SECRET: EGOV_SECRET,
      // Every browser here signs in from 127.0.0.1: the per-address budgets are test/identity's.
      AUTH_ADDRESS_LIMIT: '100000',
      // The suite signs some pages in by pasting tokens (the /signin box only the server turns on).
      AUTH_DEVELOPER_TOKEN_SIGNIN: 'true',
    });
    // Tokens a test signs are issued on the run's clock: the pages check their expiry on it.
    const keys = { secret: t.config.JWT_SECRET, issuer: t.config.JWT_ISSUER };
    t.token = (p, ttl = 3600) => signToken(keys, p, ttl, testNow());
    api = await createApi(t.config);
    await api.listen({ host: '127.0.0.1', port });
    dispatcher = await createDispatcher(t.config);
    process.stdout.write(`api at ${base}; seeding the Astana demo data through the API ...\n`);
    // Chromium starts while the demo data loads.
    const launching = chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    launching.catch(() => undefined); // a failed launch is reported where it is awaited
    const seed = await seedViaApi(api.get(DataSource), t.config, base, testNow()).catch(async (e: Error) => {
      await launching.then((b) => b.close()).catch(() => undefined);
      throw e;
    });
    browser = await launching;
    const ds = api.get(DataSource);
    const dispatchQueue = dispatcher.get<Queue>(getQueueToken(QueueName.Dispatch), { strict: false });
    /**
     * No dispatch work waits or runs: the outbox has sent everything and the dispatch queue is
     * empty. A flow that sets routes up by hand waits for this first, or a job an earlier flow
     * left (a waitlist retry after its reassignment) re-plans its rows under it.
     */
    const dispatchQuiet = () =>
      waitFor(
        async () => {
          const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`)) as {
            n: number;
          }[];
          const jobs = await dispatchQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
          return n === 0 && Object.values(jobs).every((x) => x === 0);
        },
        'no dispatch work left by earlier flows',
        60000,
      );
    process.stdout.write(
      `ready in ${Date.now() - started} ms (test database, api, dispatcher, demo data, chromium)\n`,
    );
    const newPage = async (
      o: { width?: number; height?: number; lang?: string; clock?: boolean } = {},
    ): Promise<{ ctx: BrowserContext; page: Page }> => {
      const ctx = await browser!.newContext({
        viewport: { width: o.width ?? 1280, height: o.height ?? 900 },
        locale: 'en-GB',
        timezoneId: 'Asia/Almaty',
        reducedMotion: 'reduce',
      });
      // Every page runs on the run's instant (the api's clock: testNow()), so what a page computes
      // from "now" (today, tomorrow, countdowns) agrees with the server at any real hour. Time flows
      // on by itself; a test may still jump it (page.clock.fastForward; `clock` says it does).
      await ctx.clock.install({ time: testNow() });
      await ctx.addInitScript(
        `if (!localStorage.getItem('invataxi.lang')) localStorage.setItem('invataxi.lang', '${o.lang ?? 'en'}')`,
      );
      const page = await ctx.newPage();
      page.setDefaultTimeout(15000);
      // Every page runs under the API's Content-Security-Policy: Chromium reports what it refused.
      await ctx.addInitScript(
        `document.addEventListener('securitypolicyviolation', (e) => console.warn('CSP violation: ' + e.violatedDirective + ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + (e.sample || '')))`,
      );
      page.on('console', (msg) => {
        if (/^CSP violation/.test(msg.text())) cspViolations.push(`${page.url()}: ${msg.text()}`);
      });
      // A script error is what a failing wait hides: said at once, with the page it broke.
      page.on('pageerror', (e) => process.stdout.write(`    page error at ${page.url()}: ${e.message}\n`));
      return { ctx, page };
    };

    const test = async (name: string, fn: () => Promise<void>): Promise<void> => {
      // WEB_TEST_ONLY: a part of a test's name, or several joined by '|' (a test and the one it needs).
      if (only && !only.split('|').some((part) => name.includes(part))) return;
      const started = Date.now();
      try {
        await fn();
        results.push({ name, status: 'passed', ms: Date.now() - started });
        process.stdout.write(`  ✓ ${name} (${Date.now() - started} ms)\n`);
      } catch (e) {
        const skipped = e instanceof Skip;
        results.push({
          name,
          status: skipped ? 'skipped' : 'failed',
          detail: (e as Error).message,
          ms: Date.now() - started,
        });
        process.stdout.write(`  ${skipped ? '-' : '✗'} ${name}: ${(e as Error).message}\n`);
      }
    };

    /** A POST to the API as one of the demo's people (by token label); refused answers fail the test. */
    const postAs = async <T>(who: string, path: string, body: unknown): Promise<T> => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokenOf(seed, who)}`,
          'content-type': 'application/json',
          'accept-language': 'en',
        },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      assert(res.ok, `${path} -> ${res.status} ${text}`);
      return JSON.parse(text) as T;
    };

    const bookingStatus = async (id: string): Promise<string> =>
      ((await ds.query(`SELECT status FROM booking WHERE id = $1`, [id])) as { status: string }[])[0]
        ?.status ?? 'none';

    await test('the api serves the app: SPA fallback for browsers, API routes win', async () => {
      const html = await fetch(`${base}/board/some/client/path`, { headers: { accept: 'text/html' } });
      assert(
        html.status === 200 && (await html.text()).includes('<div id="root">'),
        'a browser navigation gets index.html',
      );
      const json = await fetch(`${base}/no-such-endpoint`, { headers: { accept: 'application/json' } });
      const body = (await json.json()) as { statusCode: number; requestId?: string };
      assert(
        json.status === 404 && body.statusCode === 404 && body.requestId,
        'an API client gets the common 404',
      );
      const api = await fetch(`${base}/health`, { headers: { accept: 'text/html' } });
      assert(
        api.status === 200 && ((await api.json()) as { status: string }).status === 'ok',
        'API routes win over the app',
      );
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(
        await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).text(),
      );
      assert(asset, 'index.html names its script');
      const js = await fetch(`${base}${asset[1]}`);
      assert(
        js.status === 200 && /javascript/.test(js.headers.get('content-type') ?? ''),
        'built assets are served',
      );
    });

    await test("every page runs on the api's instant, not the machine's hour", async () => {
      const { ctx, page } = await newPage();
      await page.goto(`${base}/signin`);
      const inPage = await page.evaluate<number>('Date.now()');
      const apart = Math.abs(inPage - testNow().getTime());
      assert(
        apart < 10_000,
        `the page's now ${new Date(inPage).toISOString()} is not the api's ${testNow().toISOString()}`,
      );
      await ctx.close();
    });

    await test('sign-in page: a bad token is refused next to the field, focus moved there', async () => {
      const { ctx, page } = await newPage();
      await page.goto(`${base}/signin`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await axe(page, 'sign-in');
      await shot(page, '01-sign-in');
      await page.getByText('For scripts and tests: sign in with an access token').click();
      await page.locator('#field-token').fill('not-a-token');
      await page.getByRole('button', { name: 'Sign in with the token' }).click();
      await page.locator('.field-error').waitFor();
      await focusOn(page, 'field-token', 'a bad token');
      const described = await page.locator('#field-token').getAttribute('aria-describedby');
      assert(described, 'the error is tied to the field with aria-describedby');
      await axe(page, 'sign-in error');
      await shot(page, '02-sign-in-error');
      await ctx.close();
    });

    // Issue 19: every role signs in through the pages (phone code, eGov, password + TOTP), the
    // access token only in memory (a page load renews it from the httpOnly refresh cookie), all
    // under the API's strict Content-Security-Policy.
    const smsTo = async (phone: string, after: number): Promise<string> =>
      waitFor(async () => {
        const r = await fetch(`${simUrl}/sms/_control/messages?recipient=${encodeURIComponent(phone)}`);
        const list = (await r.json()) as { text: string }[];
        return list.length > after ? list[list.length - 1].text : null;
      }, `an SMS to ${phone}`);
    const smsCount = async (phone: string): Promise<number> =>
      (
        (await (
          await fetch(`${simUrl}/sms/_control/messages?recipient=${encodeURIComponent(phone)}`)
        ).json()) as unknown[]
      ).length;
    /** Nothing of the session in web storage: the access token lives in memory only. */
    const storageHasNoToken = async (page: Page): Promise<void> => {
      const stored = await page.evaluate<string>(
        `JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage)])`,
      );
      assert(!/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./.test(stored), `a token in web storage: ${stored}`);
      const cookies = await page.context().cookies();
      const refresh = cookies.find((c) => c.name === 'invataxi_refresh');
      assert(
        refresh && refresh.httpOnly && refresh.sameSite === 'Strict',
        'the refresh cookie is httpOnly and SameSite=Strict',
      );
      assert(
        (await page.evaluate<string>('document.cookie')).indexOf('invataxi_refresh') < 0,
        'the page cannot read the refresh cookie',
      );
    };

    await test('sign-in: rider by phone code, keyboard only; a page load keeps the session', async () => {
      const { ctx, page } = await newPage();
      const aigerim = BENEFICIARIES.find((b) => b.key === 'aigerim')!;
      await page.goto(`${base}/`);
      await page.waitForURL(/\/signin$/);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await axe(page, 'sign-in (phone)');
      await tabTo(page, (f) => f.id === 'field-phone', 'the phone field');
      await page.keyboard.type(aigerim.phone);
      const before = await smsCount(aigerim.phone);
      await page.keyboard.press('Enter');
      await page.locator('#field-code').waitFor();
      await focusOn(page, 'field-code', 'focus moves to the code field');
      assert(
        (await page.locator('#field-code').getAttribute('autocomplete')) === 'one-time-code',
        'the code field says autocomplete="one-time-code"',
      );
      await axe(page, 'sign-in (code sent)');
      await shot(page, '30-sign-in-code');
      const code = /\b(\d{6})\b/.exec(await smsTo(aigerim.phone, before))?.[1];
      assert(code, 'the SMS carries a 6-digit code');
      const wrong = code === '000000' ? '111111' : '000000';
      await page.keyboard.type(wrong);
      await page.keyboard.press('Enter');
      await page.locator('#field-code[aria-invalid="true"]').waitFor();
      await focusOn(page, 'field-code', 'a wrong code: focus back on the field');
      await axe(page, 'sign-in (wrong code)');
      await shot(page, '31-sign-in-wrong-code');
      // Pasting is allowed (WCAG 3.3.8): the code as an SMS app copies it, with a space.
      await page.locator('#field-code').fill('');
      await page.keyboard.insertText(`${code.slice(0, 3)} ${code.slice(3)}`);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/book$/);
      await page.locator('#field-from').waitFor();
      // Signed in, the page speaks her account's language (kk), as her messages do (issue 18).
      await until(page, `document.documentElement.lang === 'kk'`, "the page in the account's language");
      await storageHasNoToken(page);
      await page.reload();
      await page.locator('#field-from').waitFor();
      assert(new URL(page.url()).pathname === '/book', 'after a page load the rider is still signed in');
      await ctx.close();
    });

    await test('sign-in: rider with eGov (stand-in); an IIN on nobody is told how to register', async () => {
      const { ctx, page } = await newPage();
      const nurlan = BENEFICIARIES.find((b) => b.key === 'nurlan')!;
      const nurlanIin = iinOf(nurlan, BENEFICIARIES.indexOf(nurlan));
      await page.goto(`${base}/signin`);
      await page.getByRole('link', { name: 'Sign in with eGov' }).click();
      await page.waitForURL((u) => u.href.startsWith(egov!.issuer));
      await page.locator('#iin').waitFor();
      await axe(page, 'eGov stand-in login');
      await shot(page, '33-egov-stand-in');
      await page.locator('#iin').fill(nurlanIin);
      await page.locator('#name').fill(nurlan.fullName);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/book$/);
      await page.locator('#field-from').waitFor();
      await storageHasNoToken(page);
      await ctx.close();

      const other = await newPage();
      await other.page.goto(`${base}/signin`);
      await other.page.getByRole('link', { name: 'Sign in with eGov' }).click();
      await other.page.locator('#iin').waitFor();
      // An IIN that is not 12 digits: the stand-in says so at the field, in plain words.
      await other.page.locator('#iin').fill('12345');
      await other.page.locator('#name').fill('Nobody Registered');
      await other.page.getByRole('button', { name: 'Sign in' }).click();
      await other.page.locator('#iin[aria-invalid="true"]').waitFor();
      await other.page.locator('#iin-error', { hasText: 'The IIN is 12 digits' }).waitFor();
      assert(
        /Digits entered: 5/.test((await other.page.locator('#iin-error').textContent()) ?? ''),
        'the message says how many digits were typed',
      );
      await axe(other.page, 'eGov stand-in (IIN refused)');
      await other.page.locator('#iin').fill(buildIin('1979-09-09', 'FEMALE', 4242));
      await other.page.locator('#name').fill('Nobody Registered');
      await other.page.getByRole('button', { name: 'Sign in' }).click();
      await other.page.waitForURL(/\/signin\/not-registered/);
      await other.page
        .getByRole('heading', { level: 1, name: 'We could not find you in the register' })
        .waitFor();
      await axe(other.page, 'not registered (eGov)');
      await shot(other.page, '32-not-registered');
      await other.ctx.close();
      // Cancelled at the provider (a new browser: the provider remembers who signed in there).
      const third = await newPage();
      await third.page.goto(`${base}/signin`);
      await third.page.getByRole('link', { name: 'Sign in with eGov' }).click();
      await third.page.getByRole('button', { name: 'Cancel' }).click();
      await third.page.waitForURL(/\/signin\?egov=cancelled/);
      await third.page.getByText('You cancelled the sign-in with eGov').waitFor();
      await axe(third.page, 'sign-in (eGov cancelled)');
      await third.ctx.close();
    });

    await test('sign-in: LEB officer sets up TOTP (QR and secret as text), invites a dispatcher who signs in', async () => {
      const officer = await seedStaff(ds, t!.config, {
        role: 'LEB_OFFICER',
        regionKato: '710000000',
        withTotp: false,
      });
      const { ctx, page } = await newPage();
      await page.goto(`${base}/signin`);
      await page.getByRole('link', { name: 'Staff sign-in with a password' }).click();
      await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
      await axe(page, 'staff sign-in');
      await page.locator('#field-login').fill(officer.phone);
      await page.locator('#field-password').fill(officer.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
      const qr = page.getByRole('img', { name: /QR code/ });
      await qr.waitFor();
      assert((await qr.getAttribute('src'))?.startsWith('data:image/svg+xml'), 'the QR code is an image');
      const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
      assert(/^[A-Z2-7]{16,}$/.test(secret), `the secret is shown as text: ${secret}`);
      await focusOn(page, 'field-totp', 'focus on the code field');
      await axe(page, 'staff sign-in (TOTP enrolment)');
      await shot(page, '34-totp-enrolment');
      await page.locator('#field-totp').fill('000000');
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.locator('#field-totp[aria-invalid="true"]').waitFor();
      await axe(page, 'staff sign-in (wrong TOTP)');
      await page.locator('#field-totp').fill(await totpCode(secret));
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.waitForURL(/\/officer\/providers$/);
      await storageHasNoToken(page);

      // Invites a dispatcher of the region's dispatch centre; the link comes by SMS.
      await navTo(page, 'Users');
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await axe(page, 'users');
      const phone = '+77015550101';
      const before = await smsCount(phone);
      await page.locator('#field-inviteRole').selectOption('DISPATCHER');
      await page.locator('#field-inviteName').fill('Dina Dispatcher');
      await page.locator('#field-invitePhone').fill(phone);
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      const link = /(https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+)/.exec(await smsTo(phone, before))?.[1];
      assert(link && link.startsWith(base), `the SMS carries the invitation link: ${link}`);
      await shot(page, '35-users');

      const d = await newPage();
      await d.page.goto(link);
      await d.page.getByRole('heading', { level: 1, name: 'Your invitation' }).waitFor();
      await axe(d.page, 'invitation');
      await d.page.locator('#field-password').fill('dispatch-centre-2026');
      await d.page.locator('#field-repeat').fill('dispatch-centre-2026');
      await d.page.getByRole('button', { name: 'Create my account' }).click();
      await d.page.getByRole('heading', { level: 1, name: 'Your account is ready' }).waitFor();
      await axe(d.page, 'invitation accepted');
      await d.page.getByRole('link', { name: 'Go to sign-in' }).click();
      await d.page.locator('#field-login').fill(phone);
      await d.page.locator('#field-password').fill('dispatch-centre-2026');
      await d.page.getByRole('button', { name: 'Sign in' }).click();
      await d.page.waitForURL(/\/board$/);

      // The officer disables the dispatcher: at the dispatcher's next page load, no session.
      await page.reload();
      await page.waitForURL(/\/staff$/);
      const row = page.locator('tr', { hasText: 'Dina Dispatcher' });
      await row.getByRole('button', { name: 'Disable Dina Dispatcher' }).click();
      await row.getByText('Disabled').waitFor();
      await d.page.reload();
      await d.page.waitForURL(/\/signin$/);
      await d.ctx.close();

      // The account page: the officer signed in on a second device too; signing that one out
      // there ends it (its next page load is signed out), then "everywhere" ends this one.
      const second = await newPage();
      await second.page.goto(`${base}/signin/staff`);
      await second.page.locator('#field-login').fill(officer.phone);
      await second.page.locator('#field-password').fill(officer.password);
      await second.page.getByRole('button', { name: 'Sign in' }).click();
      await second.page.locator('#field-totp').fill(await totpCode(secret, 1));
      await second.page.getByRole('button', { name: 'Sign in' }).click();
      await second.page.waitForURL(/\/officer\/providers$/);
      await navTo(page, 'My account');
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
      await page.getByText('This device').waitFor();
      await page
        .locator('.session-list li')
        .filter({ hasNotText: 'This device' })
        .getByRole('button', { name: 'Sign out there' })
        .click();
      await page.getByText('That device is signed out.').waitFor({ state: 'attached' });
      await second.page.reload();
      await second.page.waitForURL(/\/signin$/);
      await second.ctx.close();
      await axe(page, 'my account');
      await shot(page, '36-account');
      await page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await page.waitForURL(/\/signin$/);
      await page.reload();
      await page.waitForURL(/\/signin$/);
      await ctx.close();
    });

    // The browser walk's findings on the sign-in and staff pages (issue 19): field refusals in
    // words at the field, the staff hint under the rider form, the invitations list (resend,
    // withdraw), the invited person's language, sessions by browser name, no sideways scrolling
    // at 320 px or with 200 % text, the developer token box only where the server offers it.
    const noSideways = async (page: Page, what: string): Promise<void> => {
      const by = async () =>
        page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      // What is wider than its box (a long word in a heading, a form control), for the message.
      const wide = async () =>
        page.evaluate<string>(
          `[...document.querySelectorAll('body *')].filter((el) => el.scrollWidth - el.clientWidth > 1 && !el.closest('.table-wrap')).slice(0, 4).map((el) => el.tagName + '.' + el.className).join(', ')`,
        );
      let over = await by();
      assert(over <= 1, `${what} at 320 px scrolls sideways by ${over} px: ${await wide()}`);
      await page.evaluate(`document.documentElement.style.setProperty('font-size', '200%', 'important')`);
      over = await by();
      const culprits = over > 1 ? await wide() : '';
      await page.evaluate(`document.documentElement.style.removeProperty('font-size')`);
      assert(over <= 1, `${what} at 200% text scrolls sideways by ${over} px: ${culprits}`);
    };

    await test("staff pages: field refusals in words, invitations resent and withdrawn, the invitee's language, sessions named, 320 px and 200 % text", async () => {
      const officer = await seedStaff(ds, t!.config, { role: 'LEB_OFFICER', regionKato: '710000000' });
      const { ctx, page } = await newPage({ width: 320, height: 800 });
      await page.goto(`${base}/signin`);
      await page
        .getByRole('heading', { level: 1, name: 'Sign in' })
        .waitFor()
        .catch(async (e: Error) => {
          throw new Error(
            `${e.message.split('\n')[0]}: ${await page.evaluate<string>('document.body.innerText')}`,
          );
        });
      await noSideways(page, '/signin');
      // A malformed number: the phone field says the rule, not "some fields are wrong".
      await page.locator('#field-phone').fill('12345');
      await page.getByRole('button', { name: 'Send me a code' }).click();
      await page.locator('#field-phone[aria-invalid="true"]').waitFor();
      await page.locator('.field-error', { hasText: 'Phone number as +7 7XX XXX XX XX.' }).waitFor();
      await axe(page, 'sign-in (malformed phone)');
      // Staff who typed their phone here: the same short line for every number (no enumeration).
      await page.getByRole('link', { name: 'Sign in here with your password' }).click();
      await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
      await noSideways(page, '/signin/staff');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#field-login[aria-invalid="true"]').waitFor();
      await page.getByText('Fill in this field.').first().waitFor();
      await page.locator('#field-login').fill(officer.phone);
      await page.locator('#field-password').fill(officer.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#field-totp').fill('12');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('.field-error', { hasText: 'The code is 6 digits.' }).waitFor();
      await page.locator('#field-totp').fill(await totpCode(officer.totpSecret!));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/officer\/providers$/);

      await page.goto(`${base}/staff`);
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await page.locator('table').first().waitFor();
      await noSideways(page, '/staff');
      await page.locator('#field-inviteRole').selectOption('DISPATCHER');
      await page.locator('#field-inviteName').fill('Kanat Dispatcher');
      await page.locator('#field-invitePhone').fill('8 701');
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      await page.locator('#field-invitePhone[aria-invalid="true"]').waitFor();
      await page.locator('.field-error', { hasText: 'Phone number as +7 7XX XXX XX XX.' }).waitFor();
      await focusOn(page, 'field-invitePhone', 'focus on the refused phone field');
      await axe(page, 'users (field refusal)');
      // In Kazakh for the invited person, whatever the inviter reads.
      const phone = '+77015550202';
      await page.locator('#field-invitePhone').fill(phone);
      await page.locator('#field-inviteLanguage').selectOption('kk');
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      const first = await smsTo(phone, 0);
      assert(/шақырды/.test(first), `the SMS is in Kazakh: ${first}`);
      const row = page.locator('tr[data-invitation]', { hasText: 'Kanat Dispatcher' });
      await row.getByText('Waiting to be accepted').waitFor();
      await axe(page, 'users (invitations)');
      await shot(page, '37-users-invitations-320px');
      await row.getByRole('button', { name: 'Send again to Kanat Dispatcher' }).click();
      const second = await smsTo(phone, 1);
      const oldLink = /(https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+)/.exec(first)![1];
      const newLink = /(https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+)/.exec(second)![1];
      assert(oldLink !== newLink, 'the resent SMS carries a new link');
      await page.getByText(/The earlier link no longer works/).waitFor();

      const d = await newPage({ width: 320, height: 800 });
      await d.page.goto(oldLink);
      await d.page.getByText('This invitation has expired or was already used.', { exact: false }).waitFor();
      await d.page.goto(newLink);
      // The page opens in the invited person's language.
      await until(d.page, `document.documentElement.lang === 'kk'`, 'the invitation page in Kazakh');
      await d.page.locator('#field-password').waitFor();
      await noSideways(d.page, '/invite');
      await d.page.locator('#field-password').fill('short');
      await d.page.locator('#field-repeat').fill('short');
      await d.page.locator('button[type="submit"]').click();
      await d.page.locator('.field-error', { hasText: 'Кемінде 10 таңба.' }).waitFor();
      await focusOn(d.page, 'field-password', 'focus on the password field');
      await axe(d.page, 'invitation (short password, kk)');

      await row.getByRole('button', { name: 'Withdraw the invitation for Kanat Dispatcher' }).click();
      await row.getByText('Withdrawn').waitFor();
      await d.page.reload();
      await d.page.getByText('Бұл шақыру кері қайтарылды', { exact: false }).waitFor();
      await axe(d.page, 'invitation withdrawn (kk)');
      await d.ctx.close();

      await navTo(page, 'My account').catch(() => page.goto(`${base}/profile`));
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
      await page.locator('.session-list li').first().waitFor();
      await noSideways(page, '/profile');
      const sessions = (await page.locator('.session-list').textContent()) ?? '';
      assert(/Chrome on Linux/.test(sessions), `sessions name the browser: ${sessions}`);
      assert(/This device/.test(sessions), 'this device is marked');
      assert(!/Mozilla|AppleWebKit/.test(sessions), `no raw user-agent line: ${sessions}`);
      await axe(page, 'my account (sessions named)');
      await ctx.close();

      // The developer token box: only where the server offers it (this run's does; production never).
      const off = await newPage();
      await off.page.route('**/auth/methods', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: '{"developerTokenSignIn":false}' }),
      );
      await off.page.goto(`${base}/signin`);
      await off.page.getByRole('link', { name: 'Sign in with eGov' }).waitFor();
      await off.page.waitForLoadState('networkidle');
      assert(
        (await off.page.getByText('For scripts and tests').count()) === 0,
        'no token box where the server does not offer it',
      );
      await off.ctx.close();
    });

    await test("provider admin: a driver's invitation names the driver records or says to add one on the fleet page", async () => {
      const [p] = (await ds.query(
        `INSERT INTO provider (bin, legal_name, origin, region_kato, version)
         VALUES ('050140000024', 'Empty Fleet LLP', 'LOCAL_REGISTRY', '710000000', 1) RETURNING id`,
      )) as { id: string }[];
      const admin = await seedStaff(ds, t!.config, { role: 'PROVIDER_ADMIN', providerId: p!.id });
      const { ctx, page } = await newPage();
      await page.goto(`${base}/signin/staff`);
      await page.locator('#field-login').fill(admin.phone);
      await page.locator('#field-password').fill(admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/fleet$/);
      await page.goto(`${base}/staff`);
      await page.locator('#field-inviteRole').selectOption('DRIVER');
      const notice = page.locator('#field-inviteDriver');
      await notice
        .getByText('Every driver of your fleet already has a sign-in, or none is added yet.', {
          exact: false,
        })
        .waitFor();
      assert(
        (await notice.getByRole('link').getAttribute('href')) === '/fleet',
        'the notice links to the fleet page',
      );
      await page.locator('#field-inviteName').fill('New Driver');
      await page.locator('#field-invitePhone').fill('+77015550303');
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      await page
        .getByText("Add a new driver on the 'Fleet and rota' page first.", { exact: false })
        .waitFor();
      assert((await page.getByText('You do not have permission').count()) === 0, 'never "no rights"');
      await axe(page, 'users (driver without a record)');
      // With a driver record: the form lists it and fills the name and phone from it.
      await ds.query(
        `INSERT INTO driver (provider_id, full_name, licence_number, phone) VALUES ($1, 'Dana Driver', 'WEB-INV-1', '+77015550304')`,
        [p!.id],
      );
      await page.reload();
      await page.locator('#field-inviteRole').selectOption('DRIVER');
      await page
        .locator('#field-inviteDriver option', { hasText: 'Dana Driver' })
        .waitFor({ state: 'attached' });
      await page.locator('#field-inviteDriver').selectOption({ label: 'Dana Driver' });
      assert(
        (await page.locator('#field-invitePhone').inputValue()) === '+77015550304',
        'the phone comes from the record',
      );
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      await page.getByText(/Invitation for Dana Driver sent to/).waitFor();
      await ctx.close();
    });

    await test('sign-in: every other staff role with password (+ TOTP where required)', async () => {
      const provider = (await ds.query(`SELECT id FROM provider ORDER BY created_at LIMIT 1`)) as {
        id: string;
      }[];
      const driver = (await ds.query(`SELECT id FROM driver WHERE provider_id = $1 LIMIT 1`, [
        provider[0].id,
      ])) as {
        id: string;
      }[];
      const cases: { role: Role; home: RegExp; extra: Record<string, string> }[] = [
        { role: 'ADMIN', home: /\/staff$/, extra: {} },
        { role: 'MINISTRY_ANALYST', home: /\/officer\/providers$/, extra: {} },
        { role: 'PROVIDER_ADMIN', home: /\/fleet$/, extra: { providerId: provider[0].id } },
        { role: 'DISPATCHER', home: /\/board$/, extra: { providerId: provider[0].id } },
        { role: 'DRIVER', home: /\/driver$/, extra: { providerId: provider[0].id, driverId: driver[0].id } },
      ];
      for (const c of cases) {
        const who = await seedStaff(ds, t!.config, { role: c.role, ...c.extra });
        const { ctx, page } = await newPage();
        await page.goto(`${base}/signin/staff`);
        await page.locator('#field-login').fill(who.phone);
        await page.locator('#field-password').fill(who.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        if (who.totpSecret) {
          await page.getByRole('heading', { name: 'Second step: code from your app' }).waitFor();
          await axe(page, `staff sign-in (TOTP, ${c.role})`);
          await page.locator('#field-totp').fill(await totpCode(who.totpSecret));
          await page.getByRole('button', { name: 'Sign in' }).click();
        }
        await page.waitForURL(c.home).catch(async (e: Error) => {
          throw new Error(`${c.role}: ${e.message.split('\n')[0]} (at ${page.url()})`);
        });
        await ctx.close();
      }
    });

    await test('sign-in: guardian by phone code, then books for the ward', async () => {
      const phone = '+77011239901';
      await ds.query(`UPDATE app_user SET phone = $1 WHERE role = 'GUARDIAN' AND phone IS NULL`, [phone]);
      const { ctx, page } = await newPage();
      await page.goto(`${base}/signin`);
      await page.locator('#field-phone').fill(phone);
      const before = await smsCount(phone);
      await page.getByRole('button', { name: 'Send me a code' }).click();
      const code = /\b(\d{6})\b/.exec(await smsTo(phone, before))?.[1];
      assert(code, 'the guardian gets a code');
      await page.locator('#field-code').fill(code);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/book$/);
      // The page follows the guardian's account language (ru in the demo), as their messages do.
      await page.getByText('Чья поездка').first().waitFor();
      await ctx.close();
    });

    let returnTripId: string | null = null;
    await test('rider books a return trip and sees it SCHEDULED', async () => {
      const { ctx, page } = await newPage({ clock: true });
      await signInAs(page, base, tokenOf(seed, 'beneficiary (Айгерім'));
      await page.locator('#field-from').waitFor();
      await page.getByText(/Booking for/).waitFor();
      await axe(page, 'book (empty)');
      // Submit with nothing chosen: the refusal sits next to the field and focus moves there.
      await page.getByRole('button', { name: 'Book the ride' }).click();
      await page.locator('#field-from[aria-invalid="true"]').waitFor();
      await focusOn(page, 'field-from', 'focus moves to the first field with an error');
      await axe(page, 'book (local errors)');
      await shot(page, '03-book-errors');
      await pickPlace(page, 'from', 'Kabanbay 53', /Kabanbay Batyr Avenue, 53/);
      await pickPlace(page, 'to', 'Abai', /Abai Avenue/);
      await onTomorrow(page);
      await page.locator('#field-time').fill('10:00');
      await page.getByText('Book the return trip too').click();
      assert(
        await page.getByRole('checkbox', { name: 'Book the return trip too' }).isChecked(),
        'return trip ticked',
      );
      await page.locator('#field-returnTime').fill('14:00');
      await page.locator('#field-notes').fill('Second entrance, ring 12.');
      await axe(page, 'book (filled)');
      await shot(page, '04-book-filled');
      // A refusal by the API: two hours of lead time is fine, but today at 00:00 is in the past.
      const date = page.locator('#field-date');
      const tomorrow = await date.inputValue();
      await date.fill(dotted(localDateOf(testNow())));
      await page.locator('#field-time').fill('00:01');
      await page.getByRole('button', { name: 'Book the ride' }).click();
      await page.locator('#field-time[aria-invalid="true"]').waitFor();
      const apiError = await page.locator('.field-error').first().textContent();
      await focusOn(page, 'field-time', 'focus moves to the time the API refused');
      await axe(page, 'book (API refusal)');
      await shot(page, '05-book-api-refusal');
      process.stdout.write(`    API refusal shown: ${apiError}\n`);
      // The lead-time hint says the number the refusal says: both from the rules in force at the
      // ride's time (issue 21: it said the region's 30 while the API refused with the national 60).
      const refusedMinutes = /at least (\d+) minutes/.exec(apiError ?? '')?.[1];
      await until(
        page,
        `/at least ${refusedMinutes} minutes ahead/.test(document.querySelector('#lead-hint')?.textContent ?? '')`,
        `the hint says ${refusedMinutes} minutes, as the refusal does`,
      );
      await date.fill(tomorrow);
      await page.locator('#field-time').fill('10:00');
      await page.getByRole('button', { name: 'Book the ride' }).click();
      await page.getByRole('heading', { name: 'Your ride is booked' }).waitFor();
      const cards = page.locator('.card');
      assert((await cards.count()) === 2, 'two bookings: there and return');
      await axe(page, 'book (done)');
      await shot(page, '06-book-done');
      // The confirmation follows the rides' status (walk t25 M4): once dispatch gives the ride
      // there a vehicle, it says so rather than "finding a vehicle".
      await page
        .locator('[data-testid="booked-status"][data-status="SCHEDULED"]')
        .first()
        .waitFor({ timeout: 30000 });
      await page.getByText('Vehicle assigned').first().waitFor();
      const [row] = (await ds.query(
        `SELECT id FROM booking WHERE return_of_booking_id IS NULL AND notes = 'Second entrance, ring 12.' ORDER BY created_at DESC LIMIT 1`,
      )) as { id: string }[];
      assert(row, 'the booking is stored');
      returnTripId = row.id;
      await page.getByRole('link', { name: 'My rides' }).first().click();
      await page.getByRole('heading', { name: 'My rides', level: 1 }).waitFor();
      // The dispatcher worker places it; the page's next poll shows the status in words.
      await waitFor(
        async () => (await bookingStatus(row.id)) === 'SCHEDULED',
        'the dispatcher to schedule the ride',
        30000,
      ).catch(async (e: Error) => {
        throw new Error(`${e.message} (booking is ${await bookingStatus(row.id)})`);
      });
      const shown = page.locator(`[data-booking="${row.id}"][data-status="SCHEDULED"]`);
      if ((await shown.count()) === 0) await page.clock.fastForward(POLL_JUMP);
      await shown.waitFor();
      await page.getByText('Vehicle assigned').first().waitFor();
      await page.getByTestId('allowance').waitFor();
      await axe(page, 'my rides');
      await shot(page, '07-my-rides');
      // Cancelled and ended rides are listed under a heading that says so, not "Past rides" (walk
      // t23 m7: a cancelled ride of tomorrow was listed as past).
      await page.getByRole('heading', { name: 'Past and cancelled rides', level: 2 }).waitFor();
      // Cancel states the consequence before confirming (and is not confirmed here), naming the
      // ride as its card does (walk t23 m7: the card "Arrive by … 11:00", the dialog "… 10:06?").
      const when = await page.getByTestId('ride').first().locator('.ride-when').textContent();
      await page.getByRole('button', { name: 'Cancel ride' }).first().click();
      await page.getByRole('alertdialog').waitFor();
      await page
        .getByRole('alertdialog')
        .getByRole('heading', { name: `Cancel the ride “${when}”?` })
        .waitFor();
      const text = await page.getByRole('alertdialog').textContent();
      assert(/cancel without consequences|late cancellation/.test(text ?? ''), 'the consequence is stated');
      await axe(page, 'cancel dialog');
      await shot(page, '08-cancel-dialog');
      await page.getByRole('button', { name: 'No, keep the ride' }).click();
      await ctx.close();
    });

    await test('guardian books for a ward', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'guardian'));
      await page.getByText('Whose ride').first().waitFor();
      await page.locator('#field-from').waitFor();
      await page.getByRole('button', { name: /Тимур/ }).first().waitFor(); // the ward chosen
      await axe(page, 'book (guardian)');
      await pickPlace(page, 'from', 'Home', /Home:/);
      await pickPlace(page, 'to', 'Mangilik', /Mangilik El Avenue/);
      await onTomorrow(page);
      await page.locator('#field-time').fill('15:00');
      await page.locator('#field-purpose').selectOption('EDUCATION');
      await shot(page, '09-guardian-book');
      await page.getByRole('button', { name: 'Book the ride' }).click();
      await page.getByRole('heading', { name: 'Your ride is booked' }).waitFor();
      const [row] = (await ds.query(
        `SELECT b.id FROM booking b JOIN guardianship g ON g.beneficiary_id = b.beneficiary_id WHERE b.channel = 'APP' AND b.purpose = 'EDUCATION' ORDER BY b.created_at DESC LIMIT 1`,
      )) as { id: string }[];
      assert(row, 'the ward has the new booking');
      // The same ride ordered again by mistake, a quarter of an hour later (t22 M5): refused at
      // the time field, naming the ride already booked, and nothing new written.
      await page.getByRole('button', { name: 'Book another ride' }).click();
      await page.locator('#field-time').fill('15:15');
      await page.getByRole('button', { name: 'Book the ride' }).click();
      await page.locator('#field-time[aria-invalid="true"]').waitFor();
      const twice = (await page.locator('.field-error').first().textContent()) ?? '';
      assert(/already booked for this time: .*15:00/.test(twice), `the other ride is named: ${twice}`);
      await focusOn(page, 'field-time', 'focus moves to the time of the clash');
      const [{ n }] = (await ds.query(
        `SELECT count(*)::int AS n FROM booking b JOIN booking first ON first.id = $1
          WHERE b.beneficiary_id = first.beneficiary_id
            AND b.requested_time BETWEEN first.requested_time - interval '1 hour' AND first.requested_time + interval '1 hour'`,
        [row.id],
      )) as { n: number }[];
      assert(n === 1, `one booking, not two (${n})`);
      await navTo(page, 'My rides');
      await page.locator('[data-testid="ride"]').first().waitFor();
      await axe(page, 'my rides (guardian)');
      await shot(page, '10-guardian-rides');
      await ctx.close();
    });

    await test('keyboard only: the whole booking flow', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'beneficiary (Нурлан'));
      await page.locator('#field-from').waitFor();
      await page.getByText(/Booking for/).waitFor();
      // Focus starts on the page heading; backwards it reaches the skip link at the top.
      assert((await focusedInfo(page)).tag === 'H1', 'the page heading has focus after navigation');
      let skip = await focusedInfo(page);
      for (let i = 0; i < 15 && !/Skip to main content/.test(skip.text); i++) {
        await page.keyboard.press('Shift+Tab');
        skip = await focusedInfo(page);
      }
      assert(/Skip to main content/.test(skip.text), `Shift+Tab reaches the skip link, got ${skip.text}`);
      assert(!skip.outline.startsWith('none'), 'focus is visible');
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.id === 'field-from', 'From');
      assert(!(await focusedInfo(page)).outline.startsWith('none'), 'focus on the address field is visible');
      await page.keyboard.type('Turan');
      await page
        .getByRole('option', { name: /Turan Avenue/ })
        .first()
        .waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.id === 'field-to', 'To');
      await page.keyboard.type('Syganak');
      await page
        .getByRole('option', { name: /Syganak Street/ })
        .first()
        .waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      assert(
        (await page.locator('#field-to').inputValue()).includes('Syganak'),
        'the destination was chosen by keyboard',
      );
      await tabTo(page, (f) => f.id === 'field-date', 'the date');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(dotted(addDaysToLocalDate(localDateOf(testNow()), 1)));
      await tabTo(page, (f) => f.id === 'field-time', 'the time');
      await page.keyboard.type('1130');
      await tabTo(page, (f) => f.id === 'field-purpose', 'the purpose');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Book the ride', 'the submit button');
      await shot(page, '11-keyboard-book');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Your ride is booked' }).waitFor();
      await until(
        page,
        `document.activeElement?.tagName === 'H1'`,
        'focus on the confirmation heading',
        5000,
      );
      await ctx.close();
    });

    await test('dates and times in forms: day.month.year and 24-hour on a ru page, a date typed by keyboard books that day (issue 18)', async () => {
      const { ctx, page } = await newPage({ lang: 'ru' });
      await signInAs(page, base, tokenOf(seed, 'beneficiary (Нурлан'));
      await page.locator('#field-from').waitFor();
      await pickPlace(page, 'from', 'Туран', /Туран/);
      await pickPlace(page, 'to', 'Сыганак', /Сыганак/);
      const date = page.locator('#field-date');
      const time = page.locator('#field-time');
      // The app's own format, not the browser's (en-GB here would draw "08/12/2026").
      assert(
        /^\d{2}\.\d{2}\.\d{4}$/.test(await date.inputValue()),
        `the date reads day.month.year: ${await date.inputValue()}`,
      );
      await time.fill('10:00');
      await time.blur();
      assert((await time.inputValue()) === '10:00', `the time reads 24-hour: ${await time.inputValue()}`);
      await time.fill('7.5');
      await time.blur();
      await page.locator('#field-time-error').waitFor();
      assert(
        (await page.locator('#field-time-error').textContent())?.includes('часы:минуты'),
        'a time that is not one is said at the field, in Russian',
      );
      await axe(page, 'book ru (date and time fields, an error at the time)');
      // By keyboard: into the date, select what is there, type the day after tomorrow as digits.
      const day = addDaysToLocalDate(localDateOf(testNow()), 2);
      await date.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(dotted(day));
      await page.getByTestId('date-in-words').waitFor();
      await time.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('1000');
      await page.keyboard.press('Tab');
      assert((await time.inputValue()) === '10:00', 'typed 1000 reads 10:00');
      // ↑ moves the date a day on and ↓ back, from the keyboard alone.
      await date.focus();
      await page.keyboard.press('ArrowUp');
      assert((await date.inputValue()) === dotted(addDaysToLocalDate(day, 1)), 'ArrowUp moves a day on');
      await page.keyboard.press('ArrowDown');
      assert((await date.inputValue()) === dotted(day), 'ArrowDown moves back');
      // A day beyond the booking horizon is refused at the date, not at the time (walk 20).
      await date.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(dotted(addDaysToLocalDate(localDateOf(testNow()), 60)));
      await page.getByRole('button', { name: 'Заказать поездку' }).click();
      await page.locator('#field-date-error').waitFor();
      assert(!(await page.locator('#field-time-error').isVisible()), 'the horizon is not said at the time');
      await date.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(dotted(day));
      await axe(page, 'book ru (filled by keyboard)');
      await page.getByRole('button', { name: 'Заказать поездку' }).click();
      await page.getByRole('heading', { name: 'Поездка заказана' }).waitFor();
      const [row] = (await ds.query(
        `SELECT b.requested_time AS "at" FROM booking b WHERE b.channel = 'APP' ORDER BY b.created_at DESC LIMIT 1`,
      )) as { at: Date }[];
      assert(
        row && row.at.getTime() === localDateTimeToUtc(day, '10:00').getTime(),
        `booked for ${day} 10:00, got ${row?.at.toISOString()}`,
      );
      await ctx.close();

      // The board's day, typed by keys (walk F1: a half-typed or cleared day blanked the page).
      const board = await newPage({ lang: 'ru' });
      const errors: string[] = [];
      board.page.on('pageerror', (e) => errors.push(e.message));
      await signInAs(board.page, base, tokenOf(seed, 'dispatcher (Astana'));
      await board.page.getByRole('heading', { level: 1 }).waitFor();
      const dayField = board.page.locator('input.date-input').first();
      await dayField.focus();
      await board.page.keyboard.press('Control+A');
      await board.page.keyboard.press('Backspace');
      await board.page.keyboard.type('0');
      await board.page.keyboard.press('Backspace');
      await board.page.keyboard.type(dotted(day).slice(0, 4));
      await board.page.waitForTimeout(500);
      assert(errors.length === 0, `no page error while typing the day: ${errors.join('; ')}`);
      assert(await board.page.getByRole('heading', { level: 1 }).isVisible(), 'the board stays');
      const loaded = board.page.waitForResponse((r) => r.url().includes(`/dispatch/board?date=${day}`));
      await board.page.keyboard.type(dotted(day).slice(4));
      await loaded;
      await axe(board.page, 'board ru (day typed by keys)');
      await board.ctx.close();
    });

    await test("booking form opens on the first pickup the region's rules allow, on the platform's clock (walk t22 m9)", async () => {
      // The tester's demo at 13:10 offered 10:00 that day, long past. Here the phone's clock is
      // 17 hours behind the platform's, as in the demo's evening.
      const { ctx, page } = await newPage({ clock: true });
      await page.clock.setSystemTime(new Date(testNow().getTime() - 17 * 3600_000));
      try {
        const token = tokenOf(seed, 'beneficiary (Нурлан');
        const res = await fetch(`${base}/regions/${ASTANA}/policies/in-force`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const { rules } = (await res.json()) as { rules: Parameters<typeof firstBookablePickup>[0] };
        const before = firstBookablePickup(rules, testNow());
        await signInAs(page, base, token);
        await page.locator('#field-from').waitFor();
        const shown = async () =>
          `${(await page.locator('#field-date').inputValue()).split('.').reverse().join('-')} ${await page.locator('#field-time').inputValue()}`;
        const expected = () =>
          [before, firstBookablePickup(rules, testNow())].map((f) => (f ? `${f.date} ${f.time}` : 'none'));
        await waitFor(
          async () => expected().includes(await shown()),
          'the first bookable pickup',
          8000,
        ).catch(async () => {
          throw new Error(
            `the form offers ${await shown()}, the rules allow ${expected().join(' or ')} first`,
          );
        });
        // It is a time the API takes as it is.
        await pickPlace(page, 'from', 'Turan', /Turan Avenue/);
        await pickPlace(page, 'to', 'Syganak', /Syganak Street/);
        await page.getByRole('button', { name: 'Book the ride' }).click();
        await page.getByRole('heading', { name: 'Your ride is booked' }).waitFor();
      } finally {
        await ctx.close();
        await ds.query(
          `UPDATE booking SET status = 'CANCELLED' WHERE beneficiary_id = $1 AND status NOT IN ('CANCELLED', 'COMPLETED')
             AND created_at > now() - interval '2 minutes' AND channel = 'APP'`,
          [seed.beneficiaryIds.nurlan],
        );
      }
    });

    await test('an address picked in English reads in the dispatcher’s language on the board (walk t22 m10)', async () => {
      // John booked in English: "Dostyk Street, 11" is stored; the kk and ru dispatchers read
      // the street's own name in their language (the gazetteer knows it), the house as typed.
      const at = testNow().getTime() + 3 * 3600_000;
      const day = localDateOf(new Date(at));
      const id = await insertEnRouteRide(ds, seed.beneficiaryIds.john, at, {
        from: ['Dostyk Street, 11', 51.128, 71.43],
        to: ['Unknown Yard 7', 51.15, 71.41],
        rideMinutes: 12,
      });
      await ds.query(
        `UPDATE booking SET status = 'WAITLISTED', planned_pickup_at = NULL, planned_dropoff_at = NULL WHERE id = $1`,
        [id],
      );
      try {
        for (const [lang, name] of [
          ['ru', 'улица Достык, 11'],
          ['kk', 'Достық көшесі, 11'],
        ] as const) {
          const { ctx, page } = await newPage({ lang });
          await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
          await page.getByRole('heading', { level: 1 }).waitFor();
          const loaded = page.waitForResponse((r) => r.url().includes(`/dispatch/board?date=${day}`));
          await page.locator('input.date-input').first().fill(dotted(day));
          await loaded.catch(() => undefined);
          await page
            .getByText(name, { exact: true })
            .first()
            .waitFor({ timeout: 10000 })
            .catch(async () => {
              throw new Error(
                `the ${lang} board says ${name}; Dostyk shown as: ${await page.getByText(/Dostyk|Достык|Достық/).allTextContents()}`,
              );
            });
          assert(
            (await page.getByText('Dostyk Street, 11').count()) === 0,
            `no English address on the ${lang} board`,
          );
          await ctx.close();
        }
      } finally {
        await ds.query(`UPDATE booking SET status = 'CANCELLED' WHERE id = $1`, [id]);
      }
    });

    await test('rider books a repeating ride (every day for a week)', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'beneficiary (John'));
      await page.locator('#field-from').waitFor();
      await page.getByText(/Booking for/).waitFor();
      await pickPlace(page, 'from', 'Home', /Home:/);
      await pickPlace(page, 'to', 'Kerey', /Kerey and Zhanibek Khans Street/);
      await page.locator('#field-time').fill('16:00');
      await page.getByText('Repeat on weekdays').click();
      for (const d of ['Tuesday', 'Thursday', 'Saturday', 'Sunday'])
        await page.getByText(d, { exact: true }).click();
      const first = (await page.locator('#field-date').inputValue()).split('.').reverse().join('-');
      await page.locator('#field-until').fill(addDaysToLocalDate(first, 6));
      await axe(page, 'book (repeating)');
      await shot(page, '11b-book-repeat');
      await page.getByRole('button', { name: 'Book the ride' }).click();
      await page.getByRole('heading', { name: 'Your ride is booked' }).waitFor();
      const [row] = (await ds.query(
        `SELECT s.weekdays, s.to_date::text AS "toDate", count(b.id)::int AS n FROM booking_series s LEFT JOIN booking b ON b.series_id = s.id
          WHERE s.beneficiary_id = $1 GROUP BY s.id`,
        [seed.beneficiaryIds.john],
      )) as { weekdays: number[]; toDate: string; n: number }[];
      assert(row, 'a series is stored');
      assert(row.weekdays.length === 7, `every weekday, got ${JSON.stringify(row.weekdays)}`);
      assert(row.n >= 1, 'its first rides are booked');
      assert((await page.locator('.card').count()) === row.n, 'the confirmation lists each booked ride');
      await ctx.close();
    });

    await test('dispatcher reassigns a booking and the rider page updates', async () => {
      assert(returnTripId, 'needs the rider booking');
      const bookingId = returnTripId;
      const version = async () =>
        (
          (await ds.query(`SELECT version, shift_id FROM booking WHERE id = $1`, [bookingId])) as {
            version: number;
            shift_id: string;
          }[]
        )[0];
      const before = await version();
      // The rider's page is open while the dispatcher works.
      const rider = await newPage({ clock: true });
      await signInAs(rider.page, base, tokenOf(seed, 'beneficiary (Айгерім'));
      await navTo(rider.page, 'My rides');
      const card = rider.page.locator(`[data-booking="${bookingId}"]`);
      await card.waitFor();
      assert(
        Number(await card.getAttribute('data-version')) === before.version,
        'the rider sees the current version',
      );

      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      const tomorrow = addDaysToLocalDate(localDateOf(testNow()), 1);
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(tomorrow);
      // The board keeps showing today until tomorrow's routes arrive: wait for the ride on its
      // route of tomorrow, not for any stop.
      const routeOf = (shiftId: string) =>
        page.locator(`[data-testid="route"]`).filter({ has: page.locator(`#route-${shiftId}`) });
      // The rider's is the one ride from Kabanbay Batyr Avenue in the demo data.
      const rideOn = (shiftId: string) =>
        routeOf(shiftId)
          .locator('[data-testid="route-ride"]')
          .filter({ has: page.getByRole('button', { name: /Move the ride from Kabanbay/ }) });
      await rideOn(before.shift_id).waitFor();
      await axe(page, 'board');
      await shot(page, '12-board');
      // Keyboard: focus the Move button of the ride and press Enter.
      await rideOn(before.shift_id)
        .getByRole('button', { name: /Move the ride/ })
        .focus();
      await page.keyboard.press('Enter');
      await page.locator('#move-target').waitFor();
      // Escape closes the panel, nothing saved, and focus is back on the Move button (walk F4/F20).
      await page.keyboard.press('Escape');
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      await waitFor(
        async () =>
          /^Move the ride from Kabanbay/.test(
            await page.evaluate<string>(`document.activeElement?.getAttribute('aria-label') ?? ''`),
          ) || null,
        'focus back on the Move button',
      );
      await page.keyboard.press('Enter');
      await page.locator('#move-target').waitFor();
      // The heading says the ride's planned pick-up, as its block does, labelled (walk t23 minor 2:
      // it said the window's start unlabelled, 13:25 for a block at 13:32).
      const planned = (
        (await ds.query(`SELECT planned_pickup_at FROM booking WHERE id = $1`, [bookingId])) as {
          planned_pickup_at: Date;
        }[]
      )[0]!.planned_pickup_at;
      const heading = (await page.locator('#move-title').textContent()) ?? '';
      assert(
        heading.endsWith(`, pick-up ${localTimeOf(planned)}`),
        `the move panel says the planned pick-up: ${heading}`,
      );
      // The stop names who rides (walk F3): surname and initials.
      const name = await rideOn(before.shift_id).getByTestId('rider-name').textContent();
      assert(/^\S+ \S\.( \S\.)?$/u.test(name ?? ''), `the rider named on the stop: ${name}`);
      const options = await page
        .locator('#move-target option')
        .evaluateAll((els) =>
          (els as unknown as { value: string }[]).map((o) => o.value).filter((v) => v && v !== 'unassign'),
        );
      assert(options.length > 0, 'another vehicle to move to');
      // The move is checked first (issue 18): it fits, or the API explains what breaks and whom
      // it would hurt, and an override with a reason (and a confirmation) is asked. A vehicle
      // lacking the equipment or places the ride needs is refused outright (no override): the
      // first vehicle that can carry the ride is taken.
      let chosen: string | undefined;
      for (const option of options) {
        await page.locator('#move-target').selectOption(option);
        await page.locator('#move-answer').waitFor();
        if ((await page.getByTestId('override-refused').count()) === 0) {
          chosen = option;
          break;
        }
      }
      assert(chosen, 'a vehicle that can carry the ride');
      await axe(page, 'board (move panel)');
      const outcome =
        (await page.locator('#move-answer').getAttribute('data-feasible')) === 'true' ? 'moved' : 'refused';
      if (outcome === 'moved') await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      else {
        await axe(page, 'board (move refused, override)');
        await shot(page, '13-board-move-refused');
        await page.getByLabel('Reason for overriding').selectOption('RIDER_REQUEST');
        if ((await page.locator('.move-panel .checkbox').count()) > 0)
          await page.locator('.move-panel .checkbox').click();
        await page.getByRole('button', { name: 'Override and assign' }).click();
      }
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      await shot(page, '13-board-after-move');
      const after = await waitFor(async () => {
        const v = await version();
        return v.shift_id === chosen ? v : null;
      }, 'the booking on the new shift');
      process.stdout.write(`    move ${outcome}; booking version ${before.version} -> ${after.version}\n`);
      // By drag: the ride dropped on another route opens the same move, with that route chosen.
      // The ride is dragged from where the board shows it once the move has reached the page
      // (the board reloads after the move and on its live events).
      const moved = rideOn(after.shift_id);
      await moved.waitFor();
      await rideOn(before.shift_id).waitFor({ state: 'detached' });
      // Playwright cannot scroll in the middle of a drag (a person lets the page scroll): when
      // the drop target lies below the fold, the mouse goes down and up with no dragstart. The
      // routes are often taller than the window, so the whole board goes in the window.
      const boardHeight = await page.evaluate<number>('document.documentElement.scrollHeight');
      await page.setViewportSize({ width: 1280, height: boardHeight + 200 });
      await moved.dragTo(routeOf(before.shift_id));
      await page.locator('#move-target').waitFor();
      assert(
        (await page.locator('#move-target').inputValue()) === before.shift_id,
        'the drop target is the chosen route',
      );
      await shot(page, '13-board-drag');
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.setViewportSize({ width: 1280, height: 900 });
      // The rider's page follows on its next poll (no event stream for a ride on another day):
      // the new version shows without a reload.
      await rider.page.clock.fastForward(POLL_JUMP);
      await rider.page.locator(`[data-booking="${bookingId}"][data-version="${after.version}"]`).waitFor();
      await shot(rider.page, '14-rider-after-reassign');
      await rider.ctx.close();
      await ctx.close();
    });

    await test('board: an ended ride offers no move, a no-show has no drop-off on its route (walk t18, findings 1 and 11)', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      const tomorrow = addDaysToLocalDate(localDateOf(testNow()), 1);
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(tomorrow);
      await page.locator('[data-testid="route-ride"]').first().waitFor();
      // A route of tomorrow with two rides still to come: one becomes a no-show, one completed.
      const shiftIds = await page
        .locator('[data-testid="route"] h3[id^="route-"]')
        .evaluateAll((els) => els.map((e) => e.id.slice('route-'.length)));
      const rows = (await ds.query(
        `SELECT id, shift_id, version FROM booking
          WHERE shift_id = ANY($1::uuid[]) AND status = 'SCHEDULED' ORDER BY shift_id, planned_pickup_at`,
        [shiftIds],
      )) as { id: string; shift_id: string; version: number }[];
      const shiftId = shiftIds.find((id) => rows.filter((r) => r.shift_id === id).length >= 2);
      assert(shiftId, 'a route with two scheduled rides');
      const [noShow, done] = rows.filter((r) => r.shift_id === shiftId);
      const route = page.locator('[data-testid="route"]').filter({ has: page.locator(`#route-${shiftId}`) });
      const count = async () => ({
        dropoffs: await route.locator('.stop-dropoff').count(),
        moves: await route.getByRole('button', { name: /^Move the ride/ }).count(),
        pickups: await route.locator('[data-testid="route-ride"]').count(),
      });
      const before = await count();
      assert(before.moves === before.pickups, `every scheduled ride can move: ${JSON.stringify(before)}`);
      try {
        // As the driver's reports leave them: a no-show's drop-off is off the route (driver.service).
        await ds.query(`UPDATE booking SET status = 'NO_SHOW', version = version + 1 WHERE id = $1`, [
          noShow!.id,
        ]);
        await ds.query(`UPDATE booking SET status = 'COMPLETED', version = version + 1 WHERE id = $1`, [
          done!.id,
        ]);
        await page.getByRole('button', { name: 'Refresh', exact: true }).click();
        const after = await waitFor(async () => {
          const c = await count();
          return c.moves === before.moves - 2 ? c : null;
        }, 'no Move on the ended rides');
        assert(after.pickups === before.pickups, `the ended rides stay listed: ${JSON.stringify(after)}`);
        // The no-show's own drop-off, not a count of the route's (another flow may add or end a
        // ride on tomorrow's routes meanwhile: a full run saw the count stay while this one went).
        const noShowDropoffs = await route.locator(`.stop-dropoff[data-ride="${noShow!.id}"]`).count();
        const doneDropoffs = await route.locator(`.stop-dropoff[data-ride="${done!.id}"]`).count();
        assert(
          noShowDropoffs === 0 && doneDropoffs === 1,
          `the no-show's drop-off is gone, the completed ride's stays: ${JSON.stringify({ noShowDropoffs, doneDropoffs, ...after })}`,
        );
        await axe(page, 'board (ended rides)');
      } finally {
        for (const r of [noShow!, done!])
          await ds.query(`UPDATE booking SET status = 'SCHEDULED', version = $2 WHERE id = $1`, [
            r.id,
            r.version,
          ]);
        await ctx.close();
      }
    });

    await test("board: late is minutes past the rider's window, one figure on the list and the timeline; behind its plan says so in other words (walk t22 m3, t23 M2)", async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      const tomorrow = addDaysToLocalDate(localDateOf(testNow()), 1);
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(tomorrow);
      await page.locator('[data-testid="route-ride"]').first().waitFor();
      const shiftIds = await page
        .locator('[data-testid="route"] h3[id^="route-"]')
        .evaluateAll((els) => els.map((e) => e.id.slice('route-'.length)));
      const stops = (await ds.query(
        `SELECT rs.booking_id, rs.planned_at, b.dropoff_latest FROM route_stop rs JOIN booking b ON b.id = rs.booking_id
          WHERE rs.shift_id = ANY($1::uuid[]) AND rs.kind = 'DROPOFF' AND b.status = 'SCHEDULED'
          ORDER BY rs.planned_at LIMIT 2`,
        [shiftIds],
      )) as { booking_id: string; planned_at: Date; dropoff_latest: Date }[];
      assert(stops.length === 2, 'two scheduled rides on routes');
      const [late, behind] = stops as [(typeof stops)[0], (typeof stops)[0]];
      const plan = (s: { booking_id: string }, at: Date) =>
        ds.query(`UPDATE route_stop SET planned_at = $2 WHERE booking_id = $1 AND kind = 'DROPOFF'`, [
          s.booking_id,
          at,
        ]);
      try {
        // One drop-off planned 12 min after the latest arrival its rider was promised: late by 12,
        // nothing behind (the old list said nothing, the timeline "Late 12 min").
        await plan(late, new Date(late.dropoff_latest.getTime() + 12 * 60_000));
        // Another planned 19 minutes ago and not reached: behind its plan, but its rider's window
        // (tomorrow) is far off, so not late (the old list said "late by 19 min", the timeline nothing).
        await plan(behind, new Date(testNow().getTime() - 19 * 60_000));
        await page.getByRole('button', { name: 'Refresh', exact: true }).click();
        const listed = (s: { booking_id: string }) =>
          page.locator(`.stop-dropoff[data-ride="${s.booking_id}"]`);
        const block = (s: { booking_id: string }) =>
          page.locator(`[data-testid="timeline-stop"][data-booking="${s.booking_id}"][data-kind="DROPOFF"]`);
        await listed(behind).getByTestId('stop-behind').waitFor();
        await listed(late).getByTestId('stop-late').waitFor();
        const lateText = (await listed(late).textContent()) ?? '';
        assert(
          /late: 12 min after the window/.test(lateText),
          `the list: 12 min past the window: ${lateText}`,
        );
        const lateBlock = (await block(late).getByTestId('timeline-mark').textContent()) ?? '';
        assert(
          (await block(late).getAttribute('data-mark')) === 'late' && /Late 12 min/.test(lateBlock),
          `the timeline: the same 12 min: ${lateBlock}`,
        );
        const behindText = (await listed(behind).textContent()) ?? '';
        assert(
          /now expected at \d\d:\d\d/.test(behindText) &&
            /(19|20) min behind plan, within the window/.test(behindText) &&
            !/late/i.test(behindText),
          `the list: its new time, behind its plan and not late: ${behindText}`,
        );
        assert(
          (await block(behind).getAttribute('data-mark')) !== 'late',
          'the timeline does not mark it late either',
        );
        await axe(page, 'board (a late stop)');
      } finally {
        for (const s of stops) await plan(s, s.planned_at);
        await ctx.close();
      }
    });

    await test('override: the dispatcher sees whom it makes late, gives a reason and confirms (issue 18)', async () => {
      // Ten days ahead (a day no other flow books or plans), on a provider of its own: a dialysis ride on a plain van, a wheelchair
      // ride on a ramp van far away at nearly the same time. Moving the wheelchair ride onto the
      // plain van does not fit (no ramp) and would make the dialysis rider late.
      const fx = new Fixtures(ds);
      const at = (hhmm: string) => dayAt(10, hhmm);
      const centre = { lat: PLACES.dialysisCentre.lat - 0.03, lon: PLACES.dialysisCentre.lon };
      const near = (dLat: number, dLon: number) => ({ lat: centre.lat + dLat, lon: centre.lon + dLon });
      const provider = await fx.provider([ASTANA], ASTANA);
      const plain = await fx.shift(provider, {
        depot: near(0, 0),
        startsAt: at('06:00'),
        endsAt: at('19:00'),
      });
      const [{ plate }] = (await ds.query(`SELECT plate FROM vehicle WHERE id = $1`, [plain.vehicleId])) as {
        plate: string;
      }[];
      const rider = await fx.beneficiary();
      await ds.query(`UPDATE beneficiary SET full_name = 'Ахметова Айгерим Болатовна' WHERE id = $1`, [
        rider,
      ]);
      const ride = (o: Parameters<Fixtures['accepted']>[0]) =>
        fx.accepted({ ...o, regionKato: ASTANA, pickupKato: DISTRICT.saryarka });
      const placed = (id: string) =>
        waitFor(async () => {
          const [b] = (await ds.query(`SELECT status, shift_id FROM booking WHERE id = $1`, [id])) as {
            status: string;
            shift_id: string | null;
          }[];
          return b.status === 'SCHEDULED' ? b.shift_id : null;
        }, 'the ride placed by dispatch');
      const dialysis = (
        await ride({
          pickup: near(0.004, 0.004),
          dropoff: { lat: PLACES.dialysisCentre.lat, lon: PLACES.dialysisCentre.lon },
          pickupAt: at('07:00'),
          purpose: 'HAEMODIALYSIS',
          beneficiaryId: rider,
          mobility: { ...NO_MOBILITY_NEEDS, visual: true },
        })
      ).id;
      await ds.query(`UPDATE booking SET pickup_address = 'улица Иманова, 11' WHERE id = $1`, [dialysis]);
      assert((await placed(dialysis)) === plain.shiftId, 'the dialysis ride is on the plain van');
      const ramp = await fx.shift(provider, {
        depot: near(0.1, 0.1),
        startsAt: at('06:00'),
        endsAt: at('19:00'),
        vehicle: { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true },
      });
      const chair = (
        await ride({
          pickup: near(0.11, 0.1),
          dropoff: near(0.12, 0.13),
          pickupAt: at('06:55'),
          wheelchair: true,
        })
      ).id;
      await ds.query(`UPDATE booking SET pickup_address = 'улица Кенесары, 40' WHERE id = $1`, [chair]);
      assert((await placed(chair)) === ramp.shiftId, 'the wheelchair ride is on the ramp van');
      // A rider who walks, next to her at the same time: his ride may be overridden onto the plain van.
      const far = (
        await ride({
          pickup: near(0.111, 0.1),
          dropoff: near(0.12, 0.131),
          pickupAt: at('06:55'),
        })
      ).id;
      await ds.query(`UPDATE booking SET pickup_address = 'улица Кенесары, 42' WHERE id = $1`, [far]);
      assert((await placed(far)) === ramp.shiftId, 'the walking ride is on the ramp van');

      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(localDateOf(at('12:00')));
      const moveOf = (address: string) =>
        page
          .locator(`[data-testid="route"]`)
          .filter({ has: page.locator(`#route-${ramp.shiftId}`) })
          .getByRole('button', { name: new RegExp(`^Move the ride from ${address} at`) });
      // The wheelchair ride onto a van with no ramp, no lift, no wheelchair place: no override offered.
      await moveOf('Kenesary Street, 40').click();
      await page.locator('#move-target').selectOption(plain.shiftId);
      const answer = page.locator('#move-answer[data-feasible="false"]');
      await answer.waitFor();
      const said = (await answer.textContent()) ?? '';
      assert(said.includes(plate), `the refusal names the vehicle's plate: ${said}`);
      assert(/neither a ramp nor a lift/.test(said), `the refusal names the missing equipment: ${said}`);
      assert(!said.includes(plain.shiftId), 'no shift id shown');
      const refused = (await page.getByTestId('override-refused').textContent()) ?? '';
      assert(/an override may bend times, never equipment or seats/.test(refused), `why not: ${refused}`);
      assert(
        (await page.getByRole('button', { name: 'Override and assign' }).count()) === 0,
        'no override offered for missing equipment',
      );
      assert((await page.getByLabel('Reason for overriding').count()) === 0, 'no reason asked for');
      await axe(page, 'board (override refused: equipment)');
      await page.locator('.move-panel').getByRole('button', { name: 'Back' }).click();
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      // The walking rider's ride: times may bend, so the override is offered with what it does.
      await moveOf('Kenesary Street, 42').click();
      await page.locator('#move-target').selectOption(plain.shiftId);
      await answer.waitFor();
      const own = (await page.getByTestId('override-own-times').textContent()) ?? '';
      assert(
        /pick-up about \d\d:\d\d, arrival about \d\d:\d\d/.test(own),
        `the ride's own new times: ${own}`,
      );
      const row = page.getByTestId('override-affected').getByRole('row', { name: /Ахметова А\. Б\./ });
      await row.waitFor();
      const rowText = (await row.textContent()) ?? '';
      assert(/dialysis/.test(rowText), `the rider is marked dialysis: ${rowText}`);
      assert(/07:00–07:15/.test(rowText), `her window is shown: ${rowText}`);
      assert(/pick-up \d+ min after the window/.test(rowText), `how late she is picked up: ${rowText}`);
      assert(/arrives \d+ min late/.test(rowText), `how late she arrives: ${rowText}`);
      const override = page.getByRole('button', { name: 'Override and assign' });
      assert(await override.isDisabled(), 'no override before a reason and the confirmation');
      // Next to the disabled button, what is still missing (walk t18, finding 5).
      const missing = page.getByTestId('override-missing');
      const missingSaid = (await missing.textContent()) ?? '';
      assert(
        /choose a reason/.test(missingSaid) && /tick that you see the riders/.test(missingSaid),
        `what is missing: ${missingSaid}`,
      );
      assert(
        (await override.getAttribute('aria-describedby')) === 'override-missing',
        'the button is described by what is missing',
      );
      await axe(page, 'board (override: consequences shown)');
      await shot(page, '15-board-override-consequences');
      // "Other" needs the dispatcher's own words; the riders hurt need an explicit confirmation.
      await page.getByLabel('Reason for overriding').selectOption('OTHER');
      await page.getByLabel(/In your own words \(required/).waitFor();
      const confirm = page.getByRole('checkbox', { name: /I have seen the riders above \(1\)/ });
      await confirm.waitFor({ state: 'attached' });
      await page.locator('.move-panel .checkbox').click();
      assert(await confirm.isChecked(), 'the confirmation is ticked');
      assert(await override.isDisabled(), 'no override without the words "Other" needs');
      const stillSaid = (await missing.textContent()) ?? '';
      assert(
        /describe the reason/.test(stillSaid) && !/tick/.test(stillSaid),
        `only the words miss: ${stillSaid}`,
      );
      await page.getByLabel(/In your own words/).fill('она пересядет на сиденье, коляска складная');
      assert(!(await override.isDisabled()), 'the override is possible now');
      assert((await missing.count()) === 0, 'nothing is said missing once all is given');
      await axe(page, 'board (override: reason and confirmation)');
      await override.click();
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      await until(
        page,
        `[...document.querySelectorAll('[aria-live]')].some((e) => /Riders told their new time: 1/.test(e.textContent ?? ''))`,
        'the move announced with the riders told',
      );
      const [saved] = (await ds.query(`SELECT shift_id FROM booking WHERE id = $1`, [far])) as {
        shift_id: string;
      }[];
      assert(saved.shift_id === plain.shiftId, 'the override is saved');
      // The plain van's late-risk warning names her and what she needs, as her stop does, then
      // the address and time (it named the address alone).
      const lateRisk = page
        .locator('[data-testid="route"]')
        .filter({ has: page.locator(`#route-${plain.shiftId}`) })
        .locator('ul.warnings li', { hasText: 'Late risk' });
      await lateRisk
        .first()
        .waitFor({ timeout: 15000 })
        .catch(async () => {
          throw new Error(
            `a late-risk warning on the plain van: ${await page.locator('ul.warnings').allTextContents()}`,
          );
        });
      const warned = (await lateRisk.first().textContent()) ?? '';
      assert(
        /^⚠ Warning: Late risk: Ахметова А\. Б\. · Visual impairment, улица Иманова, 11, \d\d:\d\d$/.test(
          warned.trim(),
        ),
        `the warning names the rider, her needs, the address and the time: ${warned}`,
      );
      await axe(page, 'board (late risk named)');
      await waitFor(
        async () =>
          (
            (await ds.query(
              `SELECT 1 FROM notification WHERE booking_id = $1 AND kind = 'PICKUP_TIME_CHANGED'`,
              [dialysis],
            )) as unknown[]
          ).length === 1,
        'the dialysis rider told her new time',
      );
      await ctx.close();
    });

    await test('rescue move (walk t23): a ride whose pickup has passed goes to another van from now, said late in the panel, saved at the real time', async () => {
      // Today, on a provider of its own: the ride's window began 40 minutes ago and its van has
      // not come; a second van takes it over. The move may be made (an override with a reason),
      // but the panel says the rider will be picked up late and when, never a time in the past.
      const fx = new Fixtures(ds);
      const now = testNow();
      const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);
      const centre = { lat: PLACES.rehabCentre.lat - 0.03, lon: PLACES.rehabCentre.lon };
      const near = (dLat: number, dLon: number) => ({ lat: centre.lat + dLat, lon: centre.lon + dLon });
      const provider = await fx.provider([ASTANA], ASTANA);
      const window = {
        startsAt: minute(now.getTime() - 3 * 3_600_000),
        endsAt: minute(now.getTime() + 5 * 3_600_000),
      };
      const slow = await fx.shift(provider, { depot: near(0, 0), ...window });
      const ride = (
        await fx.accepted({
          pickup: near(0.004, 0.004),
          dropoff: near(0.03, 0.03),
          pickupAt: minute(now.getTime() - 40 * 60_000),
          regionKato: ASTANA,
          pickupKato: DISTRICT.saryarka,
        })
      ).id;
      await ds.query(`UPDATE booking SET pickup_address = 'улица Акжол, 7' WHERE id = $1`, [ride]);
      await waitFor(async () => {
        const [b] = (await ds.query(`SELECT status, shift_id FROM booking WHERE id = $1`, [ride])) as {
          status: string;
          shift_id: string | null;
        }[];
        return b.status === 'SCHEDULED' && b.shift_id === slow.shiftId ? true : null;
      }, 'the ride on its late van');
      // (The worker plans from now: it put the ride on its van already late, never in the past.)
      const rescue = await fx.shift(provider, { depot: near(0.01, 0.01), ...window });
      const [{ plate }] = (await ds.query(`SELECT plate FROM vehicle WHERE id = $1`, [rescue.vehicleId])) as {
        plate: string;
      }[];
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(localDateOf(minute(now.getTime() - 40 * 60_000)));
      await page
        .locator('[data-testid="route"]')
        .filter({ has: page.locator(`#route-${slow.shiftId}`) })
        .getByRole('button', { name: /^Move the ride from улица Акжол, 7 at/ })
        .click();
      await page.locator('#move-target').selectOption(rescue.shiftId);
      const answer = page.locator('#move-answer[data-feasible="false"]');
      await answer.waitFor();
      const said = (await answer.textContent()) ?? '';
      const late = new RegExp(
        `Vehicle ${plate} would pick up the rider of the ride .*only at (\\d\\d:\\d\\d), (\\d+) min after the window`,
      ).exec(said);
      assert(late, `the panel says the rider will be picked up late, and when: ${said}`);
      assert(Number(late[2]) >= 25, `late by the minutes since the window closed: ${late[2]}`);
      const own = (await page.getByTestId('override-own-times').textContent()) ?? '';
      assert(own.includes(`pick-up about ${late[1]}`), `the ride's own new pick-up is that time: ${own}`);
      // Not in the past: the new pick-up is after now (on the clock face, within the next hours).
      const onFace = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
      const ahead = (onFace(late[1]!) - onFace(localTimeOf(now)) + 1440) % 1440;
      assert(ahead < 180, `the new pick-up ${late[1]} is not before now (${localTimeOf(now)})`);
      await axe(page, 'board (rescue move: picked up late)');
      await page.getByLabel('Reason for overriding').selectOption('OTHER');
      await page.getByLabel(/In your own words/).fill('машина опаздывает, выручает другая');
      await page.getByRole('button', { name: 'Override and assign' }).click();
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      const [saved] = (await ds.query(`SELECT shift_id, planned_pickup_at FROM booking WHERE id = $1`, [
        ride,
      ])) as {
        shift_id: string;
        planned_pickup_at: Date;
      }[];
      assert(saved.shift_id === rescue.shiftId, 'the ride is on the rescue van');
      assert(
        saved.planned_pickup_at.getTime() >= now.getTime() &&
          localTimeOf(saved.planned_pickup_at) === late[1],
        `saved at the time the panel said, not in the past: ${saved.planned_pickup_at.toISOString()}`,
      );
      await ctx.close();
    });

    await test('timeline: a trip dragged onto a row while the page scrolls and one placed by keyboard are assigned the same way (issue 23)', async () => {
      // Seventeen days ahead (a day of its own), on a provider of its own: two rides wait for a
      // vehicle (no shift that day when they came), then two vans start their shifts; a third van
      // runs late (its planned pick-ups moved past and close to the windows' ends, as traffic does).
      await dispatchQuiet();
      const fx = new Fixtures(ds);
      const at = (hhmm: string) => dayAt(17, hhmm);
      const centre = { lat: PLACES.dialysisCentre.lat - 0.02, lon: PLACES.dialysisCentre.lon + 0.02 };
      const near = (dLat: number, dLon: number) => ({ lat: centre.lat + dLat, lon: centre.lon + dLon });
      const provider = await fx.provider([ASTANA], ASTANA);
      const ride = async (hhmm: string, address: string, dLat: number) => {
        const { id } = await fx.accepted({
          pickup: near(dLat, 0.002),
          dropoff: near(dLat + 0.01, 0.012),
          pickupAt: at(hhmm),
          regionKato: ASTANA,
          pickupKato: DISTRICT.saryarka,
        });
        await ds.query(`UPDATE booking SET pickup_address = $2 WHERE id = $1`, [id, address]);
        return id;
      };
      const settled = (id: string, status: string) =>
        waitFor(async () => (await fx.booking(id)).status === status, `the ride ${status} by dispatch`);
      const dragged = await ride('08:00', 'улица Сыганак, 10', 0);
      const keyed = await ride('08:30', 'улица Сыганак, 14', 0.001);
      const third = await ride('09:30', 'улица Сыганак, 18', 0.002);
      await settled(dragged, 'WAITLISTED');
      await settled(keyed, 'WAITLISTED');
      await settled(third, 'WAITLISTED');
      const shiftOn = () => fx.shift(provider, { depot: centre, startsAt: at('07:00'), endsAt: at('16:00') });
      // The running-late van first: dispatch places its rides there, the only van of the day then.
      const late = await shiftOn();
      const lateRide = await ride('11:00', 'улица Бейбитшилик, 2', 0.003);
      const riskRide = await ride('13:00', 'улица Бейбитшилик, 4', 0.004);
      await settled(lateRide, 'SCHEDULED');
      await settled(riskRide, 'SCHEDULED');
      assert((await fx.booking(lateRide)).shift_id === late.shiftId, 'the late rides are on the first van');
      const target = await shiftOn();
      const other = await shiftOn();
      const [{ plate }] = (await ds.query(`SELECT plate FROM vehicle WHERE id = $1`, [target.vehicleId])) as {
        plate: string;
      }[];
      // Both stops of a ride move so that its pick-up comes `by` after the window's end: 12 min
      // after (late), 2 min before it (at risk), as the board's planned times.
      const runLate = (id: string, by: string) =>
        ds.query(
          `WITH moved AS (
             UPDATE route_stop r SET planned_at = r.planned_at + ((b.pickup_latest + $2::interval) - p.planned_at)
               FROM booking b JOIN route_stop p ON p.booking_id = b.id AND p.kind = 'PICKUP'
              WHERE b.id = r.booking_id AND r.booking_id = $1
              RETURNING r.kind, r.planned_at)
           -- The ride's own planned times with its stops', as a re-timing writes them: the board's
           -- timeline reads both (two requests), and they must not disagree whichever comes first.
           UPDATE booking SET planned_pickup_at = (SELECT planned_at FROM moved WHERE kind = 'PICKUP'),
                  planned_dropoff_at = (SELECT planned_at FROM moved WHERE kind = 'DROPOFF')
            WHERE id = $1`,
          [id, by],
        );
      await runLate(lateRide, '12 minutes');
      await runLate(riskRide, '-2 minutes');

      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(localDateOf(at('12:00')));
      const timeline = page.getByTestId('timeline');
      const row = (shiftId: string) => timeline.locator(`[data-drop-shift="${shiftId}"]`);
      const trip = (id: string) =>
        timeline.locator(`[data-testid="timeline-trip"][data-booking="${id}"] button`);
      const stop = (id: string, kind: string) =>
        timeline.locator(`[data-testid="timeline-stop"][data-booking="${id}"][data-kind="${kind}"]`);
      await trip(dragged).waitFor();
      await trip(keyed).waitFor();
      await stop(riskRide, 'PICKUP').waitFor();
      // Late and at risk by shape and words, not colour alone; the window is told with the time.
      const lateStop = stop(lateRide, 'PICKUP');
      assert((await lateStop.getAttribute('data-mark')) === 'late', 'the late pick-up is marked late');
      const lateText = (await lateStop.textContent()) ?? '';
      assert(/Late 12 min/.test(lateText), `late, in words: ${lateText}`);
      assert(/window \d\d:\d\d–\d\d:\d\d/.test(lateText), `its window, in words: ${lateText}`);
      assert(
        (await stop(riskRide, 'PICKUP').getAttribute('data-mark')) === 'atRisk' &&
          /At risk/.test((await stop(riskRide, 'PICKUP').textContent()) ?? ''),
        'the pick-up near its window end is at risk, in words',
      );
      assert((await stop(riskRide, 'DROPOFF').getAttribute('data-mark')) === 'none', 'its drop-off is not');
      await axe(page, 'board (timeline)');
      await shot(page, '16-board-timeline');
      await timeline.screenshot({ path: join(ARTIFACTS, '16-board-timeline-detail.png') });

      // By pointer: down on the ride, the page scrolls in the middle of the drag (by the wheel) so
      // that another ride lies under the starting point, then let go over the first van's row.
      await trip(dragged).scrollIntoViewIfNeeded();
      const from = (await trip(dragged).boundingBox())!;
      const next = (await trip(keyed).boundingBox())!;
      const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x - 30, start.y + 10, { steps: 5 });
      const scrolledFrom = await page.evaluate<number>('window.scrollY');
      await page.mouse.wheel(0, next.y - from.y);
      await waitFor(
        async () => (await page.evaluate<number>('window.scrollY')) !== scrolledFrom,
        'the page scrolled during the drag',
      );
      const underStart = await page.evaluate<string | null>(
        `document.elementFromPoint(${start.x}, ${start.y})?.closest('[data-booking]')?.getAttribute('data-booking') ?? null`,
      );
      assert(underStart !== dragged, 'after the scroll another element lies where the drag began');
      // Let go over the row's hours (the part of the row scrolled into its region), not its name.
      const onto = (await row(target.shiftId).boundingBox())!;
      const region = (await timeline.locator('.tl-scroll').boundingBox())!;
      await page.mouse.move(region.x + region.width - 60, onto.y + onto.height / 2, { steps: 10 });
      await row(target.shiftId).and(timeline.locator('.tl-over')).waitFor();
      await shot(page, '16-board-timeline-drag');
      await page.mouse.up();
      await page.locator('#move-target').waitFor();
      assert(
        (await page.locator('#move-target').inputValue()) === target.shiftId,
        'the row let go over is the chosen vehicle',
      );
      const title = (await page.locator('#move-title').textContent()) ?? '';
      assert(/Syganak Street, 10/.test(title), `the ride pressed on is the one moved: ${title}`);
      await page.locator('#move-answer[data-feasible="true"]').waitFor();
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      await stop(dragged, 'PICKUP')
        .and(row(target.shiftId).locator('[data-testid="timeline-stop"]'))
        .waitFor();

      // By keyboard: select the other ride, Escape lets go (focus stays on it), select again,
      // arrows to the same van's "Put here", Enter; the same check, confirmed by keyboard.
      await trip(keyed).focus();
      await page.keyboard.press('Enter');
      assert((await trip(keyed).getAttribute('aria-pressed')) === 'true', 'the ride is selected');
      await until(
        page,
        `document.activeElement?.classList.contains('tl-target')`,
        'focus on a row to put it on',
      );
      await page.keyboard.press('Escape');
      await until(
        page,
        `document.activeElement?.getAttribute('data-pick') === ${JSON.stringify(keyed)}`,
        'focus back on the ride',
      );
      assert((await trip(keyed).getAttribute('aria-pressed')) === 'false', 'Escape let go of the ride');
      assert((await timeline.locator('.tl-target').count()) === 0, 'no row offered without a ride');
      await page.keyboard.press('Space');
      await until(page, `document.activeElement?.classList.contains('tl-target')`, 'focus on a row');
      const offered = await timeline
        .locator('.tl-target')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-shift')));
      assert(offered.length === 3, `every van of the day is offered: ${offered.length}`);
      await axe(page, 'board (timeline, ride selected)');
      for (let i = 0; i < offered.length; i++) {
        if (
          (await page.evaluate<string | null>(`document.activeElement?.getAttribute('data-shift')`)) ===
          target.shiftId
        )
          break;
        await page.keyboard.press('ArrowDown');
      }
      const focused = await page.evaluate<string>(`document.activeElement?.getAttribute('aria-label') ?? ''`);
      assert(
        // Not yet planned: said by its window, not the window's start as a time (walk t23).
        /^Put here: the trip from Syganak Street, 14, pickup window \d\d:\d\d–\d\d:\d\d, on /.test(focused) &&
          focused.includes(plate),
        `the button says which ride goes on which van: ${focused}`,
      );
      await page.keyboard.press('Enter');
      await page.locator('#move-answer[data-feasible="true"]').waitFor();
      assert(
        (await page.locator('#move-target').inputValue()) === target.shiftId,
        'the row chosen by keyboard',
      );
      assert(
        /Syganak Street, 14/.test((await page.locator('#move-title').textContent()) ?? ''),
        'the ride selected by keyboard is the one moved',
      );
      await axe(page, 'board (timeline, move checked)');
      await page.getByRole('button', { name: 'Confirm', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      // Focus follows the ride to its block on the van's row (not BODY), and the page's status
      // region says where it went (walk t23 minor 1).
      await until(
        page,
        `document.activeElement?.getAttribute('data-pick') === ${JSON.stringify(keyed)} &&
          document.activeElement?.closest('[data-drop-shift]')?.getAttribute('data-drop-shift') === ${JSON.stringify(target.shiftId)}`,
        "focus on the moved ride's block on its new row",
      );
      assert(
        ((await page.locator('[role="status"][data-testid="board-said"]').textContent()) ?? '').trim() !== '',
        'the move announced in the status region',
      );
      // And no live region still tells to choose a row for it (walk t23 minor: "Selected: the trip…").
      const live = await page.locator('[aria-live]').allTextContents();
      assert(
        !live.some((x) => /Selected:|Choose a vehicle row/.test(x)),
        `no stale selection in the live regions: ${JSON.stringify(live)}`,
      );

      // The same way: both scheduled on that van by a dispatcher's assignment, both on its route.
      const a = await fx.booking(dragged);
      const b = await fx.booking(keyed);
      for (const [how, x] of [
        ['drag', a],
        ['keyboard', b],
      ] as const)
        assert(
          x.status === 'SCHEDULED' && x.shift_id === target.shiftId && x.status_reason === 'MANUAL_ASSIGN',
          `${how}: ${x.status} ${x.status_reason} on ${x.shift_id === target.shiftId ? 'the van' : x.shift_id}`,
        );
      const onRoute = (await fx.stops(target.shiftId)).map((s) => `${s.booking_id}:${s.kind}`);
      for (const id of [dragged, keyed])
        assert(
          onRoute.includes(`${id}:PICKUP`) && onRoute.includes(`${id}:DROPOFF`),
          'both rides are stops of the van',
        );
      // The timeline follows: both on the van's row, nothing left to place.
      await stop(keyed, 'PICKUP').and(row(target.shiftId).locator('[data-testid="timeline-stop"]')).waitFor();
      await trip(keyed).waitFor({ state: 'detached' });
      await shot(page, '16-board-timeline-assigned');
      // Live: a ride another dispatcher assigns appears on its row and leaves the list, no reload.
      await postAs('dispatcher (Astana', `/dispatch/bookings/${third}/assign`, {
        shiftId: other.shiftId,
        expectedVersion: (await fx.booking(third)).version,
      });
      await stop(third, 'PICKUP').and(row(other.shiftId).locator('[data-testid="timeline-stop"]')).waitFor();
      await trip(third).waitFor({ state: 'detached' });
      // A ride on a route is dragged to another row the same way: the move panel, that row chosen.
      // Both in sight, the row let go over and the block pressed on (its row is below it): only
      // scrolling the block into view left the row above the window when the page sat lower.
      await row(other.shiftId).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await stop(dragged, 'PICKUP').locator('button').scrollIntoViewIfNeeded();
      const block = (await stop(dragged, 'PICKUP').locator('button').boundingBox())!;
      await page.mouse.move(block.x + block.width / 2, block.y + block.height / 2);
      await page.mouse.down();
      const otherRow = (await row(other.shiftId).boundingBox())!;
      const region2 = (await timeline.locator('.tl-scroll').boundingBox())!;
      await page.mouse.move(region2.x + region2.width - 60, otherRow.y + otherRow.height / 2, { steps: 10 });
      await page.mouse.up();
      await page.locator('#move-answer').waitFor();
      assert(
        (await page.locator('#move-target').inputValue()) === other.shiftId &&
          /Syganak Street, 10/.test((await page.locator('#move-title').textContent()) ?? ''),
        'the ride on the route, onto the row let go over',
      );
      await page.locator('.move-panel').getByRole('button', { name: 'Back' }).click();
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      // Off its route without a drag: select the ride's block, then "Take off the route".
      await stop(third, 'PICKUP').locator('button').focus();
      await page.keyboard.press('Enter');
      // On a route: said at its block's time, the planned pickup (walk t23).
      const thirdAt = localTimeOf((await fx.booking(third)).planned_pickup_at as Date);
      const off = timeline.getByRole('button', {
        name: `Take off the route (unassign): the trip from Syganak Street, 18 at ${thirdAt}`,
        exact: true,
      });
      await off.waitFor();
      await axe(page, "board (timeline, a route's ride selected)");
      await off.focus();
      await page.keyboard.press('Enter');
      await page.locator('#move-target').waitFor();
      assert(
        (await page.locator('#move-target').inputValue()) === 'unassign',
        'the move panel takes it off the route',
      );
      await page.keyboard.press('Escape');
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      assert((await fx.booking(third)).shift_id === other.shiftId, 'nothing changed without a confirmation');
      await ctx.close();
    });

    await test('dispatcher previews a re-plan of tomorrow, applies it and undoes it', async () => {
      // A ride of tomorrow that lost its vehicle (as after a breakdown) waits on the waitlist;
      // one no dispatcher placed by hand, so the re-plan may place it.
      const day = addDaysToLocalDate(localDateOf(testNow()), 1);
      const [ride] = (await ds.query(
        `SELECT b.id FROM booking b
          WHERE b.status = 'SCHEDULED' AND b.pickup_earliest >= $1 AND b.pickup_earliest < $2 AND NOT b.confirmed_to_driver
            AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'booking' AND a.entity_id = b.id::text
                             AND a.action IN ('booking.reassigned', 'booking.assign_override'))
          ORDER BY b.pickup_earliest DESC LIMIT 1`,
        [new Date(`${day}T00:00:00+05:00`), new Date(`${day}T23:59:59+05:00`)],
      )) as { id: string }[];
      assert(ride, 'a scheduled ride tomorrow');
      await ds.query(
        `WITH gone AS (DELETE FROM route_stop WHERE booking_id = $1 AND actual_at IS NULL)
         UPDATE booking SET status = 'WAITLISTED', shift_id = NULL, planned_pickup_at = NULL, planned_dropoff_at = NULL,
                status_reason = 'NO_FEASIBLE_INSERTION', version = version + 1 WHERE id = $1`,
        [ride.id],
      );
      const statusOf = async () =>
        ((await ds.query(`SELECT status FROM booking WHERE id = $1`, [ride.id])) as { status: string }[])[0]
          .status;
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('button', { name: /^Re-plan/ }).click();
      await page.locator('#plan-progress').waitFor();
      await page
        .locator('.plan-progress:not([data-status="QUEUED"]):not([data-status="RUNNING"])')
        .waitFor({ timeout: 30000 });
      const state = await page.locator('.plan-progress').getAttribute('data-status');
      assert(
        state === 'PROPOSED',
        `a proposal: ${state} ${await page.locator('.plan-progress').textContent()}`,
      );
      // The preview: figures before and after, and the ride served from the waitlist, in words.
      await page.getByRole('table', { name: 'Before and after the re-plan' }).waitFor();
      const row = page
        .getByRole('table', { name: 'Rides the re-plan changes' })
        .locator(`tr[data-booking="${ride.id}"]`);
      assert((await row.getAttribute('data-kind')) === 'SERVED', 'the ride is served from the waitlist');
      assert(/served from the waitlist/.test((await row.textContent()) ?? ''), 'said in words');
      assert((await statusOf()) === 'WAITLISTED', 'nothing changed before Apply');
      await axe(page, 'board (re-plan proposal)');
      await shot(page, '15-board-replan-proposal');
      // At 320 px the proposal's tables scroll in their own regions, never the board (walk F13:
      // the board was 511 px wide).
      await page.setViewportSize({ width: 320, height: 800 });
      const sideways = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      assert(sideways <= 1, `the board with a re-plan proposal at 320 px scrolls sideways by ${sideways} px`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: 'Apply the proposal' }).click();
      await page.locator('.plan-progress[data-status="APPLIED"]').waitFor();
      assert((await statusOf()) === 'SCHEDULED', 'applied: the ride is scheduled');
      await axe(page, 'board (re-plan applied)');
      await page.getByRole('button', { name: 'Undo the re-plan' }).click();
      await page.locator('.plan-progress[data-status="UNDONE"]').waitFor();
      assert((await statusOf()) === 'WAITLISTED', 'undone: back on the waitlist');
      await axe(page, 'board (re-plan undone)');
      await shot(page, '15-board-replan-undone');
      await ctx.close();
    });

    await test('re-plan of a day with no shifts says there is nothing to change, in a sentence, with no table of zeros (walk t23 m6)', async () => {
      // The first day from five weeks on with no shift in any region: nothing to plan there.
      let day = addDaysToLocalDate(localDateOf(testNow()), 35);
      for (;;) {
        const [{ n }] = (await ds.query(
          `SELECT count(*)::int AS n FROM shift WHERE starts_at < $2 AND ends_at > $1`,
          [new Date(`${day}T00:00:00+05:00`), new Date(`${day}T23:59:59+05:00`)],
        )) as { n: number }[];
        if (n === 0) break;
        day = addDaysToLocalDate(day, 1);
      }
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByLabel('Date of the re-plan').fill(day);
      await page.getByRole('button', { name: /^Re-plan/ }).click();
      const done = page.locator('.plan-progress[data-status="DONE"]');
      await done.waitFor({ timeout: 30000 });
      const text = ((await done.textContent()) ?? '').trim();
      assert(
        /^Nothing to change on .+: no vehicle has a shift that day, so there is nothing to plan\.$/.test(
          text,
        ),
        `one sentence with its reason: ${text}`,
      );
      assert(
        (await page.getByRole('table', { name: 'Before and after the re-plan' }).count()) === 0,
        'no table of figures that did not move',
      );
      await axe(page, 'board (re-plan: nothing to change)');
      await ctx.close();
    });

    await test("board basics (issue 23): search by name and phone, a filter, shortcuts, paging beyond 200 rides, the picker's details", async () => {
      // Twenty-one days ahead (no other flow books it): two vans of a provider of its own, a named
      // rider with a phone on one of them, a wheelchair rider on the ramp van; the day after,
      // 230 rides on the waiting list (no vehicle that day, so nothing places them).
      const fx = new Fixtures(ds);
      const DAY = 21;
      const day = addDaysToLocalDate(localDateOf(testNow()), DAY);
      const next = addDaysToLocalDate(day, 1);
      const at = (hhmm: string) => dayAt(DAY, hhmm);
      const centre = { lat: PLACES.dialysisCentre.lat - 0.03, lon: PLACES.dialysisCentre.lon };
      const near = (dLat: number, dLon: number) => ({ lat: centre.lat + dLat, lon: centre.lon + dLon });
      const provider = await fx.provider([ASTANA], ASTANA);
      await ds.query(`UPDATE provider SET legal_name = 'ТОО Жолсерік Тест' WHERE id = $1`, [provider]);
      await fx.shift(provider, { depot: near(0, 0), startsAt: at('06:00'), endsAt: at('19:00') });
      const ramp = await fx.shift(provider, {
        depot: near(0.05, 0.05),
        startsAt: at('06:00'),
        endsAt: at('19:00'),
        vehicle: { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true },
      });
      const named = await fx.beneficiary();
      await ds.query(
        `UPDATE beneficiary SET full_name = 'Сейітова Айгерім Болатқызы', phone = '+77015550123' WHERE id = $1`,
        [named],
      );
      const ride = (o: Parameters<Fixtures['accepted']>[0]) =>
        fx.accepted({ ...o, regionKato: ASTANA, pickupKato: DISTRICT.saryarka });
      const walker = (
        await ride({
          pickup: near(0.004, 0.004),
          dropoff: near(0.03, 0.02),
          pickupAt: at('09:00'),
          beneficiaryId: named,
        })
      ).id;
      const chair = (
        await ride({
          pickup: near(0.05, 0.051),
          dropoff: near(0.07, 0.06),
          pickupAt: at('11:00'),
          wheelchair: true,
        })
      ).id;
      for (const id of [walker, chair])
        await waitFor(async () => {
          const [b] = (await ds.query(`SELECT status FROM booking WHERE id = $1`, [id])) as {
            status: string;
          }[];
          return b.status === 'SCHEDULED' || null;
        }, 'the ride placed by dispatch');
      const waiting = await fx.beneficiary();
      await ds.query(
        `INSERT INTO booking (id, beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
           dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, companions,
           mobility, load_seats, load_wheelchair_places, step_free, needs_lift, boarding_seconds, status, status_reason,
           pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest, max_ride_seconds, direct_seconds, direct_metres, version)
         SELECT gen_random_uuid(), $1, 'APP', $2, 'улица Кенесары, ' || g, $3, $4, $5, 'проспект Абая, 10', $6, $7, $5, 'PICKUP',
                $8::timestamptz + g * interval '2 minutes', 'MEDICAL', 0, $9, 1, 0, false, false, 120, 'WAITLISTED', 'NO_FEASIBLE_INSERTION',
                $8::timestamptz + g * interval '2 minutes', $8::timestamptz + g * interval '2 minutes' + interval '15 minutes',
                $8::timestamptz + g * interval '2 minutes' + interval '10 minutes', $8::timestamptz + g * interval '2 minutes' + interval '50 minutes',
                1800, 600, 4000, 1
           FROM generate_series(1, 230) g`,
        [
          waiting,
          ASTANA,
          centre.lat,
          centre.lon,
          DISTRICT.saryarka,
          centre.lat + 0.02,
          centre.lon + 0.02,
          dayAt(DAY + 1, '06:00'),
          JSON.stringify({ wheelchair: 'NONE' }),
        ],
      );

      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
      await page.getByLabel('Day', { exact: true }).fill(dotted(day));
      const search = page.getByLabel('Name, phone or booking number');
      const results = page.getByTestId('search-result');

      // Search by part of the name (any case), then by the phone as people type it.
      await search.fill('сейіт');
      await results.first().waitFor();
      assert((await results.count()) === 1, 'one ride of the named rider');
      assert((await results.first().getAttribute('data-booking')) === walker, 'the named rider’s ride');
      const phone = results.first().getByTestId('rider-phone');
      assert((await phone.getAttribute('href')) === 'tel:+77015550123', 'a call link to the rider’s phone');
      assert(
        /^Сейітова А\. Б\.$/u.test((await results.first().getByTestId('rider-name').textContent()) ?? ''),
        'named',
      );
      await search.fill('701 555 01');
      await page.locator(`[data-testid="search-result"][data-booking="${walker}"]`).waitFor();
      assert((await results.count()) === 1, 'found by phone digits');
      await axe(page, 'board (search results)');
      await shot(page, '15a-board-search');
      // Its vehicle on its way (walk t23 m8): no Move (the API refuses it), and the rescue said
      // in words: the vehicle's "Vehicle cannot go on" sends it to another vehicle.
      await ds.query(`UPDATE booking SET status = 'EN_ROUTE' WHERE id = $1`, [walker]);
      await search.fill('сейіто');
      const onItsWay = page.locator(`[data-testid="search-result"][data-booking="${walker}"]`);
      await onItsWay
        .getByTestId('en-route-rescue')
        .filter({ hasText: /press “Vehicle cannot go on” on its row/ })
        .waitFor();
      assert(
        (await onItsWay.getByRole('button', { name: /^Move/ }).count()) === 0,
        'no Move for a ride on its way',
      );
      await ds.query(`UPDATE booking SET status = 'SCHEDULED' WHERE id = $1`, [walker]);

      // A filter: wheelchair users of the day (the search text cleared).
      await page.getByRole('button', { name: 'Clear the search' }).click();
      await results.first().waitFor({ state: 'detached' });
      await page.getByLabel('Need', { exact: true }).selectOption('wheelchair');
      await page.locator(`[data-testid="search-result"][data-booking="${chair}"]`).waitFor();
      assert((await results.count()) === 1, `only the wheelchair ride: ${await results.count()}`);
      await page.getByLabel('Provider', { exact: true }).selectOption({ label: 'ТОО Жолсерік Тест' });
      await page.getByTestId('search-count').filter({ hasText: 'Rides found: 1.' }).waitFor();
      await page.getByRole('button', { name: 'Clear the search' }).click();

      // The phone on the route's stop too, and the vehicle picker's details (provider, equipment, load).
      const stop = page
        .locator('[data-testid="route-ride"]')
        .filter({ has: page.getByText('Сейітова А. Б.') });
      assert(
        (await stop.getByTestId('rider-phone').textContent()) === '+77015550123',
        'the phone on the stop',
      );
      await stop.getByRole('button', { name: /^Move the ride/ }).click();
      const offered = await page
        .locator('#move-target option')
        .evaluateAll((els) =>
          (els as unknown as { value: string; textContent: string }[])
            .filter((o) => o.value && o.value !== 'unassign')
            .map((o) => o.textContent),
        );
      assert(offered.length === 1, `the other van offered: ${offered.join(' | ')}`);
      assert(
        /ТОО Жолсерік Тест · equipment: (none|Ramp, Wheelchair restraints) · seats: \d, wheelchair places: \d · on the route: rides 1, most on board at once: seats [01], wheelchair places [01]/.test(
          offered[0] ?? '',
        ),
        `the picker says provider, equipment and load: ${offered[0]}`,
      );
      const other = await page.locator('#move-target option').nth(1).getAttribute('value');
      await page.locator('#move-target').selectOption(other as string);
      await page.getByTestId('move-vehicle').filter({ hasText: 'ТОО Жолсерік Тест' }).waitFor();
      await axe(page, 'board (vehicle picker)');
      await page.keyboard.press('Escape');
      await page.locator('.move-panel').waitFor({ state: 'detached' });
      assert(ramp.shiftId, 'ramp van');

      // Shortcuts: a key typed in a field is text; outside a field it acts; turned off, nothing.
      const dayField = page.getByLabel('Day', { exact: true });
      await search.fill('');
      await search.press('n');
      assert((await search.inputValue()) === 'n', 'typed into the search');
      assert((await dayField.inputValue()) === dotted(day), 'the day did not change while typing');
      await search.fill('');
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).focus();
      await page.keyboard.press('n');
      await waitFor(async () => (await dayField.inputValue()) === dotted(next) || null, 'n: the next day');
      // Paging: 230 rides on the waiting list, 200 at first, the rest on "Show more".
      const column = page.locator('section[aria-labelledby="col-waitlisted"]');
      await column.getByRole('heading').filter({ hasText: '(200+)' }).waitFor({ timeout: 30000 });
      assert((await column.getByTestId('board-booking').count()) === 200, 'the first page');
      await column.getByRole('button', { name: 'Show more: Waiting list' }).click();
      await column.getByRole('heading').filter({ hasText: '(230)' }).waitFor();
      assert((await column.getByTestId('board-booking').count()) === 230, 'every ride of the list');
      assert(
        (await column.getByRole('button', { name: 'Show more: Waiting list' }).count()) === 0,
        'nothing more to show',
      );
      await page.locator('.shortcuts .checkbox').click();
      assert(
        !(await page.getByRole('checkbox', { name: 'Single-key shortcuts on' }).isChecked()),
        'turned off',
      );
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).focus();
      await page.keyboard.press('p');
      await page.waitForTimeout(300);
      assert((await dayField.inputValue()) === dotted(next), 'shortcuts off: p does nothing');
      await page.locator('.shortcuts .checkbox').click();
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).focus();
      await page.keyboard.press('p');
      await waitFor(async () => (await dayField.inputValue()) === dotted(day) || null, 'p: the previous day');
      // On a Russian or Kazakh layout the same keys type 'т' and 'з': they act all the same (walk t23).
      const onLayout = (key: string, code: string) =>
        page.evaluate(
          `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, code: ${JSON.stringify(code)}, bubbles: true, cancelable: true }))`,
        );
      await onLayout('т', 'KeyN');
      await waitFor(
        async () => (await dayField.inputValue()) === dotted(next) || null,
        'т (N on a Cyrillic layout): the next day',
      );
      await onLayout('з', 'KeyP');
      await waitFor(
        async () => (await dayField.inputValue()) === dotted(day) || null,
        'з (P on a Cyrillic layout): the previous day',
      );
      await page.keyboard.press('/');
      await waitFor(
        async () =>
          (await page.evaluate<string>('document.activeElement?.id ?? ""')) === 'board-search-text' || null,
        '/: the search field',
      );
      await axe(page, 'board (shortcuts, paged list)');
      await shot(page, '15b-board-shortcuts');
      await ctx.close();
    });

    /** The ride the driver test marked as arrived 3 km from its pick-up (flagged for the dispatcher). */
    let flaggedRide: string | null = null;
    await test('driver manifest (phone size): next stop, status buttons, no-show countdown', async () => {
      const token = tokenOf(seed, 'driver');
      const driverId = (
        JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { driver: string }
      ).driver;
      const localHour = new Date(testNow().getTime() + 5 * 3600_000).getUTCHours();
      // Within today's service hours: a ride for this driver today (booked by phone, put on the
      // driver's shift by the dispatcher with an override, as the console would).
      let driven: { id: string; at: Date; home: { lat: number; lon: number }; shiftId: string } | null = null;
      if (localHour >= 7 && localHour < 19) {
        const [shift] = (await ds.query(
          `SELECT id FROM shift WHERE driver_id = $1 AND status IN ('PLANNED', 'ACTIVE') AND ends_at > $2 ORDER BY starts_at LIMIT 1`,
          [driverId, testNow()],
        )) as { id: string }[];
        const viktor = BENEFICIARIES.find((b) => b.key === 'viktor')!;
        const call = <T>(path: string, body: unknown): Promise<T> =>
          postAs<T>('dispatcher (Astana', path, body);
        const at = new Date(Math.ceil((testNow().getTime() + 75 * 60_000) / 300_000) * 300_000);
        const created = await call<{ bookings: { id: string }[] }>('/bookings', {
          beneficiaryId: seed.beneficiaryIds.viktor,
          pickup: viktor.home,
          dropoff: PLACES.library,
          timeAnchor: 'PICKUP',
          time: at.toISOString(),
          purpose: 'MEDICAL',
          companions: 0,
        });
        const id = created.bookings[0].id;
        const b = await waitFor(
          async () => {
            const [r] = (await ds.query(`SELECT status, version, shift_id FROM booking WHERE id = $1`, [
              id,
            ])) as {
              status: string;
              version: number;
              shift_id: string | null;
            }[];
            return ['SCHEDULED', 'WAITLISTED'].includes(r.status) ? r : null;
          },
          'the ride dispatched',
          30000,
        );
        if (b.shift_id !== shift.id) {
          // An override that moves other riders needs its preview's confirmation (issue 18).
          const preview = await call<{ confirmation: string }>(`/dispatch/bookings/${id}/assign-preview`, {
            shiftId: shift.id,
            expectedVersion: b.version,
          });
          await call(`/dispatch/bookings/${id}/${b.shift_id ? 'reassign' : 'assign'}`, {
            shiftId: shift.id,
            expectedVersion: b.version,
            override: { reason: 'OTHER', note: 'web test: a ride for the demo driver' },
            confirm: preview.confirmation,
          });
        }
        driven = { id, at, home: viktor.home, shiftId: shift.id };
      } else process.stdout.write('    outside service hours now: the manifest is checked without a stop\n');

      const { ctx, page } = await newPage({ width: 375, height: 740 });
      // "On my way" opens an hour before the window less the drive there (walk t23 M3: it was
      // taken two hours ahead): the platform's clock and the phone's are an hour before the window.
      if (driven) {
        const opens = new Date(Math.max(testNow().getTime(), driven.at.getTime() - 3600_000));
        appClock(api!).setTo(opens);
        await page.clock.setSystemTime(opens);
      }
      // The phone is at the rider's door (issue 23: the page sends its position; a no-show needs it).
      if (driven) {
        await ctx.grantPermissions(['geolocation'], { origin: base });
        await ctx.setGeolocation({ latitude: driven.home.lat, longitude: driven.home.lon });
      }
      await signInAs(page, base, token);
      await page.getByRole('heading', { name: 'My manifest', level: 1 }).waitFor();
      await page.locator('.next-stop, .big').first().waitFor();
      await axe(page, 'driver');
      await shot(page, '16-driver');
      if (driven) {
        const next = page.locator('.next-stop');
        await next.waitFor();
        await next.getByRole('button', { name: 'On my way' }).click();
        await page.getByText(/^Done: /).waitFor();
        // An hour later the driver marks the arrival, ten minutes before the window opens (the
        // API's clock moves there: an arrival over an hour early is refused), while the vehicle's
        // last position is 3 km away: taken, but flagged for the dispatcher (issue 18).
        appClock(api!).setTo(new Date(driven.at.getTime() - 10 * 60_000));
        try {
          const ping = await fetch(`${base}/driver/location`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ lat: driven.home.lat + 0.03, lon: driven.home.lon }),
          });
          assert(ping.ok, `position -> ${ping.status}`);
          await next.getByRole('button', { name: 'I have arrived' }).click();
          await page.getByText(/^Done: Vehicle has arrived/).waitFor();
          // Too early for a no-show: the API refuses with the time left, the button counts down.
          // The phone's clock agrees with the API's (moved above): the position at the door it
          // keeps before the report is stamped with the API's time, as on a real phone.
          await page.clock.setSystemTime(appClock(api!).now());
          await next.getByRole('button', { name: 'Rider did not come' }).click();
          // In words ("14 min 05 s", "3 h 59 min"), never a "239:14" clock (issue 18); the wait
          // (window start + the policy's 5 minutes) is minutes, counted from the API's
          // retryAfterSeconds, not from the first number of its sentence.
          await page.getByText(/No-show possible in (\d+\sh\s\d+\smin|\d+\smin\s\d\d\ss)\b/).waitFor();
          assert(
            await next.getByRole('button', { name: 'Rider did not come' }).isDisabled(),
            'no-show locked until the wait is over',
          );
          // The refusal counted from the phone's own position at the door, sent before the report.
          const [{ n }] = (await ds.query(
            `SELECT count(*)::int AS n FROM location_ping WHERE shift_id = $1 AND abs(lat - $2) < 0.0005 AND abs(lon - $3) < 0.0005`,
            [driven.shiftId, driven.home.lat, driven.home.lon],
          )) as { n: number }[];
          assert(n > 0, 'the page sent the phone position');
          // The provider-side way out is there, and says it does not count against the rider.
          await next.getByText('Could not pick up').click();
          await next.getByText("On the provider's side: it does not count against the rider.").waitFor();
        } finally {
          appClock(api!).setTo(testNow());
        }
        flaggedRide = driven.id;
        await axe(page, 'driver (arrived, no-show countdown)');
        // The countdown, the way out and every stop line follow a switch of language (walk h2 N1).
        const names = (
          (await ds.query(`SELECT DISTINCT split_part(full_name, ' ', 1) AS n FROM beneficiary`)) as {
            n: string;
          }[]
        ).map((r) => r.n);
        const left = await englishLeftIn(page, names);
        assert(left.length === 0, `English left after switching the language: ${left.join(' | ')}`);
        await shot(page, '16-driver-countdown');
      }
      await ctx.close();
    });

    await test('driver app offline (issue 23): installable; three changes made offline reach the server once each, in order; a refusal after reconnecting is said in words', async () => {
      // A shift of its own, on now, with two rides, at any hour of the run (not the demo's rota).
      const fx = new Fixtures(ds);
      const provider = await fx.provider();
      const now = testNow().getTime();
      const depot = { lat: 43.2389, lon: 76.8897 };
      const { shiftId, driverId } = await fx.shift(provider, {
        startsAt: new Date(now - 30 * 60_000),
        endsAt: new Date(now + 6 * 3600_000),
        depot,
      });
      const rider = await fx.beneficiary();
      const ride = async (pickupAt: number, seq: number, address: string): Promise<string> => {
        const [b] = (await ds.query(
          `INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
             dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
             load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
             max_ride_seconds, direct_seconds, direct_metres, shift_id, planned_pickup_at, planned_dropoff_at, version)
           VALUES ($1, 'APP', '750000000', $2, $3, $4, '751110000', 'Dropoff address', $5, $6, '751110000', 'PICKUP', $7,
             'MEDICAL', $9, 1, 0, 'SCHEDULED', $7, $7::timestamptz + interval '15 minutes', $7,
             $7::timestamptz + interval '1 hour', 3600, 900, 4000, $8, $7, $7::timestamptz + interval '20 minutes', 1)
           RETURNING id`,
          [
            rider,
            address,
            depot.lat + 0.002,
            depot.lon,
            depot.lat + 0.02,
            depot.lon,
            new Date(pickupAt),
            shiftId,
            JSON.stringify(NO_MOBILITY_NEEDS),
          ],
        )) as { id: string }[];
        await ds.query(
          `INSERT INTO route_stop (shift_id, booking_id, kind, sequence, planned_at)
           VALUES ($1, $2, 'PICKUP', $3, $4), ($1, $2, 'DROPOFF', $3 + 1, $4::timestamptz + interval '20 minutes')`,
          [shiftId, b.id, seq, new Date(pickupAt)],
        );
        return b.id;
      };
      const first = await ride(now - 2 * 60_000, 1, '12 Abai Avenue');
      const second = await ride(now + 40 * 60_000, 3, '5 Aimanov Street');
      // Within the hour of its window less the drive there: "On my way" open on the API's clock too.
      const third = await ride(now + 60 * 60_000, 5, '7 Satpayev Street');
      // Five hours ahead: "On my way" is not yet allowed (from an hour before the window less the drive).
      const farAhead = await ride(now + 5 * 3600_000, 7, '15 Dostyk Avenue');
      await ds.query(
        `UPDATE beneficiary SET full_name = 'Dana Seitova', phone = '+77015550177' WHERE id = $1`,
        [rider],
      );
      // The later stop of the list (not the next) has a companion and notes (issue 23).
      await ds.query(`UPDATE booking SET companions = 1, notes = 'Ring twice, 3rd floor' WHERE id = $1`, [
        second,
      ]);
      // The same driver's shift the day after tomorrow with one ride; another driver's tomorrow.
      const copyShift = async (days: number, driver: string): Promise<string> =>
        (
          (await ds.query(
            `INSERT INTO shift (provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, version)
             SELECT provider_id, vehicle_id, $3, starts_at + $2 * interval '1 day', ends_at + $2 * interval '1 day',
                    start_lat, start_lon, end_lat, end_lon, start_kato, 1 FROM shift WHERE id = $1 RETURNING id`,
            [shiftId, days, driver],
          )) as { id: string }[]
        )[0]!.id;
      const comingShift = await copyShift(2, driverId);
      const coming = await ride(now + 2 * 86_400_000 + 60 * 60_000, 1, '9 Kenesary Street');
      await ds.query(`UPDATE booking SET shift_id = $2, notes = 'Wheelchair stays folded' WHERE id = $1`, [
        coming,
        comingShift,
      ]);
      await ds.query(`UPDATE route_stop SET shift_id = $2 WHERE booking_id = $1`, [coming, comingShift]);
      const [{ id: otherDriver }] = (await ds.query(
        `INSERT INTO driver (provider_id, full_name, licence_number, phone)
         VALUES ($1, 'Other Driver', 'WEB-F23-OTHER', '+77015550178') RETURNING id`,
        [provider],
      )) as { id: string }[];
      const othersShift = await copyShift(1, otherDriver!);
      // The other driver's shift today was cancelled by the provider's admin (walk t23 m13).
      const [{ id: othersToday }] = (await ds.query(
        `INSERT INTO shift (provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, version, status, status_reason)
         SELECT provider_id, vehicle_id, $2, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, 1,
                'CANCELLED', 'Водитель заболел' FROM shift WHERE id = $1 RETURNING id`,
        [shiftId, otherDriver],
      )) as { id: string }[];
      await ds.query(
        `INSERT INTO audit_log (actor_role, action, entity_type, entity_id, after)
         VALUES ('PROVIDER_ADMIN', 'shift.cancelled', 'shift', $1, '{"status": "CANCELLED"}'::jsonb)`,
        [othersToday],
      );
      const others = await ride(now + 86_400_000 + 60 * 60_000, 1, '77 Other Driver Street');
      await ds.query(`UPDATE booking SET shift_id = $2 WHERE id = $1`, [others, othersShift]);
      await ds.query(`UPDATE route_stop SET shift_id = $2 WHERE booking_id = $1`, [others, othersShift]);
      // Signed in as drivers are (password; the refresh cookie): a page load renews the session.
      const driverLogin = await seedStaff(ds, t!.config, { role: 'DRIVER', providerId: provider, driverId });
      /** The driver's own token, for reading the API directly. */
      const token = t!.token({ userId: driverLogin.userId, role: 'DRIVER', driverId });

      const { ctx, page } = await newPage({ width: 320, height: 740, clock: true });
      /** The fixture's own data, shown as typed in every language. */
      const data = [
        'Dana',
        'Ring twice, 3rd floor',
        'Wheelchair stays folded',
        '12 Abai Avenue',
        '5 Aimanov Street',
        '7 Satpayev Street',
        '15 Dostyk Avenue',
        '9 Kenesary Street',
        'Dropoff address',
      ];
      const allTranslated = async (state: string): Promise<void> => {
        const left = await englishLeftIn(page, data);
        assert(left.length === 0, `${state}: English left after switching the language: ${left.join(' | ')}`);
      };
      await ctx.grantPermissions(['geolocation'], { origin: base });
      await ctx.setGeolocation({ latitude: depot.lat + 0.002, longitude: depot.lon });
      // The phone's clock 17 hours behind the platform's (the tester's walk: "Position sent at
      // 20:42" at 10 a.m. on the platform): every time the page shows is the platform's.
      await page.clock.setSystemTime(new Date(now - 17 * 3600_000));
      // The first answer is lost on its way back (the server took the report): the outbox must
      // send it again with the same key, and the server must not take it twice.
      // (Playwright's own fetch is not offline: while the phone is, the route says so itself.)
      let lost = 0;
      let offline = false;
      await ctx.route('**/driver/bookings/*/status', async (route) => {
        if (offline) return route.abort('internetdisconnected');
        if (lost++ > 0) return route.continue();
        await route.fetch();
        await route.abort('connectionreset');
      });
      await page.goto(`${base}/signin/staff`);
      await page.locator('#field-login').fill(driverLogin.phone);
      await page.locator('#field-password').fill(driverLogin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/driver$/);
      const next = page.locator('.next-stop');
      await next.getByRole('button', { name: 'On my way' }).waitFor();
      // The header's language and sign-out buttons are touch targets at 320 px too (walk t23 m10).
      for (const b of await page.locator('.site-header .btn').all()) {
        const h = (await b.boundingBox())?.height ?? 0;
        assert(h >= 44, `header button "${await b.textContent()}" is ${h} px tall at 320 px`);
      }
      // Online, the first position goes at once, not with the next round 15 s later (walk t23 m8:
      // "Position found; waiting to be sent: 1." on every load, read as a connection problem).
      const sentAt = page.getByText(/^Position sent at \d\d:\d\d\.$/);
      await sentAt.waitFor({ timeout: 5000 });
      assert(
        !(await page.getByText(/waiting to be sent/).count()),
        'nothing said to wait while online and sent',
      );
      const sentHhmm = /(\d\d):(\d\d)/.exec((await sentAt.textContent()) ?? '')!;
      const platform = localTimeOf(testNow()).split(':').map(Number);
      const apart = Math.abs(
        ((Number(sentHhmm[1]) * 60 + Number(sentHhmm[2]) - platform[0]! * 60 - platform[1]! + 720 + 1440) %
          1440) -
          720,
      );
      assert(
        apart <= 2,
        `the position's time on the platform's clock (${localTimeOf(testNow())}), not the phone's: ${sentHhmm[0]}`,
      );
      // Every stop of the list says the rider's first name, needs and notes; the call button is
      // on the open stop only (issue 23).
      const later = page.locator('li.card', { hasText: '5 Aimanov Street' }).first();
      await later.getByText('Ring twice, 3rd floor').waitFor();
      await later.getByText('Companions: 1').waitFor();
      await later.getByText('Dana', { exact: false }).first().waitFor();
      assert(!(await page.getByText('Seitova').count()), 'no full name');
      assert(
        (await next.getByRole('link', { name: /Call/ }).count()) === 1,
        'a call button on the open stop',
      );
      assert((await page.getByRole('link', { name: /Call/ }).count()) === 1, 'no call button on other stops');
      // The coming shifts, each with its date in words, read-only; never another driver's.
      const comingList = page.getByTestId('driver-coming');
      const comingDay = comingList.getByRole('heading', { level: 3 });
      await comingDay.first().waitFor();
      assert(
        /^Shift on \w+ \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December), \d\d:\d\d–\d\d:\d\d$/.test(
          (await comingDay.first().textContent()) ?? '',
        ) && (await comingDay.count()) === 1,
        `the coming shift with its date in words: ${await comingDay.allTextContents()}`,
      );
      await comingList.getByText('Wheelchair stays folded').first().waitFor();
      await comingList.getByText('9 Kenesary Street').first().waitFor();
      assert((await comingList.getByRole('button').count()) === 0, 'no status buttons before the shift');
      assert(
        (await comingList.getByRole('link', { name: /Call/ }).count()) === 0,
        'no phone before the shift',
      );
      assert(!(await page.getByText('77 Other Driver Street').count()), "another driver's ride is not shown");
      await axe(page, 'driver: the day and the coming shifts');
      // Installable: the manifest and its icons, the service worker in control of the page.
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = (await (await fetch(`${base}${manifestHref}`)).json()) as {
        name: string;
        lang: string;
        icons: { sizes: string }[];
      };
      assert(
        manifest.lang === 'kk' && /инватакси/.test(manifest.name),
        `manifest ${JSON.stringify(manifest)}`,
      );
      assert(
        manifest.icons.some((i) => i.sizes === '512x512'),
        'a 512 px icon',
      );
      const sw = await fetch(`${base}/sw.js`);
      assert(
        sw.ok && sw.headers.get('cache-control') === 'no-cache',
        `sw.js ${sw.status} ${sw.headers.get('cache-control')}`,
      );
      await until(
        page,
        `!!navigator.serviceWorker.controller`,
        'the service worker controls the page',
        30000,
      );

      await ctx.setOffline(true);
      offline = true;
      await page.getByTestId('driver-offline').getByText('No connection.').waitFor();
      await next.getByRole('button', { name: 'On my way' }).click();
      await page.getByText('Changes waiting to be sent: 1').waitFor();
      await next.getByRole('button', { name: 'I have arrived' }).click();
      await page.getByText('Changes waiting to be sent: 2').waitFor();
      await next.getByRole('button', { name: 'Rider on board' }).click();
      await page.getByText('Changes waiting to be sent: 3').waitFor();
      // Each waiting change says when it was tapped, on the platform's clock (the phone's is 17
      // hours behind), 24-hour (walk h2 N4).
      const waitingLines = await page.getByTestId('driver-outbox').locator('li').allTextContents();
      assert(
        waitingLines.length === 3 &&
          waitingLines.every((l) => {
            const m = /^«.+» for \d\d:\d\d, 12 Abai Avenue: tapped at (\d\d):(\d\d)$/.exec(l);
            const [ph, pm] = localTimeOf(testNow()).split(':').map(Number);
            return (
              !!m && Math.abs((((Number(m[1]) - ph!) * 60 + Number(m[2]) - pm! + 2160) % 1440) - 720) <= 2
            );
          }),
        `the waiting changes with their tap time on the platform's clock (${localTimeOf(testNow())}): ${waitingLines.join(' | ')}`,
      );
      // Shown at once: the next stop is the drop-off; nothing reached the server. "Dropped off" is
      // not offered a tap after "On board" (walk h2 N3: a mis-tap ended the ride at the door): it
      // opens when the API takes it (boarding + half the direct travel time), saying from when.
      const dropOff = next.getByRole('button', { name: 'Dropped off' });
      await dropOff.waitFor();
      assert(await dropOff.isDisabled(), '"Dropped off" is locked right after "On board"');
      const opensText = next.getByText(
        /^You can mark the drop-off from \d\d:\d\d: the rider has just boarded\.$/,
      );
      await opensText.waitFor();
      const [oh, om] = /(\d\d):(\d\d)/
        .exec((await opensText.textContent()) ?? '')!
        .slice(1)
        .map(Number);
      const [nh, nm] = localTimeOf(testNow()).split(':').map(Number);
      const opensIn = (oh! * 60 + om! - nh! * 60 - nm! + 1440) % 1440;
      assert(opensIn >= 7 && opensIn <= 10, `opens 7.5 min after boarding, whole minutes: in ${opensIn} min`);
      assert((await bookingStatus(first)) === 'SCHEDULED', 'nothing sent while offline');
      await axe(page, 'driver offline, three changes waiting');
      await allTranslated('offline, three changes waiting');
      await shot(page, '23-driver-offline');
      const callsBefore = await page
        .locator('a[href^="tel:"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // The app's shell opens without a connection (the service worker's cache).
      const cold = await ctx.newPage();
      await cold.goto(`${base}/signin`);
      await cold.locator('h1').first().waitFor();
      await cold.close();
      // The phone killed the tab in the underpass: the app opened again, still offline, is the
      // driver's, with the manifest and the changes waiting (walk t23 M1: the sign-in page, the
      // addresses, the phone and the waiting taps gone). Only the server may end the session.
      await page.reload();
      await page.getByTestId('driver-offline').getByText('No connection.').waitFor();
      assert(
        new URL(page.url()).pathname === '/driver',
        `offline reload stays on the manifest: ${page.url()}`,
      );
      await page.getByText('Changes waiting to be sent: 3').waitFor();
      await next.getByText('Dropoff address').waitFor();
      await next.getByRole('button', { name: 'Dropped off' }).waitFor();
      await page.locator('li.card', { hasText: '12 Abai Avenue' }).first().waitFor();
      await page.locator('li.card', { hasText: '5 Aimanov Street' }).first().getByText('Dana').waitFor();
      assert(
        (await page.getByTestId('driver-outbox').locator('li').allTextContents()).join(' | ') ===
          waitingLines.join(' | '),
        'the same changes wait after the reload, in the same order',
      );
      const callsNow = await page
        .locator('a[href^="tel:"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert(
        callsNow.join() === callsBefore.join(),
        `the call buttons as kept: ${callsNow.join()} (${callsBefore.join()})`,
      );
      await axe(page, 'driver offline, reopened, three changes waiting');
      // The connection comes back while the driver reads another page of the app: the queue
      // goes from there (walk t23 M1: sent only after /driver was opened again by hand).
      await navTo(page, 'My account');
      await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();

      await ctx.setOffline(false);
      offline = false;
      // The first answer is lost: the outbox tries again on its timer (the page's clock moved past it).
      await waitFor(async () => lost >= 1, 'the first change sent');
      await page.clock.fastForward('00:20');
      const reportedOf = async (): Promise<string> =>
        (
          (await ds.query(
            `SELECT after->>'status' AS status FROM audit_log WHERE entity_id = $1 AND action = 'driver.reported' ORDER BY id`,
            [first],
          )) as { status: string }[]
        )
          .map((r) => r.status)
          .join(',');
      await waitFor(async () => (await reportedOf()).split(',').length >= 3, 'three changes reported', 30000);
      assert(new URL(page.url()).pathname === '/profile', `sent from where the app was: ${page.url()}`);
      assert(lost >= 2, `the first change was sent again after its answer was lost (${lost} sends)`);
      assert(
        (await reportedOf()) === 'EN_ROUTE,ARRIVED,ON_BOARD',
        `each change once, in order: ${await reportedOf()}`,
      );
      await navTo(page, 'My manifest');
      await next.getByRole('button', { name: 'Dropped off' }).waitFor();
      await page.getByTestId('driver-outbox').waitFor({ state: 'detached', timeout: 30000 });
      assert((await bookingStatus(first)) === 'ON_BOARD', 'the ride is on board');
      const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM location_ping WHERE shift_id = $1`, [
        shiftId,
      ])) as { n: number }[];
      assert(n > 0, 'the phone positions reached the server in a batch');

      // Dropped off (online: sent at once); the next ride is cancelled while the phone is offline.
      // (Twenty minutes later on the API's clock: a drop-off right after boarding is refused.)
      appClock(api!).setTo(new Date(testNow().getTime() + 20 * 60_000));
      try {
        await page.clock.fastForward('20:00');
        await next.getByRole('button', { name: 'Dropped off' }).click();
        await waitFor(async () => (await bookingStatus(first)) === 'COMPLETED', 'dropped off, sent at once');
      } finally {
        appClock(api!).setTo(testNow());
      }
      await page.getByTestId('driver-outbox').waitFor({ state: 'detached' });
      await next.getByText('5 Aimanov Street').waitFor();
      await ctx.setOffline(true);
      offline = true;
      await next.getByRole('button', { name: 'On my way' }).click();
      await page.getByText('Changes waiting to be sent: 1').waitFor();
      await next.getByRole('button', { name: 'I have arrived' }).click();
      await page.getByText('Changes waiting to be sent: 2').waitFor();
      // The instant the refusal names: read once (the words are checked later, maybe in another minute).
      const cancelledInstant = testNow();
      await transact(ds, { userId: null, role: 'DISPATCHER' }, (uow) =>
        transitionBooking(uow, {
          bookingId: second,
          to: 'CANCELLED',
          expectedVersion: null,
          patch: { cancelledAt: cancelledInstant },
        }),
      );
      // Heard while offline (the tester's walk): the stop stays, marked cancelled, with nothing
      // left to tap and no phone; the next stop is the one after it.
      const notices = page.getByTestId('driver-notices');
      const cancelledWords = /^Cancelled: the ride at \d\d:\d\d from 5 Aimanov Street\.$/;
      const cancelEvent = { type: 'status', bookingId: second, status: 'CANCELLED', version: 9 } as LiveEvent;
      const publishing = setInterval(
        () =>
          void api!
            .get(LiveEvents)
            .publish('shift', shiftId, cancelEvent)
            .catch(() => undefined),
        500,
      );
      try {
        await notices.getByText(cancelledWords).waitFor({ timeout: 20000 });
      } finally {
        clearInterval(publishing);
      }
      await next.getByText('7 Satpayev Street').waitFor();
      assert(
        !((await next.textContent()) ?? '').includes('5 Aimanov Street'),
        'the cancelled ride is not the open stop',
      );
      const cancelledStop = page.locator('li.card', { hasText: '5 Aimanov Street' });
      await cancelledStop.first().getByText('Cancelled', { exact: false }).waitFor();
      assert(
        (await page.getByRole('link', { name: /Call/ }).count()) === 1 &&
          (await cancelledStop.first().getByRole('button').count()) === 0,
        "no call or status button for the cancelled ride (the one call button is the open stop's)",
      );
      await axe(page, 'driver offline: a ride cancelled meanwhile');
      await allTranslated('a ride cancelled meanwhile');
      // The driver reads on down the list while the phone reconnects (the tester's walk: the
      // refusal came at the top of the page, out of view, and twice).
      await page.evaluate(`window.scrollTo(0, document.body.scrollHeight)`);
      await ctx.setOffline(false);
      offline = false;
      const refused = page.getByTestId('driver-refused');
      // What became of the ride, in words (not "you can set off from…" nor "not possible in its
      // current status"): whose ride, cancelled when (the API's clock, the platform's time zone),
      // for the refused change and the one queued behind it alike.
      const cancelledAt = `Dana's ride was cancelled at ${localTimeOf(cancelledInstant)}\\. Go on to the next stop\\.`;
      const refusalWords = new RegExp(`«On my way» for \\d\\d:\\d\\d, 5 Aimanov Street: ${cancelledAt}`);
      await refused.getByText(refusalWords).waitFor({ timeout: 30000 });
      await refused
        .getByText(new RegExp(`«I have arrived» for \\d\\d:\\d\\d, 5 Aimanov Street: ${cancelledAt}`))
        .waitFor();
      assert(
        /^Not taken after the connection came back:/.test((await refused.textContent()) ?? ''),
        `headed by what happened: ${await refused.textContent()}`,
      );
      assert((await bookingStatus(second)) === 'CANCELLED', 'the cancellation stands');
      // The cancellation notice stays until the driver has read it; the stop stays, cancelled.
      await notices.getByText(cancelledWords).waitFor();
      await cancelledStop.first().getByText('Cancelled', { exact: false }).waitFor();
      // Said once (the page's announcer does not repeat the alert), and brought into view.
      await page.waitForTimeout(500);
      assert(
        (await page.getByText(refusalWords).count()) === 1,
        `the refusal said once: ${await page.getByText(refusalWords).allTextContents()}`,
      );
      const box = await refused.boundingBox();
      const inView = !!box && box.y >= 0 && box.y < (page.viewportSize()?.height ?? 0);
      assert(inView, 'the refusal is in view');
      await axe(page, 'driver: a change refused after reconnecting');
      await allTranslated('a change refused after reconnecting');
      await shot(page, '23-driver-refused');
      await refused.getByRole('button', { name: 'Seen' }).click();
      await refused.waitFor({ state: 'detached' });
      await notices.getByRole('button', { name: 'Seen' }).click();
      await notices.waitFor({ state: 'detached' });
      // The dispatcher changed the next ride meanwhile (its version moved on): the tap is refused in
      // the API's words, said again in the language the driver switches to (walk h2 N1).
      await next.getByText('7 Satpayev Street').waitFor();
      await ds.query(`UPDATE booking SET version = version + 1 WHERE id = $1`, [third]);
      await next.getByRole('button', { name: 'On my way' }).click();
      await refused
        .getByText('The record was changed by someone else', { exact: false })
        .waitFor({ timeout: 30000 });
      await allTranslated("a change refused in the API's words");
      await refused.getByRole('button', { name: 'Seen' }).click();
      await refused.waitFor({ state: 'detached' });
      // Online, a second late: the dispatcher has just moved the next ride to another vehicle
      // (as the console's reassignment writes it), the page has not heard yet; the tap is refused
      // with what happened.
      await next.getByText('7 Satpayev Street').waitFor();
      await ds.query(`DELETE FROM route_stop WHERE booking_id = $1`, [third]);
      await ds.query(`UPDATE booking SET shift_id = $2, version = version + 1 WHERE id = $1`, [
        third,
        othersShift,
      ]);
      await ds.query(
        `INSERT INTO audit_log (actor_role, action, entity_type, entity_id, before, after)
         VALUES ('DISPATCHER', 'booking.reassigned', 'booking', $1, $2::jsonb, $3::jsonb)`,
        [third, JSON.stringify({ shiftId }), JSON.stringify({ shiftId: othersShift })],
      );
      await next.getByRole('button', { name: 'On my way' }).click();
      await refused
        .getByText('«On my way» for ', { exact: false })
        .filter({
          hasText: "7 Satpayev Street: Dana's ride was moved to another vehicle. Go on to the next stop.",
        })
        .waitFor({ timeout: 30000 });
      // Tapped online: not "after the connection came back" (walk t23 m2).
      assert(
        /^Not taken:/.test((await refused.textContent()) ?? ''),
        `an online tap's refusal headed by what happened: ${await refused.textContent()}`,
      );
      await axe(page, 'driver: a tap on a ride just moved to another vehicle');
      await allTranslated('a ride moved to another vehicle');
      await refused.getByRole('button', { name: 'Seen' }).click();
      await refused.waitFor({ state: 'detached' });
      // A pickup five hours ahead: "On my way" is shown disabled, saying from when, by the API's
      // rule (walk t23 m3: offered 7 hours ahead, an offline tap queued only to be refused; walk
      // t23 M3: taken two hours ahead): from an hour before the window less the drive from the
      // stop before, both given by the manifest (kept on the phone: offline too).
      await next.getByText('15 Dostyk Avenue').waitFor();
      const setOff = next.getByRole('button', { name: 'On my way' });
      assert(await setOff.isDisabled(), '"On my way" is disabled five hours ahead');
      const kept = (await (
        await fetch(`${base}/driver/manifest`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as {
        arrivalLeadMinutes: number;
        stops: { bookingId: string; kind: string; windowFrom: string; travelSeconds: number | null }[];
      };
      const farStop = kept.stops.find((x) => x.bookingId === farAhead && x.kind === 'PICKUP')!;
      assert(farStop.travelSeconds! > 0, `the manifest gives the drive there: ${farStop.travelSeconds}`);
      const minuteOf = (d: Date) => localTimeOf(new Date(Math.ceil(d.getTime() / 60_000) * 60_000));
      const farWindow = new Date(farStop.windowFrom);
      const setOffAt = enRouteOpensAt(farWindow, farStop.travelSeconds!, kept.arrivalLeadMinutes);
      assert(
        setOffAt.getTime() > now + 3.5 * 3600_000,
        `"On my way" opens within the hour before the window less the drive: ${setOffAt.toISOString()}`,
      );
      await next.getByText(`You can set off from ${minuteOf(setOffAt)}.`).waitFor();
      await axe(page, 'driver: "On my way" not yet');
      await allTranslated('"On my way" not yet');
      // Set off early all the same (taken before the rule): "I have arrived" is disabled until an
      // hour before the window, saying from when, not offered to be refused after reconnecting.
      await ds.query(`UPDATE booking SET status = 'EN_ROUTE', version = version + 1 WHERE id = $1`, [
        farAhead,
      ]);
      const setOffEvent = {
        type: 'status',
        bookingId: farAhead,
        status: 'EN_ROUTE',
        version: 2,
      } as LiveEvent;
      const telling = setInterval(
        () =>
          void api!
            .get(LiveEvents)
            .publish('shift', shiftId, setOffEvent)
            .catch(() => undefined),
        500,
      );
      try {
        await next
          .getByText(
            `You can mark your arrival from ${minuteOf(arrivalOpensAt(farWindow, kept.arrivalLeadMinutes))}.`,
          )
          .waitFor({ timeout: 20000 });
      } finally {
        clearInterval(telling);
      }
      const arrive = next.getByRole('button', { name: 'I have arrived' });
      assert(await arrive.isDisabled(), '"I have arrived" is disabled four hours before the window');
      await axe(page, 'driver: "I have arrived" not yet');
      await allTranslated('"I have arrived" not yet');

      // Only the server ends the session, and it still does: signed out everywhere meanwhile, the
      // app reopened offline is the driver's as kept, and the server's first answer once the
      // connection is back signs out, taking the kept manifest (names, phones) off the phone.
      await ds.query(
        `UPDATE auth_session SET revoked_at = now(), revoked_reason = 'SIGN_OUT_EVERYWHERE' WHERE user_id = $1`,
        [driverLogin.userId],
      );
      await ctx.setOffline(true);
      offline = true;
      await page.reload();
      await page.getByTestId('driver-offline').getByText('No connection.').waitFor();
      await next.getByText('15 Dostyk Avenue').waitFor();
      await ctx.setOffline(false);
      offline = false;
      await page.waitForURL(/\/signin$/, { timeout: 30000 });
      const keptManifests = `new Promise((done) => {
        const open = indexedDB.open('invataxi-driver');
        open.onsuccess = () => {
          const count = open.result.transaction('manifests').objectStore('manifests').count();
          count.onsuccess = () => { done(count.result); open.result.close(); };
        };
      })`;
      await waitFor(
        async () => (await page.evaluate<number>(keptManifests)) === 0,
        'the kept manifest forgotten',
      );
      await ctx.close();

      // A driver with no shift today (the tester's walk): tomorrow's shift is coming, with its
      // date, read-only until it starts: no status buttons, no rider's phone.
      const tomorrowOnly = await newPage({ width: 320, height: 740 });
      await signInAs(
        tomorrowOnly.page,
        base,
        t!.token({ userId: randomUUID(), role: 'DRIVER', driverId: otherDriver! }),
      );
      const ahead = tomorrowOnly.page.getByTestId('driver-coming');
      await ahead.getByText('77 Other Driver Street').first().waitFor();
      await tomorrowOnly.page.getByText('No open shift.').waitFor();
      await tomorrowOnly.page
        .getByTestId('driver-shift-cancelled')
        .getByText(
          /^Your shift today, \d\d:\d\d–\d\d:\d\d, was cancelled\. Cancelled by your provider's administrator\. Reason: Водитель заболел$/,
        )
        .waitFor();
      assert(
        (await tomorrowOnly.page.locator('.next-stop').count()) === 0 &&
          (await tomorrowOnly.page.getByRole('button', { name: 'On my way' }).count()) === 0,
        'no status buttons before the shift starts',
      );
      assert(
        (await tomorrowOnly.page.getByRole('link', { name: /Call/ }).count()) === 0,
        "no rider's phone before the shift starts",
      );
      await axe(tomorrowOnly.page, 'driver: no shift today, tomorrow coming');
      const leftTomorrow = await englishLeftIn(tomorrowOnly.page, [...data, '77 Other Driver Street']);
      assert(
        leftTomorrow.length === 0,
        `no shift today: English left after switching the language: ${leftTomorrow.join(' | ')}`,
      );
      await tomorrowOnly.ctx.close();
    });

    await test("rider's live ride: the API's ETA as is, for one ride, ended on board; panels follow the stream; a half-served pair said on both cards", async () => {
      // Issue 18: the API said 880 s (arrival 04:48), the page 05:03 (the travel time added
      // twice), kept it onto the next ride and still said "vehicle expected" on board; the
      // messages and trips-left panels went stale.
      const john = seed.beneficiaryIds.john;
      const now = testNow().getTime();
      const startOfToday = Math.floor((now + 5 * 3600_000) / 86_400_000) * 86_400_000 - 5 * 3600_000;
      const t0 = Math.max(now - 120_000, startOfToday + 60_000);
      const ride = async (at: number, status: string, returnOf: string | null): Promise<string> => {
        const [r] = (await ds.query(
          `INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
             dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
             load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
             max_ride_seconds, direct_seconds, direct_metres, planned_pickup_at, planned_dropoff_at, return_of_booking_id, version)
           VALUES ($1, 'APP', '710000000', $2, 51.16, 71.43, '711410000', $3, 51.13, 71.40, '711410000', 'PICKUP', $4,
             'MEDICAL', '{}', 1, 0, $5, $4, $4::timestamptz + interval '15 minutes', $4,
             $4::timestamptz + interval '1 hour', 3600, 900, 8000, $4, $4::timestamptz + interval '20 minutes', $6, 1)
           RETURNING id`,
          [
            john,
            returnOf ? 'Abai Avenue 33' : 'Home, 12 Saryarka',
            returnOf ? 'Home, 12 Saryarka' : 'Abai Avenue 33',
            new Date(at),
            status,
            returnOf,
          ],
        )) as { id: string }[];
        return r!.id;
      };
      const there = await ride(t0, 'EN_ROUTE', null);
      const back = await ride(t0 + 30_000, 'SCHEDULED', there);
      // Tomorrow: the ride there waits while its return has a vehicle.
      const waitingThere = await ride(t0 + 86_400_000, 'WAITLISTED', null);
      const setBack = await ride(t0 + 86_400_000 + 6 * 3600_000, 'SCHEDULED', waitingThere);
      const live = api!.get(LiveEvents);
      const hhmm = (ms: number): string => new Date(ms + 5 * 3600_000).toISOString().slice(11, 16);
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'beneficiary (John'));
      await navTo(page, 'My rides');
      const liveCard = page.locator(`section.live[data-booking="${there}"]`);
      await liveCard.waitFor();
      // Both cards of the pair say it plainly: a way home, not there (and the other way round).
      const notice = (id: string) => page.locator(`[data-booking="${id}"] [data-testid="pair-notice"]`);
      assert(
        /^⚠ No vehicle yet for this ride there; your return \(.+\) has one\. You are on the waiting list\.$/.test(
          (await notice(waitingThere).textContent()) ?? '',
        ),
        `the waiting ride there says its return has a vehicle: ${await notice(waitingThere).textContent()}`,
      );
      assert(
        /has no vehicle yet: it is on the waiting list/.test((await notice(setBack).textContent()) ?? ''),
        'the return says the ride there waits',
      );
      assert((await notice(there).count()) === 0, 'no notice for a pair both with a vehicle');
      const eta = page.getByTestId('live-eta');
      /** The live ride's ETA line says exactly this (the page's own words). */
      const etaShows = (text: string, what: string): Promise<void> =>
        page
          .locator('[data-testid="live-eta"]', { hasText: new RegExp(`^${text.replace(/[.()]/g, '\\$&')}$`) })
          .waitFor({ timeout: 8000 })
          .catch(async () => {
            throw new Error(`${what}: the page says "${await eta.textContent()}"`);
          });
      /**
       * Publishes on the ride's channel every half second while `fn` waits (as pings come): the
       * page's stream may still be subscribing when the first one goes out.
       */
      const sending = async (bookingId: string, ev: LiveEvent, fn: () => Promise<unknown>): Promise<void> => {
        await live.publish('booking', bookingId, ev);
        const timer = setInterval(
          () => void live.publish('booking', bookingId, ev).catch(() => undefined),
          500,
        );
        try {
          await fn();
        } finally {
          clearInterval(timer);
        }
      };

      // The API's ETA: `at` is the arrival; the page shows it, not at + etaSeconds.
      const arrival = testNow().getTime() + 880_000;
      const ping = (bookingId: string, kind: string, at: number): LiveEvent => ({
        type: 'position',
        shiftId: '00000000-0000-0000-0000-000000000000',
        position: { lat: 51.15, lon: 71.42, at: testNow().toISOString() },
        etas: [
          {
            bookingId,
            kind,
            etaSeconds: Math.round((at - testNow().getTime()) / 1000),
            at: new Date(at).toISOString(),
          },
        ],
      });
      await sending(there, ping(there, 'PICKUP', arrival), () =>
        etaShows(
          `Vehicle expected at ${hhmm(arrival)}.`,
          `the ETA ${hhmm(arrival)} (not ${hhmm(arrival + 880_000)})`,
        ),
      );
      await axe(page, 'my rides (live ride, ETA)');
      await shot(page, '18-rider-live-eta');

      // The driver reports ARRIVED 3 km from the pick-up (taken, flagged for the dispatcher, as
      // the API does): under review the page still says the vehicle is on its way, with the ETA,
      // on the live stream and after a reload (the API's list and snapshot), never "the vehicle
      // is here"; the dispatcher rejects it: EN_ROUTE again, the same words (issue 18).
      await ds.query(
        `UPDATE booking SET status = 'ARRIVED', arrived_at = $2, version = version + 1 WHERE id = $1`,
        [there, testNow()],
      );
      await ds.query(
        `INSERT INTO status_anomaly (booking_id, status, code, params, reported_at) VALUES ($1, 'ARRIVED', 'ARRIVED_AWAY', '{"metres": 3100}', $2)`,
        [there, testNow()],
      );
      const onItsWay = async (what: string): Promise<void> => {
        await sending(there, ping(there, 'PICKUP', arrival), () =>
          etaShows(`Vehicle expected at ${hhmm(arrival)}.`, what),
        );
        const badge = (await liveCard.locator('.badge, [class*="status"]').first().textContent()) ?? '';
        assert(!/arrived/i.test(badge), `${what}: the status is not "arrived": ${badge}`);
        assert(
          !((await page.locator('main').textContent()) ?? '').includes('The vehicle is here'),
          `${what}: no "the vehicle is here"`,
        );
      };
      await sending(
        there,
        { type: 'status', bookingId: there, status: 'ARRIVED', version: 2, arrivalUnderReview: true },
        () => new Promise((r) => setTimeout(r, 1500)),
      );
      await onItsWay('an arrival under review, live');
      // Away and back: the page reads the API's list and the stream's snapshot afresh.
      await navTo(page, 'Book a ride');
      await navTo(page, 'My rides');
      await liveCard.waitFor();
      await onItsWay('an arrival under review, the page opened again');
      assert(
        (await page.locator(`li[data-booking="${there}"]`).getAttribute('data-status')) === 'EN_ROUTE',
        "the ride's card says on its way",
      );
      await axe(page, 'my rides (arrival under review)');
      await ds.query(`UPDATE status_anomaly SET review = 'REJECTED' WHERE booking_id = $1`, [there]);
      await ds.query(
        `UPDATE booking SET status = 'EN_ROUTE', arrived_at = NULL, version = version + 1 WHERE id = $1`,
        [there],
      );
      await sending(there, { type: 'status', bookingId: there, status: 'EN_ROUTE', version: 3 }, () =>
        onItsWay('the arrival rejected'),
      );

      // On board: the pickup ETA ends; the arrival at the destination comes with the status (the
      // API drives it from the pickup, walk F7), on the line and in the same announcement.
      await ds.query(`UPDATE booking SET status = 'ON_BOARD', version = version + 1 WHERE id = $1`, [there]);
      const boardedEta = testNow().getTime() + 900_000;
      await sending(
        there,
        {
          type: 'status',
          bookingId: there,
          status: 'ON_BOARD',
          version: 2,
          etas: ping(there, 'DROPOFF', boardedEta).etas,
        },
        () =>
          etaShows(
            `Arrival at the destination expected at ${hhmm(boardedEta)}.`,
            'the arrival at the destination with the status',
          ),
      );
      await page
        .locator('section.live [aria-live]', {
          hasText: `Your ride: On board. Arrival at the destination expected at ${hhmm(boardedEta)}.`,
        })
        .waitFor({ state: 'attached', timeout: 8000 })
        .catch(async () => {
          throw new Error(
            `the announcement says the status and the arrival: "${await page.locator('section.live [aria-live]').textContent()}"`,
          );
        });
      // The announcement follows a language switch (walk t23 m1: "Машина ожидается в 10:50." stayed
      // on the English page): said in Russian after switching, in English again after switching back.
      await page.getByRole('button', { name: 'Русский', exact: true }).click();
      await page
        .locator('section.live [aria-live]', {
          hasText: `Ваша поездка: В машине. Прибытие на место ожидается в ${hhmm(boardedEta)}.`,
        })
        .waitFor({ state: 'attached', timeout: 8000 })
        .catch(async () => {
          throw new Error(
            `the announcement in Russian after the switch: "${await page.locator('section.live [aria-live]').textContent()}"`,
          );
        });
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page
        .locator('section.live [aria-live]', { hasText: `Your ride: On board.` })
        .waitFor({ state: 'attached', timeout: 8000 });
      assert(
        !((await eta.textContent()) ?? '').includes('Vehicle expected'),
        'no "vehicle expected" once on board',
      );
      // A ping later, the arrival as the route goes now.
      const destination = testNow().getTime() + 600_000;
      await sending(there, ping(there, 'DROPOFF', destination), () =>
        etaShows(
          `Arrival at the destination expected at ${hhmm(destination)}.`,
          'the arrival at the destination',
        ),
      );
      // One time per ride on the page: the ride's card says the panel's arrival (issue 18: the
      // panel said 09:40 while the card said "arrival about 10:11").
      await page
        .locator(`li[data-booking="${there}"]`, {
          hasText: `Arrival at the destination expected at ${hhmm(destination)}.`,
        })
        .waitFor({ timeout: 8000 })
        .catch(async () => {
          throw new Error(
            `the card's arrival is the panel's ${hhmm(destination)}: ${await page.locator(`li[data-booking="${there}"]`).textContent()}`,
          );
        });
      assert(
        !((await page.locator(`li[data-booking="${there}"]`).textContent()) ?? '').includes(
          'Vehicle planned',
        ),
        'on board the card no longer says when the vehicle is planned (walk F7)',
      );

      // Done: the next ride is live, with no ETA of the previous one.
      await ds.query(`UPDATE booking SET status = 'COMPLETED', version = version + 1 WHERE id = $1`, [there]);
      await sending(there, { type: 'status', bookingId: there, status: 'COMPLETED', version: 3 }, () =>
        page.locator(`section.live[data-booking="${back}"]`).waitFor({ timeout: 8000 }),
      );
      const nextText = (await eta.textContent()) ?? '';
      assert(
        !nextText.includes(hhmm(destination)) && !nextText.includes(hhmm(arrival)),
        `the next ride shows no old ETA: ${nextText}`,
      );

      // The panels follow the event stream (no reload, no poll: neither panel polls).
      const allowance = page.getByTestId('allowance');
      await allowance.waitFor();
      const before = (await allowance.textContent()) ?? '';
      const messagesBefore = await page.getByTestId('messages').locator('li').count();
      await transact(ds, { userId: null, role: 'DISPATCHER' }, (uow) =>
        transitionBooking(uow, {
          bookingId: back,
          to: 'CANCELLED',
          expectedVersion: null,
          patch: { cancelledAt: testNow() },
        }),
      );
      await waitFor(
        async () => ((await allowance.textContent()) ?? '') !== before,
        `the trips left to change from "${before}"`,
      );
      await waitFor(
        async () => (await page.getByTestId('messages').locator('li').count()) === messagesBefore + 1,
        "the dispatcher's cancellation in the messages panel",
      );
      await page
        .getByTestId('messages')
        .getByText(/cancelled by the dispatcher/)
        .waitFor();
      await axe(page, 'my rides (panels after a change)');
      await shot(page, '19-rider-panels');
      await ctx.close();
      await ds.query(`UPDATE booking SET status = 'CANCELLED' WHERE id = ANY($1::uuid[])`, [
        [waitingThere, setBack],
      ]);
    });

    await test("rider's card on a moved platform clock (issue 23): the phone's clock hours behind; the ETA said as an ETA; a vehicle after the promised window said late, in words, announced", async () => {
      // A tester in the demo (DEMO_CLOCK_OFFSET_MS moves the platform's clock, not the phone's)
      // read "Vehicle planned at 19:29, arrival about 12:27" for a 12:20 pickup: the card put the
      // live ETA where the plan goes, and never said the car was late.
      const john = seed.beneficiaryIds.john;
      const now = testNow().getTime();
      const startOfToday = Math.floor((now + 5 * 3600_000) / 86_400_000) * 86_400_000 - 5 * 3600_000;
      const t0 = Math.max(now - 180_000, startOfToday + 30_000);
      const id = await insertEnRouteRide(ds, john, t0, {
        from: ['2 Satpayev Street', 51.16, 71.43],
        to: ['5 Aimanov Street', 51.13, 71.4],
        rideMinutes: 7,
      });
      const hhmm = (ms: number): string => new Date(ms + 5 * 3600_000).toISOString().slice(11, 16);
      const live = api!.get(LiveEvents);
      const { ctx, page } = await newPage({ clock: true });
      // The phone's clock 17 hours behind the platform's (the demo's evening: the platform reads
      // the next date's late morning): "today" and the token's expiry are the platform's.
      await page.clock.setSystemTime(new Date(now - 17 * 3600_000));
      try {
        await signInAs(page, base, tokenOf(seed, 'beneficiary (John'));
        await navTo(page, 'My rides');
        await page
          .locator(`section.live[data-booking="${id}"]`)
          .waitFor({ timeout: 10000 })
          .catch(() => {
            throw new Error("today's ride is followed live on the platform's date, not the phone's");
          });
        const card = page.locator(`li[data-booking="${id}"]`);
        const promised = t0 + 15 * 60_000;
        const publishWhile = async (at: number, fn: () => Promise<unknown>): Promise<void> => {
          const ev: LiveEvent = {
            type: 'position',
            shiftId: '00000000-0000-0000-0000-000000000000',
            position: { lat: 51.15, lon: 71.42, at: testNow().toISOString() },
            etas: [
              {
                bookingId: id,
                kind: 'PICKUP',
                etaSeconds: Math.round((at - testNow().getTime()) / 1000),
                at: new Date(at).toISOString(),
              },
            ],
          };
          const timer = setInterval(() => void live.publish('booking', id, ev).catch(() => undefined), 500);
          try {
            await fn();
          } finally {
            clearInterval(timer);
          }
        };
        // Inside the window: the ETA as an ETA, no lateness.
        const inTime = promised - 5 * 60_000;
        await publishWhile(inTime, () =>
          card.getByText(`Vehicle expected at ${hhmm(inTime)}.`, { exact: true }).waitFor({ timeout: 8000 }),
        );
        const text = (await card.textContent()) ?? '';
        assert(!text.includes('Vehicle planned'), `the card says no plan beside the ETA: ${text}`);
        assert((await card.getByTestId('vehicle-late').count()) === 0, 'not late inside the window');
        // After the promised window: late, by about how much, on the card and announced.
        const lateAt = promised + 8 * 60_000;
        const words = `The vehicle is late: expected about ${hhmm(lateAt)}, about 8 min after the promised ${hhmm(promised)}.`;
        await publishWhile(lateAt, async () => {
          await card
            .getByTestId('vehicle-late')
            .filter({ hasText: words })
            .waitFor({ timeout: 8000 })
            .catch(async () => {
              throw new Error(`the card says it is late: ${await card.textContent()}`);
            });
          await page
            .locator('section.live [aria-live]', { hasText: words })
            .waitFor({ state: 'attached', timeout: 8000 })
            .catch(async () => {
              throw new Error(
                `announced: "${await page.locator('section.live [aria-live]').first().textContent()}"`,
              );
            });
        });
        assert(
          ((await card.textContent()) ?? '').includes(`Vehicle expected at ${hhmm(lateAt)}.`),
          "the card's ETA is the late one",
        );
        await axe(page, 'my rides (the vehicle late)');
        await shot(page, '23-rider-vehicle-late');
      } finally {
        await ctx.close();
        await ds.query(`UPDATE booking SET status = 'CANCELLED' WHERE id = $1`, [id]);
      }
    });

    await test('driver report flagged on the board: the dispatcher confirms it (billed from then on)', async () => {
      if (!flaggedRide) throw new Skip('no ride was driven (outside service hours)');
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      const panel = page.getByTestId('status-flags');
      await panel.waitFor();
      await panel.getByText(/Marked as arrived [\d.,]+ km from the pick-up/).waitFor();
      // the stop is flagged on its route too
      await page.locator('.timeline .tag-flag').first().waitFor();
      await axe(page, 'board (driver reports to check)');
      await shot(page, '16-board-flags');
      await panel
        .getByRole('button', { name: /^Confirm: the ride happened/ })
        .first()
        .click();
      await panel.getByText(/^Confirmed at \d\d:\d\d: billed\.$/).waitFor();
      const [flag] = (await ds.query(`SELECT review FROM status_anomaly WHERE booking_id = $1`, [
        flaggedRide,
      ])) as { review: string }[];
      assert(flag?.review === 'CONFIRMED', `the flag is confirmed: ${flag?.review}`);
      const audited = (await ds.query(
        `SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'status_flag.confirmed'`,
        [flaggedRide],
      )) as unknown[];
      assert(audited.length === 1, 'the decision is audited');
      await ctx.close();
    });

    await test('phone desk, keyboard only: find a demo rider, book a return trip, hear it announced, cancel one leg with a reason', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      // From the page heading back into the main navigation, then the desk: keys only.
      for (let i = 0; i < 20 && (await focusedInfo(page)).text !== 'Phone desk'; i++)
        await page.keyboard.press('Shift+Tab');
      assert((await focusedInfo(page)).text === 'Phone desk', 'Shift+Tab reaches the Phone desk link');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Phone desk', level: 1 }).waitFor();
      await axe(page, 'phone desk (empty)');
      await tabTo(page, (f) => f.id === 'field-find', 'the search field');
      // Too short: said at the field.
      await page.keyboard.type('Т');
      await page.keyboard.press('Enter');
      await page.locator('#find-error').getByText('Type at least 2 characters.').waitFor();
      await axe(page, 'phone desk (search refused at its field)');
      await page.keyboard.type('улегенов');
      await page.keyboard.press('Enter');
      await until(
        page,
        `document.querySelector('#desk-announce')?.textContent === 'People found: 1.'`,
        'the search result announced',
      );
      await until(
        page,
        `document.activeElement?.textContent?.includes('Ерлан Тулегенов')`,
        'focus on the person found',
      );
      await page.keyboard.press('Enter');
      await until(
        page,
        `document.activeElement?.id === 'desk-person' && !!document.querySelector('.desk-facts')`,
        "focus on the person's heading",
      );
      await page
        .locator('.desk-facts')
        .getByText(/^\d+ of \d+$|^No monthly limit/)
        .waitFor();
      await axe(page, 'phone desk (person chosen)');
      // From: the person's home, offered among the saved places.
      await tabTo(page, (f) => f.id === 'field-from', 'From');
      await page.keyboard.type('Home');
      await page.getByRole('option', { name: /Home:/ }).first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.id === 'field-to', 'To');
      await page.keyboard.type('Syganak');
      await page
        .getByRole('option', { name: /Syganak Street/ })
        .first()
        .waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.id === 'field-date', 'the date');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(dotted(addDaysToLocalDate(localDateOf(testNow()), 1)));
      await tabTo(page, (f) => f.id === 'field-time', 'the pick-up time');
      await page.keyboard.type('0910');
      await tabTo(page, (f) => f.id === 'field-withReturn', 'the return checkbox');
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.id === 'field-returnTime', 'the return time');
      await page.keyboard.type('1150');
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Book by phone', 'the submit button');
      await shot(page, '30-phone-desk-form');
      await page.keyboard.press('Enter');
      const said = await page.evaluate<string>(
        `new Promise((done) => { const end = Date.now() + 15000; const tick = () => { const a = document.querySelector('#desk-announce')?.textContent ?? ''; const e = document.querySelector('.notice-error')?.textContent ?? ''; if (a.startsWith('Booked') || e || Date.now() > end) done(a + ' | ' + e); else setTimeout(tick, 100); }; tick(); })`,
      );
      assert(
        /^Booked for Ерлан Тулегенов: There .*; Return .*\.( \| )?$/.test(said.replace(/ \| $/, '')),
        `the booking announced, got: ${said}`,
      );
      await page.locator('#desk-result').waitFor();
      await shot(page, '30-phone-desk-booked');
      await axe(page, 'phone desk (booked)');
      const claims = JSON.parse(
        Buffer.from(tokenOf(seed, 'dispatcher (Astana').split('.')[1] as string, 'base64url').toString(),
      ) as { sub?: string; userId?: string };
      const legs = (await ds.query(
        `SELECT b.id, b.booked_by_user_id FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id
          WHERE p.full_name = 'Ерлан Тулегенов' AND b.channel = 'PHONE' AND b.created_at > now() - interval '5 minutes'
          ORDER BY b.requested_time`,
      )) as { id: string; booked_by_user_id: string }[];
      assert(legs.length === 2, `two phone bookings, got ${legs.length}`);
      assert(
        legs.every((l) => l.booked_by_user_id === (claims.sub ?? claims.userId)),
        `booked by the dispatcher: ${JSON.stringify(legs)}`,
      );
      // Cancel the return on the rider's behalf, the reason chosen by keyboard.
      await page
        .locator('.table')
        .getByRole('button', { name: /^Cancel ride/ })
        .last()
        .waitFor();
      const cancelButtons = await page
        .locator('.table')
        .getByRole('button', { name: /^Cancel ride/ })
        .count();
      let seen = 0;
      await tabTo(
        page,
        (f) => f.tag === 'BUTTON' && f.text.startsWith('Cancel ride') && ++seen === cancelButtons,
        'the last Cancel ride button',
      );
      await page.keyboard.press('Enter');
      await until(page, `document.activeElement?.tagName === 'SELECT'`, 'focus on the reason');
      await page.keyboard.press('ArrowDown');
      await axe(page, 'phone desk (cancelling)');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const cancelSaid = await page.evaluate<string>(
        `new Promise((done) => { const end = Date.now() + 15000; const tick = () => { const a = document.querySelector('#desk-announce')?.textContent ?? ''; const e = document.querySelector('[role="alert"]')?.textContent ?? ''; if (a.includes('cancelled') || e || Date.now() > end) done(a + ' | ' + e); else setTimeout(tick, 100); }; tick(); })`,
      );
      assert(
        /^The ride of .* is cancelled\. \| $/.test(cancelSaid),
        `the cancellation announced, got: ${cancelSaid}`,
      );
      const [ret] = (await ds.query(`SELECT status, status_reason FROM booking WHERE id = $1`, [
        legs[1]!.id,
      ])) as { status: string; status_reason: string }[];
      assert(
        ret?.status === 'CANCELLED' && ret.status_reason === 'CANCELLED_BOOKED_IN_ERROR',
        `the return is cancelled with its reason: ${JSON.stringify(ret)}`,
      );
      await axe(page, 'phone desk (cancelled)');
      // 320 px: the desk never scrolls sideways (its tables scroll in their own region).
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      const wide = await page.evaluate<string[]>(
        `[...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 321 && !el.parentElement.closest('.table-wrap')).slice(0, 8).map((el) => el.tagName + '.' + el.className + '#' + el.id + ' ' + getComputedStyle(el).overflowX + ' ' + Math.round(el.getBoundingClientRect().right))`,
      );
      assert(overflow <= 1, `/desk at 320 px scrolls sideways by ${overflow} px: ${wide.join(' | ')}`);
      await shot(page, '31-phone-desk-320px');
      await ctx.close();
    });

    await test('address suggestions only for the query they answer: searching meanwhile, no stale street (walk t23 m9)', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'beneficiary (John'));
      await navTo(page, 'Book a ride');
      const to = page.locator('#field-to');
      await to.click();
      await to.pressSequentially('Syganak');
      await page
        .getByRole('option', { name: /Syganak Street/ })
        .first()
        .waitFor();
      // A new query: until its answer comes, the list says it is searching, never the old street.
      await to.fill('Kabanbay 53');
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const listed =
          (await page
            .locator('.listbox')
            .first()
            .textContent()
            .catch(() => '')) ?? '';
        seen.push(listed);
        if (/Kabanbay/.test(listed)) break;
        await page.waitForTimeout(25);
      }
      assert(
        !seen.some((l) => /Syganak/.test(l)),
        `the previous query's street shown while typing the next one: ${seen.find((l) => /Syganak/.test(l))}`,
      );
      assert(/Searching…/.test(seen[0] ?? ''), `searching meanwhile: ${seen[0]}`);
      await page
        .getByRole('option', { name: /Kabanbay/ })
        .first()
        .waitFor();
      await ctx.close();
    });

    // Issue 21 (item 1): the desk books a weekly series, pages the person's rides (nothing capped),
    // changes a ride on the person's behalf (a refusal at its field first) and shows the person's
    // entitlement in full.
    await test('phone desk: a series for the caller, rides paged, a ride changed with the refusal at its field', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await navTo(page, 'Phone desk');
      await page.getByRole('heading', { name: 'Phone desk', level: 1 }).waitFor();
      await page.locator('#field-find').fill('оспанова');
      await page.locator('#field-find').press('Enter');
      await page.getByRole('button', { name: /Амина Оспанова/ }).click();
      // Companions allowed: the person's entitlement under the region's policy (read a moment later).
      await page.locator('.desk-facts').getByText('Entitled to a companion: up to 1 per ride').waitFor();
      const eligible = (await page.getByTestId('eligibility').textContent()) ?? '';
      assert(/Entitled to the service: Child, group 1/.test(eligible), `eligibility shown: ${eligible}`);
      await axe(page, 'phone desk (entitlement)');
      await pickPlace(page, 'from', 'Home', /Home:/);
      await page.locator('#field-to').click();
      await page.locator('#field-to').pressSequentially('Syganak');
      await page
        .getByRole('option', { name: /Syganak Street/ })
        .first()
        .click();
      await onTomorrow(page);
      await page.locator('#field-time').fill('10:00');
      // With its return each day: more rides than one page of the list.
      await page.locator('#field-withReturn').check();
      await page.locator('#field-repeat').check();
      for (const d of [2, 4, 6, 7]) await page.locator(`#field-weekday-${d}`).check();
      await page.locator('#field-until').fill(addDaysToLocalDate(localDateOf(testNow()), 13));
      await axe(page, 'phone desk (series)');
      await page.getByRole('button', { name: 'Book by phone' }).click();
      await until(
        page,
        `(document.querySelector('#desk-announce')?.textContent ?? '').startsWith('Booked for Амина Оспанова: every day')`,
        'the series announced',
      );
      const announced = (await page.locator('#desk-announce').textContent()) ?? '';
      process.stdout.write(`    ${announced}\n`);
      const [series] = (await ds.query(
        `SELECT s.id, (SELECT count(*)::int FROM booking b WHERE b.series_id = s.id AND b.channel = 'PHONE') AS rides
           FROM booking_series s JOIN beneficiary p ON p.id = s.beneficiary_id
          WHERE p.full_name = 'Амина Оспанова' ORDER BY s.created_at DESC LIMIT 1`,
      )) as { id: string; rides: number }[];
      assert(
        series && series.rides > 10,
        `a daily series with its first days booked: ${JSON.stringify(series)}`,
      );
      // More than a page: "Show more" fetches the rest, nothing is capped.
      const upcoming = page.getByRole('region', { name: 'Upcoming rides' });
      await upcoming.locator('tbody tr').nth(9).waitFor();
      assert((await upcoming.locator('tbody tr').count()) === 10, 'one page of upcoming rides');
      await page.getByRole('button', { name: 'Show more (Upcoming rides)' }).click();
      await until(
        page,
        `(document.querySelector('#desk-announce')?.textContent ?? '').startsWith('Rides added to the list')`,
        'more rides announced',
      );
      const [{ n: live }] = (await ds.query(
        `SELECT count(*)::int AS n FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id
          WHERE p.full_name = 'Амина Оспанова' AND b.status = ANY($1)`,
        [
          [
            'REQUESTED',
            'ACCEPTED',
            'WAITLISTED',
            'AWAITING_PROCUREMENT',
            'SCHEDULED',
            'EN_ROUTE',
            'ARRIVED',
            'ON_BOARD',
          ],
        ],
      )) as { n: number }[];
      const shown = await upcoming.locator('tbody tr').count();
      assert(shown === Math.min(live, 20), `the second page shown: ${shown} of ${live}`);
      await axe(page, 'phone desk (more rides)');
      // Change the first ride: outside the service hours first (said at the time field), then 12:00.
      const first = upcoming.locator('tbody tr').first();
      const rideId = ((await first.getAttribute('id')) ?? '').replace(/^ride-/, '');
      // The second booked to arrive by its time (the list, read again after the change, says so:
      // walk h2 N5, an arrival read as the pick-up).
      const arriving = ((await upcoming.locator('tbody tr').nth(1).getAttribute('id')) ?? '').replace(
        /^ride-/,
        '',
      );
      await ds.query(`UPDATE booking SET time_anchor = 'DROPOFF' WHERE id = $1`, [arriving]);
      await first.getByRole('button', { name: /^Change/ }).click();
      await page.locator('#desk-change-title').waitFor();
      await waitFor(
        async () => (await focusedInfo(page)).id === 'desk-change-title',
        'focus on the change form',
        5000,
      );
      await page.locator('#field-changeTime').fill('23:30');
      await page.getByRole('button', { name: 'Save the change' }).click();
      await page.locator('#field-changeTime-error').waitFor();
      const refusal = (await page.locator('#field-changeTime-error').textContent()) ?? '';
      assert(
        /service hours|hours/i.test(refusal) && !/[A-Z]{3,}_[A-Z]/.test(refusal),
        `refusal at the time: ${refusal}`,
      );
      await waitFor(
        async () => (await focusedInfo(page)).id === 'field-changeTime',
        'focus on the refused time',
        5000,
      );
      await axe(page, 'phone desk (change refused)');
      await shot(page, '32-phone-desk-change-refused');
      const [{ status: stillStatus }] = (await ds.query(`SELECT status FROM booking WHERE id = $1`, [
        rideId,
      ])) as {
        status: string;
      }[];
      assert(stillStatus !== 'CANCELLED', `a refused change changes nothing: ${stillStatus}`);
      await page.locator('#field-changeTime').fill('12:00');
      // Staff say why (a coded reason, in words).
      await page
        .getByLabel('Reason for the change')
        .selectOption({ label: 'Changed: the appointment was moved.' });
      await page.getByRole('button', { name: 'Save the change' }).click();
      await until(
        page,
        `(document.querySelector('#desk-announce')?.textContent ?? '').startsWith('The ride of ')`,
        'the change announced',
      );
      const changedSaid = (await page.locator('#desk-announce').textContent()) ?? '';
      assert(/is changed: now .*12:00/.test(changedSaid), `the change announced: ${changedSaid}`);
      const arrivingRow = page.locator(`#ride-${arriving}`);
      await arrivingRow
        .locator('td')
        .first()
        .filter({ hasText: /^\w{3} \d{1,2} \w+, arrive by \d\d:\d\d$/ })
        .waitFor();
      assert(
        /^Change \w{3} \d{1,2} \w+, arrive by \d\d:\d\d$/.test(
          (await arrivingRow.getByRole('button', { name: /^Change/ }).getAttribute('aria-label')) ?? '',
        ),
        'its change button names the arrival',
      );
      const rows = (await ds.query(
        `SELECT b.status, b.status_reason, b.channel, b.booked_by_user_id,
                (SELECT after->>'replaces' FROM audit_log a WHERE a.action = 'booking.changed' AND a.entity_id = n.id::text) AS replaces,
                (SELECT after->>'reason' FROM audit_log a WHERE a.action = 'booking.changed' AND a.entity_id = n.id::text) AS reason,
                n.id AS new_id, n.channel AS new_channel
           FROM booking b, booking n
          WHERE b.id = $1 AND n.beneficiary_id = b.beneficiary_id AND n.created_at > b.created_at
            AND n.series_id IS NULL AND n.status <> 'CANCELLED'`,
        [rideId],
      )) as {
        status: string;
        status_reason: string;
        replaces: string;
        reason: string;
        new_channel: string;
      }[];
      assert(
        rows.length === 1 &&
          rows[0]!.status === 'CANCELLED' &&
          rows[0]!.status_reason === 'REPLACED_BY_CHANGE' &&
          rows[0]!.replaces === rideId &&
          rows[0]!.reason === 'CHANGED_APPOINTMENT_MOVED' &&
          rows[0]!.new_channel === 'PHONE',
        `the ride replaced by a phone booking, audited: ${JSON.stringify(rows)}`,
      );
      // The history says why it was changed, in words.
      await page
        .locator(`#ride-${rideId}`)
        .filter({ hasText: 'Changed: the appointment was moved.' })
        .waitFor({ timeout: 10000 });
      await axe(page, 'phone desk (changed)');
      // Keyboard only: Change, Tab through the pre-filled From and To (they keep their places), the
      // time, Save. Leaving a chosen place with Tab once wiped it ("Choose a place from the list").
      const next = upcoming.locator('tbody tr').nth(1);
      const nextId = ((await next.getAttribute('id')) ?? '').replace(/^ride-/, '');
      const nextChange = next.getByRole('button', { name: /^Change/ });
      await nextChange.focus();
      await page.keyboard.press('Enter');
      await waitFor(
        async () => (await focusedInfo(page)).id === 'desk-change-title',
        'focus on the change form (keyboard)',
        5000,
      );
      await tabTo(page, (f) => f.id === 'field-changeFrom', 'the pre-filled From');
      await tabTo(page, (f) => f.id === 'field-changeTo', 'the pre-filled To');
      await tabTo(page, (f) => f.id === 'field-changeTime', 'the change time');
      // The day's return (14:00) later, at 15:30: after the way there, now at 12:00 (11:30 asked
      // for the return before it: two rides at once, refused since t22 M5).
      await page.keyboard.type('1530');
      // The reason is reached by Tab too (its first choice, the rider asked, kept).
      await tabTo(page, (f) => f.id === 'field-changeReason', 'the change reason');
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Save the change', 'Save the change');
      await page.keyboard.press('Enter');
      const keySaid = await page.evaluate<string>(
        `new Promise((done) => { const end = Date.now() + 15000; const tick = () => { const a = document.querySelector('#desk-announce')?.textContent ?? ''; const e = [...document.querySelectorAll('.field-error,[role="alert"]')].map((x) => x.textContent).join(' '); if (/is changed: now .*15:30/.test(a) || e.trim() || Date.now() > end) done(a + ' | ' + e); else setTimeout(tick, 100); }; tick(); })`,
      );
      assert(/is changed: now .*15:30/.test(keySaid), `the keyboard change announced, got: ${keySaid}`);
      const [{ status: nextStatus }] = (await ds.query(`SELECT status FROM booking WHERE id = $1`, [
        nextId,
      ])) as { status: string }[];
      assert(nextStatus === 'CANCELLED', `the keyboard change replaced the ride: ${nextStatus}`);
      // History pages newest first, with the replaced ride in it.
      const history = page.getByRole('region', { name: 'Recent rides' });
      await history.getByText('Changed: a ride with the new time or address replaces it.').first().waitFor();
      await shot(page, '33-phone-desk-changed');
      await ctx.close();
    });

    await test('officer publishes a new policy version', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'LEB officer'));
      await navTo(page, 'Service policy');
      await page.locator('#field-tripsPerMonth').waitFor();
      await axe(page, 'policy editor');
      await shot(page, '16-policy');
      const listed = page.locator('[data-testid="policy-versions"] li');
      await listed.first().waitFor(); // the versions load apart from the rules in force
      const before = await listed.count();
      await page.locator('#field-tripsPerMonth').fill('12');
      await page.locator('#field-tripsPerMonth').press('Tab');
      // The dispatch centre's number, published in the region's GTFS-Flex feed (issue 25).
      await page.getByLabel('Phone for booking').fill('+7 7172 55 55 55');
      // How long a procurement lot runs at the least is the region's rule (issue 20).
      await page.getByLabel('Shortest lot (days)').fill('45');
      await page.getByLabel('Shortest lot (days)').press('Tab');
      await page.getByRole('button', { name: 'Preview the changes' }).click();
      await page.getByRole('heading', { name: 'What changes' }).waitFor();
      await page.getByRole('cell', { name: '12', exact: true }).waitFor();
      await page.getByRole('cell', { name: '+7 7172 55 55 55', exact: true }).waitFor();
      await axe(page, 'policy preview');
      await shot(page, '17-policy-preview');
      await page.getByRole('button', { name: /Publish the new version/ }).click();
      await listed.nth(before).waitFor(); // the new version listed
      assert((await listed.count()) === before + 1, 'one new version listed');
      const [v] = (await ds.query(
        `SELECT rules->>'tripsPerMonth' AS trips, rules->>'bookingPhone' AS phone, rules->>'procurementMinLotDays' AS lot
           FROM service_policy ORDER BY version DESC LIMIT 1`,
      )) as {
        trips: string;
        phone: string;
        lot: string;
      }[];
      assert(v.lot === '45', `the published version's shortest lot is 45 days, is ${v.lot}`);
      assert(v.trips === '12', `the published version has 12 trips a month, has ${v.trips}`);
      assert(v.phone === '+7 7172 55 55 55', `the published version has the booking phone, has ${v.phone}`);
      await shot(page, '18-policy-published');
      await ctx.close();
    });

    await test('officer console: providers, unmet demand, reports', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'LEB officer'));
      await page.locator('table tbody tr').first().waitFor();
      await axe(page, 'providers');
      await shot(page, '19-providers');
      await page.getByRole('button', { name: 'Register a provider' }).click();
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.locator('.notice-error').waitFor();
      await axe(page, 'providers (register errors)');
      await shot(page, '20-providers-register-errors');
      // Issue 20: a DRAFT with a ride waiting for it and an awarded lot whose supplier is starting.
      const procurement = await procurementRequests(ds);
      await navTo(page, 'Unmet demand');
      await page.getByRole('heading', { name: 'Procurement requests' }).waitFor();
      await page.locator('.notice, .cards li, p').last().waitFor();
      await officerReadsProcurement(page, procurement);
      await axe(page, 'demand');
      await shot(page, '21-demand');
      await officerReadsProcurementIn(page);
      // The rider of the waiting ride reads the same date on their page, said plainly.
      const expected = (await page.locator('[data-testid="expected-service"]').first().textContent()) ?? '';
      const rider = await newPage();
      await signInAs(
        rider.page,
        base,
        t!.token({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: procurement.rider }),
      );
      await navTo(rider.page, 'My rides');
      const notice = rider.page.locator('[data-testid="procurement-notice"]');
      await notice.waitFor();
      const said = ((await notice.textContent()) ?? '').replace(/\u00a0/g, ' ');
      // From when that date can be booked (the booking horizon), and no dispatcher the region may
      // not have (walk 20).
      assert(
        /cannot be served: a provider is expected only from (\d\d\.\d\d\.20\d\d)\. (Book a ride on \1 or later|A ride on \1 can be booked from \d\d\.\d\d\.20\d\d)/.test(
          said,
        ) && !/dispatcher/.test(said),
        `the rider's notice: ${said} (officer: ${expected})`,
      );
      await axe(rider.page, 'rides (waiting for procurement)');
      await shot(rider.page, '21b-rides-procurement');
      await rider.ctx.close();
      // A rider waiting on the awarded lot reads that a provider is chosen, the date the
      // officer's card gives as expected by, and that the ride is scheduled as soon as the
      // provider has a vehicle: never "cannot be served, book again" (walk t25 M1).
      const awardedCard = page.locator('[data-testid="procurement-request"][data-stage="ONBOARDING"]');
      const startsBy = ((await awardedCard.locator('[data-testid="service-start"]').textContent()) ?? '')
        .replace(/\u00a0/g, ' ')
        .trim();
      const chosen = await newPage();
      await signInAs(
        chosen.page,
        base,
        t!.token({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: procurement.chosenRider }),
      );
      await navTo(chosen.page, 'My rides');
      const chosenNotice = chosen.page.locator('[data-testid="procurement-notice"]');
      await chosenNotice.waitFor();
      const chosenSaid = ((await chosenNotice.textContent()) ?? '').replace(/\u00a0/g, ' ');
      const by = /expected by (\d\d)\.(\d\d)\.(20\d\d)\./.exec(chosenSaid);
      const riderDate = by
        ? new Date(Date.UTC(Number(by[3]), Number(by[2]) - 1, Number(by[1]))).toLocaleDateString('en-GB', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          })
        : null;
      assert(
        /^A provider has been chosen/.test(chosenSaid) &&
          /as soon as the provider has a vehicle for it/.test(chosenSaid) &&
          !/cannot be served|Book a ride/.test(chosenSaid) &&
          riderDate === startsBy,
        `the chosen rider's notice: ${chosenSaid} (officer: ${startsBy})`,
      );
      await axe(chosen.page, 'rides (provider chosen)');
      await chosen.ctx.close();
      await navTo(page, 'Reports');
      // Issue 22: the operations figures, each chart with its table, an XLSX of each report.
      await page.getByRole('heading', { name: 'Operations figures' }).waitFor();
      await page.getByRole('heading', { name: 'On-time performance' }).waitFor({ timeout: 30000 });
      await axe(page, 'reports');
      await shot(page, '22-reports');
      await page.getByText('The same figures as a table').first().click();
      await axe(page, 'reports (a chart as a table)');
      // Money always with two decimals, as in the XLSX (walk t22 finding 4: "335.3 ₸" beside "311.74 ₸").
      const costCells = await page
        .getByRole('table', { name: 'Cost by provider' })
        .locator('td')
        .allTextContents();
      const money = costCells.map((c) => c.replace(/\u00a0/g, ' ')).filter((c) => c.endsWith('₸'));
      assert(
        money.length > 0 && money.every((c) => /\d\.\d\d ₸$/.test(c)),
        `money with two decimals: ${money.join(' | ')}`,
      );
      const xlsx = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download “Trips” (XLSX)' }).click();
      // Named for the report, the region and the period (walk t22 m8), as the API names it.
      const tripsFile = (await xlsx).suggestedFilename();
      assert(
        /^Trips — Astana — \d{4}-\d\d-\d\d–\d{4}-\d\d-\d\d\.xlsx$/.test(tripsFile),
        `the file's name: ${tripsFile}`,
      );
      // The month `n` months from the browser's (testNow) month in Astana, YYYY-MM.
      const kzMonth = (n: number): string => {
        const [y, m] = localDateOf(testNow()).split('-').map(Number) as [number, number];
        const k = y * 12 + m - 1 + n;
        return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
      };
      // District names without their codes (walk t22, finding 10).
      const districtOptions = await page.getByLabel('District').locator('option').allTextContents();
      assert(
        districtOptions.every((o) => !/\d{9}/.test(o)),
        `districts by name only: ${districtOptions.join(', ')}`,
      );
      // The monthly workbook: only closed months with data are offered (walk t22 m6), the newest
      // first; the oldest chosen; a month the history starts inside says from which day.
      const monthPick = page.getByLabel('Month of the report');
      const offered = await monthPick
        .locator('option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''));
      const closed = Array.from({ length: 12 }, (_, i) => kzMonth(-1 - i));
      assert(
        offered.every((m, i) => m === closed.filter((c) => offered.includes(c))[i]),
        `closed months, newest first: ${offered.join(', ')}`,
      );
      if (offered.length === 0) await page.getByText('No closed month has data yet.').waitFor();
      else {
        const earliest = offered[offered.length - 1]!;
        await monthPick.selectOption(earliest);
        const monthly = page.waitForEvent('download');
        await page.getByRole('button', { name: /^Monthly report for / }).click();
        const name = (await monthly).suggestedFilename();
        // The akimat's monthly report by its name and month in words, as the button says (walk t22 m6).
        const [ey, em] = earliest.split('-').map(Number) as [number, number];
        const monthWords = new Date(Date.UTC(ey, em - 1, 1)).toLocaleString('en', {
          month: 'long',
          timeZone: 'UTC',
        });
        assert(
          name === `Monthly report — Astana — ${monthWords} ${ey}.xlsx`,
          `the chosen month's file: ${name}`,
        );
      }
      // Refusals: the reasons' sum beside the refusals, and why they differ (walk t22 M1).
      const reasonsNote = page.getByTestId('refusal-reasons-note');
      if ((await reasonsNote.count()) > 0)
        assert(
          /^Requests refused: \d+\. Reasons given: \d+\. A refused request can have more than one reason/.test(
            (await reasonsNote.textContent()) ?? '',
          ),
          `the refusals' note: ${await reasonsNote.textContent()}`,
        );
      // The share over the limit says the limit, from the region's policy (walk t22 m2).
      await page
        .getByTestId('ride-limit')
        .getByText(
          /^Over the limit: a ride longer than [\d.]+ × the direct drive \+ \d+ min \(the region’s policy in force\)\.$/,
        )
        .waitFor();
      // A bad period is told at its field with the rule, the other controls kept (walk t22 m1).
      const providersBefore = await page.getByLabel('Provider').locator('option').allTextContents();
      const monthsBefore = await page.getByLabel('Month of the report').locator('option').count();
      const firstDay = page.getByLabel('First day');
      const lastDay = page.getByLabel('Last day');
      const lastBefore = await lastDay.inputValue();
      const firstBefore = await firstDay.inputValue();
      await lastDay.fill('01.01.2020');
      await page
        .getByText('The last day is before the first day: the period must end on or after it starts.')
        .waitFor();
      assert((await lastDay.getAttribute('aria-invalid')) === 'true', 'the last day marked');
      await lastDay.fill(lastBefore);
      await firstDay.fill('01.01.2020');
      await page.getByText('A report covers at most 366 days: shorten the period.').waitFor();
      assert(
        (await page.getByText('Some fields are filled in incorrectly').count()) === 0,
        'no vague error for a bad period',
      );
      assert(
        (await page.getByLabel('Provider').locator('option').allTextContents()).join('|') ===
          providersBefore.join('|'),
        'the providers kept',
      );
      assert(
        (await page.getByLabel('Month of the report').locator('option').count()) === monthsBefore,
        'the months kept',
      );
      await firstDay.fill(firstBefore);
      await page.getByRole('heading', { name: 'On-time performance' }).waitFor();
      await ctx.close();
      // The ministry reads the same figures for the country, and no person by name; it chooses a
      // region by name, and the districts follow it (finding 4).
      const analyst = await newPage();
      await signInAs(analyst.page, base, tokenOf(seed, 'ministry analyst'));
      await navTo(analyst.page, 'Providers');
      await analyst.page.getByRole('heading', { level: 1, name: 'Providers of the country' }).waitFor();
      await navTo(analyst.page, 'Reports');
      await analyst.page.getByRole('heading', { name: 'On-time performance' }).waitFor({ timeout: 30000 });
      assert((await analyst.page.getByRole('table', { name: 'By rider' }).count()) === 0, 'no rider table');
      // The country's figures per region (walk t22 finding 2), each region by name; the test
      // city's period may have no ride yet, which the table's place says.
      const byRegion = analyst.page.getByRole('table', { name: 'By region' });
      if ((await byRegion.count()) === 0) await analyst.page.getByText('By region: No data').waitFor();
      else {
        const regions = await byRegion.locator('tbody th').allTextContents();
        assert(regions.includes('Astana'), `the by-region table: ${regions.join(', ')}`);
      }
      assert(
        (await analyst.page.getByRole('button', { name: /^Monthly report for / }).count()) === 0,
        'no monthly workbook without a region',
      );
      // Districts only once a region is chosen (walk t22 m5: Astana's under 'All of Kazakhstan').
      assert((await analyst.page.getByLabel('District').count()) === 0, 'no district list for the country');
      const regionPick = analyst.page.getByLabel('Region', { exact: true });
      const regionNames = await regionPick.locator('option').allTextContents();
      assert(
        regionNames.includes('Abai Region') || regionNames.some((n) => /^Abai/.test(n)),
        `regions by name: ${regionNames.join(', ')}`,
      );
      // Both the figures and the districts list are asked for the chosen region.
      const asked = (kato: string) =>
        analyst.page.waitForResponse(
          (r) => r.url().includes('/reports/operations?') && r.url().includes(`regionKato=${kato}`),
        );
      // Mangystau: no flow of the suite gives it a provider (Almaty's got one from an earlier flow
      // in a full run, so its 'no provider' sentence depended on the order).
      const mangystau = asked('470000000');
      await regionPick.selectOption({ label: 'Mangystau Region' });
      assert((await mangystau).ok(), 'the figures of Mangystau');
      // No provider serves it: said in words, with the rides waiting (walk t22 M6).
      await analyst.page
        .getByText(
          /^No provider serves this region yet: its demand waits for procurement\. Requests waiting now: \d+\.$/,
        )
        .waitFor({ timeout: 30000 });
      assert((await analyst.page.getByLabel('District').count()) === 1, 'the district list of the region');
      const astana = asked('710000000');
      await regionPick.selectOption({ label: 'Astana' });
      assert((await astana).ok(), 'the figures of Astana');
      // The akimat's workbook once a month has data (a fresh test city has none closed yet).
      await analyst.page.getByRole('heading', { name: 'On-time performance' }).waitFor({ timeout: 30000 });
      if ((await analyst.page.getByLabel('Month of the report').locator('option').count()) === 0)
        await analyst.page.getByText('No closed month has data yet.').waitFor();
      else {
        const amonthly = analyst.page.waitForEvent('download');
        await analyst.page.getByRole('button', { name: /^Monthly report for / }).click();
        assert(/\.xlsx$/.test((await amonthly).suggestedFilename()), 'the akimat’s workbook for the analyst');
      }
      await axe(analyst.page, 'reports (ministry)');
      await analyst.ctx.close();
    });

    await test('reports at desktop width, 320 px and one day (walk t22 m6, m7)', async () => {
      // A provider of the city with a shift today (a live day): its row in each per-provider table.
      const fx = new Fixtures(ds);
      const today = localDateOf(testNow());
      const { shiftId } = await fx.shift(await fx.provider([ASTANA], ASTANA), {
        startsAt: localDateTimeToUtc(today, '00:30'),
        endsAt: localDateTimeToUtc(today, '08:30'),
      });
      const ride = await insertBooking(ds, {
        beneficiaryId: await insertBeneficiary(ds, ASTANA, false),
        regionKato: ASTANA,
        pickupKato: DISTRICT.yesil,
        purpose: 'MEDICAL',
        at: localDateTimeToUtc(today, '01:00'),
        createdAt: testNow(),
        directMetres: 6000,
        status: 'ACCEPTED',
      });
      await ds.query(
        `UPDATE booking SET status = 'COMPLETED', shift_id = $2, arrived_at = pickup_earliest, actual_pickup_at = pickup_earliest,
                actual_dropoff_at = pickup_earliest + interval '20 minutes' WHERE id = $1`,
        [ride, shiftId],
      );
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'LEB officer'));
      await navTo(page, 'Reports');
      await page.getByRole('heading', { name: 'On-time performance' }).waitFor({ timeout: 30000 });
      // At 1366 px each per-provider table shows all its columns, none in a narrow scroll region
      // (walk t22 m6: 3 of 5 columns of 'Productivity by provider'); at 320 px and 200 % text the
      // page still does not scroll sideways (the tables scroll in their own regions).
      await page.setViewportSize({ width: 1366, height: 768 });
      // (A chart's own table, under 'The same figures as a table', stays in the chart's column.)
      const narrow = await page.evaluate<string[]>(
        `[...document.querySelectorAll('.ops-part .table-wrap')].filter((w) => !w.closest('details')).filter((w) => w.scrollWidth - w.clientWidth > 1 || w.getBoundingClientRect().width < 0.95 * w.closest('.charts').getBoundingClientRect().width).map((w) => w.querySelector('caption')?.textContent ?? '?')`,
      );
      const byProvider = await page.locator('.ops-part table').filter({ hasText: 'Provider' }).count();
      assert(
        byProvider > 0 && narrow.length === 0,
        `tables narrower than the page at 1366 px: ${narrow.join(', ')}`,
      );
      await page.setViewportSize({ width: 320, height: 800 });
      await noSideways(page, '/officer/reports');
      await page.setViewportSize({ width: 1280, height: 900 });
      // One day is said once (walk t22 m7: 'Wed, 25 November – Wed, 25 November').
      const lastDay = await page.getByRole('textbox', { name: 'Last day', exact: true }).inputValue();
      await page.getByRole('textbox', { name: 'First day', exact: true }).fill(lastDay);
      await page.getByText(/^Day: /).waitFor({ timeout: 30000 });
      assert((await page.getByText(/^Period: /).count()) === 0, 'one day, not a period of one day');
      await axe(page, 'reports (one day)');
      await ctx.close();
    });

    // Issue 25, item 1: the officer plans two scenarios on the recorded requests, watches them
    // run, reads them side by side (charts, each with its table, and one table of every figure)
    // and downloads them as a workbook that opens; the ministry reads them.
    await test('officer plans two what-if scenarios and compares them side by side', async () => {
      // The two days before today, as recorded: what the scenarios replay.
      const removeRecorded = await recordedDaysBack(ds, ASTANA, 2);
      // A request refused then for short notice: the recorded refusal carries no rule's value
      // (walk t25b N1: "Refused: Please book at least {minutes} minutes…").
      const [{ id: refusal }] = (await ds.query(
        `INSERT INTO audit_log (actor_role, action, entity_type, entity_id, after)
         SELECT 'BENEFICIARY', 'booking.rejected_attempt', 'beneficiary', b.id::text,
                jsonb_build_object('at', $2::text, 'reasons', jsonb_build_array('LEAD_TIME_TOO_SHORT'))
           FROM beneficiary b WHERE rpad(left(b.residence_kato, 2), 9, '0') = $1 LIMIT 1 RETURNING id`,
        [
          ASTANA,
          new Date(localDateTimeToUtc(addDaysToLocalDate(localDateOf(testNow()), -1), '12:00')).toISOString(),
        ],
      )) as { id: string }[];
      try {
        const { ctx, page } = await newPage();
        await signInAs(page, base, tokenOf(seed, 'LEB officer'));
        await navTo(page, 'Plan scenarios');
        await page.getByRole('heading', { level: 1, name: /what-if scenarios/ }).waitFor();
        await axe(page, 'what-if (new)');
        // The rules in force beside the fields that change them.
        const inForce = (await page.getByTestId('whatif-in-force').textContent()) ?? '';
        assert(
          /^In force now: rides \d\d:\d\d–\d\d:\d\d; booked \d+\smin ahead; pickup window \d+ min; longest ride [\d.]+ × the direct drive \+ \d+ min\.$/.test(
            inForce,
          ),
          `the rules in force, the ride limit as applied (walk t25 M3): ${inForce}`,
        );
        const [hoursFrom, hoursTo] = /rides (\d\d:\d\d)–(\d\d:\d\d)/.exec(inForce)!.slice(1);
        // Nothing named: refused at the field, focus there.
        await page.getByRole('button', { name: 'Run the scenario' }).click();
        await page.locator('.notice-error').waitFor();
        await waitFor(async () => (await focusedInfo(page)).id === 'field-name', 'focus on the name', 5000);
        // In words: to be filled in, never the validator's "At least 1 characters".
        await page.getByText('Fill in this field.').first().waitFor();
        assert(
          (await page.getByText(/At least 1 characters|expected format/).count()) === 0,
          'an empty name is to be filled in',
        );
        await axe(page, 'what-if (errors)');
        const today = localDateOf(testNow());
        const fillScenario = async (name: string, growth: string) => {
          await page.locator('#field-name').fill(name);
          await page.locator('#field-demand-from').fill(dotted(addDaysToLocalDate(today, -2)));
          await page.locator('#field-demand-to').fill(dotted(addDaysToLocalDate(today, -1)));
          await page.locator('#field-demand-growth').fill(growth);
        };
        // A period that has not begun is refused at its field, in words.
        await fillScenario('As booked', '1');
        await page.locator('#field-demand-from').fill(dotted(addDaysToLocalDate(today, 1)));
        await page.locator('#field-demand-to').fill(dotted(addDaysToLocalDate(today, 14)));
        await page.getByRole('button', { name: 'Run the scenario' }).click();
        await page.locator('#field-demand-from[aria-invalid="true"]').waitFor();
        await page
          .getByText(/must start by today/)
          .first()
          .waitFor();
        // One that ends in the future (its requests not recorded yet) is refused at its end, in words.
        await page.locator('#field-demand-from').fill(dotted(addDaysToLocalDate(today, -2)));
        await page.getByRole('button', { name: 'Run the scenario' }).click();
        await page.locator('#field-demand-from:not([aria-invalid="true"])').waitFor();
        await page.locator('#field-demand-to[aria-invalid="true"]').waitFor();
        await page
          .getByText(/must end by yesterday \(.+\): a scenario replays recorded requests/)
          .first()
          .waitFor();
        await page.locator('#field-demand-to').fill(dotted(addDaysToLocalDate(today, -1)));
        // Service hours that cannot be read (walk t25 M4): nothing is sent (never run "as now"),
        // both fields say so, the summary lists them and focus goes to the first.
        let sent = 0;
        const countPosts = (r: { url(): string; method(): string }) => {
          if (r.method() === 'POST' && r.url().includes('/whatif/scenarios')) sent += 1;
        };
        page.on('request', countPosts);
        await page.locator('#field-policy-serviceHours-from').fill('25:99');
        await page.locator('#field-policy-serviceHours-to').fill('noon');
        await page.locator('#field-policy-serviceHours-to').press('Enter');
        await page.locator('#field-policy-serviceHours-to[aria-invalid="true"]').waitFor();
        await page.locator('#field-policy-serviceHours-from[aria-invalid="true"]').waitFor();
        await page
          .locator('.notice-error')
          .getByText(/Rides offered from: Enter the time as hours:minutes/)
          .waitFor();
        await waitFor(
          async () => (await focusedInfo(page)).id === 'field-policy-serviceHours-from',
          'focus on the first unreadable time',
          5000,
        );
        await page.getByRole('button', { name: 'Run the scenario' }).click();
        await page.waitForTimeout(500);
        page.off('request', countPosts);
        assert(sent === 0, `a form with unreadable times is not sent (${sent} sent)`);
        await page.locator('#field-policy-serviceHours-from').fill('');
        await page.locator('#field-policy-serviceHours-to').fill('');
        await page.getByRole('button', { name: 'Run the scenario' }).click();
        // Said when it starts, then when it is ready (two days' rides replay in a moment).
        await page.getByText(/^“As booked” is (being calculated|ready)\.$/).waitFor();
        await fillScenario('Twice the demand, two more vans, 07:00-23:00', '2');
        // Adding a change takes focus to its first field; removing one, back to the add button.
        await page.getByRole('button', { name: 'Add or take away vehicles' }).click();
        await waitFor(
          async () => (await focusedInfo(page)).id === 'field-fleet-0-kind',
          'focus on the new change',
          5000,
        );
        // An added vehicle works the service hours in force (walk t25 m9: was 07:00-19:00).
        const shift = [
          await page.locator('#field-fleet-0-shiftStart').inputValue(),
          await page.locator('#field-fleet-0-shiftEnd').inputValue(),
        ];
        assert(
          JSON.stringify(shift) === JSON.stringify([hoursFrom, hoursTo]),
          `an added vehicle's shift ${JSON.stringify(shift)}, the hours ${hoursFrom}–${hoursTo}`,
        );
        await page.getByRole('button', { name: 'Add or take away vehicles' }).click();
        await waitFor(
          async () => (await focusedInfo(page)).id === 'field-fleet-1-kind',
          'focus on the second change',
          5000,
        );
        await page.getByRole('button', { name: /Remove change 2/ }).click();
        await waitFor(
          async () => (await focusedInfo(page)).text === 'Add or take away vehicles',
          'focus back on the add button',
          5000,
        );
        await page.locator('#field-fleet-0-count').fill('2');
        await page.locator('#field-policy-serviceHours-from').fill('07:00');
        await page.locator('#field-policy-serviceHours-to').fill('23:00');
        await page.locator('#field-policy-windowMinutes').fill('30');
        await axe(page, 'what-if (a fleet change)');
        await page.getByRole('button', { name: 'Run the scenario' }).click();
        await page
          .getByText(/^“Twice the demand, two more vans, 07:00-23:00” is (being calculated|ready)\.$/)
          .waitFor();
        await shot(page, '90-whatif-running');
        const ready = page.getByRole('row').filter({ hasText: 'Ready' });
        await waitFor(async () => (await ready.count()) >= 2, 'both scenarios ready', 180000);
        // Ticked second, the baseline still comes first (walk t25 m8).
        await page
          .getByRole('checkbox', { name: 'Compare “Twice the demand, two more vans, 07:00-23:00”' })
          .check();
        await page.getByRole('checkbox', { name: 'Compare “As booked”' }).check();
        const table = page.getByRole('table', { name: 'Every figure of the chosen scenarios' });
        await table.waitFor();
        const cells = async (label: string) =>
          table
            .locator('tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) })
            .locator('td')
            .allTextContents();
        const requests = (await cells('Requests')).map((x) => Number(x.replace(/\D/g, '')));
        assert(requests.length === 2 && requests[0]! > 0, `requests of both scenarios: ${requests}`);
        assert(requests[1] === requests[0]! * 2, `twice the demand is twice the requests: ${requests}`);
        const vehicles = (await cells('Vehicles')).map((x) => Number(x.replace(/\D/g, '')));
        assert(vehicles[1] === vehicles[0]! + 2, `two more vehicles: ${vehicles}`);
        // The one changing nothing is marked the baseline; a fleet change in words (walk h4).
        const heads = await table.locator('thead th').allTextContents();
        assert(
          JSON.stringify(heads.slice(1)) ===
            JSON.stringify(['As booked baseline', 'Twice the demand, two more vans, 07:00-23:00']),
          `the baseline marked: ${JSON.stringify(heads)}`,
        );
        const fleetAsked = await cells('Changes to the vehicles');
        // The hours the scenario sets are the hours bought: its shifts cut to them, said so
        // (walk t25 minor 1); the baseline's are replayed as recorded.
        assert(
          fleetAsked[0] === 'As now' &&
            /^2 more wheelchair vehicles, \d\d:\d\d–\d\d:\d\dShifts cut to the hours rides are offered, 07:00–23:00: the vehicle hours outside them are not bought \([\d,.]+ before the cut; shifts dropped as wholly outside: \d+\)\.$/.test(
              fleetAsked[1]!,
            ),
          `the fleet change in words: ${JSON.stringify(fleetAsked)}`,
        );
        assert((await cells('Served share'))[0]!.includes('%'), 'the served share as a percentage');
        // On time as a person can use it: the plan's own share named as what it is, and the share
        // expected with the delays the period saw (t25 M3), in the table, a chart and its definition.
        const expected = await cells('Expected on time \\(with the delays observed in the period\\)');
        assert(
          expected.length === 2 && expected.every((x) => x.includes('%')),
          `expected on time of both scenarios: ${expected}`,
        );
        assert(
          (await cells('Pickups planned inside the window')).length === 2,
          'pickups planned inside the window',
        );
        // Each refusal named in words, never a rule's placeholder (walk t25b N1).
        const refusedRows = await table.locator('th', { hasText: /^Refused: / }).allTextContents();
        assert(
          refusedRows.includes('Refused: Booked at too short notice') &&
            refusedRows.every((x) => !/[{}]/.test(x)),
          `the refusal rows: ${JSON.stringify(refusedRows)}`,
        );
        // The reasons break the refusals down (walk t25 M2): each request once, under its first.
        const refusedBy = await table
          .locator('tr', { has: page.locator('th', { hasText: /^Refused: / }) })
          .evaluateAll((trs) =>
            trs.map((tr) =>
              [...tr.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/\D/g, ''))),
            ),
          );
        const refusedAll = (await cells('Refused by the rules')).map((x) => Number(x.replace(/\D/g, '')));
        assert(
          JSON.stringify([0, 1].map((i) => refusedBy.reduce((a, r) => a + r[i]!, 0))) ===
            JSON.stringify(refusedAll),
          `the reasons ${JSON.stringify(refusedBy)} add up to the refusals ${JSON.stringify(refusedAll)}`,
        );
        await page.getByText(/^The refusal reasons count each refused request once/).waitFor();
        // The ride limit as applied, and the share over it (walk t25 M3).
        const overLimit = await cells('Rides over the limit \\(longest ride rule\\)');
        assert(
          overLimit.length === 2 && overLimit.every((x) => x.includes('%')),
          `rides over the limit: ${JSON.stringify(overLimit)}`,
        );
        assert(
          /^The longest ride is applied as [\d.]+ × the direct drive \+ \d+ min/.test(
            (await page.getByTestId('whatif-ride-limit').textContent()) ?? '',
          ),
          'the ride limit said as applied',
        );
        await page.getByRole('figure', { name: 'Expected on time, %' }).waitFor();
        await page.getByText(/^Expected on time: each planned pickup counts/).waitFor();
        await page.getByRole('figure', { name: 'Served share, %' }).waitFor();
        // The charts read at the page's size: every label and value at least 12 px and whole (a
        // long name wraps), at the page's width and at 320 px; a small figure keeps its digits,
        // as the table has it (0.06, never 0).
        const longName = 'Twice the demand, two more vans, 07:00-23:00';
        for (const width of [1280, 320]) {
          await page.setViewportSize({ width, height: 900 });
          const read = await chartReadings(page);
          assert(read.length >= 6 * 4, `labels and values of the six charts at ${width} px: ${read.length}`);
          const small = read.filter((r) => r.px < 12);
          assert(
            small.length === 0,
            `at ${width} px, text under 12 px: ${JSON.stringify(small.slice(0, 3))}`,
          );
          const cut = read.filter((r) => !r.inside || r.cut);
          assert(cut.length === 0, `at ${width} px, text cut: ${JSON.stringify(cut.slice(0, 3))}`);
          assert(
            read.some((r) => r.text === `${longName}: Refused by the rules`),
            `the long name whole in its label at ${width} px`,
          );
          // The page never scrolls sideways (a wide table scrolls in its own region).
          const sideways = await page.evaluate<number>(
            'document.documentElement.scrollWidth - document.documentElement.clientWidth',
          );
          assert(sideways <= 0, `at ${width} px the page scrolls sideways by ${sideways} px`);
          if (width === 320) await shot(page, '92-whatif-320');
        }
        await page.setViewportSize({ width: 1280, height: 900 });
        const perHourLabel = 'Passenger trips (riders and companions) per vehicle hour';
        const perHour = (await cells(perHourLabel.replace(/[()]/g, '\\$&'))).map((x) => x.trim());
        const perHourChart = (await chartReadings(page))
          .filter((r) => r.chart === perHourLabel && !/[A-Za-z]/.test(r.text))
          .map((r) => r.text.trim());
        assert(
          JSON.stringify(perHourChart) === JSON.stringify(perHour) && perHour.every((x) => /[1-9]/.test(x)),
          `trips per vehicle hour, chart ${JSON.stringify(perHourChart)} against the table ${JSON.stringify(perHour)}`,
        );
        // What it divides is on the page (walk t25 minor 2): the passenger trips, companions in them,
        // over the vehicle hours.
        const number = (x: string) => Number(x.replace(/[^\d.]/g, ''));
        const trips = (await cells('Passenger trips \\(riders and companions\\)')).map(number);
        const hours = (await cells('Vehicle hours')).map(number);
        assert(
          trips.length === 2 && trips.every((x, i) => Math.abs(x / hours[i]! - number(perHour[i]!)) < 0.006),
          `passenger trips ${JSON.stringify(trips)} / vehicle hours ${JSON.stringify(hours)} = ${JSON.stringify(perHour)}`,
        );
        // Ride time as the rule applies it and the reports count it, planned against recorded in words (walk t25 M2).
        assert(
          /^Ride time is counted as the longest ride rule applies it and as the reports count it: from the rider on board/.test(
            (await page.getByTestId('whatif-ride-time').textContent()) ?? '',
          ),
          'ride time said as measured',
        );
        await page
          .getByRole('figure', { name: 'Ride time, minutes' })
          .getByText('The same figures as a table')
          .click();
        // Said to a screen reader without a total: scenarios' shares and ratios do not add up.
        const summaries = await page.locator('figure.chart [id$="-desc"]').allTextContents();
        assert(
          summaries.length > 0 && summaries.every((x) => /^The largest is /.test(x)),
          `chart summaries: ${JSON.stringify(summaries)}`,
        );
        await axe(page, 'what-if (side by side)');
        await shot(page, '91-whatif-side-by-side');
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download as a spreadsheet (XLSX)' }).click();
        const file = await download;
        // Named for what it holds: both scenarios and the day.
        assert(
          file.suggestedFilename() ===
            `What-if scenarios As booked + Twice the demand, two more vans, 07-00-23-00, ${today}.xlsx`,
          `the workbook's name: ${file.suggestedFilename()}`,
        );
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile((await file.path())!);
        const rows = (wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((r) =>
          r.slice(1),
        );
        const row = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
        assert(
          JSON.stringify(row('')) ===
            JSON.stringify(['As booked (baseline)', 'Twice the demand, two more vans, 07:00-23:00']),
          `the workbook names both scenarios, the baseline marked: ${JSON.stringify(row(''))}`,
        );
        // Its header rows say the region and when each scenario was calculated (walk h4).
        assert(
          JSON.stringify(row('Region')) === JSON.stringify(['Astana', 'Astana']),
          `the workbook's region: ${JSON.stringify(row('Region'))}`,
        );
        assert(
          row('Calculated at')?.length === 2 && row('Calculated at')!.every((x) => x instanceof Date),
          `the workbook's run times: ${JSON.stringify(row('Calculated at'))}`,
        );
        assert(
          /^2 more wheelchair vehicles, /.test(String(row('Fleet change')?.[1])),
          `the workbook's fleet change: ${JSON.stringify(row('Fleet change'))}`,
        );
        assert(
          JSON.stringify(row('Requests')) === JSON.stringify(requests),
          `the workbook's requests: ${row('Requests')}`,
        );
        assert(
          JSON.stringify(row('Hours rides are offered')) ===
            JSON.stringify([`${hoursFrom}–${hoursTo}`, '07:00–23:00']),
          `the hours asked, the baseline's spelled out (walk t25 m6): ${JSON.stringify(row('Hours rides are offered'))}`,
        );
        // On time as the page says it (walk t25 M1): no schedule counts of "all on time, none late".
        assert(
          rows.every((r) => !['Arrivals', 'Late', 'Late p95, min'].includes(String(r[0]))) &&
            row('Expected on time (with the delays observed in the period)')?.length === 2,
          'the workbook gives the expected on time, not the schedule counts',
        );
        assert(row('Vehicle hours')?.length === 2, 'vehicle hours named as on the page');
        assert(
          /^[\d.]+ × the direct drive \+ \d+ min$/.test(
            String(row('Ride time limit (rides beyond it are “over the limit”)')?.[0]),
          ),
          `the workbook's ride limit: ${JSON.stringify(row('Ride time limit (rides beyond it are “over the limit”)'))}`,
        );
        assert(
          row('Booked at too short notice')?.length === 2 &&
            rows.every((r) => !/[{}]/.test(String(r[0] ?? ''))),
          `the workbook's refusals by reason: ${JSON.stringify(row('Booked at too short notice'))}`,
        );
        // Deleting asks first: "Keep it" keeps it (focus back on its button), "Yes, delete" removes it.
        const twice = 'Twice the demand, two more vans, 07:00-23:00';
        await page.getByRole('button', { name: `Delete “${twice}”` }).click();
        await page.getByText(`Delete “${twice}” for good?`).waitFor();
        await axe(page, 'what-if (delete asked)');
        await page.getByRole('button', { name: 'Keep it' }).click();
        await waitFor(async () => (await focusedInfo(page)).text === 'Delete', 'focus back on Delete', 5000);
        await page.getByRole('button', { name: `Delete “${twice}”` }).click();
        await page.getByRole('button', { name: 'Yes, delete' }).click();
        await page.getByText(`“${twice}” is deleted.`).waitFor();
        await waitFor(
          async () => (await page.getByRole('row', { name: new RegExp(twice) }).count()) === 0,
          'its row gone',
          10000,
        );
        // Said again in the reader's language when it changes (walk t25: English on the Russian page).
        await page.getByRole('button', { name: 'Русский', exact: true }).click();
        await page.getByText(`«${twice}» удалён.`).waitFor({ timeout: 5000 });
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await ctx.close();
        // The ministry reads them (every region), and creates none.
        const analyst = await newPage();
        await signInAs(analyst.page, base, tokenOf(seed, 'ministry analyst'));
        await navTo(analyst.page, 'Plan scenarios');
        await analyst.page.getByRole('row', { name: /As booked/ }).waitFor();
        // Each scenario's region, by name (the ministry reads every region's).
        assert(
          /Astana/.test((await analyst.page.getByRole('row', { name: /As booked/ }).textContent()) ?? ''),
          'the region of the scenario',
        );
        assert(
          (await analyst.page.getByRole('button', { name: 'Run the scenario' }).count()) === 0,
          'no form for the ministry',
        );
        // ... and is told so (walk t25 m11).
        await analyst.page.getByText(/^You see the regions’ scenarios read-only/).waitFor();
        await axe(analyst.page, 'what-if (ministry)');
        await analyst.ctx.close();
      } finally {
        await removeRecorded();
        await ds.query('DELETE FROM audit_log WHERE id = $1', [refusal]);
      }
    });

    // Issue 21 (item 2): the beneficiary registry. The officer registers a new person (refusals at
    // their fields, in words), reads why they may ride, edits (audited), adds and removes a
    // guardian; the person then signs in by phone and books. The centre's dispatcher reads only.
    await test('officer sizes a procurement lot from evidence and sees it on the request', async () => {
      // Issue 25.2: the Abai region (no provider) with a DRAFT whose rides wait in Semey: two at
      // the same hour 30 km apart (two vehicles), one of them in a wheelchair.
      const ABAI = '100000000';
      const SEMEY = '101010000';
      await insertAllDayPolicy(ds, ABAI);
      const today = localDateOf(testNow());
      const waiting = async (km: number, wheelchair: boolean, at: string): Promise<void> => {
        const who = await insertBeneficiary(ds, ABAI, wheelchair);
        const ride = await insertBooking(ds, {
          beneficiaryId: who,
          regionKato: ABAI,
          pickupKato: SEMEY,
          purpose: 'MEDICAL',
          at: localDateTimeToUtc(addDaysToLocalDate(today, 2), at),
          createdAt: testNow(),
          directMetres: 6000,
          wheelchair,
          status: 'AWAITING_PROCUREMENT',
        });
        await ds.query(
          `UPDATE booking SET pickup_lat = pickup_lat + $2, dropoff_lat = dropoff_lat + $2 WHERE id = $1`,
          [ride, km / 111],
        );
      };
      await waiting(0, false, '10:00');
      await waiting(30, true, '10:00');
      // As dispatch does when nothing covers a ride: the region's DRAFT with its lot.
      await aggregateRegion(ds, ABAI, 'web-sizing');
      await waitFor(
        async () =>
          (
            (await ds.query(
              `SELECT 1 FROM procurement_request WHERE region_kato = $1 AND status = 'DRAFT' AND demand ? 'lot'`,
              [ABAI],
            )) as unknown[]
          ).length > 0,
        'the Abai DRAFT',
      );
      const { ctx, page } = await newPage();
      await signInAs(page, base, t!.token({ userId: randomUUID(), role: 'LEB_OFFICER', regionKato: ABAI }));
      await navTo(page, 'Unmet demand');
      const card = page.locator('[data-testid="procurement-request"][data-stage="DRAFT"]');
      const sizing = card.locator('[data-testid="lot-sizing"]');
      await sizing.getByRole('heading', { name: 'Size the lot from evidence' }).waitFor();
      assert(/Not sized yet/.test((await sizing.textContent()) ?? ''), 'the lot says it is not sized yet');
      // A target out of range: refused at its field, in words, and the field says it is invalid.
      const target = sizing.getByLabel('Share of the waiting rides to serve, %');
      await target.fill('40');
      await sizing.getByRole('button', { name: 'Size the lot' }).click();
      await sizing.locator('input[aria-invalid="true"]').waitFor();
      const refusal = (await sizing.locator('.field-error').textContent()) ?? '';
      assert(
        /50/.test(refusal) && !/targetPercent|[A-Z]{2,}_/.test(refusal),
        `the target's refusal: ${refusal}`,
      );
      await axe(page, 'demand (sizing target refused)');
      // By keyboard: the field, then the button.
      await target.fill('100');
      await target.focus();
      await page.keyboard.press('Tab');
      assert(
        (await page.evaluate<string>('document.activeElement?.textContent ?? ""')) === 'Size the lot',
        'Tab from the target reaches the button',
      );
      await page.keyboard.press('Enter');
      const attached = sizing.locator('[data-testid="sizing-attached"]');
      await attached.waitFor({ timeout: 60000 });
      const said = ((await attached.textContent()) ?? '').replace(/\u00a0/g, ' ');
      assert(
        /To serve at least 100% of the 2 rides waiting for this lot .*: 2 vehicles, 1 of them wheelchair-accessible\./.test(
          said,
        ),
        `the lot's sizing: ${said}`,
      );
      assert(
        /Working hours: every day/.test(said) &&
          /Cost at the tariff \(2,000 ₸ a trip, 150 ₸ a km\)/.test(said),
        said,
      );
      assert(!/[{}]|[A-Z]{2,}_[A-Z]/.test(said), `no raw keys or JSON: ${said}`);
      // The rides of one day: the period is that day, not "(9 December – 9 December)"; the sized
      // fleet's expected on-time share, or why it cannot be computed (walk h4).
      assert(/waiting for this lot \(\d+ [A-Z][a-z]+\):/.test(said), `one day said once: ${said}`);
      assert(
        /expected on time: [\d.]+%\. (These are the pickup delays of the region’s|The region has no completed ride yet: these are the pickup delays of the country’s) \d+ completed rides? over /.test(
          said,
        ) ||
          /The expected on-time share cannot be computed: neither the region nor the country has a completed ride with a planned and an actual pickup over /.test(
            said,
          ),
        `the expected on-time share: ${said}`,
      );
      // The request's version moved (the lot now carries the sizing): its lot is still shown once.
      // Once right after sizing, and still once when the page has settled (the sized request's
      // new version once rendered a second "What the lot buys" beside the old).
      for (const when of ['at once', 'settled']) {
        if (when === 'settled') await page.waitForTimeout(1500);
        const lots = await card.locator('[data-testid="lot"]').count();
        const captions = await card.getByText('What the lot buys, and where each figure comes from').count();
        assert(lots === 1 && captions === 1, `the lot is shown once ${when} (${lots}, ${captions})`);
      }
      // The card's three dates say what each is.
      const dates = ((await card.locator('[data-testid="lot-dates"]').textContent()) ?? '').replace(
        /\u00a0/g,
        ' ',
      );
      assert(
        /^Why three dates: the budget period \(.+\) is the money's; the lot counts the demand from .+; a supplier can start no sooner than .+, after the procurement's steps\.$/.test(
          dates,
        ),
        `the three dates explained: ${dates}`,
      );
      // The lot's period reads day.month.year in an en-US browser too, as every date field does.
      const from = await card.getByRole('textbox', { name: 'Service from', exact: true }).inputValue();
      assert(/^\d{2}\.\d{2}\.\d{4}$/.test(from), `Service from reads day.month.year: ${from}`);
      // The lot's specification carries the sizing: its vehicles and hours, said as the sizing's.
      for (const key of ['vehicles', 'vehicleHoursPerMonth']) {
        const row = ((await card.locator(`[data-testid="lot-${key}"]`).textContent()) ?? '').replace(
          /\u00a0/g,
          ' ',
        );
        assert(/from the sizing of \d+ \w+ \d{4}, 100 % target/.test(row), `the lot's ${key}: ${row}`);
        assert(!/assumption/.test(row), `the lot's ${key} is no assumption: ${row}`);
      }
      const vehiclesRow = (await card.locator('[data-testid="lot-vehicles"] td').first().textContent()) ?? '';
      assert(vehiclesRow.trim() === '2', `the lot buys the 2 vehicles sized: ${vehiclesRow}`);
      await axe(page, 'demand (lot sized)');
      await shot(page, '21c-demand-lot-sized');
      // A third ride waits: the sizing says it was made on two.
      await waiting(0, false, '12:00');
      await aggregateRegion(ds, ABAI, 'web-sizing-more');
      await waitFor(
        async () => {
          // Away and back (the page reads the requests again; a reload would drop a token sign-in).
          await navTo(page, 'Reports');
          await page.getByRole('heading', { name: 'Operations figures' }).waitFor();
          await navTo(page, 'Unmet demand');
          await card.locator('[data-testid="sizing-attached"]').waitFor();
          return (await card.locator('[data-testid="sizing-demand-changed"]').count()) > 0;
        },
        'the flag of the new ride',
        30000,
      ).catch(async (e: Error) => {
        await shot(page, '21d-demand-flag-missing');
        const rows: unknown = await ds.query(
          `SELECT r.id, r.status, r.period_start, r.attached_sizing_id,
                  (SELECT count(*) FROM booking b WHERE b.procurement_request_id = r.id AND b.status = 'AWAITING_PROCUREMENT') AS waiting
             FROM procurement_request r WHERE region_kato = $1`,
          [ABAI],
        );
        throw new Error(`${e.message}; requests: ${JSON.stringify(rows)}`);
      });
      const flag = card.locator('[data-testid="sizing-demand-changed"]');
      await flag.waitFor();
      const flagged = (await flag.textContent()) ?? '';
      assert(flagged === 'Sized on 2 rides; 3 wait now. Run the sizing again.', `the flag: ${flagged}`);
      // The region's reports (walk t22 m5): its rides wait for days after the default period; the
      // page offers the period up to the last of them and then counts them requested and unmet,
      // and the district list names the region's districts whatever the period's data.
      await navTo(page, 'Reports');
      await page.getByRole('heading', { name: 'Operations figures' }).waitFor();
      await page.getByText(/Requests waiting now: \d+\.$/).waitFor({ timeout: 30000 });
      const abaiDistricts = await page.getByLabel('District').locator('option').allTextContents();
      assert(abaiDistricts.includes('Semey'), `Abai's districts: ${abaiDistricts.join(', ')}`);
      await page
        .getByRole('button', { name: /^Include the requests waiting for procurement — last day: / })
        .click();
      const barOf = async (chart: string, label: string): Promise<number> => {
        const plot = page.getByRole('img', { name: new RegExp(`^${chart}`) });
        await plot.waitFor({ timeout: 30000 });
        const row = plot.locator('.chart-row').filter({ has: page.getByText(label, { exact: true }) });
        return Number(((await row.locator('.chart-value').textContent()) ?? '').replace(/\D/g, ''));
      };
      const requested = await barOf('Trips by stage', 'Requested');
      const unmet = await barOf('Unmet demand by district', 'Semey');
      assert(requested >= 3 && unmet >= 3, `the waiting rides: requested ${requested}, unmet ${unmet}`);
      await axe(page, 'reports (a region awaiting procurement)');
      await ctx.close();
    });

    await test("a rider whose ride's request was awarded reads that a provider was chosen, with the award's date (walk t25 m1)", async () => {
      const ABAI = '100000000';
      const SEMEY = '101010000';
      const today = localDateOf(testNow());
      const who = await insertBeneficiary(ds, ABAI);
      const ride = await insertBooking(ds, {
        beneficiaryId: who,
        regionKato: ABAI,
        pickupKato: SEMEY,
        purpose: 'MEDICAL',
        at: localDateTimeToUtc(addDaysToLocalDate(today, 40), '10:00'),
        createdAt: testNow(),
        directMetres: 6000,
        status: 'AWAITING_PROCUREMENT',
      });
      const [request] = (await ds.query(
        `INSERT INTO procurement_request (region_kato, period_start, period_end, status, method, uncovered_kato,
           demand, estimated_budget_tenge, awarded_at, submitted_at, created_at, version)
         VALUES ($1, $2, $2, 'AWARDED', 'PRICE_OFFERS', $3, '{}'::jsonb, 1000, $4, $4, $4, 1) RETURNING id`,
        [ABAI, today, [SEMEY], testNow()],
      )) as { id: string }[];
      await ds.query(
        `UPDATE booking SET procurement_request_id = $1, status_reason = 'NO_PROVIDER_COVERS_AREA' WHERE id = $2`,
        [request!.id, ride],
      );
      const { ctx, page } = await newPage();
      await signInAs(page, base, t!.token({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: who }));
      await navTo(page, 'My rides');
      const reason = page.locator('[data-testid="status-reason"]').first();
      await reason.waitFor();
      const said = (await reason.textContent()) ?? '';
      assert(
        /A provider has been chosen/.test(said) && !/buying|procur/i.test(said),
        `the status line: ${said}`,
      );
      const notice = (await page.locator('[data-testid="procurement-notice"]').first().textContent()) ?? '';
      assert(
        // The award's one date (walk t25 M1), and the ride scheduled as soon as a vehicle is free:
        // never an instruction to book again.
        /^A provider has been chosen and is starting; service is expected by \d{2}\.\d{2}\.\d{4}\. We will schedule this ride/.test(
          notice,
        ) && !/book/i.test(notice),
        `the notice: ${notice}`,
      );
      await shot(page, '21e-rides-provider-chosen');
      await ctx.close();
    });

    await test('a rider where no provider serves is told at once that the ride waits for one (walk t25 M4)', async () => {
      // The Abai region: no provider serves Semey. Its policy may come from the sizing test.
      const ABAI = '100000000';
      const policies = (await ds.query(`SELECT 1 FROM service_policy WHERE region_kato = $1`, [
        ABAI,
      ])) as unknown[];
      if (policies.length === 0) await insertAllDayPolicy(ds, ABAI);
      const who = await insertBeneficiary(ds, ABAI);
      // A real IIN sealed with the test's key: the rider's own profile shows it.
      const sealed = IinCipher.fromConfig(t!.config).seal(buildIin('1980-01-01', 'FEMALE', 2514));
      await ds.query(
        `UPDATE beneficiary SET iin_ciphertext = $2, iin_key_id = $3, iin_hash = $4 WHERE id = $1`,
        [who, sealed.ciphertext, sealed.keyId, sealed.hash],
      );
      const { ctx, page } = await newPage();
      await signInAs(page, base, t!.token({ userId: randomUUID(), role: 'BENEFICIARY', beneficiaryId: who }));
      await page.locator('#field-from').waitFor();
      await pickPlace(page, 'from', 'Shakarim', /Shakarim Avenue/);
      await pickPlace(page, 'to', 'Abai Kunanbaev', /Abai Kunanbaev Street/);
      await onTomorrow(page);
      await page.locator('#field-time').fill('10:00');
      await page.getByRole('button', { name: 'Book the ride' }).click();
      await page.getByRole('heading', { name: 'Your ride is booked' }).waitFor();
      // At once, from the booking's answer: no vehicle is being found, the ride waits for a provider.
      const status = page.getByTestId('booked-status');
      const said = (await page.getByTestId('booked-next').textContent()) ?? '';
      assert(
        /^No provider serves this area yet: the akimat is buying the service\./.test(said) &&
          !/vehicle is assigned/.test(said),
        `the confirmation: ${said}`,
      );
      assert(
        (await status.getAttribute('data-status')) === 'AWAITING_PROCUREMENT' &&
          /Waiting for a provider/.test((await status.textContent()) ?? ''),
        `the status: ${await status.textContent()}`,
      );
      await axe(page, 'book (done, no provider)');
      await shot(page, '06c-book-done-no-provider');
      // Dispatch agrees, and the page, following the ride, keeps saying it.
      const [row] = (await ds.query(`SELECT id FROM booking WHERE beneficiary_id = $1`, [who])) as {
        id: string;
      }[];
      await waitFor(
        async () => (await bookingStatus(row!.id)) === 'AWAITING_PROCUREMENT',
        'dispatch to find no provider',
        30000,
      );
      await page.waitForTimeout(500);
      assert(
        (await status.getAttribute('data-status')) === 'AWAITING_PROCUREMENT',
        'still waiting for a provider',
      );
      await ctx.close();
    });

    await test("no-show dispute (issue 23): the rider sees until when and disputes two; both on the deciders' list, oldest first; the officer rejects one with a reason and words; the centre upholds the other from the list after a confirmation with words; the told pickup time shown, and the 'about to arrive' and 'waiting at the door' messages with their times; the rider reads why and sees it forgiven", async () => {
      const john = seed.beneficiaryIds.john;
      // At a whole minute: the wait below starts 40 s after it and ends 6 min 10 s after it.
      const at = new Date(Math.floor(testNow().getTime() / 60_000) * 60_000 - 3 * 3600_000);
      const lastDay = localDateOf(new Date(testNow().getTime() + 14 * 86_400_000));
      const noShowAt = async (
        at: Date,
        dropoff: string,
        told: Date | null,
        messages: { arrivingToldAt?: string; arrivingEta?: string; atDoorToldAt?: string } = {},
      ): Promise<string> => {
        const [made] = (await ds.query(
          `INSERT INTO booking (beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
           dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, mobility,
           load_seats, load_wheelchair_places, status, pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
           max_ride_seconds, direct_seconds, direct_metres, arrived_at, no_show_dispute_until, no_show_evidence, version)
         VALUES ($1, 'APP', '710000000', 'Home, 12 Saryarka', 51.16, 71.43, '711410000', $5, 51.13, 71.40,
           '711410000', 'PICKUP', $2, 'MEDICAL', '{}', 1, 0, 'NO_SHOW', $2, $2::timestamptz + interval '15 minutes', $2,
           $2::timestamptz + interval '1 hour', 3600, 900, 8000, $2, $3, $4, 1)
         RETURNING id`,
          [
            john,
            at,
            lastDay,
            JSON.stringify({
              arrivedAt: at.toISOString(),
              // 5 min 30 s in whole minutes is 5 (the rule's); said "from HH:00 to HH:06" it
              // reads 6, and the words say 6 (walk t23 m4: "waited 5 min ... 12:26 to 12:32").
              waitFrom: new Date(at.getTime() + 40_000).toISOString(),
              toldPickupAt: told?.toISOString() ?? null,
              ...messages,
              lastSeenAt: new Date(at.getTime() + 6 * 60_000 + 10_000).toISOString(),
              metres: 40,
              maxMetres: 60,
              minutesWaited: 5,
              radiusMetres: 150,
              waitMinutes: 5,
              windowFrom: at.toISOString(),
              windowTo: at.toISOString(),
              pingCount: 12,
              pings: [],
            }),
            dropoff,
          ],
        )) as { id: string }[];
        return made!.id;
      };
      // The first: the rider had been told the window's opening (walk t23 M3: the told time shown).
      const id = await noShowAt(at, 'Abai Avenue 33', at);
      // A later no-show of the same rider, disputed after the first: upheld from the deciders' list.
      // No pickup time told, but "about to arrive" and "waiting at the door" reached the rider.
      const secondAt = new Date(at.getTime() + 3600_000);
      const second = await noShowAt(secondAt, 'Dialysis Centre, 7 Kabanbay Batyr', null, {
        arrivingToldAt: new Date(secondAt.getTime() - 8 * 60_000).toISOString(),
        arrivingEta: secondAt.toISOString(),
        atDoorToldAt: new Date(secondAt.getTime() + 60_000).toISOString(),
      });
      try {
        const rider = await newPage();
        await signInAs(rider.page, base, tokenOf(seed, 'beneficiary (John'));
        await navTo(rider.page, 'My rides');
        const card = rider.page.locator(`[data-booking="${id}"] [data-testid="no-show"]`);
        await card.getByText(/waited 6 min/).waitFor();
        await card
          .getByText(
            `it waited for you from ${localTimeOf(at)} to ${localTimeOf(new Date(at.getTime() + 6 * 60_000))}.`,
            { exact: false },
          )
          .waitFor();
        await card.getByText(/You can dispute it until .+ inclusive\./).waitFor();
        await axe(rider.page, 'rides (a no-show, dispute open)');
        await card
          .getByLabel('Were you there? Tell us what happened')
          .fill('I waited at entrance 1, nobody came.');
        await card.getByRole('button', { name: 'Dispute the no-show' }).click();
        await card.getByText(/Disputed on .+: it does not count until decided\./).waitFor();
        const card2 = rider.page.locator(`[data-booking="${second}"] [data-testid="no-show"]`);
        await card2
          .getByLabel('Were you there? Tell us what happened')
          .fill('The car never came to Saryarka 12.');
        await card2.getByRole('button', { name: 'Dispute the no-show' }).click();
        await card2.getByText(/Disputed on .+: it does not count until decided\./).waitFor();

        const officer = await newPage();
        await signInAs(officer.page, base, tokenOf(seed, 'LEB officer'));
        // The deciders' list (issue 23): both disputes, the oldest first, each with the rider, the
        // ride, the vehicle's evidence, the rider's words and the deadline.
        await navTo(officer.page, 'No-show disputes');
        const listed = officer.page.getByTestId('dispute');
        await officer.page.locator(`[data-testid="dispute"][data-booking="${second}"]`).waitFor();
        const order = await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-booking')));
        assert(
          order.indexOf(id) >= 0 && order.indexOf(id) < order.indexOf(second),
          `the oldest dispute first: ${JSON.stringify(order)}`,
        );
        const first = officer.page.locator(`[data-testid="dispute"][data-booking="${id}"]`);
        const firstText = (await first.textContent()) ?? '';
        for (const part of [
          'John M.',
          'Home, 12 Saryarka',
          'Abai Avenue 33',
          'waited 6 min',
          'I waited at entrance 1, nobody came.',
          // The deadline is ahead: said as open, not "could" (walk t23 m5).
          'The rider can dispute it until',
          'The rider had been told about',
        ])
          assert(firstText.includes(part), `the dispute says "${part}": ${firstText}`);
        await axe(officer.page, 'no-show disputes (officer, two open)');
        await shot(officer.page, '69-no-show-disputes');
        await navTo(officer.page, 'Beneficiary registry');
        await officer.page.locator('#field-search').fill('John Miller');
        await officer.page.getByRole('button', { name: 'Find', exact: true }).click();
        await officer.page.getByRole('link', { name: 'John Miller' }).click();
        await officer.page.getByText('I waited at entrance 1, nobody came.').waitFor();
        await officer.page
          .locator('li', { hasText: 'I waited at entrance 1, nobody came.' })
          .getByRole('button', { name: /^Do not uphold: / })
          .click();
        // Not without a reason: refused at its field, focus there.
        await officer.page.getByRole('button', { name: 'Confirm: not upheld' }).click();
        await officer.page.locator('select[id^="field-reject-reason-"][aria-invalid="true"]').waitFor();
        await until(
          officer.page,
          `document.activeElement?.id?.startsWith('field-reject-reason-')`,
          'focus on the missing reason',
        );
        await axe(officer.page, 'registry (reject a dispute: the reason missing)');
        await officer.page.locator('select[id^="field-reject-reason-"]').selectOption({
          label: "The vehicle's positions show it waited at your address for the whole wait",
        });
        await officer.page
          .locator('textarea[id^="field-reject-note-"]')
          .fill('The car stood at entrance 1 from 10:02 to 10:08.');
        await officer.page.getByRole('button', { name: 'Confirm: not upheld' }).click();
        await officer.page.getByText(/not upheld · The vehicle's positions show/).waitFor();
        await axe(officer.page, 'registry (dispute rejected)');
        await officer.ctx.close();

        // The region's dispatch centre decides from the list: the rejected one has left it.
        const centre = await newPage();
        await signInAs(centre.page, base, tokenOf(seed, 'dispatcher (Astana centre'));
        await navTo(centre.page, 'No-show disputes');
        const open = centre.page.locator(`[data-testid="dispute"][data-booking="${second}"]`);
        await open.getByText('The car never came to Saryarka 12.').waitFor();
        assert(
          (await centre.page.locator(`[data-testid="dispute"][data-booking="${id}"]`).count()) === 0,
          'a decided dispute is not on the list',
        );
        // Every message about the pickup that reached the rider, each with its time (issue 23: it
        // said "no message had told the rider a pick-up time" after "the driver is waiting").
        const hhmm = (d: Date, minutes = 0) => localTimeOf(new Date(d.getTime() + minutes * 60_000));
        await open
          .getByText(
            `No message had told the rider a planned pick-up time; the wait counted from ${hhmm(secondAt)} to ${hhmm(secondAt, 6)}. ` +
              `At ${hhmm(secondAt, -8)} the rider was told the vehicle was about to arrive (about ${hhmm(secondAt)}). ` +
              `At ${hhmm(secondAt, 1)} the rider was told the vehicle was waiting at the door.`,
          )
          .waitFor();
        // Not in one click (walk t23 m5): a confirmation with a place for words to the rider.
        await open.getByRole('button', { name: /^Uphold \(forgive\): / }).click();
        const note = open.locator('textarea[id^="field-uphold-note-"]');
        await note.waitFor();
        await until(
          centre.page,
          `document.activeElement?.id?.startsWith('field-uphold-note-')`,
          'focus on the words to the rider',
        );
        await axe(centre.page, 'no-show disputes (centre, confirming an uphold)');
        assert(
          (await ds.query(`SELECT no_show_dispute_decision FROM booking WHERE id = $1`, [second]))[0]
            ?.no_show_dispute_decision === null,
          'nothing decided before the confirmation',
        );
        await note.fill('The car went to the wrong entrance: sorry.');
        await open.getByRole('button', { name: 'Confirm: upheld, the no-show is forgiven' }).click();
        const said = centre.page.locator('[aria-live]', {
          hasText: /The dispute of the no-show of .+ is upheld: it no longer counts\./,
        });
        await said.waitFor({ state: 'attached' });
        await open.waitFor({ state: 'detached' });
        // The result line follows the language (walk t23 m5: it stayed in English).
        await centre.page.getByRole('button', { name: 'Русский', exact: true }).click();
        await centre.page
          .locator('[aria-live]', { hasText: /Возражение по неявке .+ удовлетворено/ })
          .waitFor({ state: 'attached' });
        await centre.page.getByRole('button', { name: 'English', exact: true }).click();
        await axe(centre.page, 'no-show disputes (centre, after upholding)');
        await centre.ctx.close();

        // The rider comes back later (a new session): the decision and why are on the ride.
        await rider.ctx.close();
        const again = await newPage();
        await signInAs(again.page, base, tokenOf(seed, 'beneficiary (John'));
        await navTo(again.page, 'My rides');
        const decided = again.page.locator(`[data-booking="${id}"] [data-testid="no-show"]`);
        await decided
          .getByText(/not upheld: it counts\. The vehicle's positions show it waited at your address/)
          .waitFor();
        await decided.getByText('The car stood at entrance 1 from 10:02 to 10:08.').waitFor();
        // The upheld one: forgiven, it does not count.
        await again.page
          .locator(`[data-booking="${second}"] [data-testid="no-show"]`)
          .getByText(
            /Forgiven: it does not count\. In the words of whoever decided: .?The car went to the wrong entrance: sorry\./,
          )
          .waitFor();
        await axe(again.page, 'rides (dispute rejected, with the reason)');
        await shot(again.page, '68-rides-no-show-dispute-rejected');
        const [row] = (await ds.query(
          `SELECT no_show_dispute_decision AS decision, no_show_dispute_reason AS reason FROM booking WHERE id = $1`,
          [id],
        )) as { decision: string; reason: string }[];
        assert(
          row?.decision === 'REJECTED' && row.reason === 'DISPUTE_EVIDENCE_CONFIRMS',
          `rejected with its reason: ${JSON.stringify(row)}`,
        );
        const [up] = (await ds.query(
          `SELECT no_show_dispute_decision AS decision, no_show_forgiven_at IS NOT NULL AS forgiven FROM booking WHERE id = $1`,
          [second],
        )) as { decision: string; forgiven: boolean }[];
        assert(up?.decision === 'UPHELD' && up.forgiven, `upheld and forgiven: ${JSON.stringify(up)}`);
        await again.ctx.close();
      } finally {
        await ds.query(`DELETE FROM notification WHERE booking_id = ANY($1::uuid[])`, [[id, second]]);
        await ds.query(`DELETE FROM booking WHERE id = ANY($1::uuid[])`, [[id, second]]);
      }
    });

    await test('officer registers a new person in the registry, who then books', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'LEB officer'));
      await navTo(page, 'Beneficiary registry');
      await page.getByRole('heading', { level: 1, name: 'Beneficiary registry' }).waitFor();
      await page.locator('table tbody tr').first().waitFor();
      await axe(page, 'registry (list)');
      await shot(page, '60-registry-list');
      await page.locator('#field-search').fill('Айгерім');
      await page.getByRole('button', { name: 'Find', exact: true }).click();
      await page.getByText(/^Found: \d+/).waitFor();
      assert((await page.locator('table tbody tr').count()) >= 1, 'the search finds the demo rider');
      await axe(page, 'registry (search)');
      await page.getByRole('button', { name: 'Register a person' }).click();
      await page.getByRole('heading', { level: 1, name: 'Register a person' }).waitFor();
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.locator('#field-iin[aria-invalid="true"]').waitFor();
      await waitFor(
        async () => (await focusedInfo(page)).id === 'field-iin',
        'focus moves to the first field with an error',
        5000,
      );
      await axe(page, 'registry (local errors)');
      await shot(page, '61-registry-errors');
      const iin = buildIin('1984-05-17', 'MALE', 7301);
      const badIin = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
      const phone = '+77015557301';
      await page.locator('#field-iin').fill(badIin);
      await page.locator('#field-fullName').fill('Ерлан Тестов');
      await page.locator('#field-phone').fill(phone);
      await page.locator('#field-language').selectOption('ru');
      await page.locator('#field-residence').click();
      await page.locator('#field-residence').pressSequentially('Kabanbay 53');
      await page
        .getByRole('option', { name: /Kabanbay Batyr Avenue, 53/ })
        .first()
        .click();
      await page.locator('#field-disabilityCategory').selectOption('ADULT_GROUP_1');
      const nextYear = `${Number(localDateOf(testNow()).slice(0, 4)) + 1}-06-30`;
      await page.locator('#field-disabilityValidUntil').fill(nextYear);
      await page.getByText('Wheelchair user', { exact: true }).click();
      await page.locator('#need-WHEELCHAIR_USER-doc').fill('035-1/у №118');
      await page.locator('#field-wheelchair').selectOption('MANUAL');
      await page.getByText('Step-free boarding (a ramp or a lift)').click();
      await page.getByText('Entitled to a companion').click();
      await axe(page, 'registry (filled)');
      // The API refuses the IIN (check digit): said at the field, in words, focus there.
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.locator('#field-iin[aria-invalid="true"]').waitFor();
      const iinError =
        (await page.locator('#field-iin').locator('xpath=..').locator('.field-error').textContent()) ?? '';
      assert(
        /\p{L}{3,}/u.test(iinError) && !/IIN_[A-Z]/.test(iinError),
        `the IIN refusal in words: ${iinError}`,
      );
      await waitFor(
        async () => (await focusedInfo(page)).id === 'field-iin',
        'focus moves to the IIN the API refused',
        5000,
      );
      process.stdout.write(`    IIN refusal shown: ${iinError}\n`);
      await axe(page, 'registry (API refusal)');
      await shot(page, '62-registry-api-refusal');
      await page.locator('#field-iin').fill(iin);
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Ерлан Тестов' }).waitFor();
      await page.getByText('Ерлан Тестов is registered.').first().waitFor();
      const eligibility = (await page.getByTestId('eligibility').textContent()) ?? '';
      assert(
        /Entitled to the service: Adult, group 1\. Until/.test(eligibility),
        `eligible, until when: ${eligibility}`,
      );
      const facts = (await page.locator('dl.facts').textContent()) ?? '';
      assert(/17\sMay 1984/.test(facts), `the birth date from the IIN, in words, with its year: ${facts}`);
      assert(/Wheelchair user \(035-1\/у №118\)/.test(facts), `the evidence is listed: ${facts}`);
      await axe(page, 'registry (person)');
      await shot(page, '63-registry-person');
      const [row] = (await ds.query(`SELECT id FROM beneficiary WHERE phone = $1`, [phone])) as {
        id: string;
      }[];
      assert(row, 'the person is stored');
      // A guardian added and removed.
      await page.getByText('No guardians.').waitFor();
      await page.locator('#field-displayName').fill('Сауле Тестова');
      await page.locator('section[aria-labelledby="guardians-title"] #field-phone').fill('+77015557302');
      await page.getByRole('button', { name: 'Add a guardian', exact: true }).click();
      await page.getByRole('button', { name: 'Remove: Сауле Тестова' }).waitFor();
      // Listed from the API (GET /beneficiaries/{id}/guardians): name, phone, since when.
      const guardians =
        (await page.locator('section[aria-labelledby="guardians-title"] ul').textContent()) ?? '';
      assert(/Сауле Тестова · \+77015557302 · since /.test(guardians), `the guardian listed: ${guardians}`);
      assert(
        (
          (await ds.query(`SELECT count(*)::int AS n FROM guardianship WHERE beneficiary_id = $1`, [
            row.id,
          ])) as { n: number }[]
        )[0].n === 1,
        'the guardian is linked',
      );
      await axe(page, 'registry (guardian added)');
      await page.getByRole('button', { name: 'Remove: Сауле Тестова' }).click();
      await page.getByRole('button', { name: 'Remove: Сауле Тестова' }).waitFor({ state: 'detached' });
      assert(
        (
          (await ds.query(`SELECT count(*)::int AS n FROM guardianship WHERE beneficiary_id = $1`, [
            row.id,
          ])) as { n: number }[]
        )[0].n === 0,
        'the guardian is unlinked',
      );
      // An edit: audited with the field names.
      await page.getByRole('button', { name: 'Change the details' }).click();
      await page.getByRole('heading', { level: 1, name: 'Change the details' }).waitFor();
      await axe(page, 'registry (edit)');
      await page.getByText('Entitled to a companion').click();
      await page.getByRole('button', { name: 'Save the changes' }).click();
      await page.getByText('Ерлан Тестов: changes saved.').first().waitFor();
      const audit = (await ds.query(
        `SELECT after FROM audit_log WHERE action = 'beneficiary.updated' AND entity_id = $1`,
        [row.id],
      )) as { after: { fields: string[] } }[];
      assert(
        audit.length === 1 && audit[0].after.fields.includes('companionEntitled'),
        `the edit is audited: ${JSON.stringify(audit)}`,
      );
      await shot(page, '64-registry-edited');
      await ctx.close();

      // The new person signs in with their phone and books.
      const rider = await newPage();
      await rider.page.goto(`${base}/signin`);
      await rider.page.locator('#field-phone').fill(phone);
      const before = await smsCount(phone);
      await rider.page.getByRole('button', { name: 'Send me a code' }).click();
      const code = /\b(\d{6})\b/.exec(await smsTo(phone, before))?.[1];
      assert(code, 'the new person gets a code');
      await rider.page.locator('#field-code').fill(code);
      await rider.page.getByRole('button', { name: 'Sign in' }).click();
      await rider.page.waitForURL(/\/book$/);
      // Registered with Russian as their language: signed in, the pages speak it (issue 18's
      // message language rule); the person may still switch, and this test reads on in English.
      await until(rider.page, `document.documentElement.lang === 'ru'`, 'the page in the language on record');
      await rider.page.getByRole('button', { name: 'English', exact: true }).click();
      await until(rider.page, `document.documentElement.lang === 'en'`, 'switched to English');
      await pickPlace(rider.page, 'from', 'Kabanbay 53', /Kabanbay Batyr Avenue, 53/);
      await pickPlace(rider.page, 'to', 'Abai', /Abai Avenue/);
      await onTomorrow(rider.page);
      await rider.page.locator('#field-time').fill('11:00');
      await rider.page.getByRole('button', { name: 'Book the ride' }).click();
      await rider.page.getByRole('heading', { name: 'Your ride is booked' }).waitFor();
      const booked = (await ds.query(`SELECT count(*)::int AS n FROM booking WHERE beneficiary_id = $1`, [
        row.id,
      ])) as { n: number }[];
      assert(booked[0].n === 1, 'the new person has a booking');
      await shot(rider.page, '65-registry-new-person-booked');
      await rider.ctx.close();

      // The ride becomes a no-show (as the driver would report it); the officer forgives it on the
      // person's page: it stops counting towards a suspension, audited.
      const [updated] = (await ds.query(
        `UPDATE booking SET status = 'NO_SHOW', arrived_at = requested_time WHERE beneficiary_id = $1 RETURNING id`,
        [row.id],
      )) as [{ id: string }[], number];
      const noShowId = updated[0]!.id;
      const officerAgain = await newPage();
      await signInAs(officerAgain.page, base, tokenOf(seed, 'LEB officer'));
      await navTo(officerAgain.page, 'Beneficiary registry');
      await officerAgain.page.locator('#field-search').fill('Ерлан Тестов');
      await officerAgain.page.getByRole('button', { name: 'Find', exact: true }).click();
      await officerAgain.page.getByRole('link', { name: 'Ерлан Тестов' }).click();
      await officerAgain.page.getByText('counts towards a suspension').waitFor();
      await axe(officerAgain.page, 'registry (a no-show)');
      await officerAgain.page.getByRole('button', { name: /^Forgive: / }).click();
      // Not without a reason: refused at its field, focus there.
      await officerAgain.page.getByRole('button', { name: 'Forgive the no-show' }).click();
      await officerAgain.page.locator('select[id^="field-forgive-reason-"][aria-invalid="true"]').waitFor();
      await until(
        officerAgain.page,
        `document.activeElement?.id?.startsWith('field-forgive-reason-')`,
        'focus on the missing reason',
      );
      await axe(officerAgain.page, 'registry (forgive: the reason missing)');
      await officerAgain.page
        .locator('select[id^="field-forgive-reason-"]')
        .selectOption({ label: 'The vehicle came late or went to another place.' });
      await officerAgain.page.getByRole('button', { name: 'Forgive the no-show' }).click();
      await officerAgain.page.getByText(/forgiven on .*: does not count/).waitFor();
      await officerAgain.page.getByText('Why: The vehicle came late or went to another place.').waitFor();
      const [forgiven] = (await ds.query(
        `SELECT b.no_show_forgiven_at IS NOT NULL AS forgiven,
                (SELECT count(*)::int FROM audit_log a WHERE a.action = 'booking.no_show_forgiven' AND a.entity_id = b.id::text) AS audited
           FROM booking b WHERE b.id = $1`,
        [noShowId],
      )) as { forgiven: boolean; audited: number }[];
      assert(forgiven?.forgiven && forgiven.audited === 1, `forgiven, audited: ${JSON.stringify(forgiven)}`);
      await axe(officerAgain.page, 'registry (no-show forgiven)');
      await shot(officerAgain.page, '67-registry-no-show-forgiven');
      await officerAgain.ctx.close();

      // The region's dispatch centre reads: no register, no edit, no guardians.
      const centre = await newPage();
      await signInAs(centre.page, base, tokenOf(seed, 'dispatcher (Astana centre)'));
      await navTo(centre.page, 'Beneficiary registry');
      await centre.page.locator('#field-search').fill('Ерлан');
      await centre.page.getByRole('button', { name: 'Find', exact: true }).click();
      await centre.page.getByRole('link', { name: 'Ерлан Тестов' }).click();
      await centre.page.getByRole('heading', { level: 1, name: 'Ерлан Тестов' }).waitFor();
      await centre.page.getByTestId('eligibility').waitFor();
      assert(
        (await centre.page.getByRole('button', { name: 'Change the details' }).count()) === 0,
        'read only',
      );
      assert((await centre.page.locator('#field-displayName').count()) === 0, 'no guardian form');
      // The centre reads the health data the officer records (a provider's dispatcher does not:
      // test/security/personal-data), the no-shows without forgiving, the guardians without changing.
      const centreFacts = (await centre.page.locator('dl.facts').textContent()) ?? '';
      assert(/Adult, group 1/.test(centreFacts), `the centre sees the category: ${centreFacts}`);
      await centre.page.getByText(/forgiven on .*: does not count/).waitFor();
      assert((await centre.page.getByRole('button', { name: /^Forgive/ }).count()) === 0, 'no forgiving');
      await centre.page.getByText('No guardians.').waitFor();
      await axe(centre.page, 'registry (centre dispatcher)');
      await shot(centre.page, '66-registry-centre-dispatcher');
      await centre.ctx.close();
    });

    await test('language switch changes every visible string and is remembered', async () => {
      const { ctx, page } = await newPage({ lang: 'kk' });
      await signInAs(page, base, tokenOf(seed, 'beneficiary (John'));
      for (const path of ['/book', '/rides']) {
        // The app's own navigation: a page load would drop a pasted token (kept in memory only).
        if (new URL(page.url()).pathname !== path)
          await page.locator(`nav.main-nav a[href="${path}"]`).click();
        await page.locator('h1').waitFor();
        await pageSettled(page, path);
        const texts: Record<string, string[]> = {};
        for (const [lang, name] of [
          ['kk', 'Қазақша'],
          ['ru', 'Русский'],
          ['en', 'English'],
        ] as const) {
          await page.getByRole('button', { name, exact: true }).click();
          // <html lang> is set as the language changes; the switch's pressed state is rendered in
          // the same React commit as every other string.
          await until(
            page,
            `document.documentElement.lang === '${lang}' && document.querySelector('.lang-switch button[lang="${lang}"]')?.getAttribute('aria-pressed') === 'true'`,
            `lang=${lang}`,
          );
          texts[lang] = await uiTexts(page);
          const rawKeys = texts[lang].filter((s) => /^[a-z]+(\.[A-Za-z0-9_]+)+$/.test(s));
          assert(rawKeys.length === 0, `untranslated keys on ${path} in ${lang}: ${rawKeys.join(', ')}`);
          await axe(page, `${path} in ${lang}`);
          await shot(page, `23-lang-${path.slice(1)}-${lang}`);
        }
        for (const [a, b] of [
          ['kk', 'ru'],
          ['kk', 'en'],
          ['ru', 'en'],
        ] as const) {
          const same = texts[a].filter((s) => texts[b].includes(s));
          assert(
            same.length === 0,
            `${path}: the same text in ${a} and ${b}: ${[...new Set(same)].join(' | ')}`,
          );
        }
      }
      await page.reload();
      await page.locator('h1').waitFor();
      assert(
        (await page.evaluate<string>('document.documentElement.lang')) === 'en',
        'the choice is remembered',
      );
      await ctx.close();
    });

    await test('320 px wide and 200% text: no horizontal scrolling', async () => {
      const { ctx, page } = await newPage({ width: 320, height: 800 });
      await signInAs(page, base, tokenOf(seed, 'beneficiary (John'));
      for (const path of ['/book', '/rides']) {
        if (new URL(page.url()).pathname !== path)
          await page.locator(`nav.main-nav a[href="${path}"]`).click();
        await page.locator('h1').waitFor();
        await pageSettled(page, path);
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        assert(overflow <= 1, `${path} at 320 px scrolls sideways by ${overflow} px`);
        await shot(page, `24-320px${path.replace('/', '-')}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await navTo(page, 'Book a ride');
      await page.locator('#field-from').waitFor();
      // Reading the scroll width lays the page out with the new style: nothing to wait for.
      // Through the CSS object model: the app's Content-Security-Policy refuses a <style> tag.
      await page.evaluate(`document.documentElement.style.setProperty('font-size', '200%', 'important')`);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      assert(overflow <= 1, `/book at 200% text scrolls sideways by ${overflow} px`);
      await shot(page, '25-book-200pct');
      // Targets: every button, link and form control is at least 24 x 24 px.
      const small = await page.evaluate<
        string[]
      >(`(() => [...document.querySelectorAll('button, a[href], input, select, label.radio, label.checkbox')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24) && !el.closest('p, li, .hint, label.radio, label.checkbox'); })
        .map((el) => el.outerHTML.slice(0, 80)))()`);
      assert(small.length === 0, `targets under 24 px: ${small.join(' | ')}`);
      await ctx.close();
    });

    // Navigation by role (issue 21, item 5): each role's menu is everything it may do and nothing
    // else; a page that is not the role's says so in words; every page of every role reflows at
    // 320 px and at 200% text without scrolling sideways (a wide table scrolls in its own region:
    // role=region, labelled, focusable).
    const menus: {
      who: string;
      role: string;
      token: () => Promise<string | null>;
      menu: string[];
      forbidden: string;
    }[] = [
      {
        who: 'rider',
        role: 'Rider',
        token: async () => tokenOf(seed, 'beneficiary (John'),
        menu: ['/book', '/rides', '/profile'],
        forbidden: '/fleet',
      },
      {
        who: 'guardian',
        role: 'Guardian',
        token: async () => tokenOf(seed, 'guardian (of'),
        menu: ['/book', '/rides', '/profile'],
        forbidden: '/officer/providers',
      },
      {
        who: "provider's dispatcher",
        role: 'Dispatcher',
        token: async () => tokenOf(seed, 'dispatcher (inva-astana'),
        menu: ['/board', '/fleet', '/desk', '/profile'],
        forbidden: '/registry',
      },
      {
        who: "region's dispatch centre",
        role: 'Dispatcher',
        token: async () => tokenOf(seed, 'dispatcher (Astana centre'),
        // the no-show disputes to decide (issue 23): the centre decides, a provider's dispatcher never
        menu: ['/board', '/fleet', '/registry', '/disputes', '/desk', '/profile'],
        forbidden: '/staff',
      },
      {
        who: 'provider admin',
        role: 'Provider administrator',
        token: async () => tokenOf(seed, 'provider admin (inva-astana'),
        menu: ['/fleet', '/staff', '/profile'],
        forbidden: '/board',
      },
      {
        who: 'driver',
        role: 'Driver',
        token: async () => tokenOf(seed, 'driver ('),
        menu: ['/driver', '/profile'],
        forbidden: '/desk',
      },
      {
        who: 'LEB officer',
        role: 'Social programmes officer',
        token: async () => tokenOf(seed, 'LEB officer'),
        menu: [
          '/officer/providers',
          '/officer/policy',
          '/officer/demand',
          '/officer/reports',
          '/officer/whatif',
          '/fleet',
          '/registry',
          '/disputes',
          '/desk',
          '/staff',
          '/profile',
        ],
        forbidden: '/driver',
      },
      {
        who: 'ministry analyst',
        role: 'Ministry analyst',
        token: async () => tokenOf(seed, 'ministry analyst'),
        // the what-if scenarios: the analyst reads them nationally (issue 25)
        menu: ['/officer/providers', '/officer/reports', '/officer/whatif', '/profile'],
        forbidden: '/officer/policy',
      },
      // No demo token for an administrator: the password and the second step, as a person signs in.
      {
        who: 'administrator',
        role: 'System administrator',
        token: async () => null,
        menu: ['/staff', '/profile'],
        forbidden: '/fleet',
      },
    ];
    for (const m of menus) {
      await test(`menu and reflow by role: ${m.who}`, async () => {
        const { ctx, page } = await newPage({ width: 320, height: 800 });
        const token = await m.token();
        if (token) await signInAs(page, base, token);
        else {
          const admin = await seedStaff(ds, t!.config, { role: 'ADMIN' });
          await page.goto(`${base}/signin/staff`);
          await page.locator('#field-login').fill(admin.phone);
          await page.locator('#field-password').fill(admin.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.locator('#field-totp').fill(await totpCode(admin.totpSecret!));
          await page.getByRole('button', { name: 'Sign in' }).click();
          await page.waitForURL(/\/staff$/);
        }
        await page.locator('nav.main-nav a').first().waitFor();
        const links = await page.evaluate<string[]>(
          `[...document.querySelectorAll('nav.main-nav a')].map((a) => a.getAttribute('href'))`,
        );
        assert(
          JSON.stringify(links) === JSON.stringify(m.menu),
          `${m.who}'s menu is ${links.join(' ')}, expected ${m.menu.join(' ')}`,
        );
        /** Goes to a path the way a typed address does, in this page (its session is kept in memory). */
        const go = (path: string) =>
          page.evaluate(
            `history.pushState(null, '', '${path}'); dispatchEvent(new PopStateEvent('popstate'))`,
          );
        const settled = (path: string) =>
          until(
            page,
            `document.querySelector('main h1') && !document.querySelector('main [role="status"].muted')`,
            `${path} loaded for the ${m.who}`,
          ).catch(async (e: Error) => {
            const main = await page.locator('main').innerText();
            throw new Error(`${e.message}: ${main.slice(0, 300)}`);
          });
        const sideways = () =>
          page.evaluate<number>(
            'document.documentElement.scrollWidth - document.documentElement.clientWidth',
          );
        const offenders = () =>
          page.evaluate<string[]>(`[...document.querySelectorAll('main *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.parentElement.closest('.table-wrap'))
            .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + String(el.className).split(' ').join('.')).slice(0, 6)`);
        for (const path of m.menu) {
          await page.setViewportSize({ width: 320, height: 800 });
          await page.evaluate(`document.documentElement.style.removeProperty('font-size')`);
          await go(path);
          await settled(path);
          let by = await sideways();
          if (by > 1)
            await shot(page, `40-reflow-320${path.replace(/\//g, '-')}-${m.who.replace(/\W+/g, '-')}`);
          assert(
            by <= 1,
            `${path} (${m.who}) at 320 px scrolls sideways by ${by} px: ${(await offenders()).join(' | ')}`,
          );
          // A table wider than its place scrolls in a region a keyboard can reach and a screen reader names.
          const bare = await page.evaluate<string[]>(`[...document.querySelectorAll('main table')]
            .filter((tb) => { const w = tb.closest('.table-wrap'); return !w || w.getAttribute('role') !== 'region' || w.getAttribute('tabindex') !== '0' || !(w.getAttribute('aria-labelledby') || w.getAttribute('aria-label')); })
            .map((tb) => (tb.caption?.textContent ?? tb.className).slice(0, 60))`);
          assert(
            bare.length === 0,
            `${path} (${m.who}): tables without a labelled, focusable scrolling region: ${bare.join(' | ')}`,
          );
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.evaluate(`document.documentElement.style.setProperty('font-size', '200%', 'important')`);
          by = await sideways();
          if (by > 1)
            await shot(page, `40-reflow-200pct${path.replace(/\//g, '-')}-${m.who.replace(/\W+/g, '-')}`);
          assert(
            by <= 1,
            `${path} (${m.who}) at 200% text scrolls sideways by ${by} px: ${(await offenders()).join(' | ')}`,
          );
        }
        await page.evaluate(`document.documentElement.style.removeProperty('font-size')`);
        // A page that is not this role's, opened by its address: said in words, with the way home.
        await go(m.forbidden);
        await page.getByRole('heading', { level: 1, name: 'Not available for your role' }).waitFor();
        await page.getByText(`This page is not for your role (${m.role})`).waitFor();
        const home = await page.locator('main a').first().getAttribute('href');
        assert(home === m.menu[0], `the way home is ${home}, expected ${m.menu[0]}`);
        await axe(page, `${m.forbidden}: not for the ${m.who}`);
        await ctx.close();
      });
    }

    await test("provider admin adds a vehicle, a driver and a shift on the fleet page; the dispatcher's board shows it", async () => {
      // A day of its own (no shift, no ride yet), so the new shift is the only one that can take a ride.
      let day = '';
      for (let ahead = 2; ahead < 14 && !day; ahead++) {
        const d = addDaysToLocalDate(localDateOf(testNow()), ahead);
        const [{ busy }] = (await ds.query(
          `SELECT EXISTS (SELECT 1 FROM shift WHERE starts_at < $2 AND ends_at > $1 AND status <> 'CANCELLED')
               OR EXISTS (SELECT 1 FROM booking WHERE pickup_earliest >= $1 AND pickup_earliest < $2) AS busy`,
          [localDateTimeToUtc(d, '00:00'), localDateTimeToUtc(d, '24:00')],
        )) as { busy: boolean }[];
        if (!busy) day = d;
      }
      if (!day) throw new Skip('no free day within the booking horizon');
      const n = String(100 + Math.floor(Math.random() * 900));
      const plate = `${n}HM01`;
      const driverName = `Hamit Rotaev ${n}`;
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'provider admin (inva-astana'));
      await navTo(page, 'Fleet and rota');
      await page.getByRole('heading', { level: 1, name: 'Fleet and rota' }).waitFor();
      await page.getByRole('region', { name: 'Vehicles, their layouts and equipment' }).waitFor();
      await axe(page, 'fleet (provider admin)');

      // A vehicle: a refusal is told at its field, in words; then the real one.
      await page.getByRole('button', { name: 'Add a vehicle' }).click();
      await page.getByLabel('Number plate').fill('12');
      await page.getByLabel('Model').fill('Ford Transit');
      await page.getByRole('button', { name: 'Save the vehicle' }).click();
      const plateError = page.locator('form[aria-labelledby="add-vehicle-title"] .field-error').first();
      await plateError.waitFor();
      const said = (await plateError.textContent()) ?? '';
      // The rule in words with its numbers, not the validator's sentence naming "plate".
      assert(said.trim() === 'From 6 to 16 characters.', `the plate's refusal in words: ${said}`);
      assert(
        await page.evaluate(
          `document.activeElement?.closest('#field-plate, [id="field-plate"]') !== null || document.activeElement?.id === 'field-plate'`,
        ),
        'focus moves to the refused field',
      );
      await axe(page, 'fleet: vehicle refused at its field');
      await page.getByLabel('Number plate').fill(plate);
      await page.getByLabel('Seats', { exact: true }).fill('3');
      await page.getByLabel('Wheelchair places', { exact: true }).fill('1');
      await page.getByRole('button', { name: 'Add a layout' }).click();
      await page.getByLabel('Layout 1: seats').fill('4');
      await page.getByLabel('Layout 1: wheelchair places').fill('0');
      // A wheelchair place without the equipment is said before saving, with why (walk 20).
      const gap = page.getByTestId('wheelchair-gap');
      const gapText = ((await gap.textContent()) ?? '').replace(/\u00a0/g, ' ');
      assert(
        gapText.includes('cannot carry a rider in a wheelchair') &&
          gapText.includes('neither a ramp nor a lift') &&
          gapText.includes('no wheelchair restraints') &&
          // One sentence, never "…a lift. it has no…" (walk t25 minor).
          !/\. [a-z]/.test(gapText),
        `wheelchair gap warned: ${gapText}`,
      );
      await page.locator('label.checkbox', { hasText: 'Ramp' }).click();
      assert(!((await gap.textContent()) ?? '').includes('ramp'), 'the ramp is no longer missing');
      await page.locator('label.checkbox', { hasText: 'Wheelchair restraints' }).click();
      assert((await gap.count()) === 0, 'an equipped vehicle is not warned about');
      await page.getByRole('button', { name: 'Save the vehicle' }).click();
      await page
        .getByTestId('fleet-said')
        .filter({ hasText: `Vehicle ${plate} added.` })
        .waitFor();
      const vehicleRow = page.getByRole('row').filter({ hasText: plate }).first();
      await vehicleRow.filter({ hasText: 'or seats: 4, wheelchair places: 0' }).waitFor();
      assert(/Ramp, Wheelchair restraints/.test((await vehicleRow.textContent()) ?? ''), 'equipment listed');

      // A driver.
      await page.getByRole('button', { name: 'Add a driver' }).click();
      await page.getByLabel('Full name').fill(driverName);
      await page.getByLabel('Driving licence number').fill(`HM${n}777`);
      await page.getByLabel('Licence valid until').fill(addDaysToLocalDate(localDateOf(testNow()), 400));
      await page.getByLabel('Phone').fill(`+7701${n}4455`);
      await page.getByRole('button', { name: 'Save the driver' }).click();
      await page
        .getByTestId('fleet-said')
        .filter({ hasText: `Driver ${driverName} added` })
        .waitFor();
      const driverRow = page.getByRole('row').filter({ hasText: driverName });
      await driverRow.filter({ hasText: 'Working' }).waitFor();
      // Its sign-in account is not there yet: said in words, with where to invite them; the Users
      // page says the same of it (not "Active": it has no password to sign in with).
      await driverRow.filter({ hasText: 'No password yet: invite them on the Users page' }).waitFor();
      await navTo(page, 'Users');
      await page
        .getByRole('row')
        .filter({ hasText: driverName })
        .filter({ hasText: 'Cannot sign in yet: no password (send an invitation)' })
        .waitFor();
      await navTo(page, 'Fleet and rota');
      await page.getByRole('row').filter({ hasText: driverName }).first().waitFor();
      // A second driver whose licence expired yesterday: the page says so in words.
      const expiredName = `Erlan Expired ${n}`;
      await page.getByRole('button', { name: 'Add a driver' }).click();
      await page.getByLabel('Full name').fill(expiredName);
      await page.getByLabel('Driving licence number').fill(`EX${n}777`);
      await page.getByLabel('Licence valid until').fill(addDaysToLocalDate(localDateOf(testNow()), -1));
      await page.getByLabel('Phone').fill(`+7702${n}4455`);
      await page.getByRole('button', { name: 'Save the driver' }).click();
      await page
        .getByRole('row')
        .filter({ hasText: expiredName })
        .filter({ hasText: /expired on .*: cannot be put on a shift/ })
        .waitFor();

      // A shift in the week of that day, from the depot on Turan Avenue.
      await page.getByLabel('Week of').fill(day);
      await page.getByRole('button', { name: 'Add shifts' }).click();
      // One day: the same date twice, its weekday the only one chosen.
      await page.locator('#field-from').fill(day);
      await page.locator('#field-to').fill(day);
      const iso = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const weekdayBoxes = page.locator('#field-weekdays label.checkbox');
      for (let w = 1; w <= 7; w++) {
        const box = weekdayBoxes.nth(w - 1);
        const on = await box.locator('input').isChecked();
        if (on !== (w === iso)) await box.click();
      }
      await page.getByLabel('Starts at').fill('07:00');
      await page.getByLabel('Ends at').fill('21:00');
      const optionValue = async (select: string, text: string) =>
        (await page.locator(`#${select} option`).filter({ hasText: text }).first().getAttribute('value'))!;
      await page.locator('#field-vehicleId').selectOption(await optionValue('field-vehicleId', plate));
      await page.locator('#field-driverId').selectOption(await optionValue('field-driverId', expiredName));
      await page.locator('#field-depot').click();
      await page.locator('#field-depot').pressSequentially('Turan', { delay: 20 });
      await page
        .getByRole('option', { name: /Turan Avenue/ })
        .first()
        .click();
      // The expired licence: the API's refusal is told at the driver's field, in words.
      await page.getByRole('button', { name: 'Save the shifts' }).click();
      await page.locator('#field-driverId[aria-invalid="true"]').waitFor();
      await page
        .locator('#driverId-error')
        .filter({ hasText: /The driving licence expired on .*: the driver cannot be put on this shift/ })
        .waitFor();
      await axe(page, 'fleet: an expired licence refused at the driver field');
      await page.locator('#field-driverId').selectOption(await optionValue('field-driverId', driverName));
      await axe(page, 'fleet: adding a shift');
      await page.getByRole('button', { name: 'Save the shifts' }).click();
      await page.getByTestId('fleet-said').filter({ hasText: 'Shifts added: 1.' }).waitFor();
      const rotaRow = page.getByTestId('rota').getByRole('row').filter({ hasText: plate });
      const cell = rotaRow.getByTestId('rota-shift');
      await cell.filter({ hasText: '07:00–21:00' }).filter({ hasText: driverName }).waitFor();
      assert(/Rides: 0/.test((await cell.textContent()) ?? ''), 'no ride on the new shift yet');
      // Without rides yet, the shift can be changed: it ends an hour earlier (issue 21).
      await cell.getByRole('button', { name: /^Change/ }).click();
      await page.getByTestId('change-shift').waitFor();
      await until(
        page,
        `document.activeElement?.id === 'field-changeStart'`,
        'focus on the first field of the change',
      );
      await axe(page, 'fleet: changing a shift');
      await page.locator('#field-changeEnd').fill('20:00');
      await page.getByRole('button', { name: 'Save the change' }).click();
      await page
        .getByTestId('fleet-said')
        .filter({ hasText: /is changed: now 07:00–20:00/ })
        .waitFor();
      await cell.filter({ hasText: '07:00–20:00' }).filter({ hasText: driverName }).waitFor();
      const overflow = await page.evaluate<boolean>(
        `document.documentElement.scrollWidth > document.documentElement.clientWidth`,
      );
      assert(!overflow, 'the page does not scroll sideways; the week grid scrolls in its region');
      await axe(page, 'fleet: week grid with the new shift');
      await shot(page, '27-fleet-rota');

      // A ride booked for that day lands on the new shift; the dispatcher's board shows both.
      const [{ id: shiftId }] = (await ds.query(
        `SELECT s.id FROM shift s JOIN vehicle v ON v.id = s.vehicle_id WHERE v.plate = $1`,
        [plate],
      )) as { id: string }[];
      const created = await postAs<{ bookings: { id: string }[] }>('dispatcher (Astana', '/bookings', {
        beneficiaryId: seed.beneficiaryIds['nurlan'],
        pickup: BENEFICIARIES.find((b) => b.key === 'nurlan')!.home,
        dropoff: PLACES.cityHospital1,
        timeAnchor: 'DROPOFF',
        time: localDateTimeToUtc(day, '10:00').toISOString(),
        purpose: 'MEDICAL',
        companions: 0,
      });
      const rideId = created.bookings[0]!.id;
      await waitFor(
        async () =>
          (
            (await ds.query(`SELECT shift_id FROM booking WHERE id = $1 AND status = 'SCHEDULED'`, [
              rideId,
            ])) as {
              shift_id: string;
            }[]
          )[0]?.shift_id === shiftId,
        'the ride planned on the new shift',
      );
      const d = await newPage();
      await signInAs(d.page, base, tokenOf(seed, 'dispatcher (inva-astana'));
      await d.page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await d.page.getByLabel('Day').fill(day);
      await d.page
        .locator('[data-testid="route"]')
        .filter({ has: d.page.getByRole('heading', { name: new RegExp(`${plate} · 07:00–20:00`) }) })
        .waitFor();
      await axe(d.page, "board: the provider's new shift");
      await d.ctx.close();

      // Before cancelling, the admin sees the ride the shift carries; the reason is kept.
      await page.getByRole('button', { name: 'Next week' }).click();
      await page.getByRole('button', { name: 'Previous week' }).click();
      await cell.filter({ hasText: 'Rides: 1' }).waitFor();
      await cell.getByRole('button', { name: /^Cancel shift \(/ }).click();
      const panel = page.getByTestId('cancel-shift');
      await panel.filter({ hasText: 'This shift carries rides: 1.' }).waitFor();
      await axe(page, 'fleet: cancelling a shift that carries a ride');
      await panel.getByLabel('Reason').fill('The driver is ill');
      await panel.getByRole('button', { name: 'Cancel the shift' }).click();
      await page.getByTestId('fleet-said').filter({ hasText: 'Rides sent back to dispatch: 1.' }).waitFor();
      await cell
        .filter({ hasText: /cancelled/i })
        .filter({ hasText: 'The driver is ill' })
        .waitFor();
      assert((await bookingStatus(rideId)) !== 'SCHEDULED', 'the ride went back to dispatch');
      await axe(page, 'fleet: shift cancelled');

      // Walk t23 m12: a shift whose hours are over offers no "Cancel shift" (the API refuses it),
      // and a breakdown's reason is said in words, never as its code.
      const endedAt = testNow().getTime() - 3_600_000;
      await ds.query(
        `UPDATE shift SET status = 'PLANNED', status_reason = NULL, starts_at = $2, ends_at = $3 WHERE id = $1`,
        [shiftId, new Date(endedAt - 3_600_000), new Date(endedAt)],
      );
      await page.getByLabel('Week of').fill(localDateOf(new Date(endedAt - 3_600_000)));
      await page.getByRole('button', { name: 'Next week' }).click();
      await page.getByRole('button', { name: 'Previous week' }).click();
      await cell.filter({ hasText: 'Rides: 0' }).waitFor();
      assert(
        (await cell.getByRole('button', { name: /^Cancel shift/ }).count()) === 0,
        'no "Cancel shift" for a shift that has ended',
      );
      await ds.query(
        `UPDATE shift SET status = 'CANCELLED', status_reason = 'VEHICLE_BREAKDOWN' WHERE id = $1`,
        [shiftId],
      );
      await page.getByRole('button', { name: 'Next week' }).click();
      await page.getByRole('button', { name: 'Previous week' }).click();
      await cell.filter({ hasText: 'The vehicle broke down' }).waitFor();
      assert(!/VEHICLE_BREAKDOWN/.test((await cell.textContent()) ?? ''), 'no raw code in the rota');
      await ctx.close();

      // The region's officer reads the same fleet, with nothing to change.
      const o = await newPage();
      await signInAs(o.page, base, tokenOf(seed, 'LEB officer'));
      await navTo(o.page, 'Fleet and rota');
      await o.page.getByRole('row').filter({ hasText: plate }).first().waitFor();
      // The officer reads every provider of the region: each vehicle and driver says whose it is.
      const provider = (
        (await ds.query(
          `SELECT p.legal_name AS name FROM vehicle v JOIN provider p ON p.id = v.provider_id WHERE v.plate = $1`,
          [plate],
        )) as { name: string }[]
      )[0]!.name;
      await o.page.getByRole('columnheader', { name: 'Provider' }).first().waitFor();
      await o.page
        .getByRole('row')
        .filter({ hasText: plate })
        .filter({ hasText: provider })
        .first()
        .waitFor();
      await o.page
        .getByRole('row')
        .filter({ hasText: driverName })
        .filter({ hasText: provider })
        .first()
        .waitFor();
      assert(
        (await o.page
          .getByRole('button', {
            name: /Add a vehicle|Add a driver|Add shifts|Send to repair|Change|Renew licence/,
          })
          .count()) === 0,
        'the officer reads only',
      );
      await axe(o.page, 'fleet (LEB officer, read only)');
      await o.ctx.close();

      // 320 px wide, then 200% text: the page never scrolls sideways (the tables scroll in their
      // regions), and every target is at least 24 x 24 px.
      const narrow = await newPage({ width: 320, height: 800 });
      await signInAs(narrow.page, base, tokenOf(seed, 'provider admin (inva-astana'));
      await narrow.page.locator('nav.main-nav a[href="/fleet"]').click();
      await narrow.page.getByTestId('rota').waitFor();
      const sideways = () =>
        narrow.page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
      let by = await sideways();
      await shot(narrow.page, '28-fleet-320px');
      const wide = await narrow.page.evaluate<string[]>(`[...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.parentElement.closest('.table-wrap'))
        .map((el) => el.tagName + '.' + el.className).slice(0, 8)`);
      assert(by <= 1, `/fleet at 320 px scrolls sideways by ${by} px: ${wide.join(', ')}`);
      await narrow.page.setViewportSize({ width: 1280, height: 900 });
      await narrow.page.evaluate(
        `document.documentElement.style.setProperty('font-size', '200%', 'important')`,
      );
      by = await sideways();
      assert(by <= 1, `/fleet at 200% text scrolls sideways by ${by} px`);
      const small = await narrow.page.evaluate<
        string[]
      >(`(() => [...document.querySelectorAll('main button, main a[href], main input, main select, main label.checkbox')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24) && !el.closest('p, li, .hint, label.radio, label.checkbox'); })
        .map((el) => el.outerHTML.slice(0, 80)))()`);
      assert(small.length === 0, `targets under 24 px on /fleet: ${small.join(' | ')}`);
      await narrow.ctx.close();
    });

    await test("a vehicle breaks down: the provider's board shows the alert, dialysis first, and counts its waitlist", async () => {
      // A day of its own: the first one ahead (within the booking horizon) with no shift and no ride
      // yet, since earlier tests add some (a week of repeating rides, a new provider's shifts).
      let day = '';
      for (let ahead = 3; ahead < 14 && !day; ahead++) {
        const d = addDaysToLocalDate(localDateOf(testNow()), ahead);
        const from = localDateTimeToUtc(d, '00:00');
        const to = localDateTimeToUtc(d, '24:00');
        const [{ busy }] = (await ds.query(
          `SELECT EXISTS (SELECT 1 FROM shift WHERE starts_at < $2 AND ends_at > $1 AND status <> 'CANCELLED')
               OR EXISTS (SELECT 1 FROM booking WHERE pickup_earliest >= $1 AND pickup_earliest < $2) AS busy`,
          [from, to],
        )) as { busy: boolean }[];
        if (!busy) day = d;
      }
      if (!day) throw new Skip('no free day within the booking horizon');
      const providerId = seed.providerIds['inva-astana']!;
      const [{ vehicle_id, driver_id }] = (await ds.query(
        `SELECT (SELECT id FROM vehicle WHERE provider_id = $1 AND wheelchair_places > 0 AND status = 'ACTIVE' ORDER BY plate LIMIT 1) AS vehicle_id,
                (SELECT id FROM driver WHERE provider_id = $1 AND status = 'ACTIVE'
                   AND (licence_valid_until IS NULL OR licence_valid_until >= $2) ORDER BY id LIMIT 1) AS driver_id`,
        // The fleet test adds a driver whose licence expired yesterday: ids are random, so without
        // the licence condition this picked that driver in some runs and the shift was refused.
        [providerId, day],
      )) as { vehicle_id: string; driver_id: string }[];
      const depot = { lat: 51.1605, lon: 71.4704 };
      const shift = await postAs<{ id: string }>('provider admin (inva-astana', '/fleet/shifts', {
        vehicleId: vehicle_id,
        driverId: driver_id,
        startsAt: localDateTimeToUtc(day, '07:00').toISOString(),
        endsAt: localDateTimeToUtc(day, '21:00').toISOString(),
        start: depot,
        end: depot,
        startKato: '711210000',
      });
      const rides: [string, keyof typeof PLACES, string, string][] = [
        ['nurlan', 'cityHospital1', '09:00', 'MEDICAL'],
        ['aigerim', 'dialysisCentre', '10:30', 'HAEMODIALYSIS'],
        ['dana', 'rehabCentre', '12:00', 'REHABILITATION'],
      ];
      const ids: string[] = [];
      for (const [key, place, time, purpose] of rides) {
        const created = await postAs<{ bookings: { id: string }[] }>('dispatcher (Astana', '/bookings', {
          beneficiaryId: seed.beneficiaryIds[key],
          pickup: BENEFICIARIES.find((b) => b.key === key)!.home,
          dropoff: PLACES[place],
          timeAnchor: 'DROPOFF',
          time: localDateTimeToUtc(day, time).toISOString(),
          purpose,
          companions: 0,
        });
        ids.push(created.bookings[0]!.id);
      }
      const statuses = async () =>
        (await ds.query(`SELECT status, status_reason, shift_id FROM booking WHERE id = ANY($1::uuid[])`, [
          ids,
        ])) as {
          status: string;
          shift_id: string | null;
        }[];
      await waitFor(
        async () => (await statuses()).every((b) => b.status === 'SCHEDULED' && b.shift_id === shift.id),
        'the three rides on the vehicle',
      );
      // The provider's dispatcher takes the vehicle off from its route's card on the board.
      const [{ plate }] = (await ds.query(`SELECT plate FROM vehicle WHERE id = $1`, [vehicle_id])) as {
        plate: string;
      }[];
      const token = tokenOf(seed, 'dispatcher (inva-astana');
      const { ctx, page } = await newPage();
      await signInAs(page, base, token);
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(day);
      const open = page.getByRole('button', { name: `Vehicle cannot go on: ${plate}` });
      await open.click();
      await page.getByTestId('breakdown-panel').waitFor();
      await axe(page, 'board (breakdown form)');
      // Escape closes it, nothing done, focus back on the button (walk F20); Enter opens it again.
      await page.keyboard.press('Escape');
      await page.getByTestId('breakdown-panel').waitFor({ state: 'detached' });
      await waitFor(
        async () =>
          (await page.evaluate<string>(`document.activeElement?.getAttribute('aria-label') ?? ''`)) ===
            `Vehicle cannot go on: ${plate}` || null,
        'focus back on the button',
      );
      await page.keyboard.press('Enter');
      await page.getByTestId('breakdown-panel').waitFor();
      await page.getByRole('button', { name: 'Take the vehicle off and send its rides back' }).click();
      await page.getByTestId('breakdown-panel').waitFor({ state: 'detached' });
      // Focus goes to the row's undo, not to BODY, and the page's status says what was done (walk t23 minor 1).
      await until(
        page,
        `document.activeElement?.getAttribute('aria-label') === ${JSON.stringify(`Back in service: ${plate} (undo the breakdown)`)}`,
        "focus on the row's undo after the breakdown",
      );
      await until(
        page,
        `(document.querySelector('[role="status"][data-testid="board-said"]')?.textContent ?? '').includes(${JSON.stringify(plate)})`,
        'the breakdown announced in the status region',
      );
      // No other vehicle runs that day: all three end on the waiting list.
      await waitFor(
        async () => (await statuses()).every((b) => b.status === 'WAITLISTED'),
        'the rides on the waiting list',
      ).catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await statuses())}`);
      });
      // The city-wide provider's dispatcher (token with the region too, as the demo signs it).
      const res = await fetch(`${base}/dispatch/board?date=${day}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const board = (await res.json()) as {
        waitlisted: { id: string }[];
        alerts: {
          shiftId: string;
          vehiclePlate: string;
          createdAt: string;
          rides: { riderName: string; purpose: string }[];
        }[];
      };
      const alert = board.alerts.find((a) => a.shiftId === shift.id);
      assert(alert, 'the API answers the alert to the provider');
      assert(alert.rides[0]?.purpose === 'HAEMODIALYSIS', 'the dialysis ride comes first');
      const waitlisted = new Set(board.waitlisted.map((b) => b.id));
      assert(
        ids.every((id) => waitlisted.has(id)),
        `the three rides on the waiting list: ${[...waitlisted].join(', ')}`,
      );
      const banner = page.locator('[data-testid="dispatch-alert"]').filter({ hasText: alert.vehiclePlate });
      await banner.waitFor();
      const text = (await banner.textContent()) ?? '';
      assert(/broke down/.test(text), `the banner says what happened: ${text}`);
      // The rides in the API's priority order, each named with its rider and pick-up time.
      const lines = await banner.locator('[data-testid="dispatch-alert-rides"] > li').allTextContents();
      const expected = alert.rides.map((r) => r.riderName);
      assert(
        lines.length === 3 &&
          lines.every((l, i) => l.includes(expected[i]!)) &&
          /^Haemodialysis/.test(lines[0]!),
        `rides in priority order: ${JSON.stringify(lines)} vs ${JSON.stringify(expected)}`,
      );
      // Each waiting ride's status has its sign in the text as well as drawn, no empty slot after
      // the '·' (walk t23 minor: "Тимур Калиев ·  On the waiting list").
      assert(
        lines.every((l) => /· ⧗ On the waiting list/.test(l) && !/·\s{2}/.test(l)),
        `the waiting status with its sign: ${JSON.stringify(lines)}`,
      );
      // The waiting list column counts what the API counts for the provider.
      await page
        .locator('#col-waitlisted')
        .filter({ hasText: `(${board.waitlisted.length})` })
        .waitFor();
      await axe(page, 'board (breakdown alert)');
      await shot(page, '26-board-breakdown-alert');
      // From the alert, a ride opens the move panel.
      await banner
        .getByRole('button', { name: /^Assign: / })
        .first()
        .click();
      await page.locator('#move-target').waitFor();
      // The broken-down vehicle is no target (walk t23): offered disabled, saying when it broke down.
      // The time is the service's (9af16c5: the alert's age by the database's clock, counted back
      // from the service's now), as the API answers it; the database's own stamp is another clock.
      const downAt = localTimeOf(new Date(alert.createdAt));
      const broken = page.locator('#move-target option').filter({ hasText: plate });
      assert((await broken.count()) === 1, 'the broken-down vehicle is listed once, as not available');
      const brokenText = (await broken.textContent()) ?? '';
      assert(await broken.isDisabled(), `the broken-down vehicle cannot be chosen: ${brokenText}`);
      assert(
        brokenText.includes(`broke down at ${downAt}`),
        `the option says when it broke down: ${brokenText}`,
      );
      // Its timeline row says it too, and offers no place for the ride.
      const row = page.getByTestId('timeline-row').filter({ hasText: plate });
      await row.filter({ hasText: `broke down at ${downAt}` }).waitFor();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      // In Russian and Kazakh too, with the same plate and the dialysis named first.
      for (const [name, said] of [
        ['Русский', /сломалась/],
        ['Қазақша', /бұзылды/],
      ] as const) {
        await page.getByRole('button', { name, exact: true }).click();
        await banner.filter({ hasText: said }).waitFor();
        const first = await banner.locator('[data-testid="dispatch-alert-rides"] > li').first().textContent();
        assert(/^Гемодиализ/.test(first ?? ''), `${name}: dialysis first, got ${first}`);
      }
      await page.getByRole('button', { name: 'English', exact: true }).click();
      // Mended at once: the breakdown is undone from the route's card (issue 18); the three rides
      // still waiting go back on the vehicle and the board says so, in words.
      await page.getByRole('button', { name: `Back in service: ${plate} (undo the breakdown)` }).click();
      await until(
        page,
        `[...document.querySelectorAll('[aria-live]')].some((e) => (e.textContent ?? '').includes(${JSON.stringify(
          `Vehicle ${plate} is back in service. Rides back on it: 3.`,
        )}))`,
        'the undo announced with the rides back on the vehicle',
      );
      await waitFor(
        async () => (await statuses()).every((b) => b.status === 'SCHEDULED' && b.shift_id === shift.id),
        'the three rides back on the vehicle',
      );
      await page.getByRole('button', { name: `Vehicle cannot go on: ${plate}` }).waitFor();
      // Focus on the row's control again, not BODY (walk t23 minor 1).
      await until(
        page,
        `document.activeElement?.getAttribute('aria-label') === ${JSON.stringify(`Vehicle cannot go on: ${plate}`)}`,
        "focus on the row's breakdown control after the undo",
      );
      await axe(page, 'board (breakdown undone)');
      await ctx.close();
    });

    await test("people's words: Kazakh dates in words, no internal code on the rider, board and driver pages", async () => {
      // A reason on one of the rider's upcoming rides (a waitlisted ride's, as dispatch writes
      // it), unless the day so far left one: the page must say it in words.
      const aigerim = seed.beneficiaryIds.aigerim;
      const mine = (await ds.query(
        `SELECT id, status, status_reason FROM booking WHERE beneficiary_id = $1 AND requested_time > $2
          AND status NOT IN ('CANCELLED', 'COMPLETED', 'NO_SHOW', 'EXPIRED', 'REJECTED') ORDER BY requested_time`,
        [aigerim, testNow()],
      )) as { id: string; status: string; status_reason: string | null }[];
      if (mine.length === 0) throw new Skip('the demo rider has no upcoming ride');
      const withReason = mine.find((r) => r.status_reason) ?? mine[0]!;
      // The words the finding saw raw: a dispatcher's override on a planned ride, "no feasible
      // insertion" on a waiting one.
      const reason =
        withReason.status_reason ??
        (withReason.status === 'SCHEDULED' ? 'MANUAL_OVERRIDE' : 'NO_FEASIBLE_INSERTION');
      if (!withReason.status_reason)
        await ds.query(`UPDATE booking SET status_reason = $2 WHERE id = $1`, [withReason.id, reason]);

      const KK_MONTH =
        /\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/;
      const RU_MONTH =
        /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/;
      const codesIn = (texts: string[]): string[] =>
        texts.filter(
          (s) =>
            // snake-case codes (NO_FEASIBLE_INSERTION), bare statuses (CANCELLED), camelCase keys
            // (scheduledFromWaitlist), the browser's locale-less dates ("M12 8"), "239:14" clocks
            /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.test(s) ||
            /\b(REQUESTED|ACCEPTED|REJECTED|SCHEDULED|WAITLISTED|ARRIVED|COMPLETED|CANCELLED|EXPIRED|PLANNED|ACTIVE|CLOSED|QUEUED|RUNNING|DONE|FAILED)\b/.test(
              s,
            ) ||
            /\b(?!eGov\b)[a-z]+[A-Z][A-Za-z]*\b/.test(s) ||
            /\bM\d{1,2}\b/.test(s) ||
            /\b\d{3,}:\d\d\b/.test(s),
        );

      // The rider, in Kazakh: dates in Kazakh words (Debian's Chromium has no kk locale data).
      const rider = await newPage({ lang: 'kk' });
      await signInAs(rider.page, base, tokenOf(seed, 'beneficiary (Айгерім'));
      // The app's own navigation: a page load would drop the pasted token (kept in memory only).
      await rider.page.locator('nav.main-nav a[href="/rides"]').click();
      const card = rider.page.locator(`[data-booking="${withReason.id}"]`);
      await card.waitFor();
      const cardText = (await card.textContent()) ?? '';
      assert(KK_MONTH.test(cardText), `a Kazakh date in words on the ride: ${cardText}`);
      const said = (await card.locator('[data-testid="status-reason"]').textContent()) ?? '';
      // In the rider's words: a dispatcher's override reads "assigned by a dispatcher" (issue 18),
      // never the staff wording about a route rule.
      const kkReason = (MESSAGES as Record<string, { kk: string }>)[riderReasonCode(reason)]?.kk;
      assert(kkReason && said.includes(kkReason), `the reason in Kazakh words: "${said}"`);
      assert(!said.includes(MESSAGES.MANUAL_OVERRIDE.kk), `staff wording on the rider's page: "${said}"`);
      const riderCodes = codesIn(await uiTexts(rider.page));
      assert(riderCodes.length === 0, `internal words on the rider's page: ${riderCodes.join(' | ')}`);
      await axe(rider.page, 'rides in kk (reason in words)');
      await shot(rider.page, '27-rides-kk-words');
      await rider.ctx.close();

      // The centre's dispatcher, in Russian, on tomorrow's board (waiting list with reasons).
      const tomorrow = addDaysToLocalDate(localDateOf(testNow()), 1);
      const board = await newPage({ lang: 'ru' });
      await signInAs(board.page, base, tokenOf(seed, 'dispatcher (Astana'));
      await board.page.locator('h1').waitFor();
      await board.page.locator('input.date-input').first().fill(tomorrow);
      await until(
        board.page,
        `document.querySelectorAll('[data-testid="route"], [data-testid="board-booking"]').length > 0`,
        'the board of tomorrow',
      );
      const boardTexts = await uiTexts(board.page);
      assert(
        boardTexts.some((s) => RU_MONTH.test(s)),
        `a Russian date in words on the board: ${boardTexts
          .filter((s) => /\d/.test(s))
          .slice(0, 5)
          .join(' | ')}`,
      );
      const boardCodes = codesIn(boardTexts);
      assert(boardCodes.length === 0, `internal words on the board: ${boardCodes.join(' | ')}`);
      await shot(board.page, '28-board-ru-words');
      await board.ctx.close();

      // The driver, in Kazakh.
      const driver = await newPage({ width: 375, height: 740, lang: 'kk' });
      await signInAs(driver.page, base, tokenOf(seed, 'driver'));
      await driver.page.locator('h1').waitFor();
      await driver.page.locator('.next-stop, .big').first().waitFor();
      const driverCodes = codesIn(await uiTexts(driver.page));
      assert(driverCodes.length === 0, `internal words on the driver's page: ${driverCodes.join(' | ')}`);
      await driver.ctx.close();
    });

    // Issue 23: the map. A second api on the same database and Redis, configured with a map
    // style this test serves itself (no internet here): the board draws vehicles at their last
    // ping, the day's stops and each route's line with MapLibre, moves a vehicle on a ping
    // without reloading, and the rider's live ride has the vehicle on a map. The run's own api
    // (no style) keeps the schematic plot and never fetches MapLibre.
    await test('map (issue 23): vehicles, stops and routes on a local test style, live; the plot without a style', async () => {
      const tomorrow = addDaysToLocalDate(localDateOf(testNow()), 1);
      const region = `${ASTANA.slice(0, 2)}0000000`;
      const [busy] = (await ds.query(
        `SELECT b.shift_id AS id FROM booking b WHERE b.shift_id IS NOT NULL AND b.region_kato = $1
            AND b.status = 'SCHEDULED' AND b.pickup_earliest >= $2 AND b.pickup_earliest < $3
          GROUP BY b.shift_id ORDER BY count(*) DESC, b.shift_id LIMIT 1`,
        [ASTANA, localDateTimeToUtc(tomorrow, '00:00'), localDateTimeToUtc(tomorrow, '23:59')],
      )) as { id: string }[];
      assert(busy, `a shift with rides tomorrow (${tomorrow}) in the demo data`);
      const [other] = (await ds.query(
        `SELECT s.id, s.starts_at FROM shift s WHERE s.id <> $1 AND s.starts_at < $3 AND s.ends_at > $2
            AND s.provider_id = (SELECT provider_id FROM shift WHERE id = $1) ORDER BY s.starts_at, s.id LIMIT 1`,
        [busy.id, localDateTimeToUtc(tomorrow, '00:00'), localDateTimeToUtc(tomorrow, '23:59')],
      )) as { id: string }[];
      // The busy shift's vehicle pinged near its start five minutes ago (a fixture row of the trail).
      const [shiftStart] = (await ds.query(
        `SELECT start_lat AS lat, start_lon AS lon FROM shift WHERE id = $1`,
        [busy.id],
      )) as { lat: number; lon: number }[];
      const pingedAt = new Date(testNow().getTime() - 5 * 60_000);
      await ds.query(`INSERT INTO location_ping (shift_id, at, lat, lon) VALUES ($1, $2, $3, $4)`, [
        busy.id,
        pingedAt,
        shiftStart.lat + 0.002,
        shiftStart.lon + 0.002,
      ]);

      // The test style: a background, the city's area and two streets, from a GeoJSON source.
      const styleHits: string[] = [];
      const style = {
        version: 8,
        name: 'Invataxi test style',
        sources: {
          city: {
            type: 'geojson',
            attribution: 'Invataxi test data',
            data: {
              type: 'FeatureCollection',
              features: [
                {
                  type: 'Feature',
                  properties: {},
                  geometry: {
                    type: 'Polygon',
                    coordinates: [
                      [
                        [71.2, 51.0],
                        [71.7, 51.0],
                        [71.7, 51.3],
                        [71.2, 51.3],
                        [71.2, 51.0],
                      ],
                    ],
                  },
                },
                {
                  type: 'Feature',
                  properties: {},
                  geometry: {
                    type: 'LineString',
                    coordinates: [
                      [71.2, 51.15],
                      [71.7, 51.15],
                    ],
                  },
                },
                {
                  type: 'Feature',
                  properties: {},
                  geometry: {
                    type: 'LineString',
                    coordinates: [
                      [71.43, 51.0],
                      [71.43, 51.3],
                    ],
                  },
                },
              ],
            },
          },
        },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } },
          {
            id: 'city',
            type: 'fill',
            source: 'city',
            filter: ['==', '$type', 'Polygon'],
            paint: { 'fill-color': '#dfe8d8' },
          },
          {
            id: 'streets',
            type: 'line',
            source: 'city',
            filter: ['==', '$type', 'LineString'],
            paint: { 'line-color': '#ffffff', 'line-width': 6 },
          },
        ],
      };
      const tiles = createHttpServer((req, res) => {
        styleHits.push(req.url ?? '');
        res.setHeader('access-control-allow-origin', '*');
        if (req.url !== '/styles/test/style.json') return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(style));
      });
      await new Promise<void>((r) => tiles.listen(0, '127.0.0.1', r));
      const styleUrl = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}/styles/test/style.json`;
      const mapApi = await createApi({ ...t!.config, MAP_STYLE_URL: styleUrl });
      const mapPort = await freePort();
      await mapApi.listen({ host: '127.0.0.1', port: mapPort });
      const mapBase = `http://127.0.0.1:${mapPort}`;
      const rideIds: string[] = [];
      try {
        // Without a style: the schematic plot, and MapLibre is never fetched (lazy).
        {
          const { ctx, page } = await newPage();
          const fetched: string[] = [];
          page.on('request', (r) => fetched.push(r.url()));
          await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
          await page.getByLabel('Day').fill(tomorrow);
          await page.locator('figure.plot svg[role="img"]').waitFor();
          assert((await page.getByTestId('map').count()) === 0, 'no map without a style');
          const heavy = fetched.filter((u) => /MapView|maplibre/.test(u));
          assert(heavy.length === 0, `a page without a map fetched the map's code: ${heavy.join(', ')}`);
          // Nor does the installable app's service worker install it with the shell.
          const sw = await (await fetch(`${base}/sw.js`)).text();
          assert(
            sw.includes('precacheAndRoute') && !/MapView|maplibre/.test(sw),
            "the service worker precaches the map's code",
          );
          await ctx.close();
        }

        const { ctx, page } = await newPage();
        await signInAs(page, mapBase, tokenOf(seed, 'dispatcher (Astana'));
        await page.getByLabel('Day').fill(tomorrow);
        const map = page.getByTestId('map');
        /** What a map drew (its data-* attributes, read back from MapLibre's rendered features). */
        const drawnOn = async (el: Locator) => {
          const [state, vehicles, stops, routes] = await Promise.all(
            ['data-map-state', 'data-drawn-vehicles', 'data-drawn-stops', 'data-drawn-routes'].map((a) =>
              el.getAttribute(a),
            ),
          );
          return {
            state,
            vehicles: Number(vehicles ?? 0),
            stops: Number(stops ?? 0),
            routes: Number(routes ?? 0),
          };
        };
        const drawn = () => drawnOn(map);
        // The list alternative names every place the map draws.
        const listed = async (kind: RegExp) =>
          (await map.locator('figcaption li').allTextContents()).filter((x) => kind.test(x));
        await waitFor(async () => {
          const d = await drawn();
          return d.state === 'ready' && d.vehicles === 1 && d.stops > 0 && d.routes > 0 && d;
        }, 'the map drew the vehicle, stops and routes');
        const first = await drawn();
        const stopsListed = (await listed(/^(Pick-up|Drop-off)/)).length;
        assert(
          first.stops === stopsListed,
          `the map drew ${first.stops} stops, the list names ${stopsListed}`,
        );
        const routesWithRides = await page
          .locator('[data-testid="route"]')
          .filter({ has: page.locator('[data-testid="route-ride"]') })
          .count();
        assert(
          first.routes === routesWithRides,
          `the map drew ${first.routes} route lines for ${routesWithRides} routes with rides`,
        );
        assert(styleHits.includes('/styles/test/style.json'), 'the style came from the configured server');
        assert(
          (await page.locator('.maplibregl-canvas').getAttribute('aria-label')) ===
            `Vehicles and stops on ${tomorrow}`,
          'the canvas is named by the map title',
        );
        const vehicleLine = async () => (await listed(/^Vehicle/)).join(' | ');
        assert(
          /\(51\.\d{4}, 71\.\d{4}\)/.test(await vehicleLine()),
          `the vehicle is listed: ${await vehicleLine()}`,
        );
        await axe(page, 'board with the map');
        await shot(page, '23-map-board');
        await map
          .locator('.maplibregl-canvas')
          .screenshot({ path: join(ARTIFACTS, '23-map-board-canvas.png') });

        // Live: a ping moves the vehicle; another shift's first ping adds its vehicle. No reload.
        const live = api!.get(LiveEvents);
        const moved = {
          lat: 51.1234,
          lon: 71.4321,
          at: new Date(testNow().getTime() + 60_000).toISOString(),
        };
        const second = {
          lat: 51.1111,
          lon: 71.4111,
          at: new Date(testNow().getTime() + 60_000).toISOString(),
        };
        const sendPings = () =>
          Promise.all([
            live.publish('region', region, { type: 'position', shiftId: busy.id, position: moved }),
            ...(other
              ? [live.publish('region', region, { type: 'position', shiftId: other.id, position: second })]
              : []),
          ]);
        let seen = '';
        await waitFor(async () => {
          await sendPings(); // again until the page's stream has subscribed
          const d = await drawn();
          seen = `${JSON.stringify(d)}; ${await vehicleLine()}`;
          return (await vehicleLine()).includes('(51.1234, 71.4321)') && d.vehicles === (other ? 2 : 1) && d;
        }, 'the pings moved the vehicle and added the other').catch((e: Error) => {
          throw new Error(`${e.message} (the map: ${seen})`);
        });

        // Keyboard: the canvas takes focus, and Tab leaves the map (no trap).
        await page.locator('.maplibregl-canvas').focus();
        let left = false;
        for (let i = 0; i < 6 && !left; i++) {
          await page.keyboard.press('Tab');
          left = await page.evaluate<boolean>(`!document.activeElement?.closest('.map-canvas')`);
        }
        assert(left, 'Tab leaves the map');
        await ctx.close();

        // The rider's live ride on the map: pick-up, drop-off and the vehicle at its ping.
        const nurlan = seed.beneficiaryIds.nurlan;
        const t0 = testNow().getTime() - 60_000;
        const rideId = await insertEnRouteRide(ds, nurlan, t0, {
          from: ['Home, 3 Kenesary', 51.17, 71.45],
          to: ['Abai Avenue 33', 51.13, 71.4],
          rideMinutes: 20,
        });
        rideIds.push(rideId);
        const rider = await newPage();
        await signInAs(rider.page, mapBase, tokenOf(seed, 'beneficiary (Нурлан'));
        await navTo(rider.page, 'My rides');
        const card = rider.page.locator(`section.live[data-booking="${rideId}"]`);
        await card.waitFor();
        const riderMap = card.getByTestId('map');
        const eta = new Date(testNow().getTime() + 420_000).toISOString();
        await waitFor(async () => {
          await live.publish('booking', rideId, {
            type: 'position',
            shiftId: busy.id,
            position: { lat: 51.16, lon: 71.44, at: testNow().toISOString() },
            etas: [{ bookingId: rideId, kind: 'PICKUP', etaSeconds: 420, at: eta }],
          });
          const d = await drawnOn(riderMap);
          return d.state === 'ready' && d.vehicles === 1 && d.stops === 2;
        }, "the rider's map drew the vehicle, the pick-up and the drop-off");
        // The ETA in words beside it, as always.
        assert(
          /^Vehicle expected at \d\d:\d\d\.$/.test((await card.getByTestId('live-eta').textContent()) ?? ''),
          `the ETA in words: ${await card.getByTestId('live-eta').textContent()}`,
        );
        await axe(rider.page, 'my rides (live ride on the map)');
        await shot(rider.page, '23-map-rider');
        await rider.ctx.close();
      } finally {
        if (rideIds.length)
          await ds.query(
            `UPDATE booking SET status = 'CANCELLED', version = version + 1 WHERE id = ANY($1)`,
            [rideIds],
          );
        await ds.query(`DELETE FROM location_ping WHERE shift_id = $1 AND at = $2`, [busy.id, pingedAt]);
        (mapApi.getHttpServer() as Server).closeAllConnections();
        await mapApi.close().catch(() => undefined);
        tiles.closeAllConnections();
        await new Promise((r) => tiles.close(r));
      }
    });

    await test('board: a ride taken off its route, the page says where automatic dispatch put it (walk t18, finding 2)', async () => {
      const { ctx, page } = await newPage();
      await signInAs(page, base, tokenOf(seed, 'dispatcher (Astana'));
      await page.getByRole('heading', { name: 'Dispatch board', level: 1 }).waitFor();
      await page.getByLabel('Day').fill(addDaysToLocalDate(localDateOf(testNow()), 1));
      await page.locator('[data-testid="route-ride"]').first().waitFor();
      const shiftIds = await page
        .locator('[data-testid="route"] h3[id^="route-"]')
        .evaluateAll((els) => els.map((e) => e.id.slice('route-'.length)));
      const [ride] = (await ds.query(
        `SELECT id, shift_id, version, pickup_address FROM booking
          WHERE shift_id = ANY($1::uuid[]) AND status = 'SCHEDULED' ORDER BY planned_pickup_at DESC LIMIT 1`,
        [shiftIds],
      )) as { id: string; shift_id: string; version: number; pickup_address: string }[];
      assert(ride, 'a scheduled ride on a route of tomorrow');
      await page
        .locator('[data-testid="route"]')
        .filter({ has: page.locator(`#route-${ride.shift_id}`) })
        .getByRole('button', { name: `Move the ride from ${placeIn(ride.pickup_address, 'en')}` })
        .first()
        .click();
      await page.locator('#move-target').selectOption('unassign');
      // Before confirming: said that automatic dispatch takes it at once.
      assert(
        /automatic dispatch/.test((await page.getByTestId('unassign-hint').textContent()) ?? ''),
        'the unassign says where the ride goes',
      );
      await axe(page, 'board (unassign)');
      await page.getByRole('button', { name: 'Confirm unassign' }).click();
      await page.locator('.move-panel').waitFor({ state: 'detached', timeout: 20_000 });
      const said = (await page.getByTestId('board-said').textContent()) ?? '';
      const now = (
        (await ds.query(`SELECT status, shift_id, version FROM booking WHERE id = $1`, [ride.id])) as {
          status: string;
          shift_id: string | null;
          version: number;
        }[]
      )[0]!;
      process.stdout.write(`    after unassign: ${now.status}; the page said: ${said}\n`);
      assert(now.version > ride.version, 'taken off its route');
      const expected =
        now.status === 'SCHEDULED'
          ? now.shift_id === ride.shift_id
            ? /put it back on the same vehicle, pickup at \d\d:\d\d/
            : /automatically placed on .+, pickup at \d\d:\d\d/
          : now.status === 'WAITLISTED'
            ? /on the waitlist/
            : /no vehicle has been found for it yet/;
      assert(expected.test(said), `the page says where the ride is (${now.status}): ${said}`);
      await ctx.close();
    });

    await test('sign-in: no page broke the Content-Security-Policy (scripts, styles, connections, frames)', async () => {
      const res = await fetch(`${base}/signin`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      assert(
        /script-src 'self'(;|$)/.test(csp) && /frame-ancestors 'none'/.test(csp),
        `the page's policy: ${csp}`,
      );
      assert(
        cspViolations.length === 0,
        `violations: ${[...new Set(cspViolations)].slice(0, 5).join(' | ')}`,
      );
    });
  } finally {
    const closing = Date.now();
    await browser?.close().catch(() => undefined);
    await dispatcher?.close().catch(() => undefined);
    // This process's own fetches (the seed, the checks) keep sockets to the api alive, and one
    // may never have carried a request: Node's server.close() waits for such a socket until its
    // headers timeout (20-30 s added to a run, one run in two). The browser is gone: end them.
    (api?.getHttpServer() as Server | undefined)?.closeAllConnections();
    await api?.close().catch(() => undefined);
    await t?.teardown().catch(() => undefined);
    await sim?.close().catch(() => undefined);
    await egov?.stop().catch(() => undefined);
    process.stdout.write(`closed in ${Date.now() - closing} ms; ${Date.now() - started} ms in all\n`);
  }
}

main()
  .catch((e: Error) => {
    results.push({ name: 'setup', status: 'failed', detail: e.stack ?? e.message, ms: 0 });
    process.stdout.write(`setup failed: ${e.stack ?? e.message}\n`);
  })
  .finally(() => {
    const by = (s: string) => results.filter((r) => r.status === s).length;
    const impact = { minor: 0, moderate: 0, serious: 0, critical: 0 } as Record<string, number>;
    for (const a of axeLog) for (const [k, v] of Object.entries(a.counts)) impact[k] = (impact[k] ?? 0) + v;
    writeFileSync(join(ARTIFACTS, 'results.json'), JSON.stringify({ results, axe: axeLog }, null, 2));
    process.stdout.write(
      `axe: ${axeLog.length} page states checked; violations (nodes) by impact: critical ${impact.critical}, serious ${impact.serious}, moderate ${impact.moderate}, minor ${impact.minor}\n`,
    );
    process.stdout.write(`screenshots: ${ARTIFACTS}\n`);
    process.stdout.write(`${by('passed')} passed, ${by('failed')} failed, ${by('skipped')} skipped\n`);
    process.exit(by('failed') > 0 ? 1 : 0);
  });
