import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  BookingStatus,
  DisabilityCategory,
  MobilityNeeds,
  ObservedPickup,
  TimeAnchor,
  TripPurpose,
} from '@invataxi/domain';
import type { JsonValue } from '../entities/json';
import { districtOfSql } from './kato-place.sql';
import { SHIFT_COLUMNS, type ShiftRow } from './routes.repository';

/** A recorded request as the what-if replay reads it: what was asked, by whom, when. */
export interface DemandRow {
  id: string;
  beneficiaryId: string;
  /**
   * When it was asked, on the rules' clock: the booking's audit (booking.requested, after.at),
   * else its created_at (rows booked before it was recorded).
   */
  createdAt: Date;
  timeAnchor: TimeAnchor;
  requestedTime: Date;
  purpose: TripPurpose;
  pickupLat: number;
  pickupLon: number;
  pickupKato: string;
  dropoffLat: number;
  dropoffLon: number;
  dropoffKato: string;
  districtKato: string;
  directSeconds: number;
  directMetres: number;
  companions: number;
  mobility: MobilityNeeds;
  birthDate: string;
  disabilityCategory: DisabilityCategory;
  disabilityValidUntil: string | null;
  evidence: JsonValue[];
  companionEntitled: boolean;
  /** What became of it, and its last planned and its actual pickup (the delays observed). */
  status: BookingStatus;
  plannedPickupAt: Date | null;
  actualPickupAt: Date | null;
}

/** A shift as the what-if replay's fleet reads it, with its provider's area and its district. */
export interface FleetShiftRow extends ShiftRow {
  serviceArea: string[];
  districtKato: string;
}

/**
 * The what-if replay's reads (issue 25): a region's recorded requests and shifts of a period.
 * Read only: a scenario works on a copy in memory and never writes a live row.
 */
@Injectable()
export class WhatIfRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Every request of the region whose pickup window opens in [from, to), whatever became of it
   * (refused, cancelled, served): the demand as it was asked for, in the order it was made.
   */
  async demandOfPeriod(regionKato: string, from: Date, to: Date): Promise<DemandRow[]> {
    return this.demandOf('b.region_kato = $1 AND b.pickup_earliest >= $2 AND b.pickup_earliest < $3', [
      regionKato,
      from,
      to,
    ]);
  }

  /**
   * The rides a procurement request covers that still wait for it (AWAITING_PROCUREMENT): the
   * demand its lot is sized on (issue 25, item 2), in the order they were made.
   */
  async demandOfRequest(requestId: string): Promise<DemandRow[]> {
    return this.demandOf(`b.procurement_request_id = $1 AND b.status = 'AWAITING_PROCUREMENT'`, [requestId]);
  }

  /**
   * The completed rides of the region (null: of every region) whose pickup window opens in
   * [from, to), with their last planned and their actual pickup: the delays a lot sizing applies
   * to its schedule (observedPickupDelays), as a scenario applies its base period's.
   */
  async completedPickupsOfPeriod(regionKato: string | null, from: Date, to: Date): Promise<ObservedPickup[]> {
    return this.ds.query(
      `SELECT b.status, b.planned_pickup_at AS "plannedPickupAt", b.actual_pickup_at AS "actualPickupAt"
         FROM booking b
        WHERE ($1::text IS NULL OR b.region_kato = $1) AND b.pickup_earliest >= $2 AND b.pickup_earliest < $3
          AND b.status = 'COMPLETED' AND b.planned_pickup_at IS NOT NULL AND b.actual_pickup_at IS NOT NULL`,
      [regionKato, from, to],
    );
  }

  private async demandOf(where: string, params: unknown[]): Promise<DemandRow[]> {
    const rows: DemandRow[] = await this.ds.query(
      `WITH rides AS (
         SELECT b.*,
                coalesce((SELECT (a.after->>'at')::timestamptz FROM audit_log a
                            WHERE a.entity_type = 'booking' AND a.entity_id = b.id::text
                              AND a.action = 'booking.requested' AND a.after ? 'at'
                            ORDER BY a.id LIMIT 1), b.created_at) AS asked_at
           FROM booking b WHERE ${where}
       ), places AS (
         SELECT k.pickup_kato, ${districtOfSql('k.pickup_kato')} AS district_kato
           FROM (SELECT DISTINCT pickup_kato FROM rides) k
       )
       SELECT b.id, b.beneficiary_id AS "beneficiaryId", b.asked_at AS "createdAt",
              b.time_anchor AS "timeAnchor", b.requested_time AS "requestedTime", b.purpose,
              b.pickup_lat AS "pickupLat", b.pickup_lon AS "pickupLon", trim(b.pickup_kato) AS "pickupKato",
              b.dropoff_lat AS "dropoffLat", b.dropoff_lon AS "dropoffLon", trim(b.dropoff_kato) AS "dropoffKato",
              trim(pl.district_kato) AS "districtKato", b.direct_seconds AS "directSeconds",
              b.direct_metres AS "directMetres", b.companions, b.mobility,
              p.birth_date::text AS "birthDate", p.disability_category AS "disabilityCategory",
              p.disability_valid_until::text AS "disabilityValidUntil", p.evidence,
              p.companion_entitled AS "companionEntitled", b.status,
              b.planned_pickup_at AS "plannedPickupAt", b.actual_pickup_at AS "actualPickupAt"
         FROM rides b
         JOIN places pl ON pl.pickup_kato = b.pickup_kato
         JOIN beneficiary p ON p.id = b.beneficiary_id
        ORDER BY b.asked_at, b.id`,
      params,
    );
    return rows;
  }

  /** The shifts of the region's providers starting in [from, to), cancelled ones left out. */
  async shiftsOfPeriod(regionKato: string, from: Date, to: Date): Promise<FleetShiftRow[]> {
    const rows: FleetShiftRow[] = await this.ds.query(
      `SELECT ${SHIFT_COLUMNS}, trim(${districtOfSql('s.start_kato')}) AS "districtKato",
              coalesce((SELECT array_agg(trim(a.kato_code)) FROM provider_service_area a
                         WHERE a.provider_id = s.provider_id), '{}') AS "serviceArea"
         FROM shift s
         JOIN vehicle v ON v.id = s.vehicle_id
         JOIN provider p ON p.id = s.provider_id
        WHERE p.region_kato = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND s.status <> 'CANCELLED'
        ORDER BY s.starts_at, s.id`,
      [regionKato, from, to],
    );
    return rows;
  }

  /** Vehicles of the region that worked a shift in [from, to), by kind (a wheelchair place or not). */
  async vehiclesOfPeriod(
    regionKato: string,
    from: Date,
    to: Date,
  ): Promise<{ WHEELCHAIR_VAN: number; CAR: number }> {
    const [row]: { vans: number; cars: number }[] = await this.ds.query(
      `SELECT count(DISTINCT v.id) FILTER (WHERE v.wheelchair_places > 0)::int AS vans,
              count(DISTINCT v.id) FILTER (WHERE v.wheelchair_places = 0)::int AS cars
         FROM shift s
         JOIN vehicle v ON v.id = s.vehicle_id
         JOIN provider p ON p.id = s.provider_id
        WHERE p.region_kato = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND s.status <> 'CANCELLED'`,
      [regionKato, from, to],
    );
    return { WHEELCHAIR_VAN: row?.vans ?? 0, CAR: row?.cars ?? 0 };
  }
}
