import type { EntityManager } from 'typeorm';
import type { BookingStatus } from '@invataxi/domain';

export interface StatusAtVersion {
  version: number;
  status: BookingStatus;
  reason: string | null;
  at: Date;
}

/**
 * The statuses a booking passed through after `afterVersion`, oldest first, read from the audit
 * log that every transition writes (before/after hold status and version, no personal data).
 * The Portal is told each of them in order, not only the latest.
 */
export async function statusesSince(
  m: EntityManager,
  bookingId: string,
  afterVersion: number,
  upToVersion: number,
): Promise<StatusAtVersion[]> {
  // A transition's `after` gives the new status at its version; its `before` gives the status the
  // booking had at the version before, which is how the first version (written at insert,
  // audited without a version) is known.
  const rows: { version: number; status: BookingStatus; reason: string | null; at: Date }[] = await m.query(
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
  return rows;
}
