// The operations figures' statements (issue 22): the facts one region's day is rolled up from
// (rides, shifts, tariffs), the roll-ups the dispatcher keeps, and the reads of the reports.
// The figures themselves are computed in libs/domain (operations-figures.ts), never here.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  KZ_UTC_OFFSET_MINUTES,
  NATIONAL_DEFAULT_POLICY,
  type FigureCell,
  type ProviderTariff,
  type RefusalFact,
  type RiderMissCell,
  type RiderMisses,
  type ShiftFact,
  type TripFact,
} from '@invataxi/domain';
import { districtOfSql } from './kato-place.sql';

/** A region's rolled-up day. */
export interface RollupRow {
  regionKato: string;
  day: string;
  cells: FigureCell[];
}

/** Who serves regions and since when (serviceOf). */
export interface ServiceOf {
  providers: number;
  awaitingProcurement: number;
  /** The last local day a ride waiting for procurement is for; null: none waits. */
  awaitingUntil: string | null;
  firstDay: string | null;
}

/** A region and a local day whose roll-up is missing or older than a change of its rides. */
export interface StaleDay {
  regionKato: string;
  day: string;
}

interface TripRow {
  id: string;
  beneficiary_id: string;
  district_kato: string;
  provider_id: string | null;
  shift_id: string | null;
  status: TripFact['status'];
  status_reason: string | null;
  pickup_earliest: Date;
  pickup_latest: Date;
  arrived_at: Date | null;
  actual_pickup_at: Date | null;
  actual_dropoff_at: Date | null;
  no_show_at: Date | null;
  cancelled_at: Date | null;
  late_cancellation: boolean;
  direct_seconds: number;
  direct_metres: number;
  actual_metres: number | null;
  max_ride_seconds: number;
  companions: number;
  wheelchair: boolean;
  pickup_lat: number;
  pickup_lon: number;
  dropoff_lat: number;
  dropoff_lon: number;
  no_show_wait_minutes: number;
}

/** Local day of an instant column (Kazakhstan, UTC+5 since 1 March 2024). */
const LOCAL_DAY = (col: string): string => `((${col} AT TIME ZONE 'UTC') + interval '5 hours')::date`;

/**
 * The district of each distinct pickup place is looked up once per statement (a day has a few
 * hundred rides but a few dozen places): the per-row sub-select made a year's roll-up minutes long.
 */
const TRIPS_SQL = (where: string): string => `
  WITH rides AS (
    SELECT b.* FROM booking b WHERE ${where}
  ), places AS (
    SELECT k.pickup_kato, ${districtOfSql('k.pickup_kato')} AS district_kato
      FROM (SELECT DISTINCT pickup_kato FROM rides) k
  )
  SELECT b.id, b.beneficiary_id, trim(pl.district_kato) AS district_kato, s.provider_id, b.shift_id, b.status,
         b.status_reason, b.pickup_earliest, b.pickup_latest, b.arrived_at, b.actual_pickup_at, b.actual_dropoff_at,
         CASE WHEN b.status = 'NO_SHOW' THEN (
           SELECT rs.actual_at FROM route_stop rs WHERE rs.booking_id = b.id AND rs.kind = 'PICKUP'
            ORDER BY rs.actual_at DESC NULLS LAST LIMIT 1) END AS no_show_at,
         b.cancelled_at, b.late_cancellation, b.direct_seconds, b.direct_metres, b.actual_metres,
         b.max_ride_seconds, b.companions, b.load_wheelchair_places > 0 AS wheelchair,
         b.pickup_lat, b.pickup_lon, b.dropoff_lat, b.dropoff_lon,
         coalesce((p.rules->>'noShowWaitMinutes')::int, $1::int) AS no_show_wait_minutes
    FROM rides b
    JOIN places pl ON pl.pickup_kato = b.pickup_kato
    LEFT JOIN shift s ON s.id = b.shift_id
    LEFT JOIN service_policy p ON p.id = b.policy_id`;

