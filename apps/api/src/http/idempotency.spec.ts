import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { defer, lastValueFrom } from 'rxjs';
import { DomainError } from '@invataxi/domain';
import { retryAfter } from './error.filter';
import type { AppConfig } from '@invataxi/config';
import type { BestEffortRedis } from './best-effort-redis';
import {
  ABANDONED_AFTER_S,
  IN_PROGRESS_RETRY_AFTER_S,
  IdempotencyInterceptor,
  IdempotencyStore,
  IDEMPOTENT_KEY,
  InFlightMarks,
  keyedRequestOf,
  requestHash,
  type KeyedRequest,
  stableJson,
} from './idempotency';

describe('idempotency request hash', () => {
  it('ignores key order and undefined fields, not values', () => {
    expect(stableJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(stableJson({ a: 1, b: undefined })).toBe(stableJson({ a: 1 }));
    const h = requestHash('POST', '/bookings', { a: 1, b: [1, 2] });
    expect(requestHash('POST', '/bookings', { b: [1, 2], a: 1 })).toBe(h);
    expect(requestHash('POST', '/bookings', { a: 1, b: [2, 1] })).not.toBe(h);
    expect(requestHash('POST', '/bookings/x/cancel', { a: 1, b: [1, 2] })).not.toBe(h);
    expect(requestHash('POST', '/bookings', null)).toBe(requestHash('POST', '/bookings', undefined));
  });
});

const TOKEN = '00000000-0000-4000-8000-000000000002';

function setup(claim: Awaited<ReturnType<IdempotencyStore['claim']>> = { kind: 'claimed', token: TOKEN }) {
  const store = {
    claim: jest.fn().mockResolvedValue(claim),
    answerRecorded: jest.fn().mockResolvedValue(null),
    record: jest.fn().mockResolvedValue(undefined),
    complete: jest.fn().mockResolvedValue(undefined),
    release: jest.fn().mockResolvedValue(undefined),
  };
  const marks = {
    mark: jest.fn().mockResolvedValue('set'),
    whileRunning: jest.fn((_claim: unknown, work: () => Promise<unknown>) => work()),
    clear: jest.fn().mockResolvedValue(undefined),
  };
  const reflector = { get: jest.fn().mockReturnValue(undefined) };
  const interceptor = new IdempotencyInterceptor(
    store as unknown as IdempotencyStore,
    marks as unknown as InFlightMarks,
    reflector as unknown as Reflector,
  );
  const req = {
    headers: { 'idempotency-key': 'k-1' },
    method: 'POST',
    url: '/bookings',
    body: { a: 1 },
    principal: { role: 'BENEFICIARY', userId: 'u1' },
  };
  const ctx = {
    switchToHttp: () => ({ getRequest: () => req }),
    getHandler: () => () => undefined,
  } as unknown as ExecutionContext;
  /** Runs the interceptor over a handler (called lazily, as Nest does). */
  const run = (handler: () => Promise<unknown>) =>
    lastValueFrom(interceptor.intercept(ctx, { handle: () => defer(handler) }));
  /** The endpoint as @Idempotent('with-answer'). */
  const withAnswer = () =>
    reflector.get.mockImplementation((key: string) => (key === IDEMPOTENT_KEY ? 'with-answer' : undefined));
  /** The KeyedRequest the handler is given (@Keyed()). */
  const keyed = () => keyedRequestOf(req);
  return { store, marks, run, withAnswer, keyed };
}

describe('IdempotencyInterceptor', () => {
  it('gives the handler the claim; an answered claim is not completed again', async () => {
    const { store, run, keyed } = setup();
    const seen: (KeyedRequest | undefined)[] = [];
    const body = { id: 'b1' };
    expect(
      await run(async () => {
        const claim = keyed();
        seen.push(claim);
        if (claim) Object.assign(claim, { answered: true, body: JSON.stringify(body) });
        return body;
      }),
    ).toBe(body);
    expect(seen[0]).toMatchObject({ principal: 'BENEFICIARY:u1', key: 'k-1', token: TOKEN, status: 201 });
    expect(store.complete).not.toHaveBeenCalled();
    // Done: what the request left running checks no claim.
    expect(seen[0]?.done).toBe(true);
  });

  it('not answered by a transaction: completed after, guarded by the token', async () => {
    const { store, run } = setup();
    await run(() => Promise.resolve({ id: 'p1' }));
    expect(store.complete).toHaveBeenCalledWith('BENEFICIARY:u1', 'k-1', TOKEN, 201, { id: 'p1' });
  });

  it('the endpoint sent other than its transaction recorded: the record is replaced', async () => {
    const { store, run, keyed } = setup();
    await run(async () => {
      Object.assign(keyed() ?? {}, { answered: true, body: '{"id":"raw"}' });
      return { id: 'shown' };
    });
    expect(store.complete).toHaveBeenCalledWith('BENEFICIARY:u1', 'k-1', TOKEN, 201, { id: 'shown' }, true);
  });

  it('a failure releases the claim by its token, even when the release fails', async () => {
    const { store, run } = setup();
    store.release.mockRejectedValue(new Error('gone'));
    await expect(run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(store.release).toHaveBeenCalledWith('BENEFICIARY:u1', 'k-1', TOKEN);
    expect(store.complete).not.toHaveBeenCalled();
  });

  it('a replay answers the recorded body without running the handler', async () => {
    const { store, run } = setup({ kind: 'replay', status: 201, body: { id: 'old' } });
    const handler = jest.fn();
    expect(await run(handler)).toEqual({ id: 'old' });
    expect(handler).not.toHaveBeenCalled();
    expect(store.complete).not.toHaveBeenCalled();
  });
});

describe('IdempotencyInterceptor, the key written with the answer', () => {
  const keyTaken = Object.assign(new Error('duplicate key'), {
    driverError: { code: '23505', table: 'idempotency_record' },
  });

  it('claims nothing first: marks the request in flight and gives the handler a claim taken with the answer', async () => {
    const { store, marks, run, withAnswer, keyed } = setup();
    withAnswer();
    let seen: KeyedRequest | undefined;
    await run(async () => {
      seen = keyed();
      if (seen) Object.assign(seen, { answered: true, body: '{"id":"b1"}' });
      return { id: 'b1' };
    });
    expect(store.claim).not.toHaveBeenCalled();
    expect(marks.mark).toHaveBeenCalledTimes(1);
    expect(seen).toMatchObject({ taken: 'with-answer', hash: requestHash('POST', '/bookings', { a: 1 }) });
    expect(store.complete).not.toHaveBeenCalled();
    expect(store.record).not.toHaveBeenCalled();
    // Answered: the mark stays until it expires, so a copy right after replays without running.
    expect(marks.clear).not.toHaveBeenCalled();
  });

  it('a copy finding the mark: the recorded answer, or 409 while there is none, without running', async () => {
    const { store, marks, run, withAnswer } = setup();
    withAnswer();
    marks.mark.mockResolvedValue('held');
    const handler = jest.fn();
    store.answerRecorded.mockResolvedValueOnce({ kind: 'replay', status: 201, body: { id: 'first' } });
    expect(await run(handler)).toEqual({ id: 'first' });
    await expect(run(handler)).rejects.toMatchObject({ code: 'REQUEST_IN_PROGRESS' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('failed on the key: the answer of the copy that got there first; the mark cleared', async () => {
    const { store, marks, run, withAnswer } = setup();
    withAnswer();
    store.answerRecorded.mockResolvedValue({ kind: 'replay', status: 201, body: { id: 'first' } });
    expect(await run(() => Promise.reject(keyTaken))).toEqual({ id: 'first' });
    expect(marks.clear).toHaveBeenCalledTimes(1);
  });

  it('refused with nothing recorded: the refusal stands, the mark cleared; another body under the key: 422', async () => {
    const { store, marks, run, withAnswer } = setup();
    withAnswer();
    const refused = new DomainError('BOOKING_REJECTED', { reasons: [] });
    await expect(run(() => Promise.reject(refused))).rejects.toBe(refused);
    expect(marks.clear).toHaveBeenCalledTimes(1);
    store.answerRecorded.mockRejectedValue(new DomainError('IDEMPOTENCY_KEY_REUSED', {}));
    await expect(run(() => Promise.reject(keyTaken))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('the database gone after the key was taken: 409 in progress, not the raw unique violation', async () => {
    const { store, run, withAnswer } = setup();
    withAnswer();
    store.answerRecorded.mockRejectedValue(new Error('Connection terminated'));
    await expect(run(() => Promise.reject(keyTaken))).rejects.toMatchObject({ code: 'REQUEST_IN_PROGRESS' });
    const other = new Error('Connection terminated unexpectedly');
    await expect(run(() => Promise.reject(other))).rejects.toBe(other);
  });

  it('answered without a transaction recording it: recorded after; Redis away: runs all the same', async () => {
    const { store, marks, run, withAnswer } = setup();
    withAnswer();
    marks.mark.mockResolvedValue(null);
    expect(await run(() => Promise.resolve({ id: 'p1' }))).toEqual({ id: 'p1' });
    expect(store.record).toHaveBeenCalledWith(expect.objectContaining({ key: 'k-1', taken: 'with-answer' }), {
      id: 'p1',
    });
  });
});

describe('InFlightMarks', () => {
  afterEach(() => jest.useRealTimers());

  it('renews the mark while the request runs, only as its own; stops when it ends', async () => {
    jest.useFakeTimers();
    const calls: unknown[][] = [];
    const commands = {
      invataxiOwnInFlightMark: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve(1);
      },
    };
    const redis = {
      define: jest.fn(),
      run: (_purpose: string, command: (r: unknown) => Promise<unknown>) => command(commands),
    };
    const marks = new InFlightMarks(redis as unknown as BestEffortRedis, { QUEUE_PREFIX: 'p' } as AppConfig);
    const claim = { principal: 'BENEFICIARY:u1', key: 'k-1', token: 't-1' };
    let finish: () => void = () => undefined;
    const running = marks.whileRunning(claim, () => new Promise<void>((r) => (finish = r)));
    jest.advanceTimersByTime(ABANDONED_AFTER_S * 1000);
    expect(calls).toEqual([
      ['p:in-flight:BENEFICIARY:u1:k-1', 't-1', ABANDONED_AFTER_S * 1000],
      ['p:in-flight:BENEFICIARY:u1:k-1', 't-1', ABANDONED_AFTER_S * 1000],
      ['p:in-flight:BENEFICIARY:u1:k-1', 't-1', ABANDONED_AFTER_S * 1000],
    ]);
    finish();
    await running;
    jest.advanceTimersByTime(ABANDONED_AFTER_S * 1000);
    expect(calls).toHaveLength(3);
    await marks.clear(claim);
    expect(calls[3]).toEqual(['p:in-flight:BENEFICIARY:u1:k-1', 't-1', 0]);
  });
});

describe('Retry-After', () => {
  it('on 503, 429 and a domain error that may be retried (the same key still in progress)', () => {
    expect(retryAfter(new Error('down'), 503)).toBe(5);
    expect(retryAfter(new Error('limited'), 429)).toBe(60);
    expect(
      retryAfter(
        new DomainError('REQUEST_IN_PROGRESS', { retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_S }),
        409,
      ),
    ).toBe(IN_PROGRESS_RETRY_AFTER_S);
    expect(retryAfter(new DomainError('CONFLICT', { entity: 'beneficiary' }), 409)).toBeNull();
    expect(retryAfter(new DomainError('NOT_FOUND'), 404)).toBeNull();
  });
});
