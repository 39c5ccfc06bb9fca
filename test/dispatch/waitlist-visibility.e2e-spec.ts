// Issue 18, finding 1: whoever must act sees the waiting rides. A waitlisted ride has no
// provider, so a provider's dispatcher found nothing under `provider=<id>` while the ride was in
// its service area. Now the rides waiting for a vehicle in a provider's area are that provider's
// to see (and only those: scope stays strict), and the region's centre keeps seeing them all.
import type { AddressInfo } from 'node:net';
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
  let city: string;
  let port: number;
  const who: Record<'centre' | 'a' | 'aInRegion' | 'b' | 'city' | 'adminA', { authorization: string }> =
    {} as never;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch' });
    api = await createApi(t.config);
    await api.listen(0, '127.0.0.1');
    port = (api.getHttpServer().address() as AddressInfo).port;
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    fx = new Fixtures(ds);
    providerA = await fx.provider([AREA_A]);
    providerB = await fx.provider([AREA_B]);
    city = await fx.provider([ALMATY]);
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
    // The demo signs a provider's staff with their region too: the provider still bounds them.
    who.aInRegion = bearer({
      userId: '00000000-0000-4000-8000-0000000000a3',
      role: 'DISPATCHER',
      providerId: providerA,
      regionKato: ALMATY,
    });
    who.city = bearer({
      userId: '00000000-0000-4000-8000-0000000000e1',
      role: 'DISPATCHER',
      providerId: city,
    });
    who.adminA = bearer({
      userId: '00000000-0000-4000-8000-0000000000a2',
      role: 'PROVIDER_ADMIN',
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
  const post = (url: string, as: keyof typeof who, payload: object) =>
    api.getHttpAdapter().getInstance().inject({ method: 'POST', url, headers: who[as], payload });
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
    expect(ids((await get(query, 'aInRegion')).json())).toEqual([inA.id]);
    expect(ids((await get(`${query}&provider=${providerA}`, 'aInRegion')).json())).toEqual([inA.id]);
    expect((await get(`/bookings/${inA.id}`, 'aInRegion')).statusCode).toBe(200);
    expect((await get(`/bookings/${inB.id}`, 'aInRegion')).statusCode).toBe(403);
    // The city's centre sees both, and can look through one provider's eyes.
    expect(ids((await get(query, 'centre')).json())).toEqual([inA.id, inB.id].sort());
    expect(ids((await get(`${query}&provider=${providerA}`, 'centre')).json())).toEqual([inA.id]);

    // The board says the same.
    const boardA = (await get(`/dispatch/board?date=${day}`, 'a')).json();
    expect(boardA.waitlisted.map((x: { id: string }) => x.id)).toEqual([inA.id]);
    const boardCentre = (await get(`/dispatch/board?date=${day}`, 'centre')).json();
    expect(boardCentre.waitlisted.map((x: { id: string }) => x.id).sort()).toEqual([inA.id, inB.id].sort());
    // Each names who waits (walk F3: the dispatcher calls them), in the dispatcher's scope only.
    // The fixture's rider has no phone on record: said as null, not left out (issue 23.6 gives it).
    expect(boardA.riders).toEqual([{ bookingId: inA.id, riderName: 'Test P.', phone: null }]);
    expect(boardCentre.riders.map((r: { bookingId: string }) => r.bookingId).sort()).toEqual(
      [inA.id, inB.id].sort(),
    );
  });

  it("a ride planned on another provider's vehicle is not shown to A, even when picked up in A's area", async () => {
    const days = 4;
    const day = addDaysToLocalDate(localDateOf(testNow()), days);
    // The city-wide provider has a vehicle that day and takes a ride picked up in A's area.
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

  /** Four rides of one day on one vehicle of provider A: a dialysis, a school run in a wheelchair, two clinic visits. */
  async function fourRidesOnA(days: number) {
    const { shiftId, vehicleId } = await fx.shift(providerA, {
      startsAt: dayAt(days, '06:00'),
      endsAt: dayAt(days, '19:00'),
      depot: near(0, 0),
      vehicle: { seats: 3, wheelchairPlaces: 1, ramp: true, restraints: true },
    });
    const ride = (
      hhmm: string,
      purpose: 'MEDICAL' | 'HAEMODIALYSIS' | 'EDUCATION',
      dLat: number,
      wheelchair = false,
    ) =>
      fx.accepted({
        pickup: near(dLat, 0.01),
        dropoff: near(dLat + 0.02, 0.03),
        pickupAt: dayAt(days, hhmm),
        purpose,
        wheelchair,
        pickupKato: PLACE_A,
      });
    const clinicEarly = await ride('06:50', 'MEDICAL', 0.01);
    const dialysis = await ride('07:10', 'HAEMODIALYSIS', -0.01);
    const clinicLate = await ride('07:30', 'MEDICAL', 0.015);
    const school = await ride('09:00', 'EDUCATION', -0.015, true);
    for (const r of [clinicEarly, dialysis, clinicLate, school])
      await eventually(async () => (await fx.booking(r.id)).shift_id === shiftId);
    await ds.query(
      `UPDATE beneficiary SET full_name = 'Иванова Айгерим' WHERE id = (SELECT beneficiary_id FROM booking WHERE id = $1)`,
      [dialysis.id],
    );
    const [{ plate }] = await ds.query(`SELECT plate FROM vehicle WHERE id = $1`, [vehicleId]);
    const day = addDaysToLocalDate(localDateOf(testNow()), days);
    // In priority order: dialysis and school (the policy's first tier) by pickup, then the clinics.
    const order = [dialysis.id, school.id, clinicEarly.id, clinicLate.id];
    return { shiftId, vehicleId, plate: plate as string, day, order, dialysis };
  }

  /** The board's live stream as a dispatcher's console reads it: its events, and how to close it. */
  async function openStream(as: keyof typeof who) {
    const ctl = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/dispatch/board/events`, {
      headers: { ...who[as], accept: 'text/event-stream' },
      signal: ctl.signal,
    });
    expect(res.status).toBe(200);
    const events: { event: string; data: Record<string, unknown> }[] = [];
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const read = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += value;
        for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n')) {
          const block = text.slice(0, i);
          text = text.slice(i + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    })().catch(() => undefined);
    await eventually(async () => events.length > 0); // the snapshot: subscribed
    return {
      events,
      close: async () => {
        ctl.abort();
        await read;
      },
    };
  }

  /** The board's live stream as a dispatcher's console reads it, until `until` holds. */
  async function streamUntil(
    as: keyof typeof who,
    until: (events: { event: string; data: Record<string, unknown> }[]) => boolean,
    act: () => Promise<unknown>,
  ) {
    const stream = await openStream(as);
    await act();
    await eventually(async () => until(stream.events));
    await stream.close();
    return stream.events;
  }

  it("a breakdown alerts the vehicle's provider and the region's dispatcher, dialysis first; another provider serving the area is not told (walk t22 m2) but lists the rides", async () => {
    const { shiftId, plate, day, order, dialysis } = await fourRidesOnA(5);
    const isAlert = (e: { data: Record<string, unknown> }) => e.data.type === 'alert';
    const cityStream = await openStream('city');
    // A's dispatcher is told live, on the board's stream.
    const events = await streamUntil(
      'a',
      (events) => events.some(isAlert),
      async () => {
        const r = await post(`/dispatch/shifts/${shiftId}/breakdown`, 'a', { kind: 'BREAKDOWN' });
        expect(r.statusCode).toBe(200);
        expect([...r.json().returnedToDispatch].sort()).toEqual([...order].sort());
      },
    );
    // Nobody else has a vehicle that day: all four end up waitlisted.
    for (const id of order) await eventually(async () => (await fx.booking(id)).status === 'WAITLISTED');

    const boardA = (await get(`/dispatch/board?date=${day}`, 'a')).json();
    expect(boardA.waitlisted).toHaveLength(4);
    const waitlistA = (await get(`/bookings?day=${day}&status=WAITLISTED&provider=${providerA}`, 'a')).json();
    expect(ids(waitlistA)).toEqual([...order].sort());
    expect(boardA.alerts).toHaveLength(1);
    const alert = boardA.alerts[0];
    expect(events.filter(isAlert).map((e) => e.data.alertId)).toContain(alert.id);
    expect(alert).toMatchObject({ kind: 'VEHICLE_BREAKDOWN', shiftId, vehiclePlate: plate, waiting: 4 });
    expect(alert.rides.map((r: { bookingId: string }) => r.bookingId)).toEqual(order);
    expect(alert.rides[0]).toMatchObject({
      bookingId: dialysis.id,
      purpose: 'HAEMODIALYSIS',
      riderName: 'Иванова Айгерим',
      status: 'WAITLISTED',
      waiting: true,
      vehiclePlate: null,
    });
    expect(alert.rides[1]).toMatchObject({ purpose: 'EDUCATION', wheelchair: true });

    // The city's centre sees the same alert.
    const centre = (await get(`/dispatch/board?date=${day}`, 'centre')).json();
    const same = centre.alerts.find((a: { id: string }) => a.id === alert.id);
    expect(same?.rides.map((r: { bookingId: string }) => r.bookingId)).toEqual(order);
    // Another provider does not, even one whose area reaches the pickups (walk t22 m2: the
    // inva-astana dispatcher saw Қамқор Транс's breakdown): neither on its board nor on its
    // stream. The rides it could take are still in its list of those waiting.
    const cityBoard = (await get(`/dispatch/board?date=${day}`, 'city')).json();
    expect(cityBoard.alerts).toEqual([]);
    expect(cityBoard.waitlisted.map((b: { id: string }) => b.id).sort()).toEqual([...order].sort());
    expect((await get(`/dispatch/board?date=${day}`, 'b')).json().alerts).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    await cityStream.close();
    expect(cityStream.events.filter(isAlert)).toEqual([]);
    // Nor of the broken vehicle itself: only its rides' statuses, which are in its area.
    const aboutTheVehicle = cityStream.events.filter(
      (e) => e.data.shiftId === shiftId && !order.includes(e.data.bookingId as string),
    );
    expect(aboutTheVehicle).toEqual([]);
  });

  it('a cancelled shift alerts the same way, and a ride placed again says where it went', async () => {
    const { shiftId, day, order } = await fourRidesOnA(6);
    // Another vehicle of A that day takes what it can once the first shift is cancelled.
    const spare = await fx.shift(providerA, {
      startsAt: dayAt(6, '06:00'),
      endsAt: dayAt(6, '19:00'),
      depot: near(0, 0),
      vehicle: { seats: 3, wheelchairPlaces: 1, ramp: true, restraints: true },
    });
    // Before changing it, the admin's rota says how many rides each shift carries (issue 21).
    const rota = async () =>
      (
        await get(
          `/fleet/shifts?from=${encodeURIComponent(dayAt(6, '00:00').toISOString())}&to=${encodeURIComponent(dayAt(7, '00:00').toISOString())}`,
          'adminA',
        )
      ).json() as { id: string; rides: number }[];
    const planned = await ds.query(
      `SELECT count(*)::int AS n FROM booking WHERE shift_id = $1 AND status = 'SCHEDULED'`,
      [shiftId],
    );
    expect(planned[0].n).toBeGreaterThan(0);
    expect((await rota()).find((s) => s.id === shiftId)?.rides).toBe(planned[0].n);
    expect((await rota()).find((s) => s.id === spare.shiftId)?.rides).toBe(0);
    const r = await post(`/fleet/shifts/${shiftId}/cancel`, 'adminA', { reason: 'Driver ill' });
    expect(r.statusCode).toBe(200);
    expect((await rota()).find((s) => s.id === shiftId)?.rides).toBe(0);
    const [{ plate: sparePlate }] = await ds.query(`SELECT plate FROM vehicle WHERE id = $1`, [
      spare.vehicleId,
    ]);
    await eventually(async () => {
      const board = (await get(`/dispatch/board?date=${day}`, 'a')).json();
      const alert = board.alerts.find((a: { shiftId: string }) => a.shiftId === shiftId);
      if (!alert || alert.waiting !== 0) return false;
      expect(alert.kind).toBe('SHIFT_CANCELLED');
      expect(alert.rides.map((x: { bookingId: string }) => x.bookingId)).toEqual(order);
      expect(alert.rides.every((x: { vehiclePlate: string }) => x.vehiclePlate === sparePlate)).toBe(true);
      return true;
    });
  });

  it('a vehicle taken out of service alerts for the rides of its shift', async () => {
    const { shiftId, vehicleId, day, order } = await fourRidesOnA(7);
    const r = await post(`/fleet/vehicles/${vehicleId}/status`, 'adminA', {
      status: 'OUT_OF_SERVICE',
      reason: 'Brakes failed',
    });
    expect(r.statusCode).toBe(200);
    for (const id of order) await eventually(async () => (await fx.booking(id)).status === 'WAITLISTED');
    const board = (await get(`/dispatch/board?date=${day}`, 'centre')).json();
    const alert = board.alerts.find((a: { shiftId: string }) => a.shiftId === shiftId);
    expect(alert).toMatchObject({ kind: 'VEHICLE_OUT_OF_SERVICE', waiting: 4 });
    expect(alert.rides.map((x: { bookingId: string }) => x.bookingId)).toEqual(order);
  });
});
