import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { addDaysToLocalDate, localDateOf, NO_MOBILITY_NEEDS } from '@invataxi/domain';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { testNow } from '../support/clock';
import { ALMATY, CENTRE, dayAt, Fixtures } from './fixtures';

jest.setTimeout(90000);

/** The day of this file's rides (no other test of this database books it). */
const DAYS = 6;
const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

/**
 * Issue 23, console basics: the dispatcher's search by name, phone or booking number, the needs
 * filter, paging through a day of any length, each within the caller's scope (a provider's
 * dispatcher sees only its own work and its riders' phones), and a re-plan of any later day.
 */
describe('dispatch console: search, filters, paging, re-plan of any day (issue 23)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  let fx: Fixtures;
  let region: { authorization: string };
  let officer: { authorization: string };
  let ownDispatcher: { authorization: string };
  let providerA: string;
  let providerB: string;
  const day = () => addDaysToLocalDate(localDateOf(testNow()), DAYS);

  const as = (principal: Parameters<TestEnv['token']>[0]) => ({
    authorization: `Bearer ${t.token(principal)}`,
  });
  const get = (url: string, auth: { authorization: string }) =>
    api.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: auth });
  const search = async (query: Record<string, string>, auth = region) => {
    const r = await get(`/bookings?${new URLSearchParams({ day: day(), ...query })}`, auth);
    expect(r.statusCode).toBe(200);
    return r.json() as {
      items: { id: string; rider?: { name: string; phone: string | null } }[];
      nextCursor: string | null;
    };
  };

  /** A person with a name and a phone, and a ride of theirs at `hhmm` (on `shiftId` if given). */
  const ride = async (o: {
    name: string;
    phone: string | null;
    hhmm: string;
    shiftId?: string;
    wheelchair?: boolean;
  }) => {
    const person = await fx.beneficiary(
      o.wheelchair ? { ...NO_MOBILITY_NEEDS, wheelchair: 'MANUAL' } : NO_MOBILITY_NEEDS,
    );
    await ds.query(`UPDATE beneficiary SET full_name = $2, phone = $3 WHERE id = $1`, [
      person,
      o.name,
      o.phone,
    ]);
    const b = await fx.accepted({
      pickup: near(0.01, 0.01),
      dropoff: near(0.03, 0.02),
      pickupAt: dayAt(DAYS, o.hhmm),
      beneficiaryId: person,
      wheelchair: o.wheelchair,
    });
    if (o.shiftId)
      await ds.query(`UPDATE booking SET status = 'SCHEDULED', shift_id = $2 WHERE id = $1`, [
        b.id,
        o.shiftId,
      ]);
    return b.id;
  };

  let onA: string;
  let onB: string;
  let chair: string;
  const plain: string[] = [];

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    ds = api.get(DataSource);
    fx = new Fixtures(ds);
    providerA = await fx.provider();
    providerB = await fx.provider();
    const shiftA = (
      await fx.shift(providerA, { startsAt: dayAt(DAYS, '07:00'), endsAt: dayAt(DAYS, '19:00') })
    ).shiftId;
    const shiftB = (
      await fx.shift(providerB, { startsAt: dayAt(DAYS, '07:00'), endsAt: dayAt(DAYS, '19:00') })
    ).shiftId;
    region = as({ userId: '00000000-0000-4000-8000-0000000000d1', role: 'DISPATCHER', regionKato: ALMATY });
    officer = as({ userId: '00000000-0000-4000-8000-0000000000e1', role: 'LEB_OFFICER', regionKato: ALMATY });
    ownDispatcher = as({
      userId: '00000000-0000-4000-8000-0000000000d2',
      role: 'DISPATCHER',
      regionKato: ALMATY,
      providerId: providerA,
    });
    onA = await ride({
      name: 'Сейітова Айгерім Болатқызы',
      phone: '+77015551234',
      hhmm: '08:00',
      shiftId: shiftA,
    });
    onB = await ride({
      name: 'Жаксылыкова Динара Ерлановна',
      phone: '+77019998877',
      hhmm: '08:30',
      shiftId: shiftB,
    });
    chair = await ride({ name: 'Ким Виктор', phone: null, hhmm: '09:00', wheelchair: true });
    for (let i = 0; i < 5; i++)
      plain.push(await ride({ name: `Тестов Пассажир ${i}`, phone: `+7702000000${i}`, hhmm: `1${i}:00` }));
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  it('finds a ride by part of the name in any case, by phone digits however typed, by booking number; names and phones for the dispatcher', async () => {
    const byName = await search({ q: 'жаксылык' });
    expect(byName.items.map((b) => b.id)).toEqual([onB]);
    expect(byName.items[0].rider).toEqual({ name: 'Жаксылыкова Д. Е.', phone: '+77019998877' });
    const byPhone = await search({ q: '+7 701 555-12-34' });
    expect(byPhone.items.map((b) => b.id)).toEqual([onA]);
    expect((await search({ q: '5551234' })).items.map((b) => b.id)).toEqual([onA]);
    expect((await search({ q: onB.slice(0, 8) })).items.map((b) => b.id)).toEqual([onB]);
    expect((await search({ q: onB.toUpperCase() })).items.map((b) => b.id)).toEqual([onB]);
    // A LIKE wildcard typed is a character, not "anything".
    expect((await search({ q: '%%' })).items).toEqual([]);
    expect((await search({ q: 'Нет такого' })).items).toEqual([]);
    // The LEB officer reads the rides but not the riders' phones.
    const seen = await search({ q: 'жаксылык' }, officer);
    expect(seen.items.map((b) => b.id)).toEqual([onB]);
    expect(seen.items[0].rider).toBeUndefined();
  });

  it("a provider's dispatcher finds only its own work: another provider's rider is not found by name or phone", async () => {
    const own = await search({ q: 'Сейітова' }, ownDispatcher);
    expect(own.items.map((b) => b.id)).toEqual([onA]);
    expect(own.items[0].rider?.phone).toBe('+77015551234');
    expect((await search({ q: 'Жаксылыкова' }, ownDispatcher)).items).toEqual([]);
    expect((await search({ q: '9998877' }, ownDispatcher)).items).toEqual([]);
    expect((await search({ q: onB }, ownDispatcher)).items).toEqual([]);
    // Everything it sees carries a phone of its own riders only.
    const all = await search({ limit: '200' }, ownDispatcher);
    expect(all.items.map((b) => b.id)).not.toContain(onB);
    const other = await get(`/bookings?day=${day()}&provider=${providerB}`, ownDispatcher);
    expect(other.statusCode).toBe(403);
  });

  it('filters by needs (a wheelchair user needs step-free boarding) and by provider; a bad filter is a 400 naming its field', async () => {
    expect((await search({ needs: 'wheelchair' })).items.map((b) => b.id)).toEqual([chair]);
    expect((await search({ needs: 'stepFree' })).items.map((b) => b.id)).toEqual([chair]);
    expect((await search({ needs: 'visual' })).items).toEqual([]);
    // A provider's work: the rides on its vehicles (and those waiting in its area it can take).
    const ofB = (await search({ provider: providerB })).items.map((b) => b.id);
    expect(ofB).toContain(onB);
    expect(ofB).not.toContain(onA);
    const bad = await get(`/bookings?day=${day()}&needs=wings`, region);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'needs' });
    const short = await get(`/bookings?day=${day()}&q=%20a%20`, region);
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0]).toMatchObject({ field: 'q' });
  });

  it('pages through a day with the cursor: every ride once, in window order, with a filter too', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await search({ limit: '3', ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((b) => b.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([onA, onB, chair, ...plain]);
    const first = await search({ q: 'Тестов', limit: '2' });
    expect(first.items.map((b) => b.id)).toEqual(plain.slice(0, 2));
    const second = await search({ q: 'Тестов', limit: '2', cursor: first.nextCursor as string });
    expect(second.items.map((b) => b.id)).toEqual(plain.slice(2, 4));
  });

  it("the board names each vehicle's provider and load, and each rider's phone for the dispatcher only", async () => {
    const board = await get(`/dispatch/board?date=${day()}`, region);
    expect(board.statusCode).toBe(200);
    const shifts = board.json().shifts as { providerId: string; providerName: string; load: object }[];
    expect(shifts.map((s) => s.providerName)).toEqual(['Test Invataxi LLP', 'Test Invataxi LLP']);
    expect(shifts[0].load).toEqual({ rides: 0, peakSeats: 0, peakWheelchairPlaces: 0 });
    const riders = board.json().riders as { bookingId: string; phone: string | null }[];
    expect(riders.find((r) => r.bookingId === chair)).toMatchObject({ phone: null });
    const own = await get(`/dispatch/board?date=${day()}`, ownDispatcher);
    expect(own.json().shifts.map((s: { providerId: string }) => s.providerId)).toEqual([providerA]);
    expect(own.json().riders.map((r: { phone: string | null }) => r.phone)).not.toContain('+77019998877');
  });

  it('a re-plan is for any day from today on; a day already over is refused in words', async () => {
    const later = await api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/dispatch/plan',
        headers: region,
        payload: { regionKato: ALMATY, date: day() },
      });
    expect(later.statusCode).toBe(202);
    expect(later.json()).toMatchObject({ date: day(), status: 'QUEUED' });
    const today = localDateOf(testNow());
    const past = await api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/dispatch/plan',
        headers: { ...region, 'accept-language': 'en' },
        payload: { regionKato: ALMATY, date: addDaysToLocalDate(today, -1) },
      });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0]).toMatchObject({
      field: 'date',
      reason: 'This day is over: re-plan today or any later day.',
    });
  });
});
