import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BookingStatus, MobilityNeeds } from '@invataxi/domain';
import { queryPrepared } from '../rows';

/** A shift with the vehicle it runs: a vehicle of the dial-a-ride problem. */
export interface ShiftRow {
  id: string;
  providerId: string;
  vehicleId: string;
  driverId: string;
  status: string;
  /** The provider's words when it cancelled the shift (null otherwise, or a system code). */
  statusReason: string | null;
  startsAt: Date;
  endsAt: Date;
  startLat: number;
  startLon: number;
  endLat: number;
  endLon: number;
  startKato: string;
  seats: number;
  wheelchairPlaces: number;
  alternativeLayouts: { seats: number; wheelchairPlaces: number }[];
  hasRamp: boolean;
  hasLift: boolean;
  hasRestraints: boolean;
  /** The vehicle's own status (ACTIVE, OUT_OF_SERVICE...) and the provider's words for it. */
  vehicleStatus: string;
  vehicleStatusReason: string | null;
  /** The driver's status: a suspended driver's shift takes no ride either. */
  driverStatus: string;
}

export interface StopRow {
  id: string;
  shiftId: string;
  bookingId: string;
  kind: 'PICKUP' | 'DROPOFF';
  sequence: number;
  plannedAt: Date;
  actualAt: Date | null;
}

/** The booking columns dispatch needs: ids, places, windows, load and needs. No names. */
export interface TripRow {
  id: string;
  status: BookingStatus;
  version: number;
  regionKato: string;
  shiftId: string | null;
  purpose: string;
  createdAt: Date;
  pickupLat: number;
  pickupLon: number;
  pickupKato: string;
  dropoffLat: number;
  dropoffLon: number;
  pickupEarliest: Date;
  pickupLatest: Date;
  dropoffEarliest: Date;
  dropoffLatest: Date;
  maxRideSeconds: number;
  directSeconds: number;
  loadSeats: number;
  loadWheelchairPlaces: number;
  stepFree: boolean;
  needsLift: boolean;
  mobility: MobilityNeeds;
  boardingSeconds: number;
  confirmedToDriver: boolean;
  actualPickupAt: Date | null;
  plannedPickupAt: Date | null;
  plannedDropoffAt: Date | null;
}

/** One stop of a planned route, as the solver placed it. */
export interface StopPlan {
  bookingId: string;
  kind: 'PICKUP' | 'DROPOFF';
  plannedAt: Date;
}

/** The columns of TripRow, from `booking b`. */
export const TRIP_COLUMNS = `b.id, b.status, b.version, b.region_kato AS "regionKato", b.shift_id AS "shiftId",
  b.purpose, b.created_at AS "createdAt",
  b.pickup_lat AS "pickupLat", b.pickup_lon AS "pickupLon", b.pickup_kato AS "pickupKato",
  b.dropoff_lat AS "dropoffLat", b.dropoff_lon AS "dropoffLon",
  b.pickup_earliest AS "pickupEarliest", b.pickup_latest AS "pickupLatest",
  b.dropoff_earliest AS "dropoffEarliest", b.dropoff_latest AS "dropoffLatest",
  b.max_ride_seconds AS "maxRideSeconds", b.direct_seconds AS "directSeconds",
  b.load_seats AS "loadSeats", b.load_wheelchair_places AS "loadWheelchairPlaces",
  b.step_free AS "stepFree", b.needs_lift AS "needsLift", b.mobility,
  b.boarding_seconds AS "boardingSeconds", b.confirmed_to_driver AS "confirmedToDriver",
  b.actual_pickup_at AS "actualPickupAt", b.planned_pickup_at AS "plannedPickupAt",
  b.planned_dropoff_at AS "plannedDropoffAt"`;

/** The columns of ShiftRow, from `shift s JOIN vehicle v`. */
export const SHIFT_COLUMNS = `s.id, s.provider_id AS "providerId", s.vehicle_id AS "vehicleId", s.driver_id AS "driverId",
  s.status, s.status_reason AS "statusReason", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
  s.start_lat AS "startLat", s.start_lon AS "startLon", s.end_lat AS "endLat", s.end_lon AS "endLon",
  s.start_kato AS "startKato", v.seats, v.wheelchair_places AS "wheelchairPlaces",
  v.alternative_layouts AS "alternativeLayouts", v.has_ramp AS "hasRamp", v.has_lift AS "hasLift",
  v.has_restraints AS "hasRestraints", v.status AS "vehicleStatus", v.status_reason AS "vehicleStatusReason",
  (SELECT d.status FROM driver d WHERE d.id = s.driver_id) AS "driverStatus"`;

/** A booking whose planned times a route write set: its pickup before and after. */
export interface PickupRewritten {
  bookingId: string;
  status: string;
  before: Date | null;
  after: Date | null;
}

/**
 * Routes and stops: the rows behind libs/dispatch's route model. Each statement runs on the
 * caller's manager (often a transaction holding the shifts' locks) and is prepared: dispatch
 * runs them for every booking it places.
 */
