// Issue 18, finding 1: whoever must act sees the waiting rides. A waitlisted ride has no
// provider, so a provider's dispatcher found nothing under `provider=<id>` while the ride was in
// its service area. Now the rides waiting for a vehicle in a provider's area are that provider's
// to see (and only those: scope stays strict), and the region's centre keeps seeing them all.
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import { ALMATY, CENTRE, dayAt, Fixtures } from './fixtures';
import { testNow } from '../support/clock';

jest.setTimeout(90000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });
/** Two sub-levels of Almaty city: one provider serves each. */
const AREA_A = '751110000';
const AREA_B = '751210000';
const PLACE_A = '751110001';
const PLACE_B = '751210001';

describe('dispatch: the waitlist is seen by whoever can take the rides (issue 18)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;
  let providerA: string;
  let providerB: string;
  const who: Record<'centre' | 'a' | 'b', { authorization: string }> = {} as never;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch' });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    fx = new Fixtures(ds);
    providerA = await fx.provider([AREA_A]);
    providerB = await fx.provider([AREA_B]);
    const bearer = (p: Parameters<TestEnv['token']>[0]) => ({ authorization: `Bearer ${t.token(p)}` });
    who.centre = bearer({
      userId: '00000000-0000-4000-8000-0000000000c1',
      role: 'DISPATCHER',
      regionKato: ALMATY,
    });
    who.a = bearer({
      userId: '00000000-0000-4000-8000-0000000000a1',
      role: 'DISPATCHER',
      providerId: providerA,
    });
    who.b = bearer({
      userId: '00000000-0000-4000-8000-0000000000b1',
      role: 'DISPATCHER',
      providerId: providerB,
    });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await t?.teardown();
  });

  const get = (url: string, as: keyof typeof who) =>
    api.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: who[as] });
  const ids = (body: { items: { id: string }[] }) => body.items.map((x) => x.id).sort();
  const waitlisted = (id: string) => eventually(async () => (await fx.booking(id)).status === 'WAITLISTED');

  it("a provider's dispatcher sees the waitlisted rides of its area, and only those", async () => {
    const days = 3;
    const day = addDaysToLocalDate(localDateOf(testNow()), days);
    // No shift runs that day: each ride is covered (a provider serves its area) but waitlisted.
    const inA = await fx.accepted({
      pickup: near(0.01, 0),
      dropoff: near(0.03, 0.02),
      pickupAt: dayAt(days, '09:30'),
      purpose: 'HAEMODIALYSIS',
      pickupKato: PLACE_A,
    });
    const inB = await fx.accepted({
      pickup: near(-0.01, 0),
      dropoff: near(-0.03, 0.02),
      pickupAt: dayAt(days, '10:00'),
      pickupKato: PLACE_B,
    });
    await waitlisted(inA.id);
    await waitlisted(inB.id);

    const query = `/bookings?day=${day}&status=WAITLISTED`;
    const mineA = await get(`${query}&provider=${providerA}`, 'a');
    expect(mineA.statusCode).toBe(200);
    expect(ids(mineA.json())).toEqual([inA.id]);
    expect(ids((await get(query, 'a')).json())).toEqual([inA.id]);
    expect(ids((await get(`${query}&provider=${providerB}`, 'b')).json())).toEqual([inB.id]);
    // Strict scope: another provider's rides are not asked for, nor shown.
    expect((await get(`${query}&provider=${providerB}`, 'a')).statusCode).toBe(403);
    // The city's centre sees both, and can look through one provider's eyes.
    expect(ids((await get(query, 'centre')).json())).toEqual([inA.id, inB.id].sort());
    expect(ids((await get(`${query}&provider=${providerA}`, 'centre')).json())).toEqual([inA.id]);

    // The board says the same.
    const boardA = (await get(`/dispatch/board?date=${day}`, 'a')).json();
    expect(boardA.waitlisted.map((x: { id: string }) => x.id)).toEqual([inA.id]);
    const boardCentre = (await get(`/dispatch/board?date=${day}`, 'centre')).json();
    expect(boardCentre.waitlisted.map((x: { id: string }) => x.id).sort()).toEqual([inA.id, inB.id].sort());
  });

  it("a ride planned on another provider's vehicle is not shown to A, even when picked up in A's area", async () => {
    const days = 4;
    const day = addDaysToLocalDate(localDateOf(testNow()), days);
    // A city-wide provider with a vehicle that day takes a ride picked up in A's area.
    const city = await fx.provider([ALMATY]);
    await fx.shift(city, { startsAt: dayAt(days, '07:00'), endsAt: dayAt(days, '19:00') });
    const onCity = await fx.accepted({
      pickup: near(0.01, 0.01),
      dropoff: near(0.02, 0.02),
      pickupAt: dayAt(days, '11:00'),
      pickupKato: PLACE_A,
    });
    await eventually(async () => (await fx.booking(onCity.id)).status === 'SCHEDULED');
    // Picked up in A's area but planned on another provider's vehicle: not A's to see.
    expect(ids((await get(`/bookings?day=${day}&provider=${providerA}`, 'a')).json())).toEqual([]);
    expect(ids((await get(`/bookings?day=${day}&provider=${city}`, 'centre')).json())).toEqual([onCity.id]);
    expect((await get(`/dispatch/board?date=${day}`, 'a')).json().shifts).toEqual([]);
  });
});
