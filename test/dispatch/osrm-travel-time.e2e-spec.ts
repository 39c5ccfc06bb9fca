// The OSRM adapter against a small local stand-in of OSRM's table service.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OsrmTravelTimeProvider } from '../../libs/routing/src/osrm-travel-time';

/** Travel "time" of the stub: 1000 s per degree of latitude plus 2000 s per degree of longitude. */
const secs = (a: number[], b: number[]) => Math.abs(a[1] - b[1]) * 1000 + Math.abs(a[0] - b[0]) * 2000;

describe('OSRM travel times (HTTP table service)', () => {
  let server: Server;
  let base: string;
  const seen: { points: number; sources: number; destinations: number; path: string }[] = [];
  let answer: 'ok' | 'error' | 'no-route' = 'ok';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const m = /^\/table\/v1\/driving\/(.+)$/.exec(url.pathname);
      if (!m) {
        res.writeHead(404).end();
        return;
      }
      const coords = decodeURIComponent(m[1])
        .split(';')
        .map((c) => c.split(',').map(Number));
      const src = (url.searchParams.get('sources') ?? '').split(';').map(Number);
      const dst = (url.searchParams.get('destinations') ?? '').split(';').map(Number);
      seen.push({ points: coords.length, sources: src.length, destinations: dst.length, path: url.pathname });
      if (answer === 'error') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ code: 'InvalidQuery', message: 'bad' }));
        return;
      }
      const durations = src.map((i) =>
        dst.map((j) => (answer === 'no-route' && i !== j ? null : secs(coords[i], coords[j]))),
      );
      const distances = src.map((i) =>
        dst.map((j) => (answer === 'no-route' && i !== j ? null : secs(coords[i], coords[j]) * 10)),
      );
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ code: 'Ok', durations, distances }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  const pts = [
    { lat: 43.2, lon: 76.9 },
    { lat: 43.25, lon: 76.95 },
    { lat: 43.3, lon: 76.85 },
  ];

  it('builds the matrix from the table service, lon,lat in the URL, durations and distances', async () => {
    seen.length = 0;
    const osrm = new OsrmTravelTimeProvider({ baseUrl: base });
    const mx = await osrm.matrix(pts, 9);
    expect(mx.size).toBe(3);
    expect(seen).toHaveLength(1);
    expect(seen[0].path).toContain('76.900000,43.200000');
    // 0 -> 1: 0.05 deg lat, 0.05 deg lon
    expect(mx.durations[0 * 3 + 1]).toBeCloseTo(0.05 * 1000 + 0.05 * 2000, 6);
    expect(mx.durations[2 * 3 + 0]).toBeCloseTo(0.1 * 1000 + 0.05 * 2000, 6);
    expect(mx.distances[0 * 3 + 1]).toBeCloseTo(1500, 6);
    expect(mx.durations[4]).toBe(0);
  });

  it('caches legs by rounded points and hour: a repeat asks nothing, a new point costs one request and is cached in turn', async () => {
    seen.length = 0;
    const osrm = new OsrmTravelTimeProvider({ baseUrl: base });
    await osrm.matrix(pts, 9);
    expect(osrm.requests).toBe(1);
    // the same points, a few metres off: rounded to the same kerb
    const again = await osrm.matrix(
      pts.map((p) => ({ lat: p.lat + 0.00001, lon: p.lon })),
      9,
    );
    expect(osrm.requests).toBe(1);
    expect(again.durations[1]).toBeCloseTo(150, 6);
    // another hour is another cache entry (traffic differs)
    await osrm.matrix(pts, 17);
    expect(osrm.requests).toBe(2);
    // one new point: one request, and its six new legs join the cache
    await osrm.matrix([...pts, { lat: 43.35, lon: 77.0 }], 9);
    expect(osrm.requests).toBe(3);
    expect(osrm.cachedLegs).toBe(6 + 6 + 6);
  });

  it('splits a large matrix into blocks OSRM accepts', async () => {
    seen.length = 0;
    const osrm = new OsrmTravelTimeProvider({ baseUrl: base, maxTablePoints: 4 });
    const many = Array.from({ length: 6 }, (_, i) => ({ lat: 43.2 + i * 0.01, lon: 76.9 + i * 0.02 }));
    const mx = await osrm.matrix(many, 9);
    expect(seen.every((s) => s.points <= 4)).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 0; i < 6; i++)
      for (let j = 0; j < 6; j++)
        expect(mx.durations[i * 6 + j]).toBeCloseTo(
          i === j ? 0 : secs([many[i].lon, many[i].lat], [many[j].lon, many[j].lat]),
          6,
        );
  });

  it('refuses an answer that is not Ok, and marks pairs without a road unreachable', async () => {
    const osrm = new OsrmTravelTimeProvider({ baseUrl: base });
    answer = 'error';
    await expect(osrm.matrix(pts, 9)).rejects.toThrow(/InvalidQuery/);
    answer = 'no-route';
    const mx = await osrm.matrix(pts, 10);
    expect(mx.durations[1]).toBe(Number.POSITIVE_INFINITY);
    answer = 'ok';
  });
});
