import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingStatus } from '@invataxi/domain';
import type { BookingAtVersion } from './stuck-bookings.repository';

/** A status a booking held from a version on, as the audit log tells it. */
export interface StatusAtVersion {
  version: number;
  status: BookingStatus;
  reason: string | null;
  at: Date;
}

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
      `SELECT DISTINCT ON (version) version, status, reason, at FROM (
          SELECT (after->>'version')::int AS version, after->>'status' AS status, after->>'reason' AS reason, at, id, 0 AS pref
            FROM audit_log
           WHERE entity_type = 'booking' AND entity_id = $1 AND after ? 'status' AND after ? 'version'
          UNION ALL
          SELECT (before->>'version')::int, before->>'status', NULL, at, id, 1
            FROM audit_log
           WHERE entity_type = 'booking' AND entity_id = $1 AND before ? 'status' AND before ? 'version'
        ) h
        WHERE version > $2 AND version <= $3
        ORDER BY version, pref, id DESC`,
      [bookingId, afterVersion, upToVersion],
    );
  }

  /**
   * Portal bookings changed before `staleBefore` (within 30 days) whose latest version the
   * Portal never acknowledged (at most 5,000, oldest first).
   */
  findUnacknowledged(staleBefore: Date): Promise<BookingAtVersion[]> {
    return this.ds.query(
      `SELECT b.id, b.version FROM booking b
         LEFT JOIN portal_sync_state s ON s.booking_id = b.id
        WHERE b.channel = 'PORTAL' AND b.portal_order_id IS NOT NULL
          AND b.updated_at < $1 AND b.updated_at > now() - interval '30 days'
          AND COALESCE(s.last_sent_version, 0) < b.version
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
