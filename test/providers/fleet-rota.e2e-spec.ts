import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  addDaysToLocalDate,
  buildBin,
  isoWeekday,
  localDateOf,
  localDateTimeToUtc,
  type Role,
} from '@invataxi/domain';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { atInstant, testNow } from '../support/clock';
import { fieldsOf } from './fixtures';

// Issue 21: the provider's rota. A licence's validity is kept and shown (valid, expiring soon,
// expired); an expired licence is refused at the driver's field; a repeating pattern adds its
// shifts all or nothing; each driver's sign-in account is told (none, invited, active).
const WKO = '270000000';
const ORAL = '271010000';
const ORAL_POINT = { lat: 51.2, lon: 51.37 };

describe('fleet: licences, rota patterns, driver accounts', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  let providerId: string;
  let vehicleId: string;
  const today = localDateOf(testNow());
  const day = (n: number) => addDaysToLocalDate(today, n);

  const token = (role: Role, claims: object): string => t.token({ userId: randomUUID(), role, ...claims });
  const admin = () => token('PROVIDER_ADMIN', { providerId });
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, auth: string, payload?: object) =>
    api
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        headers: { authorization: `Bearer ${auth}`, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
  let serial = 1;
  const addDriver = async (licenceValidUntil?: string): Promise<string> => {
    const r = await call('POST', '/fleet/drivers', admin(), {
      fullName: `Driver ${serial}`,
      licenceNumber: `KZ${String(200000 + serial++)}`,
      phone: '+77010000001',
      ...(licenceValidUntil ? { licenceValidUntil } : {}),
    });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  };
  const shiftOn = (driverId: string, d: string, vehicle = vehicleId) => ({
    vehicleId: vehicle,
    driverId,
    startsAt: localDateTimeToUtc(d, '07:00').toISOString(),
    endsAt: localDateTimeToUtc(d, '19:00').toISOString(),
    start: ORAL_POINT,
    end: ORAL_POINT,
    startKato: ORAL,
  });
  const driverView = async (id: string) =>
    (
      (await call('GET', '/fleet/drivers', admin())).json() as {
        id: string;
        licence: string;
        account: string;
      }[]
    ).find((d) => d.id === id)!;
  const shiftCount = async (): Promise<number> =>
    Number(
      (await ds.query(`SELECT count(*)::int AS n FROM shift WHERE provider_id = $1`, [providerId]))[0].n,
    );

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    ds = api.get(DataSource);
    const officer = token('LEB_OFFICER', { regionKato: WKO });
    const p = await call('POST', '/providers', officer, {
      bin: buildBin('1905', 77),
      legalName: 'Rota Test LLP',
      origin: 'LOCAL_REGISTRY',
      serviceArea: [ORAL],
    });
    expect(p.statusCode).toBe(201);
    providerId = p.json().id;
    const v = await call('POST', '/fleet/vehicles', admin(), {
      plate: '777 ROT 07',
      model: 'Ford Transit',
      seats: 4,
      wheelchairPlaces: 1,
    });
    expect(v.statusCode).toBe(201);
    vehicleId = v.json().id;
  });

  afterAll(async () => {
    await api?.close();
    await t?.teardown();
  });

  it('tells a licence valid, expiring soon or expired, and refuses an expired one at the driver field', async () => {
    const soon = await addDriver(day(10));
    const expired = await addDriver(day(-1));
    const valid = await addDriver(day(400));
    expect((await driverView(soon)).licence).toBe('EXPIRING_SOON');
    expect((await driverView(expired)).licence).toBe('EXPIRED');
    expect((await driverView(valid)).licence).toBe('VALID');

    const before = await shiftCount();
    const refused = await call('POST', '/fleet/shifts', admin(), shiftOn(expired, day(1)));
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual(['driverId']);
    expect(refused.json().errors[0]).toMatchObject({ code: 'LICENCE_EXPIRED' });
    expect(refused.json().errors[0].reason).toMatch(/^The driving licence expired on \d+\s\w+: /u);
    // Valid today, expired by the shift's day: refused too; within its validity: added.
    expect((await call('POST', '/fleet/shifts', admin(), shiftOn(soon, day(12)))).statusCode).toBe(400);
    expect(await shiftCount()).toBe(before);
    expect((await call('POST', '/fleet/shifts', admin(), shiftOn(soon, day(2)))).statusCode).toBe(201);

    // The licence renewed: the same shift is accepted; the audit names what changed, not the values.
    const renewed = await call('PATCH', `/fleet/drivers/${expired}`, admin(), {
      licenceValidUntil: day(700),
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json()).toMatchObject({ licence: 'VALID', licenceValidUntil: day(700) });
    const [audit] = await ds.query(
      `SELECT after::text AS after FROM audit_log WHERE action = 'driver.updated' AND entity_id = $1`,
      [expired],
    );
    expect(audit.after).toContain('licenceValidUntil');
    expect(audit.after).not.toContain(day(700));
    const v2 = (
      await call('POST', '/fleet/vehicles', admin(), {
        plate: '778 ROT 07',
        model: 'VW',
        seats: 3,
        wheelchairPlaces: 1,
      })
    ).json().id as string;
    expect((await call('POST', '/fleet/shifts', admin(), shiftOn(expired, day(1), v2))).statusCode).toBe(201);

    const bad = await call('PATCH', `/fleet/drivers/${expired}`, admin(), {
      licenceValidUntil: '2027-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['licenceValidUntil']);
    // A dispatcher of the provider reads the drivers, never changes them.
    const dispatcher = token('DISPATCHER', { providerId });
    expect((await call('GET', '/fleet/drivers', dispatcher)).statusCode).toBe(200);
    expect(
      (await call('PATCH', `/fleet/drivers/${expired}`, dispatcher, { fullName: 'X Y' })).statusCode,
    ).toBe(403);
  });

  it('adds a repeating pattern over two weeks in one go, or none of it when one day overlaps', async () => {
    const driverId = await addDriver(day(400));
    const v = (
      await call('POST', '/fleet/vehicles', admin(), {
        plate: '779 ROT 07',
        model: 'VW',
        seats: 3,
        wheelchairPlaces: 1,
      })
    ).json().id as string;
    const from = day(3);
    const to = day(16);
    const weekdays = [1, 3, 5];
    const expected: string[] = [];
    for (let d = from; d <= to; d = addDaysToLocalDate(d, 1))
      if (weekdays.includes(isoWeekday(d))) expected.push(d);
    const body = {
      vehicleId: v,
      driverId,
      from,
      to,
      weekdays,
      startTime: '20:00',
      endTime: '06:00',
      start: ORAL_POINT,
      end: ORAL_POINT,
      startKato: ORAL,
    };
    const made = await call('POST', '/fleet/shifts/pattern', admin(), body);
    expect(made.statusCode).toBe(201);
    const shifts = made.json().shifts as { startsAt: string; endsAt: string }[];
    expect(shifts.map((s) => localDateOf(new Date(s.startsAt)))).toEqual(expected);
    // A night shift runs into the next morning.
    expect(shifts[0]!.endsAt).toBe(
      localDateTimeToUtc(addDaysToLocalDate(expected[0]!, 1), '06:00').toISOString(),
    );

    // The same vehicle again on one of those nights: the whole pattern is refused, nothing added.
    const before = await shiftCount();
    const again = await call('POST', '/fleet/shifts/pattern', admin(), {
      ...body,
      driverId: await addDriver(day(400)),
      from: addDaysToLocalDate(expected[1]!, -1),
      to: expected[1],
      weekdays: [1, 2, 3, 4, 5, 6, 7],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().reasons).toEqual([expect.objectContaining({ code: 'VEHICLE_SHIFT_OVERLAP' })]);
    expect(await shiftCount()).toBe(before);

    const tooLong = await call('POST', '/fleet/shifts/pattern', admin(), { ...body, to: day(80) });
    expect(tooLong.statusCode).toBe(400);
    expect(fieldsOf(tooLong)).toEqual(['to']);
    const noWeekday = await call('POST', '/fleet/shifts/pattern', admin(), { ...body, weekdays: [8] });
    expect(noWeekday.statusCode).toBe(400);
    expect(fieldsOf(noWeekday)).toEqual(['weekdays']);
  });

  it("changes a planned shift's hours and driver under a new shift's checks, refusing a stale version, an overlap and an expired licence", async () => {
    const a = await addDriver(day(400));
    const b = await addDriver(day(400));
    const expired = await addDriver(day(-1));
    const added = await call('POST', '/fleet/shifts', admin(), shiftOn(a, day(20)));
    expect(added.statusCode).toBe(201);
    const shift = added.json() as { id: string; version: number };
    const other = await call('POST', '/fleet/shifts', admin(), shiftOn(b, day(21)));
    expect(other.statusCode).toBe(201);
    const change = (over: object) => ({
      version: shift.version,
      vehicleId,
      driverId: b,
      startsAt: localDateTimeToUtc(day(20), '08:00').toISOString(),
      endsAt: localDateTimeToUtc(day(20), '16:00').toISOString(),
      ...over,
    });
    // Into the next day's shift of the same vehicle: refused, nothing changed.
    const overlap = await call(
      'POST',
      `/fleet/shifts/${shift.id}/change`,
      admin(),
      change({ driverId: a, endsAt: localDateTimeToUtc(day(21), '08:00').toISOString() }),
    );
    expect(overlap.statusCode).toBe(409);
    expect(JSON.stringify(overlap.json())).toContain('VEHICLE_SHIFT_OVERLAP');
    const lapsed = await call(
      'POST',
      `/fleet/shifts/${shift.id}/change`,
      admin(),
      change({ driverId: expired }),
    );
    expect(lapsed.statusCode).toBe(400);
    expect(fieldsOf(lapsed)).toEqual(['driverId']);
    const changed = await call('POST', `/fleet/shifts/${shift.id}/change`, admin(), change({}));
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      id: shift.id,
      driverId: b,
      startsAt: localDateTimeToUtc(day(20), '08:00').toISOString(),
      endsAt: localDateTimeToUtc(day(20), '16:00').toISOString(),
      version: shift.version + 1,
    });
    // The version seen before the change is stale now.
    expect((await call('POST', `/fleet/shifts/${shift.id}/change`, admin(), change({}))).statusCode).toBe(
      409,
    );
    const audits = await ds.query(
      `SELECT before->>'driverId' AS was, after->>'driverId' AS now FROM audit_log WHERE action = 'shift.changed' AND entity_id = $1`,
      [shift.id],
    );
    expect(audits).toEqual([{ was: a, now: b }]);
    // Only the provider's admin changes a shift.
    const officer = token('LEB_OFFICER', { regionKato: WKO });
    expect((await call('POST', `/fleet/shifts/${shift.id}/change`, officer, change({}))).statusCode).toBe(
      403,
    );
  });

  it('refuses to cancel a shift whose hours are over (walk t23 m12), in words, and cancels one still to come', async () => {
    const d = await addDriver(day(400));
    const added = await call('POST', '/fleet/shifts', admin(), shiftOn(d, day(30)));
    expect(added.statusCode).toBe(201);
    const id = (added.json() as { id: string }).id;
    // The next morning the shift (07:00–19:00) has ended: nothing is left of it to cancel.
    const late = await atInstant(api, localDateTimeToUtc(day(31), '09:00'), () =>
      call('POST', `/fleet/shifts/${id}/cancel`, admin(), { reason: 'Водитель заболел' }),
    );
    expect(late.statusCode).toBe(409);
    expect(JSON.stringify(late.json())).toContain('a shift that has ended cannot be cancelled');
    expect((await ds.query(`SELECT status FROM shift WHERE id = $1`, [id]))[0].status).toBe('PLANNED');
    const inTime = await call('POST', `/fleet/shifts/${id}/cancel`, admin(), { reason: 'Водитель заболел' });
    expect(inTime.statusCode).toBe(200);
    expect(inTime.json()).toMatchObject({ id, status: 'CANCELLED' });
  });

  it("tells each driver's sign-in account: none, invited (an open invitation), active (a password set)", async () => {
    const driverId = await addDriver(day(400));
    expect((await driverView(driverId)).account).toBe('NONE');
    // An invitation as the staff page sends it (issue 19), written as its row: open for a day.
    await ds.query(
      `INSERT INTO invitation (token_hash, role, display_name, phone, provider_id, driver_id, expires_at)
       VALUES ($1, 'DRIVER', 'Driver', '+77010000001', $2, $3, $4)`,
      [
        randomUUID().replace(/-/g, '').padEnd(64, '0'),
        providerId,
        driverId,
        new Date(Date.now() + 86_400_000),
      ],
    );
    expect((await driverView(driverId)).account).toBe('INVITED');
    await ds.query(`UPDATE app_user SET password_hash = 'x' WHERE driver_id = $1`, [driverId]);
    expect((await driverView(driverId)).account).toBe('ACTIVE');
    await ds.query(`UPDATE app_user SET status = 'DISABLED' WHERE driver_id = $1`, [driverId]);
    expect((await driverView(driverId)).account).toBe('INVITED');
  });
});
