/**
 * What "nothing accepted is lost" means, checked in PostgreSQL after the system is quiet:
 * every accepted booking exists and is decided; none is on two routes; no route exceeds its
 * vehicle or breaks a time window or a ride-time limit; and for the Portal, every accepted order
 * is one booking and the Portal was told each of its versions, in order.
 */
import type { DataSource } from 'typeorm';
import { PortalSyncRepository } from '@invataxi/persistence';
import type { DriveResult, PortalOrder } from './load';

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

export const DECIDED = [
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

/** Bookings (not cancelled) of these people at these times. */
export async function bookingsAt(
  ds: DataSource,
  at: { beneficiaryId: string; time: string }[],
): Promise<string[]> {
  const rows: { id: string }[] = await ds.query(
    `SELECT b.id FROM booking b JOIN unnest($1::uuid[], $2::timestamptz[]) AS r(person, at)
        ON b.beneficiary_id = r.person AND b.requested_time = r.at
      WHERE b.status <> 'CANCELLED'`,
    [at.map((x) => x.beneficiaryId), at.map((x) => x.time)],
  );
  return rows.map((r) => r.id);
}

/** Polls a count until it is 0 or the bound runs out; returns the last count. */
async function settle(count: () => Promise<number>, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let n = await count();
  while (n > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    n = await count();
  }
  return n;
}

/** Waits until every accepted booking is decided (or the bound runs out). */
export function waitQuiet(ds: DataSource, ids: string[], timeoutMs = 180_000): Promise<number> {
  return settle(() => undecidedCount(ds, ids), timeoutMs);
}

/** Waits until the Portal acknowledged the latest version of every one of these bookings. */
export function waitPortalSynced(ds: DataSource, ids: string[], timeoutMs = 120_000): Promise<number> {
  return settle(async () => {
    const [r] = await ds.query(
      `SELECT count(*)::int AS n FROM booking b LEFT JOIN portal_sync_state s ON s.booking_id = b.id
        WHERE b.id = ANY($1::uuid[]) AND COALESCE(s.last_sent_version, 0) < b.version`,
      [ids],
    );
    return r.n;
  }, timeoutMs);
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

/** A status update as the Portal stand-in recorded it (accepted: newer than what it held). */
export interface PortalReceived {
  orderId: string;
  bookingId: string;
  status: string;
  version: number;
  accepted: boolean;
}

export interface PortalVerdict {
  orders: number;
  /** Accepted orders with no booking. */
  lost: number;
  /** Orders with more than one booking, or a booking other than the one first answered. */
  duplicates: number;
  /** Versions (status changes) of these bookings the Portal should hold. */
  owed: number;
  /** Versions the Portal never accepted (never sent, or sent after a newer one). */
  undelivered: number;
  /** Versions the Portal holds with another status than the booking had at that version. */
  wrongStatus: number;
  /** Updates the Portal dropped as older than what it held (repeats after a timeout). */
  stale: number;
}

export async function portalVerdict(
  ds: DataSource,
  orders: PortalOrder[],
  received: PortalReceived[],
): Promise<PortalVerdict> {
  const rows: { id: string; portal_order_id: string; version: number; status: string }[] = await ds.query(
    `SELECT id, portal_order_id, version, status FROM booking WHERE portal_order_id = ANY($1::text[])`,
    [orders.map((o) => o.orderId)],
  );
  const out: PortalVerdict = {
    orders: orders.length,
    lost: 0,
    duplicates: 0,
    owed: 0,
    undelivered: 0,
    wrongStatus: 0,
    stale: 0,
  };
  for (const o of orders) {
    const mine = rows.filter((r) => r.portal_order_id === o.orderId);
    if (mine.length === 0) out.lost++;
    if (mine.length > 1 || mine.some((r) => r.id !== o.bookingId)) out.duplicates++;
    const got = received.filter((r) => r.orderId === o.orderId);
    out.stale += got.filter((r) => !r.accepted).length;
    for (const b of mine) {
      const history = await new PortalSyncRepository(ds).statusesSince(ds.manager, b.id, 0, b.version);
      for (let v = 1; v <= b.version; v++) {
        out.owed++;
        const was = history.find((h) => h.version === v)?.status ?? (v === b.version ? b.status : null);
        const held = got.filter((r) => r.accepted && r.version === v);
        if (held.length === 0) out.undelivered++;
        else if (held.some((r) => r.status !== was)) out.wrongStatus++;
      }
    }
  }
  return out;
}

/** What a stream left once the system is quiet: every check's figures. */
export interface Outcome {
  /** Accepted, and booked although the client was never told (a 409 on a retry). */
  booked: string[];
  untold: number;
  /** Still undecided, and Portal versions unacknowledged, when the waits ran out. */
  undecided: number;
  unsynced: number;
  v: Verdict;
  p: PortalVerdict;
}

/**
 * Waits until every booking the stream accepted is decided and the Portal told (bounded), then
 * checks them all; `received` reads what the Portal holds (after the waits).
 */
export async function outcomeOf(
  ds: DataSource,
  result: DriveResult,
  received: () => Promise<PortalReceived[]>,
  quietMs?: number,
): Promise<Outcome> {
  const untold = await bookingsAt(ds, result.inDoubt);
  const booked = [...result.accepted, ...untold];
  const undecided = await waitQuiet(ds, booked, quietMs);
  const unsynced = await waitPortalSynced(
    ds,
    result.portalOrders.map((o) => o.bookingId),
    quietMs,
  );
  const v = await verdict(ds, booked);
  const p = await portalVerdict(ds, result.portalOrders, await received());
  return { booked, untold: untold.length, undecided, unsynced, v, p };
}

/** The figures of a stream and its outcome, for the report (indented lines). */
export function figures(driven: number, result: DriveResult, o: Outcome): string {
  const { v, p } = o;
  const unavailable = (result.retried['503'] ?? 0) + (result.retried['portal 503'] ?? 0);
  return (
    `    bookings driven=${driven}, accepted=${result.accepted.length} (portal ${p.orders}), refused=${JSON.stringify(result.refused)}, ` +
    `in doubt (409 on a retry)=${result.inDoubt.length} of which booked=${o.untold}, gave up=${result.gaveUp}, 503 answers=${unavailable}, client retries=${JSON.stringify(result.retried)}\n` +
    `    lost=${v.lost}, undecided=${o.undecided}, duplicates=${v.duplicates}, twice assigned=${v.twiceAssigned}, ` +
    `over capacity=${v.overCapacity}, broken windows=${v.brokenWindows}, dead letters=${JSON.stringify(v.deadLetters)}; ` +
    `statuses=${JSON.stringify(v.byStatus)}\n` +
    `    portal: orders lost=${p.lost}, orders booked twice=${p.duplicates}, statuses owed=${p.owed}, ` +
    `undelivered=${p.undelivered} (unacknowledged ${o.unsynced}), wrong=${p.wrongStatus}, stale repeats dropped=${p.stale}`
  );
}

/** Everything that must be zero (or empty) after any fault. */
export function faultsFound(result: DriveResult, o: Outcome) {
  const { v, p } = o;
  return {
    unexpectedAnswers: result.unexpected,
    gaveUp: result.gaveUp,
    lost: v.lost,
    undecided: v.undecided,
    duplicates: v.duplicates,
    twiceAssigned: v.twiceAssigned,
    overCapacity: v.overCapacity,
    brokenWindows: v.brokenWindows,
    deadLetters: v.deadLetters,
    portalOrdersLost: p.lost,
    portalOrdersBookedTwice: p.duplicates,
    portalStatusesUndelivered: p.undelivered,
    portalStatusesWrong: p.wrongStatus,
  };
}

/** faultsFound() when nothing was found. */
export const NOTHING_FOUND: ReturnType<typeof faultsFound> = {
  unexpectedAnswers: [],
  gaveUp: 0,
  lost: 0,
  undecided: 0,
  duplicates: 0,
  twiceAssigned: 0,
  overCapacity: 0,
  brokenWindows: 0,
  deadLetters: {},
  portalOrdersLost: 0,
  portalOrdersBookedTwice: 0,
  portalStatusesUndelivered: 0,
  portalStatusesWrong: 0,
};
