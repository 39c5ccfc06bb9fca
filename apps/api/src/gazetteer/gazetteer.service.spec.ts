import data from './astana-streets.json';
import semey from './semey-streets.json';
import { fold, GazetteerService } from './gazetteer.service';

describe('GazetteerService', () => {
  const g = new GazetteerService();

  it('finds a street by any of its names, with the house number kept', () => {
    const [hit] = g.search('Kabanbay 53');
    expect(hit).toEqual(expect.objectContaining({ id: 'kabanbay-batyr', kato: '711410000', house: '53' }));
    expect(hit.district.en).toBe('Yesil district');
    expect(g.search('Қабанбай')[0]?.id).toBe('kabanbay-batyr');
    expect(g.search('кабанбай батыра')[0]?.id).toBe('kabanbay-batyr');
  });

  it('needs every word to match and answers nothing for a number alone', () => {
    expect(g.search('Kabanbay Abai')).toEqual([]);
    expect(g.search('53')).toEqual([]);
    expect(g.search('abai', 10, '710000000').map((x) => x.id)).toEqual(['abai']);
  });

  it("keeps a region's streets when asked: Semey's Abai street in the Abai region, not Astana's", () => {
    expect(g.search('abai', 10, '100000000').map((x) => [x.id, x.district.ru])).toEqual([
      ['semey-abai', 'город Семей'],
    ]);
    expect(
      g
        .search('abai')
        .map((x) => x.id)
        .sort(),
    ).toEqual(['abai', 'semey-abai']);
    expect(semey.streets.every((s) => s.kato === '101010000')).toBe(true);
  });

  it('folds Kazakh letters and case', () => {
    expect(fold('Мәңгілік Ел')).toBe('мангилик ел');
  });

  it('keeps every street inside Astana and one of its five districts', () => {
    const districts = Object.keys(data.districts);
    expect(districts.sort()).toEqual(['711210000', '711310000', '711410000', '711510000', '711610000']);
    for (const s of data.streets) {
      expect({ id: s.id, ok: districts.includes(s.kato) }).toEqual({ id: s.id, ok: true });
      expect(s.lat).toBeGreaterThan(51.0);
      expect(s.lat).toBeLessThan(51.3);
      expect(s.lon).toBeGreaterThan(71.2);
      expect(s.lon).toBeLessThan(71.7);
    }
    expect(new Set(data.streets.map((s) => s.id)).size).toBe(data.streets.length);
  });
});
