import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DispatchAlertKind } from '@invataxi/domain';
import type { UnitOfWork } from '../unit-of-work';
import type { SentBack } from './planned-work.repository';

/** A recorded alert: its id and the regions whose live boards must be told. */
export interface RecordedAlert {
  id: string;
  regions: string[];
}

/** One ride of a dispatch alert as the board shows it (names and times read now, not stored). */
export interface DispatchAlertRideRow {
  alertId: string;
  kind: DispatchAlertKind;
  shiftId: string;
  providerId: string;
  /** The plate of the vehicle that could not serve the rides. */
  vehiclePlate: string;
  createdAt: Date;
  /** Seconds since it was raised, by the database's clock (the one that stamped createdAt). */
  ageSeconds: number;
  /** When the breakdown was undone (the vehicle back in service), or null. */
  undoneAt: Date | null;
  bookingId: string;
  status: string;
  purpose: string;
  pickupKato: string;
  regionKato: string;
  pickupEarliest: Date;
  pickupLatest: Date;
  wheelchairPlaces: number;
  riderName: string;
  /** Where the ride is now: its new vehicle and planned pickup, once placed again. */
  nowShiftId: string | null;
  nowPlate: string | null;
  /** Whether the shift it is on now can carry it (open shift, vehicle and driver ACTIVE). */
  nowShiftStatus: string | null;
  nowVehicleStatus: string | null;
  nowDriverStatus: string | null;
  plannedPickupAt: Date | null;
}

/** Alerts of rides sent back to dispatch together (issue 18): written with the change, read by the board. */
@Injectable()
export class DispatchAlertsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Records the alert of one shift in the caller's transaction; nothing when no ride went back.
   * Answers its id and the regions of the rides (whose live boards must be told).
   */
  async record(
    uow: UnitOfWork,
    a: { kind: DispatchAlertKind; shiftId: string; bookingIds: readonly string[] },
  ): Promise<RecordedAlert | null> {
    if (a.bookingIds.length === 0) return null;
    const rows = (await uow.manager.query(
      `WITH rides AS (SELECT id, pickup_earliest, region_kato FROM booking WHERE id = ANY($3::uuid[])),
            ins AS (
              INSERT INTO dispatch_alert (kind, shift_id, provider_id, booking_ids, pickups_from, pickups_until)
              SELECT $1, $2, (SELECT provider_id FROM shift WHERE id = $2),
                     array_agg(id ORDER BY id), min(pickup_earliest), max(pickup_earliest) FROM rides
              RETURNING id)
       SELECT ins.id, array(SELECT DISTINCT region_kato FROM rides) AS regions FROM ins`,
      [a.kind, a.shiftId, [...a.bookingIds]],
    )) as RecordedAlert[];
    return rows[0] ?? null;
  }

  /** One alert per shift the rides were sent back from (a vehicle or a driver with several shifts). */
  async recordSentBack(
    uow: UnitOfWork,
    kind: DispatchAlertKind,
    sent: readonly SentBack[],
  ): Promise<RecordedAlert[]> {
    const byShift = new Map<string, string[]>();
    for (const s of sent)
      if (s.fromShiftId) byShift.set(s.fromShiftId, [...(byShift.get(s.fromShiftId) ?? []), s.bookingId]);
    const out: RecordedAlert[] = [];
    for (const [shiftId, bookingIds] of [...byShift].sort(([a], [b]) => a.localeCompare(b))) {
      const alert = await this.record(uow, { kind, shiftId, bookingIds });
      if (alert) out.push(alert);
    }
    return out;
  }

  /**
   * The shift's latest alert of these kinds (a breakdown's, to undo it), in the caller's
   * transaction, with its age by the database's clock (the one that stamped it).
   */
  async lastOfShift(
    m: EntityManager,
    shiftId: string,
    kinds: readonly DispatchAlertKind[],
  ): Promise<{ id: string; bookingIds: string[]; ageSeconds: number } | null> {
    const rows = (await m.query(
      `SELECT id, booking_ids AS "bookingIds", extract(epoch FROM now() - created_at)::float8 AS "ageSeconds"
         FROM dispatch_alert
        WHERE shift_id = $1 AND kind = ANY($2::text[]) ORDER BY created_at DESC, id LIMIT 1`,
      [shiftId, [...kinds]],
    )) as { id: string; bookingIds: string[]; ageSeconds: number }[];
    return rows[0] ?? null;
  }

  /** The breakdown of this alert was undone (in the caller's transaction). */
  async markUndone(m: EntityManager, alertId: string, at: Date): Promise<void> {
    await m.query(`UPDATE dispatch_alert SET undone_at = $2 WHERE id = $1`, [alertId, at]);
  }

  /** The alerts' rides whose pickup window opens in [from, to), newest alert first. */
  ridesOfDay(from: Date, to: Date): Promise<DispatchAlertRideRow[]> {
    return this.ds.query(
      `SELECT a.id AS "alertId", a.kind, a.shift_id AS "shiftId", a.provider_id AS "providerId",
              v.plate AS "vehiclePlate", a.created_at AS "createdAt", a.undone_at AS "undoneAt",
              extract(epoch FROM now() - a.created_at)::float8 AS "ageSeconds",
              b.id AS "bookingId", b.status, b.purpose, b.pickup_kato AS "pickupKato",
              b.region_kato AS "regionKato", b.pickup_earliest AS "pickupEarliest",
              b.pickup_latest AS "pickupLatest", b.load_wheelchair_places AS "wheelchairPlaces",
              p.full_name AS "riderName", b.shift_id AS "nowShiftId", nv.plate AS "nowPlate",
              ns.status AS "nowShiftStatus", nv.status AS "nowVehicleStatus", nd.status AS "nowDriverStatus",
              b.planned_pickup_at AS "plannedPickupAt"
         FROM dispatch_alert a
         JOIN shift s ON s.id = a.shift_id
         JOIN vehicle v ON v.id = s.vehicle_id
         JOIN booking b ON b.id = ANY(a.booking_ids)
         JOIN beneficiary p ON p.id = b.beneficiary_id
         LEFT JOIN shift ns ON ns.id = b.shift_id
         LEFT JOIN vehicle nv ON nv.id = ns.vehicle_id
         LEFT JOIN driver nd ON nd.id = ns.driver_id
        WHERE a.pickups_from < $2 AND a.pickups_until >= $1
          AND b.pickup_earliest >= $1 AND b.pickup_earliest < $2
        ORDER BY a.created_at DESC, a.id, b.pickup_earliest, b.id`,
      [from, to],
    );
  }
}
