import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MobilityNeeds } from '@invataxi/domain';

/** The driver's open shift. */
export interface DriverShiftRef {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
}

/**
 * One stop of the manifest: the ride's needs and notes, the rider's first name and, while the
 * ride is still to be served, their phone (issue 23: the driver calls from the door); never the
 * IIN or the full name.
 */
export interface ManifestStopRow {
  bookingId: string;
  bookingStatus: string;
  version: number;
  kind: string;
  sequence: number;
  plannedAt: Date;
  actualAt: Date | null;
  windowFrom: Date;
  windowTo: Date;
  address: string;
  lat: number;
  lon: number;
  companions: number;
  mobility: MobilityNeeds;
  notes: string | null;
  riderFirstName: string;
  /** Only while the ride is open (before it is served or over); null otherwise or when unknown. */
  riderPhone: string | null;
  /** When the rider boarded (ON_BOARD reported), null before. */
  boardedAt: Date | null;
  /** The ride's direct travel time, seconds: with boardedAt, when "Dropped off" is taken. */
  directSeconds: number;
  /** Where the vehicle comes from: the stop before on the route, or the shift's start point. */
  fromLat: number;
  fromLon: number;
}

/** What a driver's status report needs to know of the booking and its shift. */
export interface ReportedBookingRow {
  shiftId: string | null;
  driverId: string | null;
  status: string;
  arrivedAt: Date | null;
  pickupEarliest: Date;
  policyId: string | null;
  regionKato: string;
  shiftStatus: string | null;
  shiftStartsAt: Date | null;
  shiftEndsAt: Date | null;
  pickupLatest: Date;
  plannedPickupAt: Date | null;
  pickupLat: number;
  pickupLon: number;
  dropoffLat: number;
  dropoffLon: number;
  actualPickupAt: Date | null;
  directSeconds: number;
}

/**
 * What the driver is told of a ride that is no longer theirs to serve (issue 23): the rider's
 * first name (as on the manifest), when it was cancelled, and whether it was ever on one of the
 * driver's shifts (only then is it told; otherwise the change is forbidden, as for any other ride).
 */
export interface GoneRideRow {
  riderFirstName: string;
  /** The cancellation's time (the last change's, for a row cancelled without one). */
  cancelledAt: Date;
  wasDrivers: boolean;
}

/** The vehicle's latest reported position on a shift. */
export interface LastPingRow {
  at: Date;
  lat: number;
  lon: number;
}

/** A stop still ahead of the vehicle, for the ETAs sent with a position report. */
export interface StopAheadRow {
  bookingId: string;
  kind: string;
  lat: number;
  lon: number;
  /** Boarding time at the stop, seconds. */
  service: number;
  regionKato: string;
  /** The ride's status. */
  status: string;
  /** A pick-up's window opening (null for a drop-off). */
  opensAt: Date | null;
}

/** The driver's side of a shift: the manifest, the actual times reported, the position trail. */
@Injectable()
export class DriverShiftsRepository {
  constructor(private readonly ds: DataSource) {}

  /** The open shift that has not ended by `now`, the earliest first. */
  async currentShiftOf(m: EntityManager, driverId: string, now: Date): Promise<DriverShiftRef | null> {
    const rows: DriverShiftRef[] = await m.query(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", status FROM shift
        WHERE driver_id = $1 AND status IN ('PLANNED', 'ACTIVE') AND ends_at > $2
        ORDER BY starts_at LIMIT 1`,
      [driverId, now],
    );
    return rows[0] ?? null;
  }

  /** The driver's open shifts not ended by `since`, the earliest first. */
  openShiftsOf(m: EntityManager, driverId: string, since: Date): Promise<DriverShiftRef[]> {
    return m.query(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", status FROM shift
        WHERE driver_id = $1 AND status IN ('PLANNED', 'ACTIVE') AND ends_at > $2
        ORDER BY starts_at`,
      [driverId, since],
    );
  }

  /**
   * The driver's shifts cancelled that were still to run at `now` and start before `until`, with
   * the reason given and the role of whoever cancelled it (the shift's last audit row).
   */
  cancelledShiftsOf(
    m: EntityManager,
    driverId: string,
    now: Date,
    until: Date,
  ): Promise<(DriverShiftRef & { reason: string | null; byRole: string | null })[]> {
    return m.query(
      `SELECT s.id, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status, s.status_reason AS reason,
              (SELECT a.actor_role FROM audit_log a
                WHERE a.entity_type = 'shift' AND a.entity_id = s.id::text ORDER BY a.id DESC LIMIT 1) AS "byRole"
         FROM shift s
        WHERE s.driver_id = $1 AND s.status = 'CANCELLED' AND s.ends_at > $2 AND s.starts_at < $3
        ORDER BY s.starts_at`,
      [driverId, now, until],
    );
  }

