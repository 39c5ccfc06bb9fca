import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingStatus } from '@invataxi/domain';
import type { BookingEntity } from '../entities/booking.entity';
import type { BookingAtVersion } from './stuck-bookings.repository';

/** A status a booking held from a version on, as the audit log tells it. */
export interface StatusAtVersion {
  version: number;
  status: BookingStatus;
  reason: string | null;
  /** The shift the booking stood on at that version (null: none, or not recorded). */
  shiftId: string | null;
  /** The planned and actual times at that version; null where the history does not record them (older rows). */
  times: VersionTimes | null;
  at: Date;
}

/** A booking's planned and actual pickup/drop-off times (ISO strings), as of one version. */
export interface VersionTimes {
  plannedPickupAt: string | null;
  plannedDropoffAt: string | null;
  actualPickupAt: string | null;
  actualDropoffAt: string | null;
}

/** Who serves a shift, as far as the Portal may know it: no driver surname, phone or licence. */
export interface ShiftCrewRow {
  shiftId: string;
  plate: string;
  model: string;
  hasRamp: boolean;
  hasLift: boolean;
  wheelchairPlaces: number;
  /** The first word of the driver's name (drivers are registered given name first). */
  driverFirstName: string;
}

/** A booking's times now, as they go on the wire. */
export function timesOfBooking(
  b: Pick<BookingEntity, 'plannedPickupAt' | 'plannedDropoffAt' | 'actualPickupAt' | 'actualDropoffAt'>,
): VersionTimes {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    plannedPickupAt: iso(b.plannedPickupAt),
    plannedDropoffAt: iso(b.plannedDropoffAt),
    actualPickupAt: iso(b.actualPickupAt),
    actualDropoffAt: iso(b.actualDropoffAt),
  };
}

/** The times an audit snapshot recorded (recordTransition), or NULL for a snapshot without them. */
const TIMES_OF = (side: 'before' | 'after') =>
  `CASE WHEN ${side} ? 'plannedPickupAt' THEN jsonb_build_object(
     'plannedPickupAt', ${side}->>'plannedPickupAt', 'plannedDropoffAt', ${side}->>'plannedDropoffAt',
     'actualPickupAt', ${side}->>'actualPickupAt', 'actualDropoffAt', ${side}->>'actualDropoffAt') END`;

/** A Portal booking with the last version the Portal was sent and acknowledged. */
export interface UnacknowledgedBookingRow {
  id: string;
  portal_order_id: string;
  status: string;
  version: number;
  /** Last acknowledged version (0: none). */
  last: number;
  updated_at: Date;
}

/** What the Portal has been told of each Portal booking (portal_sync_state) and what it is owed. */
@Injectable()
export class PortalSyncRepository {
  constructor(private readonly ds: DataSource) {}

  /** Makes sure the booking has its sync row (nothing acknowledged yet), so it can be locked. */
  async ensureSyncState(m: EntityManager, bookingId: string): Promise<void> {
    await m.query(
      `INSERT INTO portal_sync_state (booking_id, last_sent_version, last_sent_status) VALUES ($1, 0, '')
       ON CONFLICT (booking_id) DO NOTHING`,
      [bookingId],
    );
  }

  /**
   * The statuses a booking passed through after `afterVersion`, oldest first, read from the audit
   * log that every transition writes (before/after hold status and version, no personal data).
   * The Portal is told each of them in order, not only the latest.
   */
  statusesSince(
    m: EntityManager,
    bookingId: string,
    afterVersion: number,
    upToVersion: number,
  ): Promise<StatusAtVersion[]> {
    // A transition's `after` gives the new status at its version; its `before` gives the status the
    // booking had at the version before, which is how the first version (written at insert,
    // audited without a version) is known.
    return m.query(
      `SELECT DISTINCT ON (version) version, status, reason, "shiftId", times, at FROM (
          SELECT (after->>'version')::int AS version, after->>'status' AS status, after->>'reason' AS reason,
                 after->>'shiftId' AS "shiftId", ${TIMES_OF('after')} AS times, at, id, 0 AS pref
            FROM audit_log
           WHERE entity_type = 'booking' AND entity_id = $1 AND after ? 'status' AND after ? 'version'
          UNION ALL
          SELECT (before->>'version')::int, before->>'status', NULL, before->>'shiftId', ${TIMES_OF('before')}, at, id, 1
            FROM audit_log
           WHERE entity_type = 'booking' AND entity_id = $1 AND before ? 'status' AND before ? 'version'
        ) h
        WHERE version > $2 AND version <= $3
        ORDER BY version, pref, id DESC`,
      [bookingId, afterVersion, upToVersion],
    );
  }

