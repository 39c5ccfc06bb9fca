import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { defer, lastValueFrom } from 'rxjs';
import { DomainError } from '@invataxi/domain';
import { openRequestClaim, type RequestClaim } from '@invataxi/persistence';
import { retryAfter } from './error.filter';
import {
  IN_PROGRESS_RETRY_AFTER_S,
  IdempotencyInterceptor,
  IdempotencyStore,
  requestHash,
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

describe('IdempotencyInterceptor', () => {
  const TOKEN = '00000000-0000-4000-8000-000000000002';

  function setup(claim: Awaited<ReturnType<IdempotencyStore['claim']>> = { kind: 'claimed', token: TOKEN }) {
    const store = {
      claim: jest.fn().mockResolvedValue(claim),
      complete: jest.fn().mockResolvedValue(undefined),
      release: jest.fn().mockResolvedValue(undefined),
    };
    const reflector = { get: jest.fn().mockReturnValue(undefined) };
    const interceptor = new IdempotencyInterceptor(
      store as unknown as IdempotencyStore,
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
    return { store, run };
  }

  it('runs the handler inside the claim; an answered claim is not completed again', async () => {
    const { store, run } = setup();
    const seen: (RequestClaim | undefined)[] = [];
    const body = { id: 'b1' };
    expect(
      await run(async () => {
        const claim = openRequestClaim();
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
    const { store, run } = setup();
    await run(async () => {
      Object.assign(openRequestClaim() ?? {}, { answered: true, body: '{"id":"raw"}' });
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