  /** The shift's stops in route order, each with its ride's window, place and needs. */
  manifestOf(m: EntityManager, shiftId: string): Promise<ManifestStopRow[]> {
    return m.query(
      `SELECT rs.booking_id AS "bookingId", b.status AS "bookingStatus", b.version, rs.kind, rs.sequence,
              rs.planned_at AS "plannedAt", rs.actual_at AS "actualAt",
              CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_earliest ELSE b.dropoff_earliest END AS "windowFrom",
              CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_latest ELSE b.dropoff_latest END AS "windowTo",
              CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_address ELSE b.dropoff_address END AS address,
              CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lat ELSE b.dropoff_lat END AS lat,
              CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lon ELSE b.dropoff_lon END AS lon,
              b.companions, b.mobility, b.notes, split_part(p.full_name, ' ', 1) AS "riderFirstName",
              CASE WHEN rs.actual_at IS NULL AND b.status IN ('SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD')
                   THEN p.phone END AS "riderPhone",
              b.actual_pickup_at AS "boardedAt", b.direct_seconds AS "directSeconds",
              COALESCE(LAG(CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lat ELSE b.dropoff_lat END)
                         OVER (ORDER BY rs.sequence), s.start_lat) AS "fromLat",
              COALESCE(LAG(CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lon ELSE b.dropoff_lon END)
                         OVER (ORDER BY rs.sequence), s.start_lon) AS "fromLon"
         FROM route_stop rs JOIN booking b ON b.id = rs.booking_id JOIN beneficiary p ON p.id = b.beneficiary_id
         JOIN shift s ON s.id = rs.shift_id
        WHERE rs.shift_id = $1 ORDER BY rs.sequence`,
      [shiftId],
    );
  }

  /** The driver has seen these rides: the evening re-plan may not move them any more. */
  async confirmToDriver(m: EntityManager, bookingIds: string[]): Promise<void> {
    await m.query(
      `UPDATE booking SET confirmed_to_driver = true WHERE id = ANY($1::uuid[]) AND NOT confirmed_to_driver`,
      [bookingIds],
    );
  }

  async reportedBooking(m: EntityManager, bookingId: string): Promise<ReportedBookingRow | null> {
    const rows: ReportedBookingRow[] = await m.query(
      `SELECT b.shift_id AS "shiftId", s.driver_id AS "driverId", b.status, b.arrived_at AS "arrivedAt",
              b.pickup_earliest AS "pickupEarliest", b.policy_id AS "policyId", b.region_kato AS "regionKato", s.status AS "shiftStatus",
              s.starts_at AS "shiftStartsAt", s.ends_at AS "shiftEndsAt", b.pickup_latest AS "pickupLatest",
              b.planned_pickup_at AS "plannedPickupAt", b.pickup_lat AS "pickupLat", b.pickup_lon AS "pickupLon",
              b.dropoff_lat AS "dropoffLat", b.dropoff_lon AS "dropoffLon", b.actual_pickup_at AS "actualPickupAt", b.direct_seconds AS "directSeconds"
         FROM booking b LEFT JOIN shift s ON s.id = b.shift_id WHERE b.id = $1`,
      [bookingId],
    );
    return rows[0] ?? null;
  }

  /**
   * A ride as the driver may hear of it once it has left them: it was on one of the driver's shifts
   * when the booking's audit rows say so (a status change, a reassignment or an unassignment
   * names the shift it was on before or after).
   */
  async goneRideOf(m: EntityManager, bookingId: string, driverId: string): Promise<GoneRideRow | null> {
    const rows: GoneRideRow[] = await m.query(
      `SELECT split_part(p.full_name, ' ', 1) AS "riderFirstName",
              COALESCE(b.cancelled_at, b.updated_at) AS "cancelledAt",
              EXISTS (SELECT 1 FROM audit_log a JOIN shift s
                         ON s.id::text IN (a.before->>'shiftId', a.after->>'shiftId', a.after->>'fromShiftId')
                       WHERE a.entity_type = 'booking' AND a.entity_id = b.id::text AND s.driver_id = $2) AS "wasDrivers"
         FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id WHERE b.id = $1`,
      [bookingId, driverId],
    );
    return rows[0] ?? null;
  }

  /** The vehicle's latest position on the shift at or before `now`, or null before its first ping. */
  async lastPingOf(m: EntityManager, shiftId: string, now: Date): Promise<LastPingRow | null> {
    const rows: LastPingRow[] = await m.query(
      `SELECT at, lat, lon FROM location_ping WHERE shift_id = $1 AND at <= $2 ORDER BY at DESC LIMIT 1`,
      [shiftId, now],
    );
    return rows[0] ?? null;
  }

  /** The shift's pings from `from` to `to` in time order: the evidence of a no-show (issue 23). */
  pingsOf(m: EntityManager, shiftId: string, from: Date, to: Date): Promise<LastPingRow[]> {
    return m.query(
      `SELECT at, lat, lon FROM location_ping WHERE shift_id = $1 AND at >= $2 AND at <= $3 ORDER BY at`,
      [shiftId, from, to],
    );
  }

