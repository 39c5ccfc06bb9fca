import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  planningPoint,
  type MobilityNeeds,
  type ReasonCode,
  type TimeAnchor,
  type TripPurpose,
} from '@invataxi/domain';
import { districtOfSql } from './kato-place.sql';

/** The asked trip of a refused request, as the booking service hands it over. */
export interface RefusedTrip {
  /** Whose request: only to find the home region and district; the id itself is not kept. */
  beneficiaryId: string;
  /** The policy that refused it (its region); null: the national default (the home region). */
  policyId: string | null;
  askedAt: Date;
  timeAnchor: TimeAnchor;
  requestedTime: Date;
  purpose: TripPurpose;
  pickup: { lat: number; lon: number; kato: string };
  dropoff: { lat: number; lon: number; kato: string };
  /** The direct travel its check used (the exact points'). */
  direct: { seconds: number; metres: number };
  companions: number;
  mobility: MobilityNeeds;
  reasons: readonly ReasonCode[];
}

/** A kept refused request as the what-if replay reads it (RefusedRequestEntity). */
export interface RefusedRequestRow {
  id: string;
  districtKato: string;
  askedAt: Date;
  timeAnchor: TimeAnchor;
  requestedTime: Date;
  purpose: TripPurpose;
  pickupLat: number;
  pickupLon: number;
  pickupKato: string;
  dropoffLat: number;
  dropoffLon: number;
  dropoffKato: string;
  directSeconds: number;
  directMetres: number;
  companions: number;
  mobility: MobilityNeeds;
  reasons: ReasonCode[];
}

/**
 * The booking requests refused for service hours, notice or horizon, kept for the what-if replay
 * (issue 25, t25 M2; RefusedRequestEntity: planning data only, no personal data).
 */
@Injectable()
export class RefusedRequestsRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Keeps the asked trip, in the caller's transaction (the refusal's audit): the region is the
   * policy's, else the rider's home region (as the reports count refusals); the district is the
   * rider's home district; the points are rounded (planningPoint). Returns the row's id.
   */
  async keep(m: EntityManager, t: RefusedTrip): Promise<string> {
    const pickup = planningPoint(t.pickup);
    const dropoff = planningPoint(t.dropoff);
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO refused_request (region_kato, district_kato, asked_at, time_anchor, requested_time,
                                    purpose, pickup_lat, pickup_lon, pickup_kato, dropoff_lat,
                                    dropoff_lon, dropoff_kato, companions, mobility, reasons,
                                    direct_seconds, direct_metres)
       SELECT coalesce((SELECT p.region_kato FROM service_policy p WHERE p.id = $2::uuid),
                       rpad(left(b.residence_kato, 2), 9, '0')),
              ${districtOfSql('b.residence_kato')},
              $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17
         FROM beneficiary b WHERE b.id = $1
       RETURNING id`,
      [
        t.beneficiaryId,
        t.policyId,
        t.askedAt,
        t.timeAnchor,
        t.requestedTime,
        t.purpose,
        pickup.lat,
        pickup.lon,
        t.pickup.kato,
        dropoff.lat,
        dropoff.lon,
        t.dropoff.kato,
        t.companions,
        JSON.stringify(t.mobility),
        [...t.reasons],
        Math.round(t.direct.seconds),
        Math.round(t.direct.metres),
      ],
    );
    if (!row) throw new Error(`refused request: no beneficiary ${t.beneficiaryId}`);
    return row.id;
  }

  /** The region's kept refused requests asked in [from, to) on the rules' clock, in that order. */
  async ofPeriod(regionKato: string, from: Date, to: Date): Promise<RefusedRequestRow[]> {
    return this.ds.query(
      `SELECT id, trim(district_kato) AS "districtKato", asked_at AS "askedAt",
              time_anchor AS "timeAnchor", requested_time AS "requestedTime", purpose,
              pickup_lat AS "pickupLat", pickup_lon AS "pickupLon", trim(pickup_kato) AS "pickupKato",
              dropoff_lat AS "dropoffLat", dropoff_lon AS "dropoffLon", trim(dropoff_kato) AS "dropoffKato",
              direct_seconds AS "directSeconds", direct_metres AS "directMetres",
              companions, mobility, reasons
         FROM refused_request
        WHERE region_kato = $1 AND asked_at >= $2 AND asked_at < $3
        ORDER BY asked_at, id`,
      [regionKato, from, to],
    );
  }
}
