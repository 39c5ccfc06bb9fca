import { buildBin, validateBin } from './bin';

describe('BIN', () => {
  it('accepts a built BIN and reads its parts', () => {
    const bin = buildBin('1504', 123);
    expect(validateBin(bin)).toEqual({
      valid: true,
      registered: { yy: '15', mm: '04' },
      entityType: 'RESIDENT_LEGAL_ENTITY',
      division: 'HEAD_OFFICE',
    });
    expect(validateBin(buildBin('2312', 7, '6', '3'))).toMatchObject({
      entityType: 'JOINT_SOLE_TRADER',
      division: 'FARM',
    });
  });

  it('rejects each broken part with its reason', () => {
    const bin = buildBin('1504', 123);
    expect(validateBin('15044000123')).toEqual({ valid: false, reason: 'NOT_12_DIGITS' });
    expect(validateBin(`15${'13'}${bin.slice(4)}`)).toEqual({ valid: false, reason: 'BAD_MONTH' });
    expect(validateBin(`1504${'3'}${bin.slice(5)}`)).toEqual({ valid: false, reason: 'BAD_TYPE_DIGIT' });
    expect(validateBin(`15044${'4'}${bin.slice(6)}`)).toEqual({ valid: false, reason: 'BAD_DIVISION_DIGIT' });
    const wrong = (Number(bin[11]) + 1) % 10;
    expect(validateBin(`${bin.slice(0, 11)}${wrong}`)).toEqual({ valid: false, reason: 'BAD_CHECK_DIGIT' });
  });

  it('refuses to build from a bad YYMM', () => {
    expect(() => buildBin('1513', 1)).toThrow(RangeError);
  });
});
