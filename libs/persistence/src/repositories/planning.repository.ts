import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingStatusReason } from '@invataxi/domain';
import { PlanRunEntity } from '../entities/plan-run.entity';

/**
 * The evening re-plan's reads of a region's day (shifts, waitlisted bookings, service areas)
 * and its writes under the day's lock (clearing the pending stops, moving a booking between
 * shifts). A day runs from `from` (local midnight, as an instant) to `to`.
 */
/** Advisory-lock namespace of "a re-plan of this region runs" (two-key locks; see service-policies). */
const PLAN_REGION_LOCK_NS = 3_000_102;

/** A region held for one re-plan; release it when the run has ended (also on failure). */
export interface RegionPlanHold {
  release(): Promise<void>;
}

@Injectable()
export class PlanningRepository {
  constructor(private readonly ds: DataSource) {}

  /** Regions with a shift planned or running that starts on the local date (YYYY-MM-DD). */
  async regionsWithShiftsOn(date: string): Promise<string[]> {
    const rows: { regionKato: string }[] = await this.ds.query(
      `SELECT DISTINCT p.region_kato AS "regionKato" FROM shift s JOIN provider p ON p.id = s.provider_id
        WHERE s.status IN ('PLANNED', 'ACTIVE') AND (s.starts_at AT TIME ZONE '+05')::date = $1::date`,
      [date],
    );
    return rows.map((r) => r.regionKato);
  }