@Injectable()
export class RoutesRepository {
  tripsByIds(m: EntityManager, ids: readonly string[]): Promise<TripRow[]> {
    return queryPrepared<TripRow>(m, `SELECT ${TRIP_COLUMNS} FROM booking b WHERE b.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /**
   * The shifts with their vehicles, by id. `lock`: SELECT ... FOR UPDATE on the shift rows in id
   * order (one order everywhere, so two writers never deadlock).
   */
  shiftsWithVehicles(m: EntityManager, shiftIds: readonly string[], lock: boolean): Promise<ShiftRow[]> {
    return queryPrepared<ShiftRow>(
      m,
      `SELECT ${SHIFT_COLUMNS} FROM shift s JOIN vehicle v ON v.id = s.vehicle_id
        WHERE s.id = ANY($1::uuid[]) ORDER BY s.id ${lock ? 'FOR UPDATE OF s' : ''}`,
      [shiftIds],
    );
  }

  /** Every stop of the shifts, served or not, in route order. */
  stopsOfShifts(m: EntityManager, shiftIds: readonly string[]): Promise<StopRow[]> {
    return queryPrepared<StopRow>(
      m,
      `SELECT id, shift_id AS "shiftId", booking_id AS "bookingId", kind, sequence,
              planned_at AS "plannedAt", actual_at AS "actualAt"
         FROM route_stop WHERE shift_id = ANY($1::uuid[]) ORDER BY shift_id, sequence`,
      [shiftIds],
    );
  }

  /**
   * Rewrites what is left of a shift's route: stops already served stay as history, the rest is
   * replaced by `plan` (numbered after them), and every booking on it gets its planned times.
   * The unique (booking_id, kind) constraint refuses a booking that stands on another route.
   */
  async replacePendingStops(
    m: EntityManager,
    shiftId: string,
    plan: readonly StopPlan[],
  ): Promise<PickupRewritten[]> {
    await queryPrepared(m, `DELETE FROM route_stop WHERE shift_id = $1 AND actual_at IS NULL`, [shiftId]);
    if (plan.length === 0) return [];
    // Planned times are not a change the rider made: the version stays, so a dispatcher's or the
    // rider's expectedVersion is not invalidated by a neighbour joining the route.
    const pickups = new Map<string, Date>();
    const dropoffs = new Map<string, Date>();
    for (const p of plan) (p.kind === 'PICKUP' ? pickups : dropoffs).set(p.bookingId, p.plannedAt);
    const ids = [...new Set(plan.map((p) => p.bookingId))];
    // The new stops follow the served ones (sequence after theirs); one statement with the
    // bookings' planned times (the DELETE stays apart: a statement's parts see one snapshot).
    // The old planned pickup comes from the joined row (the snapshot before this statement), so
    // the caller learns whose pickup moved (issue 18: they are told).
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = (await queryPrepared<unknown>(
      m,
      `WITH stops AS (
         INSERT INTO route_stop (shift_id, booking_id, kind, sequence, planned_at)
         SELECT $1, x.booking_id, x.kind,
                (SELECT COALESCE(MAX(sequence), 0) FROM route_stop WHERE shift_id = $1) + x.n, x.planned_at
           FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) WITH ORDINALITY AS x(booking_id, kind, planned_at, n)
         RETURNING 1)
       UPDATE booking b SET planned_pickup_at = COALESCE(x.p, b.planned_pickup_at), planned_dropoff_at = x.d
         FROM unnest($5::uuid[], $6::timestamptz[], $7::timestamptz[]) AS x(id, p, d)
         JOIN booking o ON o.id = x.id
        WHERE b.id = x.id
       RETURNING b.id AS "bookingId", b.status, o.planned_pickup_at AS "before", b.planned_pickup_at AS "after"`,
      [
        shiftId,
        plan.map((p) => p.bookingId),
        plan.map((p) => p.kind),
        plan.map((p) => p.plannedAt),
        ids,
        ids.map((id) => pickups.get(id) ?? null),
        ids.map((id) => dropoffs.get(id) ?? null),
      ],
    )) as unknown as [PickupRewritten[], number];
    return rows;
  }

  /**
   * Of these bookings, those a dispatcher put on the vehicle they are on now (a manual assign,
   * reassign or override, read from the audit trail): the re-plan keeps them there unless the
   * dispatcher lets them go, and no automatic placement moves their pickup (issue 18).
   */
  async manuallyPlacedOf(m: EntityManager, bookingIds: readonly string[]): Promise<string[]> {
    if (bookingIds.length === 0) return [];
    const rows = await queryPrepared<{ id: string }>(
      m,
      `SELECT DISTINCT b.id FROM booking b JOIN audit_log a ON a.entity_type = 'booking' AND a.entity_id = b.id::text
        WHERE b.id = ANY($1::uuid[]) AND a.after->>'shiftId' = b.shift_id::text
          AND (a.action IN ('booking.reassigned', 'booking.assign_override')
               OR (a.action = 'booking.scheduled' AND a.after->>'reason' IN ('MANUAL_ASSIGN', 'MANUAL_OVERRIDE')))`,
      [bookingIds],
    );
    return rows.map((r) => r.id);
  }
}