  /**
   * The versions after `afterVersion` the Portal is to hear of, oldest first: the history, and the
   * booking's current version from its row when the history does not have it yet.
   */
  async versionsToTell(
    m: EntityManager,
    b: Pick<
      BookingEntity,
      | 'id'
      | 'version'
      | 'status'
      | 'statusReason'
      | 'shiftId'
      | 'updatedAt'
      | 'plannedPickupAt'
      | 'plannedDropoffAt'
      | 'actualPickupAt'
      | 'actualDropoffAt'
    >,
    afterVersion: number,
  ): Promise<StatusAtVersion[]> {
    const history = await this.statusesSince(m, b.id, afterVersion, b.version);
    if (b.version > afterVersion && !history.some((h) => h.version === b.version))
      history.push({
        version: b.version,
        status: b.status,
        reason: b.statusReason,
        shiftId: b.shiftId,
        times: timesOfBooking(b),
        at: b.updatedAt,
      });
    return history;
  }

  /**
   * The vehicle and driver of each shift (shifts not found are left out). The driver's first name
   * is cut in SQL so the full name never leaves the database for a Portal callback.
   */
  crewsOfShifts(m: EntityManager, shiftIds: readonly string[]): Promise<ShiftCrewRow[]> {
    if (shiftIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT s.id AS "shiftId", v.plate, v.model, v.has_ramp AS "hasRamp", v.has_lift AS "hasLift",
              v.wheelchair_places AS "wheelchairPlaces", split_part(btrim(d.full_name), ' ', 1) AS "driverFirstName"
         FROM shift s JOIN vehicle v ON v.id = s.vehicle_id JOIN driver d ON d.id = s.driver_id
        WHERE s.id = ANY($1::uuid[])`,
      [shiftIds],
    );
  }

  /**
   * Portal bookings changed before `staleBefore` (within 30 days) whose latest version the
   * Portal never acknowledged (at most 5,000, oldest first). A booking whose status the Portal
   * refused for good (an open dead letter of its status job carrying PortalRefusedError's
   * message) waits for an administrator: sending it again unchanged would only be refused again,
   * and each refusal would add a dead letter.
   */
  findUnacknowledged(staleBefore: Date): Promise<BookingAtVersion[]> {
    return this.ds.query(
      `SELECT b.id, b.version FROM booking b
         LEFT JOIN portal_sync_state s ON s.booking_id = b.id
        WHERE b.channel = 'PORTAL' AND b.portal_order_id IS NOT NULL
          AND b.updated_at < $1 AND b.updated_at > now() - interval '30 days'
          AND COALESCE(s.last_sent_version, 0) < b.version
          AND NOT EXISTS (SELECT 1 FROM dead_letter d
                           WHERE d.retried_at IS NULL AND d.job_name = 'portal.status'
                             AND d.payload->>'bookingId' = b.id::text AND d.error LIKE '%Portal refused the request%')
        ORDER BY b.updated_at LIMIT 5000`,
      [staleBefore],
    );
  }

  /**
   * The region's Portal bookings whose latest version the Portal has not acknowledged (oldest
   * change first, at most 500).
   */
  unacknowledgedInRegion(katoPrefix: string): Promise<UnacknowledgedBookingRow[]> {
    return this.ds.query(
      `SELECT b.id, b.portal_order_id, b.status, b.version, COALESCE(s.last_sent_version, 0) AS last, b.updated_at
         FROM booking b LEFT JOIN portal_sync_state s ON s.booking_id = b.id
        WHERE b.channel = 'PORTAL' AND b.portal_order_id IS NOT NULL AND b.region_kato LIKE $1
          AND COALESCE(s.last_sent_version, 0) < b.version
        ORDER BY b.updated_at LIMIT 500`,
      [`${katoPrefix}%`],
    );
  }
}
