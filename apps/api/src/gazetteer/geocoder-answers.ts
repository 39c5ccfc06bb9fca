// What a Photon- or Nominatim-compatible geocoder answers, read into the platform's places.
// Pure: no HTTP here, so the two APIs' shapes are tested without a server.

/** A place as an outside geocoder names it, before the platform gives it a KATO district. */
export interface GeocodedPlace {
  /** The geocoder's own id of the object, e.g. "osm:W123" (stable across searches). */
  id: string;
  /** The street (for a house or a street) or the place's own name (a hospital, a stop). */
  name: string;
  house?: string;
  lat: number;
  lon: number;
  /** A house or a named place is a point of its own; a street only its middle. */
  precision: 'ADDRESS' | 'STREET';
}

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
const inRange = (lat: number, lon: number) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/** One place from the parts every geocoder gives; null when it has no name or no usable point. */
function place(
  id: string,
  parts: { name?: string; street?: string; house?: string; lat?: number; lon?: number },
): GeocodedPlace | null {
  const { lat, lon } = parts;
  if (lat === undefined || lon === undefined || !inRange(lat, lon)) return null;
  // A named place (a clinic) by its name; a house by its street and number; a street by its name.
  const own = parts.name && parts.name !== parts.street ? parts.name : undefined;
  const house = !own && parts.house && parts.street ? parts.house : undefined;
  const name = own ?? parts.street ?? parts.name;
  if (!name) return null;
  const precision = own || house ? 'ADDRESS' : 'STREET';
  return { id, name, ...(house ? { house } : {}), lat, lon, precision };
}

/**
 * Photon's answer to GET /api?q=...: a GeoJSON FeatureCollection whose features carry the OSM
 * object's name, street, house number and type in `properties` and a [lon, lat] point.
 */
export function photonPlaces(body: unknown): GeocodedPlace[] {
  const features = (body as Json | null)?.features;
  if (!Array.isArray(features)) throw new Error('not a Photon answer: no "features" array');
  const out: GeocodedPlace[] = [];
  for (const f of features as Json[]) {
    const p = (f?.properties ?? {}) as Json;
    const coordinates = ((f?.geometry ?? {}) as Json).coordinates;
    const [lon, lat] = Array.isArray(coordinates) ? coordinates.map(num) : [];
    const type = str(p.type);
    const x = place(`osm:${str(p.osm_type) ?? '?'}${String(p.osm_id ?? '')}`, {
      // Photon names a street object by `name` and a house by `street` + `housenumber`.
      name: str(p.name),
      street: str(p.street) ?? (type === 'street' ? str(p.name) : undefined),
      house: str(p.housenumber),
      lat,
      lon,
    });
    if (x) out.push(x);
  }
  return out;
}

/**
 * Nominatim's answer to GET /search?format=jsonv2&addressdetails=1: an array of places with
 * string coordinates and an `address` object (road, house_number, ...).
 */
export function nominatimPlaces(body: unknown): GeocodedPlace[] {
  if (!Array.isArray(body)) throw new Error('not a Nominatim answer: not an array');
  const out: GeocodedPlace[] = [];
  for (const r of body as Json[]) {
    const a = (r?.address ?? {}) as Json;
    const street = str(a.road) ?? str(a.pedestrian) ?? str(a.footway);
    const x = place(`osm:${(str(r.osm_type) ?? '?').charAt(0).toUpperCase()}${String(r.osm_id ?? '')}`, {
      name: str(r.name) ?? (r.category === 'highway' ? street : undefined),
      street,
      house: str(a.house_number),
      lat: num(r.lat),
      lon: num(r.lon),
    });
    if (x) out.push(x);
  }
  return out;
}
