import { coveringAreaCodes } from './coverage.repository';

describe('coveringAreaCodes: the KATO hierarchy part of the coverage query', () => {
  it('covers a settlement by itself, its sub-level, its district and its region', () => {
    expect(coveringAreaCodes('271035100')).toEqual(['271035100', '270000000', '271000000', '271035000']);
  });

  it('covers a district by itself and its region only', () => {
    expect(coveringAreaCodes('271000000').sort()).toEqual(['270000000', '271000000']);
    // Astana's city district: the structural parent 711200000 is absent from the classifier,
    // but a provider registered for it or for the city still covers it.
    expect(coveringAreaCodes('711210000')).toEqual(['711210000', '710000000', '711200000']);
  });

  it('covers a region only by itself: a district provider does not cover the whole region', () => {
    expect(coveringAreaCodes('270000000')).toEqual(['270000000']);
  });

  it('never lets a neighbouring district or region cover a code', () => {
    const codes = coveringAreaCodes('271035100');
    expect(codes).not.toContain('272000000');
    expect(codes).not.toContain('310000000');
  });

  it('refuses what is not a KATO code', () => {
    expect(() => coveringAreaCodes('12345')).toThrow(RangeError);
    expect(() => coveringAreaCodes('001000000')).toThrow(RangeError);
  });
});
