import { Injectable } from '@nestjs/common';
import { distanceMetres, katoRegion, katoWithinAny, type Language, type LonLat } from '@invataxi/domain';
import { STREET_FILES } from '@invataxi/streets';

type Names = Record<Language, string>;

export interface GazetteerEntry {
  id: string;
  names: Names;
  /** KATO code of the district the street's main segment lies in. */
  kato: string;
  district: Names;
  lat: number;
  lon: number;
  /** A house number typed in the query ("Kabanbay Batyr 53"), echoed so the address can carry it. */
  house?: string;
  /**
   * How near the point is to the house: ADDRESS a point of that house; INTERPOLATED between the
   * street's numbered points by the number (approximate); STREET the street's main segment only.
   */
  precision: 'ADDRESS' | 'INTERPOLATED' | 'STREET';
}

interface Street extends Names {
  id: string;
  kato: string;
  lat: number;
  lon: number;
  /** The course from the lowest-numbered end, approximate ([lat, lon]); see the file's `source`. */
  line?: number[][];
  /** The house numbers assumed at the line's two ends. */
  numbers?: number[];
  /** Points of particular houses, by number. */
  houses?: Record<string, number[]>;
}

/** Kazakh and Russian letters in Latin, as people type them in either script. */
const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Folds a name to what people may type for it: case, the script (Cyrillic to Latin) and the
 * spellings that vary ("Абая", "Abay" and "Abai"; "Satpayev", "Satpaev" and "Сатпаева"; "Кабанбай
 * батыра" and "Қабанбай батыр"): y and i are one letter, kh is h, a doubled letter is one.
 */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => LATIN[c] ?? c)
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words of a query that say what kind of street it is ("ул.", "проспект", "көшесі", "St"): people
 * write them or not, and not always the kind the register has, so they are not searched for.
 */
const KIND_WORDS = new Set(
  [
    'ул',
    'улица',
    'пр',
    'пр-т',
    'просп',
    'проспект',
    'пер',
    'переулок',
    'наб',
    'набережная',
    'бульвар',
    'көше',
    'көшесі',
    'даңғыл',
    'даңғылы',
    'шағын',
    'street',
    'st',
    'avenue',
    'ave',
    'av',
    'д',
    'дом',
    'үй',
    'house',
    'кв',
    'пәтер',
    'г',
    'город',
    'астана',
    'astana',
  ].map((w) => fold(w)),
);

/** A point of the street for a house number, and how near it is to the house. */
export function housePoint(
  street: Street,
  house: number,
): { lat: number; lon: number; precision: GazetteerEntry['precision'] } {
  const own = street.houses?.[String(house)];
  if (own) return { lat: own[0] as number, lon: own[1] as number, precision: 'ADDRESS' };
  // Known points by number: the line's ends and the houses; the number is placed between the two
  // around it, in proportion (interpolated, approximate: see the data file's `source`).
  const known: { n: number; lat: number; lon: number }[] = Object.entries(street.houses ?? {}).map(
    ([n, [lat, lon]]) => ({ n: Number(n), lat: lat as number, lon: lon as number }),
  );
  const [first, last] = street.numbers ?? [];
  const [a, b] = street.line ? [street.line[0], street.line[street.line.length - 1]] : [];
  if (a && b && first !== undefined && last !== undefined)
    known.push(
      { n: first, lat: a[0] as number, lon: a[1] as number },
      { n: last, lat: b[0] as number, lon: b[1] as number },
    );
  known.sort((x, y) => x.n - y.n);
  if (known.length < 2) return { lat: street.lat, lon: street.lon, precision: 'STREET' };
  // A number beyond the known ones stays at the nearest end (the street may run on: approximate).
  const lo = [...known].reverse().find((k) => k.n <= house) ?? (known[0] as (typeof known)[number]);
  const hi = known.find((k) => k.n >= house) ?? (known[known.length - 1] as (typeof known)[number]);
  const f = hi.n === lo.n ? 0 : Math.min(1, Math.max(0, (house - lo.n) / (hi.n - lo.n)));
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    lat: round(lo.lat + (hi.lat - lo.lat) * f),
    lon: round(lo.lon + (hi.lon - lo.lon) * f),
    precision: 'INTERPOLATED',
  };
}

/**
 * Address search over the regions' street gazetteers (data files: real street names of Astana
 * and Semey with approximate points and KATO districts). Every word of the query must start a
 * word of one of the street's names (kk, ru or en); a number in the query is taken as the house
 * number. `region` (a region's KATO code) keeps the streets of that region only.
 */
@Injectable()
export class GazetteerService {
  private readonly streets: { street: Street; words: string[] }[] = STREET_FILES.flatMap((f) =>
    (f.streets as Street[]).map((street) => ({
      street,
      words: [street.kk, street.ru, street.en].flatMap((n) => fold(n).split(' ')),
    })),
  );

  private readonly districts: Record<string, Names> = Object.assign(
    {},
    ...STREET_FILES.map((f) => f.districts as Record<string, Names>),
  ) as Record<string, Names>;

  /**
   * The points of the streets inside any of the KATO areas, [lon, lat]: what the platform knows
   * of where a region's served area lies when the policy draws no polygon (issue 25: the service
   * area of the GTFS-Flex feed is their convex hull, and says so).
   */
  pointsWithin(areaCodes: readonly string[]): LonLat[] {
    return this.streets
      .filter(({ street }) => katoWithinAny(street.kato, areaCodes))
      .map(({ street }) => [street.lon, street.lat]);
  }

  /**
   * The KATO district of the known street nearest to a point, within `maxMetres` of one of its
   * points (its middle, its ends, its houses); null farther away. An outside geocoder's place gets
   * its district so (OpenStreetMap knows no KATO codes): approximate near a district's border.
   */
  districtNear(lat: number, lon: number, maxMetres: number): { kato: string; district: Names } | null {
    let best: { kato: string; metres: number } | null = null;
    for (const { street } of this.streets) {
      const points = [
        [street.lat, street.lon],
        ...(street.line ?? []),
        ...Object.values(street.houses ?? {}),
      ];
      for (const [pLat, pLon] of points) {
        const metres = distanceMetres({ lat, lon }, { lat: pLat as number, lon: pLon as number });
        if (metres <= maxMetres && (!best || metres < best.metres)) best = { kato: street.kato, metres };
      }
    }
    return best ? { kato: best.kato, district: this.districtNames(best.kato) } : null;
  }

  private districtNames(kato: string): Names {
    return this.districts[kato] ?? { kk: kato, ru: kato, en: kato };
  }

  search(q: string, limit = 10, region?: string): GazetteerEntry[] {
    const tokens = fold(q).split(' ').filter(Boolean);
    const house = tokens.find((t) => /^\d+\p{L}?$/u.test(t));
    const words = tokens.filter((t) => t !== house && !/^\d+$/.test(t) && !KIND_WORDS.has(t));
    if (words.length === 0) return [];
    return this.streets
      .filter(({ street }) => !region || katoRegion(street.kato) === katoRegion(region))
      .filter(({ words: w }) => words.every((t) => w.some((x) => x.startsWith(t))))
      .slice(0, limit)
      .map(({ street }) => {
        const at = house
          ? housePoint(street, parseInt(house, 10))
          : { lat: street.lat, lon: street.lon, precision: 'STREET' as const };
        return {
          id: street.id,
          names: { kk: street.kk, ru: street.ru, en: street.en },
          kato: street.kato,
          district: this.districtNames(street.kato),
          lat: at.lat,
          lon: at.lon,
          precision: at.precision,
          ...(house ? { house } : {}),
        };
      });
  }
}
