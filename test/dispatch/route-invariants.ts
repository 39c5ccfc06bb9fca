// What "no half-written route, no booking twice" means, checked on the database itself.
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@invataxi/config';
import { DispatchPlanner } from '@invataxi/routing';
import { buildProblem, createTravelTimeProvider, RouteModel } from '@invataxi/dispatch';
import { RoutesRepository } from '@invataxi/persistence';

export async function routeProblems(ds: DataSource, config: AppConfig): Promise<string[]> {
  // Wired by hand: the check reads any test database, app or not.
  const routeModel = new RouteModel(new RoutesRepository());
  const out: string[] = [];
  const q = async (label: string, sql: string) => {
    const rows: unknown[] = await ds.query(sql);
    if (rows.length) out.push(`${label}: ${JSON.stringify(rows.slice(0, 3))}`);
  };
  await q(
    'scheduled booking without exactly its two stops on its shift',
    `SELECT b.id FROM booking b WHERE b.status = 'SCHEDULED' AND (b.shift_id IS NULL OR
       (SELECT count(*) FROM route_stop rs WHERE rs.booking_id = b.id AND rs.shift_id = b.shift_id) <> 2)`,
  );
  await q(
    'stops of a booking that is not scheduled',
    `SELECT rs.booking_id, b.status FROM route_stop rs JOIN booking b ON b.id = rs.booking_id WHERE b.status <> 'SCHEDULED'`,
  );
  await q(
    'two stops share a sequence',
    `SELECT shift_id, sequence FROM route_stop GROUP BY 1, 2 HAVING count(*) > 1`,
  );
  await q(
    'drop-off before pickup',
    `SELECT p.booking_id FROM route_stop p JOIN route_stop d ON d.booking_id = p.booking_id AND d.kind = 'DROPOFF'
      WHERE p.kind = 'PICKUP' AND (d.sequence < p.sequence OR d.shift_id <> p.shift_id)`,
  );
  await q(
    'planned times out of stop order',
    `SELECT a.shift_id FROM route_stop a JOIN route_stop b ON a.shift_id = b.shift_id AND b.sequence > a.sequence
      WHERE b.planned_at < a.planned_at - interval '1 second'`,
  );
  await q(
    'booking planned times differ from its stops',
    `SELECT b.id FROM booking b JOIN route_stop rs ON rs.booking_id = b.id
      WHERE (rs.kind = 'PICKUP' AND rs.planned_at <> b.planned_pickup_at) OR (rs.kind = 'DROPOFF' AND rs.planned_at <> b.planned_dropoff_at)`,
  );
  // Every route is one the solver accepts: windows, ride times, capacity, features, shift end.
  const shifts: { id: string }[] = await ds.query(`SELECT DISTINCT shift_id AS id FROM route_stop`);
  const travel = createTravelTimeProvider(config);
  for (const { id } of shifts) {
    const { routes, trips } = await routeModel.loadRoutes(ds.manager, [id]);
    const built = await buildProblem(routes, trips, [], travel);
    const check = new DispatchPlanner(built.problem).checkRoute(id, built.initial[0].stops);
    if (!check.feasible)
      out.push(`route ${id} infeasible: ${check.violations.map((v) => v.message).join('; ')}`);
  }
  return out;
}
