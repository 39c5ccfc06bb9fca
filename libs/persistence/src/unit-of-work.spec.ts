import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@invataxi/domain';
import { claimStatement, transact, transactAnswering, SYSTEM_ACTOR, type KeyedRequest } from './unit-of-work';

/** A DataSource whose transaction runs the work on a manager that records its queries. */
function fakeDs(answer: (sql: string) => unknown[] = () => [{ ours: 1 }]) {
  const queries: { sql: string; params: unknown[] }[] = [];
  const isolations: (string | null)[] = [];
  const manager = {
    query: (sql: string, params: unknown[] = []) => {
      queries.push({ sql, params });
      return Promise.resolve(answer(sql));
    },
  } as unknown as EntityManager;
  const ds = {
    transaction: (a: unknown, b?: unknown) => {
      isolations.push(typeof a === 'string' ? a : null);
      const run = (typeof a === 'function' ? a : b) as (m: EntityManager) => Promise<unknown>;
      return run(manager);
    },
  } as unknown as DataSource;
  return { ds, queries, isolations };
}

const claim = (): KeyedRequest => ({
  principal: 'BENEFICIARY:u1',
  key: 'k1',
  token: '00000000-0000-4000-8000-000000000001',
  taken: 'before',
  hash: 'h1',
  status: 201,
  answered: false,
  body: null,
  done: false,
});

describe('claimStatement', () => {
  it('updates the claim only while ours, with the response or none, and carries what was gathered', () => {
    const c = claim();
    const check = claimStatement({ claim: c, response: null }, null);
    expect(check.params).toEqual([c.principal, c.key, c.token, 0, 'null']);
    expect(check.sql).toContain('claim_token = $3::uuid AND response_status = 0');
    expect(check.sql).not.toContain('audit_log');
    const answer = claimStatement({ claim: c, response: '{"a":1}' }, ['u', 'R', null, '[]', '[]']);
    expect(answer.params).toEqual([c.principal, c.key, c.token, 201, '{"a":1}', 'u', 'R', null, '[]', '[]']);
    expect(answer.sql).toContain('INSERT INTO audit_log');
    expect(answer.sql).toContain('$6::uuid');
    expect(answer.sql).toContain('$10::jsonb');
  });
});

describe('claimStatement of a claim taken with the answer', () => {
  it('inserts the key with the answer (no ON CONFLICT: a copy that got there first fails it) and carries what was gathered', () => {
    const c: KeyedRequest = { ...claim(), taken: 'with-answer' };
    const s = claimStatement({ claim: c, response: '{"a":1}' }, ['u', 'R', null, '[]', '[]']);
    expect(s.params).toEqual([c.principal, c.key, 'h1', 201, '{"a":1}', c.token, 'u', 'R', null, '[]', '[]']);
    expect(s.sql).toContain('INSERT INTO idempotency_record');
    expect(s.sql).not.toContain('ON CONFLICT');
    expect(s.sql).toContain('$7::uuid');
    expect(() => claimStatement({ claim: c, response: null }, null)).toThrow(/only by the answer/);
  });

  it('transactions that do not answer leave it alone; the answering one writes it and marks it answered', async () => {
    const { ds, queries } = fakeDs();
    const c: KeyedRequest = { ...claim(), taken: 'with-answer' };
    await transact(ds, SYSTEM_ACTOR, () => Promise.resolve(1), { keyed: c });
    expect(queries).toEqual([]);
    await transactAnswering(ds, SYSTEM_ACTOR, () => Promise.resolve({ b: 2 }), c);
    expect(queries).toHaveLength(1);
    expect((queries[0].sql as unknown as { text: string }).text).toContain('INSERT INTO idempotency_record');
    expect(queries[0].params.slice(0, 6)).toEqual([c.principal, c.key, 'h1', 201, '{"b":2}', c.token]);
    expect(c).toMatchObject({ answered: true, body: '{"b":2}' });
  });
});

describe("transact given a request's key", () => {
  it('without a key: nothing gathered, no statement', async () => {
    const { ds, queries } = fakeDs();
    expect(await transact(ds, SYSTEM_ACTOR, () => Promise.resolve(7))).toBe(7);
    expect(queries).toEqual([]);
  });

  it('checks the claim even with nothing gathered; records nothing unless it answers', async () => {
    const { ds, queries } = fakeDs();
    const c = claim();
    await transact(ds, SYSTEM_ACTOR, () => Promise.resolve({ a: 1 }), { keyed: c });
    expect(queries).toHaveLength(1);
    expect(queries[0].params.slice(3, 5)).toEqual([0, 'null']);
    expect(c.answered).toBe(false);
  });

  it('the answering transaction records its result as JSON (Dates as sent) and marks the claim answered', async () => {
    const { ds, queries } = fakeDs();
    const c = claim();
    const result = { at: new Date('2030-01-02T03:04:05.000Z'), gone: undefined, n: 1 };
    await transact(
      ds,
      SYSTEM_ACTOR,
      (uow) => {
        uow.audit({ action: 'x', entityType: 't', entityId: '1' });
        return Promise.resolve(result);
      },
      { keyed: c, answersRequest: true },
    );
    // Answered: later transactions of the request check nothing.
    await transactAnswering(ds, SYSTEM_ACTOR, () => Promise.resolve(2), c);
    expect(queries).toHaveLength(1);
    expect(queries[0].params.slice(3, 5)).toEqual([201, JSON.stringify(result)]);
    expect(queries[0].params[4]).toBe('{"at":"2030-01-02T03:04:05.000Z","n":1}');
    expect(c).toMatchObject({ answered: true, body: JSON.stringify(result) });
  });

  it('a claim taken over: REQUEST_IN_PROGRESS (the transaction rolls back), not answered', async () => {
    const { ds } = fakeDs(() => [{ ours: 0 }]);
    const c = claim();
    const run = transactAnswering(ds, SYSTEM_ACTOR, () => Promise.resolve(1), c);
    await expect(run).rejects.toBeInstanceOf(DomainError);
    await expect(run).rejects.toMatchObject({ code: 'REQUEST_IN_PROGRESS' });
    expect(c.answered).toBe(false);
  });

  it('failed work records nothing; a finished request checks nothing', async () => {
    const { ds, queries } = fakeDs();
    const c = claim();
    await expect(
      transactAnswering(ds, SYSTEM_ACTOR, () => Promise.reject(new Error('no')), c),
    ).rejects.toThrow('no');
    expect(queries).toEqual([]);
    expect(c.answered).toBe(false);
    c.done = true;
    await transact(ds, SYSTEM_ACTOR, () => Promise.resolve(1), { keyed: c });
    expect(queries).toEqual([]);
  });

  it('keeps the isolation level, given alone or with answersRequest', async () => {
    const { ds, isolations } = fakeDs();
    await transact(ds, SYSTEM_ACTOR, () => Promise.resolve(1));
    await transact(ds, SYSTEM_ACTOR, () => Promise.resolve(1), 'SERIALIZABLE');
    await transact(ds, SYSTEM_ACTOR, () => Promise.resolve(1), {
      isolation: 'REPEATABLE READ',
      answersRequest: true,
    });
    expect(isolations).toEqual([null, 'SERIALIZABLE', 'REPEATABLE READ']);
  });
});
