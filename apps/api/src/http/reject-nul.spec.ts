import { findNul } from './reject-nul';

describe('findNul', () => {
  it('names the nested field holding U+0000', () => {
    expect(findNul({ stops: [{ address: 'ok' }, { address: 'a\u0000b' }] })).toBe('stops[1].address');
    expect(findNul({ cursor: '\u0000' })).toBe('cursor');
  });
  it('passes clean input, numbers and raw bodies', () => {
    expect(findNul({ a: 'x', b: [1, 2, { c: null }] })).toBeNull();
    expect(findNul(Buffer.from([0, 1, 2]))).toBeNull();
    expect(findNul(undefined)).toBeNull();
  });
});
