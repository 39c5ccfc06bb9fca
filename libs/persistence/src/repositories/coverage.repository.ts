import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isValidKato, katoAncestors, type ProcurementMethod } from '@invataxi/domain';
import { firstShiftStartOf } from './procurement-requests.repository';

/**
 * The area codes that cover a KATO code: the code itself and its structural ancestors
 * (district, sub-level, region). A settlement is covered by a provider whose service area is
 * the settlement, its district or its region; a district by its own code or its region; a
 * region only by itself (a provider of one district does not cover the whole region).
 */
export function coveringAreaCodes(kato: string): string[] {
  if (!isValidKato(kato)) throw new RangeError(`not a KATO code: ${kato}`);
  return [kato, ...katoAncestors(kato)];
}

/** What a vehicle must carry: places and equipment (a booking's load and needs). */
export interface VehicleNeed {
  seats?: number;
  wheelchairPlaces?: number;
  /** Step-free boarding: a ramp or a lift, either will do. */
  ramp?: boolean;
  /** A lift specifically. */
  lift?: boolean;
}

export interface CoverageQuery {
  kato: string;
  /**
   * Only providers with a non-cancelled shift running at this instant (and, with `need`,
   * a shift whose vehicle can carry it). Without `at`, `need` asks for any ACTIVE vehicle.
   */
  at?: Date;
  need?: VehicleNeed;
}

export interface CoveringProvider {
  providerId: string;
  bin: string;
  legalName: string;
  regionKato: string;
  /** The provider's area codes that matched (the code itself or its ancestors). */
  coveredBy: string[];
  /** With `at`: the shifts running then that fit the need; otherwise empty. */
  shiftIds: string[];
}

interface Row {
  provider_id: string;
  bin: string;
  legal_name: string;
  region_kato: string;
  covered_by: string[];
  shift_ids: string[] | null;
}

/**
 * A vehicle can carry the need in its main layout or in one of its alternative layouts
 * (e.g. 4 seats, or 2 seats + 1 wheelchair). `$n` placeholders are given by the caller.
 */
function vehicleFits(p: { seats: string; wheelchairs: string; ramp: string; lift: string }): string {
  return `
    v.status = 'ACTIVE'
    AND (NOT ${p.ramp}::boolean OR v.has_ramp OR v.has_lift)
    AND (NOT ${p.lift}::boolean OR v.has_lift)
    AND (
      (v.seats >= ${p.seats}::int AND v.wheelchair_places >= ${p.wheelchairs}::int)
      OR EXISTS (
        SELECT 1 FROM jsonb_array_elements(v.alternative_layouts) l
        WHERE (l->>'seats')::int >= ${p.seats}::int
          AND (l->>'wheelchairPlaces')::int >= ${p.wheelchairs}::int
      )
    )`;
}

/** One contract serving a region; `award`: the procurement request that brought its provider. */
export interface ContractedService {
  from: string;
  to: string | null;
  changedAt: Date;
  award: {
    method: ProcurementMethod | null;
    submittedAt: Date | null;
    createdAt: Date;
    awardedAt: Date | null;
    /** When the supplier's first shift (not cancelled) starts; null while it has none. */
    firstShiftAt: Date | null;
  } | null;
}

/** Who covers a place: the providers whose service area reaches a KATO code. */
@Injectable()
export class CoverageRepository {
  /**
   * The contracts under which ACTIVE providers with a service area in the region serve it and
   * that have not ended by `today` (GTFS-Flex, walk t25 M6): each with its first and last day
   * (null: open-ended), when it was written, and, for a provider that came through a procurement
   * award, that award's request (walk t25b N5: its service starts when riders were told). Empty
   * when no provider serves the region (its rides wait for procurement).
   */
  async contractedService(m: EntityManager, regionKato: string, today: string): Promise<ContractedService[]> {
    const rows = (await m.query(
      `SELECT c.valid_from::text AS "from", c.valid_to::text AS "to", c.created_at AS "changedAt",
              r.method AS "method", r.submitted_at AS "submittedAt", r.created_at AS "createdAt",
              r.awarded_at AS "awardedAt", ${firstShiftStartOf('p.id')} AS "firstShiftAt"
         FROM provider p
         JOIN provider_contract c ON c.provider_id = p.id AND (c.valid_to IS NULL OR c.valid_to >= $2::date)
         LEFT JOIN LATERAL (SELECT q.method, q.submitted_at, q.created_at, q.awarded_at
                              FROM procurement_request q
                             WHERE q.awarded_provider_id = p.id AND q.status = 'AWARDED'
                             ORDER BY q.awarded_at DESC NULLS LAST LIMIT 1) r ON true
        WHERE p.status = 'ACTIVE'
          AND EXISTS (SELECT 1 FROM provider_service_area a
                       WHERE a.provider_id = p.id AND left(a.kato_code, 2) = left($1, 2))`,
      [regionKato, today],
    )) as {
      from: string;
      to: string | null;
      changedAt: Date;
      method: ProcurementMethod | null;
      submittedAt: Date | null;
      createdAt: Date | null;
      awardedAt: Date | null;
      firstShiftAt: Date | null;
    }[];
    return rows.map((r) => ({
      from: r.from,
      to: r.to,
      changedAt: r.changedAt,
      award: r.createdAt
        ? {
            method: r.method,
            submittedAt: r.submittedAt,
            createdAt: r.createdAt,
            awardedAt: r.awardedAt,
            firstShiftAt: r.firstShiftAt,
          }
        : null,
    }));
  }