  /** Open shifts of the region's ACTIVE providers on ACTIVE vehicles starting in the day, in id order. */
  async openShiftIdsOfDay(regionKato: string, from: Date, to: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT s.id FROM shift s JOIN provider p ON p.id = s.provider_id JOIN vehicle v ON v.id = s.vehicle_id
        WHERE s.status IN ('PLANNED', 'ACTIVE') AND p.status = 'ACTIVE' AND v.status = 'ACTIVE'
          AND p.region_kato = $1 AND s.starts_at >= $2 AND s.starts_at < $3 ORDER BY s.id`,
      [regionKato, from, to],
    );
    return rows.map((r) => r.id);
  }

  /** The region's WAITLISTED bookings whose window opens in the day and has not closed, in id order. */
  async waitlistedIdsOfDay(regionKato: string, from: Date, to: Date, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT b.id FROM booking b WHERE b.status = 'WAITLISTED' AND b.region_kato = $1
          AND b.pickup_earliest >= $2 AND b.pickup_earliest < $3 AND b.pickup_latest > $4 ORDER BY b.id`,
      [regionKato, from, to, now],
    );
    return rows.map((r) => r.id);
  }

  /** The service area codes of each shift's provider. */
  serviceAreasOfShifts(shiftIds: readonly string[]): Promise<{ shiftId: string; kato: string }[]> {
    return this.ds.query(
      `SELECT s.id AS "shiftId", a.kato_code AS kato FROM shift s JOIN provider_service_area a ON a.provider_id = s.provider_id
        WHERE s.id = ANY($1::uuid[])`,
      [shiftIds],
    );
  }

  /** Removes every stop not yet served from the shifts' routes (the caller holds their locks). */
  async clearPendingStops(m: EntityManager, shiftIds: readonly string[]): Promise<void> {
    await m.query(`DELETE FROM route_stop WHERE shift_id = ANY($1::uuid[]) AND actual_at IS NULL`, [
      shiftIds,
    ]);
  }

  /**
   * Moves a scheduled booking to another shift: not a status change, so no version bump. The
   * new vehicle's driver has not seen it yet (confirmed_to_driver goes back to false).
   */
  async moveToShift(m: EntityManager, bookingId: string, shiftId: string): Promise<void> {
    await m.query(`UPDATE booking SET shift_id = $2, confirmed_to_driver = false WHERE id = $1`, [
      bookingId,
      shiftId,
    ]);
  }

  /** Why each of these bookings is in its status (status_reason), by id. */
  async statusReasonsOf(
    m: EntityManager,
    bookingIds: readonly string[],
  ): Promise<Map<string, BookingStatusReason | null>> {
    if (bookingIds.length === 0) return new Map();
    const rows: { id: string; reason: BookingStatusReason | null }[] = await m.query(
      `SELECT id, status_reason AS reason FROM booking WHERE id = ANY($1::uuid[])`,
      [bookingIds],
    );
    return new Map(rows.map((r) => [r.id, r.reason]));
  }

  /** The vehicles' plates of these shifts, for the dispatcher's list of moved rides. */
  platesOfShifts(
    m: EntityManager,
    shiftIds: readonly string[],
  ): Promise<{ shiftId: string; plate: string }[]> {
    if (shiftIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT s.id AS "shiftId", v.plate FROM shift s JOIN vehicle v ON v.id = s.vehicle_id WHERE s.id = ANY($1::uuid[])`,
      [shiftIds],
    );
  }

  /** Where the rides of a proposal go from and to, in the dispatcher's words (rider, addresses, purpose). */
  ridesForList(
    m: EntityManager,
    bookingIds: readonly string[],
  ): Promise<
    {
      id: string;
      pickupAddress: string;
      dropoffAddress: string;
      purpose: string;
      status: string;
      /** The rider's full name: staff read a ride by whom it carries (walk F12). */
      riderName: string;
    }[]
  > {
    if (bookingIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT b.id, b.pickup_address AS "pickupAddress", b.dropoff_address AS "dropoffAddress", b.purpose, b.status,
              p.full_name AS "riderName"
         FROM booking b JOIN beneficiary p ON p.id = b.beneficiary_id WHERE b.id = ANY($1::uuid[])`,
      [bookingIds],
    );
  }

  /** Where rides on a route are now: the vehicle's plate and the planned pickup. */
  placementsOf(
    m: EntityManager,
    bookingIds: readonly string[],
  ): Promise<{ id: string; plate: string | null; pickupAt: Date | null }[]> {
    if (bookingIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT b.id, v.plate, rs.planned_at AS "pickupAt" FROM booking b
         LEFT JOIN shift s ON s.id = b.shift_id LEFT JOIN vehicle v ON v.id = s.vehicle_id
         LEFT JOIN route_stop rs ON rs.booking_id = b.id AND rs.kind = 'PICKUP'
        WHERE b.id = ANY($1::uuid[])`,
      [bookingIds],
    );
  }

  /**
   * Holds the region for one re-plan among all dispatcher processes, or answers null when another
   * holds it. A session advisory lock on a connection of its own: it lasts as long as the search
   * (which runs outside any transaction), and PostgreSQL drops it the moment the holder's
   * connection dies, so a killed dispatcher frees its region at once and the run's job, taken over
   * by another process, can hold it again.
   */
  async holdRegionForPlanning(regionKato: string): Promise<RegionPlanHold | null> {
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    try {
      const [{ held }]: { held: boolean }[] = await runner.query(
        'SELECT pg_try_advisory_lock($1, hashtext($2)) AS held',
        [PLAN_REGION_LOCK_NS, regionKato],
      );
      if (!held) {
        await runner.release();
        return null;
      }
    } catch (e) {
      await runner.release();
      throw e;
    }
    return {
      release: async () => {
        try {
          await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [
            PLAN_REGION_LOCK_NS,
            regionKato,
          ]);
        } finally {
          await runner.release();
        }
      },
    };
  }

  /** The region's re-plan that is RUNNING now, other than `exceptRunId` (the one a waiting run waits for). */
  async runningPlanOfRegion(regionKato: string, exceptRunId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM plan_run WHERE region_kato = $1 AND status = 'RUNNING' AND id <> $2
        ORDER BY started_at DESC NULLS LAST LIMIT 1`,
      [regionKato, exceptRunId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Opens a re-plan of a region's day unless one is open already (QUEUED or RUNNING: the unique
   * index ux_plan_run_open_per_day); null then. ON CONFLICT instead of catching the violation,
   * so the caller's transaction stays usable.
   */
  async createOpenPlanRun(
    m: EntityManager,
    run: { regionKato: string; date: string; requestedByUserId?: string | null; releasePinned?: boolean },
  ): Promise<PlanRunEntity | null> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO plan_run (region_kato, date, requested_by_user_id, release_pinned)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (region_kato, date) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING
       RETURNING id`,
      [run.regionKato, run.date, run.requestedByUserId ?? null, run.releasePinned ?? false],
    );
    return rows.length ? m.findOneByOrFail(PlanRunEntity, { id: rows[0].id }) : null;
  }
}
