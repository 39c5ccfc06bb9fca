import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import {
  BeneficiaryEntity,
  BookingEntity,
  BookingsRepository,
  ROW_SHAPES,
  SYSTEM_ACTOR,
  createDataSource,
  transactInOneStatement,
  insertReturning,
  queryPrepared,
  selectById,
  updateVersionedReturning,
} from '@invataxi/persistence';
import { createTestEnv, type TestEnv } from '../support/test-env';

/**
 * The hot path's plain-SQL rows must be exactly what TypeORM itself reads back: same types
 * (Date, 'YYYY-MM-DD' strings, Buffer, jsonb, booleans, numbers), defaults filled, version set.
 */
describe('rows: insertReturning and selectById agree with TypeORM', () => {
  let t: TestEnv;
  let ds: DataSource;

  beforeAll(async () => {
    t = await createTestEnv();
    ds = await createDataSource({ url: t.config.DATABASE_URL, poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await t?.teardown();
  });

  // By TypeORM's own read (typed loosely: the jsonb columns' deep types overwhelm the checker).
  const readBack = (id: string): Promise<BeneficiaryEntity> =>
    ds.getRepository(BeneficiaryEntity).findOneOrFail({ where: { id } as never });

  const person = (hash: string): Partial<BeneficiaryEntity> => ({
    iinCiphertext: Buffer.from([0, 1, 2, 250]),
    iinKeyId: 'k1',
    iinHash: hash.padEnd(64, '0'),
    iinMasked: '900101******',
    fullName: 'Айгерим Сәрсенова',
    birthDate: '1990-01-01',
    sex: 'F',
    residenceKato: '711410000',
    residenceAddress: 'Астана, Мәңгілік Ел 1',
    residenceLat: 51.128,
    residenceLon: 71.43,
    disabilityCategory: 'ADULT_GROUP_1',
    disabilityValidUntil: null,
    mobility: { wheelchair: 'MANUAL', needsRamp: true, needsLift: false } as never,
    suspendedUntil: new Date('2026-12-01T05:00:00.000Z'),
  });

  it('inserts with defaults and returns the row as TypeORM reads it', async () => {
    const inserted = await insertReturning(ds.manager, BeneficiaryEntity, person('a'));
    const read = await readBack(inserted.id);
    expect(inserted).toEqual(read);
    expect(inserted).toBeInstanceOf(BeneficiaryEntity);
    expect(inserted).toMatchObject({ version: 1, language: 'ru', evidence: [], companionEntitled: false });
    expect(inserted.birthDate).toBe('1990-01-01');
    expect(inserted.createdAt).toBeInstanceOf(Date);
  });

  it('keeps a given version and reads one row by id, locked or not', async () => {
    const inserted = await insertReturning(ds.manager, BeneficiaryEntity, { ...person('b'), version: 7 });
    expect(inserted.version).toBe(7);
    const plain = await selectById(ds.manager, BeneficiaryEntity, inserted.id);
    expect(plain).toEqual(await readBack(inserted.id));
    const locked = await ds.transaction((m) =>
      selectById(m, BeneficiaryEntity, inserted.id, 'FOR NO KEY UPDATE'),
    );
    expect(locked).toEqual(plain);
    expect(
      await selectById(ds.manager, BeneficiaryEntity, '00000000-0000-4000-8000-000000000000'),
    ).toBeNull();
  });

  it('updateVersionedReturning writes what TypeORM update would (version + 1, updated_at) and returns the row', async () => {
    const inserted = await insertReturning(ds.manager, BeneficiaryEntity, person('d'));
    const patch: Partial<BeneficiaryEntity> = {
      language: 'kk',
      mobility: { wheelchair: 'NONE', needsRamp: false, needsLift: true } as never,
      suspendedUntil: null,
    };
    const out = await updateVersionedReturning(ds.manager, BeneficiaryEntity, inserted.id, 1, patch);
    const read = await readBack(inserted.id);
    expect(out?.row).toEqual(read);
    expect(read).toMatchObject({
      version: 2,
      language: 'kk',
      suspendedUntil: null,
      mobility: patch.mobility,
    });
    expect(read.updatedAt.getTime()).toBeGreaterThanOrEqual(inserted.updatedAt.getTime());
    // A stale version matches no row; a key that is not a plain column is left to TypeORM.
    expect(await updateVersionedReturning(ds.manager, BeneficiaryEntity, inserted.id, 1, patch)).toEqual({
      row: null,
    });
    expect(
      await updateVersionedReturning(ds.manager, BeneficiaryEntity, inserted.id, 2, { nope: 1 } as never),
    ).toBeNull();
    expect((await readBack(inserted.id)).version).toBe(2);
  });

  it('queryPrepared: named statements reused on a connection, errors still QueryFailedError with the code', async () => {
    await ds.transaction(async (m) => {
      for (let i = 0; i < 7; i++)
        expect(await queryPrepared<{ n: number }>(m, 'SELECT $1::int + 1 AS n', [i])).toEqual([{ n: i + 1 }]);
      expect(await queryPrepared<{ s: string }>(m, 'SELECT $1::text AS s', ['x'])).toEqual([{ s: 'x' }]);
    });
    const taken = person('c');
    await insertReturning(ds.manager, BeneficiaryEntity, taken);
    const again = insertReturning(ds.manager, BeneficiaryEntity, taken);
    await expect(again).rejects.toBeInstanceOf(QueryFailedError);
    await expect(again).rejects.toMatchObject({ driverError: { code: '23505' } });
  });

  it('each RowShape says what its entity declares (table, columns in snake_case, date and jsonb columns, version)', () => {
    for (const [entity, shape] of ROW_SHAPES) {
      const meta = ds.getMetadata(entity);
      expect(shape.table).toBe(meta.tableName);
      expect([...shape.columns].sort()).toEqual(meta.columns.map((c) => c.propertyName).sort());
      for (const c of meta.columns)
        expect(c.databaseName).toBe(c.propertyName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
      const typed = (type: string) =>
        meta.columns
          .filter((c) => c.type === type)
          .map((c) => c.propertyName)
          .sort();
      expect([...shape.dates].sort()).toEqual(typed('date'));
      expect([...shape.jsonb].sort()).toEqual(typed('jsonb'));
      expect(shape.versioned).toBe(
        meta.versionColumn?.databaseName === 'version' &&
          meta.updateDateColumn?.databaseName === 'updated_at',
      );
    }
  });

  it('BookingsRepository.insertNew stores every column of the row it returns, as TypeORM reads it back', async () => {
    const p = await insertReturning(ds.manager, BeneficiaryEntity, person('e'));
    const at = new Date('2030-03-04T05:30:00.000Z');
    const booking = await transactInOneStatement(ds, SYSTEM_ACTOR, (uow) =>
      new BookingsRepository().insertNew(
        uow,
        {
          beneficiaryId: p.id,
          bookedByUserId: null,
          channel: 'APP',
          portalOrderId: null,
          regionKato: p.residenceKato,
          policyId: null,
          pickupAddress: 'A',
          pickupLat: 51.1,
          pickupLon: 71.4,
          pickupKato: p.residenceKato,
          dropoffAddress: 'B',
          dropoffLat: 51.2,
          dropoffLon: 71.5,
          dropoffKato: p.residenceKato,
          timeAnchor: 'PICKUP',
          requestedTime: at,
          purpose: 'MEDICAL',
          companions: 1,
          mobility: { wheelchair: 'MANUAL', needsRamp: true, needsLift: false } as never,
          loadSeats: 2,
          loadWheelchairPlaces: 1,
          stepFree: true,
          needsLift: false,
          boardingSeconds: 90,
          notes: null,
          returnOfBookingId: null,
          seriesId: null,
          seriesDate: '2030-03-04',
          pickupEarliest: at,
          pickupLatest: new Date(at.getTime() + 900_000),
          dropoffEarliest: new Date(at.getTime() + 600_000),
          dropoffLatest: new Date(at.getTime() + 3_600_000),
          maxRideSeconds: 3600,
          directSeconds: 900,
          directMetres: 12_000,
        },
        { hold: null, requested: { channel: 'APP' }, bookingSeq: 0 },
      ),
    );
    const read = await ds.getRepository(BookingEntity).findOneOrFail({ where: { id: booking.id } as never });
    expect(booking).toEqual(read);
    expect(booking).toMatchObject({ status: 'ACCEPTED', version: 2, seriesDate: '2030-03-04' });
    // The person's booking_seq moved on with it; a booking checked at the old value is refused.
    await expect(
      transactInOneStatement(ds, SYSTEM_ACTOR, (uow) =>
        new BookingsRepository().insertNew(uow, { ...booking }, { hold: null, requested: {}, bookingSeq: 0 }),
      ),
    ).rejects.toMatchObject({ name: 'PersonBookingsChanged' });
  });
});
