import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { buildBin, type Role } from '@invataxi/domain';
import { CoverageRepository, createDataSource, SYSTEM_ACTOR } from '@invataxi/persistence';
import { ProviderRegistryService } from '@invataxi/providers';
import { createApi } from '../../apps/api/src/create-api';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { bookingRow, fieldsOf, insertBeneficiary, insertBooking } from './fixtures';

// West Kazakhstan: the region, Oral (a city code), a district and a settlement in it.
const WKO = '270000000';
const ORAL = '271010000';
const DISTRICT = '272000000';
const SETTLEMENT = '272035100';
const OTHER_DISTRICT_SETTLEMENT = '273010100';
const ASTANA = '710000000';
const ORAL_POINT = { lat: 51.2, lon: 51.37 };
const HOUR = 3_600_000;
const ids = (rows: { providerId: string }[]): string[] => rows.map((r) => r.providerId).sort();

describe('providers and fleet', () => {
  let t: TestEnv;
  let api: NestFastifyApplication;
  let ds: DataSource;
  let coverage: CoverageRepository;
  const officerId = randomUUID();

  const token = (role: Role, claims: { regionKato?: string; providerId?: string } = {}): string =>
    t.token({
      userId: claims.providerId && role !== 'LEB_OFFICER' ? randomUUID() : officerId,
      role,
      ...claims,
    });
  const officer = (): string => token('LEB_OFFICER', { regionKato: WKO });
  const admin = (providerId: string): string => token('PROVIDER_ADMIN', { providerId });

  async function call(method: 'GET' | 'POST' | 'PATCH', url: string, auth: string, payload?: object) {
    return api
      .getHttpAdapter()
      .getInstance()
      .inject({ method, url, headers: { authorization: `Bearer ${auth}` }, ...(payload ? { payload } : {}) });
  }

  let serial = 1;
  async function register(serviceArea: string[], extra: object = {}): Promise<string> {
    const r = await call('POST', '/providers', officer(), {
      bin: buildBin('1903', serial++),
      legalName: `Invataxi ${serial} LLP`,
      origin: 'LOCAL_REGISTRY',
      serviceArea,
      ...extra,
    });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  }

  async function vehicle(providerId: string, body: object): Promise<string> {
    const r = await call('POST', '/fleet/vehicles', admin(providerId), {
      plate: `${500 + serial++} XYZ 07`,
      model: 'Ford Transit',
      seats: 4,
      wheelchairPlaces: 0,
      ...body,
    });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  }

  async function driver(providerId: string): Promise<string> {
    const r = await call('POST', '/fleet/drivers', admin(providerId), {
      fullName: 'Driver Test',
      licenceNumber: `KZ${String(100000 + serial++)}`,
      phone: '+77010000000',
    });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  }

  function shiftBody(vehicleId: string, driverId: string, startKato: string, from: number, to: number) {
    return {
      vehicleId,
      driverId,
      startsAt: new Date(t.now().getTime() + from).toISOString(),
      endsAt: new Date(t.now().getTime() + to).toISOString(),
      start: ORAL_POINT,
      end: ORAL_POINT,
      startKato,
    };
  }

  async function shift(
    providerId: string,
    vehicleId: string,
    driverId: string,
    startKato: string,
  ): Promise<string> {
    const r = await call(
      'POST',
      '/fleet/shifts',
      admin(providerId),
      shiftBody(vehicleId, driverId, startKato, -HOUR, 7 * HOUR),
    );
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  }

  async function outbox(jobName: string): Promise<{ job_id: string; payload: Record<string, unknown> }[]> {
    return ds.query(`SELECT job_id, payload FROM outbox WHERE job_name = $1 ORDER BY id`, [jobName]);
  }

  beforeAll(async () => {
    t = await createTestEnv();
    api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    ds = createDataSource({ url: t.config.DATABASE_URL, poolSize: 2 });
    coverage = new CoverageRepository();
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await api?.close();
    await t?.teardown();
  });

  describe('registry', () => {
    it('lets the officer register a provider with a contract, audited, and tells procurement', async () => {
      const bin = buildBin('2001', 42);
      const r = await call('POST', '/providers', officer(), {
        bin,
        legalName: 'Oral Invataxi LLP',
        contacts: { phone: '8 (711) 200-00-00', email: 'office@example.kz' },
        origin: 'PROCUREMENT_CONTRACT',
        contractReference: 'GZ-2026-0001',
        serviceArea: [ORAL],
        contract: {
          reference: 'C-1',
          tariffPerTrip: 1500,
          tariffPerKm: 120,
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
        },
      });
      expect(r.statusCode).toBe(201);
      const body = r.json();
      expect(body).toMatchObject({
        bin,
        regionKato: WKO,
        status: 'ACTIVE',
        origin: 'PROCUREMENT_CONTRACT',
        serviceArea: [ORAL],
      });
      expect(body.contacts).toEqual({ phone: '+77112000000', email: 'office@example.kz' });
      expect(body.contracts).toEqual([
        expect.objectContaining({
          reference: 'C-1',
          tariffPerTrip: 1500,
          tariffPerKm: 120,
          validTo: '2026-12-31',
        }),
      ]);
      const audit = await ds.query(
        `SELECT actor_user_id, after FROM audit_log WHERE action = 'provider.registered' AND entity_id = $1`,
        [body.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_user_id).toBe(officerId);
      const jobs = await outbox('procurement.aggregate');
      expect(jobs.map((j) => j.payload)).toContainEqual({ regionKato: WKO });

      // the same BIN twice: 409
      const again = await call('POST', '/providers', officer(), {
        bin,
        legalName: 'Copy',
        origin: 'LOCAL_REGISTRY',
        serviceArea: [ORAL],
      });
      expect(again.statusCode).toBe(409);
    });

    it('answers bad input with field-level 400s', async () => {
      const r = await call('POST', '/providers', officer(), {
        bin: '190340000011',
        legalName: 'X',
        origin: 'PROCUREMENT_CONTRACT',
        serviceArea: ['27101'],
        contract: { reference: 'C', tariffPerTrip: -1, tariffPerKm: 1.5, validFrom: '2026-13-01' },
      });
      expect(r.statusCode).toBe(400);
      expect(fieldsOf(r)).toEqual(
        expect.arrayContaining([
          'legalName',
          'contractReference',
          'serviceArea',
          'contract.tariffPerTrip',
          'contract.tariffPerKm',
          'contract.validFrom',
        ]),
      );
      // the check digit is the domain's: a 12-digit BIN with a wrong one is named as such
      const good = buildBin('1903', 7);
      const wrong = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
      const bad = await call('POST', '/providers', officer(), {
        bin: wrong,
        legalName: 'Bad BIN LLP',
        origin: 'LOCAL_REGISTRY',
        serviceArea: [ORAL],
        contract: {
          reference: 'C',
          tariffPerTrip: 1,
          tariffPerKm: 1,
          validFrom: '2026-02-01',
          validTo: '2026-01-01',
        },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'bin', code: 'BIN_BAD_CHECK_DIGIT' }),
          expect.objectContaining({ field: 'contract.validTo', code: 'BEFORE_VALID_FROM' }),
        ]),
      );
    });

    it("refuses a service area outside the officer's region and another region's officer (403)", async () => {
      const outside = await call('POST', '/providers', officer(), {
        bin: buildBin('1903', 900),
        legalName: 'Wrong Area LLP',
        origin: 'LOCAL_REGISTRY',
        serviceArea: [ORAL, '711210000'],
      });
      expect(outside.statusCode).toBe(403);

      const id = await register([ORAL]);
      const astana = token('LEB_OFFICER', { regionKato: ASTANA });
      expect((await call('GET', `/providers/${id}`, astana)).statusCode).toBe(403);
      expect(
        (await call('PATCH', `/providers/${id}`, astana, { legalName: 'Taken Over LLP' })).statusCode,
      ).toBe(403);
      expect(
        (await call('POST', `/providers/${id}/status`, astana, { status: 'SUSPENDED', reason: 'no reason' }))
          .statusCode,
      ).toBe(403);
      const contract = { reference: 'X', tariffPerTrip: 1, tariffPerKm: 1, validFrom: '2030-01-01' };
      expect((await call('POST', `/providers/${id}/contracts`, astana, contract)).statusCode).toBe(403);
      expect((await call('GET', '/providers', astana)).json()).toEqual([]);
      // and a provider admin cannot change the registry at all
      expect(
        (await call('PATCH', `/providers/${id}`, admin(id), { legalName: 'Self-made LLP' })).statusCode,
      ).toBe(403);
      // nor extend the area outside the region through an update
      expect(
        (await call('PATCH', `/providers/${id}`, officer(), { serviceArea: [ORAL, ASTANA] })).statusCode,
      ).toBe(403);
      const own = await call('GET', `/providers/${id}`, officer());
      expect(own.json().serviceArea).toEqual([ORAL]);
    });

    it('onboards an awarded supplier when the system (procurement) calls the use case', async () => {
      const registry = api.get(ProviderRegistryService);
      const bin = buildBin('2405', 77);
      const command = {
        bin,
        legalName: 'Awarded Supplier LLP',
        origin: 'PROCUREMENT_CONTRACT' as const,
        contractReference: 'GZ-2026-0777',
        serviceArea: [DISTRICT],
        regionKato: WKO,
        contract: {
          reference: 'GZ-2026-0777',
          tariffPerTrip: 1800,
          tariffPerKm: 110,
          validFrom: '2026-03-01',
        },
      };
      const { providerId } = await registry.register(command, SYSTEM_ACTOR);
      const [row] = await ds.query(`SELECT origin, region_kato, status FROM provider WHERE id = $1`, [
        providerId,
      ]);
      expect(row).toEqual({ origin: 'PROCUREMENT_CONTRACT', region_kato: WKO, status: 'ACTIVE' });
      expect(ids(await coverage.providersCovering(ds.manager, { kato: SETTLEMENT }))).toContain(providerId);
      const [audit] = await ds.query(
        `SELECT actor_role FROM audit_log WHERE action = 'provider.registered' AND entity_id = $1`,
        [providerId],
      );
      expect(audit.actor_role).toBe('SYSTEM');
      // the system still names an area inside the region, and only officers and the system act
      await expect(
        registry.register({ ...command, bin: buildBin('2405', 78), serviceArea: [ASTANA] }, SYSTEM_ACTOR),
      ).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(
        registry.register(
          { ...command, bin: buildBin('2405', 79) },
          { userId: randomUUID(), role: 'PROVIDER_ADMIN' },
        ),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });

      // a known supplier that wins another district: found by BIN, its area extended
      expect(await registry.findByBin(bin)).toEqual({ providerId, regionKato: WKO, status: 'ACTIVE' });
      expect(await registry.findByBin(buildBin('2405', 80))).toBeNull();
      const extended = await registry.extendServiceArea(providerId, ['275000000', DISTRICT], SYSTEM_ACTOR);
      expect(extended.serviceArea).toEqual([DISTRICT, '275000000']);
      expect(ids(await coverage.providersCovering(ds.manager, { kato: '275010100' }))).toContain(providerId);
      await expect(registry.extendServiceArea(providerId, [ASTANA], SYSTEM_ACTOR)).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    });

    it('rejects overlapping contract periods (409) and accepts the next period', async () => {
      const id = await register([ORAL]);
      const add = (validFrom: string, validTo?: string) =>
        call('POST', `/providers/${id}/contracts`, officer(), {
          reference: `C-${validFrom}`,
          tariffPerTrip: 2000,
          tariffPerKm: 100,
          validFrom,
          ...(validTo ? { validTo } : {}),
        });
      expect((await add('2026-01-01', '2026-06-30')).statusCode).toBe(201);
      const overlap = await add('2026-06-30', '2026-12-31');
      expect(overlap.statusCode).toBe(409);
      expect(overlap.json().reasons).toEqual([expect.objectContaining({ code: 'CONTRACT_PERIOD_OVERLAP' })]);
      expect((await add('2026-07-01')).statusCode).toBe(201);
      // open-ended from July: any later period overlaps it
      expect((await add('2027-01-01', '2027-02-01')).statusCode).toBe(409);
      const view = await call('GET', `/providers/${id}`, officer());
      expect(view.json().contracts.map((c: { validFrom: string }) => c.validFrom)).toEqual([
        '2026-01-01',
        '2026-07-01',
      ]);
    });
  });

  describe('fleet', () => {
    let providerId: string;
    let otherProviderId: string;
    let vehicleId: string;
    let driverId: string;

    beforeAll(async () => {
      providerId = await register([ORAL]);
      otherProviderId = await register([ORAL]);
    });

    it('adds vehicles with normalised plates and validated capacity', async () => {
      const r = await call('POST', '/fleet/vehicles', admin(providerId), {
        plate: '123 abc 07',
        model: 'Ford Transit',
        seats: 4,
        wheelchairPlaces: 1,
        alternativeLayouts: [{ seats: 2, wheelchairPlaces: 2 }],
        hasRamp: true,
        hasRestraints: true,
      });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({
        plate: '123ABC07',
        providerId,
        status: 'ACTIVE',
        hasRamp: true,
        hasLift: false,
      });
      vehicleId = r.json().id;

      const dup = await call('POST', '/fleet/vehicles', admin(otherProviderId), {
        plate: '123ABC07',
        model: 'Copy',
        seats: 4,
        wheelchairPlaces: 0,
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json()).toMatchObject({
        code: 'CONFLICT',
        message: 'Машина с этим госномером уже зарегистрирована.',
        reasons: [
          { code: 'PLATE_EXISTS', field: 'plate', message: 'Машина с этим госномером уже зарегистрирована.' },
        ],
      });

      const bad = await call('POST', '/fleet/vehicles', admin(providerId), {
        plate: '12 ABCD 99',
        model: 'Van',
        seats: -1,
        wheelchairPlaces: 1,
        alternativeLayouts: [{ seats: 1 }],
      });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(
        expect.arrayContaining(['seats', 'alternativeLayouts[0].wheelchairPlaces']),
      );
      const plate = await call('POST', '/fleet/vehicles', admin(providerId), {
        plate: '12 ABCD 99',
        model: 'Van',
        seats: 3,
        wheelchairPlaces: 1,
      });
      expect(plate.statusCode).toBe(400);
      expect(fieldsOf(plate)).toEqual(['plate']);
    });

    it('adds drivers with a +7 phone and a DRIVER user who can sign in', async () => {
      const r = await call('POST', '/fleet/drivers', admin(providerId), {
        fullName: 'Aidos Serikov',
        licenceNumber: 'kz 123456',
        phone: '8 (701) 234-56-78',
      });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({ phone: '+77012345678', licenceNumber: 'KZ123456', status: 'ACTIVE' });
      driverId = r.json().id;
      const [user] = await ds.query(`SELECT role, provider_id, driver_id FROM app_user WHERE id = $1`, [
        r.json().userId,
      ]);
      expect(user).toEqual({ role: 'DRIVER', provider_id: providerId, driver_id: driverId });
      // the audit row carries ids only, never the name or the phone
      const [audit] = await ds.query(
        `SELECT after::text AS after FROM audit_log WHERE action = 'driver.created' AND entity_id = $1`,
        [driverId],
      );
      expect(audit.after).not.toMatch(/Aidos|7012345678|123456/);

      const bad = await call('POST', '/fleet/drivers', admin(providerId), {
        fullName: 'A',
        licenceNumber: '12',
        phone: '+1 555 0100',
      });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['fullName', 'licenceNumber', 'phone']));
    });

    it('adds shifts; an overlap of vehicle or driver is 409; outside the area or bad times 400', async () => {
      const ok = await call(
        'POST',
        '/fleet/shifts',
        admin(providerId),
        shiftBody(vehicleId, driverId, ORAL, -HOUR, 7 * HOUR),
      );
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ status: 'PLANNED', startKato: ORAL, start: ORAL_POINT });
      const retry = await outbox('dispatch.retry-waitlist');
      expect(retry.map((j) => j.payload)).toContainEqual({ regionKato: WKO, reason: 'SHIFT_ADDED' });
      expect((await outbox('procurement.aggregate')).map((j) => j.job_id)).toContainEqual(
        expect.stringContaining(ok.json().id),
      );

      const sameVehicle = await call(
        'POST',
        '/fleet/shifts',
        admin(providerId),
        shiftBody(vehicleId, await driver(providerId), ORAL, 6 * HOUR, 10 * HOUR),
      );
      expect(sameVehicle.statusCode).toBe(409);
      expect(sameVehicle.json().reasons).toEqual([
        expect.objectContaining({ code: 'VEHICLE_SHIFT_OVERLAP' }),
      ]);
      // Issue 18: the refusal says what conflicted (Russian by default), not "such a record exists".
      expect(sameVehicle.json().message).toBe('У машины в это время уже есть другая смена.');
      expect(sameVehicle.json().reasons[0].message).toBe('У машины в это время уже есть другая смена.');
      const v2 = await vehicle(providerId, {});
      const sameDriver = await call(
        'POST',
        '/fleet/shifts',
        admin(providerId),
        shiftBody(v2, driverId, ORAL, 2 * HOUR, 3 * HOUR),
      );
      expect(sameDriver.statusCode).toBe(409);
      expect(sameDriver.json().reasons).toEqual([expect.objectContaining({ code: 'DRIVER_SHIFT_OVERLAP' })]);
      // right after the first one ends: no overlap
      const after = await call(
        'POST',
        '/fleet/shifts',
        admin(providerId),
        shiftBody(v2, driverId, ORAL, 7 * HOUR, 9 * HOUR),
      );
      expect(after.statusCode).toBe(201);

      const outside = await call(
        'POST',
        '/fleet/shifts',
        admin(providerId),
        shiftBody(v2, await driver(providerId), SETTLEMENT, 10 * HOUR, 12 * HOUR),
      );
      expect(outside.statusCode).toBe(400);
      expect(fieldsOf(outside)).toEqual(['startKato']);

      const backwards = await call(
        'POST',
        '/fleet/shifts',
        admin(providerId),
        shiftBody(v2, driverId, ORAL, 12 * HOUR, 11 * HOUR),
      );
      expect(backwards.statusCode).toBe(400);
      expect(fieldsOf(backwards)).toEqual(['endsAt']);

      const abroad = await call('POST', '/fleet/shifts', admin(providerId), {
        ...shiftBody(v2, driverId, ORAL, 12 * HOUR, 13 * HOUR),
        start: { lat: 0, lon: 0 },
        end: { lat: 55.75, lon: 37.62 },
      });
      expect(abroad.statusCode).toBe(400);
      expect(fieldsOf(abroad)).toEqual(expect.arrayContaining(['start.lat', 'start.lon', 'end.lon']));
    });

    it('two overlapping shifts for one vehicle at the same moment: one 201, one 409', async () => {
      const v = await vehicle(providerId, {});
      const [d1, d2] = [await driver(providerId), await driver(providerId)];
      const results = await Promise.all([
        call('POST', '/fleet/shifts', admin(providerId), shiftBody(v, d1, ORAL, 30 * HOUR, 34 * HOUR)),
        call('POST', '/fleet/shifts', admin(providerId), shiftBody(v, d2, ORAL, 31 * HOUR, 35 * HOUR)),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM shift WHERE vehicle_id = $1`, [v]);
      expect(n).toBe(1);
    });

    it("refuses another provider's fleet and lets the provider's dispatcher read but not write", async () => {
      const other = admin(otherProviderId);
      expect((await call('GET', `/fleet/vehicles/${vehicleId}`, other)).statusCode).toBe(403);
      expect((await call('GET', `/fleet/drivers/${driverId}`, other)).statusCode).toBe(403);
      expect(
        (await call('POST', `/fleet/vehicles/${vehicleId}/status`, other, { status: 'OUT_OF_SERVICE' }))
          .statusCode,
      ).toBe(403);
      expect((await call('GET', `/fleet/vehicles?providerId=${providerId}`, other)).statusCode).toBe(403);
      const otherDriver = await driver(otherProviderId);
      const borrow = await call(
        'POST',
        '/fleet/shifts',
        other,
        shiftBody(vehicleId, otherDriver, ORAL, 20 * HOUR, 21 * HOUR),
      );
      expect(borrow.statusCode).toBe(403);
      expect((await call('GET', '/fleet/vehicles', other)).json()).toHaveLength(0);

      const dispatcher = token('DISPATCHER', { providerId });
      const list = await call('GET', '/fleet/vehicles', dispatcher);
      expect(list.statusCode).toBe(200);
      expect(list.json().map((v: { id: string }) => v.id)).toContain(vehicleId);
      expect((await call('GET', '/fleet/shifts', dispatcher)).json().length).toBeGreaterThan(0);
      expect(
        (
          await call('POST', '/fleet/vehicles', dispatcher, {
            plate: '999AAA01',
            model: 'x',
            seats: 1,
            wheelchairPlaces: 0,
          })
        ).statusCode,
      ).toBe(403);

      // the region's officer reads a named provider's fleet; another region's does not
      expect((await call('GET', `/fleet/drivers?providerId=${providerId}`, officer())).statusCode).toBe(200);
      const astana = token('LEB_OFFICER', { regionKato: ASTANA });
      expect((await call('GET', `/fleet/drivers?providerId=${providerId}`, astana)).statusCode).toBe(403);
      // naming no provider, a region's reader sees the fleet of every provider of the region
      const regionShifts = (await call('GET', '/fleet/shifts', officer())).json();
      expect(regionShifts.map((x: { providerId: string }) => x.providerId)).toContain(providerId);
      expect((await call('GET', '/fleet/vehicles', astana)).json()).toEqual([]);
      // the ministry's analyst reads the national overview; an officer only their region's
      const national = await call('GET', '/providers', token('MINISTRY_ANALYST'));
      expect(national.json().map((x: { id: string }) => x.id)).toContain(providerId);
    });
  });

  describe('coverage', () => {
    let regional: string;
    let district: string;
    let settlement: string;
    let suspended: string;

    beforeAll(async () => {
      regional = await register([WKO]);
      district = await register([DISTRICT]);
      settlement = await register([SETTLEMENT]);
      suspended = await register([DISTRICT]);
      // district: a ramp van with a wheelchair place on shift now
      await shift(
        district,
        await vehicle(district, { seats: 3, wheelchairPlaces: 1, hasRamp: true }),
        await driver(district),
        SETTLEMENT,
      );
      // settlement: a car whose second layout takes a wheelchair, no ramp, on shift now
      await shift(
        settlement,
        await vehicle(settlement, {
          seats: 4,
          wheelchairPlaces: 0,
          alternativeLayouts: [{ seats: 2, wheelchairPlaces: 1 }],
        }),
        await driver(settlement),
        SETTLEMENT,
      );
      // the regional provider has a seats-only car and no shift
      await vehicle(regional, { seats: 4, wheelchairPlaces: 0 });
      const s = await call('POST', `/providers/${suspended}/status`, officer(), {
        status: 'SUSPENDED',
        reason: 'licence check',
      });
      expect(s.statusCode).toBe(200);
    });

    it('answers for a settlement, a district and a region (ACTIVE providers only)', async () => {
      const q = async (kato: string) =>
        ids((await call('GET', `/providers/coverage?kato=${kato}`, officer())).json());
      expect(await q(SETTLEMENT)).toEqual(expect.arrayContaining([regional, district, settlement]));
      expect(await q(SETTLEMENT)).not.toContain(suspended);
      const d = await q(DISTRICT);
      expect(d).toEqual(expect.arrayContaining([regional, district]));
      expect(d).not.toContain(settlement);
      const r = await q(WKO);
      expect(r).toContain(regional);
      expect(r).not.toContain(district);
      const elsewhere = await q(OTHER_DISTRICT_SETTLEMENT);
      expect(elsewhere).toContain(regional);
      expect(elsewhere).not.toContain(district);
      expect(elsewhere).not.toContain(settlement);
    });

    it('answers for a wheelchair need at a time, by shift and vehicle layout and equipment', async () => {
      const at = new Date(t.now().getTime() + HOUR).toISOString();
      const wheelchair = (
        await call('GET', `/providers/coverage?kato=${SETTLEMENT}&at=${at}&wheelchairPlaces=1`, officer())
      ).json();
      expect(ids(wheelchair)).toEqual([district, settlement].sort());
      expect(wheelchair.every((p: { shiftIds: string[] }) => p.shiftIds.length === 1)).toBe(true);
      const ramp = await call(
        'GET',
        `/providers/coverage?kato=${SETTLEMENT}&at=${at}&wheelchairPlaces=1&ramp=true`,
        officer(),
      );
      expect(ids(ramp.json())).toEqual([district]);
      // nobody is on shift in ten hours
      const later = new Date(t.now().getTime() + 10 * HOUR).toISOString();
      expect(
        (await call('GET', `/providers/coverage?kato=${SETTLEMENT}&at=${later}`, officer())).json(),
      ).toEqual([]);
      // without a time: any ACTIVE vehicle that fits
      const fleetOnly = await coverage.providersCovering(ds.manager, {
        kato: SETTLEMENT,
        need: { seats: 4 },
      });
      expect(ids(fleetOnly)).toEqual(expect.arrayContaining([regional, settlement]));
      expect(ids(fleetOnly)).not.toContain(district);
      // the query as dispatch calls it, in a transaction's manager
      const inTx = await ds.transaction((m) =>
        coverage.providersCovering(m, {
          kato: SETTLEMENT,
          at: new Date(at),
          need: { wheelchairPlaces: 1, lift: true },
        }),
      );
      expect(inTx).toEqual([]);
    });

    it("refuses a code outside the caller's region, and bad parameters", async () => {
      expect((await call('GET', `/providers/coverage?kato=${ASTANA}`, officer())).statusCode).toBe(403);
      const bad = await call('GET', `/providers/coverage?kato=12&wheelchairPlaces=-1&ramp=maybe`, officer());
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['kato', 'wheelchairPlaces', 'ramp']));
    });
  });

  describe('changes never drop work', () => {
    it('a suspension sends planned bookings back to dispatch, with outbox and audit', async () => {
      const providerId = await register([ORAL]);
      const vehicleId = await vehicle(providerId, { wheelchairPlaces: 1, hasRamp: true });
      const shiftId = await shift(providerId, vehicleId, await driver(providerId), ORAL);
      const who = await insertBeneficiary(ds, ORAL);
      const base = {
        beneficiaryId: who,
        regionKato: WKO,
        pickupKato: ORAL,
        shiftId,
        pickupAt: new Date(t.now().getTime() + 2 * HOUR),
      };
      const planned = await insertBooking(ds, { ...base, status: 'SCHEDULED' });
      const underWay = await insertBooking(ds, { ...base, status: 'EN_ROUTE' });
      const waiting = await insertBooking(ds, { ...base, status: 'ACCEPTED', shiftId: null });
      const served = await insertBooking(ds, {
        ...base,
        status: 'COMPLETED',
        withStops: false,
        completedAt: t.now(),
      });

      // the officer's overview, in one query: fleet, wheelchair places, shifts today, trips this month
      const list = (await call('GET', '/providers', officer())).json();
      expect(list.find((p: { id: string }) => p.id === providerId)).toMatchObject({
        vehicles: 1,
        activeVehicles: 1,
        wheelchairPlaces: 1,
        activeShiftsToday: 1,
        bookingsServedThisMonth: 1,
      });

      const r = await call('POST', `/providers/${providerId}/status`, officer(), {
        status: 'SUSPENDED',
        reason: 'licence check',
      });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ status: 'SUSPENDED', sentBackToDispatch: [planned] });

      const b = await bookingRow(ds, planned);
      expect(b).toMatchObject({
        status: 'ACCEPTED',
        version: 4,
        shift_id: null,
        status_reason: 'PROVIDER_SUSPENDED',
        planned_pickup_at: null,
        planned_dropoff_at: null,
      });
      expect(await ds.query(`SELECT 1 FROM route_stop WHERE booking_id = $1`, [planned])).toHaveLength(0);
      const dispatch = await outbox('dispatch.booking');
      expect(dispatch.map((j) => j.payload)).toContainEqual({ bookingId: planned, version: 4 });
      const audits = await ds.query(
        `SELECT action, entity_id, after FROM audit_log WHERE (entity_id = $1 AND action = 'booking.accepted') OR (entity_id = $2 AND action = 'provider.suspended')`,
        [planned, providerId],
      );
      expect(audits.map((a: { action: string }) => a.action).sort()).toEqual([
        'booking.accepted',
        'provider.suspended',
      ]);
      expect(audits.find((a: { action: string }) => a.action === 'booking.accepted').after).toMatchObject({
        status: 'ACCEPTED',
        reason: 'PROVIDER_SUSPENDED',
        shiftId: null,
      });

      // a ride under way stays with its driver; others are untouched
      expect((await bookingRow(ds, underWay)).status).toBe('EN_ROUTE');
      expect(await ds.query(`SELECT 1 FROM route_stop WHERE booking_id = $1`, [underWay])).toHaveLength(2);
      expect((await bookingRow(ds, waiting)).version).toBe(3);
      expect((await bookingRow(ds, served)).status).toBe('COMPLETED');

      // suspended: no new shift, gone from coverage; reinstated: the waitlist is retried
      const v2 = await vehicle(providerId, {});
      const blocked = await call(
        'POST',
        '/fleet/shifts',
        admin(providerId),
        shiftBody(v2, await driver(providerId), ORAL, 8 * HOUR, 9 * HOUR),
      );
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().reasons).toEqual([expect.objectContaining({ code: 'PROVIDER_NOT_ACTIVE' })]);
      expect(ids(await coverage.providersCovering(ds.manager, { kato: ORAL }))).not.toContain(providerId);
      const back = await call('POST', `/providers/${providerId}/status`, officer(), {
        status: 'ACTIVE',
        reason: 'licence checked',
      });
      expect(back.statusCode).toBe(200);
      expect((await outbox('dispatch.retry-waitlist')).map((j) => j.payload)).toContainEqual({
        regionKato: WKO,
        reason: 'PROVIDER_REINSTATED',
      });
    });

    it('cancelling a shift and taking a vehicle out of service send their planned bookings back', async () => {
      const providerId = await register([ORAL]);
      const who = await insertBeneficiary(ds, ORAL);
      const s1 = await shift(providerId, await vehicle(providerId, {}), await driver(providerId), ORAL);
      const v2 = await vehicle(providerId, {});
      const s2 = await shift(providerId, v2, await driver(providerId), ORAL);
      const base = {
        beneficiaryId: who,
        regionKato: WKO,
        pickupKato: ORAL,
        status: 'SCHEDULED',
        pickupAt: new Date(t.now().getTime() + HOUR),
      };
      const onS1 = await insertBooking(ds, { ...base, shiftId: s1 });
      const onS2 = await insertBooking(ds, { ...base, shiftId: s2 });

      const c = await call('POST', `/fleet/shifts/${s1}/cancel`, admin(providerId), { reason: 'driver ill' });
      expect(c.statusCode).toBe(200);
      expect(c.json()).toMatchObject({ status: 'CANCELLED', sentBackToDispatch: [onS1] });
      expect(await bookingRow(ds, onS1)).toMatchObject({
        status: 'ACCEPTED',
        status_reason: 'SHIFT_CANCELLED',
        shift_id: null,
      });
      expect(await bookingRow(ds, onS2)).toMatchObject({ status: 'SCHEDULED', shift_id: s2 });
      expect(
        (await call('POST', `/fleet/shifts/${s1}/cancel`, admin(providerId), { reason: 'again' })).statusCode,
      ).toBe(409);

      const o = await call('POST', `/fleet/vehicles/${v2}/status`, admin(providerId), {
        status: 'OUT_OF_SERVICE',
        reason: 'gearbox',
      });
      expect(o.statusCode).toBe(200);
      expect(o.json()).toMatchObject({ status: 'OUT_OF_SERVICE', sentBackToDispatch: [onS2] });
      expect(await bookingRow(ds, onS2)).toMatchObject({
        status: 'ACCEPTED',
        status_reason: 'VEHICLE_OUT_OF_SERVICE',
      });
      expect(
        await ds.query(`SELECT 1 FROM route_stop WHERE shift_id = ANY($1::uuid[])`, [[s1, s2]]),
      ).toHaveLength(0);
    });

    it('a smaller area, a vehicle that lost its wheelchair place, an inactive driver: only what no longer fits goes back', async () => {
      const providerId = await register([ORAL, DISTRICT]);
      const who = await insertBeneficiary(ds, ORAL);
      const v1 = await vehicle(providerId, { seats: 3, wheelchairPlaces: 1, hasRamp: true });
      const s1 = await shift(providerId, v1, await driver(providerId), ORAL);
      const d2 = await driver(providerId);
      const s2 = await shift(providerId, await vehicle(providerId, { wheelchairPlaces: 1 }), d2, ORAL);
      const base = {
        beneficiaryId: who,
        regionKato: WKO,
        status: 'SCHEDULED',
        pickupAt: new Date(t.now().getTime() + HOUR),
      };
      const inOral = await insertBooking(ds, { ...base, pickupKato: ORAL, shiftId: s1 });
      const inDistrict = await insertBooking(ds, { ...base, pickupKato: SETTLEMENT, shiftId: s1 });
      const onS2 = await insertBooking(ds, { ...base, pickupKato: ORAL, shiftId: s2 });

      const area = await call('PATCH', `/providers/${providerId}`, officer(), { serviceArea: [ORAL] });
      expect(area.statusCode).toBe(200);
      expect(area.json().sentBackToDispatch).toEqual([inDistrict]);
      expect(await bookingRow(ds, inDistrict)).toMatchObject({
        status: 'ACCEPTED',
        status_reason: 'SERVICE_AREA_REDUCED',
      });
      expect((await bookingRow(ds, inOral)).status).toBe('SCHEDULED');

      // the rides need no ramp: removing it keeps them; removing the wheelchair place does not
      const ramp = await call('PATCH', `/fleet/vehicles/${v1}`, admin(providerId), { hasRamp: false });
      expect(ramp.json().sentBackToDispatch).toEqual([]);
      const seatsOnly = await call('PATCH', `/fleet/vehicles/${v1}`, admin(providerId), {
        wheelchairPlaces: 0,
      });
      expect(seatsOnly.statusCode).toBe(200);
      expect(seatsOnly.json().sentBackToDispatch).toEqual([inOral]);
      expect(await bookingRow(ds, inOral)).toMatchObject({
        status: 'ACCEPTED',
        status_reason: 'VEHICLE_NO_LONGER_FITS',
      });
      const noCapacity = await call('PATCH', `/fleet/vehicles/${v1}`, admin(providerId), { seats: 0 });
      expect(noCapacity.statusCode).toBe(400);
      expect(fieldsOf(noCapacity)).toEqual(['seats']);

      const inactive = await call('POST', `/fleet/drivers/${d2}/status`, admin(providerId), {
        status: 'INACTIVE',
      });
      expect(inactive.statusCode).toBe(200);
      expect(inactive.json().sentBackToDispatch).toEqual([onS2]);
      expect(await bookingRow(ds, onS2)).toMatchObject({
        status: 'ACCEPTED',
        status_reason: 'DRIVER_INACTIVE',
      });
    });

    it('terminating the last provider of an area cancels its planned shifts and hands the area to procurement', async () => {
      const area = '274000000';
      const providerId = await register([area]);
      const s = await shift(providerId, await vehicle(providerId, {}), await driver(providerId), area);
      const who = await insertBeneficiary(ds, ORAL);
      const booking = await insertBooking(ds, {
        beneficiaryId: who,
        regionKato: WKO,
        pickupKato: '274010100',
        status: 'SCHEDULED',
        shiftId: s,
        pickupAt: new Date(t.now().getTime() + HOUR),
      });
      const r = await call('POST', `/providers/${providerId}/status`, officer(), {
        status: 'TERMINATED',
        reason: 'contract ended',
      });
      expect(r.statusCode).toBe(200);
      expect(await bookingRow(ds, booking)).toMatchObject({
        status: 'ACCEPTED',
        status_reason: 'PROVIDER_TERMINATED',
      });
      const [row] = await ds.query(`SELECT status, status_reason FROM shift WHERE id = $1`, [s]);
      expect(row).toEqual({ status: 'CANCELLED', status_reason: 'PROVIDER_TERMINATED' });
      // nobody but the region-wide provider covers it now: dispatch will hand it to procurement
      const left = await coverage.providersCovering(ds.manager, { kato: '274010100' });
      expect(left.every((p) => p.coveredBy.includes(WKO))).toBe(true);
      expect((await outbox('procurement.aggregate')).length).toBeGreaterThan(1);
      // terminated is final
      const again = await call('POST', `/providers/${providerId}/status`, officer(), {
        status: 'ACTIVE',
        reason: 'oops',
      });
      expect(again.statusCode).toBe(409);
      // and takes no new contract
      const contract = await call('POST', `/providers/${providerId}/contracts`, officer(), {
        reference: 'C-after-termination',
        tariffPerTrip: 2000,
        tariffPerKm: 100,
        validFrom: '2030-01-01',
      });
      expect(contract.statusCode).toBe(409);
      const contracts = await ds.query(
        `SELECT 1 FROM provider_contract WHERE provider_id = $1 AND reference = $2`,
        [providerId, 'C-after-termination'],
      );
      expect(contracts).toHaveLength(0);
    });
  });
});
