import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  RoutesRepository,
  SHIFT_COLUMNS,
  TRIP_COLUMNS,
  type ShiftRow,
  type StopRow,
  type TripRow,
} from './routes.repository';

/** A ride not on a route yet (ACCEPTED, WAITLISTED, AWAITING_PROCUREMENT), with why it waits. */
export type OpenTripRow = TripRow & { statusReason: string | null };

/** A shift with its vehicle and the region its provider is registered in. */
export type BoardShiftRow = ShiftRow & { providerRegion: string; providerName: string };

/** A booking after a reassignment: what its status fan-out needs. */
export interface MovedBooking {
  id: string;
  version: number;
  status: string;
  channel: string;
}

/** What a rider's live view of one ride starts from. */
export interface LiveRideRow {
  beneficiaryId: string;
  pickupKato: string;
  status: string;
  version: number;
  shiftId: string | null;
  plannedPickupAt: Date | null;
}

/** Where a shift's vehicle last said it was (its driver's phone, the latest ping). */
export interface LastPositionRow {
  shiftId: string;
  lat: number;
  lon: number;
  at: Date;
}

/** A rider an override touches, as the console shows them to the dispatcher (issue 18). */
export interface AffectedRiderRow {
  id: string;
  fullName: string;
  phone: string | null;
  purpose: string;
  pickupAddress: string;
  dropoffAddress: string;
}

