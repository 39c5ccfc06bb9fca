// Issue 18, walk F9 and F23. F9: a vehicle sent for repair ("Отправить в ремонт") keeps its
// planned shift, and the dispatcher's panel offered it as "fits": a dialysis rider who needs a
// lift was put on the vehicle with the broken lift and texted a pickup, and the alert said every
// ride had a vehicle again. Now the preview and the save refuse such a shift in words (the plate
// and the provider's reason), and the alert keeps counting the ride as waiting. F23: an old alert
// reopened for a ride that a later alert owns, and listed a ride the rider cancelled as
// "assigned".
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { ALMATY, CENTRE, Fixtures, tomorrow, tomorrowAt } from './fixtures';

jest.setTimeout(120000);

const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

interface AlertRide {
  bookingId: string;
  status: string;
  waiting: boolean;
  vehiclePlate: string | null;
}
interface Alert {
  shiftId: string;
  kind: string;
  waiting: number;
  rides: AlertRide[];
}

describe('a vehicle out of service takes no ride; alerts stay true (issue 18, F9/F23)', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fx: Fixtures;
  let provider: string;
  const who: Record<'centre' | 'admin', { authorization: string }> = {} as never;

  beforeAll(async () => {
    t = await createTestEnv({ DISPATCHER_QUEUES: 'outbox,dispatch' });
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    worker = await createDispatcher(t.config);
    ds = worker.get(DataSource);
    fx = new Fixtures(ds);
    provider = await fx.provider();
    who.centre = {
      authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000c1', role: 'DISPATCHER', regionKato: ALMATY })}`,
    };
    who.admin = {
      authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000a2', role: 'PROVIDER_ADMIN', providerId: provider })}`,
    };
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await t?.teardown();
  });

  const http = () => api.getHttpAdapter().getInstance();
  const post = (url: string, as: keyof typeof who, payload: object, lang = 'ru') =>
    http().inject({ method: 'POST', url, payload, headers: { ...who[as], 'accept-language': lang } });
  const alerts = async (): Promise<Alert[]> =>
    (
      await http().inject({ method: 'GET', url: `/dispatch/board?date=${tomorrow()}`, headers: who.centre })
    ).json().alerts;
  const plateOf = async (vehicleId: string): Promise<string> =>
    (await ds.query(`SELECT plate FROM vehicle WHERE id = $1`, [vehicleId]))[0].plate;

  let broken: { shiftId: string; vehicleId: string };
  let plate: string;
  let dialysis: string;
  let other: string;

  it('the lift vehicle goes for repair: its rides wait, and it is refused as a target in words', async () => {
    const lift = { seats: 2, wheelchairPlaces: 1, lift: true, ramp: true, restraints: true };
    broken = await fx.shift(provider, { startsAt: tomorrowAt('06:00'), vehicle: lift });
    plate = await plateOf(broken.vehicleId);
    dialysis = (
      await fx.accepted({
        pickup: near(0.005, 0.005),
        dropoff: near(0.02, 0.02),
        pickupAt: tomorrowAt('07:00'),
        purpose: 'HAEMODIALYSIS',
        wheelchair: true,
      })
    ).id;
    other = (
      await fx.accepted({
        pickup: near(-0.01, 0.01),
        dropoff: near(0.01, -0.02),
        pickupAt: tomorrowAt('11:00'),
      })
    ).id;
    for (const id of [dialysis, other])
      await eventually(async () => (await fx.booking(id)).shift_id === broken.shiftId);
    const r = await post(`/fleet/vehicles/${broken.vehicleId}/status`, 'admin', {
      status: 'OUT_OF_SERVICE',
      reason: 'Сломался подъёмник',
    });
    expect(r.statusCode).toBe(200);
    for (const id of [dialysis, other])
      await eventually(async () => (await fx.booking(id)).status === 'WAITLISTED');

    const before = await fx.booking(dialysis);
    // The preview says it cannot be done, with the plate and the provider's words: no "fits".
    const preview = await post(`/dispatch/bookings/${dialysis}/assign-preview`, 'centre', {
      shiftId: broken.shiftId,
      expectedVersion: before.version,
    });
    expect(preview.statusCode).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ feasible: false, overridable: false, affected: [] });
    expect(p.refusal).toContain(plate);
    expect(p.refusal).toContain('Сломался подъёмник');
    expect(p.refusal).toMatch(/ремонт/);

    // Saving it is refused, with or without an override, and nothing changes.
    for (const body of [
      { shiftId: broken.shiftId, expectedVersion: before.version },
      {
        shiftId: broken.shiftId,
        expectedVersion: before.version,
        override: { reason: 'OTHER', note: 'Диспетчер решил так' },
      },
    ]) {
      const refused = await post(`/dispatch/bookings/${dialysis}/assign`, 'centre', body, 'en');
      expect(refused.statusCode).toBe(409);
      const e = refused.json() as { code: string; errors: { code: string; reason: string }[] };
      expect(e.code).toBe('VEHICLE_OUT_OF_SERVICE');
      expect(e.errors[0]!.reason).toContain(plate);
      expect(e.errors[0]!.reason).toMatch(/out of service/);
      expect(e.errors[0]!.reason).not.toContain(broken.shiftId);
    }
    const after = await fx.booking(dialysis);
    expect(after).toMatchObject({ status: 'WAITLISTED', version: before.version, shift_id: null });

    // The alert still counts both rides as waiting for a vehicle.
    const alert = (await alerts()).find((a) => a.shiftId === broken.shiftId);
    expect(alert).toMatchObject({ kind: 'VEHICLE_OUT_OF_SERVICE', waiting: 2 });
  });

  it('a ride left on a vehicle out of service still counts as waiting in the alert', async () => {
    // As a ride assigned before the check existed: on the broken vehicle's shift.
    await ds.query(
      `UPDATE booking SET status = 'SCHEDULED', shift_id = $2, version = version + 1 WHERE id = $1`,
      [other, broken.shiftId],
    );
    const alert = (await alerts()).find((a) => a.shiftId === broken.shiftId)!;
    expect(alert.waiting).toBe(2);
    expect(alert.rides.find((r) => r.bookingId === other)).toMatchObject({
      waiting: true,
      vehiclePlate: null,
    });
    await ds.query(
      `UPDATE booking SET status = 'WAITLISTED', shift_id = NULL, version = version + 1 WHERE id = $1`,
      [other],
    );
  });

  it('a ride sent back again belongs to the newest alert; a cancelled ride is not "assigned" (F23)', async () => {
    const spare = await fx.shift(provider, {
      startsAt: tomorrowAt('06:00'),
      vehicle: { seats: 2, wheelchairPlaces: 1, lift: true, ramp: true, restraints: true },
    });
    const sparePlate = await plateOf(spare.vehicleId);
    for (const id of [dialysis, other]) {
      const b = await fx.booking(id);
      const r = await post(`/dispatch/bookings/${id}/assign`, 'centre', {
        shiftId: spare.shiftId,
        expectedVersion: b.version,
      });
      expect(r.statusCode).toBe(200);
    }
    let old = (await alerts()).find((a) => a.shiftId === broken.shiftId)!;
    expect(old.waiting).toBe(0);
    expect(old.rides.every((r) => r.vehiclePlate === sparePlate)).toBe(true);

    // The rider cancels one ride: it keeps its old shift id, but it is on no vehicle.
    const o = await fx.booking(other);
    const cancelled = await post(`/bookings/${other}/cancel`, 'centre', { version: o.version });
    expect(cancelled.statusCode).toBe(200);
    old = (await alerts()).find((a) => a.shiftId === broken.shiftId)!;
    expect(old.rides.find((r) => r.bookingId === other)).toMatchObject({
      status: 'CANCELLED',
      waiting: false,
      vehiclePlate: null,
    });

    // The spare's shift is cancelled too: the dialysis ride waits again, under the new alert only.
    const c = await post(`/fleet/shifts/${spare.shiftId}/cancel`, 'admin', { reason: 'Водитель заболел' });
    expect(c.statusCode).toBe(200);
    await eventually(async () => (await fx.booking(dialysis)).status === 'WAITLISTED');
    const now = await alerts();
    const fresh = now.find((a) => a.shiftId === spare.shiftId)!;
    expect(fresh).toMatchObject({ kind: 'SHIFT_CANCELLED', waiting: 1 });
    expect(fresh.rides.map((r) => r.bookingId)).toEqual([dialysis]);
    old = now.find((a) => a.shiftId === broken.shiftId)!;
    expect(old.waiting).toBe(0);
    expect(old.rides.find((r) => r.bookingId === dialysis)?.waiting).toBe(false);

    // And the cancelled shift is refused as a target in the provider's words.
    const d = await fx.booking(dialysis);
    const preview = await post(`/dispatch/bookings/${dialysis}/assign-preview`, 'centre', {
      shiftId: spare.shiftId,
      expectedVersion: d.version,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().refusal).toContain(sparePlate);
    expect(preview.json().refusal).toContain('Водитель заболел');
  });
});
