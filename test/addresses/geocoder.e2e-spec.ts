import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '../../apps/api/src/create-api';
import { createSimulators } from '../../apps/simulators/src/create-simulators';
import { createTestEnv, type TestEnv } from '../support/test-env';

interface Entry {
  id: string;
  names: { kk: string; ru: string; en: string };
  kato: string;
  lat: number;
  lon: number;
  house?: string;
  precision: string;
}

/**
 * Address search through an outside geocoder (issue 23.7): GEOCODER_URL names a Photon- or
 * Nominatim-compatible service (here the simulator's stand-in speaking both APIs); its places get
 * the KATO district of the nearest known street; when it fails, is slow or finds nothing, the
 * embedded gazetteer answers, so a person typing an address never gets an error.
 */
describe('address search through a geocoder (GEOCODER_URL)', () => {
  let sim: FastifyInstance;
  let simUrl: string;
  const envs: TestEnv[] = [];
  const apis: NestFastifyApplication[] = [];

  beforeAll(async () => {
    sim = await createSimulators({});
    await sim.listen({ host: '127.0.0.1', port: 0 });
    simUrl = `http://127.0.0.1:${(sim.server.address() as AddressInfo).port}/geocoder`;
  });

  afterAll(async () => {
    for (const a of apis) await a.close();
    for (const t of envs) await t.teardown();
    sim?.server.closeAllConnections(); // the apis' fetch keeps its connections alive
    await sim?.close();
  });

  /** An api on its own database with these settings, and a search as a rider of Astana. */
  async function apiWith(env: Record<string, string>) {
    const t = await createTestEnv(env);
    envs.push(t);
    const api = await createApi(t.config);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    apis.push(api);
    const auth = {
      authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000d7', role: 'DISPATCHER', regionKato: '710000000' })}`,
    };
    return async (query: Record<string, string>) => {
      const r = await api
        .getHttpAdapter()
        .getInstance()
        .inject({ method: 'GET', url: `/gazetteer?${new URLSearchParams(query)}`, headers: auth });
      return { status: r.statusCode, body: r.json() as Entry[] };
    };
  }
  const control = (body: object) =>
    fetch(`${simUrl}/_control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ searches: number }>);

  it.each(['photon', 'nominatim'])(
    'a house number is a point of its own from the %s geocoder, with the district of its street',
    async (api) => {
      const search = await apiWith({ GEOCODER_URL: simUrl, GEOCODER_API: api });
      const { status, body } = await search({ q: 'Кабанбай батыра 51' });
      expect(status).toBe(200);
      const [first] = body;
      expect(first).toMatchObject({
        id: expect.stringMatching(/^osm:N\d+$/),
        names: { ru: 'проспект Кабанбай батыра' },
        house: '51',
        precision: 'ADDRESS',
        kato: '711410000', // Yesil district, from the gazetteer's street nearby
      });
      // the geocoder's own point for no. 51, not the embedded interpolation's (kept to 5 decimals)
      const embedded = await apiWith({});
      const [inner] = (await embedded({ q: 'Кабанбай батыра 51' })).body;
      expect(inner).toMatchObject({ id: 'kabanbay-batyr', precision: 'INTERPOLATED' });
      expect(first!.lat).not.toBe(inner!.lat);
      // a clinic the embedded gazetteer has never heard of
      const clinic = await search({ q: 'медицинский центр' });
      expect(clinic.body[0]).toMatchObject({
        names: { ru: 'Национальный научный медицинский центр' },
        precision: 'ADDRESS',
        kato: expect.stringMatching(/^7112|^7113|^7114/),
      });
      expect((await embedded({ q: 'медицинский центр' })).body).toEqual([]);
    },
  );

  it('the region filter keeps the places of that region only', async () => {
    const search = await apiWith({ GEOCODER_URL: simUrl });
    const semey = await search({ q: 'Абая', region: '100000000' });
    expect(semey.body.length).toBeGreaterThan(0);
    for (const e of semey.body) expect(e.kato.startsWith('10')).toBe(true);
    const astana = await search({ q: 'Абая', region: '710000000' });
    for (const e of astana.body) expect(e.kato.startsWith('71')).toBe(true);
  });

  it('a failing, slow or empty-handed geocoder leaves the embedded gazetteer answering', async () => {
    const search = await apiWith({ GEOCODER_URL: simUrl, GEOCODER_TIMEOUT_MS: '300' });
    await control({ failNext: 1, slowMs: 0 });
    const failed = await search({ q: 'Сатпаева 2' });
    expect(failed.status).toBe(200);
    expect(failed.body[0]).toMatchObject({ id: 'satpayev', house: '2' });
    await control({ failNext: 0, slowMs: 1000 });
    const started = Date.now();
    const slow = await search({ q: 'Сатпаева 2' });
    expect(slow.status).toBe(200);
    expect(slow.body[0]).toMatchObject({ id: 'satpayev' });
    expect(Date.now() - started).toBeLessThan(1000); // the person waited the timeout, not the geocoder
    await control({ failNext: 0, slowMs: 0 });
    // a spelling the geocoder does not know ("Satpaev" for Satpayev): the gazetteer folds it
    const other = await search({ q: 'Satpaev' });
    expect(other.body[0]).toMatchObject({ id: 'satpayev' });
    const { searches } = await control({});
    expect(searches).toBeGreaterThanOrEqual(3);
  });
});