  /** The KATO codes of the provider's service area. */
  async serviceAreaOf(m: EntityManager, providerId: string): Promise<string[]> {
    const rows = (await m.query('SELECT kato_code FROM provider_service_area WHERE provider_id = $1', [
      providerId,
    ])) as { kato_code: string }[];
    return rows.map((r) => r.kato_code);
  }

  /**
   * Which ACTIVE providers cover a KATO code, optionally at a time with a shift whose vehicle
   * can carry a need. The area lookup is an equality on provider_service_area.kato_code against
   * at most four codes, served by its index. Used by dispatch and by the procurement fallback.
   */
  async providersCovering(m: EntityManager, q: CoverageQuery): Promise<CoveringProvider[]> {
    const params: unknown[] = [coveringAreaCodes(q.kato)];
    const fits = (): string => {
      const need = q.need ?? {};
      params.push(need.seats ?? 0, need.wheelchairPlaces ?? 0, need.ramp ?? false, need.lift ?? false);
      const n = params.length;
      return vehicleFits({ seats: `$${n - 3}`, wheelchairs: `$${n - 2}`, ramp: `$${n - 1}`, lift: `$${n}` });
    };
    let shifts = '';
    let vehicleFilter = '';
    if (q.at) {
      params.push(q.at);
      const at = `$${params.length}::timestamptz`;
      shifts = `
        , shifts AS (
          SELECT s.provider_id, array_agg(s.id ORDER BY s.starts_at, s.id) AS shift_ids
          FROM shift s
          JOIN vehicle v ON v.id = s.vehicle_id
          JOIN driver d ON d.id = s.driver_id
          WHERE s.provider_id IN (SELECT provider_id FROM covering)
            AND s.status IN ('PLANNED', 'ACTIVE')
            AND s.starts_at <= ${at} AND s.ends_at > ${at}
            AND d.status = 'ACTIVE'
            AND ${fits()}
          GROUP BY s.provider_id
        )`;
    } else if (q.need) {
      vehicleFilter = `WHERE EXISTS (SELECT 1 FROM vehicle v WHERE v.provider_id = c.provider_id AND ${fits()})`;
    }
    const sql = `
      WITH covering AS (
        SELECT a.provider_id, array_agg(a.kato_code::text ORDER BY a.kato_code) AS covered_by
        FROM provider_service_area a
        JOIN provider p ON p.id = a.provider_id AND p.status = 'ACTIVE'
        WHERE a.kato_code = ANY($1::char(9)[])
        GROUP BY a.provider_id
      )${shifts}
      SELECT c.provider_id, p.bin, p.legal_name, p.region_kato, c.covered_by,
             ${q.at ? 's.shift_ids' : 'NULL::uuid[]'} AS shift_ids
      FROM covering c
      JOIN provider p ON p.id = c.provider_id
      ${q.at ? 'JOIN shifts s ON s.provider_id = c.provider_id' : ''}
      ${vehicleFilter}
      ORDER BY p.legal_name, p.id`;
    const rows = (await m.query(sql, params)) as Row[];
    return rows.map((r) => ({
      providerId: r.provider_id,
      bin: r.bin,
      legalName: r.legal_name,
      regionKato: r.region_kato,
      coveredBy: r.covered_by.map((c) => c.trim()),
      shiftIds: r.shift_ids ?? [],
    }));
  }
}
