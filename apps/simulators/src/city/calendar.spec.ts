import { addDaysToLocalDate, localDateTimeToUtc } from '@invataxi/domain';
import type { TravelTimeProvider } from '@invataxi/routing';
import { City, CITY_SHARES, type CityCast, type CityPlace } from './city';
import { requestsIn, seededRandom } from './rhythm';

const place = (address: string): CityPlace => ({ address, lat: 51.13, lon: 71.43, kato: '711210000' });

const cast: CityCast = {
  regionKato: '710000000',
  officerUserId: 'officer',
  dispatcherUserId: 'dispatcher',
  guardian: { userId: 'guardian', wardBeneficiaryId: 'ward', wardHome: place('ward home') },
  riders: Array.from({ length: 6 }, (_, i) => ({
    beneficiaryId: `rider-${i}`,
    userId: `user-${i}`,
    portalIndex: i % 2 === 0 ? i : null,
    home: place(`home ${i}`),
  })),
  providers: [],
  places: {
    HAEMODIALYSIS: [place('dialysis')],
    MEDICAL: [place('clinic')],
    REHABILITATION: [place('rehab')],
    SOCIAL_SERVICES: [place('social')],
    EDUCATION: [place('university')],
    WORK: [place('work')],
    CULTURE_SPORT: [place('theatre')],
  },
};

/** One ride a request asks for: who, and the span from its earliest pick-up to its latest drop-off. */
interface Ride {
  who: string;
  purpose: string;
  from: number;
  to: number;
  series: boolean;
}

const HOUR = 3_600_000;
/** A ride's span as the platform would see it: an hour on the far side of its anchor. */
const span = (anchor: 'PICKUP' | 'DROPOFF', at: number): [number, number] =>
  anchor === 'PICKUP' ? [at, at + HOUR] : [at - HOUR, at];

function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The rides a POST /bookings body (or a Portal order) asks for. */
interface Sent {
  beneficiaryId: string;
  personIndex: number;
  purpose: string;
  requestedTime: string;
  timeAnchor: 'PICKUP' | 'DROPOFF';
  time?: string;
  recurrence?: { weekdays: number[]; localTime: string; fromDate: string; toDate: string };
  returnTrip?: { time?: string; localTime?: string };
}

function ridesOf(url: string, body: Sent): Ride[] {
  if (url.endsWith('/_control/orders')) {
    const [from, to] = span('PICKUP', Date.parse(body.requestedTime));
    return [{ who: `rider-${body.personIndex}`, purpose: body.purpose, from, to, series: false }];
  }
  const out: Ride[] = [];
  const days: string[] = [];
  if (body.recurrence)
    for (let d = body.recurrence.fromDate; d <= body.recurrence.toDate; d = addDaysToLocalDate(d, 1)) {
      if (body.recurrence.weekdays.includes(isoWeekday(d))) days.push(d);
    }
  const at = (day: string | null, time: string | undefined, local: string | undefined): number =>
    day ? localDateTimeToUtc(day, local!).getTime() : Date.parse(time!);
  for (const day of body.recurrence ? days : [null]) {
    const [from, to] = span(body.timeAnchor, at(day, body.time, body.recurrence?.localTime));
    const ride = { who: body.beneficiaryId, purpose: body.purpose, series: !!body.recurrence };
    out.push({ ...ride, from, to });
    if (body.returnTrip) {
      const [rf, rt] = span('PICKUP', at(day, body.returnTrip.time, body.returnTrip.localTime));
      out.push({ ...ride, from: rf, to: rt });
    }
  }
  return out;
}

describe('the demo city never books one rider twice for one time (t22 M5)', () => {
  it('over a month of evenings and days: no rider has overlapping rides, nor two series for one purpose', async () => {
    let now = new Date(0);
    const sent: Ride[] = [];
    const fetchMock = jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
      const u = String(url);
      const body = (init?.body ? JSON.parse(String(init.body)) : {}) as Sent;
      if (init?.method === 'POST' && (u.endsWith('/bookings') || u.endsWith('/_control/orders')))
        sent.push(...ridesOf(u, body));
      const answer = u.endsWith('/_control/orders')
        ? { responses: [{ status: 201 }] }
        : { bookings: [{ id: `b-${sent.length}` }] };
      return new Response(JSON.stringify(answer), { status: 201 });
    });
    try {
      const city = new City(cast, {
        apiUrl: 'http://api',
        portalUrl: 'http://portal',
        jwt: { secret: 'x'.repeat(32), issuer: 'test', ttlSeconds: 600 },
        clock: { now: () => now },
        travel: {} as TravelTimeProvider,
        random: seededRandom(22),
        leadMinutes: 60,
        shiftHours: ['07:00', '21:00'],
        ...CITY_SHARES,
        refusedShare: 0,
        pingEveryMs: 60_000,
        mode: 'replay',
        log: () => undefined,
      });
      const random = seededRandom(5);
      for (let i = 0; i < 30; i++) {
        const day = addDaysToLocalDate('2026-11-08', i);
        // The history's evening before: two dozen requests for the next day.
        for (let k = 0; k < 24; k++) {
          now = new Date(localDateTimeToUtc(day, '20:30').getTime() + k * 20_000);
          await city.request(now);
        }
        // The live city's day: at the hour's rhythm.
        for (let m = 6 * 60; m < 21 * 60; m += 5) {
          now = new Date(localDateTimeToUtc(day, '00:00').getTime() + m * 60_000);
          for (let n = requestsIn(m, 5, random); n > 0; n--) await city.request(now);
        }
      }
    } finally {
      fetchMock.mockRestore();
    }
    expect(sent.length).toBeGreaterThan(500);
    const overlaps: string[] = [];
    const byWho = new Map<string, Ride[]>();
    for (const r of sent) byWho.set(r.who, [...(byWho.get(r.who) ?? []), r]);
    for (const [who, rides] of byWho) {
      rides.sort((a, b) => a.from - b.from);
      for (let i = 1; i < rides.length; i++)
        if (rides[i]!.from < rides[i - 1]!.to)
          overlaps.push(
            `${who} ${new Date(rides[i - 1]!.from).toISOString()} / ${new Date(rides[i]!.from).toISOString()}`,
          );
      // One series per purpose: on any date, a purpose's series rides are one outing (there and back).
      const seriesRides = new Map<string, number>();
      for (const r of rides.filter((x) => x.series)) {
        const key = `${r.purpose} ${new Date(r.from + 5 * HOUR).toISOString().slice(0, 10)}`;
        seriesRides.set(key, (seriesRides.get(key) ?? 0) + 1);
      }
      for (const [key, n] of seriesRides) if (n > 2) overlaps.push(`${who}: ${n} series rides ${key}`);
    }
    expect(overlaps).toEqual([]);
    // Everyone still books: the city is not emptied to keep the rule.
    expect(byWho.size).toBe(cast.riders.length + 1);
  });
});
