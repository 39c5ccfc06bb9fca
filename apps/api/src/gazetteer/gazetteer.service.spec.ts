import { ASTANA_STREETS as data, SEMEY_STREETS as semey } from '@invataxi/streets';
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

  it('folds Kazakh letters, case, the script and the spellings that vary', () => {
    expect(fold('Мәңгілік Ел')).toBe('mangilik el');
    expect(fold('Абай')).toBe(fold('Abay'));
    expect(fold('Abai')).toBe(fold('Abay'));
    expect(fold('Сейфуллина')).toBe(fold('Seifulina'));
    expect(fold('Сатпаев')).toBe(fold('Satpaev'));
  });

  it("finds the demo's own addresses as people type them, in kk, ru and en (issue 23)", () => {
    const first = (q: string) => {
      const [hit] = g.search(q, 10, '710000000');
      return hit && { id: hit.id, house: hit.house, precision: hit.precision };
    };
    expect(first('Сатпаева 2')).toEqual({ id: 'satpayev', house: '2', precision: 'ADDRESS' });
    expect(first('ул. Сатпаева, 2')).toEqual({ id: 'satpayev', house: '2', precision: 'ADDRESS' });
    expect(first('Satpayev 2')?.id).toBe('satpayev');
    expect(first('Сәтбаев көшесі 2')?.id).toBe('satpayev');
    expect(first('Айманова 5')).toEqual({ id: 'aimanov', house: '5', precision: 'ADDRESS' });
    expect(first('улица Ш. Айманова, 5')?.id).toBe('aimanov');
    expect(first('Abay 38')).toEqual({ id: 'abai', house: '38', precision: 'ADDRESS' });
    expect(first('пр. Абая 38')?.id).toBe('abai');
    expect(first('Абай даңғылы 38')?.id).toBe('abai');
    // "ул." where the register says "проспект": the kind is not searched for
    expect(first('ул. Абая 10')?.id).toBe('abai');
    expect(first('Кенесары 40')).toEqual({ id: 'kenesary', house: '40', precision: 'ADDRESS' });
  });

  it('a house number moves the point along the street (interpolated between its numbered points)', () => {
    const at = (q: string) => g.search(q, 1, '710000000')[0]!;
    const k10 = at('Kabanbay 10');
    const k30 = at('Kabanbay 30');
    const k60 = at('Kabanbay 60');
    const k90 = at('Kabanbay 90');
    expect([k10.precision, k30.precision, k60.precision, k90.precision]).toEqual([
      'INTERPOLATED',
      'INTERPOLATED',
      'ADDRESS',
      'INTERPOLATED',
    ]);
    // numbers rise southwards on the left bank's avenues: each further south, none on another street
    expect(k10.lat).toBeGreaterThan(k30.lat);
    expect(k30.lat).toBeGreaterThan(k60.lat);
    expect(k60.lat).toBeGreaterThan(k90.lat);
    expect(Math.abs(k10.lon - k90.lon)).toBeLessThan(0.01);
    // between two known points, in proportion: 30 lies between 1 (the line's end) and 60 (a house)
    const street = data.streets.find((s) => s.id === 'kabanbay-batyr')!;
    const f = (30 - 1) / (60 - 1);
    expect(k30.lat).toBeCloseTo(
      street.line![0]![0]! + (street.houses!['60']![0]! - street.line![0]![0]!) * f,
      4,
    );
    // a number past the last known point stays at the street's end; without a number, the street
    expect(at('Kabanbay 400')).toMatchObject({ lat: street.line![1]![0], precision: 'INTERPOLATED' });
    expect(at('Kabanbay')).toMatchObject({ lat: street.lat, lon: street.lon, precision: 'STREET' });
    // a street with no numbered points says so rather than pretend
    expect(at('Syganak 5')).toMatchObject({ lat: 51.1192, precision: 'STREET' });
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
