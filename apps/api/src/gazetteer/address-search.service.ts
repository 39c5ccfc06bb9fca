import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, ConfigError, type AppConfig } from '@invataxi/config';
import { katoRegion } from '@invataxi/domain';
import { LOGGER, type Logger } from '@invataxi/platform';
import { GazetteerService, type GazetteerEntry } from './gazetteer.service';
import { nominatimPlaces, photonPlaces, type GeocodedPlace } from './geocoder-answers';

/** How far from a known street a geocoded place may lie and still get that street's district. */
const DISTRICT_RADIUS_METRES = 3000;

/**
 * The geocoder's base URL without a trailing slash; null when none is set. A value that is not an
 * http(s) URL stops the api at start with one line naming the variable.
 */
export function geocoderUrl(config: Pick<AppConfig, 'GEOCODER_URL'>): string | null {
  if (config.GEOCODER_URL === '') return null;
  let protocol = '';
  try {
    protocol = new URL(config.GEOCODER_URL).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new ConfigError('GEOCODER_URL', `must be an http(s) URL or empty, got "${config.GEOCODER_URL}"`);
  return config.GEOCODER_URL.replace(/\/$/, '');
}

/**
 * Address search for booking forms (issue 23.7): the geocoder configured by GEOCODER_URL (a
 * Photon- or Nominatim-compatible service) when there is one, else the embedded gazetteer. The
 * gazetteer also answers when the geocoder fails, is slow or finds nothing, so a person typing an
 * address is never left with an error: the search degrades to streets, it does not stop.
 */
@Injectable()
export class AddressSearchService {
  private readonly url: string | null;

  constructor(
    private readonly gazetteer: GazetteerService,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.url = geocoderUrl(config);
  }

  async search(q: string, limit: number, region?: string): Promise<GazetteerEntry[]> {
    if (this.url !== null) {
      try {
        const found = this.withDistricts(await this.geocode(this.url, q, limit), region).slice(0, limit);
        if (found.length > 0) return found;
      } catch (e) {
        // The query is an address someone typed (maybe a home): never logged.
        this.logger.warn(
          { err: { message: (e as Error).message } },
          'geocoder failed; the embedded gazetteer answered',
        );
      }
    }
    return this.gazetteer.search(q, limit, region);
  }

  private async geocode(base: string, q: string, limit: number): Promise<GeocodedPlace[]> {
    const photon = this.config.GEOCODER_API === 'photon';
    // Ask for more than shown: places outside the known districts or the region are left out.
    const url = photon
      ? `${base}/api?${new URLSearchParams({ q, limit: String(limit * 2) })}`
      : `${base}/search?${new URLSearchParams({ q, format: 'jsonv2', addressdetails: '1', countrycodes: 'kz', limit: String(limit * 2) })}`;
    const res = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(this.config.GEOCODER_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`geocoder answered ${res.status}`);
    const body: unknown = await res.json();
    return photon ? photonPlaces(body) : nominatimPlaces(body);
  }

  /** The places with their KATO district (from the nearest known street); others left out. */
  private withDistricts(places: GeocodedPlace[], region?: string): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    for (const p of places) {
      const near = this.gazetteer.districtNear(p.lat, p.lon, DISTRICT_RADIUS_METRES);
      if (!near || (region && katoRegion(near.kato) !== katoRegion(region))) continue;
      out.push({
        id: p.id,
        // An outside geocoder gives one name (OpenStreetMap's local one): the same in every language.
        names: { kk: p.name, ru: p.name, en: p.name },
        kato: near.kato,
        district: near.district,
        lat: p.lat,
        lon: p.lon,
        precision: p.precision,
        ...(p.house ? { house: p.house } : {}),
      });
    }
    return out;
  }
}
