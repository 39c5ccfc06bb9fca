import { buildIin, isValidIin, maskIin, validateIin } from './iin';

describe('IIN (DOMAIN.md test vectors)', () => {
  it('accepts 061211600012: born 11.12.2006, female (C = 6)', () => {
    expect(validateIin('061211600012')).toEqual({ valid: true, birthDate: '2006-12-11', sex: 'FEMALE' });
  });

  it('accepts 900101300811, whose check digit needs the second pass', () => {
    expect(validateIin('900101300811')).toEqual({ valid: true, birthDate: '1990-01-01', sex: 'MALE' });
  });

  it('rejects every IIN starting 90010130080 (both passes give 10)', () => {
    for (let d = 0; d <= 9; d++)
      expect(validateIin(`90010130080${d}`)).toEqual({ valid: false, reason: 'BAD_CHECK_DIGIT' });
  });

  it('rejects a wrong check digit', () => {
    expect(validateIin('061211600013')).toEqual({ valid: false, reason: 'BAD_CHECK_DIGIT' });
  });

  it.each(['', '06121160001', '0612116000123', '06121160001a', ' 061211600012'])(
    'rejects %p as not 12 digits',
    (iin) => {
      expect(validateIin(iin)).toEqual({ valid: false, reason: 'NOT_12_DIGITS' });
    },
  );

  it.each(['0', '7', '8', '9'])('rejects century digit %s', (c) => {
    expect(validateIin(`061211${c}00012`)).toEqual({ valid: false, reason: 'BAD_CENTURY_DIGIT' });
  });

  it('rejects impossible dates, knowing the century for leap years', () => {
    expect(validateIin('061311600012').valid).toBe(false); // month 13
    expect(validateIin('060230600012')).toEqual({ valid: false, reason: 'BAD_DATE' });
    expect(validateIin(buildIin('2000-02-29', 'FEMALE', 1)).valid).toBe(true);
    // 29.02.1900 did not exist (1900 is not a leap year), though 29.02.2000 did.
    const iin2000 = buildIin('2000-02-29', 'MALE', 1);
    expect(validateIin(`${iin2000.slice(0, 6)}3${iin2000.slice(7)}`)).toEqual({
      valid: false,
      reason: 'BAD_DATE',
    });
  });

  it('derives the century and sex from C', () => {
    expect(validateIin(buildIin('1899-05-01', 'MALE', 5))).toMatchObject({
      birthDate: '1899-05-01',
      sex: 'MALE',
    });
    expect(validateIin(buildIin('1955-05-01', 'FEMALE', 5))).toMatchObject({
      birthDate: '1955-05-01',
      sex: 'FEMALE',
    });
    expect(buildIin('1955-05-01', 'FEMALE', 5)[6]).toBe('4');
  });

  it('builds valid IINs for seeding', () => {
    for (let s = 0; s < 500; s++)
      expect(isValidIin(buildIin('1985-07-15', s % 2 ? 'MALE' : 'FEMALE', s))).toBe(true);
  });

  it('masks an IIN as 9001******11', () => {
    expect(maskIin('900101300811')).toBe('9001******11');
    expect(maskIin('123')).toBe('***');
  });
});
