/**
 * The demo city's generated riders (walk t22 m13: 'Марат Муканова', 'Олжас Искакова'): a given
 * name of the rider's sex, a family name agreeing with it.
 */
import { cityRiders, GIVEN, surnameFor } from '../../scripts/seed/city-riders';

describe('the demo city riders’ names', () => {
  it('a family name takes the ending of the person’s sex', () => {
    expect(surnameFor('Муканов', 'M')).toBe('Муканов');
    expect(surnameFor('Муканов', 'F')).toBe('Муканова');
    expect(surnameFor('Муканова', 'M')).toBe('Муканов');
    expect(surnameFor('Кенжебаев', 'F')).toBe('Кенжебаева');
    expect(surnameFor('Мусин', 'F')).toBe('Мусина');
    expect(surnameFor('Мусина', 'F')).toBe('Мусина');
    expect(surnameFor('Сапарұлы', 'M')).toBe('Сапарұлы');
    expect(surnameFor('Сапарұлы', 'F')).toBe('Сапарқызы');
    expect(surnameFor('Нұрланқызы', 'F')).toBe('Нұрланқызы');
    expect(surnameFor('Ким', 'F')).toBe('Ким');
  });

  it('every rider’s given and family names agree with their sex', () => {
    const riders = cityRiders();
    expect(riders.length).toBeGreaterThan(20);
    for (const r of riders) {
      const [given, family] = r.fullName.split(' ') as [string, string];
      const sex = r.sex as 'F' | 'M';
      expect({ name: r.fullName, given: GIVEN[sex].includes(given) }).toEqual({
        name: r.fullName,
        given: true,
      });
      const woman = /(ова|ева|ина|ына|қызы)$/.test(family);
      const man = /(ов|ев|ин|ын|ұлы)$/.test(family);
      expect({ name: r.fullName, sex, agrees: sex === 'F' ? woman : man }).toEqual({
        name: r.fullName,
        sex,
        agrees: true,
      });
    }
    // Both sexes and a patronymic-style name among them.
    expect(riders.some((r) => r.sex === 'F') && riders.some((r) => r.sex === 'M')).toBe(true);
    expect(riders.some((r) => /қызы$/.test(r.fullName)) && riders.some((r) => /ұлы$/.test(r.fullName))).toBe(
      true,
    );
  });
});
