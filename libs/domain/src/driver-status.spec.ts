import {
  checkStatusReport,
  arrivalOpensAt,
  completedOpensAt,
  type DriverStatusRules,
  enRouteOpensAt,
  shiftHasBegun,
  shiftLocalDates,
  shiftOpensAt,
  type StatusReportFacts,
} from './driver-status';
import { localDateTimeToUtc } from './time';
import { message } from './messages';

const at = (date: string, time: string, seconds = 0) =>
  new Date(localDateTimeToUtc(date, time).getTime() + seconds * 1000);
/** The configuration's defaults (config/src/schema.ts). */
const R: DriverStatusRules = {
  shiftLeadMinutes: 30,
  shiftOverrunMinutes: 120,
  arrivalLeadMinutes: 60,
  lateFlagMinutes: 60,
  earlyFlagMinutes: 15,
  arrivalDistanceMetres: 1000,
  minRidePercent: 50,
};
const PICKUP = { lat: 51.128, lon: 71.43 };

/** Tomorrow's shift (8 Dec 07:00-19:00) and its ride due 09:30, window 09:30-09:45. */
function facts(over: Partial<StatusReportFacts> = {}): StatusReportFacts {
  return {
    status: 'EN_ROUTE',
    now: at('2026-12-08', '09:00'),
    shift: { startsAt: at('2026-12-08', '07:00'), endsAt: at('2026-12-08', '19:00'), status: 'PLANNED' },
    pickup: {
      earliest: at('2026-12-08', '09:30'),
      latest: at('2026-12-08', '09:45'),
      plannedAt: at('2026-12-08', '09:30'),
      place: PICKUP,
    },
    travelSeconds: 12 * 60,
    boardedAt: null,
    directSeconds: 20 * 60,
    lastPing: null,
    ...over,
  };
}

