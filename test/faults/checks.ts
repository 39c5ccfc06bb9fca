/**
 * What "nothing accepted is lost" means, checked in PostgreSQL after the system is quiet:
 * every accepted booking exists and is decided; none is on two routes; no route exceeds its
 * vehicle or breaks a time window or a ride-time limit.
 */
import type { DataSource } from 'typeorm';

export interface Verdict {
  accepted: number;
  lost: number;
  undecided: number;
  duplicates: number;
  twiceAssigned: number;
  overCapacity: number;
  brokenWindows: number;
  byStatus: Record<string, number>;
  /** Jobs that failed for good, by error: each a person would have to look at. */
  deadLetters: Record<string, number>;
}

const DECIDED = [
  'SCHEDULED',
  'WAITLISTED',
  'AWAITING_PROCUREMENT',
  'REJECTED',
  'CANCELLED',
  'EXPIRED',
  'COMPLETED',
  'NO_SHOW',
  'EN_ROUTE',
  'ARRIVED',
  'ON_BOARD',
];
/** Planned times are whole seconds of a floating-point schedule: allow one second. */
const SLACK_S = 1;

export async function undecidedCount(ds: DataSource, ids: string[]): Promise<number> {
  const [r] = await ds.query(
    `SELECT count(*)::int AS n FROM booking WHERE id = ANY($1::uuid[]) AND status IN ('REQUESTED', 'ACCEPTED')`,
    [ids],
  );
  return r.n;
}

/** Waits until every accepted booking is decided (or the bound runs out). */
export async function waitQuiet(ds: DataSource, ids: string[], timeoutMs = 180_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let n = await undecidedCount(ds, ids);
  while (n > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    n = await undecidedCount(ds, ids);
  }
  return n;
}

export async function verdict(ds: DataSource, accepted: string[]): Promise<Verdict> {
  const rows: { id: string; status: string }[] = await ds.query(
    `SELECT id, status FROM booking WHERE id = ANY($1::uuid[])`,
    [accepted],
  );
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const [dup] = await ds.query(`SELECT count(*)::int AS n FROM (
      SELECT beneficiary_id, requested_time FROM booking WHERE status <> 'CANCELLED'
      GROUP BY 1, 2 HAVING count(*) > 1) d`);
  const [twice] = await ds.query(`SELECT count(*)::int AS n FROM booking b WHERE
      (b.status = 'SCHEDULED' AND (b.shift_id IS NULL OR
        (SELECT count(*) FROM route_stop s WHERE s.booking_id = b.id AND s.shift_id = b.shift_id) <> 2))
      OR EXISTS (SELECT 1 FROM route_stop s WHERE s.booking_id = b.id AND s.shift_id IS DISTINCT FROM b.shift_id)`);
  const [windows] = await ds.query(
    `SELECT count(*)::int AS n FROM booking b WHERE b.status = 'SCHEDULED' AND (
      b.planned_pickup_at < b.pickup_earliest - make_interval(secs => $1)
      OR b.planned_pickup_at > b.pickup_latest + make_interval(secs => $1)
      OR b.planned_dropoff_at > b.dropoff_latest + make_interval(secs => $1)
      OR b.planned_dropoff_at < b.planned_pickup_at
      OR extract(epoch FROM b.planned_dropoff_at - b.planned_pickup_at) > b.max_ride_seconds + b.boarding_seconds + $1)`,
    [SLACK_S],
  );
  // Walk each route in order and carry the load: seats and wheelchair places must fit the
  // vehicle's main layout or one of its alternatives at every point.
  const stops: {
    shift_id: string;
    kind: string;
    seats: number;
    wc: number;
    v_seats: number;
    v_wc: number;
    layouts: { seats: number; wheelchairPlaces: number }[];
  }[] = await ds.query(`SELECT s.shift_id, s.kind, b.load_seats AS seats, b.load_wheelchair_places AS wc,
        v.seats AS v_seats, v.wheelchair_places AS v_wc, v.alternative_layouts AS layouts
      FROM route_stop s JOIN booking b ON b.id = s.booking_id JOIN shift sh ON sh.id = s.shift_id
      JOIN vehicle v ON v.id = sh.vehicle_id ORDER BY s.shift_id, s.sequence`);
  let overCapacity = 0;
  let current = '';
  let seats = 0;
  let wc = 0;
  for (const s of stops) {
    if (s.shift_id !== current) {
      current = s.shift_id;
      seats = 0;
      wc = 0;
    }
    const sign = s.kind === 'PICKUP' ? 1 : -1;
    seats += sign * s.seats;
    wc += sign * s.wc;
    const layouts = [{ seats: s.v_seats, wheelchairPlaces: s.v_wc }, ...(s.layouts ?? [])];
    if (!layouts.some((l) => seats <= l.seats && wc <= l.wheelchairPlaces)) overCapacity++;
  }
  const dead: { error: string; n: number }[] = await ds.query(
    `SELECT left(error, 160) AS error, count(*)::int AS n FROM dead_letter GROUP BY 1`,
  );
  return {
    deadLetters: Object.fromEntries(dead.map((d) => [d.error, d.n])),
    accepted: accepted.length,
    lost: accepted.length - rows.length,
    undecided: rows.filter((r) => !DECIDED.includes(r.status)).length,
    duplicates: dup.n,
    twiceAssigned: twice.n,
    overCapacity,
    brokenWindows: windows.n,
    byStatus,
  };
}
