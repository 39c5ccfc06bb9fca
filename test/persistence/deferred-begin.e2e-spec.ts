import type { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import {
  BeneficiaryEntity,
  SYSTEM_ACTOR,
  createDataSource,
  insertReturning,
  transact,
} from '@invataxi/persistence';
import { createTestEnv, type TestEnv } from '../support/test-env';

/**
 * transact({ deferBegin }): reads run without BEGIN; a lone final write runs as one statement
 * (no BEGIN, no COMMIT) and carries its audit rows only when it wrote; anything more than that
 * opens the transaction first, so the work stays all-or-nothing.
 */
describe('transact with deferBegin', () => {
  let t: TestEnv;
  let ds: DataSource;
  let sent: string[];
  let spy: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestEnv();
    ds = await createDataSource({ url: t.config.DATABASE_URL, poolSize: 4 }).initialize();
    const original = PostgresQueryRunner.prototype.query;
    spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (
      this: PostgresQueryRunner,
      q: unknown,
      ...rest: unknown[]
    ) {
      sent.push(typeof q === 'string' ? q : ((q as { text: string }).text ?? ''));
      return (original as (...a: unknown[]) => Promise<unknown>).call(this, q, ...rest);
    } as never);
  });

  beforeEach(() => {
    sent = [];
  });

  afterAll(async () => {
    spy?.mockRestore();
    await ds?.destroy();
    await t?.teardown();
  });

  let n = 0;
  async function person(): Promise<BeneficiaryEntity> {
    n += 1;
    return insertReturning(ds.manager, BeneficiaryEntity, {
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

  it('reads, then one guarded write: no BEGIN, no COMMIT; the audit row goes with it', async () => {
    const p = await person();
    sent = [];
    const rows = await transact(
      ds,
      SYSTEM_ACTOR,
      async (uow) => {
        const [{ booking_seq: seen }] = (await uow.manager.query(
          'SELECT booking_seq FROM beneficiary WHERE id = $1',
          [p.id],
        )) as { booking_seq: number }[];
        uow.audit({ action: 'test.bumped', entityType: 'beneficiary', entityId: p.id });
        const s = bumpSeq(p.id, seen);
        return uow.flushWith<{ booking_seq: number }>(s.sql, s.params);
      },
      { deferBegin: true },
    );
    expect(rows).toEqual([{ booking_seq: 1 }]);
    expect(control()).toEqual([]);
    expect(sent).toHaveLength(2);
    expect(await audits(p.id)).toEqual(['test.bumped']);
  });

  it('a guarded write that matches nothing writes no audit row either', async () => {
    const p = await person();
    const rows = await transact(
      ds,
      SYSTEM_ACTOR,
      async (uow) => {
        uow.audit({ action: 'test.not_bumped', entityType: 'beneficiary', entityId: p.id });
        const s = bumpSeq(p.id, 41);
        return uow.flushWith(s.sql, s.params);
      },
      { deferBegin: true },
    );
    expect(rows).toEqual([]);
    expect(await audits(p.id)).toEqual([]);
  });

  it('a write before the final one opens the transaction: a failure rolls both back', async () => {
    const p = await person();
    sent = [];
    await expect(
      transact(
        ds,
        SYSTEM_ACTOR,
        async (uow) => {
          await uow.manager.update(BeneficiaryEntity, { id: p.id }, { fullName: 'Changed' });
          uow.audit({ action: 'test.renamed', entityType: 'beneficiary', entityId: p.id });
          await uow.flushWith('SELECT 1 / 0 AS boom', []);
        },
        { deferBegin: true },
      ),
    ).rejects.toThrow(/division by zero/);
    expect(control()).toEqual(['START TRANSACTION', 'ROLLBACK']);
    const [row] = (await ds.query('SELECT full_name FROM beneficiary WHERE id = $1', [p.id])) as {
      full_name: string;
    }[];
    expect(row?.full_name).toBe('Test Person');
    expect(await audits(p.id)).toEqual([]);
  });

  it('a locking read opens the transaction and holds the lock to the end', async () => {
    const p = await person();
    sent = [];
    let lockedMeanwhile: unknown[] = [];
    await transact(
      ds,
      SYSTEM_ACTOR,
      async (uow) => {
        await uow.manager.query('SELECT id FROM beneficiary WHERE id = $1 FOR NO KEY UPDATE', [p.id]);
        lockedMeanwhile = (await ds.query(
          'SELECT id FROM beneficiary WHERE id = $1 FOR NO KEY UPDATE SKIP LOCKED',
          [p.id],
        )) as unknown[];
        uow.audit({ action: 'test.locked', entityType: 'beneficiary', entityId: p.id });
      },
      { deferBegin: true },
    );
    expect(lockedMeanwhile).toEqual([]);
    expect(control()).toEqual(['START TRANSACTION', 'COMMIT']);
    expect(await audits(p.id)).toEqual(['test.locked']);
  });

  it('uow.begin(): several writes commit together', async () => {
    const p = await person();
    sent = [];
    await transact(
      ds,
      SYSTEM_ACTOR,
      async (uow) => {
        await uow.begin();
        for (const seen of [0, 1]) {
          uow.audit({ action: `test.bump_${seen}`, entityType: 'beneficiary', entityId: p.id });
          const s = bumpSeq(p.id, seen);
          await uow.flushWith(s.sql, s.params);
        }
      },
      { deferBegin: true },
    );
    expect(control()).toEqual(['START TRANSACTION', 'COMMIT']);
    expect(await audits(p.id)).toEqual(['test.bump_0', 'test.bump_1']);
  });

  it('refuses a second write after a lone one, and a TypeORM save with a transaction of its own', async () => {
    const p = await person();
    await expect(
      transact(
        ds,
        SYSTEM_ACTOR,
        async (uow) => {
          await uow.flushWith(bumpSeq(p.id, 0).sql, bumpSeq(p.id, 0).params);
          await uow.manager.update(BeneficiaryEntity, { id: p.id }, { fullName: 'Changed' });
        },
        { deferBegin: true },
      ),
    ).rejects.toThrow(/could not be atomic/);
    await expect(
      transact(
        ds,
        SYSTEM_ACTOR,
        async (uow) => {
          const repo = uow.manager.getRepository(BeneficiaryEntity);
          // (Loosely typed: the jsonb columns' deep types overwhelm the checker.)
          const row = await repo.findOneByOrFail({ id: p.id } as never);
          row.fullName = 'Saved';
          await repo.save(row as never);
        },
        { deferBegin: true },
      ),
    ).rejects.toThrow(/transaction of its own/);
    const [row] = (await ds.query('SELECT full_name FROM beneficiary WHERE id = $1', [p.id])) as {
      full_name: string;
    }[];
    expect(row?.full_name).toBe('Test Person');
  });
});
