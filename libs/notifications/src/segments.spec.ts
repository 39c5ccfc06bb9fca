import { countSegments, isGsm7 } from './segments';

describe('SMS segment counting', () => {
  it('counts GSM-7 text in 160 single / 153 per part', () => {
    expect(countSegments('')).toEqual({ encoding: 'GSM7', units: 0, segments: 1 });
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'GSM7', units: 160, segments: 1 });
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts an extension character as two septets and never splits the escape pair', () => {
    expect(isGsm7('price 100€ [x]')).toBe(true);
    expect(countSegments('€'.repeat(80))).toEqual({ encoding: 'GSM7', units: 160, segments: 1 });
    expect(countSegments('€'.repeat(81)).segments).toBe(2);
    // 152 plain septets then '€': the pair does not fit in part one's last septet.
    const text = 'a'.repeat(152) + '€' + 'a'.repeat(100);
    expect(countSegments(text)).toEqual({ encoding: 'GSM7', units: 254, segments: 2 });
    expect(countSegments('a'.repeat(152) + '€' + 'a'.repeat(152)).segments).toBe(3);
  });

  it('treats Cyrillic and Kazakh letters as UCS-2: 70 single / 67 per part', () => {
    expect(isGsm7('Привет')).toBe(false);
    expect(isGsm7('әғқңөұүһі')).toBe(false);
    expect(countSegments('я'.repeat(70))).toEqual({ encoding: 'UCS2', units: 70, segments: 1 });
    expect(countSegments('я'.repeat(71)).segments).toBe(2);
    expect(countSegments('ә'.repeat(134)).segments).toBe(2);
    expect(countSegments('ә'.repeat(135)).segments).toBe(3);
    // One Cyrillic letter turns a whole Latin text into UCS-2.
    expect(countSegments('a'.repeat(100) + 'ж')).toEqual({ encoding: 'UCS2', units: 101, segments: 2 });
  });

  it('keeps a surrogate pair in one part', () => {
    const text = 'я'.repeat(66) + '😀' + 'я'.repeat(10);
    expect(countSegments(text)).toEqual({ encoding: 'UCS2', units: 78, segments: 2 });
    expect(countSegments('я'.repeat(66) + '😀' + 'я'.repeat(66)).segments).toBe(3);
  });
});
