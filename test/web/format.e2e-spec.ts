/**
 * apps/web/src/format.ts: dates, times, numbers and durations in kk, ru and en without the
 * browser's locale data (Debian's Chromium has none for kk). Named *.e2e-spec.ts because the root
 * Jest config collects specs under test/ by that suffix.
 */
import {
  deviceOf,
  fmtDate,
  fmtDateShort,
  fmtDateTime,
  fmtDuration,
  fmtMinutes,
  fmtMoney,
  fmtMonth,
  fmtFigure,
  fmtNumber,
  fmtTime,
  kzDateOf,
  parseDateShort,
  parseTime,
  addDaysToDate,
  addMinutesToTime,
} from '../../apps/web/src/format';

const NB = '\u00a0';
const sp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('web formatter', () => {
  const iso = '2026-12-08T04:30:00Z'; // 09:30 on Tuesday 8 December in Kazakhstan

  it('formats times in Kazakhstan time', () => {
    expect(fmtTime(iso)).toBe('09:30');
    expect(fmtTime('2026-12-07T19:05:00Z')).toBe('00:05');
    expect(fmtTime(null)).toBe('—');
  });

  it('names weekdays and months in each language', () => {
    expect(fmtDate(iso, 'kk')).toBe('8 желтоқсан, сейсенбі');
    expect(fmtDate(iso, 'ru')).toBe('вт, 8 декабря');
    expect(fmtDate(iso, 'en')).toBe('Tue 8 December');
    expect(fmtDate('2026-03-01', 'ru')).toBe('вс, 1 марта');
    expect(fmtDate('2026-03-01', 'kk')).toBe('1 наурыз, жексенбі');
    expect(fmtDateTime(iso, 'kk')).toBe('8 желтоқсан, сейсенбі, 09:30');
    // No Kazakh weekday reads as a Russian one (walk h2 N2: "ср", "сб" on a kk page).
    for (let day = 7; day <= 13; day++) {
      const kk = fmtDate(`2026-12-${String(day).padStart(2, '0')}`, 'kk');
      const ru = fmtDate(`2026-12-${String(day).padStart(2, '0')}`, 'ru');
      expect(kk.split(', ')[1]).not.toBe(ru.split(', ')[0]);
    }
    expect(fmtDateShort(iso)).toBe('08.12.2026');
    // Late in the UTC day is already tomorrow in Kazakhstan.
    expect(fmtDate('2026-12-07T20:00:00Z', 'en')).toBe('Tue 8 December');
    expect(kzDateOf('2026-12-07T20:00:00Z')).toBe('2026-12-08');
  });

  it('names months standing alone', () => {
    expect(fmtMonth('2026-12', 'kk')).toBe('2026 ж. желтоқсан');
    expect(fmtMonth('2026-12', 'ru')).toBe('декабрь 2026');
    expect(fmtMonth('2026-05-20', 'en')).toBe('May 2026');
  });

  it('writes durations in hours and minutes, never as a 239:14 clock', () => {
    expect(sp(fmtDuration(3 * 3600 + 59 * 60 + 14, { lang: 'en' }))).toBe('3 h 59 min');
    expect(sp(fmtDuration(3 * 3600 + 59 * 60, { lang: 'kk' }))).toBe('3 сағ 59 мин');
    expect(sp(fmtDuration(3 * 3600 + 59 * 60, { lang: 'ru' }))).toBe('3 ч 59 мин');
    expect(sp(fmtDuration(239 * 60 + 14, { seconds: true, lang: 'en' }))).toBe('3 h 59 min');
    expect(sp(fmtDuration(305, { seconds: true, lang: 'ru' }))).toBe('5 мин 05 с');
    expect(sp(fmtDuration(42, { seconds: true, lang: 'kk' }))).toBe('42 сек');
    expect(sp(fmtMinutes(45, 'en'))).toBe('45 min');
    expect(fmtDuration(-5, { lang: 'en' })).toBe(`0${NB}min`);
  });

  it('groups numbers the way each language writes them', () => {
    expect(fmtNumber(12345.6, 1, 'ru')).toBe(`12${NB}345,6`);
    expect(fmtNumber(12345.6, 1, 'en')).toBe('12,345.6');
    expect(fmtNumber(1.4, 2, 'kk')).toBe('1,4');
    expect(fmtNumber(1000, 0, 'en')).toBe('1,000');
    expect(fmtNumber(-3, 0, 'en')).toBe('−3');
    expect(fmtNumber(null)).toBe('—');
  });

  it('gives money always with two decimals, as the XLSX does (t22 finding 4: "335.3 ₸" beside "311.74 ₸")', () => {
    expect(fmtMoney(335.3, 'en')).toBe(`335.30${NB}₸`);
    expect(fmtMoney(311.744, 'en')).toBe(`311.74${NB}₸`);
    expect(fmtMoney(327.6, 'ru')).toBe(`327,60${NB}₸`);
    expect(fmtMoney(1093047, 'kk')).toBe(`1${NB}093${NB}047,00${NB}₸`);
    expect(fmtMoney(-0.001, 'en')).toBe(`0.00${NB}₸`);
    expect(fmtMoney(null)).toBe('—');
  });

  it('keeps two significant digits of a small figure, never rounding it to 0 (what-if charts)', () => {
    expect(fmtFigure(0.04, 1, 'en')).toBe('0.04');
    expect(fmtFigure(0.064, 2, 'en')).toBe('0.064');
    expect(fmtFigure(0.4, 0, 'en')).toBe('0.4');
    expect(fmtFigure(0.4, 0, 'ru')).toBe('0,4');
    expect(fmtFigure(24.83, 1, 'en')).toBe('24.8');
    expect(fmtFigure(11856, 0, 'en')).toBe('11,856');
    expect(fmtFigure(0, 1, 'en')).toBe('0');
    expect(fmtFigure(null, 1, 'en')).toBe('—');
  });

  it('reads a date typed day.month.year (the date field) and nothing else', () => {
    expect(parseDateShort('08.12.2026')).toBe('2026-12-08');
    expect(parseDateShort(' 8.12.2026 ')).toBe('2026-12-08');
    expect(parseDateShort('08/12/2026')).toBe('2026-12-08');
    expect(parseDateShort('08122026')).toBe('2026-12-08');
    expect(parseDateShort('2026-12-08')).toBe('2026-12-08');
    expect(parseDateShort(fmtDateShort('2027-01-31'))).toBe('2027-01-31');
    // Half typed, impossible, or month first: no date at all.
    expect(parseDateShort('08.12.202')).toBeNull();
    expect(parseDateShort('08.12.26')).toBeNull();
    expect(parseDateShort('31.02.2026')).toBeNull();
    expect(parseDateShort('12/31/2026')).toBeNull();
    expect(parseDateShort('')).toBeNull();
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDate('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads a time on the 24-hour clock (the time field)', () => {
    expect(parseTime('10:00')).toBe('10:00');
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('09.05')).toBe('09:05');
    expect(parseTime('1130')).toBe('11:30');
    expect(parseTime('905')).toBe('09:05');
    expect(parseTime('14')).toBe('14:00');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('10:60')).toBeNull();
    expect(parseTime('10:00 AM')).toBeNull();
    expect(parseTime('7.5')).toBeNull();
    expect(addMinutesToTime('23:58', 5)).toBe('00:03');
    expect(addMinutesToTime('00:00', -60)).toBe('23:00');
  });

  it('names the browser and system of a session, never the raw user-agent line', () => {
    const cases: [string, string | null, string | null][] = [
      [
        'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
        'Chrome',
        'Android',
      ],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
        'Firefox',
        'Windows',
      ],
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
        'Safari',
        'iOS',
      ],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
        'Edge',
        'Windows',
      ],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 YaBrowser/24.12.0.0 Safari/537.36',
        'Yandex Browser',
        'macOS',
      ],
      ['curl/8.5.0', null, null],
    ];
    for (const [ua, browser, os] of cases) expect(deviceOf(ua)).toEqual({ browser, os });
    expect(deviceOf(null)).toEqual({ browser: null, os: null });
  });
});
