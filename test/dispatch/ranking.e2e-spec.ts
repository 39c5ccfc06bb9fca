// The worker ranks candidate routes from sketches read in one query (sketchCandidates) rather than
// from every route loaded whole: the two must agree, stop for stop, or placement would change.
import type { DataSource } from 'typeorm';
import {
  createDataSource,
  DispatchConsoleRepository,
  DispatchRepository,
  RoutesRepository,
  ServicePoliciesRepository,
} from '@invataxi/persistence';
import { HaversineTravelTimeProvider } from '@invataxi/routing';
import { RegionPolicies, RouteModel } from '@invataxi/dispatch';
import { OffsetClock } from '@invataxi/domain';
import { BookingPlacer } from '../../apps/dispatcher/src/dispatch/booking-placer';
import { DispatchJobs } from '../../apps/dispatcher/src/dispatch/dispatch-jobs';
import {
  rankRoutes,
  rankSketches,
  shiftNeedOf,
  sketchCandidates,
  sketchOf,
} from '../../apps/dispatcher/src/dispatch/candidates';
import { createTestEnv, type TestEnv } from '../support/test-env';
import { CLOCK_OFFSET_MS } from '../support/clock';
import { CENTRE, dayAt, Fixtures } from './fixtures';

jest.setTimeout(60000);

describe('dispatch: ranking candidate routes from sketches', () => {
  let t: TestEnv;
  let ds: DataSource;
  let fx: Fixtures;

  beforeAll(async () => {
    t = await createTestEnv();
    ds = await createDataSource({ url: t.config.DATABASE_URL, poolSize: 2 }).initialize();
    fx = new Fixtures(ds);
  });

  afterAll(async () => {
    await ds?.destroy();
    await t?.teardown();
  });

  it('reads the same sketches, and so the same order, as the routes loaded whole', async () => {
    const provider = await fx.provider();
    for (let i = 0; i < 6; i++)
      await fx.shift(provider, {
        depot: { lat: CENTRE.lat + (i % 3) * 0.03 - 0.03, lon: CENTRE.lon + (i % 2) * 0.04 - 0.02 },
        vehicle: i % 2 ? { seats: 3 } : { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true },
      });
    const repo = new DispatchRepository();
    const travel = new HaversineTravelTimeProvider({
      detourFactor: 1.3,
      speedKmhByHour: Array<number>(24).fill(25),
    });
    // Wired by hand: this test needs no app, only the worker's ranking on its own database.
    const routeModel = new RouteModel(new RoutesRepository());
    const clock = new OffsetClock(CLOCK_OFFSET_MS);
    const console_ = new DispatchConsoleRepository(ds, new RoutesRepository());
    const jobs = new DispatchJobs(
      routeModel,
      new RegionPolicies(new ServicePoliciesRepository()),
      ds,
      new BookingPlacer(routeModel, ds, travel, repo, console_, clock),
      repo,
      clock,
    );
    let x = 11;
    const rnd = () => (x = (x * 16807) % 2147483647) / 2147483647;
    const placed: string[] = [];
    for (let i = 0; i < 24; i++) {
      const b = await fx.accepted({
        pickup: { lat: CENTRE.lat + (rnd() - 0.5) * 0.1, lon: CENTRE.lon + (rnd() - 0.5) * 0.14 },
        dropoff: { lat: CENTRE.lat + (rnd() - 0.5) * 0.1, lon: CENTRE.lon + (rnd() - 0.5) * 0.14 },
        // Morning and afternoon, so that some stops fall outside a later trip's two hours.
        pickupAt: dayAt(1, i % 2 ? `0${8 + (i % 2)}:${10 + i}` : `1${4 + (i % 3)}:${10 + i}`),
      });
      if ((await jobs.dispatchBooking(b.id, b.version)).kind === 'scheduled') placed.push(b.id);
    }
    expect(placed.length).toBeGreaterThan(12);
    // A cancelled booking's stops stay on the route until swept: neither view may count them.
    await ds.query(`UPDATE booking SET status = 'CANCELLED' WHERE id = $1`, [placed[0]]);
    const fresh = await fx.accepted({
      pickup: { lat: CENTRE.lat + 0.01, lon: CENTRE.lon - 0.01 },
      dropoff: { lat: CENTRE.lat - 0.03, lon: CENTRE.lon + 0.04 },
      pickupAt: dayAt(1, '16:30'),
    });
    const trip = (await routeModel.loadTrips(ds.manager, [fresh.id])).get(fresh.id)!;
    const ids = await repo.candidateShiftIds(ds.manager, shiftNeedOf(trip));
    expect(ids).toHaveLength(6);
    const sketches = await sketchCandidates(repo, ds.manager, trip);
    const { routes, trips } = await routeModel.loadRoutes(ds.manager, ids);
    const inMemory = routes.map((r) => sketchOf(r, trips, trip));
    const sorted = (xs: { lat: number; lon: number }[]) =>
      [...xs].sort((a, b) => a.lat - b.lat || a.lon - b.lon);
    expect(sketches.map((s) => ({ ...s, near: sorted(s.near) }))).toEqual(
      inMemory.map((s) => ({ ...s, near: sorted(s.near) })),
    );
    // The window matters: some route has stops both near the trip's time and away from it.
    expect(inMemory.some((s) => s.near.length > 0 && s.near.length < s.pendingStops)).toBe(true);
    expect(rankSketches(sketches, trip)).toEqual(rankRoutes(routes, trips, trip).map((r) => r.shift.id));
  });
});