describe('driver statuses in time (issue 18)', () => {
  it('a shift is workable from its lead-in on: the manifest, the page and the refusal share the rule', () => {
    const starts = at('2026-12-08', '07:00');
    expect(shiftOpensAt(starts, 30)).toEqual(at('2026-12-08', '06:30'));
    // The evening before (no shift today): tomorrow's shift is coming, not under way.
    expect(shiftHasBegun(starts, at('2026-12-07', '20:00'), 30)).toBe(false);
    expect(shiftHasBegun(starts, at('2026-12-08', '06:29', 59), 30)).toBe(false);
    expect(shiftHasBegun(starts, at('2026-12-08', '06:30'), 30)).toBe(true);
    expect(shiftHasBegun(starts, at('2026-12-08', '07:00'), 0)).toBe(true);
    expect(shiftHasBegun(starts, at('2026-12-08', '06:59', 59), 0)).toBe(false);
    // The refusal agrees with it at the edge.
    const shift = { startsAt: starts, endsAt: at('2026-12-08', '19:00'), status: 'PLANNED' };
    const early = checkStatusReport(facts({ shift, now: at('2026-12-08', '06:29', 59) }), R);
    expect(early.ok).toBe(false);
  });

  it('refuses every status of tomorrow sent today, in the driver words', () => {
    for (const status of ['EN_ROUTE', 'ARRIVED', 'ON_BOARD', 'COMPLETED', 'NO_SHOW'] as const) {
      const v = checkStatusReport(facts({ status, now: at('2026-12-07', '04:36') }), R);
      expect(v).toEqual({
        ok: false,
        refusal: {
          code: 'SHIFT_NOT_STARTED',
          params: { startsAt: '07:00', startsOn: '2026-12-08', from: '06:30', fromOn: '2026-12-08' },
        },
      });
      if (!v.ok)
        expect(message('SHIFT_NOT_STARTED', 'en', v.refusal.params)).toBe(
          'This shift starts at 07:00 on 8\u00a0December; statuses can be sent from 06:30.',
        );
    }
  });

  it('takes statuses from exactly the margin before the shift starts, not a second earlier', () => {
    const edge = at('2026-12-08', '06:30');
    const early = checkStatusReport(facts({ now: new Date(edge.getTime() - 1000) }), {
      ...R,
      arrivalLeadMinutes: 600,
    });
    expect(early.ok).toBe(false);
    const onTime = checkStatusReport(facts({ now: edge }), { ...R, arrivalLeadMinutes: 600 });
    expect(onTime).toEqual({ ok: true, anomalies: [] });
    // the margin is the configured one
    const wider = checkStatusReport(facts({ now: at('2026-12-08', '06:00') }), {
      ...R,
      shiftLeadMinutes: 60,
      arrivalLeadMinutes: 600,
    });
    expect(wider.ok).toBe(true);
  });

  it('a closed shift takes only the end of a ride already on board', () => {
    const closed = { ...facts().shift, status: 'CLOSED' };
    expect(checkStatusReport(facts({ shift: closed }), R)).toMatchObject({
      ok: false,
      refusal: { code: 'SHIFT_NOT_OPEN' },
    });
    expect(
      checkStatusReport(
        facts({
          shift: closed,
          status: 'COMPLETED',
          boardedAt: at('2026-12-08', '09:35'),
          now: at('2026-12-08', '10:00'),
        }),
        R,
      ).ok,
    ).toBe(true);
  });

  it('no new ride starts long after the shift ended', () => {
    const late = facts({
      now: at('2026-12-08', '21:01'),
      pickup: { ...facts().pickup, plannedAt: at('2026-12-08', '21:30') },
    });
    expect(checkStatusReport(late, R)).toMatchObject({
      ok: false,
      refusal: { code: 'SHIFT_OVER', params: { endsAt: '19:00', endsOn: '2026-12-08' } },
    });
    expect(checkStatusReport({ ...late, now: at('2026-12-08', '21:00') }, R).ok).toBe(true);
  });

  it('refuses a ride of another day on a running shift', () => {
    const tomorrow = {
      ...facts().pickup,
      earliest: at('2026-12-09', '09:30'),
      latest: at('2026-12-09', '09:45'),
      plannedAt: at('2026-12-09', '09:30'),
    };
    const v = checkStatusReport(facts({ pickup: tomorrow, status: 'ARRIVED' }), R);
    expect(v).toMatchObject({
      ok: false,
      refusal: {
        code: 'RIDE_NOT_OF_SHIFT_DAY',
        params: { pickupOn: '2026-12-09', pickupAt: '09:30', startsOn: '2026-12-08' },
      },
    });
  });

  it('a shift running over midnight covers both days', () => {
    expect(shiftLocalDates(at('2026-12-08', '20:00'), at('2026-12-09', '04:00'))).toEqual([
      '2026-12-08',
      '2026-12-09',
    ]);
    expect(shiftLocalDates(at('2026-12-08', '07:00'), at('2026-12-09', '00:00'))).toEqual(['2026-12-08']);
    const night = {
      startsAt: at('2026-12-08', '23:40'),
      endsAt: at('2026-12-09', '05:40'),
      status: 'ACTIVE',
    };
    const ride = {
      earliest: at('2026-12-09', '00:20'),
      latest: at('2026-12-09', '00:35'),
      plannedAt: at('2026-12-09', '00:20'),
      place: PICKUP,
    };
    expect(
      checkStatusReport(facts({ shift: night, pickup: ride, now: at('2026-12-08', '23:50') }), R).ok,
    ).toBe(true);
  });

  it('EN_ROUTE: refused before the arrival could be marked less the drive there, flagged when long after the window closed', () => {
    // window 09:30: arrival from 08:30; the drive from the stop before takes 12 min: set off from 08:18
    const edge = at('2026-12-08', '08:18');
    expect(checkStatusReport(facts({ now: new Date(edge.getTime() - 1000) }), R)).toEqual({
      ok: false,
      refusal: { code: 'EN_ROUTE_TOO_EARLY', params: { pickupAt: '09:30', from: '08:18' } },
    });
    expect(checkStatusReport(facts({ now: edge }), R)).toEqual({ ok: true, anomalies: [] });
    // walk t23 M3: 13:09 for a pickup planned 15:06 in the window 14:55-15:10 is refused (was taken)
    const t23 = facts({
      now: at('2026-12-08', '13:09'),
      pickup: {
        earliest: at('2026-12-08', '14:55'),
        latest: at('2026-12-08', '15:10'),
        plannedAt: at('2026-12-08', '15:06'),
        place: PICKUP,
      },
    });
    expect(checkStatusReport(t23, R)).toEqual({
      ok: false,
      refusal: { code: 'EN_ROUTE_TOO_EARLY', params: { pickupAt: '15:06', from: '13:43' } },
    });
    // The page's locks open at the same instants; setting off never opens after the arrival may be marked.
    expect(arrivalOpensAt(at('2026-12-08', '09:30'), R.arrivalLeadMinutes)).toEqual(
      at('2026-12-08', '08:30'),
    );
    expect(enRouteOpensAt(at('2026-12-08', '09:30'), 12 * 60, R.arrivalLeadMinutes)).toEqual(edge);
    expect(enRouteOpensAt(at('2026-12-08', '09:30'), 0, R.arrivalLeadMinutes)).toEqual(
      arrivalOpensAt(at('2026-12-08', '09:30'), R.arrivalLeadMinutes),
    );
    // window closes 09:45; flagged past 10:45
    expect(checkStatusReport(facts({ now: at('2026-12-08', '10:45') }), R)).toEqual({
      ok: true,
      anomalies: [],
    });
    expect(checkStatusReport(facts({ now: at('2026-12-08', '10:46') }), R)).toEqual({
      ok: true,
      anomalies: [{ code: 'LATE_START', params: { minutes: 61 } }],
    });
  });

  it('ARRIVED: refused long before the window opens, flagged when late or far from the pickup', () => {
    const arrived = (now: Date, lastPing: StatusReportFacts['lastPing'] = null) =>
      checkStatusReport(facts({ status: 'ARRIVED', now, lastPing }), R);
    expect(arrived(at('2026-12-08', '08:29', 59))).toEqual({
      ok: false,
      refusal: { code: 'ARRIVED_TOO_EARLY', params: { windowFrom: '09:30', from: '08:30' } },
    });
    // Taken from an hour before the window, but flagged for the dispatcher (walk F6).
    expect(arrived(at('2026-12-08', '08:30'))).toEqual({
      ok: true,
      anomalies: [{ code: 'EARLY_ARRIVAL', params: { minutes: 60 } }],
    });
    expect(arrived(at('2026-12-08', '10:46'))).toEqual({
      ok: true,
      anomalies: [{ code: 'LATE_ARRIVAL', params: { minutes: 61 } }],
    });
    // about 2.2 km north of the pickup, pinged a minute ago: flagged
    const away = { lat: PICKUP.lat + 0.02, lon: PICKUP.lon, at: at('2026-12-08', '09:29') };
    const v = arrived(at('2026-12-08', '09:30'), away);
    expect(v.ok && v.anomalies.map((a) => a.code)).toEqual(['ARRIVED_AWAY']);
    expect(v.ok && v.anomalies[0].params.metres).toBeGreaterThan(2000);
    // close to the pickup: fine; an old ping says nothing
    expect(arrived(at('2026-12-08', '09:30'), { ...PICKUP, lat: PICKUP.lat + 0.005, at: away.at })).toEqual({
      ok: true,
      anomalies: [],
    });
    expect(arrived(at('2026-12-08', '09:30'), { ...away, at: at('2026-12-08', '09:19') })).toEqual({
      ok: true,
      anomalies: [],
    });
  });

  it('COMPLETED no sooner than boarding plus the share of the direct travel time', () => {
    const boardedAt = at('2026-12-08', '09:35');
    const done = (now: Date) => checkStatusReport(facts({ status: 'COMPLETED', boardedAt, now }), R);
    // 50 % of 20 min = 10 min
    expect(done(at('2026-12-08', '09:44', 59))).toEqual({
      ok: false,
      refusal: { code: 'COMPLETED_TOO_SOON', params: { boardedAt: '09:35', minutes: 10, from: '09:45' } },
    });
    expect(done(at('2026-12-08', '09:45'))).toEqual({ ok: true, anomalies: [] });
    // The page's lock on "Dropped off" opens at the same instant (walk h2 N3).
    expect(completedOpensAt(boardedAt, 20 * 60, R.minRidePercent)).toEqual(at('2026-12-08', '09:45'));
  });

  it('says the day in the words of each language', () => {
    const v = checkStatusReport(facts({ now: at('2026-12-07', '04:36') }), R);
    if (v.ok) throw new Error('refused expected');
    expect(message(v.refusal.code, 'ru', v.refusal.params)).toBe(
      'Эта смена начинается 8\u00a0декабря в 07:00; статусы можно отправлять с 06:30.',
    );
    expect(message(v.refusal.code, 'kk', v.refusal.params)).toBe(
      'Бұл ауысым 8\u00a0желтоқсан, сағат 07:00 басталады; мәртебелерді сағат 06:30 бастап жіберуге болады.',
    );
  });

  it('every refusal has a message in kk, ru and en with its figures filled', () => {
    const refusals = [
      checkStatusReport(facts({ now: at('2026-12-07', '04:36') }), R),
      checkStatusReport(facts({ now: at('2026-12-08', '07:00') }), R),
      checkStatusReport(facts({ status: 'ARRIVED', now: at('2026-12-08', '07:00') }), R),
    ];
    for (const v of refusals) {
      expect(v.ok).toBe(false);
      if (v.ok) continue;
      for (const lang of ['kk', 'ru', 'en'] as const)
        expect(message(v.refusal.code, lang, v.refusal.params)).not.toMatch(/\{\w+\}/);
    }
  });

  it('flags ARRIVED and ON_BOARD long before the window opens (walk F6/F8: 51 min early, taken silently)', () => {
    const early = checkStatusReport(facts({ status: 'ARRIVED', now: at('2026-12-08', '08:39') }), R);
    expect(early).toEqual({ ok: true, anomalies: [{ code: 'EARLY_ARRIVAL', params: { minutes: 51 } }] });
    const boarded = checkStatusReport(facts({ status: 'ON_BOARD', now: at('2026-12-08', '08:40') }), R);
    expect(boarded).toEqual({ ok: true, anomalies: [{ code: 'EARLY_BOARDING', params: { minutes: 50 } }] });
    // Within the margin: a driver a little early is normal.
    expect(checkStatusReport(facts({ status: 'ARRIVED', now: at('2026-12-08', '09:20') }), R)).toEqual({
      ok: true,
      anomalies: [],
    });
    expect(checkStatusReport(facts({ status: 'ON_BOARD', now: at('2026-12-08', '09:25') }), R)).toEqual({
      ok: true,
      anomalies: [],
    });
  });
});
