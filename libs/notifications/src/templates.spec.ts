import { LANGUAGES, REASON_CODES } from '@invataxi/domain';
import { composeMessage } from './compose';
import { NOTIFICATION_KINDS, kindForStatusChange } from './kinds';
import { countSegments } from './segments';
import {
  addressFragment,
  PLACE_MAX_CHARS,
  reasonText,
  renderTemplate,
  SHORT_REASONS,
  TEMPLATES,
  templateParams,
  type TemplateParams,
} from './templates';

const ALLOWED_PARAMS = ['date', 'from', 'to', 'place', 'reason', 'minutes'];

/** The longest value each parameter can take, in the widest (UCS-2) script. */
function worstCase(lang: (typeof LANGUAGES)[number]): TemplateParams {
  const longestReason = Math.max(
    ...REASON_CODES.map((r) => SHORT_REASONS[r][lang].length),
    reasonText(null, lang).length,
  );
  return {
    date: '31.12',
    from: '23:45',
    to: '23:59',
    place: 'ж'.repeat(PLACE_MAX_CHARS),
    reason: 'ж'.repeat(longestReason),
    minutes: 120,
  };
}

describe('templates', () => {
  it('has every kind in kk, ru and en, with the same placeholders in each language', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const ru = templateParams(TEMPLATES[kind].ru).sort();
      for (const lang of LANGUAGES) {
        expect(TEMPLATES[kind][lang]).toEqual(expect.any(String));
        expect(TEMPLATES[kind][lang].length).toBeGreaterThan(10);
        expect(templateParams(TEMPLATES[kind][lang]).sort()).toEqual(ru);
      }
    }
    expect(Object.keys(TEMPLATES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('uses no placeholder beyond the ride facts: no name, IIN, diagnosis, category or phone', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const lang of LANGUAGES)
        for (const p of templateParams(TEMPLATES[kind][lang])) expect(ALLOWED_PARAMS).toContain(p);
    const all = JSON.stringify(TEMPLATES) + JSON.stringify(SHORT_REASONS);
    expect(all).not.toMatch(/\{(name|fullName|iin|diagnosis|category|group|phone|birth\w*)\}/i);
    // Nor words that disclose health: the reasons say "documents", not "disability".
    expect(JSON.stringify([...Object.values(SHORT_REASONS), ...Object.values(TEMPLATES)])).not.toMatch(
      /инвалид|мүгедек|disabilit|диагноз|diagnos/i,
    );
  });

  it('fits every message in two SMS parts at worst, and the Kazakh/Russian ones are UCS-2', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const lang of LANGUAGES) {
        const text = renderTemplate(kind, lang, worstCase(lang));
        const count = countSegments(text);
        expect({ kind, lang, segments: count.segments }).toEqual({
          kind,
          lang,
          segments: expect.any(Number),
        });
        expect(count.segments).toBeLessThanOrEqual(2);
        if (lang !== 'en') expect(count.encoding).toBe('UCS2');
      }
  });

  it('keeps the urgent ones to a single part', () => {
    for (const kind of ['VEHICLE_ARRIVING', 'DRIVER_ARRIVED'] as const)
      for (const lang of LANGUAGES)
        expect(countSegments(renderTemplate(kind, lang, worstCase(lang))).segments).toBe(1);
  });

  it('has a short reason for every refusal reason code in every language', () => {
    for (const r of REASON_CODES)
      for (const lang of LANGUAGES) expect(reasonText(r, lang)).toBe(SHORT_REASONS[r][lang]);
    expect(reasonText('QUOTA_EXCEEDED,OVERLAPPING_BOOKING', 'ru')).toBe('исчерпан месячный лимит');
    expect(reasonText('something else', 'en')).toBe('details in the app');
  });

  it('refuses to render with a placeholder left unfilled', () => {
    expect(() => renderTemplate('BOOKING_SCHEDULED', 'ru', { date: '01.02' })).toThrow(/\{from\}/);
  });

  it('renders the pickup window in local time (UTC+5)', () => {
    const m = composeMessage('BOOKING_SCHEDULED', 'ru', {
      pickupEarliest: new Date('2026-03-02T04:00:00Z'),
      pickupLatest: new Date('2026-03-02T04:30:00Z'),
      pickupAddress: 'г. Астана, пр. Абая 10, кв. 5',
      statusReason: null,
    });
    expect(m.text).toBe('Инватакси: 02.03 машина придёт с 09:00 до 09:30, пр. Абая 10.');
    expect(m.segments).toEqual({ encoding: 'UCS2', units: m.text.length, segments: 1 });
    const en = composeMessage('REMINDER', 'en', {
      pickupEarliest: new Date('2026-03-01T19:10:00Z'),
      pickupLatest: new Date('2026-03-01T19:40:00Z'),
      pickupAddress: 'Abay Ave 10',
      statusReason: null,
    });
    // 19:10 UTC is already 00:10 the next day locally.
    expect(en.text).toBe('Invataxi: reminder, tomorrow 02.03 the vehicle comes 00:10-00:40 at Abay Ave 10.');
    expect(en.segments.encoding).toBe('GSM7');
  });

  it('cuts the address to a short fragment without the flat', () => {
    expect(addressFragment('г. Алматы, ул. Жибек Жолы 135, кв. 12')).toBe('ул. Жибек Жолы 135');
    expect(addressFragment('Астана қ., Қабанбай батыр даңғылы 53, пәтер 7').length).toBeLessThanOrEqual(
      PLACE_MAX_CHARS,
    );
    expect(addressFragment('Республиканский диагностический центр, корпус 2').length).toBeLessThanOrEqual(
      PLACE_MAX_CHARS,
    );
  });
});

describe('which message a status change calls for', () => {
  it('tells the rider about an operator cancellation, not about their own', () => {
    expect(kindForStatusChange({ to: 'CANCELLED', from: 'SCHEDULED', actorRole: 'DISPATCHER' })).toBe(
      'BOOKING_CANCELLED',
    );
    expect(kindForStatusChange({ to: 'CANCELLED', from: 'SCHEDULED', actorRole: 'BENEFICIARY' })).toBeNull();
    expect(kindForStatusChange({ to: 'CANCELLED', from: 'SCHEDULED', actorRole: 'GUARDIAN' })).toBeNull();
  });

  it('reads ACCEPTED after SCHEDULED as a change, otherwise as an acceptance', () => {
    expect(kindForStatusChange({ to: 'ACCEPTED', from: 'SCHEDULED', actorRole: 'DISPATCHER' })).toBe(
      'BOOKING_CHANGED',
    );
    expect(kindForStatusChange({ to: 'ACCEPTED', from: 'REQUESTED', actorRole: 'SYSTEM' })).toBe(
      'BOOKING_ACCEPTED',
    );
    expect(kindForStatusChange({ to: 'ON_BOARD', from: 'ARRIVED', actorRole: 'DRIVER' })).toBeNull();
  });
});
