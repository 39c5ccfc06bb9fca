/**
 * People's words everywhere (issue 18, finding 7): every status, reason code, conflict reason
 * and feasibility reason that can reach a person has a text in kk, ru and en: in the API's
 * messages (libs/domain messages.ts, which the web also shows reasons from) and, for what the
 * web names itself, in its three dictionaries. A value added to one of these lists without its
 * words fails here, naming the value and the language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  BILLING_ACT_STATUSES,
  BOOKING_STATUSES,
  CONFLICT_REASONS,
  DOMAIN_ERROR_CODES,
  FEASIBILITY_REASONS,
  LANGUAGES,
  MESSAGES,
  PROCUREMENT_STATUSES,
  PROVIDER_STATUSES,
  REASON_CODES,
  REQUEST_ERROR_CODES,
  ROLES,
  SHIFT_STATUSES,
  STATUS_ANOMALY_CODES,
  STAFF_CHANGE_REASONS,
  STATUS_REASONS,
  TRIP_PURPOSES,
  WHEELCHAIR_TYPES,
  isConflictReason,
} from '@invataxi/domain';
import { PLAN_RUN_STATUSES } from '../../libs/persistence/src/entities/plan-run.entity';
import type { BoardWarning } from '../../apps/api/src/dispatch/board.service';
import { webDictionary } from '../support/web-dictionaries';

const ROOT = join(__dirname, '..', '..');
const web = Object.fromEntries(LANGUAGES.map((l) => [l, webDictionary(l)])) as Record<
  (typeof LANGUAGES)[number],
  Record<string, string>
>;

/** The board's warning codes; the type check below fails when BoardWarning gains one not listed. */
const BOARD_WARNINGS = [
  'LATE_RISK',
  'RIDE_TIME_NEAR_LIMIT',
  'VEHICLE_LACKS_FEATURE',
  'VEHICLE_OVER_CAPACITY',
] as const satisfies readonly BoardWarning['code'][];
type Unlisted = Exclude<BoardWarning['code'], (typeof BOARD_WARNINGS)[number]>;
const allWarningsListed: [Unlisted] extends [never] ? true : Unlisted = true;

/** Values missing a text: "<value> (<lang>)". */
function missingInMessages(values: readonly string[]): string[] {
  return values.flatMap((v) =>
    LANGUAGES.filter((l) => !(MESSAGES as Record<string, Record<string, string>>)[v]?.[l]?.trim()).map(
      (l) => `${v} (${l})`,
    ),
  );
}
function missingInWeb(prefix: string, values: readonly string[]): string[] {
  return values.flatMap((v) =>
    LANGUAGES.filter((l) => !web[l][`${prefix}.${v}`]?.trim()).map((l) => `${prefix}.${v} (${l})`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === 'node_modules' || f === 'migrations' || f === 'web') return [];
    return statSync(p).isDirectory() ? sources(p) : /(?<!\.spec)\.ts$/.test(f) ? [p] : [];
  });
}

describe('every code that reaches a person has words in kk, ru and en', () => {
  it('API messages: booking refusals, status reasons, conflict reasons, feasibility reasons, errors', () => {
    expect(allWarningsListed).toBe(true);
    expect(missingInMessages(REASON_CODES)).toEqual([]);
    expect(missingInMessages(STATUS_REASONS)).toEqual([]);
    expect(missingInMessages(STAFF_CHANGE_REASONS)).toEqual([]);
    expect(missingInMessages(CONFLICT_REASONS)).toEqual([]);
    expect(missingInMessages(FEASIBILITY_REASONS)).toEqual([]);
    expect(missingInMessages(DOMAIN_ERROR_CODES)).toEqual([]);
    expect(missingInMessages(REQUEST_ERROR_CODES)).toEqual([]);
  });

  it('web dictionaries: every status, warning, violation, purpose, wheelchair and role', () => {
    expect([
      ...missingInWeb('status', BOOKING_STATUSES),
      ...missingInWeb('shiftStatus', SHIFT_STATUSES),
      ...missingInWeb('providerStatus', PROVIDER_STATUSES),
      ...missingInWeb('actStatus', BILLING_ACT_STATUSES),
      ...missingInWeb('procurementStatus', PROCUREMENT_STATUSES),
      ...missingInWeb('replan.state', PLAN_RUN_STATUSES),
      ...missingInWeb('replan.kind', ['MOVED', 'SERVED', 'RETIMED', 'LEFT_OUT']),
      ...missingInWeb('replan.note', [
        'NO_SHIFTS',
        'NOTHING_TO_PLAN',
        'WOULD_DROP_SCHEDULED',
        'NO_IMPROVEMENT',
        'FAILED',
      ]),
      ...missingInWeb('board.warn', BOARD_WARNINGS),
      ...missingInWeb('board.violation', FEASIBILITY_REASONS),
      ...missingInWeb('purpose', TRIP_PURPOSES),
      ...missingInWeb('wheelchair', WHEELCHAIR_TYPES),
      ...missingInWeb('role', ROLES),
      ...missingInWeb('flags.code', STATUS_ANOMALY_CODES),
    ]).toEqual([]);
  });

  it('every conflict the code throws names a reason that has words', () => {
    const thrown = new Map<string, string>();
    const files = [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/DomainError\(\s*'CONFLICT',\s*\{([^}]*)\}/g)) {
        const reason = /\breason:\s*'([^']*)'/.exec(m[1]);
        if (reason) thrown.set(reason[1], file.slice(ROOT.length + 1));
      }
      for (const m of src.matchAll(/\bconflict\(\s*'([^']+)'/g))
        thrown.set(m[1], file.slice(ROOT.length + 1));
    }
    expect(thrown.size).toBeGreaterThan(20);
    const unknown = [...thrown].filter(([r]) => !isConflictReason(r)).map(([r, f]) => `${r} in ${f}`);
    expect(unknown).toEqual([]);
  });
});
