import { kzCheckDigit } from './check-digit';

describe('kzCheckDigit', () => {
  it('uses weights 1..11 first', () => {
    expect(kzCheckDigit('10000000000')).toBe(1); // 1*1
    expect(kzCheckDigit('00000000003')).toBe(0); // 3*11 = 33
    expect(kzCheckDigit('00100000000')).toBe(3); // 1*3
  });
  it('falls back to weights 3,4,...,11,1,2 when the first pass gives 10', () => {
    expect(kzCheckDigit('00000000010')).toBe(1); // 1*10 = 10 -> 1*1 = 1
    // 061211600012: first pass 87 mod 11 = 10; second pass 112 mod 11 = 2
    expect(kzCheckDigit('06121160001')).toBe(2);
    // 900101300811: first pass 131 mod 11 = 10; second pass 78 mod 11 = 1
    expect(kzCheckDigit('90010130081')).toBe(1);
  });
  it('returns null when both passes give 10', () => {
    expect(kzCheckDigit('90010130080')).toBeNull();
  });
  it('refuses fewer than 11 digits', () => {
    expect(() => kzCheckDigit('123')).toThrow(RangeError);
  });
});