  /**
   * What the rider (or a guardian) had been told about the ride's pickup by `now`, from the
   * messages that reached them (issue 23: the decider of a dispute sees all of it):
   * - `pickupAt`: the latest pickup time a message stated (a scheduled ride, a new time, the
   *   reminder, a running-late notice). The no-show wait counts from it (walk t23 M3). An "in N
   *   min" (VEHICLE_ARRIVING) is not a pickup time told: it says to get ready, as the vehicle nears.
   * - `arriving`: when the first "in N min" reached them, and the arrival time it stood for;
   * - `atDoorAt`: when the first "the vehicle is waiting" (DRIVER_ARRIVED) reached them.
   */
  async toldOfPickup(
    m: EntityManager,
    bookingId: string,
    now: Date,
  ): Promise<{
    pickupAt: Date | null;
    arriving: { at: Date; eta: Date | null } | null;
    atDoorAt: Date | null;
  }> {
    const [row]: {
      pickup_at: Date | null;
      arriving_at: Date | null;
      arriving_eta: Date | null;
      at_door_at: Date | null;
    }[] = await m.query(
      `WITH told AS (
           SELECT kind, pickup_at, COALESCE(sent_at, created_at) AS at, created_at FROM notification
            WHERE booking_id = $1 AND status IN ('SENT', 'DELIVERED') AND COALESCE(sent_at, created_at) <= $2)
         SELECT (SELECT pickup_at FROM told WHERE pickup_at IS NOT NULL AND kind <> 'VEHICLE_ARRIVING'
                  ORDER BY at DESC, created_at DESC LIMIT 1) AS pickup_at,
                (SELECT at FROM told WHERE kind = 'VEHICLE_ARRIVING' ORDER BY at LIMIT 1) AS arriving_at,
                (SELECT pickup_at FROM told WHERE kind = 'VEHICLE_ARRIVING' ORDER BY at LIMIT 1) AS arriving_eta,
                (SELECT min(at) FROM told WHERE kind = 'DRIVER_ARRIVED') AS at_door_at`,
      [bookingId, now],
    );
    return {
      pickupAt: row?.pickup_at ?? null,
      arriving: row?.arriving_at ? { at: row.arriving_at, eta: row.arriving_eta } : null,
      atDoorAt: row?.at_door_at ?? null,
    };
  }

  /** The first ride under way starts a PLANNED shift. */
  async startShift(m: EntityManager, shiftId: string): Promise<void> {
    await m.query(
      `UPDATE shift SET status = 'ACTIVE', version = version + 1 WHERE id = $1 AND status = 'PLANNED'`,
      [shiftId],
    );
  }

  /** The actual time the vehicle served the ride's pickup or drop-off. */
  async recordStopServed(
    m: EntityManager,
    bookingId: string,
    kind: 'PICKUP' | 'DROPOFF',
    at: Date,
  ): Promise<void> {
    await m.query(`UPDATE route_stop SET actual_at = $2 WHERE booking_id = $1 AND kind = $3`, [
      bookingId,
      at,
      kind,
    ]);
  }

  /** A no-show leaves nobody to drop off: the place on the route is free again. */
  async freeDropoffOfNoShow(m: EntityManager, bookingId: string): Promise<void> {
    await m.query(`DELETE FROM route_stop WHERE booking_id = $1 AND kind = 'DROPOFF' AND actual_at IS NULL`, [
      bookingId,
    ]);
  }

  /** Positions of the shifts' trails, in one statement (all or none). */
  async recordPositions(
    m: EntityManager,
    rows: { shiftId: string; at: Date; lat: number; lon: number }[],
  ): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO location_ping (shift_id, at, lat, lon)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::float8[], $4::float8[])`,
      [rows.map((r) => r.shiftId), rows.map((r) => r.at), rows.map((r) => r.lat), rows.map((r) => r.lon)],
    );
  }

  /** The next stops not yet served on the shift, of rides still to run, in route order. */
  stopsAhead(shiftId: string, limit: number): Promise<StopAheadRow[]> {
    // The next `limit` stops, and on to the drop-off of every rider on board however far it is
    // (issue 18, F7: once on board a rider sees the arrival at the destination).
    return this.ds.query(
      `WITH ahead AS (
         SELECT rs.booking_id AS "bookingId", rs.kind,
                CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lat ELSE b.dropoff_lat END AS lat,
                CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_lon ELSE b.dropoff_lon END AS lon,
                b.boarding_seconds AS service, b.region_kato AS "regionKato", b.status,
                CASE WHEN rs.kind = 'PICKUP' THEN b.pickup_earliest END AS "opensAt",
                row_number() OVER (ORDER BY rs.sequence) AS n
           FROM route_stop rs JOIN booking b ON b.id = rs.booking_id
          WHERE rs.shift_id = $1 AND rs.actual_at IS NULL AND b.status IN ('SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD'))
       SELECT "bookingId", kind, lat, lon, service, "regionKato", status, "opensAt" FROM ahead
        WHERE n <= GREATEST($2, (SELECT coalesce(max(n), 0) FROM ahead WHERE kind = 'DROPOFF' AND status = 'ON_BOARD'))
        ORDER BY n`,
      [shiftId, limit],
    );
  }
}
