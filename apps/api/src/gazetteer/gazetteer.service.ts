import { Injectable } from '@nestjs/common';
import { katoRegion, katoWithinAny, type Language, type LonLat } from '@invataxi/domain';
import astana from './astana-streets.json';
import semey from './semey-streets.json';

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
}

interface Street extends Names {
  id: string;
  kato: string;
  lat: number;
  lon: number;
}

/** Folds case and the letters people type interchangeably (ё/е, Kazakh letters typed as Russian ones). */
export function fold(s: string): string {
  const map: Record<string, string> = {
    ё: 'е',
    ә: 'а',
    ғ: 'г',
    қ: 'к',
    ң: 'н',
    ө: 'о',
    ұ: 'у',
    ү: 'у',
    һ: 'х',
    і: 'и',
    ы: 'и',
    й: 'и',
  };
  return s
    .toLowerCase()
    .replace(/[ёәғқңөұүһіый]/g, (c) => map[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The street files: Astana's, and Semey's for the Abai region of the procurement story (issue 20). */
const FILES = [astana, semey];

/**
 * Address search over the regions' street gazetteers (data files: real street names of Astana
 * and Semey with approximate points and KATO districts). Every word of the query must start a
 * word of one of the street's names (kk, ru or en); a number in the query is taken as the house
 * number. `region` (a region's KATO code) keeps the streets of that region only.
 */
@Injectable()
export class GazetteerService {
  private readonly streets: { street: Street; words: string[] }[] = FILES.flatMap((f) =>
    (f.streets as Street[]).map((street) => ({
      street,
      words: [street.kk, street.ru, street.en].flatMap((n) => fold(n).split(' ')),
    })),
  );

  private readonly districts: Record<string, Names> = Object.assign(
    {},
    ...FILES.map((f) => f.districts as Record<string, Names>),
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

  search(q: string, limit = 10, region?: string): GazetteerEntry[] {
    const tokens = fold(q).split(' ').filter(Boolean);
    const house = tokens.find((t) => /^\d+[\p{L}]?$/u.test(t));
    const words = tokens.filter((t) => t !== house);
    if (words.length === 0) return [];
    const districts = this.districts;
    return this.streets
      .filter(({ street }) => !region || katoRegion(street.kato) === katoRegion(region))
      .filter(({ words: w }) => words.every((t) => w.some((x) => x.startsWith(t))))
      .slice(0, limit)
      .map(({ street }) => ({
        id: street.id,
        names: { kk: street.kk, ru: street.ru, en: street.en },
        kato: street.kato,
        district: districts[street.kato] ?? { kk: street.kato, ru: street.kato, en: street.kato },
        lat: street.lat,
        lon: street.lon,
        ...(house ? { house } : {}),
      }));
  }
}
