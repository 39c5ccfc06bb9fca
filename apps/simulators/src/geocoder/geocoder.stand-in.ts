// STAND-IN, NOT A REAL SYSTEM. A geocoder speaking Photon's API (GET /api?q=&limit=) and
// Nominatim's (GET /search?q=&format=jsonv2&addressdetails=1&limit=), as a self-hosted Photon or
// Nominatim with Kazakhstan's OpenStreetMap extract would answer, over a small extract of its own:
// the streets of the embedded gazetteer's files, a house object every 2 numbers along each street
// whose course is known, and a few named places (clinics) the gazetteer does not know. Its matching
// is simple (every word of the query starts a word of the object's names), not Photon's.
// A control API (/geocoder/_control/...) makes it fail (5xx) or answer slowly; tests read how
// many searches it got.
import type { FastifyInstance } from 'fastify';
import { ASTANA_STREETS as astana, SEMEY_STREETS as semey } from '@invataxi/streets';
import type { StandIn } from '../stand-in';

interface OsmObject {
  osmType: 'N' | 'W';
  osmId: number;
  /** Photon's type: a street, a house, or another named object. */
  type: 'street' | 'house' | 'other';
  name?: string;
  street?: string;
  housenumber?: string;
  city: string;
  lat: number;
  lon: number;
  /** Folded words of every name the object is found by. */
  words: string[];
}

interface StreetFile {
  streets: {
    ru: string;
    kk: string;
    en: string;
    lat: number;
    lon: number;
    line?: number[][];
    numbers?: number[];
  }[];
}

/** Named places the embedded gazetteer has no entry for (points approximate). */
const PLACES = [
  {
    name: 'Национальный научный медицинский центр',
    street: 'проспект Абылай хана',
    housenumber: '42',
    city: 'Астана',
    lat: 51.1488,
    lon: 71.4725,
  },
  {
    name: 'Многопрофильная городская больница № 2',
    street: 'улица Сарыарка',
    housenumber: '31',
    city: 'Астана',
    lat: 51.1714,
    lon: 71.4122,
  },
];

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function extract(): OsmObject[] {
  const out: OsmObject[] = [];
  let id = 1000;
  for (const [file, city] of [
    [astana as StreetFile, 'Астана'],
    [semey as StreetFile, 'Семей'],
  ] as const) {
    for (const s of file.streets) {
      const names = [s.ru, s.kk, s.en];
      const words = names.flatMap((n) => fold(n).split(' '));
      out.push({
        osmType: 'W',
        osmId: id++,
        type: 'street',
        name: s.ru,
        city,
        lat: s.lat,
        lon: s.lon,
        words,
      });
      const [a, b] = s.line ? [s.line[0], s.line[s.line.length - 1]] : [];
      const [first, last] = s.numbers ?? [];
      if (!a || !b || first === undefined || last === undefined) continue;
      for (let n = first; n <= last; n += 2) {
        const f = last === first ? 0 : (n - first) / (last - first);
        out.push({
          osmType: 'N',
          osmId: id++,
          type: 'house',
          street: s.ru,
          housenumber: String(n),
          city,
          lat: Math.round(((a[0] as number) + ((b[0] as number) - (a[0] as number)) * f) * 1e6) / 1e6,
          lon: Math.round(((a[1] as number) + ((b[1] as number) - (a[1] as number)) * f) * 1e6) / 1e6,
          words: [...words, String(n)],
        });
      }
    }
  }
  for (const p of PLACES)
    out.push({
      osmType: 'N',
      osmId: id++,
      type: 'other',
      ...p,
      words: [...fold(p.name).split(' '), ...fold(p.street).split(' '), p.housenumber],
    });
  return out;
}

