import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from '../rows';

/** What a trip asks of a shift: where it starts, when it runs, what it carries and needs. */
export interface ShiftNeed {
  /** The pickup KATO and its ancestors: an area listing any of them covers the pickup. */
  coveringCodes: string[];
  pickupEarliest: Date;
  dropoffLatest: Date;
  seats: number;
  wheelchairPlaces: number;
  /** Vehicle features the rider needs (RAMP, LIFT, WHEELCHAIR_RESTRAINTS, STEP_FREE). */
  features: string[];
}

/** A candidate route in two numbers per nearby stop (see candidateRouteSketches). */
export interface RouteSketchRow {
  shiftId: string;
  startLat: number;
  startLon: number;
  endLat: number;
  endLon: number;
  pendingStops: number;
  nearLat: number[];
  nearLon: number[];
}

/** What the live views are told of a booking after dispatch touched it. */
export interface LiveBookingStatus {
  status: string;
  version: number;
  shiftId: string | null;
  regionKato: string;
  plannedPickupAt: Date | null;
}

/** A cancelled or expired booking whose stops still stand on a shift's route. */
export interface StrandedStops {
  shiftId: string;
  bookingId: string;
  regionKato: string;
}

const FEATURE_SQL: Record<string, string> = {
  RAMP: 'v.has_ramp',
  LIFT: 'v.has_lift',
  WHEELCHAIR_RESTRAINTS: 'v.has_restraints',
  STEP_FREE: '(v.has_ramp OR v.has_lift)',
};

/**
 * The shifts that could take the trip ($1-$5): ACTIVE providers whose area covers the pickup,
 * shifts still open (and their drivers active) whose time overlaps the trip's windows, on an active vehicle with a layout
 * that holds the load and the features the rider needs. One text per set of features, so the
 * prepared statements stay few.
 */
function candidatesQuery(need: ShiftNeed): { sql: string; params: unknown[] } {
  const features = need.features.map((n) => FEATURE_SQL[n] ?? 'false');
  return {
    sql: `SELECT s.id FROM shift s
       JOIN provider p ON p.id = s.provider_id
       JOIN vehicle v ON v.id = s.vehicle_id
       JOIN driver d ON d.id = s.driver_id
      WHERE s.status IN ('PLANNED', 'ACTIVE') AND p.status = 'ACTIVE' AND v.status = 'ACTIVE'
        AND d.status = 'ACTIVE' AND s.starts_at < $2 AND s.ends_at > $3
        AND EXISTS (SELECT 1 FROM provider_service_area a
                     WHERE a.provider_id = p.id AND a.kato_code = ANY($1::char(9)[]))
        AND ((v.seats >= $4 AND v.wheelchair_places >= $5) OR EXISTS (
              SELECT 1 FROM jsonb_array_elements(v.alternative_layouts) l
               WHERE (l->>'seats')::int >= $4 AND (l->>'wheelchairPlaces')::int >= $5))
        ${features.map((f) => `AND ${f}`).join(' ')}`,
    params: [need.coveringCodes, need.dropoffLatest, need.pickupEarliest, need.seats, need.wheelchairPlaces],
  };
}

/**
 * The dispatch queue's reads and writes around a route: coverage, candidate shifts and their
 * sketches (the real-time path: prepared statements), the waitlist, freeing a cancelled
 * booking's place. Every method runs on the manager it is given (the caller's transaction or
 * its DataSource's manager).
 */
@Injectable()
export class DispatchRepository {
  /** Does any ACTIVE provider's area list one of these codes? */
  async anyActiveProviderCovers(m: EntityManager, coveringCodes: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await queryPrepared(
      m,
      `SELECT 1 FROM provider_service_area a JOIN provider p ON p.id = a.provider_id
        WHERE p.status = 'ACTIVE' AND a.kato_code = ANY($1::char(9)[]) LIMIT 1`,
      [coveringCodes],
    );
    return rows.length > 0;
  }

  /**
   * Does any shift work in the pickup's area at the trip's time, whatever its vehicle carries?
   * Tells "no vehicle works then" from "none that works has a lift / the places" (walk F10).
   */
  async anyShiftWorks(m: EntityManager, need: ShiftNeed): Promise<boolean> {
    const q = candidatesQuery({ ...need, seats: 0, wheelchairPlaces: 0, features: [] });
    return (await queryPrepared(m, `${q.sql} LIMIT 1`, q.params)).length > 0;
  }

