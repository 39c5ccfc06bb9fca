import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DispatchAlertKind } from '@invataxi/domain';
import type { UnitOfWork } from '../unit-of-work';

/** One ride of a dispatch alert as the board shows it (names and times read now, not stored). */
export interface DispatchAlertRideRow {
  alertId: string;
  kind: DispatchAlertKind;
  shiftId: string;
  providerId: string;
  /** The plate of the vehicle that could not serve the rides. */
  vehiclePlate: string;
  createdAt: Date;
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
  plannedPickupAt: Date | null;
}

/** Alerts of rides sent back to dispatch together (issue 18): written with the change, read by the board. */
@Injectable()
export class DispatchAlertsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Records the alert in the caller's transaction; nothing when no ride went back. Answers its id
   * and the regions of the rides (whose live boards must be told).
   */
  async record(
    uow: UnitOfWork,
    a: { kind: DispatchAlertKind; shiftId: string; providerId: string; bookingIds: readonly string[] },
  ): Promise<{ id: string; regions: string[] } | null> {
    if (a.bookingIds.length === 0) return null;
    const rows = (await uow.manager.query(
      `WITH rides AS (SELECT id, pickup_earliest, region_kato FROM booking WHERE id = ANY($4::uuid[])),
            ins AS (
              INSERT INTO dispatch_alert (kind, shift_id, provider_id, booking_ids, pickups_from, pickups_until)
              SELECT $1, $2, $3, array_agg(id ORDER BY id), min(pickup_earliest), max(pickup_earliest) FROM rides
              RETURNING id)
       SELECT ins.id, array(SELECT DISTINCT region_kato FROM rides) AS regions FROM ins`,
      [a.kind, a.shiftId, a.providerId, [...a.bookingIds]],
    )) as { id: string; regions: string[] }[];
    return rows[0] ?? null;
  }

  /** The alerts' rides whose pickup window opens in [from, to), newest alert first. */
  ridesOfDay(from: Date, to: Date): Promise<DispatchAlertRideRow[]> {
    return this.ds.query(
      `SELECT a.id AS "alertId", a.kind, a.shift_id AS "shiftId", a.provider_id AS "providerId",
              v.plate AS "vehiclePlate", a.created_at AS "createdAt",
              b.id AS "bookingId", b.status, b.purpose, b.pickup_kato AS "pickupKato",
              b.region_kato AS "regionKato", b.pickup_earliest AS "pickupEarliest",
              b.pickup_latest AS "pickupLatest", b.load_wheelchair_places AS "wheelchairPlaces",
              p.full_name AS "riderName", b.shift_id AS "nowShiftId", nv.plate AS "nowPlate",
              b.planned_pickup_at AS "plannedPickupAt"
         FROM dispatch_alert a
         JOIN shift s ON s.id = a.shift_id
         JOIN vehicle v ON v.id = s.vehicle_id
         JOIN booking b ON b.id = ANY(a.booking_ids)
         JOIN beneficiary p ON p.id = b.beneficiary_id
         LEFT JOIN shift ns ON ns.id = b.shift_id
         LEFT JOIN vehicle nv ON nv.id = ns.vehicle_id
        WHERE a.pickups_from < $2 AND a.pickups_until >= $1
          AND b.pickup_earliest >= $1 AND b.pickup_earliest < $2
        ORDER BY a.created_at DESC, a.id, b.pickup_earliest, b.id`,
      [from, to],
    );
  }
}
