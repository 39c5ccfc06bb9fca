import { geocoderUrl } from './address-search.service';
import { nominatimPlaces, photonPlaces } from './geocoder-answers';

describe("an outside geocoder's answers", () => {
  it("reads Photon's features: a house by street and number, a clinic by its name, a street as a street", () => {
    const feature = (properties: object, coordinates: unknown = [71.418, 51.12]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties,
    });
    expect(
      photonPlaces({
        type: 'FeatureCollection',
        features: [
          feature({ osm_type: 'N', osm_id: 7, type: 'house', street: 'проспект Абая', housenumber: '38' }),
          feature({
            osm_type: 'N',
            osm_id: 8,
            type: 'other',
            name: 'Городская больница',
            street: 'улица Айманова',
            housenumber: '5',
          }),
          feature({ osm_type: 'W', osm_id: 9, type: 'street', name: 'улица Сатпаева' }),
          feature({ osm_type: 'N', osm_id: 10, type: 'house', housenumber: '3' }), // no street, no name
          feature({ osm_type: 'N', osm_id: 11, type: 'street', name: 'X' }, [200, 95]), // no usable point
          feature({ osm_type: 'N', osm_id: 12, type: 'street', name: 'Y' }, 'nonsense'),
        ],
      }),
    ).toEqual([
      { id: 'osm:N7', name: 'проспект Абая', house: '38', lat: 51.12, lon: 71.418, precision: 'ADDRESS' },
      { id: 'osm:N8', name: 'Городская больница', lat: 51.12, lon: 71.418, precision: 'ADDRESS' },
      { id: 'osm:W9', name: 'улица Сатпаева', lat: 51.12, lon: 71.418, precision: 'STREET' },
    ]);
    expect(() => photonPlaces({ message: 'bad request' })).toThrow(/not a Photon answer/);
  });

  it("reads Nominatim's places: string coordinates, the address's road and house number", () => {
    expect(
      nominatimPlaces([
        {
          osm_type: 'node',
          osm_id: 7,
          lat: '51.12',
          lon: '71.418',
          category: 'place',
          name: '',
          address: { road: 'проспект Абая', house_number: '38' },
        },
        {
          osm_type: 'way',
          osm_id: 9,
          lat: '51.13',
          lon: '71.42',
          category: 'highway',
          name: 'улица Сатпаева',
          address: { road: 'улица Сатпаева' },
        },
        { osm_type: 'node', osm_id: 10, lat: 'n/a', lon: '71.42', name: 'Z' },
      ]),
    ).toEqual([
      { id: 'osm:N7', name: 'проспект Абая', house: '38', lat: 51.12, lon: 71.418, precision: 'ADDRESS' },
      { id: 'osm:W9', name: 'улица Сатпаева', lat: 51.13, lon: 71.42, precision: 'STREET' },
    ]);
    expect(() => nominatimPlaces({ error: 'x' })).toThrow(/not a Nominatim answer/);
  });

  it('GEOCODER_URL: empty is none; anything but an http(s) URL is refused by name', () => {
    expect(geocoderUrl({ GEOCODER_URL: '' })).toBeNull();
    expect(geocoderUrl({ GEOCODER_URL: 'http://photon.local:2322/' })).toBe('http://photon.local:2322');
    expect(() => geocoderUrl({ GEOCODER_URL: 'photon.local:2322' })).toThrow(/GEOCODER_URL/);
    expect(() => geocoderUrl({ GEOCODER_URL: 'not a url' })).toThrow(/GEOCODER_URL/);
  });
});