function toFact(r: TripRow): TripFact {
  return {
    id: r.id,
    beneficiaryId: r.beneficiary_id,
    districtKato: r.district_kato,
    providerId: r.provider_id,
    shiftId: r.shift_id,
    status: r.status,
    statusReason: r.status_reason,
    pickupEarliest: r.pickup_earliest,
    pickupLatest: r.pickup_latest,
    arrivedAt: r.arrived_at,
    actualPickupAt: r.actual_pickup_at,
    actualDropoffAt: r.actual_dropoff_at,
    noShowAt: r.no_show_at,
    cancelledAt: r.cancelled_at,
    lateCancellation: r.late_cancellation,
    directSeconds: r.direct_seconds,
    directMetres: r.direct_metres,
    actualMetres: r.actual_metres,
    maxRideSeconds: r.max_ride_seconds,
    companions: r.companions,
    wheelchair: r.wheelchair,
    pickup: { lat: r.pickup_lat, lon: r.pickup_lon },
    dropoff: { lat: r.dropoff_lat, lon: r.dropoff_lon },
    noShowWaitMinutes: r.no_show_wait_minutes,
  };
}

@Injectable()
export class OperationsFiguresRepository {
  constructor(private readonly ds: DataSource) {}

  /** Every ride of the region whose pickup window opens in [from, to). */
  async tripFacts(
    regionKato: string,
    from: Date,
    to: Date,
    m: EntityManager = this.ds.manager,
  ): Promise<TripFact[]> {
    const rows: TripRow[] = await m.query(
      TRIPS_SQL('b.region_kato = $2 AND b.pickup_earliest >= $3 AND b.pickup_earliest < $4'),
      [NATIONAL_DEFAULT_POLICY.noShowWaitMinutes, regionKato, from, to],
    );
    return rows.map(toFact);
  }

  /**
   * The booking requests refused under the region's policy, asked in [from, to) on the rules'
   * clock: the attempts' audit (nothing else is written), in the rider's home district.
   * ix_audit_refused_attempt_at reads them by the time they were asked.
   */
  async refusalFacts(
    regionKato: string,
    from: Date,
    to: Date,
    m: EntityManager = this.ds.manager,
  ): Promise<RefusalFact[]> {
    const rows: { at: string; district_kato: string; reasons: string[] | null; kept: boolean }[] =
      await m.query(
        `WITH refused AS (
         SELECT a.after->>'at' AS at, a.after->'reasons' AS reasons, b.residence_kato,
                a.after ? 'refusedRequestId' AS kept
           FROM audit_log a
           LEFT JOIN service_policy p ON p.id::text = a.after->>'policyId'
           JOIN beneficiary b ON b.id::text = a.entity_id
          WHERE a.action = 'booking.rejected_attempt' AND a.after->>'at' >= $2 AND a.after->>'at' < $3
            -- the policy's region; none stored (the national default): the rider's home region
            AND coalesce(trim(p.region_kato), rpad(left(b.residence_kato, 2), 9, '0')) = $1
       ), places AS (
         SELECT k.residence_kato, ${districtOfSql('k.residence_kato')} AS district_kato
           FROM (SELECT DISTINCT residence_kato FROM refused) k
       )
       SELECT r.at, trim(pl.district_kato) AS district_kato, r.reasons, r.kept
         FROM refused r JOIN places pl ON pl.residence_kato = r.residence_kato`,
        [regionKato, from.toISOString(), to.toISOString()],
      );
    return rows.map((r) => ({
      at: new Date(r.at),
      districtKato: r.district_kato,
      reasons: Array.isArray(r.reasons) ? r.reasons : [],
      ...(r.kept ? { kept: true } : {}),
    }));
  }

  /** The shifts of the region's providers that start in [from, to), cancelled ones left out. */
  async shiftFacts(
    regionKato: string,
    from: Date,
    to: Date,
    m: EntityManager = this.ds.manager,
  ): Promise<ShiftFact[]> {
    const rows: {
      id: string;
      provider_id: string;
      district_kato: string;
      starts_at: Date;
      ends_at: Date;
      start_lat: number;
      start_lon: number;
      end_lat: number;
      end_lon: number;
      ended_at: Date | null;
    }[] = await m.query(
      `WITH shifts AS (
         SELECT s.* FROM shift s JOIN provider p ON p.id = s.provider_id
          WHERE p.region_kato = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND s.status <> 'CANCELLED'
       ), places AS (
         SELECT k.start_kato, ${districtOfSql('k.start_kato')} AS district_kato FROM (SELECT DISTINCT start_kato FROM shifts) k
       )
       SELECT s.id, s.provider_id, trim(pl.district_kato) AS district_kato, s.starts_at, s.ends_at,
              s.start_lat, s.start_lon, s.end_lat, s.end_lon,
              -- Closed by a breakdown or an absent driver: it served until its last served stop
              -- (no time of the closing is kept on the platform's clock).
              CASE WHEN s.status_reason IN ('VEHICLE_BREAKDOWN', 'DRIVER_ABSENT')
                   THEN coalesce((SELECT max(rs.actual_at) FROM route_stop rs WHERE rs.shift_id = s.id), s.starts_at)
              END AS ended_at
         FROM shifts s JOIN places pl ON pl.start_kato = s.start_kato`,
      [regionKato, from, to],
    );
    return rows.map((r) => ({
      id: r.id,
      providerId: r.provider_id,
      districtKato: r.district_kato,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      endedAt: r.ended_at,
      start: { lat: r.start_lat, lon: r.start_lon },
      end: { lat: r.end_lat, lon: r.end_lon },
    }));
  }