/** The dispatcher console's reads and manual moves: the day's board, assignments, breakdowns. */
@Injectable()
export class DispatchConsoleRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly routes: RoutesRepository,
  ) {}

  /** Rides not yet on a route whose pickup window opens in [from, to), by window. */
  openTripsOfDay(from: Date, to: Date): Promise<OpenTripRow[]> {
    return this.ds.query(
      `SELECT ${TRIP_COLUMNS}, b.status_reason AS "statusReason" FROM booking b
        WHERE b.status IN ('ACCEPTED', 'WAITLISTED', 'AWAITING_PROCUREMENT')
          AND b.pickup_earliest >= $1 AND b.pickup_earliest < $2 ORDER BY b.pickup_earliest, b.id`,
      [from, to],
    );
  }

  /** Shifts overlapping [from, to), with their vehicles and their providers' regions. */
  shiftsOfDay(from: Date, to: Date): Promise<BoardShiftRow[]> {
    return this.ds.query(
      `SELECT ${SHIFT_COLUMNS}, p.region_kato AS "providerRegion", p.legal_name AS "providerName"
         FROM shift s JOIN vehicle v ON v.id = s.vehicle_id
         JOIN provider p ON p.id = s.provider_id
        WHERE s.starts_at < $2 AND s.ends_at > $1 ORDER BY s.starts_at, s.id`,
      [from, to],
    );
  }

  /** The shifts' stops in route order and the rides on them. */
  async routesOfShifts(shiftIds: readonly string[]): Promise<{ stops: StopRow[]; trips: TripRow[] }> {
    if (shiftIds.length === 0) return { stops: [], trips: [] };
    const stops = await this.routes.stopsOfShifts(this.ds.manager, shiftIds);
    const tripIds = [...new Set(stops.map((s) => s.bookingId))];
    const trips = tripIds.length ? await this.routes.tripsByIds(this.ds.manager, tripIds) : [];
    return { stops, trips };
  }

  /** The booking's version under its row lock (null: no such booking). */
  async lockBookingVersion(m: EntityManager, bookingId: string): Promise<number | null> {
    const rows: { version: number }[] = await m.query(
      `SELECT version FROM booking WHERE id = $1 FOR UPDATE`,
      [bookingId],
    );
    return rows[0]?.version ?? null;
  }

  /**
   * A SCHEDULED booking onto another shift: its status stays, it still changes (new vehicle, new
   * times, the driver must confirm again). Null when its version is no longer `expectedVersion`.
   */
  async moveScheduledBooking(
    m: EntityManager,
    move: {
      bookingId: string;
      shiftId: string;
      plannedPickupAt: Date;
      plannedDropoffAt: Date;
      expectedVersion: number;
    },
  ): Promise<MovedBooking | null> {
    const [rows] = (await m.query(
      `UPDATE booking SET shift_id = $2, planned_pickup_at = $3, planned_dropoff_at = $4, confirmed_to_driver = false,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $5 RETURNING id, version, status, channel`,
      [move.bookingId, move.shiftId, move.plannedPickupAt, move.plannedDropoffAt, move.expectedVersion],
    )) as [MovedBooking[], number];
    return rows[0] ?? null;
  }

  /** A broken-down or driverless shift stops taking rides: CLOSED if started, else CANCELLED. */
  async closeShift(
    m: EntityManager,
    shiftId: string,
    status: 'CLOSED' | 'CANCELLED',
    reason: string,
  ): Promise<void> {
    await m.query(`UPDATE shift SET status = $2, status_reason = $3, version = version + 1 WHERE id = $1`, [
      shiftId,
      status,
      reason,
    ]);
  }

  /**
   * A broken-down shift back in service (its breakdown undone): CLOSED goes back to ACTIVE,
   * CANCELLED to PLANNED. False when the shift is not closed for that reason any more.
   */
  async reopenShift(m: EntityManager, shiftId: string, reasons: readonly string[]): Promise<string | null> {
    const rows = (await m.query(
      `UPDATE shift SET status = CASE status WHEN 'CLOSED' THEN 'ACTIVE' ELSE 'PLANNED' END,
              status_reason = NULL, version = version + 1
        WHERE id = $1 AND status IN ('CLOSED', 'CANCELLED') AND status_reason = ANY($2::text[])
        RETURNING status`,
      [shiftId, [...reasons]],
    )) as [{ status: string }[], number];
    return rows[0][0]?.status ?? null;
  }

  /** The region the provider is registered in (null: no such provider). */
  /**
   * Whose a live board event is (walk t22 m2): the provider of its alert and of its shift, the
   * pick-up place of its ride (each null when the event names none or it is not found).
   */
  async liveEventOwners(ids: {
    alertId?: string;
    shiftId?: string;
    bookingId?: string;
  }): Promise<{ alertProvider: string | null; shiftProvider: string | null; pickupKato: string | null }> {
    const rows: { alertProvider: string | null; shiftProvider: string | null; pickupKato: string | null }[] =
      await this.ds.query(
        `SELECT (SELECT provider_id FROM dispatch_alert WHERE id = $1::uuid) AS "alertProvider",
                (SELECT provider_id FROM shift WHERE id = $2::uuid) AS "shiftProvider",
                (SELECT pickup_kato FROM booking WHERE id = $3::uuid) AS "pickupKato"`,
        [ids.alertId ?? null, ids.shiftId ?? null, ids.bookingId ?? null],
      );
    return rows[0] ?? { alertProvider: null, shiftProvider: null, pickupKato: null };
  }

  async providerRegionOf(m: EntityManager, providerId: string): Promise<string | null> {
    const rows: { regionKato: string }[] = await m.query(
      `SELECT region_kato AS "regionKato" FROM provider WHERE id = $1`,
      [providerId],
    );
    return rows[0]?.regionKato ?? null;
  }

  async liveRide(bookingId: string): Promise<LiveRideRow | null> {
    const rows: LiveRideRow[] = await this.ds.query(
      `SELECT beneficiary_id AS "beneficiaryId", pickup_kato AS "pickupKato", status, version, shift_id AS "shiftId",
              planned_pickup_at AS "plannedPickupAt" FROM booking WHERE id = $1`,
      [bookingId],
    );
    return rows[0] ?? null;
  }

  /** Who rides these bookings and where (staff views only: never logged or audited). */
  async affectedRiders(m: EntityManager, bookingIds: readonly string[]): Promise<AffectedRiderRow[]> {
    if (bookingIds.length === 0) return [];
    return m.query(
      `SELECT b.id, p.full_name AS "fullName", p.phone, b.purpose, b.pickup_address AS "pickupAddress",
              b.dropoff_address AS "dropoffAddress"
         FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id WHERE b.id = ANY($1)`,
      [bookingIds],
    );
  }

  /** Each shift's vehicle plate, the words a dispatcher knows the vehicle by. */
  async platesOfShifts(m: EntityManager, shiftIds: readonly string[]): Promise<Map<string, string>> {
    if (shiftIds.length === 0) return new Map();
    const rows: { id: string; plate: string }[] = await m.query(
      `SELECT s.id, v.plate FROM shift s JOIN vehicle v ON v.id = s.vehicle_id WHERE s.id = ANY($1)`,
      [shiftIds],
    );
    return new Map(rows.map((r) => [r.id, r.plate]));
  }

  /** Each shift's latest ping (none for a shift whose driver has not sent one), by the trail's index. */
  lastPositions(shiftIds: readonly string[]): Promise<LastPositionRow[]> {
    if (shiftIds.length === 0) return Promise.resolve([]);
    return this.ds.query(
      `SELECT s.id AS "shiftId", p.lat, p.lon, p.at FROM unnest($1::uuid[]) AS s(id)
         CROSS JOIN LATERAL (SELECT lat, lon, at FROM location_ping WHERE shift_id = s.id
                              ORDER BY at DESC LIMIT 1) p`,
      [shiftIds],
    );
  }
}
