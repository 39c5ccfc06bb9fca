import { DataSource, type Logger } from 'typeorm';
import {
  BeneficiaryEntity,
  SYSTEM_ACTOR,
  dataSourceOptions,
  insertReturning,
  transact,
  transactInOneStatement,
  type KeyedRequest,
} from '@invataxi/persistence';
import { createTestEnv, type TestEnv } from '../support/test-env';

/**
 * transactInOneStatement: reads run as they come; the unit's one write runs alone (no BEGIN, no
 * COMMIT), carries its audit rows only when it wrote and, given the request's key, the key with
 * its answer; a second write is refused. Work with several writes uses transact(), one
 * transaction. The statements sent are seen through TypeORM's logger (its public API).
 */
describe('transactInOneStatement', () => {
  let t: TestEnv;
  let ds: DataSource;
  let sent: string[] = [];

  beforeAll(async () => {
    t = await createTestEnv();
    const logger: Logger = {
      logQuery: (q: unknown) =>
        void sent.push(typeof q === 'string' ? q : ((q as { text?: string }).text ?? '')),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    ds = await new DataSource({
      ...dataSourceOptions({ url: t.config.DATABASE_URL, poolSize: 4 }),
      logging: ['query'],
      logger,
    }).initialize();
  });

  beforeEach(() => {
    sent = [];
  });

  afterAll(async () => {
    await ds?.destroy();
    await t?.teardown();
  });

  let n = 0;
  async function person(): Promise<BeneficiaryEntity> {
    n += 1;
    const p = await insertReturning(ds.manager, BeneficiaryEntity, {
      iinCiphertext: Buffer.from([n]),
      iinKeyId: 'k1',
      iinHash: `deferred-${n}`.padEnd(64, '0'),
      iinMasked: '900101******',
      fullName: 'Test Person',
      birthDate: '1990-01-01',
      sex: 'F',
      residenceKato: '711410000',
      residenceAddress: 'Astana',
      residenceLat: 51.1,
      residenceLon: 71.4,
      disabilityCategory: 'ADULT_GROUP_1',
      mobility: { wheelchair: 'NONE' } as never,
    });
    sent = [];
    return p;
  }

  const bumpSeq = (id: string, seen: number) => ({
    sql: 'UPDATE beneficiary SET booking_seq = booking_seq + 1 WHERE id = $1 AND booking_seq = $2 RETURNING booking_seq',
    params: [id, seen],
  });
  const audits = async (id: string): Promise<string[]> =>
    (
      (await ds.query('SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id', [id])) as {
        action: string;
      }[]
    ).map((r) => r.action);
  const control = (): string[] => sent.filter((s) => /^\s*(START|COMMIT|ROLLBACK)/i.test(s));
  const keyed = (key: string): KeyedRequest => ({
    principal: 'BENEFICIARY:u1',
    key,
    token: '00000000-0000-4000-8000-000000000001',
    taken: 'with-answer',
    hash: 'h1',
    status: 201,
    answered: false,
    body: null,
    done: false,
  });
  const recorded = async (key: string): Promise<unknown[]> =>
    (await ds.query('SELECT response_status, response_body FROM idempotency_record WHERE key = $1', [
      key,
    ])) as unknown[];

  it('reads, then one guarded write: no BEGIN, no COMMIT; the audit row goes with it', async () => {
    const p = await person();
    const rows = await transactInOneStatement(ds, SYSTEM_ACTOR, async (uow) => {
      const [{ booking_seq: seen }] = (await uow.manager.query(
        'SELECT booking_seq FROM beneficiary WHERE id = $1',
        [p.id],
      )) as { booking_seq: number }[];
      uow.audit({ action: 'test.bumped', entityType: 'beneficiary', entityId: p.id });
      const s = bumpSeq(p.id, seen);
      return uow.flushWith<{ booking_seq: number }>(s.sql, s.params);
    });
    expect(rows).toEqual([{ booking_seq: 1 }]);
    expect(control()).toEqual([]);
    expect(sent).toHaveLength(2);
    expect(await audits(p.id)).toEqual(['test.bumped']);
  });

  it('a guarded write that matches nothing writes no audit row either', async () => {
    const p = await person();
    const rows = await transactInOneStatement(ds, SYSTEM_ACTOR, async (uow) => {
      uow.audit({ action: 'test.not_bumped', entityType: 'beneficiary', entityId: p.id });
      const s = bumpSeq(p.id, 41);
      return uow.flushWith(s.sql, s.params);
    });
    expect(rows).toEqual([]);
    expect(await audits(p.id)).toEqual([]);
  });

  it("the request's key goes with the write and its answer; a copy that recorded first makes the write fail, nothing written", async () => {
    const p = await person();
    // One keyed write: an audit row, the person's seq moved on from `seen`, the key with `answer`.
    const keyedBump = (k: KeyedRequest, action: string, seen: number, answer: string) =>
      transactInOneStatement(
        ds,
        SYSTEM_ACTOR,
        async (uow) => {
          uow.audit({ action, entityType: 'beneficiary', entityId: p.id });
          const s = bumpSeq(p.id, seen);
          await uow.flushWith(s.sql, s.params, undefined, { keyed: k, answer });
          return JSON.parse(answer) as unknown;
        },
        k,
      );
    const first = keyed('one-statement-1');
    await keyedBump(first, 'test.keyed', 0, '{"n":1}');
    expect(control()).toEqual([]);
    expect(first).toMatchObject({ answered: true, body: '{"n":1}' });
    expect(await recorded('one-statement-1')).toEqual([{ response_status: 201, response_body: { n: 1 } }]);
    const copy = keyed('one-statement-1');
    await expect(keyedBump(copy, 'test.copy', 1, '{"n":2}')).rejects.toMatchObject({
      driverError: { code: '23505' },
    });
    expect(copy.answered).toBe(false);
    expect(await audits(p.id)).toEqual(['test.keyed']);
    const [{ booking_seq }] = (await ds.query('SELECT booking_seq FROM beneficiary WHERE id = $1', [
      p.id,
    ])) as {
      booking_seq: number;
    }[];
    expect(booking_seq).toBe(1);
  });

  it('work that answers without a write of its own: the key is recorded by the final statement', async () => {
    const k = keyed('one-statement-2');
    expect(await transactInOneStatement(ds, SYSTEM_ACTOR, () => Promise.resolve({ ok: true }), k)).toEqual({
      ok: true,
    });
    expect(control()).toEqual([]);
    expect(await recorded('one-statement-2')).toEqual([
      { response_status: 201, response_body: { ok: true } },
    ]);
  });

  it('refuses a second write of its own, and a key claimed before (checked in a transaction)', async () => {
    const p = await person();
    await expect(
      transactInOneStatement(ds, SYSTEM_ACTOR, async (uow) => {
        await uow.flushWith(bumpSeq(p.id, 0).sql, bumpSeq(p.id, 0).params);
        uow.audit({ action: 'test.second', entityType: 'beneficiary', entityId: p.id });
        await uow.flushWith(bumpSeq(p.id, 1).sql, bumpSeq(p.id, 1).params);
      }),
    ).rejects.toThrow(/could not be atomic/);
    await expect(
      transactInOneStatement(ds, SYSTEM_ACTOR, () => Promise.resolve(1), {
        ...keyed('one-statement-3'),
        taken: 'before',
      }),
    ).rejects.toThrow(/inside a transaction/);
    expect(await audits(p.id)).toEqual([]);
  });

  it('several writes: transact(), one transaction that commits them together or rolls them back', async () => {
    const p = await person();
    await transact(ds, SYSTEM_ACTOR, async (uow) => {
      for (const seen of [0, 1]) {
        uow.audit({ action: `test.bump_${seen}`, entityType: 'beneficiary', entityId: p.id });
        const s = bumpSeq(p.id, seen);
        await uow.flushWith(s.sql, s.params);
      }
    });
    expect(control()).toEqual(['START TRANSACTION', 'COMMIT']);
    expect(await audits(p.id)).toEqual(['test.bump_0', 'test.bump_1']);
    sent = [];
    await expect(
      transact(ds, SYSTEM_ACTOR, async (uow) => {
        await uow.manager.update(BeneficiaryEntity, { id: p.id }, { fullName: 'Changed' });
        uow.audit({ action: 'test.renamed', entityType: 'beneficiary', entityId: p.id });
        await uow.flushWith('SELECT 1 / 0 AS boom', []);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(control()).toEqual(['START TRANSACTION', 'ROLLBACK']);
    const [row] = (await ds.query('SELECT full_name FROM beneficiary WHERE id = $1', [p.id])) as {
      full_name: string;
    }[];
    expect(row?.full_name).toBe('Test Person');
  });
});
