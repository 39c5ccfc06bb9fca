import { normalisePlate } from './plate';

describe('normalisePlate', () => {
  it('accepts private and legal-entity plates, with or without spaces, and stores them compact', () => {
    expect(normalisePlate('123ABC01')).toBe('123ABC01');
    expect(normalisePlate('123 abc 01')).toBe('123ABC01');
    expect(normalisePlate('777-AB-02')).toBe('777AB02');
    expect(normalisePlate('001 KZA 20')).toBe('001KZA20');
  });

  it('reads Cyrillic look-alike letters as the Latin ones', () => {
    expect(normalisePlate('123 АВС 01')).toBe('123ABC01');
  });

  it('refuses other shapes and region codes that do not exist', () => {
    for (const bad of [
      '12ABC01',
      '1234ABC01',
      '123A01',
      '123ABCD01',
      '123ABC00',
      '123ABC21',
      '123ABC1',
      'ABC12301',
      '123ЖЖЖ01',
      '',
    ])
      expect(normalisePlate(bad)).toBeNull();
  });
});