  /** Every contract tariff of the providers registered in the region. */
  tariffs(regionKato: string, m: EntityManager = this.ds.manager): Promise<ProviderTariff[]> {
    return m.query(
      `SELECT c.provider_id AS "providerId", c.tariff_per_trip AS "tariffPerTrip", c.tariff_per_km AS "tariffPerKm",
              to_char(c.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(c.valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM provider_contract c JOIN provider p ON p.id = c.provider_id
        WHERE p.region_kato = $1 ORDER BY c.valid_from`,
      [regionKato],
    );
  }

  /**
   * Closed days (before `before`) whose rides changed after their roll-up was computed, or that
   * have none: the rides changed since `since` name the candidates (ix_booking_updated), so a
   * sweep reads only what moved; `since` null looks at every ride once.
   */
  staleDays(before: Date, since: Date | null, limit: number): Promise<StaleDay[]> {
    return this.ds.query(
      `SELECT x.region_kato AS "regionKato", to_char(x.day, 'YYYY-MM-DD') AS day
         FROM (SELECT b.region_kato, ${LOCAL_DAY('b.pickup_earliest')} AS day, max(b.updated_at) AS changed
                 FROM booking b
                WHERE b.pickup_earliest < $1 AND ($2::timestamptz IS NULL OR b.updated_at > $2)
                GROUP BY 1, 2) x
         LEFT JOIN operations_rollup r ON r.region_kato = x.region_kato AND r.day = x.day
        WHERE r.day IS NULL OR r.computed_at < x.changed
        ORDER BY x.day, x.region_kato LIMIT $3`,
      [before, since, limit],
    );
  }

  /** The newest roll-up's time: the next sweep looks at rides changed since a little before it. */
  async lastComputedAt(): Promise<Date | null> {
    const rows: { at: Date | null }[] = await this.ds.query(
      'SELECT max(computed_at) AS at FROM operations_rollup',
    );
    return rows[0]?.at ?? null;
  }