  /** Shift ids that could take the trip, in id order. */
  async candidateShiftIds(m: EntityManager, need: ShiftNeed): Promise<string[]> {
    const q = candidatesQuery(need);
    const rows = await queryPrepared<{ id: string }>(m, `${q.sql} ORDER BY s.id`, q.params);
    return rows.map((r) => r.id);
  }

  /**
   * The candidate shifts' routes, one row each in shift id order: start, end, the count of
   * pending stops of bookings still on the route (`onRoute` statuses), and where the stops
   * planned within `near` are.
   */
  candidateRouteSketches(
    m: EntityManager,
    need: ShiftNeed,
    onRoute: readonly string[],
    near: { from: Date; to: Date },
  ): Promise<RouteSketchRow[]> {
    const q = candidatesQuery(need);
    return queryPrepared<RouteSketchRow>(
      m,
      // MATERIALIZED: the candidates first (one row per shift), then their stops. Inlined, and
      // with the statistics of a day filling up, the planner checked vehicle and service area
      // once per stop instead of once per shift (17 ms instead of 5 at 1,000 bookings).
      `WITH c AS MATERIALIZED (${q.sql})
       SELECT s.id AS "shiftId", s.start_lat AS "startLat", s.start_lon AS "startLon",
              s.end_lat AS "endLat", s.end_lon AS "endLon", count(b.id)::int AS "pendingStops",
              coalesce(array_agg(CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lat ELSE b.dropoff_lat END ORDER BY rs.sequence)
                         FILTER (WHERE b.id IS NOT NULL AND rs.planned_at BETWEEN $7 AND $8), '{}') AS "nearLat",
              coalesce(array_agg(CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lon ELSE b.dropoff_lon END ORDER BY rs.sequence)
                         FILTER (WHERE b.id IS NOT NULL AND rs.planned_at BETWEEN $7 AND $8), '{}') AS "nearLon"
         FROM c JOIN shift s ON s.id = c.id
         LEFT JOIN route_stop rs ON rs.shift_id = s.id AND rs.actual_at IS NULL
         LEFT JOIN booking b ON b.id = rs.booking_id AND b.status = ANY($6::text[])
        GROUP BY s.id
        ORDER BY s.id`,
      [...q.params, onRoute, near.from, near.to],
    );
  }

  /** The region's WAITLISTED bookings whose pickup window is still ahead of `now`. */
  async waitlistedIdsOfRegion(m: EntityManager, regionKato: string, now: Date): Promise<string[]> {
    const rows = await queryPrepared<{ id: string }>(
      m,
      `SELECT b.id FROM booking b
        WHERE b.status = 'WAITLISTED' AND b.region_kato = $1 AND b.pickup_latest > $2`,
      [regionKato, now],
    );
    return rows.map((r) => r.id);
  }

  /** WAITLISTED bookings whose pickup window closed before `now` (at most 1,000 a pass). */
  findWaitlistedPastWindow(m: EntityManager, now: Date): Promise<{ id: string; version: number }[]> {
    return m.query(
      `SELECT id, version FROM booking WHERE status = 'WAITLISTED' AND pickup_latest < $1 LIMIT 1000`,
      [now],
    );
  }

  async liveStatusOf(m: EntityManager, bookingId: string): Promise<LiveBookingStatus | null> {
    const [b] = await queryPrepared<LiveBookingStatus>(
      m,
      `SELECT status, version, shift_id AS "shiftId", region_kato AS "regionKato", planned_pickup_at AS "plannedPickupAt" FROM booking WHERE id = $1`,
      [bookingId],
    );
    return b ?? null;
  }

  /** Cancelled or expired bookings still standing on a route (at most 1,000 a pass). */
  findStrandedStops(m: EntityManager): Promise<StrandedStops[]> {
    return m.query(
      `SELECT DISTINCT rs.shift_id AS "shiftId", b.id AS "bookingId", b.region_kato AS "regionKato"
         FROM route_stop rs JOIN booking b ON b.id = rs.booking_id
        WHERE rs.actual_at IS NULL AND b.status IN ('CANCELLED', 'EXPIRED') LIMIT 1000`,
    );
  }

  /** Removes the booking's pending stops from the shift's route, under the shift's row lock. */
  async removePendingStops(m: EntityManager, shiftId: string, bookingId: string): Promise<void> {
    await m.query(`SELECT id FROM shift WHERE id = $1 FOR UPDATE`, [shiftId]);
    await m.query(`DELETE FROM route_stop WHERE booking_id = $1 AND actual_at IS NULL`, [bookingId]);
  }
}
