import { requestHash, stableJson } from './idempotency';

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
