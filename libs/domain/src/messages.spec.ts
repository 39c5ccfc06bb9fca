import { BIN_INVALID_REASONS } from './bin';
import { AUTH_REFUSALS, CONFLICT_REASONS, DOMAIN_ERROR_CODES, REQUEST_ERROR_CODES } from './domain-error';
import { IIN_INVALID_REASONS } from './iin';
import { LICENCE_REFUSALS } from './driver-licence';
import type { MessageKey } from './messages';
import { message, MESSAGES, pickLanguage, riderReasonCode } from './messages';
import { REASON_CODES } from './reasons';
import { FEASIBILITY_REASONS, STAFF_CHANGE_REASONS, STATUS_REASONS } from './status-reasons';
import { ROUTE_MESSAGE_KEYS } from './route-messages';
import { LANGUAGES } from './vocabulary';

const ALL_KEYS: MessageKey[] = [
  ...new Set<MessageKey>([
    ...REASON_CODES,
    ...STATUS_REASONS,
    ...STAFF_CHANGE_REASONS,
    ...FEASIBILITY_REASONS,
    ...DOMAIN_ERROR_CODES,
    ...CONFLICT_REASONS,
    ...AUTH_REFUSALS,
    ...REQUEST_ERROR_CODES,
    ...IIN_INVALID_REASONS.map((r) => `IIN_${r}` as const),
    ...BIN_INVALID_REASONS.map((r) => `BIN_${r}` as const),
    ...ROUTE_MESSAGE_KEYS,
    ...LICENCE_REFUSALS,
  ]),
];

describe('messages', () => {
  it('has a non-empty message in kk, ru and en for every reason and error code', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...new Set(ALL_KEYS)].sort());
    for (const key of ALL_KEYS) {
      for (const lang of LANGUAGES) expect(MESSAGES[key][lang].trim()).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const key of ALL_KEYS) {
      const placeholders = LANGUAGES.map((l) =>
        (MESSAGES[key][l].match(/\{\w+(:\w+)?\}/g) ?? []).sort().join(','),
      );
      expect(new Set(placeholders).size).toBe(1);
    }
  });

  it('writes Kazakh in Kazakh letters and Russian in Cyrillic, not English', () => {
    for (const key of ALL_KEYS) {
      expect(MESSAGES[key].ru).toMatch(/[а-яё]/i);
      expect(MESSAGES[key].kk).toMatch(/[а-яёәғқңөұүһі]/i);
      expect(MESSAGES[key].kk).not.toBe(MESSAGES[key].ru);
    }
  });

  it('fills parameters', () => {
    expect(message('LEAD_TIME_TOO_SHORT', 'en', { minutes: 60 })).toBe(
      'Please book at least 60 minutes before the trip.',
    );
    expect(message('QUOTA_EXCEEDED', 'ru', { limit: 10 })).toBe('Исчерпан месячный лимит поездок (10).');
    expect(message('TOO_MANY_COMPANIONS', 'kk', {})).toContain('{max}');
    // Issue 18: a wait in words, never 14354 seconds or a 239:14 clock.
    expect(message('NO_SHOW_TOO_EARLY', 'ru', { secondsLeft: 14354 }).replace(/\u00a0/g, ' ')).toBe(
      'Подождите у места посадки ещё 3 ч 59 мин, прежде чем отмечать неявку.',
    );
    expect(message('NO_SHOW_TOO_EARLY', 'en', { secondsLeft: 125 }).replace(/\u00a0/g, ' ')).toBe(
      'Wait 2 min 05 s more at the pickup before reporting a no-show.',
    );
    expect(message('NO_SHOW_TOO_EARLY', 'kk', { secondsLeft: 40 }).replace(/\u00a0/g, ' ')).toContain(
      '40 сек',
    );
  });

  it('says a sign-in wait in minutes, not seconds (issue 23: "try again in 840 s")', () => {
    const say = (lang: 'kk' | 'ru' | 'en', seconds: number) =>
      message('TOO_MANY_ATTEMPTS', lang, { seconds }).replace(/\u00a0/g, ' ');
    expect(say('en', 840)).toBe('Too many attempts. Please try again in 14 min.');
    expect(say('ru', 840)).toBe('Слишком много попыток. Повторите через 14 мин.');
    expect(say('kk', 840)).toBe('Әрекеттер тым көп. 14 мин кейін қайталаңыз.');
    // Part of a minute is a whole one more; under a minute stays in seconds; an hour says hours.
    expect(say('en', 61)).toBe('Too many attempts. Please try again in 2 min.');
    expect(say('en', 45)).toBe('Too many attempts. Please try again in 45 s.');
    expect(say('en', 3700)).toBe('Too many attempts. Please try again in 1 h 2 min.');
  });

  it('picks the language from Accept-Language', () => {
    expect(pickLanguage('kk-KZ,ru;q=0.8')).toBe('kk');
    expect(pickLanguage('de,en;q=0.5,ru;q=0.9')).toBe('ru');
    expect(pickLanguage('ru;q=0,en')).toBe('en');
    expect(pickLanguage(undefined)).toBe('ru');
    expect(pickLanguage('fr', 'kk')).toBe('kk');
  });

  it("shows a rider a dispatcher's override in neutral words (issue 18)", () => {
    const code = riderReasonCode('MANUAL_OVERRIDE');
    expect(message(code as 'MANUAL_ASSIGN', 'ru')).toBe('Назначено диспетчером.');
    expect(message(code as 'MANUAL_ASSIGN', 'en')).toBe('Assigned by a dispatcher.');
    for (const l of ['kk', 'ru', 'en'] as const)
      expect(message(code as 'MANUAL_ASSIGN', l)).not.toBe(message('MANUAL_OVERRIDE', l));
    expect(riderReasonCode('NO_FEASIBLE_INSERTION')).toBe('NO_FEASIBLE_INSERTION');
  });
});
