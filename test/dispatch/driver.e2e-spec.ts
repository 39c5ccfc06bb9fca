import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import IORedis from 'ioredis';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { BookingStatusProcessor } from '../../apps/dispatcher/src/notifications/booking-status.processor';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import {
  arrivalOpensAt,
  completedOpensAt,
  enRouteOpensAt,
  localDateOf,
  localMonthOf,
  localTimeOf,
  message,
  NO_MOBILITY_NEEDS,
} from '@invataxi/domain';
import { BookingEntity, PortalSyncRepository, transact, transitionBooking } from '@invataxi/persistence';
import { ALMATY, CENTRE, Fixtures, tomorrowAt } from './fixtures';
import { atInstant, testNow } from '../support/clock';
import { greatCircleMetres } from '@invataxi/routing';

jest.setTimeout(90000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });
const inMinutes = (m: number) => new Date(testNow().getTime() + m * 60000);
const EN_MONTHS = 'January February March April May June July August September October November December';
/** "8 December": an instant's local day in the driver's English messages. */
const dayMonth = (d: Date) =>
  `${Number(localDateOf(d).slice(8, 10))}\u00a0${EN_MONTHS.split(' ')[Number(localDateOf(d).slice(5, 7)) - 1]}`;

/** The booking once the dispatcher has put it on a route. */
const scheduled = (fx: Fixtures, id: string) =>
  eventually(async () => {
    const x = await fx.booking(id);
    return x.status === 'SCHEDULED' && x;
  });

/** A ride picked up 1.1 km north of a place, at `pickupAt`. */
const rideFrom = (fx: Fixtures, at: { lat: number; lon: number }, pickupAt: Date) =>
  fx.accepted({
    pickup: { lat: at.lat + 0.01, lon: at.lon },
    dropoff: { lat: at.lat + 0.03, lon: at.lon + 0.01 },
    pickupAt,
  });

/** Opens an SSE stream and collects its events until closed. */
function follow(port: number, path: string, token: string) {
  const events: { event: string; data: Record<string, unknown> }[] = [];
  const comments: string[] = [];
  let status = 0;
  let buffer = '';
  const req = httpRequest(
    {
      host: '127.0.0.1',
      port,
      path,
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    },
    (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let i: number;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (block.startsWith(':')) comments.push(block);
          const ev = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (ev && data) events.push({ event: ev, data: JSON.parse(data) });
        }
      });
    },
  );
  req.end();
  return { events, comments, status: () => status, close: () => req.destroy() };
}