function matches(objects: OsmObject[], q: string, limit: number): OsmObject[] {
  const words = fold(q).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits = objects.filter((o) => words.every((w) => o.words.some((x) => x.startsWith(w))));
  // A query with a number wants the house; without one, the street before its houses.
  const wantsHouse = words.some((w) => /^\d/.test(w));
  const rank = (o: OsmObject) =>
    o.type === 'house' ? (wantsHouse ? 0 : 2) : o.type === 'other' ? 1 : wantsHouse ? 1 : 0;
  return hits.sort((x, y) => rank(x) - rank(y)).slice(0, limit);
}

function photonFeature(o: OsmObject) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [o.lon, o.lat] },
    properties: {
      osm_type: o.osmType,
      osm_id: o.osmId,
      osm_key: o.type === 'street' ? 'highway' : o.type === 'house' ? 'place' : 'amenity',
      osm_value: o.type === 'street' ? 'residential' : o.type === 'house' ? 'house' : 'hospital',
      type: o.type,
      ...(o.name ? { name: o.name } : {}),
      ...(o.street ? { street: o.street } : {}),
      ...(o.housenumber ? { housenumber: o.housenumber } : {}),
      city: o.city,
      country: 'Казахстан',
      countrycode: 'KZ',
    },
  };
}

function nominatimPlace(o: OsmObject, i: number) {
  const road = o.type === 'street' ? o.name : o.street;
  return {
    place_id: 100000 + i,
    osm_type: o.osmType === 'W' ? 'way' : 'node',
    osm_id: o.osmId,
    lat: String(o.lat),
    lon: String(o.lon),
    category: o.type === 'street' ? 'highway' : o.type === 'house' ? 'place' : 'amenity',
    type: o.type === 'street' ? 'residential' : o.type === 'house' ? 'house' : 'hospital',
    name: o.type === 'house' ? '' : o.name,
    display_name: [o.name, o.housenumber, road, o.city, 'Казахстан'].filter(Boolean).join(', '),
    address: {
      ...(o.housenumber ? { house_number: o.housenumber } : {}),
      ...(road ? { road } : {}),
      city: o.city,
      country: 'Казахстан',
      country_code: 'kz',
    },
  };
}

export const geocoderStandIn: StandIn = {
  name: 'geocoder',
  prefix: '/geocoder',
  async register(app: FastifyInstance): Promise<void> {
    const objects = extract();
    const state = { failNext: 0, slowMs: 0, searches: 0 };
    const limitOf = (v: unknown) => Math.min(50, Math.max(1, Number(v) || 10));
    const gate = async (): Promise<boolean> => {
      state.searches++;
      if (state.slowMs > 0) await new Promise((r) => setTimeout(r, state.slowMs));
      if (state.failNext > 0) {
        state.failNext--;
        return false;
      }
      return true;
    };
    app.get<{ Querystring: { q?: string; limit?: string } }>('/api', async (req, reply) => {
      if (!(await gate())) return reply.code(503).send({ message: 'stand-in told to fail' });
      if (!req.query.q) return reply.code(400).send({ message: 'missing search term "q"' });
      return {
        type: 'FeatureCollection',
        features: matches(objects, req.query.q, limitOf(req.query.limit)).map(photonFeature),
      };
    });
    app.get<{ Querystring: { q?: string; limit?: string; format?: string } }>(
      '/search',
      async (req, reply) => {
        if (!(await gate())) return reply.code(503).send({ message: 'stand-in told to fail' });
        if (req.query.format !== 'jsonv2')
          return reply.code(400).send({ message: 'this stand-in speaks format=jsonv2 only' });
        return matches(objects, req.query.q ?? '', limitOf(req.query.limit)).map(nominatimPlace);
      },
    );
    app.post<{ Body: { failNext?: number; slowMs?: number } }>('/_control', async (req) => {
      if (req.body?.failNext !== undefined) state.failNext = req.body.failNext;
      if (req.body?.slowMs !== undefined) state.slowMs = req.body.slowMs;
      return state;
    });
    app.get('/_control', async () => state);
  },
};