  /** Writes (or replaces) a region's day: its cells and its riders' misses, together. */
  async saveRollup(
    regionKato: string,
    day: string,
    cells: FigureCell[],
    riders: readonly RiderMissCell[],
    computedAt: Date,
  ): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO operations_rollup (region_kato, day, cells, computed_at) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (region_kato, day) DO UPDATE SET cells = EXCLUDED.cells, computed_at = EXCLUDED.computed_at`,
        [regionKato, day, JSON.stringify(cells), computedAt],
      );
      await m.query('DELETE FROM operations_rider_rollup WHERE region_kato = $1 AND day = $2', [
        regionKato,
        day,
      ]);
      if (riders.length === 0) return;
      await m.query(
        `INSERT INTO operations_rider_rollup (region_kato, day, beneficiary_id, district_kato, provider_id, no_shows_rider,
           no_shows_provider, late_cancels_rider, late_cancels_provider)
         SELECT $1, $2, x.* FROM unnest($3::uuid[], $4::char(9)[], $5::uuid[], $6::int[], $7::int[], $8::int[], $9::int[]) AS x`,
        [
          regionKato,
          day,
          riders.map((r) => r.beneficiaryId),
          riders.map((r) => r.districtKato),
          riders.map((r) => r.providerId),
          riders.map((r) => r.noShowsRider),
          riders.map((r) => r.noShowsProvider),
          riders.map((r) => r.lateCancelsRider),
          riders.map((r) => r.lateCancelsProvider),
        ],
      );
    });
  }

  /**
   * The officer's per-rider table from the rolled-up days in [fromDay, toDay] but `skipDays`,
   * under a KATO prefix, for one district and one provider when given: summed per rider in the
   * database, ordered as libs/domain's byMisses, the first `limit` (or the riders of `only`).
   * A year of a large city sums ~40,000 rows here (tens of ms) instead of reading as many rides.
   */
  riderMisses(q: {
    prefix: string | null;
    fromDay: string;
    toDay: string;
    skipDays: readonly string[];
    districtKato?: string;
    providerId?: string;
    limit: number;
    only?: readonly string[];
  }): Promise<RiderMisses[]> {
    return this.ds.query(
      `SELECT beneficiary_id AS "beneficiaryId",
              sum(no_shows_rider)::int AS "noShowsRider", sum(no_shows_provider)::int AS "noShowsProvider",
              sum(late_cancels_rider)::int AS "lateCancelsRider", sum(late_cancels_provider)::int AS "lateCancelsProvider"
         FROM operations_rider_rollup
        WHERE day >= $1::date AND day <= $2::date AND NOT (day = ANY($3::date[]))
          AND ($4::text IS NULL OR left(region_kato, $5) = $4)
          AND ($6::text IS NULL OR district_kato = $6) AND ($7::uuid IS NULL OR provider_id = $7)
          AND ($8::uuid[] IS NULL OR beneficiary_id = ANY($8::uuid[]))
        GROUP BY beneficiary_id
        ORDER BY sum(no_shows_rider + late_cancels_rider) DESC, sum(no_shows_provider + late_cancels_provider) DESC,
                 beneficiary_id
        LIMIT $9`,
      [
        q.fromDay,
        q.toDay,
        q.skipDays,
        q.prefix,
        q.prefix?.length ?? 0,
        q.districtKato ?? null,
        q.providerId ?? null,
        q.only ?? null,
        q.limit,
      ],
    );
  }

  /**
   * The roll-ups of local days [fromDay, toDay] under a KATO prefix (null: the country), but for
   * the days of `skipMonths` (YYYY-MM: read from their month roll-ups instead).
   */
  rollups(
    prefix: string | null,
    fromDay: string,
    toDay: string,
    skipMonths: readonly string[] = [],
  ): Promise<RollupRow[]> {
    return this.ds.query(
      `SELECT trim(region_kato) AS "regionKato", to_char(day, 'YYYY-MM-DD') AS day, cells
         FROM operations_rollup
        WHERE day >= $1::date AND day <= $2::date AND ($3::text IS NULL OR left(region_kato, $4) = $3)
          AND NOT (to_char(day, 'YYYY-MM') = ANY($5::text[]))
        ORDER BY day, region_kato`,
      [fromDay, toDay, prefix, prefix?.length ?? 0, skipMonths],
    );
  }

  /** The month roll-ups of months (YYYY-MM) under a KATO prefix; `day` holds the month. */
  monthRollups(prefix: string | null, months: readonly string[]): Promise<RollupRow[]> {
    return this.ds.query(
      `SELECT trim(region_kato) AS "regionKato", to_char(month, 'YYYY-MM') AS day, cells
         FROM operations_month_rollup
        WHERE to_char(month, 'YYYY-MM') = ANY($1::text[]) AND ($2::text IS NULL OR left(region_kato, $3) = $2)
        ORDER BY month, region_kato`,
      [months, prefix, prefix?.length ?? 0],
    );
  }

  /** Every day roll-up's cells of one region's month (YYYY-MM). */
  async dayCellsOfMonth(regionKato: string, month: string): Promise<FigureCell[]> {
    const rows: { cells: FigureCell[] }[] = await this.ds.query(
      `SELECT cells FROM operations_rollup WHERE region_kato = $1 AND to_char(day, 'YYYY-MM') = $2`,
      [regionKato, month],
    );
    return rows.flatMap((r) => r.cells);
  }

  /** Writes (or replaces) a region's month (YYYY-MM). */
  async saveMonthRollup(
    regionKato: string,
    month: string,
    cells: FigureCell[],
    computedAt: Date,
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO operations_month_rollup (region_kato, month, cells, computed_at) VALUES ($1, ($2 || '-01')::date, $3::jsonb, $4)
       ON CONFLICT (region_kato, month) DO UPDATE SET cells = EXCLUDED.cells, computed_at = EXCLUDED.computed_at`,
      [regionKato, month, JSON.stringify(cells), computedAt],
    );
  }

  /** Regions under a prefix with rides whose pickup window opens in [from, to), or requests refused then. */
  async regionsWithRides(prefix: string | null, from: Date, to: Date): Promise<string[]> {
    const rows: { region_kato: string }[] = await this.ds.query(
      `SELECT trim(region_kato) AS region_kato FROM booking
        WHERE pickup_earliest >= $1 AND pickup_earliest < $2 AND ($3::text IS NULL OR left(region_kato, $4) = $3)
       UNION
       SELECT trim(p.region_kato) FROM audit_log a JOIN service_policy p ON p.id::text = a.after->>'policyId'
        WHERE a.action = 'booking.rejected_attempt' AND a.after->>'at' >= $5 AND a.after->>'at' < $6
          AND ($3::text IS NULL OR left(p.region_kato, $4) = $3)`,
      [from, to, prefix, prefix?.length ?? 0, from.toISOString(), to.toISOString()],
    );
    return rows.map((r) => r.region_kato);
  }

  /**
   * Who serves the regions (their KATO codes) and since when: the active providers with a service
   * area in them, the rides that wait for procurement (no provider covers their area) now, and the
   * first local day with data: a ride's pickup window opened (each region's earliest by its
   * index) or a request was refused; and the last local day a waiting ride is for (the page
   * offers the period up to it: walk t22 m5, a waiting ride for next week showed no figure).
   */
  async serviceOf(regionKatos: readonly string[]): Promise<ServiceOf> {
    // A request the rules refused is data of the day it was asked (the figures count it then):
    // the demo's history asks for its first day's rides the evening before, so that evening is
    // the first day with data, not the day after (walk: 'data from 08.11' above a row of 07.11).
    // The earliest refused attempt of the regions, read along ix_audit_refused_attempt_at.
    const rows: { providers: number; waiting: number; waiting_until: string | null; first: string | null }[] =
      await this.ds.query(
        `WITH first_refusal AS (
         SELECT a.after->>'at' AS at
           FROM audit_log a
           LEFT JOIN service_policy p ON p.id::text = a.after->>'policyId'
           JOIN beneficiary b ON b.id::text = a.entity_id
          WHERE a.action = 'booking.rejected_attempt'
            AND coalesce(trim(p.region_kato), rpad(left(b.residence_kato, 2), 9, '0')) = ANY($4::text[])
          ORDER BY a.after->>'at' LIMIT 1
       )
       SELECT (SELECT count(DISTINCT a.provider_id)::int FROM provider_service_area a
                 JOIN provider p ON p.id = a.provider_id
                WHERE p.status = 'ACTIVE' AND left(a.kato_code, 2) = ANY($2::text[])) AS providers,
              (SELECT count(*)::int FROM booking
                WHERE status = 'AWAITING_PROCUREMENT' AND region_kato = ANY($1::bpchar[])) AS waiting,
              (SELECT to_char((max(pickup_earliest) AT TIME ZONE 'UTC') + make_interval(mins => $3), 'YYYY-MM-DD')
                 FROM booking
                WHERE status = 'AWAITING_PROCUREMENT' AND region_kato = ANY($1::bpchar[])) AS waiting_until,
              (SELECT to_char((least(min(x.m), (SELECT y.at::timestamptz FROM first_refusal y))
                                AT TIME ZONE 'UTC') + make_interval(mins => $3), 'YYYY-MM-DD')
                 FROM unnest($1::bpchar[]) r(code)
                 CROSS JOIN LATERAL (SELECT min(pickup_earliest) AS m FROM booking WHERE region_kato = r.code) x) AS first`,
        [regionKatos, regionKatos.map((k) => k.slice(0, 2)), KZ_UTC_OFFSET_MINUTES, regionKatos],
      );
    const r = rows[0];
    return {
      providers: r?.providers ?? 0,
      awaitingProcurement: r?.waiting ?? 0,
      awaitingUntil: r?.waiting_until ?? null,
      firstDay: r?.first ?? null,
    };
  }

  /** The names of providers, for the report's provider tables (companies, not persons). */
  async providerNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.ds.query(
      'SELECT id, legal_name AS name FROM provider WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Riders' names and masked IINs for the officer's per-rider table (never for the ministry). */
  async riderNames(ids: readonly string[]): Promise<Map<string, { fullName: string; iinMasked: string }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; full_name: string; iin_masked: string }[] = await this.ds.query(
      'SELECT id, full_name, iin_masked FROM beneficiary WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { fullName: r.full_name, iinMasked: r.iin_masked }]));
  }
}