describe('driver: manifest, status reports, pings, and the rider following live', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;
  let port: number;

  beforeAll(async () => {
    // The walks below arrive up to 40 min early on purpose; "early" is flagged past 45 min here
    // (default 15) so that only the last test, which is about it, meets the flag.
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch', DRIVER_STATUS_EARLY_FLAG_MINUTES: '45' });
    api = await createApi(t.config);
    await api.listen(0, '127.0.0.1');
    port = (api.getHttpServer().address() as AddressInfo).port;
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    fx = new Fixtures(ds);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await t?.teardown();
  });

  it('the driver walks a route to COMPLETED; a NO_SHOW is refused before the waiting time', async () => {
    const provider = await fx.provider();
    const { shiftId, driverId } = await fx.shift(provider, {
      startsAt: inMinutes(-10),
      endsAt: inMinutes(360),
      depot: near(0, 0),
    });
    const a = await fx.accepted({
      pickup: near(0.01, 0.01),
      dropoff: near(0.03, 0.02),
      pickupAt: inMinutes(40),
    });
    const b = await fx.accepted({
      pickup: near(-0.01, 0.01),
      dropoff: near(-0.02, 0.03),
      pickupAt: inMinutes(150),
    });
    for (const id of [a.id, b.id])
      await eventually(async () => (await fx.booking(id)).status === 'SCHEDULED');
    const token = t.token({ userId: '00000000-0000-4000-8000-0000000000a1', role: 'DRIVER', driverId });
    const headers = { authorization: `Bearer ${token}` };
    const f = api.getHttpAdapter().getInstance();

    // the rider of `a` follows the booking live
    const [{ beneficiary_id }] = await ds.query(`SELECT beneficiary_id FROM booking WHERE id = $1`, [a.id]);
    const rider = t.token({
      userId: '00000000-0000-4000-8000-0000000000b1',
      role: 'BENEFICIARY',
      beneficiaryId: beneficiary_id,
    });
    const stream = follow(port, `/bookings/${a.id}/events`, rider);
    await eventually(async () => stream.events.length > 0);
    expect(stream.status()).toBe(200);
    expect(stream.events[0]).toMatchObject({
      event: 'snapshot',
      data: { bookingId: a.id, status: 'SCHEDULED' },
    });
    // someone else's rider may not follow it
    const other = t.token({
      userId: '00000000-0000-4000-8000-0000000000b2',
      role: 'BENEFICIARY',
      beneficiaryId: '00000000-0000-4000-8000-0000000000ff',
    });
    expect(
      (
        await f.inject({
          method: 'GET',
          url: `/bookings/${a.id}/events`,
          headers: { authorization: `Bearer ${other}` },
        })
      ).statusCode,
    ).toBe(403);

    // the region's dispatcher follows the board
    const dispatcher = t.token({
      userId: '00000000-0000-4000-8000-0000000000c1',
      role: 'DISPATCHER',
      regionKato: ALMATY,
    });
    const board = follow(port, `/dispatch/board/events?region=${ALMATY}`, dispatcher);
    await eventually(async () => board.events.length > 0);
    expect(board.status()).toBe(200);

    const manifest = await f.inject({ method: 'GET', url: '/driver/manifest', headers });
    expect(manifest.statusCode).toBe(200);
    const m = manifest.json();
    expect(m.shiftId).toBe(shiftId);
    expect(m.stops.map((s: { bookingId: string; kind: string }) => `${s.kind}:${s.bookingId}`)).toEqual([
      `PICKUP:${a.id}`,
      `DROPOFF:${a.id}`,
      `PICKUP:${b.id}`,
      `DROPOFF:${b.id}`,
    ]);
    expect(m.stops[0]).toMatchObject({
      address: 'Pickup address',
      companions: 0,
      mobility: expect.any(Object),
    });
    const body = manifest.body;
    expect(body).not.toMatch(/iin|Test Person|fullName/i);
    // fetched for today: the evening re-plan may no longer move them
    const confirmed = await ds.query(
      `SELECT bool_and(confirmed_to_driver) AS ok FROM booking WHERE id = ANY($1::uuid[])`,
      [[a.id, b.id]],
    );
    expect(confirmed[0].ok).toBe(true);

    const report = async (id: string, status: string) => {
      const v = (await fx.booking(id)).version;
      return f.inject({
        method: 'POST',
        url: `/driver/bookings/${id}/status`,
        headers,
        payload: { status, expectedVersion: v },
      });
    };
    for (const s of ['EN_ROUTE', 'ARRIVED', 'ON_BOARD']) expect((await report(a.id, s)).statusCode).toBe(200);

    // On board, the rider hears the arrival at the destination with the status itself, driven
    // from the pickup (walk F7: nothing until the next ping), kept for a page opened meanwhile.
    await eventually(async () => stream.events.some((e) => e.data.status === 'ON_BOARD'));
    const boarded = stream.events.find((e) => e.data.status === 'ON_BOARD')?.data as {
      etas?: { bookingId: string; kind: string; etaSeconds: number; at: string }[];
    };
    expect(boarded.etas).toEqual([
      { bookingId: a.id, kind: 'DROPOFF', etaSeconds: expect.any(Number), at: expect.any(String) },
    ]);
    const [ride] = await ds.query(`SELECT actual_pickup_at, direct_seconds FROM booking WHERE id = $1`, [
      a.id,
    ]);
    const boardedEta = boarded.etas![0];
    expect(boardedEta.etaSeconds).toBeGreaterThan(0);
    // The travel time of the ride itself, from the moment the rider got on.
    expect(Math.abs(boardedEta.etaSeconds - ride.direct_seconds)).toBeLessThan(
      0.25 * ride.direct_seconds + 60,
    );
    // `at` is the boarding time + the drive (etaSeconds is it rounded to the second).
    const drive = new Date(boardedEta.at).getTime() - ride.actual_pickup_at.getTime();
    expect(Math.abs(drive - boardedEta.etaSeconds * 1000)).toBeLessThanOrEqual(500);

    // The board's map (issue 23) puts the vehicle at its last ping: none before the first.
    const boardShift = async () =>
      (
        (
          await f.inject({
            method: 'GET',
            url: `/dispatch/board?date=${localDateOf(testNow())}`,
            headers: { authorization: `Bearer ${dispatcher}` },
          })
        ).json() as { shifts: { id: string; position: unknown }[] }
      ).shifts.find((s) => s.id === shiftId);
    expect((await boardShift())?.position).toBeNull();
    const ping = await f.inject({
      method: 'POST',
      url: '/driver/location',
      headers,
      payload: { lat: CENTRE.lat + 0.02, lon: CENTRE.lon + 0.015 },
    });
    expect(ping.statusCode).toBe(200);
    expect((await boardShift())?.position).toEqual({
      lat: CENTRE.lat + 0.02,
      lon: CENTRE.lon + 0.015,
      at: expect.any(String),
    });
    expect(ping.json().etas[0]).toMatchObject({
      bookingId: a.id,
      kind: 'DROPOFF',
      etaSeconds: expect.any(Number),
    });
    expect(ping.json().etas[0].etaSeconds).toBeGreaterThan(0);
    // Issue 18: `at` is the arrival itself (the ping's time + etaSeconds), computed once; the
    // rider's live view opened before the next ping starts from the same values.
    const eta = ping.json().etas[0] as { at: string; etaSeconds: number };
    const pingAt = new Date(eta.at).getTime() - eta.etaSeconds * 1000;
    expect(Math.abs(pingAt - testNow().getTime())).toBeLessThan(60_000);
    const redis = new IORedis(t.config.REDIS_URL);
    expect(JSON.parse((await redis.get(`${t.config.QUEUE_PREFIX}:live:eta:${a.id}`)) as string)).toEqual(
      ping.json().etas.filter((e: { bookingId: string }) => e.bookingId === a.id),
    );
    expect(
      JSON.parse((await redis.get(`${t.config.QUEUE_PREFIX}:live:position:${shiftId}`)) as string),
    ).toMatchObject({ lat: CENTRE.lat + 0.02 });
    redis.disconnect();
    expect(
      (await ds.query(`SELECT count(*)::int AS n FROM location_ping WHERE shift_id = $1`, [shiftId]))[0].n,
    ).toBe(1);

    // Completed only once the ride could have been driven: right after boarding it is refused.
    const tooSoon = await report(a.id, 'COMPLETED');
    expect([tooSoon.statusCode, tooSoon.json().code]).toEqual([409, 'COMPLETED_TOO_SOON']);
    const [{ direct_seconds }] = await ds.query(`SELECT direct_seconds FROM booking WHERE id = $1`, [a.id]);
    // The refusal's sentence and its figures, for the page to say again in another language
    // (walk h2 N1), and the manifest's facts by which the page locks "Dropped off" until the
    // same moment (completedOpensAt, walk h2 N3).
    const said = tooSoon.json().said;
    expect(said).toEqual({
      key: 'COMPLETED_TOO_SOON',
      params: {
        boardedAt: expect.stringMatching(/^\d\d:\d\d$/),
        minutes: expect.any(Number),
        from: expect.any(String),
      },
    });
    expect(message(said.key, 'ru', said.params)).toBe(tooSoon.json().message);
    const onBoard = (await f.inject({ method: 'GET', url: '/driver/manifest', headers })).json();
    const dropStop = onBoard.stops.find(
      (s: { kind: string; bookingId: string }) => s.kind === 'DROPOFF' && s.bookingId === a.id,
    );
    expect(dropStop).toMatchObject({ boardedAt: expect.any(String), directSeconds: direct_seconds });
    expect(
      localTimeOf(
        new Date(
          Math.ceil(
            completedOpensAt(
              new Date(dropStop.boardedAt),
              dropStop.directSeconds,
              onBoard.minRidePercent,
            ).getTime() / 60_000,
          ) * 60_000,
        ),
      ),
    ).toBe(said.params.from);
    // On the way the vehicle makes a detour east (a road closed, say): the act bills it.
    const detour = { lat: CENTRE.lat + 0.025, lon: CENTRE.lon + 0.04 };
    const detoured = await atInstant(api, new Date(testNow().getTime() + direct_seconds * 500), () =>
      f.inject({ method: 'POST', url: '/driver/location', headers, payload: detour }),
    );
    expect(detoured.statusCode).toBe(200);
    const droppedOff = await atInstant(api, new Date(testNow().getTime() + direct_seconds * 1000), () =>
      report(a.id, 'COMPLETED'),
    );
    expect(droppedOff.statusCode).toBe(200);
    const [done] = await ds.query(
      `SELECT status, arrived_at, actual_pickup_at, actual_dropoff_at, actual_metres, direct_metres
         FROM booking WHERE id = $1`,
      [a.id],
    );
    expect(done.status).toBe('COMPLETED');
    // The kilometres of the ride (issue 22: acts showed 0): pick-up -> the two positions sent
    // while on board -> drop-off, each step great-circle x the detour factor, as planned rides are.
    const road = (x: { lat: number; lon: number }, y: { lat: number; lon: number }) =>
      greatCircleMetres(x, y) * t.config.TRAVEL_DETOUR_FACTOR;
    const trail = [near(0.01, 0.01), near(0.02, 0.015), detour, near(0.03, 0.02)];
    const expected = Math.round(trail.slice(1).reduce((sum, p, i) => sum + road(trail[i]!, p), 0));
    expect(done.actual_metres).toBe(expected);
    expect(done.actual_metres).toBeGreaterThan(done.direct_metres + 1000);
    expect(done.arrived_at && done.actual_pickup_at && done.actual_dropoff_at).toBeTruthy();
    expect(done.actual_dropoff_at.getTime()).toBeGreaterThanOrEqual(done.actual_pickup_at.getTime());
    const served = await ds.query(
      `SELECT kind, actual_at FROM route_stop WHERE booking_id = $1 ORDER BY sequence`,
      [a.id],
    );
    expect(served.every((s: { actual_at: Date | null }) => s.actual_at !== null)).toBe(true);

    // the rider saw the ride progress and the vehicle coming
    await eventually(async () => stream.events.some((e) => e.data.status === 'COMPLETED'));
    const seen = stream.events.map((e) => e.data.status ?? e.data.type);
    expect(seen).toEqual(
      expect.arrayContaining(['EN_ROUTE', 'ARRIVED', 'ON_BOARD', 'position', 'COMPLETED']),
    );
    stream.close();
    await eventually(async () =>
      board.events.some((e) => e.data.bookingId === a.id && e.data.status === 'COMPLETED'),
    );
    expect(board.events.some((e) => e.data.type === 'position' && e.data.shiftId === shiftId)).toBe(true);
    board.close();

    // b (due in 150 minutes): the driver sets off 10 minutes before and arrives early; a no-show
    // is refused until the policy's wait has passed, counted from the window opening and proven
    // by the vehicle's pings at the pickup (issue 23)
    const t0 = testNow().getTime();
    const atMin = (m: number) => new Date(t0 + m * 60000);
    const bPickup = near(-0.01, 0.01);
    const pingB = (minutes: number) =>
      atInstant(api, atMin(minutes), () =>
        f.inject({ method: 'POST', url: '/driver/location', headers, payload: bPickup }),
      );
    await atInstant(api, atMin(140), async () => {
      for (const s of ['EN_ROUTE', 'ARRIVED']) expect((await report(b.id, s)).statusCode).toBe(200);
    });
    expect((await pingB(140)).statusCode).toBe(200);
    // Reports come a second after the ping they rely on: each atInstant sets the clock anew, so a
    // ping stamped at 140 min + its handling time could otherwise lie "after" a report at 140 min.
    const justAfter = (m: number) => new Date(atMin(m).getTime() + 1000);
    const early = await atInstant(api, justAfter(140), () => report(b.id, 'NO_SHOW'));
    expect(early.statusCode).toBe(409);
    // "ещё 14 мин 59 с" / "14 min 59 s more": the time left in words
    const [, h = '0', min = '0', sec = '0'] =
      /(?:(\d+)\s(?:h|ч|сағ)\s)?(\d+)\s(?:min|мин)(?:\s(\d+)\s(?:s|с|сек))?/.exec(
        early.json().errors[0].reason,
      ) ?? [];
    const left = Number(h) * 3600 + Number(min) * 60 + Number(sec);
    expect(early.json().code).toBe('NO_SHOW_TOO_EARLY');
    expect(left).toBeGreaterThan(5 * 60);
    // The same wait as a number for the page's countdown (it used to parse the text's first number).
    expect(early.headers['retry-after']).toBe(String(early.json().retryAfterSeconds));
    expect(Math.abs(early.json().retryAfterSeconds - left)).toBeLessThan(60);
    expect((await fx.booking(b.id)).status).toBe('ARRIVED');
    // the vehicle stays at the door, a ping every two minutes, until five minutes past the window opening
    for (let m = 142; m <= 156; m += 2) expect((await pingB(m)).statusCode).toBe(200);
    const late = await atInstant(api, justAfter(156), () => report(b.id, 'NO_SHOW'));
    expect(late.statusCode).toBe(200);
    expect((await fx.booking(b.id)).status).toBe('NO_SHOW');
    const [{ no_show_evidence: evidence }] = await ds.query(
      `SELECT no_show_evidence FROM booking WHERE id = $1`,
      [b.id],
    );
    // the apps' clocks run on at real speed from each set instant: times within a minute (the
    // events are 2 to 10 minutes apart; a loaded CI took 11.5 s to handle one)
    const offBy = (iso: string, d: Date) => Math.abs(Date.parse(iso) - d.getTime());
    expect(offBy(evidence.arrivedAt, atMin(140))).toBeLessThan(60_000);
    expect(offBy(evidence.waitFrom, atMin(150))).toBeLessThan(60_000);
    expect(offBy(evidence.lastSeenAt, atMin(156))).toBeLessThan(60_000);
    expect(evidence).toMatchObject({ minutesWaited: 6, radiusMetres: 150, pingCount: 9 });
    expect(evidence.metres).toBeLessThan(5);
    expect(
      (await ds.query(`SELECT kind FROM route_stop WHERE booking_id = $1`, [b.id])).map(
        (r: { kind: string }) => r.kind,
      ),
    ).toEqual(['PICKUP']);
  });

  it('a driver cannot report on a booking of another shift', async () => {
    const provider = await fx.provider();
    const mine = await fx.shift(provider, {
      startsAt: inMinutes(-5),
      endsAt: inMinutes(300),
      depot: near(0.3, 0.3),
    });
    const other = await fx.shift(provider, {
      startsAt: inMinutes(-5),
      endsAt: inMinutes(300),
      depot: near(-0.3, -0.3),
    });
    const r = await fx.accepted({
      pickup: near(-0.3, -0.3),
      dropoff: near(-0.31, -0.3),
      pickupAt: inMinutes(60),
    });
    const b = await scheduled(fx, r.id);
    expect(b.shift_id).toBe(other.shiftId);
    const token = t.token({
      userId: '00000000-0000-4000-8000-0000000000a2',
      role: 'DRIVER',
      driverId: mine.driverId,
    });
    const res = await api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: `/driver/bookings/${r.id}/status`,
        headers: { authorization: `Bearer ${token}` },
        payload: { status: 'EN_ROUTE', expectedVersion: b.version },
      });
    expect(res.statusCode).toBe(403);
  });
  it('a change of a ride that has left the driver says what became of it (issue 23): cancelled at HH:MM, moved to another vehicle, the rider by first name only', async () => {
    const provider = await fx.provider();
    const home = near(0.8, 0.8);
    const mine = await fx.shift(provider, { startsAt: inMinutes(-5), endsAt: inMinutes(300), depot: home });
    const person = await fx.beneficiary(NO_MOBILITY_NEEDS);
    await ds.query(`UPDATE beneficiary SET full_name = 'Dana Seitova' WHERE id = $1`, [person]);
    const ride = (dLat: number, minutes: number) =>
      fx.accepted({
        pickup: { lat: home.lat + dLat, lon: home.lon },
        dropoff: { lat: home.lat + dLat + 0.01, lon: home.lon },
        pickupAt: inMinutes(minutes),
        beneficiaryId: person,
      });
    const cancelled = await ride(0.01, 60);
    const moved = await ride(-0.01, 150);
    // hours ahead: "On my way" would be too early, but the cancellation is what the driver hears
    const later = await ride(0.02, 200);
    const c = await scheduled(fx, cancelled.id);
    const m = await scheduled(fx, moved.id);
    const l = await scheduled(fx, later.id);
    expect([c.shift_id, m.shift_id]).toEqual([mine.shiftId, mine.shiftId]);
    // the other vehicle's shift, opened once both rides are on the driver's route
    const other = await fx.shift(provider, { startsAt: inMinutes(-5), endsAt: inMinutes(300), depot: home });
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000a7',
      role: 'DRIVER',
      driverId: mine.driverId,
    });
    const f = api.getHttpAdapter().getInstance();
    const report = (
      id: string,
      version: number,
      lang: string,
      path = 'status',
      body: object = { status: 'EN_ROUTE' },
    ) =>
      f.inject({
        method: 'POST',
        url: `/driver/bookings/${id}/${path}`,
        headers: { authorization: `Bearer ${driver}`, 'accept-language': lang },
        payload: { ...body, expectedVersion: version },
      });

    // the rider cancels a minute ago while the driver's change waits (offline, or a second late)
    const at = inMinutes(-1);
    await transact(ds, { userId: null, role: 'BENEFICIARY' }, (uow) =>
      transitionBooking(uow, {
        bookingId: cancelled.id,
        to: 'CANCELLED',
        expectedVersion: c.version,
        patch: { cancelledAt: at },
      }),
    );
    const hhmm = localTimeOf(at);
    const en = await report(cancelled.id, c.version, 'en');
    expect([en.statusCode, en.json().code]).toEqual([409, 'RIDE_CANCELLED']);
    expect(en.json().message).toBe(`Dana's ride was cancelled at ${hhmm}. Go on to the next stop.`);
    expect(en.json().ride).toEqual({ riderFirstName: 'Dana', cancelledAt: at.toISOString() });
    const ru = (await report(cancelled.id, c.version, 'ru')).json();
    expect(ru.message).toBe(`Поездка пассажира Dana отменена в ${hhmm}. Переходите к следующей остановке.`);
    const kk = (await report(cancelled.id, c.version, 'kk')).json();
    expect([kk.code, kk.message]).toEqual([
      'RIDE_CANCELLED',
      `Dana жолаушының сапары сағат ${hhmm} болдырылмады. Келесі аялдамаға өтіңіз.`,
    ]);
    // the provider-side miss of the same ride says the same
    const missed = await report(cancelled.id, c.version, 'en', 'missed', { reason: 'MISSED_VEHICLE_LATE' });
    expect([missed.statusCode, missed.json().code]).toEqual([409, 'RIDE_CANCELLED']);
    // a ride hours ahead, cancelled: the refusal says so, not "you can set off from ..." (walk t23 M2)
    const early = await report(later.id, l.version, 'en');
    expect([early.statusCode, early.json().code]).toEqual([409, 'EN_ROUTE_TOO_EARLY']);
    await transact(ds, { userId: null, role: 'BENEFICIARY' }, (uow) =>
      transitionBooking(uow, {
        bookingId: later.id,
        to: 'CANCELLED',
        expectedVersion: l.version,
        patch: { cancelledAt: at },
      }),
    );
    const laterCancelled = await report(later.id, l.version, 'en');
    expect([laterCancelled.statusCode, laterCancelled.json().code]).toEqual([409, 'RIDE_CANCELLED']);

    // the dispatcher moves the other ride to another vehicle
    const dispatcher = t.token({
      userId: '00000000-0000-4000-8000-0000000000d7',
      role: 'DISPATCHER',
      regionKato: ALMATY,
    });
    const move = await f.inject({
      method: 'POST',
      url: `/dispatch/bookings/${moved.id}/reassign`,
      headers: { authorization: `Bearer ${dispatcher}` },
      payload: { shiftId: other.shiftId, expectedVersion: m.version },
    });
    expect(move.statusCode).toBe(200);
    const away = await report(moved.id, m.version, 'en');
    expect([away.statusCode, away.json().code]).toEqual([409, 'RIDE_MOVED_TO_OTHER_VEHICLE']);
    expect(away.json().message).toBe("Dana's ride was moved to another vehicle. Go on to the next stop.");
    expect(away.json().ride).toEqual({ riderFirstName: 'Dana', cancelledAt: null });
    expect(JSON.stringify([en.json(), ru, kk, away.json()])).not.toContain('Seitova');
    // the other vehicle's driver was never given the cancelled ride: forbidden, nobody named
    const stranger = t.token({
      userId: '00000000-0000-4000-8000-0000000000a8',
      role: 'DRIVER',
      driverId: other.driverId,
    });
    const theirs = await f.inject({
      method: 'POST',
      url: `/driver/bookings/${cancelled.id}/status`,
      headers: { authorization: `Bearer ${stranger}` },
      payload: { status: 'EN_ROUTE', expectedVersion: c.version },
    });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.body).not.toContain('Dana');

    // The other vehicle's shift is cancelled by the provider's admin: its driver's page says so,
    // by whom and why, not only "No open shift." (walk t23 m13); the manifest gives the lead-in of
    // "On my way" for the page's disabled button (walk t23 m3).
    const admin = t.token({ userId: randomUUID(), role: 'PROVIDER_ADMIN', providerId: provider });
    const cancel = await f.inject({
      method: 'POST',
      url: `/fleet/shifts/${other.shiftId}/cancel`,
      headers: { authorization: `Bearer ${admin}` },
      payload: { reason: 'Водитель заболел' },
    });
    expect(cancel.statusCode).toBe(200);
    const their = (
      await f.inject({
        method: 'GET',
        url: '/driver/manifest',
        headers: { authorization: `Bearer ${stranger}` },
      })
    ).json();
    expect(their.shiftId).toBeNull();
    expect(their.cancelledToday).toEqual([
      {
        shiftId: other.shiftId,
        startsAt: expect.any(String),
        endsAt: expect.any(String),
        reason: 'Водитель заболел',
        byRole: 'PROVIDER_ADMIN',
      },
    ]);
    const own = (
      await f.inject({
        method: 'GET',
        url: '/driver/manifest',
        headers: { authorization: `Bearer ${driver}` },
      })
    ).json();
    expect([own.shiftId, own.cancelledToday, own.arrivalLeadMinutes]).toEqual([
      mine.shiftId,
      [],
      expect.any(Number),
    ]);
  });

  it("a no-show needs the vehicle's pings (issue 23): refused without a position, away from the pickup, or after a late arrival; the provider-side miss never counts against the rider", async () => {
    const provider = await fx.provider();
    const home = near(0.5, -0.5);
    await fx.shift(provider, { startsAt: inMinutes(-5), endsAt: inMinutes(300), depot: home });
    const at = (dLat: number) => ({ lat: home.lat + dLat, lon: home.lon });
    const person = await fx.beneficiary(NO_MOBILITY_NEEDS);
    const c = await fx.accepted({
      pickup: at(0.01),
      dropoff: at(0.03),
      pickupAt: inMinutes(30),
      beneficiaryId: person,
    });
    const d = await fx.accepted({
      pickup: at(-0.01),
      dropoff: at(-0.03),
      pickupAt: inMinutes(60),
      beneficiaryId: person,
    });
    const sc = await scheduled(fx, c.id);
    const sd = await scheduled(fx, d.id);
    expect(sd.shift_id).toBe(sc.shift_id);
    const [{ driver_id: driverId }] = await ds.query(`SELECT driver_id FROM shift WHERE id = $1`, [
      sc.shift_id,
    ]);
    const headers = {
      authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000a4', role: 'DRIVER', driverId })}`,
    };
    const f = api.getHttpAdapter().getInstance();
    const post = async (minutes: number, url: string, payload: object) =>
      atInstant(api, inMinutes(minutes), () => f.inject({ method: 'POST', url, headers, payload }));
    const report = async (minutes: number, id: string, status: string) =>
      post(minutes, `/driver/bookings/${id}/status`, {
        status,
        expectedVersion: (await fx.booking(id)).version,
      });
    const pings = async (from: number, to: number, place: { lat: number; lon: number }) => {
      for (let m = from; m <= to; m += 1)
        expect((await post(m, '/driver/location', place)).statusCode).toBe(200);
    };
    const refusal = (r: { statusCode: number; json(): { code: string; errors: { reason: string }[] } }) => [
      r.statusCode,
      r.json().code,
    ];

    // c: at the door by the driver's word, but the phone sent no position: refused, says why
    expect((await report(25, c.id, 'EN_ROUTE')).statusCode).toBe(200);
    expect((await report(30, c.id, 'ARRIVED')).statusCode).toBe(200);
    const blind = await report(40, c.id, 'NO_SHOW');
    expect(refusal(blind)).toEqual([409, 'NO_SHOW_NO_POSITION']);
    // waiting 200 m away (a courtyard the car could not enter) for the whole wait: still refused,
    // with the distance in words
    const away = { lat: home.lat + 0.01 + 200 / 111_195, lon: home.lon };
    await pings(30, 40, away);
    const far = await report(40, c.id, 'NO_SHOW');
    expect(refusal(far)).toEqual([409, 'NO_SHOW_AWAY']);
    expect(far.json().errors[0].reason).toMatch(/200\s?[mм] .*150\s?[mм]/);
    // the driver records the provider-side reason instead: cancelled, not a no-show
    const missedC = await post(41, `/driver/bookings/${c.id}/missed`, {
      reason: 'MISSED_ADDRESS_UNREACHABLE',
      expectedVersion: (await fx.booking(c.id)).version,
    });
    expect(missedC.statusCode).toBe(200);
    expect(await fx.booking(c.id)).toMatchObject({
      status: 'CANCELLED',
      status_reason: 'MISSED_ADDRESS_UNREACHABLE',
    });
    // a reason not on the list is refused, naming the field
    const bad = await post(42, `/driver/bookings/${d.id}/missed`, {
      reason: 'RIDER_RUDE',
      expectedVersion: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('reason');

    // d: the vehicle reaches the pickup only after the window closed (60-75): waited there six
    // minutes, but that is the vehicle's lateness
    expect((await report(70, d.id, 'EN_ROUTE')).statusCode).toBe(200);
    await pings(76, 82, at(-0.01));
    expect((await report(77, d.id, 'ARRIVED')).statusCode).toBe(200);
    const tooLate = await report(83, d.id, 'NO_SHOW');
    expect(refusal(tooLate)).toEqual([409, 'NO_SHOW_ARRIVED_LATE']);
    expect((await fx.booking(d.id)).status).toBe('ARRIVED');
    const missedD = await post(83, `/driver/bookings/${d.id}/missed`, {
      reason: 'MISSED_VEHICLE_LATE',
      expectedVersion: (await fx.booking(d.id)).version,
    });
    expect(missedD.statusCode).toBe(200);
    // neither miss touches the rider: no no-show, no suspension
    const [row] = await ds.query(
      `SELECT (SELECT count(*)::int FROM booking WHERE beneficiary_id = $1 AND status = 'NO_SHOW') AS no_shows,
              suspended_until FROM beneficiary WHERE id = $1`,
      [person],
    );
    expect(row).toEqual({ no_shows: 0, suspended_until: null });
  });

  it('a no-show waits from the pickup time the rider was told (walk t23 M3: told 11:55 for 11:40-11:55, no-show at 11:47)', async () => {
    const provider = await fx.provider();
    const home = near(0.45, 0.45);
    await fx.shift(provider, { startsAt: inMinutes(-5), endsAt: inMinutes(300), depot: home });
    const door = { lat: home.lat + 0.01, lon: home.lon };
    // the window opens at 40 min and closes at 55; the evening message said "about" 55
    const k = await fx.accepted({
      pickup: door,
      dropoff: { lat: home.lat + 0.03, lon: home.lon },
      pickupAt: inMinutes(40),
    });
    const sk = await scheduled(fx, k.id);
    const told = inMinutes(55);
    const [{ driver_id: driverId }] = await ds.query(`SELECT driver_id FROM shift WHERE id = $1`, [
      sk.shift_id,
    ]);
    await ds.query(
      `INSERT INTO notification (dedup_key, booking_id, beneficiary_id, channel, kind, language, text, status, pickup_at, sent_at, created_at)
       SELECT $1, id, beneficiary_id, 'SMS', 'BOOKING_SCHEDULED', 'ru', 'машина придёт около …', 'DELIVERED', $3::timestamptz, $4::timestamptz, $4::timestamptz
         FROM booking WHERE id = $2`,
      [`${k.id}.t23m3`, k.id, told, inMinutes(-600)],
    );
    // "in about 8 min" at 33 min (the arrival it stood for: 41), "the driver is waiting" at 41.5
    // (SMS and in-app: the first that reached the rider counts); one dropped unsent says nothing
    const [arrivingAt, arrivingEta, atDoorAt] = [inMinutes(33), inMinutes(41), inMinutes(41.5)];
    for (const [kind, channel, status, eta, sent] of [
      ['VEHICLE_ARRIVING', 'SMS', 'DELIVERED', arrivingEta, arrivingAt],
      ['DRIVER_ARRIVED', 'IN_APP', 'DELIVERED', null, atDoorAt],
      ['DRIVER_ARRIVED', 'SMS', 'SENT', null, inMinutes(41.7)],
      ['VEHICLE_ARRIVING', 'IN_APP', 'SUPPRESSED', inMinutes(38), inMinutes(30)],
    ] as const)
      await ds.query(
        `INSERT INTO notification (dedup_key, booking_id, beneficiary_id, channel, kind, language, text, status, pickup_at, sent_at, created_at)
         SELECT $1, id, beneficiary_id, $3, $4, 'ru', '…', $5, $6::timestamptz,
                CASE WHEN $5 = 'SUPPRESSED' THEN NULL ELSE $7::timestamptz END, $7::timestamptz
           FROM booking WHERE id = $2`,
        [`${k.id}.${kind}.${channel}`, k.id, channel, kind, status, eta, sent],
      );
    const headers = {
      authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000a9', role: 'DRIVER', driverId })}`,
    };
    const f = api.getHttpAdapter().getInstance();
    const post = async (minutes: number, url: string, payload: object) =>
      atInstant(api, inMinutes(minutes), () => f.inject({ method: 'POST', url, headers, payload }));
    const report = async (minutes: number, status: string) =>
      post(minutes, `/driver/bookings/${k.id}/status`, {
        status,
        expectedVersion: (await fx.booking(k.id)).version,
      });
    expect((await report(35, 'EN_ROUTE')).statusCode).toBe(200);
    expect((await report(41, 'ARRIVED')).statusCode).toBe(200);
    // the vehicle at the door from 41 min, a ping a minute
    for (let m = 41; m <= 59; m += 1) expect((await post(m, '/driver/location', door)).statusCode).toBe(200);
    // 47 min (the report's 11:47): six minutes after arriving, yet eight before the time told
    const early = await report(47.1, 'NO_SHOW');
    expect([early.statusCode, early.json().code]).toEqual([409, 'NO_SHOW_TOO_EARLY']);
    expect(early.json().retryAfterSeconds).toBeGreaterThan(12 * 60);
    // a minute short of told + wait (59 of 60): still refused
    const short = await report(59.1, 'NO_SHOW');
    expect([short.statusCode, short.json().code]).toEqual([409, 'NO_SHOW_TOO_EARLY']);
    expect((await post(60, '/driver/location', door)).statusCode).toBe(200);
    const ok = await report(60.1, 'NO_SHOW');
    expect(ok.statusCode).toBe(200);
    const [{ no_show_evidence: e }] = await ds.query(`SELECT no_show_evidence FROM booking WHERE id = $1`, [
      k.id,
    ]);
    const offBy = (iso: string, d: Date) => Math.abs(Date.parse(iso) - d.getTime());
    expect([e.toldPickupAt, e.waitFrom]).toEqual([told.toISOString(), told.toISOString()]);
    // every message about the pickup that reached the rider, for whoever decides a dispute (issue 23)
    expect([e.arrivingToldAt, e.arrivingEta, e.atDoorToldAt]).toEqual(
      [arrivingAt, arrivingEta, atDoorAt].map((d) => d.toISOString()),
    );
    expect(offBy(e.arrivedAt, inMinutes(41))).toBeLessThan(60_000);
    expect(e.minutesWaited).toBe(5);
  });

  it("the driver's whole day (issue 23): the shift and the coming ones with their dates, the rider's first name and phone while the stop is open, and a cancellation heard live", async () => {
    const provider = await fx.provider();
    const home = near(-0.5, 0.5);
    const today = await fx.shift(provider, { startsAt: inMinutes(-5), endsAt: inMinutes(240), depot: home });
    // the same driver and vehicle some days later (a copy of today's shift moved by `days`)
    const later = async (days: number, driverId: string | null = null): Promise<string> =>
      (
        await ds.query(
          `INSERT INTO shift (provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, version)
           SELECT provider_id, vehicle_id, COALESCE($3, driver_id), starts_at + $2 * interval '1 day', ends_at + $2 * interval '1 day',
                  start_lat, start_lon, end_lat, end_lon, start_kato, 1 FROM shift WHERE id = $1 RETURNING id`,
          [today.shiftId, days, driverId],
        )
      )[0].id;
    const tomorrowShift = await later(1);
    const inThreeDays = await later(3);
    // beyond the week the page lists: not shown
    await later(8);
    // another driver of the same provider, the day after tomorrow: never shown to this one
    const [{ id: otherDriver }] = await ds.query(
      `INSERT INTO driver (provider_id, full_name, licence_number, phone)
       SELECT provider_id, 'Other Driver', 'F23-OTHER', '+77015550399' FROM shift WHERE id = $1 RETURNING id`,
      [today.shiftId],
    );
    const othersShift = await later(2, otherDriver);
    const person = await fx.beneficiary(NO_MOBILITY_NEEDS);
    await ds.query(
      `UPDATE beneficiary SET full_name = 'Айгерім Сейітова', phone = '+77011234501' WHERE id = $1`,
      [person],
    );
    const at = (dLat: number) => ({ lat: home.lat + dLat, lon: home.lon });
    const now = await fx.accepted({
      pickup: at(0.01),
      dropoff: at(0.02),
      pickupAt: inMinutes(60),
      beneficiaryId: person,
    });
    const tomorrow = await fx.accepted({
      pickup: at(-0.01),
      dropoff: at(-0.02),
      pickupAt: inMinutes(24 * 60 + 60),
      beneficiaryId: person,
    });
    expect((await scheduled(fx, now.id)).shift_id).toBe(today.shiftId);
    expect((await scheduled(fx, tomorrow.id)).shift_id).toBe(tomorrowShift);
    const token = t.token({
      userId: '00000000-0000-4000-8000-0000000000a5',
      role: 'DRIVER',
      driverId: today.driverId,
    });
    const f = api.getHttpAdapter().getInstance();
    const m = (
      await f.inject({
        method: 'GET',
        url: '/driver/manifest',
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    expect(m.shiftId).toBe(today.shiftId);
    expect(m.stops[0]).toMatchObject({
      bookingId: now.id,
      riderFirstName: 'Айгерім',
      riderPhone: '+77011234501',
    });
    expect(JSON.stringify(m)).not.toContain('Сейітова');
    // the coming week's own shifts, the earliest first, with their times (the date the page
    // shows); tomorrow's rides with the rider's first name, needs and notes, but no phone yet;
    // neither the shift beyond the week nor another driver's
    expect(m.coming.map((c: { shiftId: string }) => c.shiftId)).toEqual([tomorrowShift, inThreeDays]);
    expect(JSON.stringify(m)).not.toContain(othersShift);
    expect(m.coming[0]).toMatchObject({
      stops: [
        { bookingId: tomorrow.id, riderFirstName: 'Айгерім', riderPhone: null, companions: 0 },
        { bookingId: tomorrow.id, riderPhone: null },
      ],
    });
    expect(m.coming[0].stops[0].mobility).toBeDefined();
    expect(JSON.stringify(m.coming)).not.toContain('+77011234501');
    expect(new Date(m.coming[0].startsAt).getTime() - new Date(m.startsAt).getTime()).toBe(24 * 3600_000);
    expect(new Date(m.coming[1].startsAt).getTime() - new Date(m.startsAt).getTime()).toBe(3 * 24 * 3600_000);
    // tomorrow's are not confirmed to the driver yet: the evening re-plan may still move them
    const [{ confirmed_to_driver }] = await ds.query(
      `SELECT confirmed_to_driver FROM booking WHERE id = $1`,
      [tomorrow.id],
    );
    expect(confirmed_to_driver).toBe(false);

    // the page follows both shifts; the rider cancels: the driver hears it
    const stream = follow(port, '/driver/events', token);
    await eventually(
      async () => stream.comments.some((c) => c.includes('connected')) && stream.events.length > 0,
    );
    expect(stream.events[0]).toMatchObject({
      event: 'snapshot',
      data: { shifts: [today.shiftId, tomorrowShift, inThreeDays] },
    });
    const v = (await fx.booking(now.id)).version;
    const cancelled = await transact(ds, { userId: null, role: 'BENEFICIARY' }, (uow) =>
      transitionBooking(uow, { bookingId: now.id, to: 'CANCELLED', expectedVersion: v }),
    );
    await worker
      .get(BookingStatusProcessor)
      .run({ bookingId: now.id, version: cancelled.version, status: 'CANCELLED' });
    await eventually(async () =>
      stream.events.some(
        (e) => e.event === 'update' && e.data.bookingId === now.id && e.data.status === 'CANCELLED',
      ),
    );
    stream.close();
    // a ride no longer open: no phone
    const after = (
      await f.inject({
        method: 'GET',
        url: '/driver/manifest',
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    const stop = after.stops.find((x: { bookingId: string }) => x.bookingId === now.id);
    expect(stop === undefined || stop.riderPhone === null).toBe(true);
  });

  it('statuses in time (issue 18): tomorrow is refused today, a doubtful arrival is flagged and not billed until a dispatcher confirms it', async () => {
    const f = api.getHttpAdapter().getInstance();
    const provider = await fx.provider();
    await ds.query(
      `INSERT INTO provider_contract (provider_id, reference, tariff_per_trip, tariff_per_km, valid_from) VALUES ($1, 'C-18', 1000, 100, '2026-01-01')`,
      [provider],
    );
    const say = (token: string, lang = 'en') => ({
      authorization: `Bearer ${token}`,
      'accept-language': lang,
    });
    const statusOf = async (token: string, id: string, status: string, lang = 'en') =>
      f.inject({
        method: 'POST',
        url: `/driver/bookings/${id}/status`,
        headers: say(token, lang),
        payload: { status, expectedVersion: (await fx.booking(id)).version },
      });

    // Tomorrow's shift (07:00-19:00) and its ride due at 09:30, far from the other tests' vehicles.
    const far = near(0.9, -0.9);
    const tomorrowShift = await fx.shift(provider, { depot: far });
    const due = await rideFrom(fx, far, tomorrowAt('09:30'));
    const planned = await scheduled(fx, due.id);
    expect(planned.shift_id).toBe(tomorrowShift.shiftId);
    const early = t.token({
      userId: '00000000-0000-4000-8000-0000000000a8',
      role: 'DRIVER',
      driverId: tomorrowShift.driverId,
    });
    for (const status of ['EN_ROUTE', 'ARRIVED', 'ON_BOARD', 'COMPLETED']) {
      const res = await statusOf(early, due.id, status);
      expect([status, res.statusCode, res.json().code]).toEqual([status, 409, 'SHIFT_NOT_STARTED']);
      expect(res.json().message).toBe(
        `This shift starts at 07:00 on ${dayMonth(tomorrowAt('07:00'))}; statuses can be sent from 06:30.`,
      );
    }
    const ru = await statusOf(early, due.id, 'EN_ROUTE', 'ru');
    expect(ru.json().message).toMatch(
      /^Эта смена начинается \d\d?\s[а-я]+ в 07:00; статусы можно отправлять с 06:30\.$/,
    );
    // Nothing happened: the ride is still scheduled, the shift not started, the rider not told.
    expect((await fx.booking(due.id)).status).toBe('SCHEDULED');
    expect(
      (await ds.query(`SELECT status FROM shift WHERE id = $1`, [tomorrowShift.shiftId]))[0].status,
    ).toBe('PLANNED');
    expect(
      (
        await ds.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'driver.reported'`,
          [due.id],
        )
      )[0].n,
    ).toBe(0);
    // The manifest agrees (the tester's walk, issue 23): with no shift today, tomorrow's is coming
    // (read-only, no phone), not the one under way with status buttons 11 hours early.
    const m = (await f.inject({ method: 'GET', url: '/driver/manifest', headers: say(early) })).json();
    expect([m.shiftId, m.stops, m.shiftLeadMinutes]).toEqual([null, [], 30]);
    expect(m.coming.map((c: { shiftId: string }) => c.shiftId)).toEqual([tomorrowShift.shiftId]);
    expect(m.coming[0].stops.map((x: { bookingId: string }) => x.bookingId)).toContain(due.id);
    expect(JSON.stringify(m.coming)).not.toMatch(/"riderPhone":"/);

    // Today's running shift: its ride's statuses are taken; an arrival 3 km from the pickup (by the
    // vehicle's last position) is taken but flagged for the dispatcher.
    const here = near(-0.9, 0.9);
    const running = await fx.shift(provider, {
      startsAt: inMinutes(-20),
      endsAt: inMinutes(300),
      depot: here,
    });
    const ride = await rideFrom(fx, here, inMinutes(30));
    const onRoute = await scheduled(fx, ride.id);
    expect(onRoute.shift_id).toBe(running.shiftId);
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000a9',
      role: 'DRIVER',
      driverId: running.driverId,
    });
    expect((await statusOf(driver, ride.id, 'EN_ROUTE')).statusCode).toBe(200);
    expect((await ds.query(`SELECT status FROM shift WHERE id = $1`, [running.shiftId]))[0].status).toBe(
      'ACTIVE',
    );
    const ping = await f.inject({
      method: 'POST',
      url: '/driver/location',
      headers: say(driver),
      payload: { lat: here.lat + 0.04, lon: here.lon },
    });
    expect(ping.statusCode).toBe(200);
    expect((await statusOf(driver, ride.id, 'ARRIVED')).statusCode).toBe(200);
    // While the far-away arrival is under review, the rider is not told the vehicle is at the door.
    const [{ version: arrivedVersion }] = await ds.query(`SELECT version FROM booking WHERE id = $1`, [
      ride.id,
    ]);
    expect(
      await worker
        .get(BookingStatusProcessor)
        .run({ bookingId: ride.id, version: arrivedVersion, status: 'ARRIVED' }),
    ).toEqual({ kind: null, created: 0, skipped: 'UNDER_REVIEW' });
    expect(
      await ds.query(`SELECT 1 FROM notification WHERE booking_id = $1 AND kind = 'DRIVER_ARRIVED'`, [
        ride.id,
      ]),
    ).toHaveLength(0);
    expect((await statusOf(driver, ride.id, 'ON_BOARD')).statusCode).toBe(200);
    const [{ direct_seconds }] = await ds.query(`SELECT direct_seconds FROM booking WHERE id = $1`, [
      ride.id,
    ]);
    const done = await atInstant(api, new Date(testNow().getTime() + direct_seconds * 1000), () =>
      statusOf(driver, ride.id, 'COMPLETED'),
    );
    expect(done.statusCode).toBe(200);

    // The board shows the flag to the region's dispatcher.
    const dispatcher = t.token({
      userId: '00000000-0000-4000-8000-0000000000c8',
      role: 'DISPATCHER',
      regionKato: ALMATY,
    });
    const [row] = await ds.query(`SELECT pickup_earliest, actual_pickup_at FROM booking WHERE id = $1`, [
      ride.id,
    ]);
    const board = await f.inject({
      method: 'GET',
      url: `/dispatch/board?date=${localDateOf(row.pickup_earliest)}`,
      headers: say(dispatcher),
    });
    expect(board.statusCode).toBe(200);
    const flags = board.json().statusFlags.filter((x: { bookingId: string }) => x.bookingId === ride.id);
    expect(flags).toEqual([
      expect.objectContaining({ status: 'ARRIVED', code: 'ARRIVED_AWAY', review: 'PENDING', minutes: null }),
    ]);
    expect(flags[0].metres).toBeGreaterThan(2500);

    // Billing leaves the flagged ride out until a dispatcher confirms it.
    const officer = t.token({
      userId: '00000000-0000-4000-8000-0000000000d8',
      role: 'LEB_OFFICER',
      regionKato: ALMATY,
    });
    const act = async () => {
      const res = await f.inject({
        method: 'POST',
        url: '/billing-acts',
        headers: say(officer),
        payload: { providerId: provider, regionKato: ALMATY, month: localMonthOf(row.actual_pickup_at) },
      });
      expect(res.statusCode).toBe(201);
      return res.json() as { completedTrips: number; lines: { bookingId: string }[] };
    };
    const before = await act();
    expect(before.lines.map((l) => l.bookingId)).not.toContain(ride.id);
    expect(before.completedTrips).toBe(0);

    // Another provider's dispatcher may not review it; the region's dispatcher confirms it, once.
    const stranger = t.token({
      userId: '00000000-0000-4000-8000-0000000000c9',
      role: 'DISPATCHER',
      providerId: await fx.provider(),
    });
    const review = (token: string, decision: string) =>
      f.inject({
        method: 'POST',
        url: `/dispatch/status-flags/${flags[0].id}/review`,
        headers: say(token),
        payload: { decision, note: 'called the rider: picked up at the side entrance' },
      });
    expect((await review(stranger, 'CONFIRMED')).statusCode).toBe(403);
    const confirmed = await review(dispatcher, 'CONFIRMED');
    expect([confirmed.statusCode, confirmed.json()]).toEqual([
      200,
      { id: flags[0].id, bookingId: ride.id, review: 'CONFIRMED' },
    ]);
    const again = await review(dispatcher, 'REJECTED');
    expect([again.statusCode, again.json().code]).toEqual([409, 'ANOMALY_ALREADY_REVIEWED']);
    expect(
      (
        await ds.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'status_flag.%'`, [
          ride.id,
        ])
      ).map((r: { action: string }) => r.action),
    ).toEqual(['status_flag.confirmed']);
    const after = await act();
    expect(after.lines.map((l) => l.bookingId)).toContain(ride.id);
    expect(after.completedTrips).toBe(1);
  });

  it('a rejected far-away arrival (issue 18): under review the rider still sees the vehicle on its way; rejected, the ride is EN_ROUTE again at a new version, Portal and rider told consistently', async () => {
    const f = api.getHttpAdapter().getInstance();
    const provider = await fx.provider();
    const say = (token: string) => ({ authorization: `Bearer ${token}`, 'accept-language': 'en' });
    const statusOf = async (token: string, id: string, status: string) =>
      f.inject({
        method: 'POST',
        url: `/driver/bookings/${id}/status`,
        headers: say(token),
        payload: { status, expectedVersion: (await fx.booking(id)).version },
      });
    const here = near(-0.6, 0.5);
    const running = await fx.shift(provider, {
      startsAt: inMinutes(-20),
      endsAt: inMinutes(300),
      depot: here,
    });
    const ride = await rideFrom(fx, here, inMinutes(30));
    expect((await scheduled(fx, ride.id)).shift_id).toBe(running.shiftId);
    const [{ beneficiary_id: riderId }] = await ds.query(`SELECT beneficiary_id FROM booking WHERE id = $1`, [
      ride.id,
    ]);
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000aa',
      role: 'DRIVER',
      driverId: running.driverId,
    });
    const rider = t.token({
      userId: '00000000-0000-4000-8000-0000000000ba',
      role: 'BENEFICIARY',
      beneficiaryId: riderId,
    });
    const ping = (lat: number, lon: number) =>
      f.inject({ method: 'POST', url: '/driver/location', headers: say(driver), payload: { lat, lon } });
    const mine = async () =>
      (
        (await f.inject({ method: 'GET', url: '/bookings/mine', headers: say(rider) })).json().items as {
          id: string;
          status: string;
          arrivalUnderReview: boolean;
        }[]
      ).find((x) => x.id === ride.id)!;

    expect((await statusOf(driver, ride.id, 'EN_ROUTE')).statusCode).toBe(200);
    const pickup = (
      await ds.query(`SELECT pickup_lat AS lat, pickup_lon AS lon FROM booking WHERE id = $1`, [ride.id])
    )[0];
    expect((await ping(pickup.lat + 0.04, pickup.lon)).statusCode).toBe(200);
    const arrived = await statusOf(driver, ride.id, 'ARRIVED');
    expect(arrived.statusCode).toBe(200);
    const v = arrived.json().version as number;

    // Under review: the rider's list and live snapshot say so (the page keeps "on its way").
    expect(await mine()).toEqual(expect.objectContaining({ status: 'ARRIVED', arrivalUnderReview: true }));
    const stream = follow(port, `/bookings/${ride.id}/events`, rider);
    const snapshot = await eventually(async () => stream.events.find((e) => e.event === 'snapshot'));
    expect(snapshot.data).toEqual(expect.objectContaining({ status: 'ARRIVED', arrivalUnderReview: true }));
    // The driver cannot take the ride back himself.
    const back = await statusOf(driver, ride.id, 'EN_ROUTE');
    expect([back.statusCode, back.json().code]).toEqual([409, 'ILLEGAL_TRANSITION']);

    // The region's dispatcher rejects the arrival.
    const dispatcher = t.token({
      userId: '00000000-0000-4000-8000-0000000000ca',
      role: 'DISPATCHER',
      regionKato: ALMATY,
    });
    const [flag] = await ds.query(`SELECT id FROM status_anomaly WHERE booking_id = $1`, [ride.id]);
    const rejected = await f.inject({
      method: 'POST',
      url: `/dispatch/status-flags/${flag.id}/review`,
      headers: say(dispatcher),
      payload: { decision: 'REJECTED', note: 'the vehicle was still on Abai Avenue' },
    });
    expect([rejected.statusCode, rejected.json()]).toEqual([
      200,
      { id: flag.id, bookingId: ride.id, review: 'REJECTED' },
    ]);
    const [row] = await ds.query(`SELECT status, version, arrived_at FROM booking WHERE id = $1`, [ride.id]);
    expect(row).toEqual({ status: 'EN_ROUTE', version: v + 1, arrived_at: null });
    expect(await mine()).toEqual(expect.objectContaining({ status: 'EN_ROUTE', arrivalUnderReview: false }));
    // The rider's live stream hears EN_ROUTE at the new version.
    await eventually(async () =>
      stream.events.some(
        (e) => e.event === 'update' && e.data.status === 'EN_ROUTE' && e.data.version === v + 1,
      ),
    );
    stream.close();
    // The Portal is told the arrival and then its correction, in version order.
    const entity = await ds.getRepository(BookingEntity).findOneByOrFail({ id: ride.id });
    const told = await worker.get(PortalSyncRepository).versionsToTell(ds.manager, entity, v - 1);
    expect(told.map((x) => [x.version, x.status])).toEqual([
      [v, 'ARRIVED'],
      [v + 1, 'EN_ROUTE'],
    ]);
    // The rider was never told "the vehicle is at the door", and going back is no message either.
    const notify = worker.get(BookingStatusProcessor);
    expect(await notify.run({ bookingId: ride.id, version: v, status: 'ARRIVED' })).toEqual(
      expect.objectContaining({ created: 0 }),
    );
    expect(await notify.run({ bookingId: ride.id, version: v + 1, status: 'EN_ROUTE' })).toEqual(
      expect.objectContaining({ kind: null, created: 0 }),
    );
    expect(
      await ds.query(`SELECT 1 FROM notification WHERE booking_id = $1 AND kind = 'DRIVER_ARRIVED'`, [
        ride.id,
      ]),
    ).toHaveLength(0);

    // The vehicle really arrives later, at the door: that arrival is news to the rider.
    expect((await ping(pickup.lat, pickup.lon)).statusCode).toBe(200);
    const real = await statusOf(driver, ride.id, 'ARRIVED');
    expect(real.statusCode).toBe(200);
    expect(await mine()).toEqual(expect.objectContaining({ status: 'ARRIVED', arrivalUnderReview: false }));
    expect(await notify.run({ bookingId: ride.id, version: real.json().version, status: 'ARRIVED' })).toEqual(
      expect.objectContaining({ kind: 'DRIVER_ARRIVED' }),
    );
  });

  it('an arrival and a boarding long before the window (walk F6/F8) are taken but flagged: the rider is not told "the driver is waiting", billing waits for a dispatcher', async () => {
    const f = api.getHttpAdapter().getInstance();
    const provider = await fx.provider();
    const say = (token: string) => ({ authorization: `Bearer ${token}`, 'accept-language': 'ru' });
    const statusOf = async (token: string, id: string, status: string) =>
      f.inject({
        method: 'POST',
        url: `/driver/bookings/${id}/status`,
        headers: say(token),
        payload: { status, expectedVersion: (await fx.booking(id)).version },
      });
    const here = near(0.7, -0.6);
    const running = await fx.shift(provider, {
      startsAt: inMinutes(-20),
      endsAt: inMinutes(300),
      depot: here,
    });
    // The window opens in 55 minutes: within the hour ARRIVED is taken from, past the 45-min flag.
    const ride = await rideFrom(fx, here, inMinutes(55));
    expect((await scheduled(fx, ride.id)).shift_id).toBe(running.shiftId);
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000ab',
      role: 'DRIVER',
      driverId: running.driverId,
    });
    for (const s of ['EN_ROUTE', 'ARRIVED'])
      expect((await statusOf(driver, ride.id, s)).statusCode).toBe(200);
    const [{ version }] = await ds.query(`SELECT version FROM booking WHERE id = $1`, [ride.id]);
    expect(
      await worker.get(BookingStatusProcessor).run({ bookingId: ride.id, version, status: 'ARRIVED' }),
    ).toEqual({ kind: null, created: 0, skipped: 'UNDER_REVIEW' });
    expect((await statusOf(driver, ride.id, 'ON_BOARD')).statusCode).toBe(200);
    const flags = await ds.query(
      `SELECT status, code, review FROM status_anomaly WHERE booking_id = $1 ORDER BY reported_at, code`,
      [ride.id],
    );
    expect(flags).toEqual([
      { status: 'ARRIVED', code: 'EARLY_ARRIVAL', review: 'PENDING' },
      { status: 'ON_BOARD', code: 'EARLY_BOARDING', review: 'PENDING' },
    ]);
  });

  it('"On my way" from when the arrival may be marked less the drive there, "I have arrived" from its hour (walk t23 M3: "on my way" taken at 13:09 for a 14:55-15:10 window); the manifest carries both rules for the page offline', async () => {
    const f = api.getHttpAdapter().getInstance();
    const provider = await fx.provider();
    const statusOf = async (token: string, id: string, status: string) =>
      f.inject({
        method: 'POST',
        url: `/driver/bookings/${id}/status`,
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
        payload: { status, expectedVersion: (await fx.booking(id)).version },
      });
    const here = near(-0.5, -0.8);
    const running = await fx.shift(provider, {
      startsAt: inMinutes(-20),
      endsAt: inMinutes(300),
      depot: here,
    });
    // The window opens in 1 h 45 min (14:55 seen at 13:10).
    const ride = await rideFrom(fx, here, inMinutes(105));
    expect((await scheduled(fx, ride.id)).shift_id).toBe(running.shiftId);
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000ae',
      role: 'DRIVER',
      driverId: running.driverId,
    });
    const m = (
      await f.inject({
        method: 'GET',
        url: '/driver/manifest',
        headers: { authorization: `Bearer ${driver}` },
      })
    ).json();
    const stopOf = (kind: string) =>
      m.stops.find((x: { bookingId: string; kind: string }) => x.bookingId === ride.id && x.kind === kind);
    const pickup = stopOf('PICKUP');
    // The drive from the shift's start point (1.1 km) by the travel model; none for a drop-off.
    expect(m.arrivalLeadMinutes).toBe(60);
    expect(pickup.travelSeconds).toBeGreaterThan(60);
    expect(pickup.travelSeconds).toBeLessThan(15 * 60);
    expect(stopOf('DROPOFF').travelSeconds).toBeNull();
    const windowFrom = new Date(pickup.windowFrom);
    const setOff = enRouteOpensAt(windowFrom, pickup.travelSeconds, 60);
    const minuteOf = (d: Date) => localTimeOf(new Date(Math.ceil(d.getTime() / 60000) * 60000));

    const now = await statusOf(driver, ride.id, 'EN_ROUTE');
    expect([now.statusCode, now.json().code, now.json().message]).toEqual([
      409,
      'EN_ROUTE_TOO_EARLY',
      `The pickup is planned at ${localTimeOf(new Date(pickup.plannedAt))}: you can set off for it from ${minuteOf(setOff)}.`,
    ]);
    expect((await fx.booking(ride.id)).status).toBe('SCHEDULED');
    const justBefore = await atInstant(api, new Date(setOff.getTime() - 1000), () =>
      statusOf(driver, ride.id, 'EN_ROUTE'),
    );
    expect([justBefore.statusCode, justBefore.json().code]).toEqual([409, 'EN_ROUTE_TOO_EARLY']);
    expect((await atInstant(api, setOff, () => statusOf(driver, ride.id, 'EN_ROUTE'))).statusCode).toBe(200);
    // On its way, not there yet: "I have arrived" from an hour before the window, said in words.
    const arrived = await atInstant(api, setOff, () => statusOf(driver, ride.id, 'ARRIVED'));
    expect([arrived.statusCode, arrived.json().code, arrived.json().message]).toEqual([
      409,
      'ARRIVED_TOO_EARLY',
      `The pickup window opens at ${localTimeOf(windowFrom)}: you can mark your arrival from ${minuteOf(arrivalOpensAt(windowFrom, 60))}.`,
    ]);
    const at = arrivalOpensAt(windowFrom, 60);
    expect((await atInstant(api, at, () => statusOf(driver, ride.id, 'ARRIVED'))).statusCode).toBe(200);
  });

  it('"the vehicle arrives in about N min" (walk M4): not while the vehicle waits at its depot 8 min from a pick-up 80 min away; the ETA is the window\'s opening; sent once the pick-up is due', async () => {
    const f = api.getHttpAdapter().getInstance();
    const provider = await fx.provider();
    const here = near(-0.6, -0.7);
    const running = await fx.shift(provider, {
      startsAt: inMinutes(-20),
      endsAt: inMinutes(300),
      depot: here,
    });
    const ride = await rideFrom(fx, here, inMinutes(80));
    expect((await scheduled(fx, ride.id)).shift_id).toBe(running.shiftId);
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000ac',
      role: 'DRIVER',
      driverId: running.driverId,
    });
    const ping = () =>
      f.inject({
        method: 'POST',
        url: '/driver/location',
        headers: { authorization: `Bearer ${driver}` },
        payload: here,
      });
    const alerts = async () =>
      (
        await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = $1`, [
          `notify.vehicle-arriving.${ride.id}`,
        ])
      )[0].n as number;
    const [{ pickup_earliest: opens }] = await ds.query(`SELECT pickup_earliest FROM booking WHERE id = $1`, [
      ride.id,
    ]);
    const parked = await ping();
    expect(parked.statusCode).toBe(200);
    const eta = (parked.json().etas as { bookingId: string; kind: string; at: string }[]).find(
      (e) => e.bookingId === ride.id && e.kind === 'PICKUP',
    )!;
    // The drive is a few minutes; the vehicle does not pick up before the window opens.
    expect(new Date(eta.at).getTime()).toBeGreaterThanOrEqual(opens.getTime());
    expect(await alerts()).toBe(0);
    // The same vehicle once the window opens in 3 minutes: the rider is told.
    await ds.query(`UPDATE booking SET pickup_earliest = $2 WHERE id = $1`, [ride.id, inMinutes(3)]);
    expect((await ping()).statusCode).toBe(200);
    expect(await alerts()).toBe(1);
  });

  it('a vehicle whose live ETA slips more than 10 min past the window calls for a "running late" check (walk t23 M5); one near the pickup does not', async () => {
    const f = api.getHttpAdapter().getInstance();
    const provider = await fx.provider();
    const here = near(0.65, 0.75);
    const running = await fx.shift(provider, {
      startsAt: inMinutes(-20),
      endsAt: inMinutes(300),
      depot: here,
    });
    const ride = await rideFrom(fx, here, inMinutes(20));
    expect((await scheduled(fx, ride.id)).shift_id).toBe(running.shiftId);
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000ad',
      role: 'DRIVER',
      driverId: running.driverId,
    });
    const ping = (at: { lat: number; lon: number }) =>
      f.inject({
        method: 'POST',
        url: '/driver/location',
        headers: { authorization: `Bearer ${driver}` },
        payload: at,
      });
    const checks = async () =>
      (
        await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id LIKE $1`, [
          `notify.vehicle-late.${ride.id}.%`,
        ])
      )[0].n as number;
    // next to the pickup: the ETA is the window's opening, nothing to say
    expect((await ping({ lat: here.lat + 0.01, lon: here.lon })).statusCode).toBe(200);
    expect(await checks()).toBe(0);
    // stuck 40 km away: the ETA is far past the window's opening
    const far = await ping({ lat: here.lat + 0.37, lon: here.lon });
    const eta = (far.json().etas as { bookingId: string; kind: string; at: string }[]).find(
      (e) => e.bookingId === ride.id && e.kind === 'PICKUP',
    )!;
    expect(new Date(eta.at).getTime()).toBeGreaterThan(inMinutes(30).getTime());
    expect(await checks()).toBe(1);
  });

  it('the board gives a stop whose planned time has passed a new time and how far behind its plan it is (walk t22 m3; not "late", walk t23 M2), from the live ETA once the vehicle reports', async () => {
    const f = api.getHttpAdapter().getInstance();
    const provider = await fx.provider();
    const here = near(0.6, 0.7);
    const running = await fx.shift(provider, {
      startsAt: inMinutes(-60),
      endsAt: inMinutes(300),
      depot: here,
    });
    const ride = await rideFrom(fx, here, inMinutes(30));
    expect((await scheduled(fx, ride.id)).shift_id).toBe(running.shiftId);
    // The plan said the drop-off was 19 minutes ago; the rider is still on the way.
    await ds.query(`UPDATE route_stop SET planned_at = $2 WHERE booking_id = $1 AND kind = 'DROPOFF'`, [
      ride.id,
      inMinutes(-19),
    ]);
    const dispatcher = t.token({
      userId: '00000000-0000-4000-8000-0000000000c4',
      role: 'DISPATCHER',
      regionKato: ALMATY,
    });
    const stopsOf = async () =>
      (
        (
          await f.inject({
            method: 'GET',
            url: `/dispatch/board?date=${localDateOf(testNow())}`,
            headers: { authorization: `Bearer ${dispatcher}` },
          })
        ).json() as {
          shifts: {
            id: string;
            stops: {
              bookingId: string;
              kind: string;
              estimatedAt: string | null;
              minutesBehindPlan: number;
            }[];
          }[];
        }
      ).shifts
        .find((s) => s.id === running.shiftId)!
        .stops.filter((x) => x.bookingId === ride.id);
    const [pickup, dropoff] = await stopsOf();
    // The pick-up is still ahead on its plan: no new time.
    expect(pickup).toMatchObject({ kind: 'PICKUP', estimatedAt: null, minutesBehindPlan: 0 });
    // No position yet: not before now.
    expect(dropoff.kind).toBe('DROPOFF');
    expect(Math.abs(new Date(dropoff.estimatedAt!).getTime() - testNow().getTime())).toBeLessThan(60_000);
    expect(dropoff.minutesBehindPlan).toBeGreaterThanOrEqual(18);
    // The vehicle reports: the drop-off's time is the live ETA, past the pick-up window.
    const driver = t.token({
      userId: '00000000-0000-4000-8000-0000000000ad',
      role: 'DRIVER',
      driverId: running.driverId,
    });
    const ping = await f.inject({
      method: 'POST',
      url: '/driver/location',
      headers: { authorization: `Bearer ${driver}` },
      payload: here,
    });
    const live = (ping.json().etas as { bookingId: string; kind: string; at: string }[]).find(
      (e) => e.bookingId === ride.id && e.kind === 'DROPOFF',
    )!;
    const [, after] = await stopsOf();
    expect(after.estimatedAt).toBe(live.at);
    expect(after.minutesBehindPlan).toBeGreaterThanOrEqual(19 + 30);
  });
});
