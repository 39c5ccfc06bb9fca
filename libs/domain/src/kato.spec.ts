import {
  isValidKato,
  KATO_SEED,
  katoAncestors,
  katoCovers,
  katoLevel,
  katoParent,
  katoRegion,
  katoWithin,
} from './kato';

describe('KATO', () => {
  it('reads the level from the trailing zeros', () => {
    expect(katoLevel('710000000')).toBe('REGION');
    expect(katoLevel('271000000')).toBe('DISTRICT');
    expect(katoLevel('711210000')).toBe('SUBLEVEL');
    expect(katoLevel('612010001')).toBe('SETTLEMENT');
    expect(() => katoLevel('71000000')).toThrow(RangeError);
  });

  it('validates codes', () => {
    expect(isValidKato('750000000')).toBe(true);
    expect(isValidKato('000000000')).toBe(false);
    expect(isValidKato('75000000x')).toBe(false);
  });

  it('lists structural ancestors, region first', () => {
    expect(katoAncestors('612010123')).toEqual(['610000000', '612000000', '612010000']);
    expect(katoParent('612010123')).toBe('612010000');
    expect(katoParent('711210000')).toBe('711200000');
    expect(katoParent('710000000')).toBeNull();
    expect(katoAncestors('710000000')).toEqual([]);
    // a settlement directly under a region, sub-levels zero: no duplicate ancestors
    expect(katoAncestors('710000123')).toEqual(['710000000']);
    expect(katoRegion('711410000')).toBe('710000000');
  });

  it('covers by level: region AB*, district ABCD*, sub-level ABCDEF*, settlement exact', () => {
    expect(katoCovers('710000000', '711410000')).toBe(true);
    expect(katoCovers('710000000', '750000000')).toBe(false);
    expect(katoCovers('612000000', '612010123')).toBe(true);
    expect(katoCovers('612000000', '613010123')).toBe(false);
    expect(katoCovers('612010000', '612010123')).toBe(true);
    expect(katoCovers('612010000', '612020123')).toBe(false);
    expect(katoCovers('612010123', '612010123')).toBe(true);
    expect(katoCovers('612010123', '612010124')).toBe(false);
    expect(katoWithin('711210000', '710000000')).toBe(true);
  });

  it('seeds every region of DOMAIN.md with three names, children under their regions', () => {
    const codes = KATO_SEED.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(KATO_SEED.filter((e) => e.parentCode === null)).toHaveLength(20);
    for (const entry of KATO_SEED) {
      expect(isValidKato(entry.code)).toBe(true);
      expect(entry.name.kk && entry.name.ru && entry.name.en).toBeTruthy();
      if (entry.parentCode !== null) {
        expect(codes).toContain(entry.parentCode);
        expect(katoWithin(entry.code, entry.parentCode)).toBe(true);
      } else {
        expect(katoLevel(entry.code)).toBe('REGION');
      }
    }
    expect(KATO_SEED.find((e) => e.code === '271010000')?.name.ru).toBe('Уральск');
  });
});
